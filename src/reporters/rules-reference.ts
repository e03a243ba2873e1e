// The rule reference (docs/rules.md) and `tollgate rules` listing, generated from the registry.
import type { AnyRule } from "../engine/rule.js";

export function formatRulesTable(rules: readonly AnyRule[]): string {
  const rows = rules.map((r) => [r.id, r.meta.optIn ? `${r.meta.severity} (opt-in)` : r.meta.severity, r.meta.family, r.meta.summary]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), ["RULE", "SEVERITY", "FAMILY"][i]!.length));
  const line = (row: string[]) => row.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join("  ");
  return [line(["RULE", "SEVERITY", "FAMILY", "SUMMARY"]), ...rows.map(line)].join("\n") + "\n";
}

export function formatRuleDoc(r: AnyRule): string {
  const lines = [
    `${r.id}  (${r.meta.severity}${r.meta.optIn ? ", off unless enabled" : ""}, ${r.meta.source === "policy" ? "policy" : "code rule"})`,
    "",
    r.meta.summary,
  ];
  if (r.meta.description) lines.push("", r.meta.description.trim());
  lines.push("", `Fix: ${r.meta.remediation}`);
  if (r.meta.defaultOptions && Object.keys(r.meta.defaultOptions).length > 0) {
    lines.push("", `Options (defaults): ${JSON.stringify(r.meta.defaultOptions)}`);
  }
  return lines.join("\n") + "\n";
}

export function formatRulesMarkdown(rules: readonly AnyRule[]): string {
  const out = [
    "# Rule reference",
    "",
    "Generated from the registry by `npm run docs`; a test fails when it is out of date.",
    "Configure any rule in `.tollgate.yaml` under `rules:` (`off`, a severity, or `{ severity, options, mode }`).",
    "",
    "| Rule | Severity | Summary |",
    "|---|---|---|",
    ...rules.map((r) => `| [\`${r.id}\`](#${anchor(r.id)}) | ${r.meta.severity}${r.meta.optIn ? " (opt-in)" : ""} | ${r.meta.summary} |`),
    "",
  ];
  const families = [...new Set(rules.map((r) => r.meta.family))];
  for (const family of families) {
    out.push(`## ${family}`, "");
    for (const r of rules.filter((x) => x.meta.family === family)) {
      out.push(`### ${r.id}`, "");
      out.push(`*${r.meta.severity}${r.meta.optIn ? ", off unless enabled" : ""} · ${r.meta.source === "policy" ? "declarative policy" : "code rule"}${r.meta.boundary ? " · boundary rule (annotation exemptions ignored in the webhook)" : ""}*`, "");
      out.push(r.meta.summary, "");
      if (r.meta.description) out.push(r.meta.description.trim(), "");
      out.push(`**Fix:** ${r.meta.remediation}`, "");
      if (r.meta.defaultOptions && Object.keys(r.meta.defaultOptions).length > 0) {
        out.push(`**Options (defaults):** \`${JSON.stringify(r.meta.defaultOptions)}\``, "");
      }
    }
  }
  return out.join("\n");
}

function anchor(id: string): string {
  return id.replace(/\//g, "").toLowerCase();
}
