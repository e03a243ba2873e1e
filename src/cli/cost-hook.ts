// Cost report for `check --cost`; the cost family replaces this with its estimate.
import type { Config } from "../core/config.js";
import type { Run } from "../model/run.js";

export function costForCheck(_run: Run, _config: Config): unknown {
  return undefined;
}
