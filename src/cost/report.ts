/**
 * The cost report contract (DESIGN.md): what `tollgate cost --format json` prints and what
 * `check --cost` puts in its `cost` field. Plain, serializable data; money in USD per month,
 * rounded to cents; CPU in cores, memory and storage in bytes.
 */

export type PlatformName = "eks" | "k3s";
export type PerPlatform = Partial<Record<PlatformName, number>>;

/** Base, head and change, present only on a diff (`--base`). */
export interface Change<T> {
  readonly base?: T;
  readonly head?: T;
  readonly delta?: T;
}

export interface NodeLine {
  readonly instanceType: string;
  /** eks: "node"; k3s: "server" (control plane, schedulable) or "agent". */
  readonly role: "node" | "server" | "agent";
  readonly count: number;
  readonly unitMonthly: number;
  readonly monthly: number;
  /** max over CPU, memory and pods of ⌈Σ demand ÷ capacity⌉ for this type (not for k3s servers). */
  readonly lowerBound?: number;
  readonly vcpu: number;
  readonly memoryGiB: number;
}

export interface LineItem {
  readonly count: number;
  readonly monthly: number;
  readonly description: string;
}

export interface VolumeLine {
  /** GiB, billed as GB-month. */
  readonly gb: number;
  readonly monthly: number;
  readonly description: string;
}

export interface UnpackableWorkload {
  readonly kind: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly reason: string;
  /** The largest candidate instance type considered. */
  readonly largest: string;
}

export interface PlatformCost extends Change<number> {
  readonly platform: PlatformName;
  readonly region: string;
  readonly monthly: number;
  /** With every HPA at maxReplicas. */
  readonly monthlyAtMax: number;
  readonly controlPlane: number;
  readonly nodes: readonly NodeLine[];
  readonly loadBalancers: LineItem;
  readonly volumes: VolumeLine;
  readonly nat: LineItem;
  readonly publicIpv4: LineItem;
  /** Node cost split OpenCost-style: requested by the manifests' workloads, system, idle. */
  readonly allocation: { readonly workloads: number; readonly system: number; readonly idle: number };
  readonly unpackable: readonly UnpackableWorkload[];
  readonly assumptions: readonly string[];
}

export interface WorkloadCost extends Change<PerPlatform> {
  readonly kind: string;
  readonly namespace: string | null;
  readonly name: string;
  /** Replicas estimated (HPA minimum); null for a DaemonSet (one per node). */
  readonly replicas: number | null;
  readonly replicasMax?: number;
  /** Requested CPU cores and memory bytes for all replicas (per pod for a DaemonSet). */
  readonly cpu: number;
  readonly memory: number;
  readonly storage: number;
  readonly monthly: PerPlatform;
  readonly file?: string;
  readonly line?: number;
}

export interface NamespaceCost extends Change<PerPlatform> {
  readonly namespace: string | null;
  readonly team?: string;
  readonly monthly: PerPlatform;
}

export interface TeamCost {
  readonly team: string;
  readonly namespaces: readonly string[];
  readonly monthly: PerPlatform;
}

export interface BatchCost {
  readonly kind: string;
  readonly namespace: string | null;
  readonly name: string;
  /** Pods of one run (parallelism). */
  readonly pods: number;
  readonly cpu: number;
  readonly memory: number;
  /** What one hour of a run costs at the platform's allocation rates. */
  readonly hourly: PerPlatform;
}

export interface IdleSlotCost {
  readonly kind: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly description: string;
  readonly monthly: PerPlatform;
}

export interface CostReport {
  readonly hoursPerMonth: 730;
  readonly currency: "USD";
  readonly prices: {
    readonly snapshotDate: string;
    readonly source: string;
    readonly exchangeRate: { readonly EURUSD: number; readonly asOf: string; readonly source: string };
  };
  readonly platforms: readonly PlatformCost[];
  readonly workloads: readonly WorkloadCost[];
  readonly namespaces: readonly NamespaceCost[];
  readonly teams?: readonly TeamCost[];
  readonly batch: readonly BatchCost[];
  readonly idleSlots: readonly IdleSlotCost[];
  /** Assumptions about the manifests (defaults, HPA, DaemonSets); per-platform ones are in platforms[]. */
  readonly assumptions: readonly string[];
  /** Present on a diff. */
  readonly diff?: { readonly baseWorkloads: number; readonly headWorkloads: number };
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;
