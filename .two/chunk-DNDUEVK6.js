import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  PLATFORM_LABEL,
  percentChange,
  usd
} from "./chunk-RS3UKRK3.js";
import {
  formatCpu,
  formatMemory
} from "./chunk-Q5AAYJWF.js";

// src/reporters/cost-text.ts
function table(rows, align) {
  const widths = align.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((cell, i) => align[i] === "right" ? cell.padStart(widths[i]) : cell.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}
function change(delta, base) {
  if (Math.abs(delta) < 5e-3) return "no change";
  const pct = percentChange(base, delta);
  return `${delta > 0 ? "+" : "-"}${usd(Math.abs(delta))}${pct === void 0 ? "" : ` (${delta > 0 ? "+" : ""}${pct.toFixed(1)} %)`}`;
}
var signedUsd = (n) => `${n > 0 ? "+" : n < 0 ? "-" : "\xB1"}${usd(Math.abs(n))}`;
function nodesSummary(p) {
  if (p.nodes.length === 0) return "no nodes";
  return p.nodes.map((n) => `${n.count} \xD7 ${n.instanceType}${n.role === "node" ? "" : ` ${n.role}`}${n.pool === "gpu" ? " GPU" : ""} ${n.arch === "arm64" ? "arm64" : "amd64"}${n.lowerBound === void 0 ? "" : ` (lower bound ${n.lowerBound})`}`).join(" + ");
}
function volumeClassRows(ps) {
  if (!ps.some((p) => p.volumes.byClass.length > 1)) return [];
  const kinds = [...new Set(ps.flatMap((p) => p.volumes.byClass.map((c) => c.kind)))];
  return kinds.map((k) => [`  ${k}`, ...ps.map((p) => {
    const c = p.volumes.byClass.find((x) => x.kind === k);
    return c ? `${c.gb} GB = ${usd(c.monthly)}` : "";
  })]);
}
var money = (m, platforms) => platforms.map((p) => usd(m[p] ?? 0));
function formatCostText(report, options = {}) {
  const platforms = report.platforms.map((p) => p.platform);
  const ps = report.platforms;
  const out = [];
  out.push(`Monthly cost estimate \u2014 ${report.hoursPerMonth} hours/month, ${report.currency}, list prices of ${report.prices.snapshotDate}`);
  out.push("");
  const head = ["", ...ps.map((p) => `${PLATFORM_LABEL[p.platform]} ${p.region}`)];
  const rows = [
    head,
    ["Control plane", ...ps.map((p) => usd(p.controlPlane))],
    ["Nodes", ...ps.map((p) => usd(p.nodes.reduce((s, n) => s + n.monthly, 0)))],
    ["", ...ps.map(nodesSummary)],
    ["Load balancers", ...ps.map((p) => `${p.loadBalancers.count} \xD7 ${usd(p.loadBalancers.count === 0 ? 0 : p.loadBalancers.monthly / p.loadBalancers.count)} = ${usd(p.loadBalancers.monthly)}`)],
    ["Volumes", ...ps.map((p) => `${p.volumes.gb} GB = ${usd(p.volumes.monthly)}`)],
    ...volumeClassRows(ps),
    ["NAT gateways", ...ps.map((p) => usd(p.nat.monthly))],
    ["Public IPv4", ...ps.map((p) => `${p.publicIpv4.count} \xD7 ${usd(p.publicIpv4.count === 0 ? 0 : p.publicIpv4.monthly / p.publicIpv4.count)} = ${usd(p.publicIpv4.monthly)}`)],
    ...ps.some((p) => p.cpuCredits.monthly > 0) ? [["CPU credits", ...ps.map((p) => usd(p.cpuCredits.monthly))]] : [],
    ["Total", ...ps.map((p) => usd(p.monthly))],
    ["At HPA maximum", ...ps.map((p) => usd(p.monthlyAtMax))]
  ];
  if (report.diff) {
    rows.push(["Base", ...ps.map((p) => usd(p.base ?? 0))], ["Change", ...ps.map((p) => change(p.delta ?? 0, p.base ?? 0))]);
  }
  rows.push(
    ["Node cost: workloads", ...ps.map((p) => usd(p.allocation.workloads))],
    ["  system", ...ps.map((p) => usd(p.allocation.system))],
    ["  idle", ...ps.map((p) => usd(p.allocation.idle))]
  );
  out.push(table(rows, ["left", ...ps.map(() => "right")]));
  for (const ch of report.changes ?? []) {
    out.push("", `${PLATFORM_LABEL[ch.platform]}: ${usd(ch.base)} \u2192 ${usd(ch.head)} (${signedUsd(ch.delta)})`);
    out.push(table([
      ["Line item", "Base", "Head", "Change"],
      ...ch.lines.filter((l) => l.base !== l.head || l.delta !== 0).map((l) => [l.item, l.base, l.head, l.delta === 0 ? "" : signedUsd(l.delta)])
    ], ["left", "left", "left", "right"]));
    if (ch.why.length > 0) {
      out.push("Why:");
      out.push(table([...ch.why.map((w) => [`  ${signedUsd(w.delta)}`, w.what]), [`= ${signedUsd(ch.delta)}`, ""]], ["right", "left"]));
    }
  }
  out.push("", "By namespace");
  out.push(table([
    ["Namespace", ...platforms.map((p) => PLATFORM_LABEL[p]), ...report.diff ? platforms.map((p) => `${PLATFORM_LABEL[p]} change`) : []],
    ...report.namespaces.map((n) => [
      (n.namespace ?? "(no namespace)") + (n.team ? ` (${n.team})` : ""),
      ...money(n.monthly, platforms),
      ...report.diff ? platforms.map((p) => change(n.delta?.[p] ?? 0, n.base?.[p] ?? 0)) : []
    ]),
    ...report.shared.map((sh) => [
      `(shared) ${sh.name}`,
      ...money(sh.monthly, platforms),
      ...report.diff ? platforms.map((p) => change(sh.delta?.[p] ?? 0, sh.base?.[p] ?? 0)) : []
    ])
  ], ["left", ...platforms.map(() => "right"), ...report.diff ? platforms.map(() => "right") : []]));
  out.push(coverage(report));
  if (report.teams && report.teams.length > 0) {
    out.push("", "By team");
    out.push(table(
      [["Team", ...platforms.map((p) => PLATFORM_LABEL[p])], ...report.teams.map((t) => [t.team, ...money(t.monthly, platforms)])],
      ["left", ...platforms.map(() => "right")]
    ));
  }
  const top = options.top ?? 50;
  const sorted = [...report.workloads].sort((a, b) => (b.monthly[platforms[0]] ?? 0) - (a.monthly[platforms[0]] ?? 0));
  out.push("", "By workload");
  out.push(table([
    ["Workload", "Replicas", "CPU", "Memory", ...platforms.map((p) => PLATFORM_LABEL[p])],
    ...sorted.slice(0, top).map((w) => [
      `${w.kind} ${w.namespace ?? "(no namespace)"}/${w.name}`,
      w.replicas === null ? "per node" : w.replicasMax !== void 0 ? `${w.replicas}\u2013${w.replicasMax}` : String(w.replicas),
      formatCpu(w.cpu),
      formatMemory(w.memory),
      ...money(w.monthly, platforms)
    ])
  ], ["left", "right", "right", "right", ...platforms.map(() => "right")]));
  if (sorted.length > top) out.push(`\u2026 and ${sorted.length - top} more workloads`);
  if (report.batch.length > 0) {
    out.push("", "Jobs and CronJobs (not always on; cost per hour of a run)");
    out.push(table([
      ["Workload", "Pods", "CPU", "Memory", ...platforms.map((p) => `${PLATFORM_LABEL[p]}/hour`)],
      ...report.batch.map((b) => [
        `${b.kind} ${b.namespace ?? "(no namespace)"}/${b.name}`,
        String(b.pods),
        formatCpu(b.cpu),
        formatMemory(b.memory),
        ...platforms.map((p) => b.nodes[p] === "does not fit" ? "does not fit" : `${usd(b.hourly[p] ?? 0)} (${b.nodes[p]})`)
      ])
    ], ["left", "right", "right", "right", ...platforms.map(() => "right")]));
  }
  if (report.idleSlots.length > 0) {
    out.push("", "Idle blue-green slots (included above)");
    for (const s of report.idleSlots) {
      out.push(`  ${s.kind} ${s.namespace ?? "(no namespace)"}/${s.name}: ${s.description} \u2014 ${platforms.map((p) => `${PLATFORM_LABEL[p]} ${usd(s.monthly[p] ?? 0)}`).join(", ")}`);
    }
  }
  for (const p of ps) {
    for (const u of p.unpackable) out.push("", `Not placed on ${PLATFORM_LABEL[p.platform]}: ${u.kind} ${u.namespace ?? ""}/${u.name} \u2014 ${u.reason}`);
    for (const u of p.unpriced) out.push("", `Not priced on ${PLATFORM_LABEL[p.platform]}: ${u.kind} ${u.namespace ?? ""}/${u.name} ${u.what} \u2014 ${u.reason}`);
  }
  out.push("", "Assumptions");
  let i = 1;
  const seen = /* @__PURE__ */ new Set();
  for (const a of [...report.assumptions, ...ps.flatMap((p) => p.assumptions)]) {
    if (seen.has(a)) continue;
    seen.add(a);
    out.push(`${String(i++).padStart(3)}. ${a}`);
  }
  return out.join("\n") + "\n";
}
function coverage(report) {
  return report.platforms.map((p) => {
    const covered = report.namespaces.reduce((s, n) => s + Math.round((n.monthly[p.platform] ?? 0) * 100), 0) / 100;
    const pct = p.monthly === 0 ? 100 : covered / p.monthly * 100;
    return `${PLATFORM_LABEL[p.platform]}: namespaces cover ${usd(covered)} of ${usd(p.monthly)} (${pct.toFixed(0)} %)` + (report.shared.length > 0 ? "; the shared rows make up the rest" : "");
  }).join(". ") + ".";
}

export {
  table,
  change,
  nodesSummary,
  formatCostText,
  coverage
};
