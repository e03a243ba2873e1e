// Cost reports per unit for `check --cost` and `cost`: each environment is its own cluster, so
// each unit gets its own estimate (diffed against the same unit at --base) and its own table.
import type { Config } from "../core/config.js";
import { costForRun } from "../cost/diff.js";
import { CostUnavailable, type EstimateOptions } from "../cost/estimate.js";
import { round2, type CostReport, type PerPlatform, type PlatformCost, type TeamCost } from "../cost/report.js";
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

/** JSON: one unit's report as the cost contract; several combined in the same shape, with `units`. */
export function costUnitsJson(reports: readonly UnitCost[]): unknown {
  if (reports.length === 1) return reports[0]!.report;
  return combineReports(reports);
}

export async function formatCostUnits(reports: readonly UnitCost[], format: "text" | "markdown"): Promise<string> {
  const { formatCostText } = await import("../reporters/cost-text.js");
  const { formatCostMarkdown } = await import("../reporters/cost-markdown.js");
  const one = (r: CostReport) => (format === "text" ? formatCostText(r) : formatCostMarkdown(r));
  if (reports.length === 1) return one(reports[0]!.report);
  const details = reports.map((u) => {
    const title = `${u.unit}${u.environment ? ` (environment ${u.environment})` : ""}`;
    return (format === "text" ? `== ${title} ==\n` : `### ${title}\n\n`) + one(u.report);
  });
  return [overview(reports, format), ...details].join("\n");
}

/** One line per unit: what each environment costs per month on each platform (and the change). */
function overview(reports: readonly UnitCost[], format: "text" | "markdown"): string {
  const platforms = reports[0]!.report.platforms.map((p) => p.platform);
  const money = (n: number) => `$${n.toFixed(2)}`;
  const change = (n: number) => `${n >= 0 ? "+" : "−"}$${Math.abs(n).toFixed(2)}`;
  const diff = reports.some((u) => u.report.platforms.some((p) => p.delta !== undefined));
  const label = (p: string) => (p === "k3s" ? p : p.toUpperCase());
  const header = ["Unit", "Environment", ...platforms.flatMap((p) => (diff ? [label(p), `${label(p)} change`] : [label(p)]))];
  const rows = reports.map((u) => [
    u.unit,
    u.environment ?? "",
    ...platforms.flatMap((name) => {
      const p = u.report.platforms.find((x) => x.platform === name);
      return diff ? [money(p?.monthly ?? 0), change(p?.delta ?? 0)] : [money(p?.monthly ?? 0)];
    }),
  ]);
  const first = reports[0]!.report;
  const title = `Monthly cost by unit — each unit its own cluster; ${first.hoursPerMonth} hours/month, ${first.currency}, list prices of ${first.prices.snapshotDate}`;
  if (format === "markdown") {
    return [`**${title}**`, "", `| ${header.join(" | ")} |`, `|${header.map((_, i) => (i < 2 ? "---" : "---:")).join("|")}|`, ...rows.map((r) => `| ${r.map((c) => (c === "" ? "" : c.replace(/\|/g, "\\|"))).join(" | ")} |`), ""].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [title, "", line(header), ...rows.map(line), ""].join("\n");
}

const add = (values: readonly (number | undefined)[]) => round2(values.reduce<number>((a, v) => a + (v ?? 0), 0));
const addPer = (values: readonly (PerPlatform | undefined)[]): PerPlatform => {
  const out: Record<string, number> = {};
  for (const v of values) for (const [k, n] of Object.entries(v ?? {})) out[k] = round2((out[k] ?? 0) + (n ?? 0));
  return out as PerPlatform;
};

/**
 * Several units as one report in the cost contract's shape: each unit is its own cluster, so the
 * totals are sums of per-unit estimates (never one packing of everything); workloads and namespaces
 * carry their unit, and `units` holds each unit's own report.
 */
export function combineReports(reports: readonly UnitCost[]): CostReport & { units: readonly UnitCost[] } {
  const first = reports[0]!.report;
  const all = reports.map((r) => r.report);
  const platforms: PlatformCost[] = first.platforms.map((p) => {
    const same = all.map((r) => r.platforms.find((x) => x.platform === p.platform)).filter((x): x is PlatformCost => x !== undefined);
    const line = (pick: (x: PlatformCost) => { count: number; monthly: number; description: string }) => ({ ...pick(p), count: same.reduce((a, x) => a + pick(x).count, 0), monthly: add(same.map((x) => pick(x).monthly)) });
    return {
      ...p,
      monthly: add(same.map((x) => x.monthly)),
      monthlyAtMax: add(same.map((x) => x.monthlyAtMax)),
      controlPlane: add(same.map((x) => x.controlPlane)),
      nodes: same.flatMap((x) => x.nodes),
      loadBalancers: line((x) => x.loadBalancers),
      nat: line((x) => x.nat),
      publicIpv4: line((x) => x.publicIpv4),
      volumes: { ...p.volumes, gb: add(same.map((x) => x.volumes.gb)), monthly: add(same.map((x) => x.volumes.monthly)) },
      allocation: {
        workloads: add(same.map((x) => x.allocation.workloads)),
        system: add(same.map((x) => x.allocation.system)),
        idle: add(same.map((x) => x.allocation.idle)),
      },
      unpackable: same.flatMap((x) => x.unpackable),
      ...(p.delta !== undefined ? { base: add(same.map((x) => x.base)), head: add(same.map((x) => x.head)), delta: add(same.map((x) => x.delta)) } : {}),
    };
  });
  const teams = new Map<string, TeamCost[]>();
  for (const t of all.flatMap((r) => r.teams ?? [])) teams.set(t.team, [...(teams.get(t.team) ?? []), t]);
  const tagged = <T extends object>(pick: (r: CostReport) => readonly T[]) => reports.flatMap((u) => pick(u.report).map((x) => ({ ...x, unit: u.unit })));
  const diffs = all.map((r) => r.diff).filter((d) => d !== undefined);
  return {
    ...first,
    platforms,
    workloads: tagged((r) => r.workloads),
    namespaces: tagged((r) => r.namespaces),
    ...(teams.size > 0
      ? { teams: [...teams].sort(([a], [b]) => a.localeCompare(b)).map(([team, list]) => ({ ...list[0]!, team, namespaces: [...new Set(list.flatMap((t) => t.namespaces))], monthly: addPer(list.map((t) => t.monthly)) })) }
      : {}),
    batch: tagged((r) => r.batch),
    idleSlots: tagged((r) => r.idleSlots),
    ...(diffs.length > 0 ? { diff: { baseWorkloads: diffs.reduce((a, d) => a + d!.baseWorkloads, 0), headWorkloads: diffs.reduce((a, d) => a + d!.headWorkloads, 0) } } : {}),
    units: reports,
  };
}
