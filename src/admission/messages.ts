// What the person running kubectl reads: a short deny message and warnings within the API server's limits.
import type { Finding } from "../core/types.js";

/** Kept short: kubectl prints it after `admission webhook "..." denied the request: `. */
export const MAX_DENY_MESSAGE = 1024;
/** FACTS: keep each warning ≤ 120 characters; the API server stops adding past 4096 in total. */
export const MAX_WARNING = 120;
export const MAX_WARNINGS_TOTAL = 4096;

/**
 * "Deployment shop/web violates 2 tollgate rules:" then one line per violation with the rule, the
 * container and what to change; past the size limit the rest is summed up as "…and N more".
 */
export function denyMessage(what: string, violations: readonly Finding[], internalErrors: readonly string[] = []): string {
  const lines: string[] = [];
  for (const f of violations) {
    const where = f.container ? ` (container ${f.container})` : "";
    const fix = f.remediation ? ` Fix: ${f.remediation}` : "";
    lines.push(oneLine(`- ${f.ruleId}${where}: ${firstClause(f.message)}.${fix}`));
  }
  for (const e of internalErrors) lines.push(oneLine(`- tollgate internal error: ${e}`));
  const count = violations.length;
  const header =
    count > 0
      ? `${what} violates ${count === 1 ? "a tollgate rule" : `${count} tollgate rules`}:`
      : `tollgate could not evaluate ${what} and is configured to deny (onError: deny):`;
  let out = header;
  for (let i = 0; i < lines.length; i++) {
    const more = lines.length - i - 1;
    const tail = more > 0 ? `\n…and ${more} more` : "";
    const line = truncate(lines[i]!, MAX_DENY_MESSAGE - header.length - 16);
    if (byteLength(out + "\n" + line + tail) > MAX_DENY_MESSAGE) {
      out += `\n…and ${lines.length - i} more`;
      break;
    }
    out += "\n" + line;
  }
  return out;
}

/** One warning per finding (`rule: message`), each ≤ 120 characters, all within 4096 bytes. */
export function warningList(findings: readonly Finding[], extra: readonly string[] = []): string[] {
  const items = [...extra, ...findings.map(warningText)].map((s) => truncate(oneLine(s), MAX_WARNING));
  const out: string[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const reserve = i < items.length - 1 ? 40 : 0; // room for the "…and N more" item
    if (total + byteLength(item) + reserve > MAX_WARNINGS_TOTAL) {
      out.push(`…and ${items.length - i} more tollgate warnings`);
      break;
    }
    out.push(item);
    total += byteLength(item);
  }
  return out;
}

/** `rule: message`, dropping the message's explanation when the whole would not fit. */
function warningText(f: Finding): string {
  const full = oneLine(`${f.ruleId}: ${f.message}`);
  return Array.from(full).length <= MAX_WARNING ? full : `${f.ruleId}: ${firstClause(f.message)}`;
}

/** The part of a rule message before its explanation ("web has no memory limit; a leak can…"). */
function firstClause(message: string): string {
  const at = message.indexOf("; ");
  return (at > 0 ? message.slice(0, at) : message).replace(/[.\s]+$/, "");
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Cuts at a character (code point) boundary and marks the cut with "…". */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  return chars.slice(0, max - 1).join("").trimEnd() + "…";
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}
