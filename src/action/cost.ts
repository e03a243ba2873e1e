// The cost part of a PR report: the head's monthly estimate per platform and the change from base
// (the cost family's estimate, diff and markdown), plus the Action outputs derived from them.
import type { Config } from "../core/config.js";
import { costForRun } from "../cost/diff.js";
import { PLATFORM_LABEL, usd } from "../cost/estimate.js";
import type { CostReport, PlatformName, WorkloadCost } from "../cost/report.js";
import type { Run } from "../model/run.js";
import { formatCostMarkdown } from "../reporters/cost-markdown.js";
import { codeSpan } from "../reporters/markdown.js";

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
  /** Files the pull request changes: workloads elsewhere are listed as changed only with their reason. */
  readonly changedFiles?: ReadonlySet<string>;
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
  const { shown, untouched } = request.changedFiles && report.diff ? setAsideUntouched(report, request.changedFiles) : { shown: report, untouched: [] };
  const markdown = formatCostMarkdown(shown, { maxBytes: request.maxBytes ?? 20_000 }) + repackedNote(untouched, report);
  return { markdown, outputs, notes, report };
}

/** A change of at least half a cent: what the reports print as a change rather than "unchanged". */
const isMove = (d: number | undefined) => Math.abs(d ?? 0) >= 0.005;
const moved = (w: WorkloadCost) => Object.values(w.delta ?? {}).some(isMove);

/**
 * Workloads in files the PR does not touch whose cost still moves: not their own change, but their
 * share of nodes the change repacked. They leave the "changed workloads" table (their delta is
 * zeroed for rendering only) and are named in one sentence with that reason.
 */
function setAsideUntouched(report: CostReport, changedFiles: ReadonlySet<string>): { shown: CostReport; untouched: WorkloadCost[] } {
  const untouched = report.workloads.filter((w) => w.file !== undefined && !changedFiles.has(w.file) && moved(w));
  if (untouched.length === 0) return { shown: report, untouched };
  const aside = new Set(untouched);
  const workloads = report.workloads.map((w) => (aside.has(w) ? { ...w, delta: {} } : w));
  return { shown: { ...report, workloads }, untouched };
}

function repackedNote(untouched: readonly WorkloadCost[], report: CostReport): string {
  if (untouched.length === 0) return "";
  const names = untouched.slice(0, 5).map((w) => codeSpan(`${w.kind} ${w.namespace ?? "(no namespace)"}/${w.name}`));
  const more = untouched.length > 5 ? ` and ${untouched.length - 5} more` : "";
  const totals = report.platforms
    .map((p) => ({ p, sum: untouched.reduce((s, w) => s + (w.delta?.[p.platform] ?? 0), 0) }))
    .filter(({ sum }) => isMove(sum))
    .map(({ p, sum }) => `${sum >= 0 ? "+" : "−"}${usd(Math.abs(sum))} on ${PLATFORM_LABEL[p.platform]}`)
    .join(", ");
  return `\n${untouched.length} workload(s) in files this pull request does not touch (${names.join(", ")}${more}) move by ${totals} in total: repacked, not changed — the change moved them to other nodes, and each workload's share of the node cost moved with it.\n`;
}

const HEADING = "### Monthly cost\n\n";

/**
 * One unit: its section as it is. Several (overlays, charts, environments, each its own cluster): one
 * "Monthly cost" heading over a table of every unit (head, and the change when there is a base), then
 * each unit's own section under a heading of its name; with a base, a unit whose cost did not move is
 * only its table row. Outputs are summed over the units from their reports, to the cent.
 */
export function unitsCost(sections: readonly { name: string; section: CostSection }[]): CostSection | undefined {
  if (sections.length <= 1) return sections[0]?.section;
  const platforms = sections[0]!.section.report.platforms.map((p) => p.platform);
  const sum = (pick: (p: CostReport["platforms"][number]) => number | undefined) => {
    const total: Record<string, number> = {};
    for (const { section } of sections) for (const p of section.report.platforms) total[p.platform] = Math.round(((total[p.platform] ?? 0) + (pick(p) ?? 0)) * 100) / 100;
    return total;
  };
  const diff = sections.some((s) => s.section.report.diff !== undefined);
  const monthly = sum((p) => p.monthly);
  const delta = sum((p) => p.delta);
  const outputs: Record<string, string> = { "monthly-cost": JSON.stringify(monthly) };
  for (const [p, v] of Object.entries(monthly)) outputs[`monthly-cost-${p}`] = String(v);
  if (diff) {
    outputs["monthly-delta"] = JSON.stringify(delta);
    for (const [p, v] of Object.entries(delta)) outputs[`monthly-delta-${p}`] = String(v);
  }
  const moves = (r: CostReport) => r.platforms.some((p) => isMove(p.delta));
  const cell = (m: number, d: number | undefined) => {
    if (!diff) return usd(m);
    return !isMove(d) ? `${usd(m)} (unchanged)` : `${usd(m)} (${d! > 0 ? "▲ +" : "▼ −"}${usd(Math.abs(d!))})`;
  };
  const rows = sections.map(({ name, section }) => `| ${codeSpan(name || "(files)")} | ${platforms.map((pl) => {
    const p = section.report.platforms.find((x) => x.platform === pl);
    return p ? cell(p.monthly, p.delta) : "—";
  }).join(" | ")} |`);
  const table = [
    `| Unit | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`,
    `| --- | ${platforms.map(() => "---:").join(" | ")} |`,
    ...rows,
    `| **All units** | ${platforms.map((p) => `**${cell(monthly[p] ?? 0, delta[p])}**`).join(" | ")} |`,
  ];
  const detailed = sections.filter((s) => !diff || moves(s.section.report));
  const unitSections = detailed.map(({ name, section }) => {
    const body = section.markdown.startsWith(HEADING) ? section.markdown.slice(HEADING.length) : section.markdown;
    return `#### ${codeSpan(name || "(files)")}\n\n${body.trimEnd()}\n`;
  });
  const markdown = [
    HEADING + `Each unit is its own cluster${diff ? "; the change from the pull request's base in brackets" : ""}.\n`,
    table.join("\n") + "\n",
    ...unitSections,
  ].join("\n");
  const changed = sections.find((s) => moves(s.section.report));
  return { markdown, outputs, notes: [...new Set(sections.flatMap((s) => s.section.notes))], report: (changed ?? sections[0]!).section.report };
}
