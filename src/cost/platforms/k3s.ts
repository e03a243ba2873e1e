/**
 * Self-run k3s on Hetzner Cloud: schedulable server nodes (the control plane) filled first, then
 * agents of the cheapest type; a primary IPv4 per node, optional Hetzner load balancers, volumes.
 */
import type { CostConfig } from "../../core/config/cost.js";
import { BYTES, k3sNodeCapacity } from "../capacity.js";
import type { Demand } from "../demand.js";
import { chooseCheapest, packFirstFitDecreasing, type PackedNode } from "../pack.js";
import type { HetznerServerPrice, PriceSnapshot } from "../prices/types.js";
import { round2, type NodeLine, type PlatformCost } from "../report.js";
import { CostUnavailable } from "../unavailable.js";
import {
  addTo, allocate, daemonSetLoad, emptyWork, HOURS, largestOf, memoByConfig, memoTypes, minus, nsKey, packItems, rates,
  storageLines, unpackableOf, type NodeType, type Placed, type PlatformEstimator, type PlatformWork,
} from "./platform.js";

const { MiB } = BYTES;

function hetznerMonthlyEur(s: HetznerServerPrice, list: CostConfig["k3s"]["hetznerPrices"]): number {
  if (list === "current") return s.priceHistory.find((p) => p.appliesTo === "existing servers")?.monthlyEur ?? s.monthlyEur;
  return s.monthlyEur;
}

/** The k3s server type (its capacity as a server) and the agent types, before DaemonSets. */
interface K3sTypes {
  readonly serverType: NodeType;
  readonly agents: readonly NodeType[];
  readonly agentNames: readonly string[];
  /** The server type, then the agents: every node a pod can land on. */
  readonly all: readonly NodeType[];
}

/** The k3s server and agent types, checked against the snapshot once per (config, snapshot). */
function k3sTypes(cost: CostConfig, prices: PriceSnapshot): K3sTypes {
  return memoByConfig(cost, prices, "k3s", () => buildK3sTypes(cost, prices));
}

function buildK3sTypes(cost: CostConfig, prices: PriceSnapshot): K3sTypes {
  const servers = prices.hetzner.servers ?? {};
  const check = (name: string, what: string): HetznerServerPrice => {
    const s = servers[name];
    if (s === undefined) {
      throw new CostUnavailable(`${what}: Hetzner server type ${name} is not in the price snapshot (it has ${Object.keys(servers).sort().join(", ")})`);
    }
    return s;
  };
  check(cost.k3s.serverType, "cost.k3s.serverType");
  const agentNames = cost.k3s.agentTypes ?? Object.values(servers).filter((s) => s.arch === "x86_64").map((s) => s.name);
  for (const n of agentNames) check(n, "cost.k3s.agentTypes");
  return memoTypes(prices, JSON.stringify(["k3s", cost.k3s.serverType, agentNames, cost.k3s.hetznerPrices]), () => {
    const eurUsd = prices.exchangeRates.EURUSD.rate;
    const typeOf = (name: string, role: "server" | "agent"): NodeType => {
      const s = servers[name]!;
      return {
        instanceType: name, vcpu: s.vcpu, memoryGiB: s.memoryGiB, unitMonthly: hetznerMonthlyEur(s, cost.k3s.hetznerPrices) * eurUsd,
        available: k3sNodeCapacity({ instanceType: name, vcpu: s.vcpu, memoryGiB: s.memoryGiB }, role).available,
      };
    };
    const serverType = typeOf(cost.k3s.serverType, "server");
    const agents = agentNames.map((n) => typeOf(n, "agent"));
    return { serverType, agents, agentNames, all: [serverType, ...agents] };
  });
}

function estimateK3s(demand: Demand, cost: CostConfig, prices: PriceSnapshot): PlatformWork {
  const { serverType, agents, agentNames } = k3sTypes(cost, prices);
  const eurUsd = prices.exchangeRates.EURUSD.rate;
  const ds = daemonSetLoad(demand.daemonSets);
  const coredns: Placed[] = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB, count: 1 }];
  const nServers = cost.k3s.servers;

  const work: PlatformWork = {
    cost: undefined as unknown as PlatformCost, ...emptyWork(), rates: { cpuHour: 0, byteHour: 0 },
  };
  const pack = (atMax: boolean) => {
    const items = packItems(demand, atMax, coredns);
    // The server nodes are schedulable (k3s default): fill them first, agents take the rest.
    const onServers = packFirstFitDecreasing(items, minus(serverType.available, ds));
    const placedOnServers = onServers.nodes.slice(0, nServers);
    const placed = new Map<string, number>();
    for (const n of placedOnServers) for (const p of n.items) placed.set(p.id, (placed.get(p.id) ?? 0) + p.count);
    const rest = items.map((i) => ({ ...i, count: i.count - (placed.get(i.id) ?? 0) })).filter((i) => i.count > 0);
    const agentChoice = rest.length === 0 ? undefined :
      chooseCheapest(rest, agents.map((a) => ({ instanceType: a.instanceType, capacity: minus(a.available, ds) })),
        Object.fromEntries(agents.map((a) => [a.instanceType, a.unitMonthly])));
    return { items, placedOnServers, rest, agentChoice };
  };
  const now = pack(false);
  const byItem = new Map(now.items.map((i) => [i.id, i]));
  const serverNodes: PackedNode[] = [...now.placedOnServers];
  while (serverNodes.length < nServers) serverNodes.push({ items: [], used: { cpu: 0, memory: 0, pods: 0 } });
  let alloc = allocate(serverNodes, serverType, byItem, demand.daemonSets, work.byWorkload);
  const nodes: NodeLine[] = [{
    instanceType: serverType.instanceType, role: "server", count: nServers, unitMonthly: round2(serverType.unitMonthly),
    monthly: round2(nServers * serverType.unitMonthly), vcpu: serverType.vcpu, memoryGiB: serverType.memoryGiB,
  }];
  let nodesMonthly = nServers * serverType.unitMonthly;
  let nodeCount = nServers;
  const c = now.agentChoice?.choice;
  const agentType = agents.find((a) => a.instanceType === c?.instanceType);
  if (c && agentType) {
    nodes.push({
      instanceType: agentType.instanceType, role: "agent", count: c.nodeCount, unitMonthly: round2(agentType.unitMonthly),
      monthly: round2(c.nodeCount * agentType.unitMonthly), lowerBound: c.lowerBound, vcpu: agentType.vcpu, memoryGiB: agentType.memoryGiB,
    });
    nodesMonthly += c.nodeCount * agentType.unitMonthly;
    nodeCount += c.nodeCount;
    const a = allocate(c.nodes, agentType, byItem, demand.daemonSets, work.byWorkload);
    alloc = { workloads: alloc.workloads + a.workloads, system: alloc.system + a.system };
  }
  const rateType = agentType ?? serverType;
  const r = rates(rateType);
  (work as { rates: PlatformWork["rates"] }).rates = { cpuHour: r.cpu / HOURS, byteHour: r.byte / HOURS };

  let nodesAtMax = nodesMonthly;
  let nodeCountAtMax = nodeCount;
  if (demand.workloads.some((d) => d.replicasMax !== undefined)) {
    const max = pack(true);
    const mc = max.agentChoice?.choice;
    const mType = agents.find((a) => a.instanceType === mc?.instanceType);
    nodesAtMax = nServers * serverType.unitMonthly + (mc && mType ? mc.nodeCount * mType.unitMonthly : 0);
    nodeCountAtMax = nServers + (mc?.nodeCount ?? 0);
  }

  const ipv4Eur = prices.hetzner.primaryIpv4?.value;
  if (ipv4Eur === undefined) throw new CostUnavailable("the price snapshot has no Hetzner primary IPv4 price");
  const ipv4 = ipv4Eur * eurUsd;
  const lbCount = demand.loadBalancers.length;
  const lbUnit = cost.k3s.loadBalancerMonthlyEur === undefined ? 0 : cost.k3s.loadBalancerMonthlyEur * eurUsd;
  for (const lb of demand.loadBalancers) {
    if (lbUnit > 0) addTo(work.extraByNamespace, nsKey(lb.namespace), lbUnit);
  }
  const volEur = prices.hetzner.volume?.value;
  const hasStorage = demand.claims.length > 0 || demand.workloads.some((d) => d.storage > 0);
  if (hasStorage && volEur === undefined) throw new CostUnavailable("the price snapshot has no Hetzner volume price");
  const perGb = (volEur ?? 0) * eurUsd;
  const gb = storageLines(demand, perGb, work);

  const other = lbCount * lbUnit + gb * perGb;
  const monthly = nodesMonthly + nodeCount * ipv4 + other;
  const rate = prices.exchangeRates.EURUSD;
  const assumptions = [
    `Hetzner Cloud prices in EUR excluding VAT (${cost.k3s.hetznerPrices === "current" ? "the 2026-04-01 price list for existing servers" : "the price for new orders from 2026-06-15"}; cost.k3s.hetznerPrices), converted at ${rate.rate} USD/EUR (${rate.asOf}, ${rate.source}).`,
    `k3s control plane on ${nServers} server node(s) of type ${serverType.instanceType} (${nServers === 3 ? "HA with embedded etcd" : "single server, no HA"}); the servers are schedulable and take workloads first.`,
    ...k3sNodeCapacity({ instanceType: serverType.instanceType, vcpu: serverType.vcpu, memoryGiB: serverType.memoryGiB }, "server").assumptions,
    ...(agentType ? [
      `Agents: ${agentNames.join(", ")} were packed and the cheapest total chosen (${agentType.instanceType}).`,
      ...k3sNodeCapacity({ instanceType: agentType.instanceType, vcpu: agentType.vcpu, memoryGiB: agentType.memoryGiB }, "agent").assumptions,
    ] : []),
    "CoreDNS (bundled with k3s) adds 1 pod at 100m / 70Mi.",
    `Every node has a primary IPv4 at €${ipv4Eur}/month.`,
    ...(lbCount > 0 ? [cost.k3s.loadBalancerMonthlyEur === undefined ?
      "Services of type LoadBalancer use k3s's bundled ServiceLB (node IPs, no extra charge); a Hetzner load balancer is not in the price snapshot — set cost.k3s.loadBalancerMonthlyEur to count one per Service." :
      `Each Service of type LoadBalancer is a Hetzner load balancer at €${cost.k3s.loadBalancerMonthlyEur}/month (cost.k3s.loadBalancerMonthlyEur).`] : []),
    ...(gb > 0 ? [`Volumes are Hetzner Cloud volumes at €${volEur}/GB-month for the requested size (GiB).`] : []),
  ];
  const allocation = { workloads: round2(alloc.workloads), system: round2(alloc.system), idle: round2(nodesMonthly - alloc.workloads - alloc.system) };
  const allTypes = [serverType, ...agents];
  (work as { cost: PlatformCost }).cost = {
    platform: "k3s", region: "hetzner-eu", monthly: round2(monthly),
    monthlyAtMax: round2(nodesAtMax + nodeCountAtMax * ipv4 + other), controlPlane: 0, nodes,
    loadBalancers: { count: lbCount, monthly: round2(lbCount * lbUnit), description: cost.k3s.loadBalancerMonthlyEur === undefined ? "ServiceLB (bundled, no charge)" : "Hetzner load balancer" },
    volumes: { gb: round2(gb), monthly: round2(gb * perGb), description: "Hetzner Cloud volume" },
    nat: { count: 0, monthly: 0, description: "not needed (nodes have public IPv4)" },
    publicIpv4: { count: nodeCount, monthly: round2(nodeCount * ipv4), description: "primary IPv4 per node" },
    allocation, unpackable: unpackableOf(now.agentChoice?.unpackable ?? [], demand, largestOf(allTypes)), assumptions,
  };
  return work;
}

export const k3s: PlatformEstimator = {
  name: "k3s",
  label: "k3s",
  estimate: ({ demand, cost, prices }) => estimateK3s(demand, cost, prices),
  candidates: (cost, prices) => k3sTypes(cost, prices).all,
};
