// The cost part of a PR report: the head's monthly estimate per platform and the change from base.
// The cost family supplies the estimate; this adapter is the one place the Action asks for it.
import type { Config } from "../core/config.js";
import type { Run } from "../model/run.js";

export interface CostRequest {
  readonly head: Run;
  /** The base side of a pull request; absent on push or when the base could not be read. */
  readonly base?: Run;
  readonly config: Config;
  readonly platforms: readonly string[];
  readonly region: string;
}

export interface CostSection {
  /** Markdown for the PR comment and the job summary (no heading: the caller adds one). */
  readonly markdown: string;
  /** Action outputs, e.g. `monthly-cost-eks`, `monthly-delta-eks`, `monthly-cost` (JSON). */
  readonly outputs: Readonly<Record<string, string>>;
}

/** Undefined while no estimate is available. */
export function costSection(_request: CostRequest): CostSection | undefined {
  return undefined;
}
