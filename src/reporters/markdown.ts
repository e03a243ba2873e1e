// Markdown for job summaries and PR comments: counts, then a findings table (escaped for GFM).
import type { Finding, Summary } from "../core/types.js";

const ICON = { error: "🔴", warning: "🟠", info: "🔵" } as const;

const plural = (n: number, noun: string) => (n === 1 ? noun : `${noun}s`);

export function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}

/** A code span around any text: a fence longer than any backtick run inside, padded when needed. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Prose with the values manifests put into messages (names, paths, labels, anything with a
 * character markdown, mentions, references or autolinks act on) inside code spans, so a value such
 * as `@octo-org/admins`, `#12`, `www.example.com` or `[x](y)` renders as text and notifies no one.
 * Plain words, numbers and prices stay prose. Safe inside a GFM table cell.
 */
export function proseWithValues(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s*$/.test(token)) return token;
      // Sentence punctuation around a value stays outside its code span.
      const m = /^(\(?)(.*?)([.,;:!?)]*)$/.exec(token)!;
      let [, open, core, close] = m as unknown as [string, string, string, string];
      // A `)` that closes a `(` inside the value belongs to the value.
      const count = (t: string, c: string) => t.split(c).length - 1;
      while (close.includes(")") && count(core, "(") > count(core, ")")) {
        const at = close.indexOf(")");
        core += close.slice(0, at + 1);
        close = close.slice(at + 1);
      }
      if (core === "" || !needsCode(core)) return escapeCell(token);
      return `${open}${codeSpan(core).replace(/\|/g, "\\|")}${close}`;
    })
    .join("");
}

/**
 * The unit a finding came from, when its file alone does not say it: a kustomize base's finding is
 * reported once per overlay that includes it, so the row names the overlay. "" when the file lies
 * inside its unit's folder, or the run had one unit (findings then carry none).
 */
export function unitSuffix(f: Finding): string {
  if (f.unit === undefined || f.unit === "" || f.unit === ".") return "";
  if (f.file !== undefined && f.file.startsWith(f.unit + "/")) return "";
  return ` in ${codeSpan(f.unit).replace(/\|/g, "\\|")}`;
}

function needsCode(word: string): boolean {
  return /[^\p{L}\p{N}.,;%+$€£−\-–'’=×]/u.test(word) || /www\./i.test(word) || /^\d+\.\d+\.\d+\.\d+$/.test(word);
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
    out.push(`| ${ICON[f.severity]} | \`${f.ruleId}\` | ${where}${unitSuffix(f)} | ${escapeCell(f.message)} |`);
  }
  if (findings.length > max) out.push("", `…and ${findings.length - max} more.`);
  return out.join("\n") + "\n";
}
