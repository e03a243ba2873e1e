// `tollgate rules` and `tollgate explain`.
import { formatRuleDoc, formatRulesMarkdown, formatRulesTable } from "../reporters/rules-reference.js";
import { UsageError } from "./files.js";
import { loadConfigFile, loadRegistry } from "./setup.js";

export function runRules(opts: { format: string; config?: string }): number {
  const cwd = process.cwd();
  const { config, file } = loadConfigFile(opts.config, cwd);
  const { rules } = loadRegistry(config, file, cwd);
  const listed = rules.filter((r) => r.target !== "source" || r.meta.family !== "");
  if (opts.format === "json") {
    process.stdout.write(JSON.stringify(listed.map((r) => ({ id: r.id, severity: r.meta.severity, family: r.meta.family, summary: r.meta.summary, optIn: r.meta.optIn === true, source: r.meta.source ?? "code" })), null, 2) + "\n");
  } else if (opts.format === "markdown") {
    process.stdout.write(formatRulesMarkdown(listed));
  } else {
    process.stdout.write(formatRulesTable(listed));
  }
  return 0;
}

export function runExplain(id: string, opts: { config?: string }): number {
  const cwd = process.cwd();
  const { config, file } = loadConfigFile(opts.config, cwd);
  const { rules } = loadRegistry(config, file, cwd);
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const near = rules.filter((r) => r.id.includes(id.split("/").pop() ?? id)).map((r) => r.id);
    throw new UsageError(`no rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(", ")}?)` : ""}; run \`tollgate rules\` for the list`);
  }
  process.stdout.write(formatRuleDoc(rule));
  return 0;
}
