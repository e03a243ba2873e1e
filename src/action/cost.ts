// The cost part of a PR report: the head's monthly estimate per platform and the change from base
// (the cost family's estimate, diff and markdown), plus the Action outputs derived from them.
import type { Config } from "../core/config.js";
import { costForRun } from "../cost/diff.js";
import type { CostReport, PlatformName } from "../cost/report.js";
import type { Run } from "../model/run.js";
import { formatCostMarkdown } from "../reporters/cost-markdown.js";

export const COST_PLATFORMS: readonly PlatformName[] = ["eks", "k3s"];

export interface CostRequest {
  /** The head run; its `base` (a pull request's base) gives the change. */
  readonly head: Run;
  readonly config: Config;
  /** From the inputs; the config's `cost.platforms` and `cost.region` win when it sets them. */
  readonly platforms: readonly string[];
  readonly region: string;
  /** Upper bound of the markdown (the comment shares its 65,536 characters with the findings). */
  readonly maxBytes?: number;
}

export interface CostSection {
  /** Markdown for the PR comment and the job summary, with its own heading. */
  readonly markdown: string;
  /** Action outputs: `monthly-cost`, `monthly-cost-<platform>`, and on a diff `monthly-delta`, `monthly-delta-<platform>`. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Inputs that could not be honoured. */
  readonly notes: readonly string[];
  readonly report: CostReport;
}

export function costSection(request: CostRequest): CostSection {
  const notes: string[] = [];
  const configured = (request.config.cost ?? {}) as { platforms?: unknown; region?: unknown };
  const known = request.platforms.filter((p): p is PlatformName => (COST_PLATFORMS as readonly string[]).includes(p));
  const unknown = request.platforms.filter((p) => !known.includes(p as PlatformName));
  if (unknown.length > 0) notes.push(`platforms: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not estimated (supported: ${COST_PLATFORMS.join(", ")}).`);
  const options = {
    ...(configured.platforms === undefined && known.length > 0 ? { platforms: known } : {}),
    ...(configured.region === undefined ? { region: request.region } : {}),
  };
  const report = costForRun(request.head, request.config, options);
  const outputs: Record<string, string> = {
    "monthly-cost": JSON.stringify(Object.fromEntries(report.platforms.map((p) => [p.platform, p.monthly]))),
  };
  for (const p of report.platforms) outputs[`monthly-cost-${p.platform}`] = String(p.monthly);
  if (report.diff) {
    outputs["monthly-delta"] = JSON.stringify(Object.fromEntries(report.platforms.map((p) => [p.platform, p.delta ?? 0])));
    for (const p of report.platforms) outputs[`monthly-delta-${p.platform}`] = String(p.delta ?? 0);
  }
  return { markdown: formatCostMarkdown(report, { maxBytes: request.maxBytes ?? 20_000 }), outputs, notes, report };
}
