import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  coverage,
  nodesSummary
} from "./chunk-DNDUEVK6.js";
import {
  PLATFORM_LABEL,
  percentChange,
  usd
} from "./chunk-RS3UKRK3.js";
import {
  formatCpu,
  formatMemory
} from "./chunk-Q5AAYJWF.js";
import "./chunk-C6Q7PKR2.js";
import "./chunk-UEKSHHOG.js";
import "./chunk-HMYCOVW3.js";

// src/reporters/cost-markdown.ts
function arrow(delta, base) {
  if (Math.abs(delta) < 5e-3) return "no change";
  const pct = percentChange(base, delta);
  const sign = delta > 0 ? "+" : "\u2212";
  return `${delta > 0 ? "\u25B2" : "\u25BC"} ${sign}${usd(Math.abs(delta))}${pct === void 0 ? "" : ` (${sign}${Math.abs(pct).toFixed(1)} %)`}`;
}
var cell = (s) => s.replace(/\|/g, "\\|");
var wName = (w) => cell(`${w.kind} ${w.namespace ?? "(no namespace)"}/${w.name}`);
function headline(report) {
  if (!report.diff) {
    return `Estimated monthly cost: ${report.platforms.map((p) => `**${usd(p.monthly)}** on ${PLATFORM_LABEL[p.platform]}`).join(", ")}.`;
  }
  const parts = report.platforms.map((p) => {
    const d = p.delta ?? 0;
    if (Math.abs(d) < 5e-3) return `unchanged on ${PLATFORM_LABEL[p.platform]} (${usd(p.monthly)})`;
    return `${d > 0 ? "increased" : "decreased"} by **${usd(Math.abs(d))}** on ${PLATFORM_LABEL[p.platform]} (to ${usd(p.monthly)})`;
  });
  return `Monthly estimate ${parts.join(", ")}.`;
}
function charts(report) {
  const out = [];
  for (const p of report.platforms) {
    const entries = report.diff ? [["base", p.base ?? 0], ["head", p.monthly]] : [
      ["control plane", p.controlPlane],
      ["nodes", p.nodes.reduce((s, n) => s + n.monthly, 0)],
      ["load balancers", p.loadBalancers.monthly],
      ["volumes", p.volumes.monthly],
      ["NAT", p.nat.monthly],
      ["public IPv4", p.publicIpv4.monthly],
      ["CPU credits", p.cpuCredits.monthly]
    ].filter(([, v]) => v > 0);
    if (entries.length === 0) continue;
    const max = Math.max(1, ...entries.map(([, v]) => v));
    out.push(
      "```mermaid",
      "xychart-beta",
      `  title "${PLATFORM_LABEL[p.platform]} (${p.region}): monthly USD"`,
      `  x-axis [${entries.map(([l]) => `"${l}"`).join(", ")}]`,
      `  y-axis "USD per month" 0 --> ${Math.ceil(max * 1.1)}`,
      `  bar [${entries.map(([, v]) => v.toFixed(2)).join(", ")}]`,
      "```",
      ""
    );
  }
  return out;
}
var signed = (n) => `${n > 0 ? "+" : n < 0 ? "\u2212" : "\xB1"}${usd(Math.abs(n))}`;
function changeSections(report, top) {
  const out = [];
  for (const ch of report.changes ?? []) {
    out.push(`**${PLATFORM_LABEL[ch.platform]}: ${usd(ch.base)} \u2192 ${usd(ch.head)} (${signed(ch.delta)})**`, "");
    out.push("| Line item | Base | Head | Change |", "| --- | --- | --- | ---: |");
    for (const l of ch.lines) {
      if (l.base === l.head && l.delta === 0) continue;
      out.push(`| ${l.item} | ${cell(l.base)} | ${cell(l.head)} | ${l.delta === 0 ? "" : signed(l.delta)} |`);
    }
    out.push("");
    if (ch.why.length > 0) {
      out.push("Why:", "");
      for (const w of ch.why.slice(0, top)) out.push(`- ${signed(w.delta)} ${cell(w.what)}`);
      if (ch.why.length > top) {
        const rest = ch.why.slice(top).reduce((s, w) => s + Math.round(w.delta * 100), 0) / 100;
        out.push(`- ${signed(rest)} ${ch.why.length - top} smaller changes`);
      }
      out.push(`- **= ${signed(ch.delta)}**`, "");
    }
  }
  return out;
}
function render(report, top, withChart) {
  const platforms = report.platforms.map((p) => p.platform);
  const out = ["### Monthly cost", "", headline(report), ""];
  if (report.diff) {
    out.push("| Platform | Base | Change | Head |", "| --- | ---: | ---: | ---: |");
    for (const p of report.platforms) {
      out.push(`| ${PLATFORM_LABEL[p.platform]} (${p.region}) | ${usd(p.base ?? 0)} | ${arrow(p.delta ?? 0, p.base ?? 0)} | ${usd(p.monthly)} |`);
    }
  } else {
    out.push("| Platform | Monthly | At HPA max | Nodes |", "| --- | ---: | ---: | --- |");
    for (const p of report.platforms) {
      out.push(`| ${PLATFORM_LABEL[p.platform]} (${p.region}) | ${usd(p.monthly)} | ${usd(p.monthlyAtMax)} | ${cell(nodesSummary(p))} |`);
    }
  }
  out.push("");
  if (report.diff) out.push(...changeSections(report, Math.min(top, 10)));
  if (withChart) out.push(...charts(report));
  out.push("<details><summary>Breakdown</summary>", "");
  out.push(`| Line item | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- |${platforms.map(() => " ---: |").join("")}`);
  const line = (label, f) => out.push(`| ${label} | ${report.platforms.map((_, i) => f(i)).join(" | ")} |`);
  const ps = report.platforms;
  line("Control plane", (i) => usd(ps[i].controlPlane));
  line("Nodes", (i) => `${cell(nodesSummary(ps[i]))}: ${usd(ps[i].nodes.reduce((s, n) => s + n.monthly, 0))}`);
  line("Load balancers", (i) => `${ps[i].loadBalancers.count}: ${usd(ps[i].loadBalancers.monthly)}`);
  line("Volumes", (i) => `${ps[i].volumes.gb} GB: ${usd(ps[i].volumes.monthly)}`);
  line("NAT gateways", (i) => usd(ps[i].nat.monthly));
  line("Public IPv4", (i) => `${ps[i].publicIpv4.count}: ${usd(ps[i].publicIpv4.monthly)}`);
  if (ps.some((p) => p.cpuCredits.monthly > 0)) line("CPU credits", (i) => usd(ps[i].cpuCredits.monthly));
  line("Node cost: workloads / system / idle", (i) => `${usd(ps[i].allocation.workloads)} / ${usd(ps[i].allocation.system)} / ${usd(ps[i].allocation.idle)}`);
  line("**Total**", (i) => `**${usd(ps[i].monthly)}**`);
  out.push("");
  out.push(`| Namespace | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- |${platforms.map(() => " ---: |").join("")}`);
  for (const n of report.namespaces.slice(0, top)) {
    out.push(`| ${cell((n.namespace ?? "(no namespace)") + (n.team ? ` (${n.team})` : ""))} | ${platforms.map((p) => usd(n.monthly[p] ?? 0)).join(" | ")} |`);
  }
  if (report.namespaces.length > top) out.push(`| \u2026 and ${report.namespaces.length - top} more | ${platforms.map(() => "").join(" | ")} |`);
  for (const sh of report.shared) out.push(`| (shared) ${cell(sh.name)} | ${platforms.map((p) => usd(sh.monthly[p] ?? 0)).join(" | ")} |`);
  out.push("", coverage(report), "");
  const sorted = [...report.workloads].sort((a, b) => (b.monthly[platforms[0]] ?? 0) - (a.monthly[platforms[0]] ?? 0));
  out.push(`| Workload | Replicas | CPU | Memory | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- | ---: | ---: | ---: |${platforms.map(() => " ---: |").join("")}`);
  for (const w of sorted.slice(0, top)) {
    const replicas = w.replicas === null ? "per node" : w.replicasMax !== void 0 ? `${w.replicas}\u2013${w.replicasMax}` : String(w.replicas);
    out.push(`| ${wName(w)} | ${replicas} | ${formatCpu(w.cpu)} | ${formatMemory(w.memory)} | ${platforms.map((p) => usd(w.monthly[p] ?? 0)).join(" | ")} |`);
  }
  if (sorted.length > top) out.push(`| \u2026 and ${sorted.length - top} more | | | | ${platforms.map(() => "").join(" | ")} |`);
  if (report.batch.length > 0) {
    out.push("", "Jobs and CronJobs, per hour of a run (not in the monthly total): " + report.batch.slice(0, top).map((b) => `${wName(b)} ${platforms.map((p) => `${PLATFORM_LABEL[p]} ${b.nodes[p] === "does not fit" ? "does not fit" : `${usd(b.hourly[p] ?? 0)} (${b.nodes[p]})`}`).join(" / ")}`).join("; ") + (report.batch.length > top ? `; and ${report.batch.length - top} more` : "") + ".");
  }
  if (report.idleSlots.length > 0) {
    out.push("", "Idle blue-green slots (included above): " + report.idleSlots.map((s) => `${wName(s)} \u2014 ${cell(s.description)}: ${platforms.map((p) => `${PLATFORM_LABEL[p]} ${usd(s.monthly[p] ?? 0)}`).join(" / ")}`).join("; ") + ".");
  }
  for (const p of ps) {
    for (const u of p.unpackable.slice(0, top)) out.push("", `\u26A0\uFE0F Not placed on ${PLATFORM_LABEL[p.platform]}: ${wName(u)} \u2014 ${cell(u.reason)}.`);
    for (const u of p.unpriced.slice(0, top)) out.push("", `\u26A0\uFE0F Not priced on ${PLATFORM_LABEL[p.platform]}: ${wName(u)} ${cell(u.what)} \u2014 ${cell(u.reason)}.`);
  }
  out.push("", "</details>", "");
  const seen = /* @__PURE__ */ new Set();
  const assumptions = [...report.assumptions, ...ps.flatMap((p) => p.assumptions)].filter((a) => seen.has(a) ? false : (seen.add(a), true));
  out.push("<details><summary>Assumptions</summary>", "");
  for (const a of assumptions.slice(0, top * 2)) out.push(`- ${a}`);
  if (assumptions.length > top * 2) out.push(`- \u2026 and ${assumptions.length - top * 2} more (run \`tollgate cost\` for all)`);
  out.push("", "</details>", "");
  out.push(`<sub>${report.hoursPerMonth} hours/month \xB7 ${report.currency} list prices from the snapshot of ${report.prices.snapshotDate} \xB7 EUR\u2192USD ${report.prices.exchangeRate.EURUSD} (${report.prices.exchangeRate.asOf}) \xB7 estimated from requests, not usage</sub>`);
  return out.join("\n") + "\n";
}
function formatCostMarkdown(report, options = {}) {
  const maxBytes = options.maxBytes ?? 2e4;
  let top = options.top ?? 25;
  let text = render(report, top, true);
  while (Buffer.byteLength(text) > maxBytes && top > 1) {
    top = Math.max(1, Math.floor(top / 2));
    text = render(report, top, true);
  }
  return text;
}
export {
  formatCostMarkdown
};
