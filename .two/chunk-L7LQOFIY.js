import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  UsageError
} from "./chunk-IPQB3CPI.js";
import {
  CostUnavailable,
  costForRun,
  round2
} from "./chunk-RS3UKRK3.js";

// src/cli/cost-hook.ts
function costForUnits(units, config, options = {}, flag = "--cost") {
  try {
    return units.filter((u) => u.run.objects.length > 0 || (u.run.base?.objects.length ?? 0) > 0).map((u) => ({ unit: u.unit.name, ...u.unit.environment ? { environment: u.unit.environment } : {}, report: costForRun(u.run, config, options) }));
  } catch (e) {
    if (e instanceof CostUnavailable) throw new UsageError(`${flag}: ${e.message}`);
    throw e;
  }
}
function costUnitsJson(reports) {
  if (reports.length === 1) return reports[0].report;
  return combineReports(reports);
}
async function formatCostUnits(reports, format) {
  const { formatCostText } = await import("./cost-text-W3TFV2X4.js");
  const { formatCostMarkdown } = await import("./cost-markdown-HYKXY3PP.js");
  const one = (r) => format === "text" ? formatCostText(r) : formatCostMarkdown(r);
  if (reports.length === 1) return one(reports[0].report);
  const details = reports.map((u) => {
    const title = `${u.unit}${u.environment ? ` (environment ${u.environment})` : ""}`;
    return (format === "text" ? `== ${title} ==
` : `### ${title}

`) + one(u.report);
  });
  return [overview(reports, format), ...details].join("\n");
}
function overview(reports, format) {
  const platforms = reports[0].report.platforms.map((p) => p.platform);
  const money = (n) => `$${n.toFixed(2)}`;
  const change = (n) => `${n >= 0 ? "+" : "\u2212"}$${Math.abs(n).toFixed(2)}`;
  const diff = reports.some((u) => u.report.platforms.some((p) => p.delta !== void 0));
  const label = (p) => p === "k3s" ? p : p.toUpperCase();
  const header = ["Unit", "Environment", ...platforms.flatMap((p) => diff ? [label(p), `${label(p)} change`] : [label(p)])];
  const rows = reports.map((u) => [
    u.unit,
    u.environment ?? "",
    ...platforms.flatMap((name) => {
      const p = u.report.platforms.find((x) => x.platform === name);
      return diff ? [money(p?.monthly ?? 0), change(p?.delta ?? 0)] : [money(p?.monthly ?? 0)];
    })
  ]);
  const first = reports[0].report;
  const title = `Monthly cost by unit \u2014 each unit its own cluster; ${first.hoursPerMonth} hours/month, ${first.currency}, list prices of ${first.prices.snapshotDate}`;
  if (format === "markdown") {
    return [`**${title}**`, "", `| ${header.join(" | ")} |`, `|${header.map((_, i) => i < 2 ? "---" : "---:").join("|")}|`, ...rows.map((r) => `| ${r.map((c) => c === "" ? "" : c.replace(/\|/g, "\\|")).join(" | ")} |`), ""].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("  ").trimEnd();
  return [title, "", line(header), ...rows.map(line), ""].join("\n");
}
var add = (values) => round2(values.reduce((a, v) => a + (v ?? 0), 0));
var addPer = (values) => {
  const out = {};
  for (const v of values) for (const [k, n] of Object.entries(v ?? {})) out[k] = round2((out[k] ?? 0) + (n ?? 0));
  return out;
};
function combineReports(reports) {
  const first = reports[0].report;
  const all = reports.map((r) => r.report);
  const platforms = first.platforms.map((p) => {
    const same = all.map((r) => r.platforms.find((x) => x.platform === p.platform)).filter((x) => x !== void 0);
    const line = (pick) => ({ ...pick(p), count: same.reduce((a, x) => a + pick(x).count, 0), monthly: add(same.map((x) => pick(x).monthly)) });
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
        idle: add(same.map((x) => x.allocation.idle))
      },
      unpackable: same.flatMap((x) => x.unpackable),
      ...p.delta !== void 0 ? { base: add(same.map((x) => x.base)), head: add(same.map((x) => x.head)), delta: add(same.map((x) => x.delta)) } : {}
    };
  });
  const teams = /* @__PURE__ */ new Map();
  for (const t of all.flatMap((r) => r.teams ?? [])) teams.set(t.team, [...teams.get(t.team) ?? [], t]);
  const tagged = (pick) => reports.flatMap((u) => pick(u.report).map((x) => ({ ...x, unit: u.unit })));
  const diffs = all.map((r) => r.diff).filter((d) => d !== void 0);
  return {
    ...first,
    platforms,
    workloads: tagged((r) => r.workloads),
    namespaces: tagged((r) => r.namespaces),
    ...teams.size > 0 ? { teams: [...teams].sort(([a], [b]) => a.localeCompare(b)).map(([team, list]) => ({ ...list[0], team, namespaces: [...new Set(list.flatMap((t) => t.namespaces))], monthly: addPer(list.map((t) => t.monthly)) })) } : {},
    batch: tagged((r) => r.batch),
    idleSlots: tagged((r) => r.idleSlots),
    ...diffs.length > 0 ? { diff: { baseWorkloads: diffs.reduce((a, d) => a + d.baseWorkloads, 0), headWorkloads: diffs.reduce((a, d) => a + d.headWorkloads, 0) } } : {},
    units: reports
  };
}

export {
  costForUnits,
  costUnitsJson,
  formatCostUnits,
  combineReports
};
