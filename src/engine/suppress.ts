// Suppressions: `tollgate.dev/ignore` annotations (with a required reason) and config exemptions.
// Each remembers whether it suppressed anything, so a stale one is reported instead of lingering.
import type { Exemption } from "../core/config.js";
import { globMatch, globProblem } from "../core/glob.js";
import { joinPointer, type Finding, type K8sObject } from "../core/types.js";

export const IGNORE_ANNOTATION = "tollgate.dev/ignore";
export const IGNORE_REASON_ANNOTATION = "tollgate.dev/ignore-reason";

export interface AnnotationSuppression {
  readonly object: K8sObject;
  readonly entry: string;
  readonly rule: string;
  readonly container?: string;
  used: boolean;
}

/** Parses "rule-a, rule-b@container" entries; an entry without a reason annotation is not honoured. */
export function annotationSuppressions(o: K8sObject): { entries: AnnotationSuppression[]; missingReason: boolean } {
  const value = o.metadata.annotations[IGNORE_ANNOTATION];
  if (value === undefined) return { entries: [], missingReason: false };
  const reason = o.metadata.annotations[IGNORE_REASON_ANNOTATION];
  const entries = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((text) => {
      const at = text.lastIndexOf("@");
      const rule = at > 0 ? text.slice(0, at) : text;
      const container = at > 0 ? text.slice(at + 1) : undefined;
      // An over-long pattern matches nothing; the "suppresses nothing" finding says why, without quoting it whole.
      const problem = globProblem(rule) ?? (container !== undefined ? globProblem(container) : undefined);
      const entry = problem ? `${text.slice(0, 60)}…" (${problem}` : text;
      return container !== undefined ? { object: o, entry, rule, container, used: false } : { object: o, entry, rule, used: false };
    });
  const missingReason = reason === undefined || reason.trim() === "";
  return { entries: missingReason ? [] : entries, missingReason };
}

export function ignorePointer(o: K8sObject): string {
  return joinPointer(o.basePointer, "metadata", "annotations", IGNORE_ANNOTATION);
}

export function suppressionMatches(s: { rule: string; container?: string }, f: Finding): boolean {
  if (!globMatch(s.rule, f.ruleId)) return false;
  if (s.container !== undefined && (f.container === undefined || !globMatch(s.container, f.container))) return false;
  return true;
}

export function exemptionMatches(e: Exemption, f: Finding, namespace: string | undefined): boolean {
  if (!e.rules.some((r) => globMatch(r, f.ruleId))) return false;
  if (e.namespace !== undefined && (namespace === undefined || !globMatch(e.namespace, namespace))) return false;
  if (e.kind !== undefined && (f.object === undefined || !globMatch(e.kind, f.object.kind))) return false;
  if (e.name !== undefined && (f.object?.name === undefined || !globMatch(e.name, f.object.name))) return false;
  if (e.container !== undefined && (f.container === undefined || !globMatch(e.container, f.container))) return false;
  if (e.file !== undefined && (f.file === undefined || !globMatch(e.file, f.file))) return false;
  return true;
}
