/**
 * What the manifests ask a cluster for: always-on pods (replicas × effective pod requests, HPA
 * ranges), per-node DaemonSet pods, storage claims, load balancers, and run-to-completion work kept
 * apart. Pure; every default it fills in becomes an assumption sentence.
 */
import { isRecord, splitPointer, valueAt, type K8sObject, type Mutable } from "../core/types.js";
import type { CostConfig } from "../core/config/cost.js";
import { limitRangeDefaults } from "../model/limitrange.js";
import { formatCpu, formatMemory, parseQuantity } from "../model/quantity.js";
import type { Run } from "../model/run.js";
import { containerRequest, effectivePodValue, type Container, type ResourceName, type Workload } from "../model/workload.js";

export interface WorkloadDemand {
  /** The workload object's key (K8sObject.key). */
  readonly key: string;
  readonly workload: Workload;
  readonly kind: string;
  readonly namespace: string | undefined;
  readonly name: string;
  /** Replicas the estimate uses (HPA minimum when an HPA targets it); 0 for DaemonSets (per node). */
  readonly replicas: number;
  /** HPA maximum, when an HPA targets the workload. */
  readonly replicasMax?: number;
  readonly hpa?: K8sObject;
  /** Effective pod requests: cores and bytes. */
  readonly cpu: number;
  readonly memory: number;
  /** Storage claimed per replica (StatefulSet volumeClaimTemplates, generic ephemeral volumes), bytes. */
  readonly storage: number;
  /** The same per replica, by storage class. */
  readonly volumes: readonly VolumeDemand[];
  /** nvidia.com/gpu per pod (requests, else limits, as Kubernetes requires them equal). */
  readonly gpu: number;
  /** Extended resources other than GPUs that the pod asks for ("example.com/fpga: 1"): not priced. */
  readonly unpriced: readonly string[];
  /** Containers that had no request and got the configured default. */
  readonly defaulted: readonly string[];
}

export interface VolumeDemand {
  readonly bytes: number;
  /** spec.storageClassName; undefined = the cluster's default class. */
  readonly storageClass: string | undefined;
  /** "template" (a StatefulSet claim) or "ephemeral" (a generic ephemeral volume). */
  readonly source: "template" | "ephemeral";
}

export interface StorageClaim {
  readonly object: K8sObject;
  readonly namespace: string | undefined;
  readonly name: string;
  readonly bytes: number;
  readonly storageClass: string | undefined;
}

export interface LoadBalancerDemand {
  readonly object: K8sObject;
  readonly namespace: string | undefined;
  readonly name: string;
}

export interface Demand {
  /** Always-on workloads with replicas (Deployments, StatefulSets, ReplicaSets, Pods...). */
  readonly workloads: readonly WorkloadDemand[];
  /** One pod per node. */
  readonly daemonSets: readonly WorkloadDemand[];
  /** Jobs and CronJobs: not always on. */
  readonly batch: readonly WorkloadDemand[];
  /** Standalone PersistentVolumeClaims. */
  readonly claims: readonly StorageClaim[];
  readonly loadBalancers: readonly LoadBalancerDemand[];
  readonly assumptions: readonly string[];
}

const UNSET_NAMESPACE = undefined;

export function describeWorkload(d: { kind: string; namespace: string | undefined; name: string }): string {
  return `${d.kind} ${d.namespace === undefined ? "" : `${d.namespace}/`}${d.name}`;
}

/** HorizontalPodAutoscalers by "namespace/Kind/name" of their scale target. */
function hpaTargets(run: Run): Map<string, K8sObject> {
  const out = new Map<string, K8sObject>();
  for (const hpa of run.byKind("HorizontalPodAutoscaler")) {
    const ref = (hpa.raw.spec as { scaleTargetRef?: { kind?: unknown; name?: unknown } } | undefined)?.scaleTargetRef;
    if (typeof ref?.kind !== "string" || typeof ref.name !== "string") continue;
    out.set(`${run.namespaceOf(hpa) ?? ""}/${ref.kind}/${ref.name}`, hpa);
  }
  return out;
}

function hpaRange(hpa: K8sObject): { min: number; max: number } | undefined {
  const spec = hpa.raw.spec as { minReplicas?: unknown; maxReplicas?: unknown } | undefined;
  const max = spec?.maxReplicas;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1) return undefined;
  const min = typeof spec?.minReplicas === "number" && Number.isInteger(spec.minReplicas) && spec.minReplicas >= 1 ? spec.minReplicas : 1;
  return { min: Math.min(min, max), max };
}

export const GPU_RESOURCE = "nvidia.com/gpu";
const CORE_RESOURCES = new Set(["cpu", "memory", "ephemeral-storage", "storage"]);

function classOf(spec: unknown): string | undefined {
  const c = isRecord(spec) ? spec.storageClassName : undefined;
  return typeof c === "string" && c !== "" ? c : undefined;
}

/** Per-replica volumes of a pod template and, for a StatefulSet, its claim templates. */
function volumesOf(w: Workload): VolumeDemand[] {
  const out: VolumeDemand[] = [];
  if (w.kind === "StatefulSet") {
    const templates = (w.object.raw.spec as { volumeClaimTemplates?: unknown } | undefined)?.volumeClaimTemplates;
    if (Array.isArray(templates)) {
      for (const t of templates) {
        const spec = isRecord(t) ? t.spec : undefined;
        const bytes = storageOf(spec);
        if (bytes > 0) out.push({ bytes, storageClass: classOf(spec), source: "template" });
      }
    }
  }
  const podSpec = valueAt(w.object.raw, splitPointer(w.podSpecPointer));
  const volumes = isRecord(podSpec) && Array.isArray(podSpec.volumes) ? podSpec.volumes : [];
  for (const v of volumes) {
    const eph = isRecord(v) && isRecord(v.ephemeral) && isRecord(v.ephemeral.volumeClaimTemplate) ? v.ephemeral.volumeClaimTemplate.spec : undefined;
    const bytes = storageOf(eph);
    if (bytes > 0) out.push({ bytes, storageClass: classOf(eph), source: "ephemeral" });
  }
  return out;
}

/** Extended resources the containers request (or limit), other than GPUs: what the estimate cannot price. */
function unpricedOf(w: Workload): string[] {
  const names = new Set<string>();
  for (const c of w.all) {
    for (const r of [...Object.keys(c.requests), ...Object.keys(c.limits)]) {
      if (!CORE_RESOURCES.has(r) && r !== GPU_RESOURCE && !r.startsWith("hugepages-")) names.add(r);
    }
  }
  return [...names].sort().map((r) => `${r}: ${effectivePodValue(w, r as ResourceName, (c, x) => containerRequest(c, x)).value}`);
}

function storageOf(spec: unknown): number {
  const req = isRecord(spec) && isRecord(spec.resources) && isRecord(spec.resources.requests) ? spec.resources.requests.storage : undefined;
  const q = parseQuantity(req);
  return q.ok && q.value > 0 ? q.value : 0;
}

export function computeDemand(run: Run, cost: CostConfig): Demand {
  const hpas = hpaTargets(run);
  const workloads: WorkloadDemand[] = [];
  const daemonSets: WorkloadDemand[] = [];
  const batch: WorkloadDemand[] = [];
  const defaultedAll: string[] = [];
  const invalid: string[] = [];
  for (const w of run.workloads) {
    const o = w.object;
    const namespace = run.namespaceOf(o) ?? UNSET_NAMESPACE;
    const name = o.metadata.name ?? o.metadata.generateName ?? "(unnamed)";
    const lr = limitRangeDefaults(run, namespace);
    const defaulted: string[] = [];
    const seen = new Set<string>(); // a Set, not defaulted.includes: 40,000 containers were quadratic
    const pick = (c: Container, r: ResourceName): number | undefined => {
      const v = containerRequest(c, r, lr);
      if (v !== undefined) return v;
      if (r === "ephemeral-storage") return undefined;
      if (!seen.has(c.name)) {
        seen.add(c.name);
        defaulted.push(c.name);
      }
      return r === "cpu" ? cost.defaultRequests.cpu : cost.defaultRequests.memory;
    };
    const cpu = effectivePodValue(w, "cpu", pick).value;
    const memory = effectivePodValue(w, "memory", pick).value;
    for (const c of w.all) {
      for (const bad of c.invalid) {
        if (bad.field !== "requests" || (bad.resource !== "cpu" && bad.resource !== "memory")) continue;
        const r = bad.resource;
        const used = c.limits[r] !== undefined ? `its limit ${c.limits[r]!.text}` :
          lr?.defaultRequest[r] !== undefined || lr?.default[r] !== undefined ? "the LimitRange default" :
          `the default ${r === "cpu" ? formatCpu(cost.defaultRequests.cpu) : formatMemory(cost.defaultRequests.memory)} (cost.defaultRequests)`;
        invalid.push(`${describeWorkload({ kind: o.kind, namespace, name })} container ${c.name}: requests.${r} "${bad.text}" is not a valid quantity (${bad.reason}; see resources/invalid-quantity); the estimate used ${used}`);
      }
    }
    const gpu = effectivePodValue(w, GPU_RESOURCE as ResourceName, (c, r) => containerRequest(c, r)).value;
    const unpriced = unpricedOf(w);
    const hpa = hpas.size === 0 ? undefined : hpas.get(`${namespace ?? ""}/${o.kind}/${name}`);
    const range = hpa ? hpaRange(hpa) : undefined;
    const replicas = w.kind === "DaemonSet" ? 0 : range?.min ?? w.replicas ?? 1;
    const volumes = volumesOf(w);
    const storage = volumes.reduce((s, v) => s + v.bytes, 0);
    const d: Mutable<WorkloadDemand> = {
      key: o.key, workload: w, kind: o.kind, namespace, name, replicas, cpu, memory, storage, volumes, gpu, unpriced, defaulted,
    };
    if (range) d.replicasMax = range.max;
    if (hpa) d.hpa = hpa;
    if (defaulted.length > 0) defaultedAll.push(`${describeWorkload(d)} (${defaulted.join(", ")})`);
    if (w.schedule === "batch") batch.push(d);
    else if (w.kind === "DaemonSet") daemonSets.push(d);
    else workloads.push(d);
  }

  const claims: StorageClaim[] = [];
  for (const pvc of run.byKind("PersistentVolumeClaim")) {
    const bytes = storageOf(pvc.raw.spec);
    if (bytes > 0) {
      claims.push({ object: pvc, namespace: run.namespaceOf(pvc), name: pvc.metadata.name ?? "(unnamed)", bytes, storageClass: classOf(pvc.raw.spec) });
    }
  }
  const loadBalancers: LoadBalancerDemand[] = [];
  for (const svc of run.byKind("Service")) {
    if ((svc.raw.spec as { type?: unknown } | undefined)?.type === "LoadBalancer") {
      loadBalancers.push({ object: svc, namespace: run.namespaceOf(svc), name: svc.metadata.name ?? "(unnamed)" });
    }
  }

  const assumptions: string[] = [];
  if (defaultedAll.length > 0) {
    assumptions.push(
      `Containers without a CPU or memory request (and no LimitRange default) are counted at ${formatCpu(cost.defaultRequests.cpu)} CPU / ` +
      `${formatMemory(cost.defaultRequests.memory)} (cost.defaultRequests): ${defaultedAll.join("; ")}.`);
  }
  if (invalid.length > 0) assumptions.push(...invalid.map((t) => `${t}.`));
  const scaled = workloads.filter((d) => d.replicasMax !== undefined);
  if (scaled.length > 0) {
    assumptions.push(`Workloads scaled by a HorizontalPodAutoscaler are estimated at minReplicas; the "at max" figure uses maxReplicas: ${scaled.map((d) => `${describeWorkload(d)} ${d.replicas}–${d.replicasMax}`).join(", ")}.`);
  }
  if (daemonSets.length > 0) {
    assumptions.push(`DaemonSets run one pod on every node (node selectors and tolerations are not evaluated): ${daemonSets.map(describeWorkload).join(", ")}.`);
  }
  if (batch.length > 0) {
    assumptions.push(`Jobs and CronJobs are not always on: each is packed in its own pass onto the cheapest node type that fits one run (parallelism pods) and listed with what one hour of a run costs, not in the monthly total (${batch.map(describeWorkload).join(", ")}).`);
  }
  return { workloads, daemonSets, batch, claims, loadBalancers, assumptions };
}
