// One admission request through the engine: skip what must not be evaluated, run the rules on the
// object (with oldObject as the base), and turn findings into a decision by mode and severity.
import type { Config, Mode } from "../core/config.js";
import { admissionSettings, type AdmissionSettings } from "../core/config/admission.js";
import { globMatch } from "../core/glob.js";
import { describeObject, isRecord, type Finding, type K8sObject } from "../core/types.js";
import { IGNORE_ANNOTATION } from "../engine/suppress.js";
import { builtinScope } from "../model/kinds.js";
import { Ownership } from "../ownership/model.js";
import { checkDocuments } from "../engine/check.js";
import { resolveRules, type ResolvedRule } from "../engine/engine.js";
import type { AnyRule } from "../engine/rule.js";
import { makeObject } from "../model/objects.js";
import { Run, type RunContext, type UserInfo } from "../model/run.js";
import { documentFromValue } from "../parse/yaml.js";
import type { AdmissionRequest, AdmissionResponse } from "./review.js";
import { denyMessage, warningList } from "./messages.js";

export type Decision = "allow" | "warn" | "deny" | "skip";
export type Action = "deny" | "warn" | "audit";
export type SkipReason = "operation" | "subresource" | "namespace" | "user" | "group";

export interface InternalError {
  /** The failing rule, or undefined when the engine itself threw. */
  readonly rule?: string;
  readonly message: string;
}

export interface Outcome {
  readonly response: AdmissionResponse;
  readonly decision: Decision;
  readonly skipped?: SkipReason;
  readonly denied: readonly string[];
  readonly warned: readonly string[];
  readonly audited: readonly string[];
  readonly errors: readonly InternalError[];
}

export interface EvaluatorOptions {
  readonly rules: readonly AnyRule[];
  readonly config: Config;
  /** The webhook's own namespace: always exempt. */
  readonly ownNamespace?: string;
  /**
   * Cluster state for `*\/scale`: the workload a Scale resizes (a Scale carries only replicas). Without
   * it a scale request is judged by the boundary rules alone.
   */
  readonly workloadOf?: (ref: { apiVersion: string; kind: string; namespace: string; name: string }) => Record<string, unknown> | undefined;
}

export interface Evaluator {
  readonly settings: AdmissionSettings;
  evaluate(request: AdmissionRequest): Outcome;
}

const RULE_ERROR = "tollgate/rule-error";

/** Rule families that judge a workload's replica count: what a `*\/scale` request changes. */
const SCALE_FAMILIES: ReadonlySet<string> = new Set(["cost", "bluegreen"]);

/** Resolves the rules and modes once (throws ConfigInvalid on a bad config); evaluation is then pure CPU. */
export function createEvaluator(options: EvaluatorOptions): Evaluator {
  const { config } = options;
  const settings = admissionSettings(config, options.ownNamespace);
  const resolved: readonly ResolvedRule[] = resolveRules(options.rules, config);
  const modes = new Map<string, Mode>();
  for (const r of resolved) if (r.setting.mode) modes.set(r.rule.id, r.setting.mode);
  const modeOf = (ruleId: string): Mode => modes.get(ruleId) ?? settings.mode;
  const actionOf = (f: Finding): Action => {
    const mode = modeOf(f.ruleId);
    if (mode === "audit" || f.severity === "info") return "audit";
    if (mode === "warn" || f.severity === "warning") return "warn";
    return "deny";
  };
  // Rule sets, resolved once (the engine caches its plan per resolved list).
  const boundaryIds = new Set(options.rules.filter((r) => r.meta.boundary === true).map((r) => r.id));
  const sets = {
    all: { rules: options.rules, resolved },
    boundary: subset((r) => r.meta.boundary === true),
    scale: subset((r) => r.meta.boundary === true || SCALE_FAMILIES.has(r.meta.family)),
  };
  function subset(keep: (r: AnyRule) => boolean): RuleSet {
    return { rules: options.rules.filter(keep), resolved: resolved.filter((r) => keep(r.rule)) };
  }
  const ownership = new Ownership(config.namespaces);
  const mayExempt = (u: UserInfo): boolean => {
    const by = settings.exemptionsBy;
    if (by === undefined) return ownership.isPlatformUser(u) || ownership.isPlatform(ownership.teamsOfUser(u));
    const groups = u.groups ?? [];
    return (u.username !== undefined && by.users.some((p) => globMatch(p, u.username!))) || by.groups.some((p) => groups.some((g) => globMatch(p, g)));
  };
  const honoured = { annotationSuppressions: settings.annotationExemptions } as const;
  const ignored = { annotationSuppressions: "none" } as const;

  const findingsFor = (set: RuleSet, value: Record<string, unknown>, index: number, context: RunContext, exempt: boolean, baseRun?: Run): Finding[] =>
    checkDocuments({
      documents: [documentFromValue(value, index)], rules: set.rules, resolved: set.resolved, config, context,
      engine: exempt ? honoured : ignored, ...(baseRun ? { baseRun } : {}),
    }).findings;

  function evaluate(req: AdmissionRequest): Outcome {
    const skip = skipReason(req, settings);
    if (skip) return { response: { uid: req.uid, allowed: true }, decision: "skip", skipped: skip, denied: [], warned: [], audited: [], errors: [] };

    const subject = subjectOf(req, options.workloadOf);
    if (subject === undefined) {
      // status, exec, attach, binding, eviction...: nothing a rule judges (logged with the subresource)
      return { response: { uid: req.uid, allowed: true }, decision: "skip", skipped: "subresource", denied: [], warned: [], audited: [], errors: [] };
    }
    // Kubernetes' own controllers, nodes and the API server act for objects someone else wrote:
    // only the team boundary is theirs to break.
    const set = isKubernetesItself(req.userInfo) ? sets.boundary : sets[subject.set];
    const { object, old: oldValue } = subject;
    const old = oldObjectOf(oldValue);
    const context: RunContext = {
      origin: "admission",
      admission: {
        operation: req.operation,
        userInfo: req.userInfo,
        ...(req.namespace !== "" ? { namespace: req.namespace } : {}),
        dryRun: req.dryRun,
        ...(old ? { oldObject: old } : {}),
      },
    };
    // Who the requester is matters only when the object carries an ignore annotation (most do not).
    const exempt = settings.annotationExemptions !== "none" && hasIgnoreAnnotation(object) && mayExempt(req.userInfo);
    const errors: InternalError[] = [];
    let findings: Finding[];
    try {
      findings = findingsFor(set, object, 0, context, exempt, old ? new Run([old], context) : undefined);
    } catch (e) {
      errors.push({ message: `the engine failed: ${e instanceof Error ? e.message : String(e)}` });
      findings = [];
    }
    const notHonoured = exempt || settings.annotationExemptions === "none" || set === sets.boundary ? undefined : ignoredAnnotation(object);
    // Most requests: nothing found and nothing failed. The answer the general path below would
    // build, without its lists and messages.
    if (findings.length === 0 && errors.length === 0 && notHonoured === undefined) {
      return { response: { uid: req.uid, allowed: true }, decision: "allow", denied: [], warned: [], audited: [], errors };
    }

    const deny: Finding[] = [];
    const warn: Finding[] = [];
    const audit: Finding[] = [];
    for (const f of findings) {
      if (f.ruleId === RULE_ERROR) {
        errors.push({ rule: /^rule (\S+) failed/.exec(f.message)?.[1] ?? "unknown", message: f.message });
        continue;
      }
      const a = actionOf(f);
      (a === "deny" ? deny : a === "warn" ? warn : audit).push(f);
    }

    // A violation the old object already had does not block this update (fix-forward): always when
    // the update changes nothing a rule reads (finalizers, controller annotations, status,
    // ownerReferences), and for any update under `update: new-only`. Boundary rules are never
    // grandfathered: who may write here is judged against this requester, not the old object.
    const preexisting: Finding[] = [];
    const grandfather = settings.update === "new-only" || subject.set !== "all" || (oldValue !== undefined && judgedEqual(oldValue, object));
    if (deny.some((f) => !boundaryIds.has(f.ruleId)) && req.operation === "UPDATE" && grandfather && oldValue) {
      let before: Set<string> | undefined;
      try {
        before = new Set(findingsFor(set, oldValue, 1, context, exempt).filter((f) => !boundaryIds.has(f.ruleId)).map(identity));
      } catch {
        before = undefined; // cannot tell what is old: everything counts as new
      }
      if (before) {
        for (let i = deny.length - 1; i >= 0; i--) {
          const f = deny[i]!;
          if (!boundaryIds.has(f.ruleId) && before.has(identity(f))) preexisting.unshift(...deny.splice(i, 1));
        }
      }
    }

    const failClosed = errors.length > 0 && settings.onError === "deny";
    const warnings = warningList([
      ...warn.filter((f) => f.severity === "error"),
      ...preexisting.map((f) => ({ ...f, message: `(already present, not blocking) ${f.message}` })),
      ...warn.filter((f) => f.severity !== "error"),
    ], [
      ...(notHonoured ? [notHonoured] : []),
      ...(failClosed ? [] : errors.map((e) => `tollgate could not evaluate ${e.rule ?? "this object"}; allowed (onError: allow)`)),
    ]);

    const kind = subject.kind;
    const name = nameOf(req);
    const what = describeObject({
      kind,
      // cluster-scoped objects have no namespace (the API server sends a Namespace's own name there)
      ...(req.namespace && builtinScope(kind) !== "Cluster" ? { namespace: req.namespace } : {}),
      ...(name ? { name } : {}),
    });
    let response: AdmissionResponse;
    if (deny.length > 0 || failClosed) {
      const message = denyMessage(what, deny, failClosed ? errors.map((e) => e.message) : []);
      response = {
        uid: req.uid,
        allowed: false,
        status: deny.length > 0 ? { code: 403, reason: "Forbidden", message } : { code: 500, reason: "InternalError", message },
        ...(warnings.length > 0 ? { warnings } : {}),
      };
    } else {
      response = { uid: req.uid, allowed: true, ...(warnings.length > 0 ? { warnings } : {}) };
    }
    return {
      response,
      decision: response.allowed ? (warnings.length > 0 ? "warn" : "allow") : "deny",
      denied: deny.map((f) => f.ruleId),
      warned: [...warn, ...preexisting].map((f) => f.ruleId),
      audited: audit.map((f) => f.ruleId),
      errors,
    };
  }

  return { settings, evaluate };
}

interface RuleSet {
  readonly rules: readonly AnyRule[];
  readonly resolved: readonly ResolvedRule[];
}

/** What one request puts before the rules, and which rules judge it. */
interface Subject {
  readonly object: Record<string, unknown>;
  readonly old: Record<string, unknown> | undefined;
  readonly kind: string;
  readonly set: "all" | "boundary" | "scale";
}

/** Kinds whose `/scale` subresource a Scale resizes, by resource name. */
const SCALABLE: Readonly<Record<string, string>> = {
  deployments: "Deployment",
  statefulsets: "StatefulSet",
  replicasets: "ReplicaSet",
  replicationcontrollers: "ReplicationController",
};

/**
 * The object to judge. A plain write: the object itself. `pods/ephemeralcontainers`: the Pod with its
 * new debug containers, judged by the boundary rules (an ephemeral container runs in someone's pod;
 * the API server forbids resources on it, so resource rules have nothing to say). `<workload>/scale`:
 * the workload resized to the Scale's replicas when cluster state provides it (boundary, cost and
 * capacity rules), else a stub of the workload for the boundary rules. Other subresources: undefined.
 */
function subjectOf(req: AdmissionRequest, workloadOf: EvaluatorOptions["workloadOf"]): Subject | undefined {
  const object = req.object!;
  const old = req.oldObject ?? undefined;
  if (!req.subResource) return { object, old, kind: req.kind.kind || String(object.kind ?? "object"), set: "all" };
  if (req.subResource === "ephemeralcontainers" && req.resource.resource === "pods" && object.kind === "Pod") {
    return { object, old, kind: "Pod", set: "boundary" };
  }
  const kind = SCALABLE[req.resource.resource];
  if (req.subResource === "scale" && kind !== undefined) {
    const apiVersion = req.resource.group ? `${req.resource.group}/${req.resource.version}` : req.resource.version;
    const name = nameOf(req) ?? "";
    const replicas = replicasOf(object);
    const oldReplicas = old ? replicasOf(old) : undefined;
    const workload = workloadOf?.({ apiVersion, kind, namespace: req.namespace, name });
    if (workload && replicas !== undefined) {
      return {
        object: withReplicas(workload, replicas),
        old: oldReplicas !== undefined ? withReplicas(workload, oldReplicas) : undefined,
        kind,
        set: "scale",
      };
    }
    const stub = { apiVersion, kind, metadata: { name, ...(req.namespace ? { namespace: req.namespace } : {}) }, spec: replicas !== undefined ? { replicas } : {} };
    return { object: stub, old: undefined, kind, set: "boundary" };
  }
  return undefined;
}

function replicasOf(scale: Record<string, unknown>): number | undefined {
  const r = isRecord(scale.spec) ? scale.spec.replicas : undefined;
  return typeof r === "number" && Number.isInteger(r) && r >= 0 ? r : undefined;
}

function withReplicas(workload: Record<string, unknown>, replicas: number): Record<string, unknown> {
  return { ...workload, spec: { ...(isRecord(workload.spec) ? workload.spec : {}), replicas } };
}

/** Requests Kubernetes makes itself: kube-system's controllers, kubelets and the API server. */
export function isKubernetesItself(u: UserInfo): boolean {
  const name = u.username ?? "";
  return (
    name.startsWith("system:serviceaccount:kube-system:") ||
    name.startsWith("system:node:") ||
    name === "system:apiserver" ||
    name === "system:kube-controller-manager" ||
    name === "system:kube-scheduler" ||
    (u.groups ?? []).includes("system:nodes")
  );
}

function hasIgnoreAnnotation(object: Record<string, unknown>): boolean {
  const md = object.metadata;
  return isRecord(md) && isRecord(md.annotations) && md.annotations[IGNORE_ANNOTATION] !== undefined;
}

/** The warning for a `tollgate.dev/ignore` annotation this requester may not use, naming its entries. */
function ignoredAnnotation(object: Record<string, unknown>): string | undefined {
  const md = isRecord(object.metadata) ? object.metadata : undefined;
  const value = md && isRecord(md.annotations) ? md.annotations[IGNORE_ANNOTATION] : undefined;
  if (typeof value !== "string") return undefined;
  const entries = value.split(",").map((e) => e.trim()).filter((e) => e !== "");
  if (entries.length === 0) return undefined;
  const shown = entries.slice(0, 10).join(", ") + (entries.length > 10 ? `, …and ${entries.length - 10} more` : "");
  return `${IGNORE_ANNOTATION} not honoured (admission.exemptionsBy): ${shown}`;
}

/** Metadata a rule never reads: what controllers, the API server and `kubectl rollout restart` change. */
const UNJUDGED_METADATA = new Set(["annotations", "finalizers", "ownerReferences", "managedFields", "resourceVersion", "generation", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink"]);
const RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

/** Whether two versions of an object differ only where no rule looks (status, controller metadata). */
function judgedEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return deepEqual(judged(a), judged(b));
}

function judged(o: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === "status") continue;
    if (k === "metadata" && isRecord(v)) {
      const md: Record<string, unknown> = {};
      for (const [mk, mv] of Object.entries(v)) if (!UNJUDGED_METADATA.has(mk)) md[mk] = mv;
      // tollgate's own annotations change what is judged
      const ann = isRecord(v.annotations) ? Object.entries(v.annotations).filter(([ak]) => ak.startsWith("tollgate.dev/")) : [];
      if (ann.length > 0) md.annotations = Object.fromEntries(ann);
      out[k] = md;
    } else if (k === "spec" && isRecord(v)) {
      out[k] = withoutRestartedAt(v);
    } else out[k] = v;
  }
  return out;
}

/** spec with the pod template's `restartedAt` annotation (Deployment/StatefulSet/DaemonSet, CronJob) removed. */
function withoutRestartedAt(spec: Record<string, unknown>): Record<string, unknown> {
  const strip = (template: unknown): unknown => {
    if (!isRecord(template) || !isRecord(template.metadata) || !isRecord(template.metadata.annotations)) return template;
    if (!(RESTARTED_AT in template.metadata.annotations)) return template;
    const { [RESTARTED_AT]: _gone, ...annotations } = template.metadata.annotations;
    const { annotations: _all, ...metadata } = template.metadata;
    return { ...template, metadata: Object.keys(annotations).length > 0 ? { ...metadata, annotations } : metadata };
  };
  let out = spec;
  if (isRecord(spec.template)) out = { ...out, template: strip(spec.template) };
  if (isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec) && isRecord(spec.jobTemplate.spec.template)) {
    out = { ...out, jobTemplate: { ...spec.jobTemplate, spec: { ...spec.jobTemplate.spec, template: strip(spec.jobTemplate.spec.template) } } };
  }
  return out;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (!isRecord(a) || !isRecord(b) || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

export function nameOf(req: AdmissionRequest): string | undefined {
  if (req.name) return req.name;
  const md = req.object?.metadata;
  if (isRecord(md)) {
    if (typeof md.name === "string" && md.name) return md.name;
    if (typeof md.generateName === "string" && md.generateName) return md.generateName;
  }
  return undefined;
}

function skipReason(req: AdmissionRequest, s: AdmissionSettings): SkipReason | undefined {
  if (req.operation !== "CREATE" && req.operation !== "UPDATE") return "operation";
  if (req.subResource && req.object === null) return "subresource";
  if (req.namespace && s.exemptNamespaces.some((p) => globMatch(p, req.namespace))) return "namespace";
  const user = req.userInfo.username;
  if (user !== undefined && s.exemptUsers.some((p) => globMatch(p, user))) return "user";
  const groups = req.userInfo.groups ?? [];
  if (s.exemptGroups.some((p) => groups.some((g) => globMatch(p, g)))) return "group";
  return undefined;
}

function oldObjectOf(o: Record<string, unknown> | undefined): K8sObject | undefined {
  if (!o || typeof o.kind !== "string" || typeof o.apiVersion !== "string") return undefined;
  return makeObject(o, documentFromValue(o, 1), "");
}

/**
 * Same violation before and after an update: same rule, same container *name*, same field within it
 * (not the container's index: swapping two containers does not make an old violation new).
 */
function identity(f: Finding): string {
  const pointer = f.pointer ?? "";
  const field = f.container !== undefined ? pointer.replace(/^.*\/(containers|initContainers|ephemeralContainers)\/\d+/, "/$1/*") : pointer;
  return `${f.ruleId}\u0000${f.container ?? ""}\u0000${field}`;
}
