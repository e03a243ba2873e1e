// Runs every enabled rule on the subjects it targets and turns reports into located findings.
// Severity, options, positions, message text and suppressions are decided here, not in rules.
import type { Ajv, ValidateFunction } from "ajv";
import { newAjv } from "../core/ajv.js";
import { ConfigInvalid, humanErrors, type Config, type RuleSetting } from "../core/config.js";
import { describeObject, joinPointer, refOf, type Finding, type K8sObject, type Severity } from "../core/types.js";
import type { Run } from "../model/run.js";
import type { Container } from "../model/workload.js";
import { docsUrl, formatMessage, type AnyRule, type Report, type Rule, type RuleContext } from "./rule.js";
import {
  annotationSuppressions, exemptionMatches, ignorePointer, suppressionMatches, type AnnotationSuppression,
} from "./suppress.js";

export interface EngineOptions {
  /** Config exemptions (`--no-exemptions` turns them off). */
  readonly exemptions?: boolean;
  /** Which annotation suppressions count: all, all but boundary rules (the webhook default), or none. */
  readonly annotationSuppressions?: "all" | "non-boundary" | "none";
}

/** A finding that no rule's check produced (a parse or render problem), with its object when it has one. */
export interface SourceFinding {
  readonly finding: Finding;
  readonly object?: K8sObject;
}

export interface ResolvedRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
  readonly setting: RuleSetting;
}

export interface EngineResult {
  readonly findings: Finding[];
  readonly suppressed: number;
}

let optionsAjv: Ajv | undefined; // created when a config sets options no precompiled validator covers
/** Options validators the build precompiled (dist/validators.js), by the JSON of the options schema. */
const precompiledOptions = new Map<string, ValidateFunction>();
export const OPTIONS_AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: false } as const;

export function usePrecompiledOptionsValidators(v: Readonly<Record<string, ValidateFunction>>): void {
  for (const [schema, fn] of Object.entries(v)) precompiledOptions.set(schema, fn);
}

/** Applies config to the registry: which rules run, at what severity, with which options. */
export function resolveRules(rules: readonly AnyRule[], config: Config): ResolvedRule[] {
  const out: ResolvedRule[] = [];
  const problems: { field: string; message: string; pointer: string }[] = [];
  const ids = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(config.rules)) {
    if (!ids.has(id) && !(id.endsWith("/*") && rules.some((r) => r.id.startsWith(id.slice(0, -1))))) {
      problems.push({ field: `rules.${id}`, message: `no rule "${id}" (run \`tollgate rules\` for the list)`, pointer: joinPointer("", "rules", id) });
    }
  }
  for (const rule of rules) {
    const setting: RuleSetting = { ...config.rules[`${rule.meta.family}/*`], ...config.rules[rule.id] };
    const enabled = setting.enabled ?? (setting.severity !== undefined ? true : !rule.meta.optIn);
    const options = { ...rule.meta.defaultOptions, ...setting.options };
    if (rule.meta.optionsSchema && setting.options) {
      const validate = precompiledOptions.get(JSON.stringify(rule.meta.optionsSchema)) ?? (optionsAjv ??= newAjv(OPTIONS_AJV_OPTIONS)).compile(rule.meta.optionsSchema);
      if (!validate(options)) {
        for (const e of humanErrors(validate.errors ?? [])) {
          // Rule ids hold a "/", so the pointer into the config is built from parts, not from the field.
          problems.push({ field: `rules.${rule.id}.options${e.field === "(top level)" ? "" : "." + e.field}`, message: e.message, pointer: joinPointer("", "rules", rule.id, "options", ...(e.field === "(top level)" ? [] : e.field.split("."))) });
        }
      }
    }
    if (enabled) out.push({ rule, severity: setting.severity ?? rule.meta.severity, options, setting });
  }
  if (problems.length > 0) {
    throw new ConfigInvalid(
      config.source?.file ?? ".tollgate.yaml",
      problems.map(({ pointer, ...p }) => {
        const pos = config.source?.locate(pointer);
        return { ...p, ...(pos ? { line: pos.line, column: pos.column } : {}) };
      }),
    );
  }
  return out;
}

/**
 * Every rule over the run, then suppressions and exemptions. `sourceFindings` (parse and render
 * problems, duplicate objects: found before any rule runs) go through the same suppressions, so a
 * config exemption or an object's tollgate.dev/ignore hides them as it hides a rule's finding.
 */
export function runRules(run: Run, resolved: readonly ResolvedRule[], config: Config, options: EngineOptions = {}, sourceFindings: readonly SourceFinding[] = []): EngineResult {
  const raw: { finding: Finding; object?: K8sObject; boundary: boolean }[] = sourceFindings.map((s) => ({ ...s, boundary: false }));

  const emit = (r: ResolvedRule, report: Report, subjectObject: K8sObject | undefined, subjectContainer: Container | undefined) => {
    const object = report.object ?? subjectObject;
    const template = r.rule.meta.messages[report.messageId];
    if (template === undefined) throw new Error(`rule ${r.rule.id} reported unknown messageId "${report.messageId}"`);
    const containerName = report.container ?? subjectContainer?.name;
    const rel = report.at ?? subjectContainer?.pointer() ?? "";
    const pointer = object ? object.basePointer + rel : rel;
    const pos = object?.source.locate(pointer);
    const finding: Finding = {
      ruleId: r.rule.id,
      severity: report.severity ?? r.severity,
      message: formatMessage(template, { container: containerName, ...report.data }),
      ...(pos?.file !== undefined ? { file: pos.file } : object?.source.file !== undefined ? { file: object.source.file } : {}),
      ...(pos ? { line: pos.line, column: pos.column, ...(pos.endLine ? { endLine: pos.endLine } : {}) } : {}),
      ...(object ? { object: refOf(object) } : {}),
      ...(containerName !== undefined ? { container: containerName } : {}),
      pointer,
      remediation: r.rule.meta.remediation,
      docs: docsUrl(r.rule.id),
    };
    raw.push({ finding, ...(object ? { object } : {}), boundary: r.rule.meta.boundary === true });
  };

  // One context for the whole run, pointed at the rule and subject being checked: at admission a
  // request runs ~60 rule invocations, and a context and closure each were the engine's largest
  // source of garbage. Rules are synchronous (rule.ts), so report() always belongs to the current one.
  let currentRule: ResolvedRule | undefined;
  let currentObject: K8sObject | undefined;
  let currentContainer: Container | undefined;
  const ctx: { run: Run; config: Config; options: Readonly<Record<string, unknown>>; report: (rep: Report) => void } = {
    run, config, options: {},
    report: (rep) => {
      if (currentRule === undefined) throw new Error("a rule reported after its check returned; rules must be synchronous");
      emit(currentRule, rep, currentObject, currentContainer);
    },
  };
  const invoke = (r: ResolvedRule, object: K8sObject | undefined, container: Container | undefined, subject: unknown) => {
    ctx.options = r.options;
    currentRule = r;
    currentObject = object;
    currentContainer = container;
    try {
      (r.rule as Rule<"object">).check(ctx, subject as never);
    } catch (e) {
      const pos = object?.source.locate(object.basePointer);
      raw.push({
        finding: {
          ruleId: "tollgate/rule-error",
          severity: "error",
          message: `rule ${r.rule.id} failed on ${object ? describeObject(refOf(object)) : "the run"}: ${e instanceof Error ? e.message : String(e)}`,
          ...(object?.source.file !== undefined ? { file: object.source.file } : {}),
          ...(pos ? { line: pos.line, column: pos.column } : {}),
          ...(object ? { object: refOf(object) } : {}),
          remediation: "This is a bug in the rule; please report it with the manifest that triggers it.",
        },
        boundary: false,
      });
    } finally {
      currentRule = undefined;
    }
  };

  const plan = planOf(resolved);
  for (const object of run.objects) {
    const rules = plan.forKind(object.kind);
    for (const r of rules.object) invoke(r, object, undefined, object);
    const w = run.workloadOf(object);
    if (!w) continue;
    for (const r of rules.workload) invoke(r, object, undefined, w);
    for (const c of w.all) {
      for (const r of rules.container) invoke(r, object, c, c);
    }
  }
  for (const r of plan.run) invoke(r, undefined, undefined, run);

  return applySuppressions(run, raw, config, options);
}

interface KindRules {
  readonly object: readonly ResolvedRule[];
  readonly workload: readonly ResolvedRule[];
  readonly container: readonly ResolvedRule[];
}

interface Plan {
  readonly run: readonly ResolvedRule[];
  forKind(kind: string): KindRules;
}

// Which resolved rules apply to which kind, worked out once per resolved list: the webhook resolves
// once at start-up and then asks for the same few kinds on every request.
const plans = new WeakMap<readonly ResolvedRule[], Plan>();

function planOf(resolved: readonly ResolvedRule[]): Plan {
  let plan = plans.get(resolved);
  if (plan) return plan;
  const byKind = new Map<string, KindRules>();
  const pick = (target: string, kind: string) =>
    resolved.filter((r) => r.rule.target === target && (!r.rule.kinds || r.rule.kinds.includes(kind)));
  plan = {
    run: resolved.filter((r) => r.rule.target === "run"),
    forKind(kind) {
      let k = byKind.get(kind);
      if (k === undefined) {
        k = { object: pick("object", kind), workload: pick("workload", kind), container: pick("container", kind) };
        // Kinds come from user input (CRDs, typos): keep the cache bounded.
        if (byKind.size >= 512) byKind.clear();
        byKind.set(kind, k);
      }
      return k;
    },
  };
  plans.set(resolved, plan);
  return plan;
}

function applySuppressions(
  run: Run,
  raw: { finding: Finding; object?: K8sObject; boundary: boolean }[],
  config: Config,
  options: EngineOptions,
): EngineResult {
  const mode = options.annotationSuppressions ?? "all";
  const perObject = new Map<string, AnnotationSuppression[]>();
  const meta: Finding[] = [];
  for (const o of run.objects) {
    const { entries, missingReason } = annotationSuppressions(o);
    if (missingReason) {
      const pos = o.source.locate(ignorePointer(o));
      meta.push({
        ruleId: "tollgate/suppression-without-reason",
        severity: "warning",
        message: `${describeObject(refOf(o))} sets tollgate.dev/ignore without tollgate.dev/ignore-reason, so nothing is suppressed.`,
        ...(o.source.file !== undefined ? { file: o.source.file } : {}),
        ...(pos ? { line: pos.line, column: pos.column } : {}),
        object: refOf(o),
        pointer: ignorePointer(o),
        remediation: "Add the annotation tollgate.dev/ignore-reason saying why these rules do not apply here.",
      });
    }
    if (entries.length > 0 && mode !== "none") perObject.set(o.key, entries);
  }
  const exemptionsOn = options.exemptions !== false;
  const exemptionUsed = new Array<boolean>(config.exemptions.length).fill(false);
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const { finding, object, boundary } of raw) {
    let hidden = false;
    if (object && !(boundary && mode === "non-boundary")) {
      for (const s of perObject.get(object.key) ?? []) {
        if (suppressionMatches(s, finding)) { s.used = true; hidden = true; }
      }
    }
    if (exemptionsOn && finding.ruleId !== "tollgate/rule-error") {
      const ns = object ? run.namespaceOf(object) : finding.object?.namespace;
      config.exemptions.forEach((e, i) => {
        if (exemptionMatches(e, finding, ns)) { exemptionUsed[i] = true; hidden = true; }
      });
    }
    if (hidden) suppressed++;
    else findings.push(finding);
  }
  for (const list of perObject.values()) {
    for (const s of list) {
      if (s.used) continue;
      const o = s.object;
      const pos = o.source.locate(ignorePointer(o));
      meta.push({
        ruleId: "tollgate/unused-suppression",
        severity: "warning",
        message: `${describeObject(refOf(o))} suppresses "${s.entry}", which reported nothing here; remove it so it cannot hide a future problem.`,
        ...(o.source.file !== undefined ? { file: o.source.file } : {}),
        ...(pos ? { line: pos.line, column: pos.column } : {}),
        object: refOf(o),
        pointer: ignorePointer(o),
        remediation: "Remove the entry from tollgate.dev/ignore.",
      });
    }
  }
  if (exemptionsOn && run.context.origin === "files") {
    config.exemptions.forEach((e, i) => {
      if (exemptionUsed[i]) return;
      const pointer = joinPointer("", "exemptions", i);
      const pos = config.source?.locate(pointer);
      meta.push({
        ruleId: "tollgate/unused-exemption",
        severity: "warning",
        message: `exemption #${i + 1} (${e.rules.join(", ")}${e.namespace ? ` in ${e.namespace}` : ""}) matched no finding; remove it or fix its patterns.`,
        ...(config.source?.file !== undefined ? { file: config.source.file } : {}),
        ...(pos ? { line: pos.line, column: pos.column } : {}),
        pointer,
        remediation: "Delete stale exemptions so they cannot hide future problems.",
      });
    });
  }
  return { findings: [...findings, ...meta], suppressed };
}
