// GitHub's three surfaces for a pull request: annotations (few are shown, so the changed lines go
// first), the job summary (everything, ≤ 1 MiB) and one sticky PR comment (≤ 65,536 characters).
// Pure builders: the Action's door prints, writes and posts what these return.
import { createHash } from "node:crypto";
import { severityRank, type Finding, type Severity } from "../core/types.js";
import { codeSpan, escapeCell, proseWithValues, unitSuffix } from "./markdown.js";

/** GitHub shows only 10 annotations of each level per step and 50 per job. */
export const ANNOTATIONS_PER_LEVEL = 10;
export const ANNOTATIONS_PER_JOB = 50;
/** The runner refuses a step summary above 1 MiB. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Issue comment bodies are limited to 65,536 characters. */
export const COMMENT_MAX_CHARS = 65536;
/** The hidden marker that identifies the sticky comment (together with its author). */
export const STICKY_MARKER = "<!-- tollgate:sticky -->";

export type AnnotationLevel = "error" | "warning" | "notice";

export const ANNOTATION_LEVEL: Readonly<Record<Severity, AnnotationLevel>> = { error: "error", warning: "warning", info: "notice" };

export interface AnnotationSpec {
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly title: string;
  readonly file: string;
  readonly startLine: number;
  readonly endLine?: number;
  readonly startColumn?: number;
}

export interface AnnotationPlan {
  readonly annotations: AnnotationSpec[];
  /** Findings that had a place but not a slot. */
  readonly omitted: number;
}

export interface AnnotationLimits {
  readonly perLevel?: number;
  readonly total?: number;
  /** Slots already used per level in this step (the Action's own warnings). */
  readonly used?: Partial<Record<AnnotationLevel, number>>;
}

/**
 * Annotations for findings with a file, ordered so the slots GitHub displays go to findings on
 * changed lines first, then by severity, then by position.
 */
export function planAnnotations(
  findings: readonly Finding[],
  isChangedLine: (f: Finding) => boolean,
  limits: AnnotationLimits = {},
): AnnotationPlan {
  const perLevel = limits.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0, ...limits.used };
  let total = limits.total ?? ANNOTATIONS_PER_JOB;
  total -= used.error + used.warning + used.notice;
  const placed = findings.filter((f) => f.file !== undefined);
  const ranked = placed
    .map((f, i) => ({ f, i, changed: isChangedLine(f) }))
    .sort(
      (a, b) =>
        Number(b.changed) - Number(a.changed) ||
        severityRank[b.f.severity] - severityRank[a.f.severity] ||
        a.i - b.i,
    );
  const annotations: AnnotationSpec[] = [];
  for (const { f } of ranked) {
    const level = ANNOTATION_LEVEL[f.severity];
    if (used[level] >= perLevel || total <= 0) continue;
    used[level]++;
    total--;
    annotations.push({
      level,
      message: f.remediation ? `${f.message}\n${f.remediation}` : f.message,
      title: `tollgate: ${f.ruleId}`,
      file: f.file!,
      startLine: f.line ?? 1,
      ...(f.endLine !== undefined && f.endLine !== f.line ? { endLine: f.endLine } : {}),
      ...(f.column !== undefined && (f.endLine === undefined || f.endLine === f.line) ? { startColumn: f.column } : {}),
    });
  }
  return { annotations, omitted: placed.length - annotations.length };
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

const ICON: Readonly<Record<Severity, string>> = { error: "🔴", warning: "🟠", info: "🔵" };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatCounts(c: Counts): string {
  return `${ICON.error} **${c.errors}** ${c.errors === 1 ? "error" : "errors"} · ${ICON.warning} **${c.warnings}** ${c.warnings === 1 ? "warning" : "warnings"} · ${ICON.info} **${c.infos}** info`;
}

function where(f: Finding): string {
  if (f.file) return `${f.file}${f.line ? `:${f.line}` : ""}`;
  if (f.object) return `${f.object.kind} ${f.object.namespace ? `${f.object.namespace}/` : ""}${f.object.name ?? ""}`;
  return "";
}

/** A path in a link target: every segment percent-encoded, parentheses too (a `)` would end the link). */
function linkPath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29")))
    .join("/");
}

/**
 * The order tables list findings in, so the rows that fit are the ones that matter: errors on
 * changed lines, then the other errors, then warnings, then infos (changed lines first within
 * each), keeping the given order otherwise.
 */
export function reportOrder(findings: readonly Finding[], isChangedLine: (f: Finding) => boolean = () => false): Finding[] {
  return findings
    .map((f, i) => ({ f, i, changed: isChangedLine(f) }))
    .sort((a, b) => severityRank[b.f.severity] - severityRank[a.f.severity] || Number(b.changed) - Number(a.changed) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * A GFM findings table; `blobUrl` links each location to the file at the checked commit. Every
 * value that comes from a manifest (file names, object names, values in messages) is in a code
 * span, so nothing in a manifest can mention a team, link or format the comment.
 */
export function findingsTable(findings: readonly Finding[], options: { maxRows?: number; blobUrl?: string; changed?: (f: Finding) => boolean } = {}): string {
  const max = Math.min(options.maxRows ?? findings.length, findings.length);
  const rows = ["| | Rule | Where | Message |", "|---|---|---|---|"];
  for (const f of reportOrder(findings, options.changed).slice(0, max)) {
    const loc = codeSpan(where(f)).replace(/\|/g, "\\|");
    const link = options.blobUrl && f.file ? `[${loc}](${options.blobUrl}/${linkPath(f.file)}${f.line ? `#L${f.line}` : ""})` : loc;
    const mark = options.changed?.(f) ? " ✏️" : "";
    rows.push(`| ${ICON[f.severity]}${mark} | ${codeSpan(f.ruleId)} | ${link}${unitSuffix(f)} | ${proseWithValues(f.message)} |`);
  }
  if (findings.length > max) rows.push("", `…and ${plural(findings.length - max, "more finding")}.`);
  return rows.join("\n");
}

/** What the icons in the tables mean. */
export function legend(withChangedMark: boolean): string {
  return `<sub>${ICON.error} error · ${ICON.warning} warning · ${ICON.info} info${withChangedMark ? " · ✏️ on a line this pull request adds or modifies" : ""}</sub>`;
}

export interface ReportInput {
  /** Every finding at head, sorted. */
  readonly findings: readonly Finding[];
  /** Findings on files the PR changes; undefined outside a pull request. */
  readonly changedFindings?: readonly Finding[];
  /** Whether a finding sits on a changed line (marked ✏️ in tables). */
  readonly isChangedLine?: (f: Finding) => boolean;
  readonly failOn: Severity | "never";
  /** Whether the gate fails (findings at or above fail-on where the gate looks). */
  readonly failing: boolean;
  readonly objects: number;
  readonly files: number;
  /** Markdown of the cost section with its heading (from the cost family), if any. */
  readonly cost?: string;
  /** Whether the change moves the monthly cost (default: whether there is a cost section). */
  readonly costChanged?: boolean;
  /** One sentence per blue-green selector switch in this change. */
  readonly switches?: readonly string[];
  /** Things the reader should know about this run (base unavailable, comment not posted). */
  readonly notes?: readonly string[];
  /** `${server}/${repo}/blob/${sha}` for links to findings. */
  readonly blobUrl?: string;
}

function statusLine(input: ReportInput): string {
  const gate = input.failOn === "never" ? "never fails" : `fails on ${input.failOn} and above`;
  const scope = input.changedFindings ? "in changed files" : "";
  return input.failing
    ? `❌ **Failing**: findings at or above \`${input.failOn}\` ${scope}`.trimEnd() + ` (the gate ${gate}).`
    : `✅ **Passing** (the gate ${gate}${input.changedFindings ? ", on the files this change touches" : ""}).`;
}

function switchesSection(switches: readonly string[] | undefined): string[] {
  if (!switches?.length) return [];
  return ["### Blue-green switches", "", ...switches.map((s) => `- ${s}`), ""];
}

/** The cost family's markdown brings its own "### Monthly cost" heading. */
function costSection(cost: string | undefined): string[] {
  return cost ? [cost.trimEnd(), ""] : [];
}

/** The job summary: everything, trimmed (rows of the full table first) to fit `maxBytes`. */
export function buildSummary(input: ReportInput, maxBytes = SUMMARY_MAX_BYTES): string {
  const render = (maxAll: number, maxChanged: number): string => {
    const out = ["## tollgate", "", statusLine(input), ""];
    for (const n of input.notes ?? []) out.push(`> ${n}`, "");
    if (input.changedFindings) {
      out.push(`### Findings on changed files`, "", formatCounts(countFindings(input.changedFindings)), "");
      if (input.changedFindings.length > 0) {
        out.push(findingsTable(input.changedFindings, { maxRows: maxChanged, blobUrl: input.blobUrl, changed: input.isChangedLine }), "");
        out.push(legend(Boolean(input.isChangedLine)), "");
      }
    }
    out.push(...costSection(input.cost), ...switchesSection(input.switches));
    out.push(`### All findings`, "", `${formatCounts(countFindings(input.findings))} — ${plural(input.objects, "object")} in ${plural(input.files, "file")}`, "");
    if (input.findings.length > 0) out.push(findingsTable(input.findings, { maxRows: maxAll, blobUrl: input.blobUrl }), "");
    else out.push("✅ No findings.", "");
    return out.join("\n");
  };
  const changedCount = input.changedFindings?.length ?? 0;
  return fitRows(
    (rows) => render(rows, Math.min(rows, changedCount)),
    input.findings.length,
    (text) => Buffer.byteLength(text, "utf8") <= maxBytes,
  );
}

/** Largest row count (≤ max) whose rendering fits; a hard cut if even none fits. */
function fitRows(render: (rows: number) => string, max: number, fits: (text: string) => boolean): string {
  const full = render(max);
  if (fits(full)) return full;
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(render(mid))) lo = mid;
    else hi = mid - 1;
  }
  const best = render(lo);
  if (fits(best)) return best;
  let cut = best;
  while (!fits(cut) && cut.length > 0) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut;
}

export interface CommentInput extends ReportInput {
  /** Link to the run's job summary; kept out of the digest so a re-run with the same result edits nothing. */
  readonly summaryUrl: string;
}

export interface StickyComment {
  readonly body: string;
  /** Hash of the content without the volatile run link, also embedded in the body. */
  readonly digest: string;
}

const DIGEST = /<!-- tollgate:digest=([0-9a-f]+) -->/;

/** The digest embedded in an existing comment body, if any. */
export function digestOf(body: string): string | undefined {
  return DIGEST.exec(body)?.[1];
}

/**
 * Whether the PR comment has anything to say: findings on changed files, a cost change or a switch.
 * With nothing to say no comment is created; an existing one is still updated (to say it is fixed).
 */
export function commentHasContent(input: ReportInput): boolean {
  return (input.changedFindings?.length ?? 0) > 0 || (input.costChanged ?? Boolean(input.cost)) || (input.switches?.length ?? 0) > 0;
}

/** The sticky PR comment: findings on changed files, cost, switches; trimmed below the size limit. */
export function buildComment(input: CommentInput, maxChars = COMMENT_MAX_CHARS - 1): StickyComment {
  const changed = input.changedFindings ?? input.findings;
  const elsewhere = input.findings.length - changed.length;
  const render = (rows: number): { stable: string; footer: string } => {
    const out = ["### tollgate", "", statusLine(input), ""];
    out.push(`${formatCounts(countFindings(changed))} on the files this pull request changes${elsewhere > 0 ? `; ${plural(elsewhere, "more finding")} elsewhere in the repository` : ""}.`, "");
    if (changed.length > 0) {
      out.push("<details" + (changed.length <= 20 ? " open" : "") + "><summary>Findings on changed files</summary>", "");
      out.push(findingsTable(changed, { maxRows: rows, blobUrl: input.blobUrl, changed: input.isChangedLine }), "", legend(Boolean(input.isChangedLine)), "", "</details>", "");
    }
    out.push(...costSection(input.cost), ...switchesSection(input.switches));
    const stable = out.join("\n");
    const truncated = rows < changed.length;
    const footer = `<sub>${truncated ? "Trimmed to fit a comment: every finding is in the " : "Every finding is in the "}[job summary](${input.summaryUrl}).</sub>\n`;
    return { stable, footer };
  };
  const assemble = (rows: number) => {
    const { stable, footer } = render(rows);
    const digest = createHash("sha256").update(stable).digest("hex").slice(0, 16);
    return { body: `${STICKY_MARKER}\n<!-- tollgate:digest=${digest} -->\n${stable}\n${footer}`, digest };
  };
  const fits = (text: string) => text.length <= maxChars;
  const text = fitRows((rows) => assemble(rows).body, changed.length, fits);
  const digest = digestOf(text) ?? "";
  // A hard cut keeps the marker at the top, so the comment is still found next time.
  return { body: text.startsWith(STICKY_MARKER) ? text : `${STICKY_MARKER}\n${text}`.slice(0, maxChars), digest };
}
