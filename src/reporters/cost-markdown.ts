// The cost block of a PR comment: totals per platform with the change, a Mermaid bar chart, the
// top changed workloads, a collapsible breakdown and the assumptions; kept under ~20 KB.
import { PLATFORM_LABEL, usd } from "../cost/estimate.js";
import { percentChange } from "../cost/diff.js";
import type { CostReport, PlatformName, WorkloadCost } from "../cost/report.js";
import { formatCpu, formatMemory } from "../model/quantity.js";
import { nodesSummary } from "./cost-text.js";

export interface CostMarkdownOptions {
  /** Workloads listed in the breakdown and the change table before "and N more". */
  readonly top?: number;
  /** Upper bound on the output; lists shrink until it fits. */
  readonly maxBytes?: number;
}

function arrow(delta: number, base: number): string {
  if (Math.abs(delta) < 0.005) return "no change";
  const pct = percentChange(base, delta);
  const sign = delta > 0 ? "+" : "−";
  return `${delta > 0 ? "▲" : "▼"} ${sign}${usd(Math.abs(delta))}${pct === undefined ? "" : ` (${sign}${Math.abs(pct).toFixed(1)} %)`}`;
}

const cell = (s: string) => s.replace(/\|/g, "\\|");
const wName = (w: { kind: string; namespace: string | null; name: string }) => cell(`${w.kind} ${w.namespace ?? "(no namespace)"}/${w.name}`);

function headline(report: CostReport): string {
  if (!report.diff) {
    return `Estimated monthly cost: ${report.platforms.map((p) => `**${usd(p.monthly)}** on ${PLATFORM_LABEL[p.platform]}`).join(", ")}.`;
  }
  const parts = report.platforms.map((p) => {
    const d = p.delta ?? 0;
    if (Math.abs(d) < 0.005) return `unchanged on ${PLATFORM_LABEL[p.platform]} (${usd(p.monthly)})`;
    return `${d > 0 ? "increased" : "decreased"} by **${usd(Math.abs(d))}** on ${PLATFORM_LABEL[p.platform]} (to ${usd(p.monthly)})`;
  });
  return `Monthly estimate ${parts.join(", ")}.`;
}

function chart(report: CostReport): string[] {
  const labels: string[] = [];
  const values: number[] = [];
  for (const p of report.platforms) {
    if (report.diff) {
      labels.push(`"${PLATFORM_LABEL[p.platform]} base"`, `"${PLATFORM_LABEL[p.platform]} head"`);
      values.push(p.base ?? 0, p.monthly);
    } else {
      labels.push(`"${PLATFORM_LABEL[p.platform]}"`);
      values.push(p.monthly);
    }
  }
  const max = Math.max(1, ...values);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Monthly cost (USD)"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "USD per month" 0 --> ${Math.ceil(max * 1.1)}`,
    `  bar [${values.map((v) => v.toFixed(2)).join(", ")}]`,
    "```",
  ];
}

function render(report: CostReport, top: number, withChart: boolean): string {
  const platforms: PlatformName[] = report.platforms.map((p) => p.platform);
  const out: string[] = ["### Monthly cost", "", headline(report), ""];
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
  if (withChart) out.push(...chart(report), "");

  if (report.diff) {
    const first = platforms[0]!;
    const changed = report.workloads
      .filter((w) => platforms.some((p) => Math.abs(w.delta?.[p] ?? 0) >= 0.005))
      .sort((a, b) => Math.abs(b.delta?.[first] ?? 0) - Math.abs(a.delta?.[first] ?? 0));
    if (changed.length > 0) {
      out.push("**Top changed workloads**", "", `| Workload | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- |${platforms.map(() => " ---: |").join("")}`);
      for (const w of changed.slice(0, Math.min(top, 10))) {
        out.push(`| ${wName(w)} | ${platforms.map((p) => arrow(w.delta?.[p] ?? 0, w.base?.[p] ?? 0)).join(" | ")} |`);
      }
      if (changed.length > Math.min(top, 10)) out.push(`| … and ${changed.length - Math.min(top, 10)} more | ${platforms.map(() => "").join(" | ")} |`);
      out.push("");
    }
  }

  out.push("<details><summary>Breakdown</summary>", "");
  out.push(`| Line item | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- |${platforms.map(() => " ---: |").join("")}`);
  const line = (label: string, f: (i: number) => string) => out.push(`| ${label} | ${report.platforms.map((_, i) => f(i)).join(" | ")} |`);
  const ps = report.platforms;
  line("Control plane", (i) => usd(ps[i]!.controlPlane));
  line("Nodes", (i) => `${cell(nodesSummary(ps[i]!))}: ${usd(ps[i]!.nodes.reduce((s, n) => s + n.monthly, 0))}`);
  line("Load balancers", (i) => `${ps[i]!.loadBalancers.count}: ${usd(ps[i]!.loadBalancers.monthly)}`);
  line("Volumes", (i) => `${ps[i]!.volumes.gb} GB: ${usd(ps[i]!.volumes.monthly)}`);
  line("NAT gateways", (i) => usd(ps[i]!.nat.monthly));
  line("Public IPv4", (i) => (ps[i]!.platform === "eks" ? "in LB/NAT" : usd(ps[i]!.publicIpv4.monthly)));
  line("Node cost: workloads / system / idle", (i) => `${usd(ps[i]!.allocation.workloads)} / ${usd(ps[i]!.allocation.system)} / ${usd(ps[i]!.allocation.idle)}`);
  line("**Total**", (i) => `**${usd(ps[i]!.monthly)}**`);
  out.push("");

  out.push(`| Namespace | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- |${platforms.map(() => " ---: |").join("")}`);
  for (const n of report.namespaces.slice(0, top)) {
    out.push(`| ${cell((n.namespace ?? "(no namespace)") + (n.team ? ` (${n.team})` : ""))} | ${platforms.map((p) => usd(n.monthly[p] ?? 0)).join(" | ")} |`);
  }
  if (report.namespaces.length > top) out.push(`| … and ${report.namespaces.length - top} more | ${platforms.map(() => "").join(" | ")} |`);
  out.push("");

  const sorted: WorkloadCost[] = [...report.workloads].sort((a, b) => (b.monthly[platforms[0]!] ?? 0) - (a.monthly[platforms[0]!] ?? 0));
  out.push(`| Workload | Replicas | CPU | Memory | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- | ---: | ---: | ---: |${platforms.map(() => " ---: |").join("")}`);
  for (const w of sorted.slice(0, top)) {
    const replicas = w.replicas === null ? "per node" : w.replicasMax !== undefined ? `${w.replicas}–${w.replicasMax}` : String(w.replicas);
    out.push(`| ${wName(w)} | ${replicas} | ${formatCpu(w.cpu)} | ${formatMemory(w.memory)} | ${platforms.map((p) => usd(w.monthly[p] ?? 0)).join(" | ")} |`);
  }
  if (sorted.length > top) out.push(`| … and ${sorted.length - top} more | | | | ${platforms.map(() => "").join(" | ")} |`);
  if (report.batch.length > 0) {
    out.push("", "Jobs and CronJobs, per hour of a run (not in the monthly total): " +
      report.batch.slice(0, top).map((b) => `${wName(b)} ${platforms.map((p) => `${PLATFORM_LABEL[p]} ${usd(b.hourly[p] ?? 0)}`).join(" / ")}`).join("; ") +
      (report.batch.length > top ? `; and ${report.batch.length - top} more` : "") + ".");
  }
  if (report.idleSlots.length > 0) {
    out.push("", "Idle blue-green slots (included above): " +
      report.idleSlots.map((s) => `${wName(s)} — ${cell(s.description)}: ${platforms.map((p) => `${PLATFORM_LABEL[p]} ${usd(s.monthly[p] ?? 0)}`).join(" / ")}`).join("; ") + ".");
  }
  for (const p of ps) {
    for (const u of p.unpackable.slice(0, top)) out.push("", `⚠️ Not placed on ${PLATFORM_LABEL[p.platform]}: ${wName(u)} — ${cell(u.reason)}.`);
  }
  out.push("", "</details>", "");

  const seen = new Set<string>();
  const assumptions = [...report.assumptions, ...ps.flatMap((p) => p.assumptions)].filter((a) => (seen.has(a) ? false : (seen.add(a), true)));
  out.push("<details><summary>Assumptions</summary>", "");
  for (const a of assumptions.slice(0, top * 2)) out.push(`- ${a}`);
  if (assumptions.length > top * 2) out.push(`- … and ${assumptions.length - top * 2} more (run \`tollgate cost\` for all)`);
  out.push("", "</details>", "");
  out.push(`<sub>${report.hoursPerMonth} hours/month · ${report.currency} list prices from the snapshot of ${report.prices.snapshotDate} · EUR→USD ${report.prices.exchangeRate.EURUSD} (${report.prices.exchangeRate.asOf}) · estimated from requests, not usage</sub>`);
  return out.join("\n") + "\n";
}

/** Markdown for a PR comment or job summary; lists shrink until the text fits `maxBytes` (default 20,000). */
export function formatCostMarkdown(report: CostReport, options: CostMarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? 20_000;
  let top = options.top ?? 25;
  let text = render(report, top, true);
  while (Buffer.byteLength(text) > maxBytes && top > 1) {
    top = Math.max(1, Math.floor(top / 2));
    text = render(report, top, true);
  }
  return text;
}
