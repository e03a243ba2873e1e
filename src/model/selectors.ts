// Label selectors (matchLabels + matchExpressions, Service selector maps) and an index of pod
// templates by namespace and label, so matching a Service costs its candidates, not every workload.
import type { PodSourceConfig } from "../core/config/operators.js";
import { isRecord, type K8sObject } from "../core/types.js";
import { stringMap } from "./objects.js";
import { operatorPodLabels } from "./operators.js";
import type { Run } from "./run.js";
import type { Workload } from "./workload.js";

export type SelectorOperator = "In" | "NotIn" | "Exists" | "DoesNotExist";

export interface SelectorRequirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  readonly values: readonly string[];
}

/** A parsed LabelSelector; a Service's selector map is one with only matchLabels. */
export interface LabelSelector {
  readonly matchLabels: Readonly<Record<string, string>>;
  readonly matchExpressions: readonly SelectorRequirement[];
}

const OPERATORS: ReadonlySet<string> = new Set(["In", "NotIn", "Exists", "DoesNotExist"]);

/** A LabelSelector from its raw value; undefined when absent or malformed (unknown operator). */
export function parseLabelSelector(raw: unknown): LabelSelector | undefined {
  if (!isRecord(raw)) return undefined;
  const matchExpressions: SelectorRequirement[] = [];
  if (Array.isArray(raw.matchExpressions)) {
    for (const e of raw.matchExpressions) {
      if (!isRecord(e) || typeof e.key !== "string" || typeof e.operator !== "string" || !OPERATORS.has(e.operator)) return undefined;
      const values = Array.isArray(e.values) ? e.values.filter((v) => v !== null && v !== undefined).map(String) : [];
      matchExpressions.push({ key: e.key, operator: e.operator as SelectorOperator, values });
    }
  }
  return { matchLabels: stringMap(raw.matchLabels), matchExpressions };
}

export function selectorFromMap(map: Readonly<Record<string, string>>): LabelSelector {
  return { matchLabels: map, matchExpressions: [] };
}

export function isEmptySelector(s: LabelSelector): boolean {
  return Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
}

/** Kubernetes semantics: every matchLabels pair and every expression must hold; empty matches everything. */
export function selectorMatches(s: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const e of s.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case "In":
        if (!has || !e.values.includes(labels[e.key]!)) return false;
        break;
      case "NotIn":
        if (has && e.values.includes(labels[e.key]!)) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
    }
  }
  return true;
}

/** "app=web,slot=blue" / "tier in (a,b)" — how messages show a selector. */
export function formatSelector(s: LabelSelector): string {
  const parts = Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions) {
    if (e.operator === "Exists") parts.push(e.key);
    else if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === "In" ? "in" : "notin"} (${e.values.join(",")})`);
  }
  return parts.join(",") || "(everything)";
}

/** A Service's selector map; undefined for ExternalName and selector-less Services (endpoints managed by hand). */
export function serviceSelector(o: K8sObject): Readonly<Record<string, string>> | undefined {
  if (o.kind !== "Service") return undefined;
  const spec = isRecord(o.raw.spec) ? o.raw.spec : {};
  if (spec.type === "ExternalName") return undefined;
  const sel = stringMap(spec.selector);
  return Object.keys(sel).length === 0 ? undefined : sel;
}

/** Where a workload kind keeps its own selector, and whether apps/v1 requires it. */
export interface WorkloadSelector {
  readonly selector: LabelSelector | undefined;
  /** Pointer relative to the object. */
  readonly pointer: string;
  /** The field is present (possibly malformed). */
  readonly present: boolean;
  /** The API server rejects the object without it (apps/v1 controllers). */
  readonly required: boolean;
}

/** A controller's spec.selector; undefined for kinds that have none of their own (Pod, CronJob, a Job without manualSelector). */
export function workloadSelector(w: Workload): WorkloadSelector | undefined {
  const spec = isRecord(w.object.raw.spec) ? w.object.raw.spec : {};
  const present = spec.selector !== undefined && spec.selector !== null;
  switch (w.kind) {
    case "Deployment":
    case "ReplicaSet":
    case "StatefulSet":
    case "DaemonSet":
      return {
        selector: parseLabelSelector(spec.selector),
        pointer: "/spec/selector",
        present,
        required: w.object.apiVersion === "apps/v1",
      };
    case "ReplicationController":
    case "DeploymentConfig":
      // A map; when unset it defaults to the template's labels.
      return present ? { selector: selectorFromMap(stringMap(spec.selector)), pointer: "/spec/selector", present, required: false } : undefined;
    case "Job":
      return spec.manualSelector === true && present
        ? { selector: parseLabelSelector(spec.selector), pointer: "/spec/selector", present, required: false }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Something that creates pods with these labels: a workload, a custom resource with a pod
 * template (an Argo Rollout, for instance), or one whose operator keeps the pod labels elsewhere
 * (Prometheus `spec.podMetadata.labels`, the `podSources` config), so a Service in front of a CRD
 * is not "dangling".
 */
export interface PodSource {
  readonly object: K8sObject;
  readonly labels: Readonly<Record<string, string>>;
  readonly workload?: Workload;
}

/** Pod templates of one run by resolved namespace ("" when only `kubectl apply` decides) and by label. */
export class PodIndex {
  private readonly byNs = new Map<string, PodSource[]>();
  private readonly byPair = new Map<string, Map<string, PodSource[]>>();
  private readonly byKey = new Map<string, Map<string, PodSource[]>>();

  constructor(run: Run, configured: readonly PodSourceConfig[] = []) {
    for (const o of run.objects) {
      const w = run.workloadOf(o);
      let source: PodSource | undefined;
      if (w) source = { object: o, labels: w.podLabels, workload: w };
      else if (run.scopeOf(o.kind) !== "Cluster" && !isBuiltinNonWorkload(o)) {
        const operated = operatorPodLabels(o, configured);
        if (operated) source = { object: o, labels: operated };
        const tmpl = isRecord(o.raw.spec) && isRecord(o.raw.spec.template) ? o.raw.spec.template : undefined;
        if (!source && tmpl && isRecord(tmpl.metadata) && isRecord(tmpl.spec)) source = { object: o, labels: stringMap(tmpl.metadata.labels) };
      }
      if (!source) continue;
      const ns = nsKey(run, o);
      push(this.byNs, ns, source);
      const pairs = getOrCreate(this.byPair, ns);
      const keys = getOrCreate(this.byKey, ns);
      for (const [k, v] of Object.entries(source.labels)) {
        push(pairs, `${k}=${v}`, source);
        push(keys, k, source);
      }
    }
  }

  /** Every pod source in a namespace. */
  inNamespace(ns: string | undefined): readonly PodSource[] {
    return this.byNs.get(ns ?? "") ?? [];
  }

  /** Pod sources in `ns` whose template labels match `selector`. */
  matching(ns: string | undefined, selector: LabelSelector): PodSource[] {
    const key = ns ?? "";
    const all = this.byNs.get(key);
    if (!all) return [];
    // The smallest candidate list any single requirement allows, then the full match on those only.
    let best: readonly PodSource[] = all;
    const consider = (list: readonly PodSource[] | undefined) => {
      const l = list ?? [];
      if (l.length < best.length) best = l;
    };
    const pairs = this.byPair.get(key)!;
    const keys = this.byKey.get(key)!;
    for (const [k, v] of Object.entries(selector.matchLabels)) consider(pairs.get(`${k}=${v}`));
    for (const e of selector.matchExpressions) {
      if (e.operator === "Exists") consider(keys.get(e.key));
      else if (e.operator === "In" && e.values.length === 1) consider(pairs.get(`${e.key}=${e.values[0]}`));
    }
    return best.filter((s) => selectorMatches(selector, s.labels));
  }
}

/** The run's pod index, built once per run and `podSources` config. */
export function podIndex(run: Run, configured?: readonly PodSourceConfig[]): PodIndex {
  const key = configured === undefined || configured.length === 0 ? "" : JSON.stringify(configured);
  return run.memo(`selectors/pod-index/${key}`, () => new PodIndex(run, configured));
}

/** Pod sources a Service selects, memoised per run (several rules ask). */
export function serviceTargets(run: Run, service: K8sObject, configured?: readonly PodSourceConfig[]): readonly PodSource[] {
  const key = configured === undefined || configured.length === 0 ? "" : JSON.stringify(configured);
  const cache = run.memo(`selectors/service-targets/${key}`, () => new Map<string, readonly PodSource[]>());
  let hit = cache.get(service.key);
  if (!hit) {
    const sel = serviceSelector(service);
    hit = sel ? podIndex(run, configured).matching(run.namespaceOf(service), selectorFromMap(sel)) : [];
    cache.set(service.key, hit);
  }
  return hit;
}

/** Namespace bucket: objects without a resolvable namespace land together wherever `kubectl apply` puts them. */
export function nsKey(run: Run, o: K8sObject): string {
  return run.namespaceOf(o) ?? "";
}

/** Labels that name the application a pod belongs to, most specific first. */
export const DEFAULT_APP_LABELS: readonly string[] = ["app.kubernetes.io/name", "app"];

export function appIdentity(labels: Readonly<Record<string, string>>, appLabels: readonly string[] = DEFAULT_APP_LABELS): string | undefined {
  for (const k of appLabels) if (labels[k] !== undefined && labels[k] !== "") return labels[k];
  return undefined;
}

// Built-in kinds that are not workloads but may have spec.template (PodTemplate, a Deployment-like
// builtin we do not model); custom resources are anything the builtin lists do not know.
function isBuiltinNonWorkload(o: K8sObject): boolean {
  return o.kind === "PodTemplate" || o.kind === "Service";
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function getOrCreate<K, K2, V>(m: Map<K, Map<K2, V>>, k: K): Map<K2, V> {
  let v = m.get(k);
  if (!v) {
    v = new Map();
    m.set(k, v);
  }
  return v;
}

/** The requirements of `s` that `labels` fail, said plainly: "slot=blue (template has slot=green)". */
export function unmetRequirements(s: LabelSelector, labels: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  const has = (k: string) => Object.prototype.hasOwnProperty.call(labels, k);
  const now = (k: string) => (has(k) ? `${k}=${labels[k]}` : `no ${k}`);
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) out.push(`${k}=${v} (template has ${now(k)})`);
  for (const e of s.matchExpressions) {
    if (selectorMatches({ matchLabels: {}, matchExpressions: [e] }, labels)) continue;
    out.push(`${formatSelector({ matchLabels: {}, matchExpressions: [e] })} (template has ${now(e.key)})`);
  }
  return out;
}
