/**
 * What the manifests ask a cluster for: always-on pods (replicas × effective pod requests, HPA
 * ranges), per-node DaemonSet pods, storage claims, load balancers, and run-to-completion work kept
 * apart. Pure; every default it fills in becomes an assumption sentence.
 */
import { isRecord, type K8sObject, type Mutable } from "../core/types.js";
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
  /** Storage claimed by the workload (StatefulSet volumeClaimTemplates × replicas), bytes. */
  readonly storage: number;
  /** Containers that had no request and got the configured default. */
  readonly defaulted: readonly string[];
}

export interface StorageClaim {
  readonly object: K8sObject;
  readonly namespace: string | undefined;
  readonly name: string;
  readonly bytes: number;
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
    const hpa = hpas.size === 0 ? undefined : hpas.get(`${namespace ?? ""}/${o.kind}/${name}`);
    const range = hpa ? hpaRange(hpa) : undefined;
    const replicas = w.kind === "DaemonSet" ? 0 : range?.min ?? w.replicas ?? 1;
    let storage = 0;
    if (w.kind === "StatefulSet") {
      const templates = (o.raw.spec as { volumeClaimTemplates?: unknown } | undefined)?.volumeClaimTemplates;
      if (Array.isArray(templates)) for (const t of templates) storage += storageOf(isRecord(t) ? t.spec : undefined);
    }
    const d: Mutable<WorkloadDemand> = { key: o.key, workload: w, kind: o.kind, namespace, name, replicas, cpu, memory, storage, defaulted };
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
    if (bytes > 0) claims.push({ object: pvc, namespace: run.namespaceOf(pvc), name: pvc.metadata.name ?? "(unnamed)", bytes });
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
  const scaled = workloads.filter((d) => d.replicasMax !== undefined);
  if (scaled.length > 0) {
    assumptions.push(`Workloads scaled by a HorizontalPodAutoscaler are estimated at minReplicas; the "at max" figure uses maxReplicas: ${scaled.map((d) => `${describeWorkload(d)} ${d.replicas}–${d.replicasMax}`).join(", ")}.`);
  }
  if (daemonSets.length > 0) {
    assumptions.push(`DaemonSets run one pod on every node (node selectors and tolerations are not evaluated): ${daemonSets.map(describeWorkload).join(", ")}.`);
  }
  if (batch.length > 0) {
    assumptions.push(`Jobs and CronJobs are not always on: they are listed with what one hour of a run costs, not in the monthly total (${batch.map(describeWorkload).join(", ")}).`);
  }
  return { workloads, daemonSets, batch, claims, loadBalancers, assumptions };
}
