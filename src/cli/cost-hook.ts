// Cost report for `check --cost`: the head's estimate, diffed against --base when given.
import type { Config } from "../core/config.js";
import { costForRun } from "../cost/diff.js";
import { CostUnavailable } from "../cost/estimate.js";
import type { Run } from "../model/run.js";
import type { CostReport } from "../cost/report.js";
import { UsageError } from "../workspace/files.js";

export function costForCheck(run: Run, config: Config): CostReport {
  try {
    return costForRun(run, config);
  } catch (e) {
    if (e instanceof CostUnavailable) throw new UsageError(`--cost: ${e.message}`);
    throw e;
  }
}
