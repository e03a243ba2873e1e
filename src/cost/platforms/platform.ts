/**
 * What every platform module provides, and the pieces they share: node types with their capacity,
 * pack items, OpenCost-style allocation of node cost to the pods placed on it. A third platform
 * (GKE Autopilot, AKS) is one more module implementing {@link PlatformEstimator}.
 */
import type { CostConfig } from "../../core/config/cost.js";
import { BYTES, type NodeResources } from "../capacity.js";
import type { Demand, WorkloadDemand } from "../demand.js";
import type { PackedNode } from "../pack.js";
import type { PriceSnapshot } from "../prices/types.js";
import type { PlatformCost, PlatformName, UnpackableWorkload } from "../report.js";

export const HOURS = 730;
const { GiB } = BYTES;
/** OpenCost's default prices, used only for their ratio: CPU $/vCPU-hour and RAM $/GB-hour. */
export const OPENCOST_CPU = 0.031611;
export const OPENCOST_RAM = 0.004237;

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
}

export interface PlatformWork {
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
  /** Every node type a pod can be scheduled on (for cost/unpackable), capacity before DaemonSets. */
  candidates(cost: CostConfig, prices: PriceSnapshot, region: string): readonly NodeType[];
}

export function emptyWork(): { byWorkload: Map<string, number>; extraByNamespace: Map<string, number>; storageByWorkload: Map<string, number> } {
  return { byWorkload: new Map(), extraByNamespace: new Map(), storageByWorkload: new Map() };
}

/** How a node's price splits into CPU and RAM (OpenCost's default price ratio). */
export function rates(t: NodeType): { cpu: number; byte: number } {
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

/** Adds node placements to per-workload allocations and returns the total allocated to workloads and system pods. */
export function allocate(
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
        addTo(byWorkload, it.workloadKey, v);
        workloads += v;
      }
    }
    for (const d of ds) {
      const v = d.cpu * r.cpu + d.memory * r.byte;
      addTo(byWorkload, d.key, v);
      workloads += v;
    }
  }
  // Reservations, VM overhead and the platform's own pods on every node.
  const reserved = minus({ cpu: type.vcpu, memory: type.memoryGiB * GiB, pods: 0 }, type.available);
  system += nodes.length * (reserved.cpu * r.cpu + reserved.memory * r.byte);
  return { workloads, system };
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

export function storageLines(demand: Demand, perGbMonth: number, work: Pick<PlatformWork, "storageByWorkload" | "extraByNamespace">): number {
  let bytes = 0;
  for (const d of [...demand.workloads, ...demand.daemonSets]) {
    if (d.storage === 0) continue;
    const total = d.storage * d.replicas;
    bytes += total;
    work.storageByWorkload.set(d.key, (total / GiB) * perGbMonth);
  }
  for (const c of demand.claims) {
    bytes += c.bytes;
    addTo(work.extraByNamespace, nsKey(c.namespace), (c.bytes / GiB) * perGbMonth);
  }
  return bytes / GiB;
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
