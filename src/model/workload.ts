// Workloads: the pod template of every workload kind, its containers with parsed resources, and the
// effective pod requests the scheduler uses (init containers, restartable sidecars, overhead).
import { isRecord, joinPointer, splitPointer, valueAt, type K8sObject, type Mutable } from "../core/types.js";
import { isWorkloadKind, POD_SPEC_POINTER, type WorkloadKind } from "./kinds.js";
import { stringMap } from "./objects.js";
import { parseQuantity } from "./quantity.js";

export const RESOURCES = ["cpu", "memory", "ephemeral-storage"] as const;
export type ResourceName = (typeof RESOURCES)[number];

export interface QuantityValue {
  readonly value: number;
  readonly text: string;
  /** Pointer relative to the object. */
  readonly pointer: string;
}

export interface InvalidQuantity {
  readonly resource: string;
  readonly field: "requests" | "limits" | "overhead";
  readonly text: string;
  readonly reason: string;
  readonly pointer: string;
}

export type ResourceMap = Partial<Record<ResourceName, QuantityValue>>;

export interface Container {
  readonly name: string;
  /** app: spec.containers; init: spec.initContainers; sidecar: an init container with restartPolicy Always. */
  readonly role: "app" | "init" | "sidecar";
  readonly index: number;
  readonly image?: string;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly requests: ResourceMap;
  readonly limits: ResourceMap;
  readonly invalid: readonly InvalidQuantity[];
  readonly workload: Workload;
  /** Pointer (relative to the object) of this container or a field inside it. */
  pointer(...tokens: (string | number)[]): string;
}

export interface Workload {
  readonly object: K8sObject;
  readonly kind: WorkloadKind;
  readonly podSpecPointer: string;
  readonly podSpec: Readonly<Record<string, unknown>>;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly podAnnotations: Readonly<Record<string, string>>;
  /** Desired replicas; undefined for a DaemonSet (one per node). Unset replicas default to 1. */
  readonly replicas: number | undefined;
  readonly replicasSet: boolean;
  /** Always-on pods versus run-to-completion (Job, CronJob). */
  readonly schedule: "always" | "batch";
  readonly containers: readonly Container[];
  readonly initContainers: readonly Container[];
  readonly sidecars: readonly Container[];
  /** Every container: spec.initContainers (init and sidecar) in their order, then spec.containers. */
  readonly all: readonly Container[];
  readonly overhead: ResourceMap;
  readonly invalidOverhead: readonly InvalidQuantity[];
}

/**
 * Per kind, the path to the pod template's metadata (the object's own for a Pod) and the field under
 * it that holds the pod spec, split once here rather than for every object.
 */
const TEMPLATE_PATH: Readonly<Record<WorkloadKind, { readonly metadata: readonly string[]; readonly spec: readonly string[] }>> = Object.fromEntries(
  Object.entries(POD_SPEC_POINTER).map(([kind, pointer]) => {
    const spec = splitPointer(pointer);
    return [kind, { spec, metadata: [...spec.slice(0, -1), "metadata"] }];
  }),
) as Record<WorkloadKind, { metadata: string[]; spec: string[] }>;

const JOB_SPEC = ["spec", "jobTemplate", "spec"];

interface Quantities {
  readonly values: ResourceMap;
  readonly invalid: readonly InvalidQuantity[];
}

/** What a missing or non-map `requests`/`limits`/`overhead` gives: shared, never written. */
const NO_QUANTITIES: Quantities = Object.freeze({ values: Object.freeze({}), invalid: Object.freeze([]) });

export function workloadOf(object: K8sObject): Workload | undefined {
  if (!isWorkloadKind(object.kind)) return undefined;
  const podSpecPointer = POD_SPEC_POINTER[object.kind];
  const template = TEMPLATE_PATH[object.kind];
  const podSpec = valueAt(object.raw, template.spec);
  if (!isRecord(podSpec)) return undefined;
  const templateMeta = valueAt(object.raw, template.metadata);
  const spec = isRecord(object.raw.spec) ? object.raw.spec : {};
  let replicas: number | undefined;
  let replicasSet = false;
  switch (object.kind) {
    case "Pod":
      replicas = 1;
      break;
    case "DaemonSet":
      replicas = undefined;
      break;
    case "Job":
      replicasSet = typeof spec.parallelism === "number";
      replicas = replicasSet ? (spec.parallelism as number) : 1;
      break;
    case "CronJob": {
      const jobSpec = valueAt(object.raw, JOB_SPEC);
      replicasSet = isRecord(jobSpec) && typeof jobSpec.parallelism === "number";
      replicas = replicasSet ? ((jobSpec as Record<string, unknown>).parallelism as number) : 1;
      break;
    }
    default:
      replicasSet = typeof spec.replicas === "number";
      replicas = replicasSet ? (spec.replicas as number) : 1;
  }
  const overheadPointer = joinPointer(podSpecPointer, "overhead");
  const overhead = parseResources(podSpec.overhead, overheadPointer, "overhead");
  const workload = {
    object,
    kind: object.kind,
    podSpecPointer,
    podSpec,
    podLabels: stringMap(isRecord(templateMeta) ? templateMeta.labels : undefined),
    podAnnotations: stringMap(isRecord(templateMeta) ? templateMeta.annotations : undefined),
    replicas,
    replicasSet,
    schedule: object.kind === "Job" || object.kind === "CronJob" ? "batch" : "always",
    overhead: overhead.values,
    invalidOverhead: overhead.invalid,
  } as Omit<Workload, "containers" | "initContainers" | "sidecars" | "all"> as Workload & {
    containers: Container[]; initContainers: Container[]; sidecars: Container[]; all: Container[];
  };
  workload.containers = [];
  workload.initContainers = [];
  workload.sidecars = [];
  workload.all = [];
  const add = (list: unknown, field: "containers" | "initContainers") => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      if (!isRecord(raw)) return;
      const base = joinPointer(podSpecPointer, field, index);
      const role = field === "containers" ? "app" : raw.restartPolicy === "Always" ? "sidecar" : "init";
      const res = isRecord(raw.resources) ? raw.resources : {};
      const requests = parseResources(res.requests, joinPointer(base, "resources", "requests"), "requests");
      const limits = parseResources(res.limits, joinPointer(base, "resources", "limits"), "limits");
      const c: Mutable<Container> = {
        name: typeof raw.name === "string" ? raw.name : `#${index}`,
        role,
        index,
        raw,
        requests: requests.values,
        limits: limits.values,
        invalid: requests.invalid.length + limits.invalid.length === 0 ? [] : [...requests.invalid, ...limits.invalid],
        workload,
        pointer: (...tokens) => joinPointer(base, ...tokens),
      };
      if (typeof raw.image === "string") c.image = raw.image;
      workload.all.push(c);
      if (role === "app") workload.containers.push(c);
      else if (role === "sidecar") workload.sidecars.push(c);
      else workload.initContainers.push(c);
    });
  };
  // Init containers first: sidecar order matters for the effective request.
  add(podSpec.initContainers, "initContainers");
  add(podSpec.containers, "containers");
  return workload;
}

function parseResources(v: unknown, pointer: string, field: InvalidQuantity["field"]): Quantities {
  if (!isRecord(v)) return NO_QUANTITIES;
  const values: Record<string, QuantityValue> = {};
  const invalid: InvalidQuantity[] = [];
  for (const resource of Object.keys(v)) {
    const p = joinPointer(pointer, resource);
    const q = parseQuantity(v[resource]);
    if (!q.ok) invalid.push({ resource, field, text: q.text, reason: q.reason, pointer: p });
    else if (q.value < 0) invalid.push({ resource, field, text: q.text, reason: "it is negative", pointer: p });
    else values[resource] = { value: q.value, text: q.text, pointer: p };
  }
  return { values: values as ResourceMap, invalid };
}

/** Per-container values a LimitRange in the namespace supplies when a container sets none. */
export interface ContainerDefaults {
  readonly defaultRequest: Partial<Record<ResourceName, number>>;
  readonly default: Partial<Record<ResourceName, number>>;
}

/**
 * The request the scheduler sees for one container and resource: explicit request, else the limit
 * (the API server copies limits into unset requests), else a LimitRange defaultRequest, else its
 * default limit, else nothing.
 */
export function containerRequest(c: Container, r: ResourceName, defaults?: ContainerDefaults): number | undefined {
  return c.requests[r]?.value ?? c.limits[r]?.value ?? defaults?.defaultRequest[r] ?? defaults?.default[r];
}

export function containerLimit(c: Container, r: ResourceName, defaults?: ContainerDefaults): number | undefined {
  return c.limits[r]?.value ?? defaults?.default[r];
}

/**
 * Effective pod request = max(largest init step, sum of app containers + restartable sidecars) + overhead,
 * where an init container's step also counts the sidecars started before it (KEP-753, the scheduler's rule).
 * Containers without a value count as 0; `missing` says whether any did.
 */
export function effectivePodValue(
  w: Workload,
  r: ResourceName,
  pick: (c: Container, r: ResourceName) => number | undefined,
): { value: number; missing: boolean } {
  let missing = false;
  const get = (c: Container): number => {
    const v = pick(c, r);
    if (v === undefined) { missing = true; return 0; }
    return v;
  };
  let sidecarSum = 0;
  let initMax = 0;
  // The init steps, in order: `all` lists spec.initContainers first.
  for (const c of w.all) {
    if (c.role === "app") break;
    const v = get(c);
    if (c.role === "sidecar") {
      sidecarSum += v;
      initMax = Math.max(initMax, sidecarSum);
    } else {
      initMax = Math.max(initMax, sidecarSum + v);
    }
  }
  let appSum = sidecarSum;
  for (const c of w.containers) appSum += get(c);
  return { value: Math.max(initMax, appSum) + (w.overhead[r]?.value ?? 0), missing };
}

export function effectivePodRequests(w: Workload, defaults?: ContainerDefaults): Record<ResourceName, { value: number; missing: boolean }> {
  const pick = (c: Container, r: ResourceName) => containerRequest(c, r, defaults);
  return {
    cpu: effectivePodValue(w, "cpu", pick),
    memory: effectivePodValue(w, "memory", pick),
    "ephemeral-storage": effectivePodValue(w, "ephemeral-storage", pick),
  };
}

/** Pod limits; a resource is unbounded (undefined) when any container lacks that limit. */
export function effectivePodLimits(w: Workload, defaults?: ContainerDefaults): Partial<Record<ResourceName, number>> {
  const out: Partial<Record<ResourceName, number>> = {};
  for (const r of RESOURCES) {
    const v = effectivePodValue(w, r, (c) => containerLimit(c, r, defaults));
    if (!v.missing) out[r] = v.value;
  }
  return out;
}
