// Human output: findings grouped by unit (when a run has several) and file, each as file:line:col,
// colour only when asked (a TTY).
import { describeObject, type Finding, type Summary } from "../core/types.js";

const COLORS = { error: "\u001b[31m", warning: "\u001b[33m", info: "\u001b[36m", dim: "\u001b[2m", bold: "\u001b[1m", reset: "\u001b[0m" };

export function formatText(findings: readonly Finding[], summary: Summary, options: { color?: boolean } = {}): string {
  const c = (code: keyof typeof COLORS, s: string) => (options.color ? COLORS[code] + s + COLORS.reset : s);
  const byUnit = group(findings, (f) => f.unit ?? "");
  const lines: string[] = [];
  const grouped = [...byUnit.keys()].some((u) => u !== "");
  // Each line starts with its own file:line:col (what terminals and editors make clickable), so the
  // file is not repeated as a header; several units get one header each, a blank line between.
  for (const [unit, inUnit] of [...byUnit].sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)))) {
    if (grouped) lines.push(c("bold", unit === "" ? "── files ──" : `── unit ${unit} ──`));
    for (const [file, list] of group(inUnit, (f) => f.file ?? (f.object ? describeObject(f.object) : "(run)"))) {
      for (const f of list) {
        const where = f.line !== undefined ? `${f.line}:${f.column ?? 1}` : "-";
        const sev = f.severity.padEnd(7);
        lines.push(`${c("dim", `${file}:${where}`)}  ${c(f.severity, sev)}  ${f.message}  ${c("dim", f.ruleId)}`);
      }
    }
    lines.push("");
  }
  const total = summary.errors + summary.warnings + summary.infos;
  const parts = [
    `${summary.files} file${summary.files === 1 ? "" : "s"}`,
    `${summary.objects} object${summary.objects === 1 ? "" : "s"}`,
  ];
  if (summary.skippedDocuments > 0) parts.push(`${summary.skippedDocuments} non-Kubernetes document${summary.skippedDocuments === 1 ? "" : "s"} skipped`);
  const counts = `${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}, ${summary.infos} info`;
  const suppressed = summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : "";
  lines.push(total === 0 ? c("bold", `✓ no findings (${parts.join(", ")}${suppressed})`) : c("bold", `${counts}${suppressed} in ${parts.join(", ")}`));
  return lines.join("\n") + "\n";
}

function group(findings: readonly Finding[], key: (f: Finding) => string): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}
