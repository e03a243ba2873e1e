// `tollgate cost`: the monthly estimate of the manifests (and the change from --base) as a table,
// the JSON contract or a PR-comment markdown block.
import { readFileSync } from "node:fs";
import { ConfigInvalid } from "../core/config.js";
import { diffCost } from "../cost/diff.js";
import { CostUnavailable, estimateCost, type EstimateOptions } from "../cost/estimate.js";
import { mergeSnapshot } from "../cost/prices/merge.js";
import { validateSnapshot } from "../cost/prices/schema.js";
import { EMBEDDED_SNAPSHOT } from "../cost/prices/snapshot.js";
import type { PriceSnapshot } from "../cost/prices/types.js";
import type { CostReport, PlatformName } from "../cost/report.js";
import { buildRun } from "../engine/check.js";
import { formatCostJson } from "../reporters/cost-json.js";
import { formatCostMarkdown } from "../reporters/cost-markdown.js";
import { formatCostText } from "../reporters/cost-text.js";
import { loadBase } from "./base.js";
import { collectFiles, UsageError } from "./files.js";
import { boundHeapGrowth } from "./heap.js";
import { requireManifests, writeOutput } from "./usage.js";
import { fileRunContext, loadConfigFile } from "./setup.js";

export interface CostOptions {
  format: "text" | "json" | "markdown";
  config?: string;
  base?: string;
  platform?: string;
  region?: string;
  prices?: string;
  output?: string;
  allowEmpty?: boolean;
}

const PLATFORMS: readonly PlatformName[] = ["eks", "k3s"];

export function parsePlatforms(text: string | undefined): PlatformName[] | undefined {
  if (text === undefined) return undefined;
  const list = text.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
  const bad = list.filter((p) => !PLATFORMS.includes(p as PlatformName));
  if (bad.length > 0 || list.length === 0) {
    throw new UsageError(`--platform ${text}: expected a comma-separated list of ${PLATFORMS.join(", ")}${bad.includes("gke") ? " (GKE node prices are not in the snapshot yet)" : ""}`);
  }
  return [...new Set(list)] as PlatformName[];
}

/** The embedded snapshot, or a snapshot file laid over it. */
export function loadPrices(file: string | undefined): PriceSnapshot {
  if (file === undefined) return EMBEDDED_SNAPSHOT;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`--prices ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : `not valid JSON (${(e as Error).message})`}`);
  }
  const v = validateSnapshot(data, file);
  if (!v.valid) throw new UsageError(`--prices ${file} is not a valid price snapshot:\n  ${v.errors.join("\n  ")}`);
  return mergeSnapshot(EMBEDDED_SNAPSHOT, v.snapshot);
}

export function runCost(paths: string[], opts: CostOptions): number {
  boundHeapGrowth(process.execArgv, process.env.NODE_OPTIONS);
  const cwd = process.cwd();
  const { config, file: configFile } = loadConfigFile(opts.config, cwd, paths[0]);
  const context = fileRunContext(config, configFile, cwd);
  const platforms = parsePlatforms(opts.platform);
  const options: EstimateOptions = {
    prices: loadPrices(opts.prices),
    ...(platforms ? { platforms } : {}),
    ...(opts.region ? { region: opts.region } : {}),
  };
  const collected = collectFiles(paths, cwd, () => readFileSync(0, "utf8"));
  requireManifests(collected, paths, opts.allowEmpty);
  for (const p of collected.problems) process.stderr.write(`tollgate: ${p.message}\n`);
  let report: CostReport;
  try {
    const head = estimateCost(buildRun(collected.files, context), config, options);
    report = opts.base ? diffCost(estimateCost(buildRun(loadBase(opts.base, paths, cwd), context), config, options), head) : head;
  } catch (e) {
    if (e instanceof CostUnavailable) throw new UsageError(e.message);
    if (e instanceof ConfigInvalid) throw e;
    throw e;
  }
  const out = opts.format === "json" ? formatCostJson(report) : opts.format === "markdown" ? formatCostMarkdown(report) : formatCostText(report);
  if (opts.output) writeOutput(opts.output, out);
  else process.stdout.write(out);
  return 0;
}
