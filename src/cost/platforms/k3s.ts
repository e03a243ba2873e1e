/**
 * Self-run k3s on Hetzner Cloud: schedulable server nodes (the control plane) filled first, then
 * agents of the cheapest type; a primary IPv4 per node, optional Hetzner load balancers, volumes.
 */
import type { CostConfig, StorageKind } from "../../core/config/cost.js";
import { BYTES, k3sNodeCapacity, type NodeResources } from "../capacity.js";
import { describeWorkload, type Demand } from "../demand.js";
import { chooseCheapest, packFirstFitDecreasing, unpackableItems, type ChooseResult, type PackedNode } from "../pack.js";
import type { HetznerServerPrice, PriceSnapshot } from "../prices/types.js";
import { round2, type NodeLine, type PlatformCost, type UnpackableWorkload, type UnpricedItem } from "../report.js";
import { memoCandidates } from "./eks.js";
import { CostUnavailable } from "../unavailable.js";
import {
  addTo, allocateBlended, cents, daemonSetLoad, describePool, emptyWork, extendedUnpriced, HOURS, largestOf, memoByConfig, memoTypes, minus, nsKey,
  packItems, poolTypes, priceVolumes, unpackableOf, type EstimateInput, type NodeType, type Placed, type PlatformEstimator,
  type PlatformWork, type StoragePrice,
} from "./platform.js";

const { MiB } = BYTES;

/** CX23 → CX, CAX41 → CAX. */
const familyOf = (name: string): string => /^[A-Za-z]+/.exec(name)?.[0] ?? name;

/** For pool filtering only: arch and family matter, not price or capacity. */
function shapeOf(s: HetznerServerPrice): NodeType {
  return {
    instanceType: s.name, vcpu: s.vcpu, memoryGiB: s.memoryGiB, unitMonthly: 0, available: { cpu: 0, memory: 0, pods: 0 },
    arch: s.arch, gpus: 0, burstable: false, family: familyOf(s.name),
  };
}

/** USD per EUR: cost.currency.eurUsd, else the snapshot's rate. */
export function eurUsdOf(cost: CostConfig, prices: PriceSnapshot): number {
  return cost.currency.eurUsd ?? prices.exchangeRates.EURUSD.rate;
}

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
  const agentNames = cost.k3s.agentTypes ?? poolTypes(Object.values(servers).map((s) => shapeOf(s)), cost.nodePools.general, false).map((t) => t.instanceType);
  for (const n of agentNames) check(n, "cost.k3s.agentTypes");
  const eurUsd = eurUsdOf(cost, prices);
  return memoTypes(prices, JSON.stringify(["k3s", cost.k3s.serverType, agentNames, cost.k3s.hetznerPrices, eurUsd]), () => {
    const typeOf = (name: string, role: "server" | "agent"): NodeType => {
      const s = servers[name]!;
      return {
        instanceType: name, vcpu: s.vcpu, memoryGiB: s.memoryGiB, unitMonthly: hetznerMonthlyEur(s, cost.k3s.hetznerPrices) * eurUsd,
        available: k3sNodeCapacity({ instanceType: name, vcpu: s.vcpu, memoryGiB: s.memoryGiB }, role).available,
        arch: s.arch, gpus: 0, burstable: false, family: familyOf(name),
      };
    };
    const serverType = typeOf(cost.k3s.serverType, "server");
    const agents = agentNames.map((n) => typeOf(n, "agent"));
    return { serverType, agents, agentNames, all: [serverType, ...agents] };
  });
}

const COREDNS: readonly Placed[] = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB, count: 1 }];

interface K3sPacking {
  readonly placedOnServers: readonly PackedNode[];
  readonly agentChoice: ChooseResult | undefined;
}

/** Servers are schedulable (k3s default): fill them first, agents of the cheapest (or the given) type take the rest. */
function packK3s(items: readonly Placed[], nServers: number, serverType: NodeType, agents: readonly NodeType[], ds: NodeResources, pinAgent?: string): K3sPacking {
  const onServers = packFirstFitDecreasing(items, minus(serverType.available, ds));
  const placedOnServers = onServers.nodes.slice(0, nServers);
  const placed = new Map<string, number>();
  for (const n of placedOnServers) for (const p of n.items) placed.set(p.id, (placed.get(p.id) ?? 0) + p.count);
  const rest = items.map((i) => ({ ...i, count: i.count - (placed.get(i.id) ?? 0) })).filter((i) => i.count > 0);
  const agentChoice = rest.length === 0 ? undefined :
    chooseCheapest(rest, agents.map((a) => ({ instanceType: a.instanceType, capacity: minus(a.available, ds) })),
      Object.fromEntries(agents.map((a) => [a.instanceType, a.unitMonthly])), pinAgent === undefined ? {} : { pinned: [pinAgent] });
  return { placedOnServers, agentChoice };
}

function estimateK3s({ demand, cost, prices }: EstimateInput): PlatformWork {
  const { serverType, agents, agentNames } = k3sTypes(cost, prices);
  const eurUsd = eurUsdOf(cost, prices);
  const ds = daemonSetLoad(demand.daemonSets);
  const work: PlatformWork = { cost: undefined as unknown as PlatformCost, ...emptyWork() };
  const cpuOnly = { ...demand, workloads: demand.workloads.filter((d) => d.gpu === 0) };
  const itemsNow = packItems(cpuOnly, false, COREDNS);

  // Servers: a fixed count, or "auto": one, and an HA control plane of three once the agents exceed cost.k3s.haAboveAgents.
  let nServers = cost.k3s.servers === "auto" ? 1 : cost.k3s.servers;
  let now = packK3s(itemsNow, nServers, serverType, agents, ds);
  if (cost.k3s.servers === "auto" && (now.agentChoice?.choice?.nodeCount ?? 0) > cost.k3s.haAboveAgents) {
    nServers = 3;
    now = packK3s(itemsNow, nServers, serverType, agents, ds);
  }
  const c = now.agentChoice?.choice;
  const agentType = agents.find((a) => a.instanceType === c?.instanceType);
  const nodes: NodeLine[] = [{
    instanceType: serverType.instanceType, role: "server", count: nServers, unitMonthly: round2(serverType.unitMonthly),
    monthly: round2(nServers * serverType.unitMonthly), vcpu: serverType.vcpu, memoryGiB: serverType.memoryGiB, arch: serverType.arch, pool: "general",
  }];
  const agentCount = c && agentType ? c.nodeCount : 0;
  if (c && agentType) {
    nodes.push({
      instanceType: agentType.instanceType, role: "agent", count: c.nodeCount, unitMonthly: round2(agentType.unitMonthly),
      monthly: round2(c.nodeCount * agentType.unitMonthly), lowerBound: c.lowerBound, vcpu: agentType.vcpu, memoryGiB: agentType.memoryGiB,
      arch: agentType.arch, pool: "general",
    });
  }
  const nodeCount = nServers + agentCount;
  const alloc = allocateBlended(cpuOnly, [{ type: serverType, count: nServers }, ...(agentType ? [{ type: agentType, count: agentCount }] : [])], [], COREDNS, work.byWorkload);

  // At the HPA maximum the agents keep the type chosen above; only their number grows.
  let nodesAtMax = nServers * serverType.unitMonthly + agentCount * (agentType?.unitMonthly ?? 0);
  let nodeCountAtMax = nodeCount;
  if (demand.workloads.some((d) => d.replicasMax !== undefined)) {
    const max = packK3s(packItems(cpuOnly, true, COREDNS), nServers, serverType, agentType ? [agentType] : agents, ds, agentType?.instanceType);
    const mc = max.agentChoice?.choice;
    const mType = agents.find((a) => a.instanceType === mc?.instanceType);
    nodesAtMax = nServers * serverType.unitMonthly + (mc && mType ? mc.nodeCount * mType.unitMonthly : 0);
    nodeCountAtMax = nServers + (mc?.nodeCount ?? 0);
  }

  const unpackable: UnpackableWorkload[] = [
    ...unpackableOf(now.agentChoice?.unpackable ?? [], demand, largestOf([serverType, ...agents])),
    ...gpuUnpackable(demand),
  ];
  // Batch: each run packed on its own onto the cheapest agent type that holds it.
  for (const b of demand.batch) {
    if (b.gpu > 0) { work.batch.set(b.key, { hourly: 0, nodes: "does not fit" }); continue; }
    const r = chooseCheapest([{ id: b.key, cpu: b.cpu, memory: b.memory, count: Math.max(1, b.replicas) }],
      agents.map((a) => ({ instanceType: a.instanceType, capacity: minus(a.available, ds) })), Object.fromEntries(agents.map((a) => [a.instanceType, a.unitMonthly])));
    if (r.choice && r.unpackable.length === 0) work.batch.set(b.key, { hourly: r.choice.total / HOURS, nodes: `${r.choice.nodeCount} × ${r.choice.instanceType}` });
    else {
      work.batch.set(b.key, { hourly: 0, nodes: "does not fit" });
      unpackable.push(...unpackableOf(r.unpackable, demand, largestOf(agents)));
    }
  }

  const ipv4Eur = prices.hetzner.primaryIpv4?.value;
  if (ipv4Eur === undefined) throw new CostUnavailable("the price snapshot has no Hetzner primary IPv4 price");
  const ipv4Unit = ipv4Eur * eurUsd;
  const lbCount = demand.loadBalancers.length;
  const lbUnit = cost.k3s.loadBalancerMonthlyEur === undefined ? 0 : round2(cost.k3s.loadBalancerMonthlyEur * eurUsd);
  if (lbUnit > 0) for (const lb of demand.loadBalancers) addTo(work.extraByNamespace, nsKey(lb.namespace), lbUnit);
  const volEur = prices.hetzner.volume?.value;
  const vols = priceVolumes(demand, cost, storagePrice(cost, prices), "hetzner-volume", work);
  const unpriced: UnpricedItem[] = [...vols.unpriced, ...extendedUnpriced(demand, K3S_EXTENDED)];

  const nodesMonthly = nodes.reduce((s, n) => s + cents(n.monthly), 0) / 100;
  const ipv4 = round2(nodeCount * ipv4Unit);
  const lbMonthly = round2(lbCount * lbUnit);
  const monthly = (cents(nodesMonthly) + cents(ipv4) + cents(lbMonthly) + cents(vols.line.monthly)) / 100;
  const rate = prices.exchangeRates.EURUSD;
  const gpuPods = demand.workloads.filter((d) => d.gpu > 0);
  const assumptions = [
    `Hetzner Cloud prices in EUR excluding VAT (${cost.k3s.hetznerPrices === "current" ? "the 2026-04-01 price list for existing servers" : "the price for new orders from 2026-06-15"}; cost.k3s.hetznerPrices), converted at ${eurUsd} USD/EUR (${cost.currency.eurUsd !== undefined ? "cost.currency.eurUsd" : `${rate.asOf}, ${rate.source}`}).`,
    `k3s control plane on ${nServers} server node(s) of type ${serverType.instanceType} (${nServers === 3 ? "HA with embedded etcd" : "single server, no HA"}${cost.k3s.servers === "auto" ? `; cost.k3s.servers auto: 3 once more than ${cost.k3s.haAboveAgents} agents` : ""}); the servers are schedulable and take workloads first.`,
    ...k3sNodeCapacity({ instanceType: serverType.instanceType, vcpu: serverType.vcpu, memoryGiB: serverType.memoryGiB }, "server").assumptions,
    ...(agentType ? [
      `Agents: ${agentNames.join(", ")} were packed and the cheapest total chosen (${agentType.instanceType}, ${agentType.arch}); ${cost.k3s.agentTypes ? "cost.k3s.agentTypes" : describePool("general", cost.nodePools.general)}.`,
      ...k3sNodeCapacity({ instanceType: agentType.instanceType, vcpu: agentType.vcpu, memoryGiB: agentType.memoryGiB }, "agent").assumptions,
    ] : []),
    "CoreDNS (bundled with k3s) adds 1 pod at 100m / 70Mi.",
    `Every node has a primary IPv4 at €${ipv4Eur}/month.`,
    ...(lbCount > 0 ? [cost.k3s.loadBalancerMonthlyEur === undefined ?
      "Services of type LoadBalancer use k3s's bundled ServiceLB (node IPs, no extra charge); a Hetzner load balancer is not in the price snapshot — set cost.k3s.loadBalancerMonthlyEur to count one per Service." :
      `Each Service of type LoadBalancer is a Hetzner load balancer at €${cost.k3s.loadBalancerMonthlyEur}/month (cost.k3s.loadBalancerMonthlyEur).`] : []),
    ...vols.line.byClass.map((v) => `Volumes ${v.kind}: ${v.gb} GiB at $${round2(v.perGbMonth * 10000) / 10000}/GB-month${v.kind === "Hetzner Cloud volume" ? ` (€${volEur}/GB-month)` : ""}.`),
    ...(vols.line.byClass.length > 0 || vols.unpriced.length > 0 ? ["Claims without a storageClassName (and EBS classes) are priced as Hetzner Cloud volumes (hcloud-csi); k3s's bundled local-path class costs nothing extra but ties the data to one node."] : []),
    ...(gpuPods.length > 0 ? [`No Hetzner Cloud server type in the snapshot has a GPU: ${gpuPods.map(describeWorkload).join(", ")} cannot run on k3s here (cost/unpackable).`] : []),
    ...unpriced.map((u) => `Not priced: ${describeWorkload({ kind: u.kind, namespace: u.namespace ?? undefined, name: u.name })} ${u.what} — ${u.reason}.`),
  ];
  (work as { cost: PlatformCost }).cost = {
    platform: "k3s", region: "hetzner-eu", monthly,
    monthlyAtMax: round2(nodesAtMax + nodeCountAtMax * ipv4Unit + lbMonthly + vols.atMaxMonthly), controlPlane: 0, nodes,
    loadBalancers: { count: lbCount, monthly: lbMonthly, description: cost.k3s.loadBalancerMonthlyEur === undefined ? "ServiceLB (bundled, no charge)" : "Hetzner load balancer" },
    volumes: vols.line,
    nat: { count: 0, monthly: 0, description: "not needed (nodes have public IPv4)" },
    publicIpv4: { count: nodeCount, monthly: ipv4, description: "primary IPv4 per node" },
    cpuCredits: { count: 0, monthly: 0, description: "no burstable servers" },
    allocation: alloc, unpackable, unpriced, assumptions,
  };
  return work;
}

const K3S_EXTENDED = "no Hetzner Cloud server type in the snapshot offers this extended resource";

function storagePrice(cost: CostConfig, prices: PriceSnapshot): (kind: StorageKind) => StoragePrice {
  const volEur = prices.hetzner.volume?.value;
  const eurUsd = eurUsdOf(cost, prices);
  return (kind) => {
    if (kind === "local-path") return { perGbMonth: 0, label: "local-path (node disk)" };
    if (kind === "efs") return { unpriced: "no shared file system (EFS equivalent) is in the Hetzner price snapshot" };
    if (volEur === undefined) return { unpriced: "the price snapshot has no Hetzner volume price" };
    return { perGbMonth: volEur * eurUsd, label: "Hetzner Cloud volume" };
  };
}

function unpricedK3s({ demand, cost, prices }: EstimateInput): UnpricedItem[] {
  k3sTypes(cost, prices);
  return [...priceVolumes(demand, cost, storagePrice(cost, prices), "hetzner-volume", emptyWork()).unpriced, ...extendedUnpriced(demand, K3S_EXTENDED)];
}

function gpuUnpackable(demand: Demand): UnpackableWorkload[] {
  return [...demand.workloads, ...demand.batch].filter((d) => d.gpu > 0).map((d) => ({
    kind: d.kind, namespace: d.namespace ?? null, name: d.name,
    reason: `requests nvidia.com/gpu ${d.gpu} and no Hetzner Cloud server type in the snapshot has a GPU`, largest: "(no GPU server)",
  }));
}

function unpackableK3s({ demand, cost, prices }: EstimateInput): UnpackableWorkload[] {
  const types = k3sTypes(cost, prices);
  const ds = daemonSetLoad(demand.daemonSets);
  const items = [...demand.workloads, ...demand.batch].filter((d) => d.gpu === 0)
    .map((d) => ({ id: d.key, cpu: d.cpu, memory: d.memory, count: 1 }));
  return [...unpackableOf(unpackableItems(items, memoCandidates(types.all, ds, false)), demand, largestOf(types.all)), ...gpuUnpackable(demand)];
}

export const k3s: PlatformEstimator = { name: "k3s", label: "k3s", estimate: estimateK3s, unpackable: unpackableK3s, unpriced: unpricedK3s };
