// One call of the engine: texts in, findings and the run out. Doors read files; this does not.
import type { Config } from "../core/config.js";
import { describeObject, refOf, severityRank, type Finding, type K8sObject, type Severity, type SourceDocument, type Summary } from "../core/types.js";
import { objectsFromDocuments } from "../model/objects.js";
import { Run, type RunContext } from "../model/run.js";
import { chartPlaces } from "../parse/layout.js";
import { decodeText, parseYamlText, RecentAsts, type ParseProblem } from "../parse/yaml.js";
import { resolveRules, runRules, type EngineOptions, type ResolvedRule, type SourceFinding } from "./engine.js";
import { docsUrl, type AnyRule } from "./rule.js";

export interface InputFile {
  /** Repo-relative path (or "-" for stdin). */
  readonly file: string;
  readonly bytes?: Uint8Array;
  /**
   * The door's way to give the bytes on demand (the CLI reads the file): called once to parse and
   * again only to locate findings, so the run holds no copy of its sources.
   */
  readonly read?: () => Uint8Array;
  readonly text?: string;
  /**
   * A renderer's output (helm template, kustomize build) named after its source file: parsed as
   * manifests even where the path is a chart's template.
   */
  readonly rendered?: boolean;
}

export interface LoadResult {
  readonly documents: SourceDocument[];
  readonly problems: ParseProblem[];
  readonly files: number;
  readonly skipped: number;
}

export function loadFiles(files: readonly InputFile[], options: { retainAstBytes?: number } = {}): LoadResult {
  const documents: SourceDocument[] = [];
  const problems: ParseProblem[] = [];
  // An AST costs ~25 times its text; past this much text, documents are re-parsed one by one to locate findings.
  let budget = options.retainAstBytes ?? 1024 * 1024;
  const recentAsts = new RecentAsts();
  // Chart metadata and values are not manifests; unrendered templates are skipped with one info per chart.
  const places = chartPlaces(files.filter((f) => !f.rendered).map((f) => f.file));
  const unrendered = new Map<string, { chart: string; templates: number }>();
  for (const f of files) {
    const place = f.rendered ? undefined : places.get(f.file);
    if (place?.role === "chart-file") continue;
    if (place?.role === "template") {
      const u = unrendered.get(place.chartFile);
      if (u) u.templates++;
      else unrendered.set(place.chartFile, { chart: place.chart === "" ? "." : place.chart, templates: 1 });
      continue;
    }
    let text = f.text;
    let reload: (() => string) | undefined;
    if (text === undefined) {
      let bytes: Uint8Array;
      try {
        bytes = f.read ? f.read() : f.bytes ?? new Uint8Array();
      } catch (e) {
        problems.push({ ruleId: "parse/not-text", file: f.file, message: `${f.file} cannot be read: ${(e as { code?: string }).code ?? (e as Error).message}` });
        continue;
      }
      const d = decodeText(f.file, bytes);
      if (d.problem) { problems.push(d.problem); continue; }
      text = d.text!;
      reload = f.read ? rereader(f.file, f.read, text.length) : bytesReloader(f.file, bytes);
    }
    budget -= text.length;
    const parsed = parseYamlText(f.file, text, { retainAst: budget > 0, recentAsts, ...(reload ? { reload } : {}) });
    documents.push(...parsed.documents);
    problems.push(...parsed.problems);
  }
  for (const [file, u] of unrendered) {
    problems.push({
      ruleId: "parse/chart-not-rendered",
      file,
      line: 1,
      column: 1,
      message: `Helm chart ${u.chart} is not rendered here: its ${u.templates} template file${u.templates === 1 ? " is" : "s are"} skipped; check the output of \`helm template\` to lint what it creates.`,
    });
  }
  return { documents, problems, files: files.length, skipped: 0 };
}

/** The caller keeps the bytes: decode again to locate a finding instead of keeping both. */
function bytesReloader(file: string, bytes: Uint8Array): () => string {
  return () => decodeText(file, bytes).text!;
}

/**
 * Reads the file again to locate a finding. A file changed since it was parsed would give wrong
 * lines, so a text of another length gives none (the finding keeps its file, without a line).
 */
function rereader(file: string, read: () => Uint8Array, length: number): () => string {
  return () => {
    let text: string | undefined;
    try {
      text = decodeText(file, read()).text;
    } catch {
      text = undefined;
    }
    return text !== undefined && text.length === length ? text : "";
  };
}

export interface CheckInput {
  readonly files: readonly InputFile[];
  readonly rules: readonly AnyRule[];
  readonly config: Config;
  readonly context?: RunContext;
  /** The base side of a change (PR base), for base-versus-head rules. */
  readonly base?: readonly InputFile[];
  readonly engine?: EngineOptions;
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly summary: Summary;
  readonly run: Run;
}

export function check(input: CheckInput): CheckResult {
  const loaded = loadFiles(input.files);
  return checkDocuments({ ...input, documents: loaded.documents, problems: loaded.problems, fileCount: loaded.files });
}

export interface CheckDocumentsInput extends Omit<CheckInput, "files"> {
  readonly documents: readonly SourceDocument[];
  readonly problems?: readonly ParseProblem[];
  readonly fileCount?: number;
  /** A base Run built elsewhere (the webhook's oldObject); wins over `base` files. */
  readonly baseRun?: Run;
  /** Rules already resolved against `config` (the webhook resolves once at startup); wins over `rules`. */
  readonly resolved?: readonly ResolvedRule[];
  /** More findings found outside the rules (a unit's render notes, duplicate objects), from the run. */
  readonly sourceFindings?: (run: Run, resolved: readonly ResolvedRule[]) => SourceFinding[];
}

/** The engine over already-parsed documents (the webhook passes AdmissionReview objects here). */
export function checkDocuments(input: CheckDocumentsInput): CheckResult {
  const resolved = input.resolved ?? resolveRules(input.rules, input.config);
  const objs = objectsFromDocuments(input.documents);
  const baseRun = input.baseRun ?? (input.base ? buildRun(input.base, input.context) : undefined);
  const run = new Run(objs.objects, input.context ?? { origin: "files" }, baseRun);
  const sources: SourceFinding[] = parseFindings(input.problems ?? [], resolved).map((finding) => ({ finding }));
  for (const inc of objs.incomplete) {
    const f = sourceFinding(resolved, "parse/missing-kind", `${inc.doc.file ?? "input"} document ${inc.doc.index + 1} has no ${inc.missing}; it is skipped.`, inc.doc.file, inc.doc.locate(inc.pointer));
    if (f) sources.push({ finding: f });
  }
  if (input.sourceFindings) sources.push(...input.sourceFindings(run, resolved));
  const result = runRules(run, resolved, input.config, input.engine, sources);
  const findings: Finding[] = [...result.findings];
  sortFindings(findings);
  return {
    findings,
    summary: summarize(findings, input.fileCount ?? 0, input.documents.length, objs.objects.length, objs.skipped, result.suppressed),
    run,
  };
}

/** Builds a Run from files without running rules (the base side of a diff, the cost command). */
export function buildRun(files: readonly InputFile[], context?: RunContext): Run {
  const loaded = loadFiles(files, { retainAstBytes: 0 });
  return new Run(objectsFromDocuments(loaded.documents).objects, context ?? { origin: "files" });
}

function parseFindings(problems: readonly (ParseProblem | SourceNote)[], resolved: readonly ResolvedRule[]): Finding[] {
  const out: Finding[] = [];
  for (const p of problems) {
    const f = sourceFinding(resolved, p.ruleId, p.message, p.file, p.line !== undefined ? { line: p.line, column: p.column ?? 1 } : undefined);
    if (f) out.push(f);
  }
  return out;
}

function sourceFinding(
  resolved: readonly ResolvedRule[],
  ruleId: string,
  message: string,
  file: string | undefined,
  pos: { line: number; column: number } | undefined,
): Finding | undefined {
  const r = resolved.find((x) => x.rule.id === ruleId);
  if (!r) return undefined; // disabled in config
  return {
    ruleId,
    severity: r.severity,
    message,
    ...(file !== undefined ? { file } : {}),
    ...(pos ? { line: pos.line, column: pos.column } : {}),
    remediation: r.rule.meta.remediation,
    docs: docsUrl(ruleId),
  };
}

export function sortFindings(findings: Finding[]): void {
  findings.sort(
    (a, b) =>
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function summarize(findings: readonly Finding[], files: number, documents: number, objects: number, skipped: number, suppressed: number): Summary {
  let errors = 0, warnings = 0, infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else if (f.severity === "info") infos++;
  }
  return { files, documents, objects, skippedDocuments: skipped, errors, warnings, infos, suppressed };
}

/** Whether any finding is at or above the threshold (`never` fails on nothing). */
export function failsAt(findings: readonly Finding[], failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  return findings.some((f) => severityRank[f.severity] >= severityRank[failOn]);
}

/** A finding the workspace produces about a unit's sources (not rendered, renderer failed). */
export interface SourceNote {
  readonly ruleId: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** One unit of a repository (a kustomize overlay, a Helm release, a folder) as the engine checks it. */
export interface UnitInput {
  readonly name: string;
  readonly kind: "kustomize" | "helm" | "plain";
  readonly environment?: string;
  readonly documents: readonly SourceDocument[];
  readonly problems: readonly ParseProblem[];
  readonly fileCount: number;
  readonly notes: readonly SourceNote[];
  /** Where objects without a namespace land in this unit (the kustomization's or the release's namespace). */
  readonly namespaceForFile?: (file: string) => string | undefined;
}

export interface CheckUnitsInput extends Omit<CheckInput, "files" | "base"> {
  readonly resolved?: readonly ResolvedRule[];
  readonly units: readonly UnitInput[];
  /** The base side, matched to head units by name: a unit only in the head has no base. */
  readonly baseUnits?: readonly UnitInput[];
}

export interface UnitResult {
  readonly unit: UnitInput;
  readonly run: Run;
}

export interface CheckUnitsResult {
  readonly findings: Finding[];
  readonly summary: Summary;
  readonly units: UnitResult[];
}

function unitContext(context: RunContext | undefined, unit: UnitInput): RunContext {
  const base: RunContext = { ...(context ?? { origin: "files" as const }), unitKind: unit.kind };
  if (!unit.namespaceForFile) return base;
  const own = unit.namespaceForFile;
  const outer = base.namespaceForFile;
  return { ...base, namespaceForFile: (f) => own(f) ?? outer?.(f) };
}

/**
 * The engine once per unit: cross-object rules see one unit's objects only, so the same object in
 * two environments is never a conflict, while the same identity twice in one unit is a finding.
 * Findings carry their unit when there is more than one.
 */
export function checkUnits(input: CheckUnitsInput): CheckUnitsResult {
  const resolved = input.resolved ?? resolveRules(input.rules, input.config);
  const baseByName = new Map((input.baseUnits ?? []).map((u) => [u.name, u]));
  const tag = input.units.length > 1;
  const findings: Finding[] = [];
  const units: UnitResult[] = [];
  let files = 0, documents = 0, objects = 0, skipped = 0, suppressed = 0;
  // An exemption is the config's, not a unit's: unused only when no unit used it.
  const unusedExemptions = new Map<string, Finding[]>();
  for (const unit of input.units) {
    const context = unitContext(input.context, unit);
    const b = baseByName.get(unit.name);
    const baseRun = b ? new Run(objectsFromDocuments(b.documents).objects, unitContext(input.context, b)) : undefined;
    const result = checkDocuments({
      ...input,
      resolved,
      context,
      documents: unit.documents,
      problems: unit.problems,
      fileCount: unit.fileCount,
      ...(baseRun ? { baseRun } : {}),
      // Render notes and duplicates go through exemptions and suppressions like any finding.
      sourceFindings: (run, res) => [
        ...parseFindings(unit.notes, res).map((finding) => ({ finding })),
        ...duplicateFindings(run, res, unit.name),
      ],
    });
    for (const f of result.findings) {
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
  for (const list of unusedExemptions.values()) if (list.length === input.units.length) findings.push(list[0]!);
  sortFindings(findings);
  return { findings, summary: summarize(findings, files, documents, objects, skipped, suppressed), units };
}

/** The same (API group, kind, namespace, name) twice in one unit: `kubectl apply` keeps only the last. */
function duplicateFindings(run: Run, resolved: readonly ResolvedRule[], unit: string): SourceFinding[] {
  const out: SourceFinding[] = [];
  const seen = new Map<string, K8sObject>();
  for (const o of run.objects) {
    if (o.metadata.name === undefined) continue;
    const slash = o.apiVersion.indexOf("/");
    const group = slash === -1 ? "" : o.apiVersion.slice(0, slash);
    const ns = run.scopeOf(o.kind) === "Cluster" ? "" : (run.namespaceOf(o) ?? "");
    const id = `${group}|${o.kind}|${ns}|${o.metadata.name}`;
    const first = seen.get(id);
    if (!first) { seen.set(id, o); continue; }
    const at = (x: K8sObject) => {
      const p = x.source.locate(x.basePointer);
      return `${p?.file ?? x.source.file ?? "input"}${p ? `:${p.line}` : ""}`;
    };
    const pos = o.source.locate(o.basePointer);
    const f = sourceFinding(
      resolved,
      "parse/duplicate-object",
      `${describeObject(refOf(o))} is defined twice in ${unit}: at ${at(first)} and at ${at(o)}; only one is applied.`,
      pos?.file ?? o.source.file,
      pos ? { line: pos.line, column: pos.column } : undefined,
    );
    if (f) out.push({ finding: { ...f, object: refOf(o) }, object: o });
  }
  return out;
}

/** A unit's Run without rules (the cost command), with its base unit when there is one. */
export function unitRun(unit: UnitInput, context?: RunContext, base?: UnitInput): Run {
  const baseRun = base ? new Run(objectsFromDocuments(base.documents).objects, unitContext(context, base)) : undefined;
  return new Run(objectsFromDocuments(unit.documents).objects, unitContext(context, unit), baseRun);
}
