/**
 * The monthly estimate per platform: demand packed onto priced nodes (cheapest instance type, or
 * the pinned pool), plus control plane, load balancers, volumes, NAT and public IPv4; node cost
 * allocated to workloads, namespaces and teams by requests with OpenCost's CPU/RAM split.
 */
import { runCostInputs } from "./run-inputs.js";
import type { Config } from "../core/config.js";
import type { CostConfig } from "../core/config/cost.js";
import type { Run } from "../model/run.js";
import { BYTES, eksNodeCapacity, k3sNodeCapacity, type NodeResources } from "./capacity.js";
import { computeDemand, describeWorkload, type Demand, type WorkloadDemand } from "./demand.js";
import { chooseCheapest, packFirstFitDecreasing, unpackableItems, type PackCandidate, type PackedNode } from "./pack.js";
import { EMBEDDED_SNAPSHOT } from "./prices/snapshot.js";
import type { HetznerServerPrice, PriceSnapshot } from "./prices/types.js";
import {
  round2, type BatchCost, type CostReport, type IdleSlotCost, type NamespaceCost, type NodeLine, type PerPlatform,
  type PlatformCost, type PlatformName, type TeamCost, type UnpackableWorkload, type WorkloadCost,
} from "./report.js";
import { resolveCostConfig } from "./settings.js";

const HOURS = 730;
const { GiB, MiB } = BYTES;
/** OpenCost's default prices, used only for their ratio: CPU $/vCPU-hour and RAM $/GB-hour. */
const OPENCOST_CPU = 0.031611;
const OPENCOST_RAM = 0.004237;

/** The estimate cannot be made as asked (a region or instance type the prices do not cover). */
export class CostUnavailable extends Error {
  override readonly name = "CostUnavailable";
}

export interface EstimateOptions {
  /** Defaults to the embedded snapshot. */
  readonly prices?: PriceSnapshot;
  /** Overrides cost.platforms. */
  readonly platforms?: readonly PlatformName[];
  /** Overrides cost.region. */
  readonly region?: string;
  /** Team owning a namespace (the namespaces family's ownership). */
  readonly teamOfNamespace?: (ns: string) => string | undefined;
  /** Blue-green idle slots to price as their own line; workloadKey is the workload's K8sObject.key. */
  readonly idleSlots?: readonly { readonly workloadKey: string; readonly description: string }[];
}

/** One pack item per always-on workload, plus platform add-ons. */
interface Placed {
  readonly id: string;
  readonly cpu: number;
  readonly memory: number;
  readonly count: number;
  /** Workload key, or undefined for a system pod (CoreDNS). */
  readonly workloadKey?: string;
}

interface NodeType {
  readonly instanceType: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
  /** USD per month. */
  readonly unitMonthly: number;
  /** What workloads can use before the manifests' DaemonSets. */
  readonly available: NodeResources;
}

interface PlatformWork {
  readonly cost: PlatformCost;
  /** Node allocation per workload key, monthly USD. */
  readonly byWorkload: Map<string, number>;
  /** Monthly USD per namespace for volumes and load balancers not tied to a workload. */
  readonly extraByNamespace: Map<string, number>;
  /** Per-workload storage cost (StatefulSet claims). */
  readonly storageByWorkload: Map<string, number>;
  /** Blended rates for batch work: USD per core-hour and per byte-hour. */
  readonly rates: { readonly cpuHour: number; readonly byteHour: number };
}

/** How a node's price splits into CPU and RAM (OpenCost's default price ratio). */
function rates(t: NodeType): { cpu: number; byte: number } {
  const cpuPart = t.vcpu * OPENCOST_CPU;
  const ramPart = t.memoryGiB * OPENCOST_RAM;
  const share = cpuPart / (cpuPart + ramPart);
  return { cpu: (t.unitMonthly * share) / t.vcpu, byte: (t.unitMonthly * (1 - share)) / (t.memoryGiB * GiB) };
}

function minus(a: NodeResources, b: NodeResources): NodeResources {
  return {
    cpu: Math.max(0, Math.round((a.cpu - b.cpu) * 1000) / 1000),
    memory: Math.max(0, a.memory - b.memory),
    pods: Math.max(0, a.pods - b.pods),
  };
}

function daemonSetLoad(ds: readonly WorkloadDemand[]): NodeResources {
  return ds.reduce((s, d) => ({ cpu: s.cpu + d.cpu, memory: s.memory + d.memory, pods: s.pods + 1 }), { cpu: 0, memory: 0, pods: 0 });
}

const milli = (cores: number) => Math.round(cores * 1000) / 1000;
const key = (ns: string | undefined) => ns ?? "";

/** Adds node placements to per-workload allocations and returns the total allocated to workloads and system pods. */
function allocate(
  nodes: readonly PackedNode[], type: NodeType, items: ReadonlyMap<string, Placed>, ds: readonly WorkloadDemand[],
  byWorkload: Map<string, number>,
): { workloads: number; system: number } {
  const r = rates(type);
  let workloads = 0;
  let system = 0;
  for (const node of nodes) {
    for (const p of node.items) {
      const it = items.get(p.id)!;
      const v = p.count * (it.cpu * r.cpu + it.memory * r.byte);
      if (it.workloadKey === undefined) system += v;
      else {
        byWorkload.set(it.workloadKey, (byWorkload.get(it.workloadKey) ?? 0) + v);
        workloads += v;
      }
    }
    for (const d of ds) {
      const v = d.cpu * r.cpu + d.memory * r.byte;
      byWorkload.set(d.key, (byWorkload.get(d.key) ?? 0) + v);
      workloads += v;
    }
  }
  // Reservations, VM overhead and the platform's own pods on every node.
  const reserved = minus({ cpu: type.vcpu, memory: type.memoryGiB * GiB, pods: 0 }, type.available);
  system += nodes.length * (reserved.cpu * r.cpu + reserved.memory * r.byte);
  return { workloads, system };
}

function packItems(demand: Demand, atMax: boolean, system: readonly Placed[]): Placed[] {
  const out: Placed[] = [];
  for (const d of demand.workloads) {
    const count = atMax ? d.replicasMax ?? d.replicas : d.replicas;
    if (count > 0) out.push({ id: d.key, cpu: d.cpu, memory: d.memory, count, workloadKey: d.key });
  }
  if (system.length > 0) out.push(...system);
  return out;
}

function unpackableOf(
  ids: readonly { id: string; reason: string }[], demand: Demand, largest: string,
): UnpackableWorkload[] {
  if (ids.length === 0) return [];
  const byKey = new Map(demand.workloads.map((d) => [d.key, d]));
  return ids.flatMap((u) => {
    const d = byKey.get(u.id);
    return d ? [{ kind: d.kind, namespace: d.namespace ?? null, name: d.name, reason: u.reason, largest }] : [];
  });
}

/** The type with the most vCPUs (then memory); the first such in the given order. */
function largestOf(types: readonly NodeType[]): string {
  let best: NodeType | undefined;
  for (const t of types) if (best === undefined || t.vcpu > best.vcpu || (t.vcpu === best.vcpu && t.memoryGiB > best.memoryGiB)) best = t;
  return best?.instanceType ?? "(none)";
}

function storageLines(demand: Demand, perGbMonth: number, work: Pick<PlatformWork, "storageByWorkload" | "extraByNamespace">): number {
  let bytes = 0;
  for (const d of [...demand.workloads, ...demand.daemonSets]) {
    if (d.storage === 0) continue;
    const total = d.storage * d.replicas;
    bytes += total;
    work.storageByWorkload.set(d.key, (total / GiB) * perGbMonth);
  }
  for (const c of demand.claims) {
    bytes += c.bytes;
    work.extraByNamespace.set(key(c.namespace), (work.extraByNamespace.get(key(c.namespace)) ?? 0) + (c.bytes / GiB) * perGbMonth);
  }
  return bytes / GiB;
}

/** Node types are the same for every run with the same prices and settings: built once, not per estimate. */
const typeMemo = new WeakMap<PriceSnapshot, Map<string, unknown>>();
function memoTypes<T>(prices: PriceSnapshot, key: string, build: () => T): T {
  let m = typeMemo.get(prices);
  if (m === undefined) typeMemo.set(prices, (m = new Map()));
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

// Checking the config against the snapshot and building the content key above cost more than the
// lookup, and the webhook asks on every request: answers are kept per config and snapshot object.
const byConfig = new WeakMap<CostConfig, WeakMap<PriceSnapshot, Map<string, unknown>>>();
function memoByConfig<T>(cost: CostConfig, prices: PriceSnapshot, key: string, build: () => T): T {
  let byPrices = byConfig.get(cost);
  if (byPrices === undefined) byConfig.set(cost, (byPrices = new WeakMap()));
  let m = byPrices.get(prices);
  if (m === undefined) byPrices.set(prices, (m = new Map()));
  if (!m.has(key)) m.set(key, build()); // a build that throws (CostUnavailable) is not kept
  return m.get(key) as T;
}

/** The instance types an EKS node pool can use, with their capacity before DaemonSets. */
function eksTypes(cost: CostConfig, prices: PriceSnapshot, region: string): NodeType[] {
  return memoByConfig(cost, prices, `eks/${region}`, () => buildEksTypes(cost, prices, region));
}

function buildEksTypes(cost: CostConfig, prices: PriceSnapshot, region: string): NodeType[] {
  const regional = prices.aws.regions?.[region];
  if (regional === undefined) {
    const have = Object.keys(prices.aws.regions ?? {}).sort().join(", ");
    throw new CostUnavailable(
      `no EC2 prices for ${region} in the price snapshot of ${prices.snapshotDate} (it has ${have || "no AWS region"}); ` +
      `run \`tollgate prices refresh --region ${region} --output prices-${region}.json\` and pass \`--prices prices-${region}.json\``);
  }
  const pinned = cost.eks.instanceTypes;
  for (const t of pinned ?? []) {
    if (regional.ec2[t] === undefined) {
      throw new CostUnavailable(`cost.eks.instanceTypes: ${t} has no price for ${region} in the snapshot of ${prices.snapshotDate}; ` +
        `run \`tollgate prices refresh --region ${region} --instance-types ${t}\``);
    }
  }
  return memoTypes(prices, JSON.stringify(["eks", region, pinned ?? null]), () => Object.values(regional.ec2)
    .filter((p) => pinned === undefined || pinned.includes(p.instanceType))
    .map((p) => ({
      instanceType: p.instanceType, vcpu: p.vcpu, memoryGiB: p.memoryGiB, unitMonthly: p.hourlyUsd * HOURS,
      available: eksNodeCapacity({ instanceType: p.instanceType, vcpu: p.vcpu, memoryGiB: p.memoryGiB }).available,
    })));
}

function estimateEks(demand: Demand, cost: CostConfig, prices: PriceSnapshot, region: string): PlatformWork {
  const types = eksTypes(cost, prices, region);
  const regional = prices.aws.regions![region]!;
  const need = (v: { value: number } | undefined, what: string): number => {
    if (v === undefined) {
      throw new CostUnavailable(`the price snapshot has no ${what} price for ${region}; add it to a --prices file (see docs/cost.md)`);
    }
    return v.value;
  };
  const pinned = cost.eks.instanceTypes;
  const ds = daemonSetLoad(demand.daemonSets);
  // CoreDNS: the EKS add-on runs 2 replicas at 100m / 70Mi.
  const coredns: Placed[] = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB, count: 2 }];
  const itemsNow = packItems(demand, false, coredns);
  const candidates = types.map((t) => ({ instanceType: t.instanceType, capacity: minus(t.available, ds) }));
  const unit = Object.fromEntries(types.map((t) => [t.instanceType, t.unitMonthly]));
  const choice = chooseCheapest(itemsNow, candidates, unit);
  const chosen = types.find((t) => t.instanceType === choice.choice?.instanceType);
  const byItem = new Map(itemsNow.map((i) => [i.id, i]));

  const work: PlatformWork = {
    cost: undefined as unknown as PlatformCost, byWorkload: new Map(), extraByNamespace: new Map(), storageByWorkload: new Map(),
    rates: { cpuHour: 0, byteHour: 0 },
  };
  const nodes: NodeLine[] = [];
  let alloc = { workloads: 0, system: 0 };
  let nodesMonthly = 0;
  if (choice.choice && chosen) {
    const n = choice.choice.nodeCount;
    nodes.push({
      instanceType: chosen.instanceType, role: "node", count: n, unitMonthly: round2(chosen.unitMonthly),
      monthly: round2(n * chosen.unitMonthly), lowerBound: choice.choice.lowerBound, vcpu: chosen.vcpu, memoryGiB: chosen.memoryGiB,
    });
    nodesMonthly = n * chosen.unitMonthly;
    alloc = allocate(choice.choice.nodes, chosen, byItem, demand.daemonSets, work.byWorkload);
    const r = rates(chosen);
    (work as { rates: PlatformWork["rates"] }).rates = { cpuHour: r.cpu / HOURS, byteHour: r.byte / HOURS };
  }
  // At HPA maximum, on the type chosen for the estimate (a node pool does not change type as it scales).
  let nodesAtMax = nodesMonthly;
  if (chosen && demand.workloads.some((d) => d.replicasMax !== undefined)) {
    const atMax = chooseCheapest(packItems(demand, true, coredns), candidates, unit, { pinned: [chosen.instanceType] });
    nodesAtMax = (atMax.choice?.nodeCount ?? 0) * chosen.unitMonthly;
  }

  const controlPlane = need(cost.eks.controlPlane === "extended" ? prices.aws.eks?.controlPlaneExtended : prices.aws.eks?.controlPlaneStandard, "EKS control plane") * HOURS;
  const ipv4Hour = need(prices.aws.publicIpv4, "public IPv4");
  const lbCount = demand.loadBalancers.length;
  const lbUnit = lbCount === 0 ? 0 : (need(regional.nlb, "NLB") + cost.eks.availabilityZones * ipv4Hour) * HOURS;
  for (const lb of demand.loadBalancers) {
    work.extraByNamespace.set(key(lb.namespace), (work.extraByNamespace.get(key(lb.namespace)) ?? 0) + lbUnit);
  }
  const hasStorage = demand.claims.length > 0 || demand.workloads.some((d) => d.storage > 0);
  const gp3 = hasStorage ? need(regional.gp3, "gp3") : 0;
  const gb = storageLines(demand, gp3, work);
  const natCount = cost.eks.natGateways;
  const natMonthly = natCount === 0 ? 0 :
    natCount * (need(regional.natGatewayHourly, "NAT gateway") + ipv4Hour) * HOURS +
    cost.eks.natGigabytesPerMonth * need(regional.natGatewayPerGb, "NAT data processing");

  const other = controlPlane + lbCount * lbUnit + gb * gp3 + natMonthly;
  const monthly = nodesMonthly + other;
  const assumptions = [
    `EKS control plane ${cost.eks.controlPlane} support: $${prices.aws.eks?.[cost.eks.controlPlane === "extended" ? "controlPlaneExtended" : "controlPlaneStandard"]?.value}/hour × ${HOURS}.`,
    pinned ? `Node pool pinned to ${pinned.join(", ")} (cost.eks.instanceTypes); the cheapest total among them is used.` :
      `Nodes: every instance type priced for ${region} was packed (first fit decreasing over CPU, memory and pods) and the cheapest total chosen, as Karpenter would for a single-type pool; on-demand Linux prices, no Savings Plans or Spot.`,
    ...(chosen ? eksNodeCapacity({ instanceType: chosen.instanceType, vcpu: chosen.vcpu, memoryGiB: chosen.memoryGiB }).assumptions : []),
    "CoreDNS (EKS add-on) adds 2 pods at 100m / 70Mi.",
    ...(lbCount > 0 ? [`Each Service of type LoadBalancer is an NLB (AWS Load Balancer Controller) at $${regional.nlb?.value}/hour plus ${cost.eks.availabilityZones} public IPv4 addresses (one per AZ, cost.eks.availabilityZones) at $${ipv4Hour}/hour; NLCUs and data transfer are not modelled.`] : []),
    ...(gb > 0 ? [`Volumes are gp3 at $${gp3}/GB-month for the requested size (GiB), baseline IOPS and throughput.`] : []),
    natCount > 0 ? `${natCount} NAT gateway(s) at $${regional.natGatewayHourly?.value}/hour plus one public IPv4 each, and ${cost.eks.natGigabytesPerMonth} GB/month processed.` :
      "No NAT gateway counted (cost.eks.natGateways: 0); a private-subnet cluster needs at least one.",
  ];
  const allocation = { workloads: round2(alloc.workloads), system: round2(alloc.system), idle: round2(nodesMonthly - alloc.workloads - alloc.system) };
  (work as { cost: PlatformCost }).cost = {
    platform: "eks", region, monthly: round2(monthly), monthlyAtMax: round2(nodesAtMax + other), controlPlane: round2(controlPlane), nodes,
    loadBalancers: { count: lbCount, monthly: round2(lbCount * lbUnit), description: "NLB per Service of type LoadBalancer" },
    volumes: { gb: round2(gb), monthly: round2(gb * gp3), description: "gp3" },
    nat: { count: natCount, monthly: round2(natMonthly), description: "NAT gateway" },
    publicIpv4: { count: lbCount * cost.eks.availabilityZones + natCount, monthly: round2((lbCount * cost.eks.availabilityZones + natCount) * ipv4Hour * HOURS), description: "public IPv4 of load balancers and NAT gateways (included in their lines)" },
    allocation, unpackable: unpackableOf(choice.unpackable, demand, largestOf(types)), assumptions,
  };
  return work;
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
    cost: undefined as unknown as PlatformCost, byWorkload: new Map(), extraByNamespace: new Map(), storageByWorkload: new Map(),
    rates: { cpuHour: 0, byteHour: 0 },
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
    if (lbUnit > 0) work.extraByNamespace.set(key(lb.namespace), (work.extraByNamespace.get(key(lb.namespace)) ?? 0) + lbUnit);
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

function fileLine(d: WorkloadDemand): { file?: string; line?: number } {
  const o = d.workload.object;
  const pos = o.source.locate(o.basePointer);
  return { ...(o.source.file !== undefined ? { file: o.source.file } : {}), ...(pos ? { line: pos.line } : {}) };
}

function snapshotSource(prices: PriceSnapshot): string {
  const sources = new Set<string>(["AWS and Hetzner list prices"]);
  if (prices !== EMBEDDED_SNAPSHOT) sources.add("a --prices snapshot file merged over the embedded snapshot");
  else sources.add("tollgate's embedded snapshot (every price's own source is in docs/cost.md)");
  return [...sources].join("; ");
}

function buildReport(run: Run, config: Config, options: EstimateOptions): CostReport {
  const cost = resolveCostConfig(config.cost);
  const prices = options.prices ?? EMBEDDED_SNAPSHOT;
  const platforms = options.platforms ?? cost.platforms;
  const region = options.region ?? cost.region;
  const demand = computeDemand(run, cost);
  const works = new Map<PlatformName, PlatformWork>();
  for (const p of platforms) works.set(p, p === "eks" ? estimateEks(demand, cost, prices, region) : estimateK3s(demand, cost, prices));

  const perPlatform = (f: (w: PlatformWork) => number): PerPlatform =>
    Object.fromEntries([...works].map(([p, w]) => [p, round2(f(w))])) as PerPlatform;
  const workloadMonthly = (d: WorkloadDemand) =>
    perPlatform((w) => (w.byWorkload.get(d.key) ?? 0) + (w.storageByWorkload.get(d.key) ?? 0));

  const workloads: WorkloadCost[] = [...demand.workloads, ...demand.daemonSets].map((d) => ({
    kind: d.kind, namespace: d.namespace ?? null, name: d.name,
    replicas: d.kind === "DaemonSet" ? null : d.replicas,
    ...(d.replicasMax !== undefined ? { replicasMax: d.replicasMax } : {}),
    cpu: milli(d.kind === "DaemonSet" ? d.cpu : d.cpu * d.replicas),
    memory: Math.round(d.kind === "DaemonSet" ? d.memory : d.memory * d.replicas),
    storage: d.storage * d.replicas,
    monthly: workloadMonthly(d),
    ...fileLine(d),
  }));

  const nsTotals = new Map<string, Map<PlatformName, number>>();
  const addNs = (ns: string, p: PlatformName, v: number) => {
    const m = nsTotals.get(ns) ?? new Map<PlatformName, number>();
    m.set(p, (m.get(p) ?? 0) + v);
    nsTotals.set(ns, m);
  };
  for (const [p, w] of works) {
    for (const d of [...demand.workloads, ...demand.daemonSets]) {
      addNs(key(d.namespace), p, (w.byWorkload.get(d.key) ?? 0) + (w.storageByWorkload.get(d.key) ?? 0));
    }
    for (const [ns, v] of w.extraByNamespace) addNs(ns, p, v);
  }
  const namespaces: NamespaceCost[] = [...nsTotals].sort(([a], [b]) => a.localeCompare(b)).map(([ns, m]) => {
    const team = ns === "" ? undefined : options.teamOfNamespace?.(ns);
    return {
      namespace: ns === "" ? null : ns,
      ...(team !== undefined ? { team } : {}),
      monthly: Object.fromEntries([...m].map(([p, v]) => [p, round2(v)])) as PerPlatform,
    };
  });
  let teams: TeamCost[] | undefined;
  if (options.teamOfNamespace) {
    const byTeam = new Map<string, { namespaces: string[]; monthly: Map<PlatformName, number> }>();
    for (const n of namespaces) {
      if (n.team === undefined || n.namespace === null) continue;
      const t = byTeam.get(n.team) ?? { namespaces: [] as string[], monthly: new Map<PlatformName, number>() };
      t.namespaces.push(n.namespace);
      for (const [p, v] of Object.entries(n.monthly) as [PlatformName, number][]) t.monthly.set(p, (t.monthly.get(p) ?? 0) + v);
      byTeam.set(n.team, t);
    }
    teams = [...byTeam].sort(([a], [b]) => a.localeCompare(b)).map(([team, t]) => ({
      team, namespaces: t.namespaces, monthly: Object.fromEntries([...t.monthly].map(([p, v]) => [p, round2(v)])) as PerPlatform,
    }));
  }

  const batch: BatchCost[] = demand.batch.map((d) => ({
    kind: d.kind, namespace: d.namespace ?? null, name: d.name, pods: d.replicas,
    cpu: milli(d.cpu * d.replicas), memory: Math.round(d.memory * d.replicas),
    hourly: perPlatform((w) => d.replicas * (d.cpu * w.rates.cpuHour + d.memory * w.rates.byteHour)),
  }));

  const all = new Map([...demand.workloads, ...demand.daemonSets].map((d) => [d.key, d]));
  const idleSlots: IdleSlotCost[] = (options.idleSlots ?? []).flatMap((s) => {
    const d = all.get(s.workloadKey);
    return d ? [{ kind: d.kind, namespace: d.namespace ?? null, name: d.name, description: s.description, monthly: workloadMonthly(d) }] : [];
  });

  const platformAssumptions = [...works.values()].map((w) => w.cost);
  const rate = prices.exchangeRates.EURUSD;
  return {
    hoursPerMonth: 730,
    currency: "USD",
    prices: {
      snapshotDate: prices.snapshotDate,
      source: snapshotSource(prices),
      exchangeRate: { EURUSD: rate.rate, asOf: rate.asOf, source: rate.source },
    },
    platforms: platformAssumptions.map((p) => ({ ...p, assumptions: [...demand.assumptions, ...p.assumptions] })),
    workloads,
    namespaces,
    ...(teams ? { teams } : {}),
    batch,
    idleSlots,
    assumptions: [
      "Monthly = hourly × 730. List prices, excluding taxes, on-demand.",
      "A workload's cost is its share of the nodes it is packed on, by requests: each node's price is split into CPU and RAM in the ratio of OpenCost's default prices ($0.031611/vCPU-hour, $0.004237/GB-hour); what no workload requests is shown as system (reservations, platform pods) and idle.",
      ...demand.assumptions,
    ],
  };
}

const memoKeys = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object | undefined): number {
  if (o === undefined) return 0;
  let id = memoKeys.get(o);
  if (id === undefined) memoKeys.set(o, (id = nextId++));
  return id;
}

// The idle-slot list grows with the repository and cost rules ask for the estimate once per
// workload: each list is serialised once per run and keyed by a small number for its content,
// not serialised into the key on every call (that made a check quadratic).
function slotsKey(run: Run, slots: EstimateOptions["idleSlots"]): number {
  if (slots === undefined) return 0;
  const ids = run.memo("cost:idle-slot-ids", () => ({ byList: new WeakMap<object, number>(), byContent: new Map<string, number>() }));
  let id = ids.byList.get(slots);
  if (id === undefined) {
    const content = JSON.stringify(slots);
    id = ids.byContent.get(content);
    if (id === undefined) ids.byContent.set(content, (id = ids.byContent.size + 1));
    ids.byList.set(slots, id);
  }
  return id;
}

/**
 * The cost report for a run, memoised on the run so the cost rules and the doors share one
 * computation. Throws {@link CostUnavailable} when the prices do not cover what is asked.
 */
export function estimateCost(run: Run, config: Config, given: EstimateOptions = {}): CostReport {
  const options: EstimateOptions = { ...runCostInputs(run, config), ...given };
  const memo = run.memo("cost:estimate", () => new Map<string, CostReport>());
  const k = JSON.stringify([
    idOf(config), idOf(options.prices), options.platforms ?? null, options.region ?? null,
    idOf(options.teamOfNamespace), slotsKey(run, options.idleSlots),
  ]);
  let report = memo.get(k);
  if (report === undefined) {
    report = buildReport(run, config, options);
    memo.set(k, report);
  }
  return report;
}

export interface PlatformFit {
  readonly platform: PlatformName;
  readonly unpackable: readonly UnpackableWorkload[];
}

/**
 * The always-on workloads one replica of which fits no candidate node of a platform (after
 * reservations and the run's DaemonSets), without packing or pricing anything: what
 * cost/unpackable needs, cheap enough for every admission request. On EKS the candidates and the
 * reasons are the estimate's own; on k3s a pod that fits the server type is not reported, since
 * the servers are schedulable. Memoised on the run. Throws {@link CostUnavailable} like the estimate.
 */
export function unpackablePods(run: Run, config: Config, given: Pick<EstimateOptions, "prices" | "platforms" | "region"> = {}): readonly PlatformFit[] {
  const memo = run.memo("cost:fit", () => new Map<string, readonly PlatformFit[]>());
  const k = `${idOf(config)}/${idOf(given.prices)}/${given.platforms?.join(",") ?? "-"}/${given.region ?? "-"}`;
  let fit = memo.get(k);
  if (fit === undefined) {
    const cost = resolveCostConfig(config.cost);
    const prices = given.prices ?? EMBEDDED_SNAPSHOT;
    const demand = computeDemand(run, cost);
    const ds = daemonSetLoad(demand.daemonSets);
    const items = packItems(demand, false, []);
    fit = (given.platforms ?? cost.platforms).map((platform) => {
      const types = platform === "eks" ? eksTypes(cost, prices, given.region ?? cost.region) : k3sTypes(cost, prices).all;
      return { platform, unpackable: unpackableOf(unpackableItems(items, candidatesAfter(types, ds)), demand, largestOf(types)) };
    });
    memo.set(k, fit);
  }
  return fit;
}

/** What each type offers after the DaemonSets' load; the same few loads recur (none, at admission). */
const candidateMemo = new WeakMap<readonly NodeType[], Map<string, PackCandidate[]>>();
function candidatesAfter(types: readonly NodeType[], ds: NodeResources): PackCandidate[] {
  let byLoad = candidateMemo.get(types);
  if (byLoad === undefined) candidateMemo.set(types, (byLoad = new Map()));
  const k = `${ds.cpu}/${ds.memory}/${ds.pods}`;
  let c = byLoad.get(k);
  if (c === undefined) {
    c = types.map((t) => ({ instanceType: t.instanceType, capacity: minus(t.available, ds) }));
    if (byLoad.size >= 16) byLoad.delete(byLoad.keys().next().value!);
    byLoad.set(k, c);
  }
  return c;
}

/**
 * True when two runs ask for exactly the same monthly totals on every platform: the same always-on
 * workloads (kind, namespace, name, per-pod requests, replicas, HPA range, storage) in the same
 * packing order, the same DaemonSets, claims and load balancers. Then a base-versus-head delta is 0
 * without estimating either side — an UPDATE at admission that changes an image, a label or an
 * annotation costs no packing. Batch work, teams and idle slots do not move the totals.
 */
export function sameCostInputs(a: Run, b: Run, config: Config): boolean {
  return costSignature(a, config) === costSignature(b, config);
}

function costSignature(run: Run, config: Config): string {
  return run.memo(`cost:signature:${idOf(config)}`, () => {
    const d = computeDemand(run, resolveCostConfig(config.cost));
    const sig = (w: WorkloadDemand) => [w.kind, w.namespace ?? null, w.name, w.cpu, w.memory, w.replicas, w.replicasMax ?? null, w.storage];
    // Packing breaks ties by item id (the object key, which names the file): keep that order, with
    // the system pod's fixed id among them, but compare names rather than keys.
    const items = [...d.workloads.map((w) => ({ id: w.key, sig: sig(w) })), { id: "(system) coredns", sig: ["coredns"] }]
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .map((x) => x.sig);
    return JSON.stringify([
      items,
      d.daemonSets.map(sig),
      d.claims.map((c) => [c.namespace ?? null, c.bytes]),
      d.loadBalancers.map((l) => l.namespace ?? null),
    ]);
  });
}

/** The platforms a config asks for. */
export function configuredPlatforms(config: Config): readonly PlatformName[] {
  return resolveCostConfig(config.cost).platforms;
}

export { describeWorkload };

/** For rules: the estimate, or undefined when the prices cannot cover the config (the doors report that). */
export function estimateIfAvailable<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CostUnavailable) return undefined;
    throw e;
  }
}

export const PLATFORM_LABEL: Readonly<Record<PlatformName, string>> = { eks: "EKS", k3s: "k3s" };

/** "$1,234.50" */
export function usd(n: number): string {
  const sign = n < 0 ? "-" : "";
  return `${sign}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
