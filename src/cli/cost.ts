// `tollgate cost`: the monthly estimate of the manifests (and the change from --base) as a table,
// the JSON contract or a PR-comment markdown block.
import { readFileSync } from "node:fs";
import type { EstimateOptions } from "../cost/estimate.js";
import { mergeSnapshot } from "../cost/prices/merge.js";
import { validateSnapshot } from "../cost/prices/schema.js";
import { EMBEDDED_SNAPSHOT } from "../cost/prices/snapshot.js";
import type { PriceSnapshot } from "../cost/prices/types.js";
import type { PlatformName } from "../cost/report.js";
import { unitRun, type UnitInput } from "../engine/check.js";
import { UsageError } from "../workspace/files.js";
import { openSession } from "../workspace/session.js";
import { requireManifests, writeOutput } from "./usage.js";
import { costForUnits, costUnitsJson, formatCostUnits } from "./cost-hook.js";
import { boundHeapGrowth } from "./heap.js";
import { fileRunContext, loadConfigFile } from "../workspace/config.js";

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

export async function runCost(paths: string[], opts: CostOptions): Promise<number> {
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
  const session = await openSession({ paths, cwd, config, ...(configFile ? { configFile } : {}), context, ...(opts.base ? { base: opts.base } : {}), stdin: () => readFileSync(0, "utf8") });
  try {
    requireManifests({ files: session.headFiles, problems: session.problems }, paths, opts.allowEmpty);
    for (const m of session.messages) process.stderr.write(m + "\n");
    for (const p of session.problems) process.stderr.write(`tollgate: ${p.message}\n`);
    for (const u of session.head.units) for (const n of u.notes) process.stderr.write(`tollgate: ${n.message}\n`);
    const baseByName = new Map((session.base?.units ?? []).map((u) => [u.name, u]));
    const units = session.head.units.map((unit) => ({ unit, run: unitRun(unit, context, baseByName.get(unit.name) ?? (session.base ? emptyUnit(unit) : undefined)) }));
    // A unit only at base (an environment the change removes) shows as a saving.
    for (const b of session.base?.units ?? []) {
      if (!session.head.units.some((u) => u.name === b.name)) units.push({ unit: b, run: unitRun(emptyUnit(b), context, b) });
    }
    const reports = costForUnits(units, config, options, "cost");
    if (reports.length === 0) {
      if (!opts.allowEmpty) throw new UsageError(`no Kubernetes objects to estimate under ${paths.join(", ")}`);
      // --allow-empty: say so instead of billing an empty cluster.
      const none = opts.format === "json" ? `${JSON.stringify({ units: [] })}\n` : `No Kubernetes objects under ${paths.join(", ")}: nothing to estimate.\n`;
      if (opts.output) writeOutput(opts.output, none);
      else process.stdout.write(none);
      return 0;
    }
    const out = opts.format === "json" ? JSON.stringify(costUnitsJson(reports), null, 2) + "\n" : await formatCostUnits(reports, opts.format);
    if (opts.output) writeOutput(opts.output, out);
    else process.stdout.write(out);
    return 0;
  } finally {
    session.dispose();
  }
}

function emptyUnit(u: UnitInput): UnitInput {
  return { ...u, documents: [], problems: [], notes: [], fileCount: 0 };
}
