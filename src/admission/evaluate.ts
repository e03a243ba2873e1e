// One admission request through the engine: skip what must not be evaluated, run the rules on the
// object (with oldObject as the base), and turn findings into a decision by mode and severity.
import type { Config, Mode } from "../core/config.js";
import { admissionSettings, type AdmissionSettings } from "../core/config/admission.js";
import { globMatch } from "../core/glob.js";
import { describeObject, isRecord, type Finding, type K8sObject } from "../core/types.js";
import { checkDocuments } from "../engine/check.js";
import { resolveRules, type ResolvedRule } from "../engine/engine.js";
import type { AnyRule } from "../engine/rule.js";
import { makeObject } from "../model/objects.js";
import { Run, type RunContext } from "../model/run.js";
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
}

export interface Evaluator {
  readonly settings: AdmissionSettings;
  evaluate(request: AdmissionRequest): Outcome;
}

const RULE_ERROR = "tollgate/rule-error";

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
  const engine = { annotationSuppressions: settings.annotationExemptions } as const;

  const findingsFor = (value: Record<string, unknown>, index: number, context: RunContext, baseRun?: Run): Finding[] =>
    checkDocuments({ documents: [documentFromValue(value, index)], rules: options.rules, resolved, config, context, engine, ...(baseRun ? { baseRun } : {}) }).findings;

  function evaluate(req: AdmissionRequest): Outcome {
    const skip = skipReason(req, settings);
    if (skip) return { response: { uid: req.uid, allowed: true }, decision: "skip", skipped: skip, denied: [], warned: [], audited: [], errors: [] };

    const object = req.object!;
    const old = oldObjectOf(req);
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
    const errors: InternalError[] = [];
    let findings: Finding[];
    try {
      findings = findingsFor(object, 0, context, old ? new Run([old], context) : undefined);
    } catch (e) {
      errors.push({ message: `the engine failed: ${e instanceof Error ? e.message : String(e)}` });
      findings = [];
    }
    // Most requests: nothing found and nothing failed. The answer the general path below would
    // build, without its lists and messages.
    if (findings.length === 0 && errors.length === 0) {
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

    // new-only: a violation the old object already had does not block this update (fix-forward).
    const preexisting: Finding[] = [];
    if (deny.length > 0 && req.operation === "UPDATE" && settings.update === "new-only" && req.oldObject) {
      let before: Set<string> | undefined;
      try {
        before = new Set(findingsFor(req.oldObject, 1, context).map(identity));
      } catch {
        before = undefined; // cannot tell what is old: everything counts as new
      }
      if (before) {
        for (let i = deny.length - 1; i >= 0; i--) {
          if (before.has(identity(deny[i]!))) preexisting.unshift(...deny.splice(i, 1));
        }
      }
    }

    const failClosed = errors.length > 0 && settings.onError === "deny";
    const warnings = warningList([
      ...warn.filter((f) => f.severity === "error"),
      ...preexisting.map((f) => ({ ...f, message: `(already present, not blocking) ${f.message}` })),
      ...warn.filter((f) => f.severity !== "error"),
    ], failClosed ? [] : errors.map((e) => `tollgate could not evaluate ${e.rule ?? "this object"}; allowed (onError: allow)`));

    const what = describeObject({
      kind: req.kind.kind || String(object.kind ?? "object"),
      ...(req.namespace ? { namespace: req.namespace } : {}),
      ...(nameOf(req) ? { name: nameOf(req)! } : {}),
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
  if (req.subResource) return "subresource";
  if (req.namespace && s.exemptNamespaces.some((p) => globMatch(p, req.namespace))) return "namespace";
  const user = req.userInfo.username;
  if (user !== undefined && s.exemptUsers.some((p) => globMatch(p, user))) return "user";
  const groups = req.userInfo.groups ?? [];
  if (s.exemptGroups.some((p) => groups.some((g) => globMatch(p, g)))) return "group";
  return undefined;
}

function oldObjectOf(req: AdmissionRequest): K8sObject | undefined {
  const o = req.oldObject;
  if (!o || typeof o.kind !== "string" || typeof o.apiVersion !== "string") return undefined;
  return makeObject(o, documentFromValue(o, 1), "");
}

/** Same violation before and after an update: same rule, same container, same place. */
function identity(f: Finding): string {
  return `${f.ruleId}\u0000${f.container ?? ""}\u0000${f.pointer ?? ""}`;
}
