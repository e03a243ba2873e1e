/**
 * What a node really offers to workload pods, per platform: allocatable after the kubelet's
 * reservations, then what is left after the per-node system pods. Pure; every number that is an
 * assumption is also returned as a sentence for the cost report's `assumptions[]`.
 *
 * Units: CPU in cores, memory in bytes, pods as a count.
 */

export interface NodeResources {
  readonly cpu: number;
  readonly memory: number;
  readonly pods: number;
}

export interface NodeCapacity {
  readonly platform: "eks" | "k3s";
  readonly instanceType: string;
  /** What `kubectl describe node` shows as Allocatable. */
  readonly allocatable: NodeResources;
  /** Allocatable minus the per-node system pods (DaemonSets, k3s agent): what workloads can use. */
  readonly available: NodeResources;
  readonly assumptions: readonly string[];
}

/** The machine as its provider lists it. */
export interface MachineShape {
  readonly instanceType: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Karpenter's default vmMemoryOverheadPercent: the share of listed memory the guest never sees. */
export const DEFAULT_VM_MEMORY_OVERHEAD = 0.075;

/**
 * [ENIs, IPv4 addresses per ENI] for the snapshot's instance types, from the EC2 API as recorded
 * in awslabs/amazon-eks-ami templates/shared/runtime/eni-max-pods.txt.
 */
const SIZE_ENIS: Readonly<Record<string, readonly [number, number]>> = {
  large: [3, 10], xlarge: [4, 15], "2xlarge": [4, 15], "4xlarge": [8, 30],
};
const ENI_TABLE: Readonly<Record<string, readonly [number, number]>> = {
  ...Object.fromEntries(["t3", "t3a", "t4g"].flatMap((f) => [
    [`${f}.medium`, [3, 6]], [`${f}.large`, [3, 12]], [`${f}.xlarge`, [4, 15]], [`${f}.2xlarge`, [4, 15]],
  ])),
  ...Object.fromEntries(
    ["m5", "m6i", "m7i", "c6i", "c7i", "r6i", "r7i", "m7g", "c7g", "r7g", "m6a", "m6g", "c6g", "g5", "g6"].flatMap((family) =>
      Object.entries(SIZE_ENIS).map(([size, enis]) => [`${family}.${size}`, enis])),
  ),
};

/** Max pods the EKS AMI configures: ENIs × (IPv4 per ENI − 1) + 2, or 110 for unknown types. */
export function eksMaxPods(instanceType: string): { readonly maxPods: number; readonly known: boolean } {
  const enis = ENI_TABLE[instanceType];
  if (enis === undefined) return { maxPods: 110, known: false };
  return { maxPods: enis[0] * (enis[1] - 1) + 2, known: true };
}

/** kube-reserved CPU in millicores: 6 % of the first core, 1 % of the second, 0.5 % of cores 3–4, 0.25 % beyond. */
export function eksKubeReservedMillicores(vcpu: number): number {
  const tiers: readonly [number, number][] = [[1, 60], [1, 10], [2, 5]];
  let left = vcpu;
  let reserved = 0;
  for (const [cores, perCore] of tiers) {
    const n = Math.min(left, cores);
    reserved += n * perCore;
    left -= n;
  }
  return reserved + left * 2.5;
}

/** kube-reserved memory in MiB: 11 MiB per pod plus 255 MiB. */
export function eksKubeReservedMemoryMiB(maxPods: number): number {
  return 11 * maxPods + 255;
}

export const EKS_EVICTION_HARD_MIB = 100;

/** aws-node, kube-proxy and ebs-csi-node together; measured 170–195m CPU and ~250 Mi. */
export const EKS_DEFAULT_DAEMONSET_OVERHEAD: NodeResources = { cpu: 0.18, memory: 250 * MiB, pods: 3 };

export interface EksCapacityOptions {
  /** Share of listed memory lost to the hypervisor and kernel; 0 to count listed GiB in full. */
  readonly vmMemoryOverhead?: number;
  readonly daemonSetOverhead?: NodeResources;
}

export function eksNodeCapacity(machine: MachineShape, options: EksCapacityOptions = {}): NodeCapacity {
  const overhead = options.vmMemoryOverhead ?? DEFAULT_VM_MEMORY_OVERHEAD;
  const ds = options.daemonSetOverhead ?? EKS_DEFAULT_DAEMONSET_OVERHEAD;
  const { maxPods, known } = eksMaxPods(machine.instanceType);
  const listedMiB = machine.memoryGiB * 1024;
  // Karpenter subtracts ceil(overhead × MiB); with 7.5 % this reproduces the allocatable
  // EKS nodes report (t3.medium 3246Mi), which listed GiB alone overstates by ~300 Mi.
  const capacityMiB = listedMiB - Math.ceil(listedMiB * overhead);
  const reservedMiB = eksKubeReservedMemoryMiB(maxPods) + EKS_EVICTION_HARD_MIB;
  const cpuMillis = machine.vcpu * 1000 - eksKubeReservedMillicores(machine.vcpu);
  const allocatable: NodeResources = {
    cpu: cpuMillis / 1000,
    memory: Math.max(0, capacityMiB - reservedMiB) * MiB,
    pods: maxPods,
  };
  const assumptions = [
    `EKS ${machine.instanceType}: max pods ${maxPods} ${known ? "= ENIs × (IPv4 per ENI − 1) + 2 (VPC CNI without prefix delegation)" : "(instance type not in the ENI table; the kubelet default 110 is assumed)"}.`,
    `EKS ${machine.instanceType}: memory capacity = ${machine.memoryGiB} GiB listed minus ${(overhead * 100).toFixed(1)} % VM overhead (Karpenter's default), minus kube-reserved 11 MiB × max pods + 255 MiB and the 100 MiB hard eviction threshold.`,
    `EKS ${machine.instanceType}: kube-reserved CPU ${eksKubeReservedMillicores(machine.vcpu)}m (6 % of the first core, 1 % of the second, 0.5 % of cores 3–4, 0.25 % beyond).`,
    `EKS ${machine.instanceType}: every node runs DaemonSets (aws-node, kube-proxy, ebs-csi-node) assumed to request ${Math.round(ds.cpu * 1000)}m CPU and ${Math.round(ds.memory / MiB)} Mi; measured 170–195m and ~250 Mi.`,
  ];
  return { platform: "eks", instanceType: machine.instanceType, allocatable, available: subtract(allocatable, ds), assumptions };
}

/** Measured k3s footprints (k3s docs, resource profiling): server ~1.6 GB RAM, agent ~275 MB. */
export const K3S_SERVER_FOOTPRINT: NodeResources = { cpu: 0.1, memory: 1.6e9, pods: 0 };
export const K3S_AGENT_FOOTPRINT: NodeResources = { cpu: 0, memory: 275e6, pods: 0 };
export const K3S_MAX_PODS = 110;

export interface K3sCapacityOptions {
  readonly vmMemoryOverhead?: number;
  readonly serverFootprint?: NodeResources;
  readonly agentFootprint?: NodeResources;
}

/**
 * A k3s node: no kube-/system-reserved and no memory eviction threshold by default, so
 * allocatable is the whole machine; the k3s process itself then takes its share.
 */
export function k3sNodeCapacity(machine: MachineShape, role: "server" | "agent", options: K3sCapacityOptions = {}): NodeCapacity {
  const overhead = options.vmMemoryOverhead ?? DEFAULT_VM_MEMORY_OVERHEAD;
  const footprint = role === "server"
    ? options.serverFootprint ?? K3S_SERVER_FOOTPRINT
    : options.agentFootprint ?? K3S_AGENT_FOOTPRINT;
  const listedMiB = machine.memoryGiB * 1024;
  const allocatable: NodeResources = {
    cpu: machine.vcpu,
    memory: (listedMiB - Math.ceil(listedMiB * overhead)) * MiB,
    pods: K3S_MAX_PODS,
  };
  const assumptions = [
    `k3s ${machine.instanceType}: no kube-reserved, system-reserved or memory eviction threshold (k3s defaults); ${K3S_MAX_PODS} pods per node.`,
    `k3s ${machine.instanceType}: memory = ${machine.memoryGiB} GB listed (read as GiB) minus ${(overhead * 100).toFixed(1)} % VM overhead, the same allowance as EKS so the platforms compare fairly.`,
    role === "server"
      ? `k3s server node: the control plane (API server, datastore, controllers) takes about ${footprint.memory / 1e9} GB RAM and ${Math.round(footprint.cpu * 1000)}m CPU ("a few %" of a core, rounded up).`
      : `k3s agent node: the k3s agent takes about ${Math.round(footprint.memory / 1e6)} MB RAM; its CPU use is not reserved.`,
  ];
  return { platform: "k3s", instanceType: machine.instanceType, allocatable, available: subtract(allocatable, footprint), assumptions };
}

function subtract(a: NodeResources, b: NodeResources): NodeResources {
  return {
    // Rounded to whole millicores so 1.93 − 0.18 is 1.75, not 1.7499999999999998.
    cpu: Math.max(0, Math.round((a.cpu - b.cpu) * 1000) / 1000),
    memory: Math.max(0, a.memory - b.memory),
    pods: Math.max(0, a.pods - b.pods),
  };
}

export const BYTES = { MiB, GiB } as const;
