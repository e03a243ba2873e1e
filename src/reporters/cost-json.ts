// `tollgate cost --format json`: the cost report contract of DESIGN.md at the top level.
import type { CostReport } from "../cost/report.js";

export function formatCostJson(report: CostReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
