// Cost reports per unit for `check --cost` and `cost`: each environment is its own cluster, so
// each unit gets its own estimate (diffed against the same unit at --base) and its own table.
import type { Config } from "../core/config.js";
import { costForRun } from "../cost/diff.js";
import { CostUnavailable, type EstimateOptions } from "../cost/estimate.js";
import type { CostReport } from "../cost/report.js";
import type { UnitResult } from "../engine/check.js";
import { UsageError } from "../workspace/files.js";

export interface UnitCost {
  readonly unit: string;
  readonly environment?: string;
  readonly report: CostReport;
}

/** Units with objects (or, at base, objects that went away): a unit with nothing in it costs nothing to show. */
export function costForUnits(units: readonly UnitResult[], config: Config, options: EstimateOptions = {}, flag = "--cost"): UnitCost[] {
  try {
    return units
      .filter((u) => u.run.objects.length > 0 || (u.run.base?.objects.length ?? 0) > 0)
      .map((u) => ({ unit: u.unit.name, ...(u.unit.environment ? { environment: u.unit.environment } : {}), report: costForRun(u.run, config, options) }));
  } catch (e) {
    if (e instanceof CostUnavailable) throw new UsageError(`${flag}: ${e.message}`);
    throw e;
  }
}

/** JSON: one unit's report as the cost contract; several as `{ units: [{ unit, environment, report }] }`. */
export function costUnitsJson(reports: readonly UnitCost[]): unknown {
  if (reports.length === 1) return reports[0]!.report;
  return { units: reports };
}

export async function formatCostUnits(reports: readonly UnitCost[], format: "text" | "markdown"): Promise<string> {
  const { formatCostText } = await import("../reporters/cost-text.js");
  const { formatCostMarkdown } = await import("../reporters/cost-markdown.js");
  const one = (r: CostReport) => (format === "text" ? formatCostText(r) : formatCostMarkdown(r));
  if (reports.length === 1) return one(reports[0]!.report);
  return reports
    .map((u) => {
      const title = `${u.unit}${u.environment ? ` (environment ${u.environment})` : ""}`;
      return (format === "text" ? `== ${title} ==\n` : `### ${title}\n\n`) + one(u.report);
    })
    .join("\n");
}
