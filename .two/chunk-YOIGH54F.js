import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  ConfigInvalid,
  RecentAsts,
  decodeText,
  docsUrl,
  formatMessage,
  humanErrors,
  newAjv,
  parseYamlText
} from "./chunk-D7ZPSO3Y.js";
import {
  describeObject,
  globMatch,
  globProblem,
  joinPointer,
  objectsFromDocuments,
  refOf,
  severityRank,
  workloadOf
} from "./chunk-Q5AAYJWF.js";
import {
  builtinScope
} from "./chunk-UEKSHHOG.js";

// src/engine/suppress.ts
var IGNORE_ANNOTATION = "tollgate.dev/ignore";
var IGNORE_REASON_ANNOTATION = "tollgate.dev/ignore-reason";
function annotationSuppressions(o) {
  const value = o.metadata.annotations[IGNORE_ANNOTATION];
  if (value === void 0) return { entries: [], missingReason: false };
  const reason = o.metadata.annotations[IGNORE_REASON_ANNOTATION];
  const entries = value.split(",").map((s) => s.trim()).filter((s) => s !== "").map((text) => {
    const at = text.lastIndexOf("@");
    const rule = at > 0 ? text.slice(0, at) : text;
    const container = at > 0 ? text.slice(at + 1) : void 0;
    const problem = globProblem(rule) ?? (container !== void 0 ? globProblem(container) : void 0);
    const entry = problem ? `${text.slice(0, 60)}\u2026" (${problem}` : text;
    return container !== void 0 ? { object: o, entry, rule, container, used: false } : { object: o, entry, rule, used: false };
  });
  const missingReason = reason === void 0 || reason.trim() === "";
  return { entries: missingReason ? [] : entries, missingReason };
}
function ignorePointer(o) {
  return joinPointer(o.basePointer, "metadata", "annotations", IGNORE_ANNOTATION);
}
function suppressionMatches(s, f) {
  if (!globMatch(s.rule, f.ruleId)) return false;
  if (s.container !== void 0 && (f.container === void 0 || !globMatch(s.container, f.container))) return false;
  return true;
}
function exemptionMatches(e, f, namespace) {
  if (!e.rules.some((r) => globMatch(r, f.ruleId))) return false;
  if (e.namespace !== void 0 && (namespace === void 0 || !globMatch(e.namespace, namespace))) return false;
  if (e.kind !== void 0 && (f.object === void 0 || !globMatch(e.kind, f.object.kind))) return false;
  if (e.name !== void 0 && (f.object?.name === void 0 || !globMatch(e.name, f.object.name))) return false;
  if (e.container !== void 0 && (f.container === void 0 || !globMatch(e.container, f.container))) return false;
  if (e.file !== void 0 && (f.file === void 0 || !globMatch(e.file, f.file))) return false;
  return true;
}

// src/engine/engine.ts
var optionsAjv;
var precompiledOptions = /* @__PURE__ */ new Map();
var OPTIONS_AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: false };
function usePrecompiledOptionsValidators(v) {
  for (const [schema, fn] of Object.entries(v)) precompiledOptions.set(schema, fn);
}
function resolveRules(rules, config) {
  const out = [];
  const problems = [];
  const ids = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(config.rules)) {
    if (!ids.has(id) && !(id.endsWith("/*") && rules.some((r) => r.id.startsWith(id.slice(0, -1))))) {
      problems.push({ field: `rules.${id}`, message: `no rule "${id}" (run \`tollgate rules\` for the list)`, pointer: joinPointer("", "rules", id) });
    }
  }
  for (const rule of rules) {
    const setting = { ...config.rules[`${rule.meta.family}/*`], ...config.rules[rule.id] };
    const enabled = setting.enabled ?? (setting.severity !== void 0 ? true : !rule.meta.optIn);
    const options = { ...rule.meta.defaultOptions, ...setting.options };
    if (rule.meta.optionsSchema && setting.options) {
      const validate = precompiledOptions.get(JSON.stringify(rule.meta.optionsSchema)) ?? (optionsAjv ??= newAjv(OPTIONS_AJV_OPTIONS)).compile(rule.meta.optionsSchema);
      if (!validate(options)) {
        for (const e of humanErrors(validate.errors ?? [])) {
          problems.push({ field: `rules.${rule.id}.options${e.field === "(top level)" ? "" : "." + e.field}`, message: e.message, pointer: joinPointer("", "rules", rule.id, "options", ...e.field === "(top level)" ? [] : e.field.split(".")) });
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
        return { ...p, ...pos ? { line: pos.line, column: pos.column } : {} };
      })
    );
  }
  return out;
}
function runRules(run, resolved, config, options = {}) {
  const raw = [];
  const emit = (r, report, subjectObject, subjectContainer) => {
    const object = report.object ?? subjectObject;
    const template = r.rule.meta.messages[report.messageId];
    if (template === void 0) throw new Error(`rule ${r.rule.id} reported unknown messageId "${report.messageId}"`);
    const containerName = report.container ?? subjectContainer?.name;
    const rel = report.at ?? subjectContainer?.pointer() ?? "";
    const pointer = object ? object.basePointer + rel : rel;
    const pos = object?.source.locate(pointer);
    const finding = {
      ruleId: r.rule.id,
      severity: report.severity ?? r.severity,
      message: formatMessage(template, { container: containerName, ...report.data }),
      ...pos?.file !== void 0 ? { file: pos.file } : object?.source.file !== void 0 ? { file: object.source.file } : {},
      ...pos ? { line: pos.line, column: pos.column, ...pos.endLine ? { endLine: pos.endLine } : {} } : {},
      ...object ? { object: refOf(object) } : {},
      ...containerName !== void 0 ? { container: containerName } : {},
      pointer,
      remediation: r.rule.meta.remediation,
      docs: docsUrl(r.rule.id)
    };
    raw.push({ finding, ...object ? { object } : {}, boundary: r.rule.meta.boundary === true });
  };
  let currentRule;
  let currentObject;
  let currentContainer;
  const ctx = {
    run,
    config,
    options: {},
    report: (rep) => {
      if (currentRule === void 0) throw new Error("a rule reported after its check returned; rules must be synchronous");
      emit(currentRule, rep, currentObject, currentContainer);
    }
  };
  const invoke = (r, object, container, subject) => {
    ctx.options = r.options;
    currentRule = r;
    currentObject = object;
    currentContainer = container;
    try {
      r.rule.check(ctx, subject);
    } catch (e) {
      const pos = object?.source.locate(object.basePointer);
      raw.push({
        finding: {
          ruleId: "tollgate/rule-error",
          severity: "error",
          message: `rule ${r.rule.id} failed on ${object ? describeObject(refOf(object)) : "the run"}: ${e instanceof Error ? e.message : String(e)}`,
          ...object?.source.file !== void 0 ? { file: object.source.file } : {},
          ...pos ? { line: pos.line, column: pos.column } : {},
          ...object ? { object: refOf(object) } : {},
          remediation: "This is a bug in the rule; please report it with the manifest that triggers it."
        },
        boundary: false
      });
    } finally {
      currentRule = void 0;
    }
  };
  const plan = planOf(resolved);
  for (const object of run.objects) {
    const rules = plan.forKind(object.kind);
    for (const r of rules.object) invoke(r, object, void 0, object);
    const w = run.workloadOf(object);
    if (!w) continue;
    for (const r of rules.workload) invoke(r, object, void 0, w);
    for (const c of w.all) {
      for (const r of rules.container) invoke(r, object, c, c);
    }
  }
  for (const r of plan.run) invoke(r, void 0, void 0, run);
  return applySuppressions(run, raw, config, options);
}
var plans = /* @__PURE__ */ new WeakMap();
function planOf(resolved) {
  let plan = plans.get(resolved);
  if (plan) return plan;
  const byKind = /* @__PURE__ */ new Map();
  const pick = (target, kind) => resolved.filter((r) => r.rule.target === target && (!r.rule.kinds || r.rule.kinds.includes(kind)));
  plan = {
    run: resolved.filter((r) => r.rule.target === "run"),
    forKind(kind) {
      let k = byKind.get(kind);
      if (k === void 0) {
        k = { object: pick("object", kind), workload: pick("workload", kind), container: pick("container", kind) };
        if (byKind.size >= 512) byKind.clear();
        byKind.set(kind, k);
      }
      return k;
    }
  };
  plans.set(resolved, plan);
  return plan;
}
function applySuppressions(run, raw, config, options) {
  const mode = options.annotationSuppressions ?? "all";
  const perObject = /* @__PURE__ */ new Map();
  const meta = [];
  for (const o of run.objects) {
    const { entries, missingReason } = annotationSuppressions(o);
    if (missingReason) {
      const pos = o.source.locate(ignorePointer(o));
      meta.push({
        ruleId: "tollgate/suppression-without-reason",
        severity: "warning",
        message: `${describeObject(refOf(o))} sets tollgate.dev/ignore without tollgate.dev/ignore-reason, so nothing is suppressed.`,
        ...o.source.file !== void 0 ? { file: o.source.file } : {},
        ...pos ? { line: pos.line, column: pos.column } : {},
        object: refOf(o),
        pointer: ignorePointer(o),
        remediation: "Add the annotation tollgate.dev/ignore-reason saying why these rules do not apply here."
      });
    }
    if (entries.length > 0 && mode !== "none") perObject.set(o.key, entries);
  }
  const exemptionsOn = options.exemptions !== false;
  const exemptionUsed = new Array(config.exemptions.length).fill(false);
  const findings = [];
  let suppressed = 0;
  for (const { finding, object, boundary } of raw) {
    let hidden = false;
    if (object && !(boundary && mode === "non-boundary")) {
      for (const s of perObject.get(object.key) ?? []) {
        if (suppressionMatches(s, finding)) {
          s.used = true;
          hidden = true;
        }
      }
    }
    if (exemptionsOn && finding.ruleId !== "tollgate/rule-error") {
      const ns = object ? run.namespaceOf(object) : finding.object?.namespace;
      config.exemptions.forEach((e, i) => {
        if (exemptionMatches(e, finding, ns)) {
          exemptionUsed[i] = true;
          hidden = true;
        }
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
        ...o.source.file !== void 0 ? { file: o.source.file } : {},
        ...pos ? { line: pos.line, column: pos.column } : {},
        object: refOf(o),
        pointer: ignorePointer(o),
        remediation: "Remove the entry from tollgate.dev/ignore."
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
        ...config.source?.file !== void 0 ? { file: config.source.file } : {},
        ...pos ? { line: pos.line, column: pos.column } : {},
        pointer,
        remediation: "Delete stale exemptions so they cannot hide future problems."
      });
    });
  }
  return { findings: [...findings, ...meta], suppressed };
}

// src/model/run.ts
var NONE = Object.freeze([]);
var Run = class {
  objects;
  workloads;
  context;
  base;
  kindIndex = /* @__PURE__ */ new Map();
  nsIndex = /* @__PURE__ */ new Map();
  workloadByKey = /* @__PURE__ */ new Map();
  crdScopes = /* @__PURE__ */ new Map();
  memos = /* @__PURE__ */ new Map();
  constructor(objects, context = { origin: "files" }, base) {
    this.objects = objects;
    this.context = context;
    this.base = base;
    const workloads = [];
    for (const o of objects) {
      push(this.kindIndex, o.kind, o);
      const ns = this.namespaceOf(o);
      if (ns !== void 0) push(this.nsIndex, ns, o);
      const w = workloadOf(o);
      if (w) {
        workloads.push(w);
        this.workloadByKey.set(o.key, w);
      }
      if (o.kind === "CustomResourceDefinition") {
        const spec = o.raw.spec;
        if (typeof spec?.names?.kind === "string" && (spec.scope === "Namespaced" || spec.scope === "Cluster")) {
          this.crdScopes.set(spec.names.kind, spec.scope);
        }
      }
    }
    this.workloads = workloads;
  }
  byKind(kind) {
    return this.kindIndex.get(kind) ?? NONE;
  }
  /** Objects whose resolved namespace is `ns`. */
  inNamespace(ns) {
    return this.nsIndex.get(ns) ?? NONE;
  }
  namespaces() {
    return [...this.nsIndex.keys()];
  }
  workloadOf(o) {
    return this.workloadByKey.get(o.key);
  }
  /** Namespaced, cluster-scoped, or unknown (a CRD not in the run). */
  scopeOf(kind) {
    const b = builtinScope(kind);
    if (b !== "Unknown") return b;
    return this.crdScopes.get(kind) ?? "Unknown";
  }
  /**
   * Where a namespaced object lands: its metadata.namespace, else the namespace given for its path
   * or the admission request's namespace; undefined when only `kubectl apply` would decide.
   */
  namespaceOf(o) {
    if (o.metadata.namespace !== void 0) return o.metadata.namespace;
    if (this.scopeOf(o.kind) === "Cluster") return void 0;
    if (this.context.admission?.namespace) return this.context.admission.namespace;
    if (o.source.file !== void 0) return this.context.namespaceForFile?.(o.source.file);
    return void 0;
  }
  /** Memoised per-run computation shared by rules and doors (LimitRange defaults, cost estimate). */
  memo(key, compute) {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key);
  }
};
function push(m, k, v) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

// src/parse/layout.ts
var CHART_FILE = /(^|\/)Chart\.ya?ml$/;
function chartPlaces(files) {
  const charts = /* @__PURE__ */ new Map();
  for (const f of files) {
    const m = CHART_FILE.exec(f);
    if (m) charts.set(f.slice(0, m.index), f);
  }
  const out = /* @__PURE__ */ new Map();
  if (charts.size === 0) return out;
  for (const f of files) {
    let dir = f;
    while (true) {
      const slash = dir.lastIndexOf("/");
      dir = slash < 0 ? "" : dir.slice(0, slash);
      const chartFile = charts.get(dir);
      if (chartFile !== void 0) {
        const inside = dir === "" ? f : f.slice(dir.length + 1);
        const role = inside.startsWith("templates/") ? "template" : inside.startsWith("crds/") ? "crd" : "chart-file";
        out.set(f, { chart: dir, chartFile, role });
        break;
      }
      if (dir === "") break;
    }
  }
  return out;
}

// src/engine/check.ts
function loadFiles(files, options = {}) {
  const documents = [];
  const problems = [];
  let budget = options.retainAstBytes ?? 1024 * 1024;
  const recentAsts = new RecentAsts();
  const places = chartPlaces(files.filter((f) => !f.rendered).map((f) => f.file));
  const unrendered = /* @__PURE__ */ new Map();
  for (const f of files) {
    const place = f.rendered ? void 0 : places.get(f.file);
    if (place?.role === "chart-file") continue;
    if (place?.role === "template") {
      const u = unrendered.get(place.chartFile);
      if (u) u.templates++;
      else unrendered.set(place.chartFile, { chart: place.chart === "" ? "." : place.chart, templates: 1 });
      continue;
    }
    let text = f.text;
    let reload;
    if (text === void 0) {
      let bytes;
      try {
        bytes = f.read ? f.read() : f.bytes ?? new Uint8Array();
      } catch (e) {
        problems.push({ ruleId: "parse/not-text", file: f.file, message: `${f.file} cannot be read: ${e.code ?? e.message}` });
        continue;
      }
      const d = decodeText(f.file, bytes);
      if (d.problem) {
        problems.push(d.problem);
        continue;
      }
      text = d.text;
      reload = f.read ? rereader(f.file, f.read, text.length) : bytesReloader(f.file, bytes);
    }
    budget -= text.length;
    const parsed = parseYamlText(f.file, text, { retainAst: budget > 0, recentAsts, ...reload ? { reload } : {} });
    documents.push(...parsed.documents);
    problems.push(...parsed.problems);
  }
  for (const [file, u] of unrendered) {
    problems.push({
      ruleId: "parse/chart-not-rendered",
      file,
      line: 1,
      column: 1,
      message: `Helm chart ${u.chart} is not rendered here: its ${u.templates} template file${u.templates === 1 ? " is" : "s are"} skipped; check the output of \`helm template\` to lint what it creates.`
    });
  }
  return { documents, problems, files: files.length, skipped: 0 };
}
function bytesReloader(file, bytes) {
  return () => decodeText(file, bytes).text;
}
function rereader(file, read, length) {
  return () => {
    let text;
    try {
      text = decodeText(file, read()).text;
    } catch {
      text = void 0;
    }
    return text !== void 0 && text.length === length ? text : "";
  };
}
function checkDocuments(input) {
  const resolved = input.resolved ?? resolveRules(input.rules, input.config);
  const objs = objectsFromDocuments(input.documents);
  const baseRun = input.baseRun ?? (input.base ? buildRun(input.base, input.context) : void 0);
  const run = new Run(objs.objects, input.context ?? { origin: "files" }, baseRun);
  const findings = [];
  findings.push(...parseFindings(input.problems ?? [], resolved));
  for (const inc of objs.incomplete) {
    const f = sourceFinding(resolved, "parse/missing-kind", `${inc.doc.file ?? "input"} document ${inc.doc.index + 1} has no ${inc.missing}; it is skipped.`, inc.doc.file, inc.doc.locate(inc.pointer));
    if (f) findings.push(f);
  }
  const result = runRules(run, resolved, input.config, input.engine);
  findings.push(...result.findings);
  sortFindings(findings);
  return {
    findings,
    summary: summarize(findings, input.fileCount ?? 0, input.documents.length, objs.objects.length, objs.skipped, result.suppressed),
    run
  };
}
function buildRun(files, context) {
  const loaded = loadFiles(files, { retainAstBytes: 0 });
  return new Run(objectsFromDocuments(loaded.documents).objects, context ?? { origin: "files" });
}
function parseFindings(problems, resolved) {
  const out = [];
  for (const p of problems) {
    const f = sourceFinding(resolved, p.ruleId, p.message, p.file, p.line !== void 0 ? { line: p.line, column: p.column ?? 1 } : void 0);
    if (f) out.push(f);
  }
  return out;
}
function sourceFinding(resolved, ruleId, message, file, pos) {
  const r = resolved.find((x) => x.rule.id === ruleId);
  if (!r) return void 0;
  return {
    ruleId,
    severity: r.severity,
    message,
    ...file !== void 0 ? { file } : {},
    ...pos ? { line: pos.line, column: pos.column } : {},
    remediation: r.rule.meta.remediation,
    docs: docsUrl(ruleId)
  };
}
function sortFindings(findings) {
  findings.sort(
    (a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId)
  );
}
function summarize(findings, files, documents, objects, skipped, suppressed) {
  let errors = 0, warnings = 0, infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else if (f.severity === "info") infos++;
  }
  return { files, documents, objects, skippedDocuments: skipped, errors, warnings, infos, suppressed };
}
function failsAt(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some((f) => severityRank[f.severity] >= severityRank[failOn]);
}
function unitContext(context, unit) {
  const base = context ?? { origin: "files" };
  if (!unit.namespaceForFile) return base;
  const own = unit.namespaceForFile;
  const outer = base.namespaceForFile;
  return { ...base, namespaceForFile: (f) => own(f) ?? outer?.(f) };
}
function checkUnits(input) {
  const resolved = input.resolved ?? resolveRules(input.rules, input.config);
  const baseByName = new Map((input.baseUnits ?? []).map((u) => [u.name, u]));
  const tag = input.units.length > 1;
  const findings = [];
  const units = [];
  let files = 0, documents = 0, objects = 0, skipped = 0, suppressed = 0;
  const unusedExemptions = /* @__PURE__ */ new Map();
  for (const unit of input.units) {
    const context = unitContext(input.context, unit);
    const b = baseByName.get(unit.name);
    const baseRun = b ? new Run(objectsFromDocuments(b.documents).objects, unitContext(input.context, b)) : void 0;
    const result = checkDocuments({
      ...input,
      resolved,
      context,
      documents: unit.documents,
      problems: unit.problems,
      fileCount: unit.fileCount,
      ...baseRun ? { baseRun } : {}
    });
    const own = [...result.findings];
    for (const n of unit.notes) {
      const f = sourceFinding(resolved, n.ruleId, n.message, n.file, n.line !== void 0 ? { line: n.line, column: n.column ?? 1 } : void 0);
      if (f) own.push(f);
    }
    own.push(...duplicateFindings(result.run, resolved, unit.name));
    for (const f of own) {
      if (f.ruleId === "tollgate/unused-exemption") {
        const list = unusedExemptions.get(f.pointer ?? "");
        if (list) list.push(f);
        else unusedExemptions.set(f.pointer ?? "", [f]);
        continue;
      }
      findings.push(tag ? { ...f, unit: unit.name } : f);
    }
    units.push({ unit, run: result.run });
    files += unit.fileCount;
    documents += result.summary.documents;
    objects += result.summary.objects;
    skipped += result.summary.skippedDocuments;
    suppressed += result.summary.suppressed;
  }
  for (const list of unusedExemptions.values()) if (list.length === input.units.length) findings.push(list[0]);
  sortFindings(findings);
  return { findings, summary: summarize(findings, files, documents, objects, skipped, suppressed), units };
}
function duplicateFindings(run, resolved, unit) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const o of run.objects) {
    if (o.metadata.name === void 0) continue;
    const slash = o.apiVersion.indexOf("/");
    const group = slash === -1 ? "" : o.apiVersion.slice(0, slash);
    const ns = run.scopeOf(o.kind) === "Cluster" ? "" : run.namespaceOf(o) ?? "";
    const id = `${group}|${o.kind}|${ns}|${o.metadata.name}`;
    const first = seen.get(id);
    if (!first) {
      seen.set(id, o);
      continue;
    }
    const at = (x) => {
      const p = x.source.locate(x.basePointer);
      return `${p?.file ?? x.source.file ?? "input"}${p ? `:${p.line}` : ""}`;
    };
    const pos = o.source.locate(o.basePointer);
    const f = sourceFinding(
      resolved,
      "parse/duplicate-object",
      `${describeObject(refOf(o))} is defined twice in ${unit}: at ${at(first)} and at ${at(o)}; only one is applied.`,
      pos?.file ?? o.source.file,
      pos ? { line: pos.line, column: pos.column } : void 0
    );
    if (f) out.push({ ...f, object: refOf(o) });
  }
  return out;
}
function unitRun(unit, context, base) {
  const baseRun = base ? new Run(objectsFromDocuments(base.documents).objects, unitContext(context, base)) : void 0;
  return new Run(objectsFromDocuments(unit.documents).objects, unitContext(context, unit), baseRun);
}

export {
  IGNORE_ANNOTATION,
  usePrecompiledOptionsValidators,
  resolveRules,
  Run,
  loadFiles,
  checkDocuments,
  sortFindings,
  summarize,
  failsAt,
  checkUnits,
  unitRun
};
