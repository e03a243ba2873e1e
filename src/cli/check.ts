// `tollgate check`: collect files, load config and policies, one engine call, one reporter.
import { readFileSync } from "node:fs";
import type { Finding, Severity } from "../core/types.js";
import { check, failsAt, sortFindings, summarize } from "../engine/check.js";
import { formatJson } from "../reporters/json.js";
import { formatMarkdown } from "../reporters/markdown.js";
import { formatSarif } from "../reporters/sarif.js";
import { formatText } from "../reporters/text.js";
import { loadBase } from "./base.js";
import { collectFiles } from "./files.js";
import { boundHeapGrowth } from "./heap.js";
import { requireManifests, writeOutput } from "./usage.js";
import { fileRunContext, loadConfigFile, loadRegistry, toolVersion } from "./setup.js";
import type { CostReport } from "../cost/report.js";

export interface CheckOptions {
  format: "text" | "json" | "sarif" | "markdown";
  failOn: Severity | "never";
  config?: string;
  policies?: string[];
  base?: string;
  exemptions: boolean;
  output?: string;
  cost?: boolean;
  allowEmpty?: boolean;
}

export async function runCheck(paths: string[], opts: CheckOptions): Promise<number> {
  boundHeapGrowth(process.execArgv, process.env.NODE_OPTIONS);
  const cwd = process.cwd();
  const { config, file: configFile } = loadConfigFile(opts.config, cwd, paths[0]);
  const context = fileRunContext(config, configFile, cwd);
  const registry = loadRegistry(config, configFile, cwd, opts.policies ?? []);
  const collected = collectFiles(paths, cwd, () => readFileSync(0, "utf8"));
  requireManifests(collected, paths, opts.allowEmpty);
  const base = opts.base ? loadBase(opts.base, paths, cwd) : undefined;
  const result = check({
    files: collected.files,
    rules: registry.rules,
    config,
    context,
    ...(base ? { base } : {}),
    engine: { exemptions: opts.exemptions },
  });
  const ioFindings: Finding[] = collected.problems.map((p) => ({
    ruleId: "parse/not-text",
    severity: "error",
    message: p.message,
    file: p.file,
    remediation: "Make the file readable UTF-8 text, or leave it out of the checked paths.",
  }));
  const findings = [...ioFindings, ...result.findings];
  sortFindings(findings);
  const summary = ioFindings.length === 0 ? result.summary : summarize(findings, result.summary.files + ioFindings.length, result.summary.documents, result.summary.objects, result.summary.skippedDocuments, result.summary.suppressed);
  let cost: CostReport | undefined;
  if (opts.cost) {
    const { costForCheck } = await import("./cost-hook.js");
    cost = costForCheck(result.run, config);
  }
  let out: string;
  switch (opts.format) {
    case "json":
      out = formatJson(findings, summary, cost);
      break;
    case "sarif":
      out = formatSarif(findings, registry.rules, toolVersion());
      break;
    case "markdown":
      out = formatMarkdown(findings, summary);
      if (cost) out += "\n" + (await import("../reporters/cost-markdown.js")).formatCostMarkdown(cost);
      break;
    default:
      out = formatText(findings, summary, { color: !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR });
      if (cost) out += "\n" + (await import("../reporters/cost-text.js")).formatCostText(cost);
  }
  if (opts.output) writeOutput(opts.output, out);
  else process.stdout.write(out);
  return failsAt(findings, opts.failOn) ? 1 : 0;
}
