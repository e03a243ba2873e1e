// Markdown for job summaries and PR comments: counts, then a findings table (escaped for GFM).
import type { Finding, Summary } from "../core/types.js";

const ICON = { error: "🔴", warning: "🟠", info: "🔵" } as const;

const plural = (n: number, noun: string) => (n === 1 ? noun : `${noun}s`);

export function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}

export function formatMarkdown(findings: readonly Finding[], summary: Summary, options: { maxRows?: number; linkBase?: string } = {}): string {
  const out: string[] = [];
  out.push(`**${summary.errors}** ${plural(summary.errors, "error")} · **${summary.warnings}** ${plural(summary.warnings, "warning")} · **${summary.infos}** info — ${summary.objects} ${plural(summary.objects, "object")} in ${summary.files} ${plural(summary.files, "file")}${summary.suppressed ? ` (${summary.suppressed} suppressed)` : ""}`);
  out.push("");
  if (findings.length === 0) {
    out.push("✅ No findings.");
    return out.join("\n") + "\n";
  }
  const max = options.maxRows ?? findings.length;
  out.push("| | Rule | Where | Message |", "|---|---|---|---|");
  for (const f of findings.slice(0, max)) {
    const loc = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : f.object ? `${f.object.kind} ${f.object.namespace ? f.object.namespace + "/" : ""}${f.object.name ?? ""}` : "";
    const where = options.linkBase && f.file ? `[${escapeCell(loc)}](${options.linkBase}/${f.file}${f.line ? `#L${f.line}` : ""})` : `\`${escapeCell(loc)}\``;
    out.push(`| ${ICON[f.severity]} | \`${f.ruleId}\` | ${where} | ${escapeCell(f.message)} |`);
  }
  if (findings.length > max) out.push("", `…and ${findings.length - max} more.`);
  return out.join("\n") + "\n";
}
