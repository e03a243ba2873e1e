// `tollgate check`: load config and policies, open the workspace (units, renders, base), one engine
// call per unit, one reporter.
import { readFileSync } from "node:fs";
import type { Finding, Severity } from "../core/types.js";
import { checkUnits, failsAt, sortFindings, summarize } from "../engine/check.js";
import { formatJson } from "../reporters/json.js";
import { formatMarkdown } from "../reporters/markdown.js";
import { formatSarif } from "../reporters/sarif.js";
import { formatText } from "../reporters/text.js";
import { boundHeapGrowth } from "./heap.js";
import { fileRunContext, loadConfigFile, loadRegistry, toolVersion } from "../workspace/config.js";
import { openSession } from "../workspace/session.js";
import { requireManifests, writeOutput } from "./usage.js";

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
  const session = await openSession({ paths, cwd, config, ...(configFile ? { configFile } : {}), context, ...(opts.base ? { base: opts.base } : {}), stdin: () => readFileSync(0, "utf8") });
  try {
    requireManifests({ files: session.headFiles, problems: session.problems }, paths, opts.allowEmpty);
    for (const m of session.messages) process.stderr.write(m + "\n");
    const result = checkUnits({
      units: session.head.units,
      ...(session.base ? { baseUnits: session.base.units } : {}),
      rules: registry.rules,
      config,
      context,
      engine: { exemptions: opts.exemptions },
    });
    const ioFindings: Finding[] = session.problems.map((p) => ({
      ruleId: "parse/not-text",
      severity: "error",
      message: p.message,
      file: p.file,
      remediation: "Make the file readable UTF-8 text, or leave it out of the checked paths.",
    }));
    const findings = [...ioFindings, ...result.findings];
    sortFindings(findings);
    const s = result.summary;
    const summary = ioFindings.length === 0 ? s : summarize(findings, s.files + ioFindings.length, s.documents, s.objects, s.skippedDocuments, s.suppressed);
    let cost: unknown;
    let costText: ((format: "text" | "markdown") => Promise<string>) | undefined;
    if (opts.cost) {
      const { costForUnits, costUnitsJson, formatCostUnits } = await import("./cost-hook.js");
      const reports = costForUnits(result.units, config);
      cost = costUnitsJson(reports);
      costText = (format) => formatCostUnits(reports, format);
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
        if (costText) out += "\n" + (await costText("markdown"));
        break;
      default:
        out = formatText(findings, summary, { color: !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR });
        if (costText) out += "\n" + (await costText("text"));
    }
    if (opts.output) writeOutput(opts.output, out);
    else process.stdout.write(out);
    return failsAt(findings, opts.failOn) ? 1 : 0;
  } finally {
    session.dispose();
  }
}
