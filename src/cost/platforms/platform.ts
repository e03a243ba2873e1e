/**
 * What every platform module provides, and the pieces they share: node types with their capacity,
 * pack items, OpenCost-style allocation of node cost to the pods placed on it. A third platform
 * (GKE Autopilot, AKS) is one more module implementing {@link PlatformEstimator}.
 */
import type { CostConfig, NodePool, StorageKind } from "../../core/config/cost.js";
import { BYTES, type NodeResources } from "../capacity.js";
import type { Demand, WorkloadDemand } from "../demand.js";
import type { PriceSnapshot } from "../prices/types.js";
import { round2, type PlatformCost, type PlatformName, type UnpackableWorkload, type UnpricedItem, type VolumeLine } from "../report.js";

export const HOURS = 730;
const { GiB } = BYTES;
/** OpenCost's default prices, used only for their ratio: CPU $/vCPU-hour and RAM $/GB-hour. */
const OPENCOST_CPU = 0.031611;
const OPENCOST_RAM = 0.004237;

/** One pack item per always-on workload, plus platform add-ons. */
export interface Placed {
  readonly id: string;
  readonly cpu: number;
  readonly memory: number;
  readonly count: number;
  /** Workload key, or undefined for a system pod (CoreDNS). */
  readonly workloadKey?: string;
}

export interface NodeType {
  readonly instanceType: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
  /** USD per month. */
  readonly unitMonthly: number;
  /** What workloads can use before the manifests' DaemonSets. */
  readonly available: NodeResources;
  readonly arch: "x86_64" | "arm64";
  readonly gpus: number;
  /** t3, t3a, t4g: CPU credits above a baseline. */
  readonly burstable: boolean;
  /** m6i, c7g, CX, CAX. */
  readonly family: string;
}

export interface PlatformWork {
  readonly cost: PlatformCost;
  /** Node allocation per workload key, monthly USD. */
  readonly byWorkload: Map<string, number>;
  /** Monthly USD per namespace for volumes and load balancers not tied to a workload. */
  readonly extraByNamespace: Map<string, number>;
  /** Per-workload storage cost (StatefulSet claims). */
  readonly storageByWorkload: Map<string, number>;
  /** Per batch workload key: USD per hour of one run and the nodes it takes ("2 × c6i.4xlarge"). */
  readonly batch: Map<string, { hourly: number; nodes: string }>;
}

export interface EstimateInput {
  readonly demand: Demand;
  readonly cost: CostConfig;
  readonly prices: PriceSnapshot;
  readonly region: string;
}

/** One platform: how it prices a demand, and which node types a pod could land on. */
export interface PlatformEstimator {
  readonly name: PlatformName;
  readonly label: string;
  estimate(input: EstimateInput): PlatformWork;
  /** The pods (always-on, GPU and batch) one replica of which fits no node type, without packing. */
  unpackable(input: EstimateInput): readonly UnpackableWorkload[];
  /** What the estimate would leave unpriced, without packing (cheap enough for every admission request). */
  unpriced(input: EstimateInput): readonly UnpricedItem[];
}

/** Extended resources other than GPUs: no node type is priced for them. */
export function extendedUnpriced(demand: Demand, reason: string): UnpricedItem[] {
  const out: UnpricedItem[] = [];
  for (const d of [...demand.workloads, ...demand.daemonSets, ...demand.batch]) {
    for (const what of d.unpriced) out.push({ kind: d.kind, namespace: d.namespace ?? null, name: d.name, what, reason });
  }
  return out;
}

export function emptyWork(): Omit<PlatformWork, "cost"> {
  return { byWorkload: new Map(), extraByNamespace: new Map(), storageByWorkload: new Map(), batch: new Map() };
}

export const cents = (n: number): number => Math.round(Number((n * 100).toPrecision(12)));

/** The instance types a pool may use: its families, architecture and whether burstable types may run sustained load. */
export function poolTypes(all: readonly NodeType[], pool: NodePool, gpu: boolean): NodeType[] {
  return all.filter((t) => (t.gpus > 0) === gpu &&
    (pool.families === undefined || pool.families.includes(t.family)) &&
    (pool.arch === "any" || (pool.arch === "amd64" ? t.arch === "x86_64" : t.arch === "arm64")) &&
    (pool.burstable || !t.burstable));
}

export function describePool(name: string, pool: NodePool): string {
  return `${name} pool: ${pool.families ? `families ${pool.families.join(", ")}` : "every family in the snapshot"}, ` +
    `${pool.arch === "any" ? "amd64 or arm64" : `${pool.arch} only`}${pool.burstable ? "" : ", burstable types (t3, t3a, t4g) left out for sustained load"}` +
    `${pool.minNodes > 0 ? `, at least ${pool.minNodes} node(s)` : ""}${pool.maxNodes !== undefined ? `, at most ${pool.maxNodes}` : ""} (cost.nodePools.${name})`;
}

/** Blended OpenCost rates over a pool's nodes: every pod pays the same per core and per byte wherever it lands. */
function blendedRates(nodes: readonly { type: NodeType; count: number }[]): { cpu: number; byte: number } {
  let cpuCost = 0, byteCost = 0, cores = 0, bytes = 0;
  for (const { type, count } of nodes) {
    const r = rates(type);
    cpuCost += count * r.cpu * type.vcpu;
    byteCost += count * r.byte * type.memoryGiB * GiB;
    cores += count * type.vcpu;
    bytes += count * type.memoryGiB * GiB;
  }
  return { cpu: cores === 0 ? 0 : cpuCost / cores, byte: bytes === 0 ? 0 : byteCost / bytes };
}

/**
 * Node cost by requests at blended rates: always-on workloads by replicas, DaemonSets once per node,
 * system = reservations and platform pods, idle = the rest. GPU nodes are split by GPU instead.
 */
export function allocateBlended(
  demand: Demand, general: readonly { type: NodeType; count: number }[], gpuNodes: readonly { type: NodeType; count: number }[],
  system: readonly Placed[], byWorkload: Map<string, number>,
): { workloads: number; system: number; idle: number } {
  const r = blendedRates(general);
  const generalCost = general.reduce((s, n) => s + n.count * n.type.unitMonthly, 0);
  const generalNodes = general.reduce((s, n) => s + n.count, 0);
  const gpuCost = gpuNodes.reduce((s, n) => s + n.count * n.type.unitMonthly, 0);
  const gpus = gpuNodes.reduce((s, n) => s + n.count * n.type.gpus, 0);
  let workloads = 0;
  for (const d of demand.workloads) {
    if (d.replicas === 0) continue;
    const v = d.gpu > 0 ? (gpus === 0 ? 0 : d.replicas * d.gpu * (gpuCost / gpus)) : d.replicas * (d.cpu * r.cpu + d.memory * r.byte);
    const c = cents(v) / 100;
    addTo(byWorkload, d.key, c);
    workloads += c;
  }
  for (const d of demand.daemonSets) {
    const c = cents(generalNodes * (d.cpu * r.cpu + d.memory * r.byte)) / 100;
    addTo(byWorkload, d.key, c);
    workloads += c;
  }
  let sys = system.reduce((s, p) => s + p.count * (p.cpu * r.cpu + p.memory * r.byte), 0);
  for (const { type, count } of general) {
    const reserved = minus({ cpu: type.vcpu, memory: type.memoryGiB * GiB, pods: 0 }, type.available);
    sys += count * (reserved.cpu * r.cpu + reserved.memory * r.byte);
  }
  const nodes = cents(generalCost) + cents(gpuCost);
  const w = cents(workloads);
  const s = Math.min(cents(sys), nodes - w);
  return { workloads: w / 100, system: s / 100, idle: (nodes - w - s) / 100 };
}

/** How a node's price splits into CPU and RAM (OpenCost's default price ratio). */
function rates(t: NodeType): { cpu: number; byte: number } {
  const cpuPart = t.vcpu * OPENCOST_CPU;
  const ramPart = t.memoryGiB * OPENCOST_RAM;
  const share = cpuPart / (cpuPart + ramPart);
  return { cpu: (t.unitMonthly * share) / t.vcpu, byte: (t.unitMonthly * (1 - share)) / (t.memoryGiB * GiB) };
}

export function minus(a: NodeResources, b: NodeResources): NodeResources {
  return {
    cpu: Math.max(0, Math.round((a.cpu - b.cpu) * 1000) / 1000),
    memory: Math.max(0, a.memory - b.memory),
    pods: Math.max(0, a.pods - b.pods),
  };
}

export function daemonSetLoad(ds: readonly WorkloadDemand[]): NodeResources {
  return ds.reduce((s, d) => ({ cpu: s.cpu + d.cpu, memory: s.memory + d.memory, pods: s.pods + 1 }), { cpu: 0, memory: 0, pods: 0 });
}

export const nsKey = (ns: string | undefined): string => ns ?? "";

export function addTo(m: Map<string, number>, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

export function packItems(demand: Demand, atMax: boolean, system: readonly Placed[]): Placed[] {
  const out: Placed[] = [];
  for (const d of demand.workloads) {
    const count = atMax ? d.replicasMax ?? d.replicas : d.replicas;
    if (count > 0) out.push({ id: d.key, cpu: d.cpu, memory: d.memory, count, workloadKey: d.key });
  }
  if (system.length > 0) out.push(...system);
  return out;
}

export function unpackableOf(
  ids: readonly { id: string; reason: string }[], demand: Demand, largest: string,
): UnpackableWorkload[] {
  if (ids.length === 0) return [];
  const byKey = new Map([...demand.workloads, ...demand.batch].map((d) => [d.key, d]));
  return ids.flatMap((u) => {
    const d = byKey.get(u.id);
    return d ? [{ kind: d.kind, namespace: d.namespace ?? null, name: d.name, reason: u.reason, largest }] : [];
  });
}

/** The type with the most vCPUs (then memory); the first such in the given order. */
export function largestOf(types: readonly NodeType[]): string {
  let best: NodeType | undefined;
  for (const t of types) if (best === undefined || t.vcpu > best.vcpu || (t.vcpu === best.vcpu && t.memoryGiB > best.memoryGiB)) best = t;
  return best?.instanceType ?? "(none)";
}

/** A storage kind's price on a platform in USD per GB-month, 0 for node disk, or why it has none. */
export type StoragePrice = { readonly perGbMonth: number; readonly label: string } | { readonly unpriced: string };

/**
 * Volumes by storage class: StatefulSet claims and generic ephemeral volumes per replica (at the HPA
 * maximum for the "at max" figure), standalone PVCs once. What has no price is listed, never guessed.
 */
export function priceVolumes(
  demand: Demand, cost: CostConfig, priceOf: (kind: StorageKind) => StoragePrice, defaultKind: StorageKind,
  work: Pick<PlatformWork, "storageByWorkload" | "extraByNamespace">,
): { line: VolumeLine; atMaxMonthly: number; unpriced: UnpricedItem[]; kindsUsed: string[] } {
  const byKind = new Map<string, { gb: number; perGb: number }>();
  const unpriced: UnpricedItem[] = [];
  let atMax = 0;
  let claimsTotal = 0;
  const kindOf = (cls: string | undefined): StorageKind | undefined =>
    cls === undefined ? cost.storageClasses.default ?? defaultKind : cost.storageClasses[cls];
  const price = (cls: string | undefined, who: { kind: string; namespace: string | undefined; name: string }, gb: number): number | undefined => {
    const kind = kindOf(cls);
    const p: StoragePrice = kind === undefined ? { unpriced: `storage class ${cls} is not mapped to a price kind (cost.storageClasses)` } : priceOf(kind);
    if ("unpriced" in p) {
      unpriced.push({ kind: who.kind, namespace: who.namespace ?? null, name: who.name, what: `${gb} GiB of storage class ${cls ?? "(default)"}`, reason: p.unpriced });
      return undefined;
    }
    const e = byKind.get(p.label) ?? { gb: 0, perGb: p.perGbMonth };
    e.gb += gb;
    byKind.set(p.label, e);
    return p.perGbMonth;
  };
  for (const d of [...demand.workloads, ...demand.daemonSets]) {
    let perReplica = 0;
    for (const v of d.volumes) {
      const gb = v.bytes / GiB;
      const per = price(v.storageClass, d, gb * d.replicas);
      if (per !== undefined) perReplica += gb * per;
    }
    if (perReplica === 0) continue;
    work.storageByWorkload.set(d.key, cents(perReplica * d.replicas) / 100);
    atMax += perReplica * (d.replicasMax ?? d.replicas);
  }
  for (const c of demand.claims) {
    const gb = c.bytes / GiB;
    const per = price(c.storageClass, { kind: "PersistentVolumeClaim", namespace: c.namespace, name: c.name }, gb);
    if (per === undefined) continue;
    addTo(work.extraByNamespace, nsKey(c.namespace), cents(gb * per) / 100);
    claimsTotal += cents(gb * per);
    atMax += gb * per;
  }
  const byClass = [...byKind].map(([kind, e]) => ({ kind, gb: round2(e.gb), perGbMonth: e.perGb, monthly: round2(e.gb * e.perGb) }));
  const monthly = ([...work.storageByWorkload.values()].reduce((s, v) => s + cents(v), 0) + claimsTotal) / 100;
  return {
    line: {
      gb: round2(byClass.reduce((s, c) => s + c.gb, 0)), monthly: round2(monthly),
      description: byClass.length === 0 ? "none" : byClass.map((c) => c.kind).join(", "), byClass,
    },
    atMaxMonthly: atMax, unpriced, kindsUsed: byClass.map((c) => c.kind),
  };
}

/** Node types are the same for every run with the same prices and settings: built once, not per estimate. */
const typeMemo = new WeakMap<PriceSnapshot, Map<string, unknown>>();
export function memoTypes<T>(prices: PriceSnapshot, key: string, build: () => T): T {
  let m = typeMemo.get(prices);
  if (m === undefined) typeMemo.set(prices, (m = new Map()));
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

// Checking the config against the snapshot and building the content key above cost more than the
// lookup, and the webhook asks on every request: answers are kept per config and snapshot object.
const byConfig = new WeakMap<CostConfig, WeakMap<PriceSnapshot, Map<string, unknown>>>();
export function memoByConfig<T>(cost: CostConfig, prices: PriceSnapshot, key: string, build: () => T): T {
  let byPrices = byConfig.get(cost);
  if (byPrices === undefined) byConfig.set(cost, (byPrices = new WeakMap()));
  let m = byPrices.get(prices);
  if (m === undefined) byPrices.set(prices, (m = new Map()));
  if (!m.has(key)) m.set(key, build()); // a build that throws (CostUnavailable) is not kept
  return m.get(key) as T;
}
