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
  /** "x86_64" or "arm64": the images must run on it. */
  readonly arch: string;
  /** general: CPU/memory pods; gpu: pods requesting nvidia.com/gpu (GPUs per node in `gpus`). */
  readonly pool: "general" | "gpu";
  readonly gpus?: number;
}

export interface LineItem {
  readonly count: number;
  readonly monthly: number;
  readonly description: string;
  /** Load balancers on EKS: the part of the public IPv4 line their addresses cost. */
  readonly ipv4Monthly?: number;
}

export interface VolumeClassLine {
  /** What the volumes are billed as (gp3, io2, efs, hetzner-volume, local-path...). */
  readonly kind: string;
  readonly gb: number;
  readonly perGbMonth: number;
  readonly monthly: number;
}

export interface VolumeLine {
  /** GiB, billed as GB-month. */
  readonly gb: number;
  readonly monthly: number;
  readonly description: string;
  readonly byClass: readonly VolumeClassLine[];
}

/** Something the manifests ask for that the estimate could not price: an assumption and a finding. */
export interface UnpricedItem {
  readonly kind: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly what: string;
  readonly reason: string;
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
  /** Every public IPv4 (nodes on k3s; load balancers and NAT gateways on EKS), not inside those lines. */
  readonly publicIpv4: LineItem;
  /** Unlimited-mode CPU credits of burstable nodes above their baseline (0 when none). */
  readonly cpuCredits: LineItem;
  /** Node cost split OpenCost-style: requested by the manifests' workloads, system, idle. */
  readonly allocation: { readonly workloads: number; readonly system: number; readonly idle: number };
  readonly unpackable: readonly UnpackableWorkload[];
  readonly unpriced: readonly UnpricedItem[];
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
  /** nvidia.com/gpu for all replicas. */
  readonly gpu?: number;
  readonly monthly: PerPlatform;
  /** The volume part of `monthly` (the rest is the workload's share of its nodes). */
  readonly storageMonthly: PerPlatform;
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
  /** What one hour of a run costs: the nodes its own packing pass needs. */
  readonly hourly: PerPlatform;
  /** Those nodes, e.g. "2 × c6i.4xlarge"; "does not fit" when no node type holds one pod. */
  readonly nodes: Partial<Record<PlatformName, string>>;
}

/** Cost no namespace asked for directly: control plane, system, idle, NAT, node IPv4, CPU credits. */
export interface SharedCost extends Change<PerPlatform> {
  readonly name: string;
  readonly monthly: PerPlatform;
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
  /** Rows that with `namespaces` add up to each platform's total; empty with `allocation.shared: proportional`. */
  readonly shared: readonly SharedCost[];
  readonly teams?: readonly TeamCost[];
  readonly batch: readonly BatchCost[];
  readonly idleSlots: readonly IdleSlotCost[];
  /** Assumptions about the manifests (defaults, HPA, DaemonSets); per-platform ones are in platforms[]. */
  readonly assumptions: readonly string[];
  /** Services of type LoadBalancer, each priced on the platforms' load balancer lines. */
  readonly loadBalancerServices: readonly { readonly namespace: string | null; readonly name: string }[];
  /** Present on a diff. */
  readonly diff?: { readonly baseWorkloads: number; readonly headWorkloads: number };
  /** Present on a diff: every line item base → head, and why the total moved, per platform. */
  readonly changes?: readonly PlatformChange[];
}

/** One line item, base → head ("6 × t3.medium → 8 × t3.medium"). */
export interface ChangeLine {
  readonly item: string;
  readonly base: string;
  readonly head: string;
  readonly delta: number;
}

/** One cause of the change; a platform's `why` adds up to its total change to the cent. */
export interface WhyLine {
  readonly cause: "workload" | "load balancer" | "volumes" | "repacking" | "control plane" | "NAT" | "public IPv4" | "CPU credits";
  readonly what: string;
  readonly delta: number;
  /** The object to point at (a workload or a Service). */
  readonly object?: { readonly kind: string; readonly namespace: string | null; readonly name: string };
}

export interface PlatformChange {
  readonly platform: PlatformName;
  readonly base: number;
  readonly head: number;
  readonly delta: number;
  readonly lines: readonly ChangeLine[];
  /** Ordered by amount, largest first. */
  readonly why: readonly WhyLine[];
}

/** Cents, half up, without binary noise: 0.0225 × 730 = 16.425 is $16.43, not $16.42. */
export const round2 = (n: number): number => Math.round(Number((n * 100).toPrecision(12))) / 100;
