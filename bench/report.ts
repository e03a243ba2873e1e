// Turns the raw results into the table printed, stored in results.json and written into the README.
import type { ActionResult } from "./action.js";
import type { CostResult } from "./cost.js";
import type { EngineResult } from "./engine.js";
import type { Machine } from "./lib/machine.js";
import type { MemoryResult } from "./memory.js";
import type { StartupResult } from "./startup.js";
import type { UnitsResult } from "./units.js";
import type { WebhookResult } from "./webhook.js";

export type Outcome<T> =
  | { readonly status: "ok"; readonly seconds: number; readonly value: T }
  | { readonly status: "skipped" | "failed"; readonly seconds: number; readonly reason: string };

export interface Scaling {
  readonly sizes: readonly { documents: number; checkMs: number; parseMs: number; ratio: number }[];
  readonly checkExponent: number;
  readonly parseExponent: number;
}

export interface Row {
  readonly benchmark: string;
  readonly measured: string;
  readonly ratio: string;
  readonly target: string;
  readonly result: "pass" | "miss" | "skipped" | "failed" | "info";
}

export interface BenchResults {
  readonly schema: 1;
  readonly generatedAt: string;
  readonly mode: "full" | "tiny";
  readonly seconds: number;
  readonly machine: Machine;
  readonly benchmarks: {
    readonly engine: readonly Outcome<EngineResult>[];
    readonly scaling: Scaling;
    readonly crowded: readonly Outcome<EngineResult>[];
    readonly crowdedScaling: Scaling;
    readonly memory: Outcome<MemoryResult>;
    readonly startup: Outcome<StartupResult>;
    /** The same on the pinned Node 24 (absent in results written before it was timed). */
    readonly startupNode24?: Outcome<StartupResult>;
    readonly cost: Outcome<CostResult>;
    readonly webhook: Outcome<WebhookResult>;
    readonly action: Outcome<ActionResult>;
    /** Absent in results written before units existed. */
    readonly units?: Outcome<UnitsResult>;
  };
  readonly table: readonly Row[];
}

export const TARGETS = {
  checkVsParse: 1.5,
  peakMemoryMB: 400,
  /** Check's fitted growth exponent may exceed parse-only's by this much (near-linear). */
  excessExponent: 0.15,
  /** `tollgate check` of one small file ÷ `node -e 0`, median of alternated pairs. */
  startupRatio: 1.5,
  webhookThroughput: 0.7,
  webhookP99Ms: 5,
  costMs: 1000,
} as const;

const time = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const n = (x: number) => x.toLocaleString("en-US");
const verdict = (ok: boolean): Row["result"] => (ok ? "pass" : "miss");

function unavailableRow(benchmark: string, target: string, o: Outcome<unknown>): Row {
  return { benchmark, measured: o.status === "ok" ? "" : o.reason, ratio: "—", target, result: o.status === "ok" ? "info" : o.status };
}

export function rows(r: Omit<BenchResults, "table">): Row[] {
  const b = r.benchmarks;
  const out: Row[] = [];

  // The 10k point (the middle size; in a tiny run, whatever the middle is).
  const mid = b.engine[1] ?? b.engine[0];
  const parseTarget = `≤ ${TARGETS.checkVsParse}× parse-only`;
  if (mid?.status === "ok") {
    const e = mid.value;
    out.push({
      benchmark: `check vs parse-only, ${n(e.documents)} documents`,
      measured: `check ${time(e.medianCheckMs)}, parse-only ${time(e.medianParseMs)} (median of ${e.checkMs.length})`,
      ratio: `${e.ratio.toFixed(2)}×`,
      target: parseTarget,
      result: verdict(e.ratio <= TARGETS.checkVsParse),
    });
  } else out.push(unavailableRow("check vs parse-only", parseTarget, mid ?? { status: "failed", seconds: 0, reason: "no run" }));

  const memTarget = `≤ ${TARGETS.peakMemoryMB} MB`;
  if (b.memory.status === "ok") {
    const m = b.memory.value;
    out.push({
      benchmark: `peak memory, \`tollgate check\` of ${n(m.documents)} documents`,
      measured: `maxRSS ${m.maxRssMB} MB (heap ${m.heapTotalMB} MB; bare node ${m.idleRssMB} MB) for ${m.sourceMB} MB of YAML in ${time(m.wallMs)}`,
      ratio: `${(m.maxRssMB / m.sourceMB).toFixed(1)}× source size`,
      target: memTarget,
      result: verdict(m.maxRssMB <= TARGETS.peakMemoryMB),
    });
  } else out.push(unavailableRow("peak memory", memTarget, b.memory));

  // Judged on growth beyond parsing's, fitted in the same run: a loaded machine bends both curves alike.
  const scaleTarget = `exponent ≤ parse-only's + ${TARGETS.excessExponent}`;
  for (const [label, s] of [["scaling", b.scaling], ["scaling, 4 crowded namespaces", b.crowdedScaling]] as const) {
    if (s.sizes.length < 2) continue;
    out.push({
      benchmark: `${label}, ${s.sizes.map((x) => `${x.documents / 1000}k`).join(" / ")} documents`,
      measured: `check ${s.sizes.map((x) => time(x.checkMs)).join(" / ")}; check ÷ parse ${s.sizes.map((x) => x.ratio.toFixed(2)).join(" / ")}`,
      ratio: `time ∝ n^${s.checkExponent.toFixed(2)} (parse-only n^${s.parseExponent.toFixed(2)})`,
      target: scaleTarget,
      result: verdict(s.checkExponent - s.parseExponent <= TARGETS.excessExponent),
    });
  }

  const startTarget = `≤ ${TARGETS.startupRatio}× \`node -e 0\`; no express, @aws-sdk, ajv`;
  for (const [label, o] of [["", b.startup], [" (Node 24)", b.startupNode24]] as const) {
    if (o === undefined) continue;
    if (o.status === "ok") {
      const s = o.value;
      out.push({
        benchmark: `start-up, \`tollgate check\` of one small file, Node ${s.node ?? "?"}`,
        measured: `${time(s.medianCheckMs)} median of ${s.runs} (bare node ${time(s.medianNodeMs)}; the yaml package alone, bundled, parsing the same file: ${time(s.medianFloorMs ?? NaN)}, ${(s.floorRatio ?? NaN).toFixed(2)}×); ${s.packagesLoaded.length ? `loads ${s.packagesLoaded.join(", ")}` : "loads no npm package (bundled)"}${s.heavyLoaded.length ? `; HEAVY: ${s.heavyLoaded.join(", ")}` : ""}`,
        ratio: `${s.ratio.toFixed(2)}× \`node -e 0\``,
        target: startTarget,
        result: verdict(s.ratio <= TARGETS.startupRatio && s.heavyLoaded.length === 0 && s.exitCode === 0),
      });
    } else out.push(unavailableRow(`start-up${label}`, startTarget, o));
  }

  const hookTarget = `≥ ${TARGETS.webhookThroughput * 100} % of bare express; p99 < ${TARGETS.webhookP99Ms} ms at 100 req/s`;
  if (b.webhook.status === "ok") {
    const w = b.webhook.value;
    out.push({
      benchmark: "webhook `/validate`, typical Deployment, HTTPS loopback",
      measured: `${n(Math.round(w.tollgate.rps))} req/s vs bare express ${n(Math.round(w.baseline.rps))} req/s at saturation; at 100 req/s p50 ${time(w.fixedRate.p50Ms)}, p99 ${time(w.fixedRate.p99Ms)} (bare express ${time(w.fixedRate.baselineP99Ms)}); peak RSS ${w.tollgate.maxRssMB} MB (bare ${w.baseline.maxRssMB} MB); server CPU per request ${n(w.tollgate.cpuUsPerRequest)} µs vs ${n(w.baseline.cpuUsPerRequest)} µs (bare ÷ tollgate ${(w.cpuRatio * 100).toFixed(0)} %)`,
      ratio: `${(w.throughputRatio * 100).toFixed(0)} % of bare express`,
      target: hookTarget,
      result: verdict(w.throughputRatio >= TARGETS.webhookThroughput && w.fixedRate.p99Ms < TARGETS.webhookP99Ms),
    });
  } else out.push(unavailableRow("webhook `/validate`", hookTarget, b.webhook));

  const costTarget = `< ${time(TARGETS.costMs)}`;
  if (b.cost.status === "ok") {
    const c = b.cost.value;
    out.push({
      benchmark: `cost: ${n(c.workloads)} workloads × ${c.instanceTypes} instance types`,
      measured: `${time(c.medianMs)} median of ${c.runs}; cheapest ${c.chosen}: ${n(c.nodeCount)} nodes for ${n(c.replicas)} pods`,
      ratio: `${c.ratio.toFixed(3)}× lower bound (${n(c.lowerBound)} nodes)`,
      target: costTarget,
      result: verdict(c.medianMs < TARGETS.costMs),
    });
  } else out.push(unavailableRow("cost packing", costTarget, b.cost));

  if (b.action.status === "ok") {
    const a = b.action.value;
    out.push({
      benchmark: "GitHub Action end to end on `examples/`, loopback API",
      measured: `${time(a.medianMs)} median of ${a.runs} (${a.apiRequests} API requests); \`tollgate check examples/\` ${time(a.cliMedianMs)}`,
      ratio: `${a.ratio.toFixed(2)}× the CLI`,
      target: "—",
      result: "info",
    });
  } else out.push(unavailableRow("GitHub Action end to end", "—", b.action));

  const unitsTarget = `tollgate's own ≤ ${TARGETS.checkVsParse}× parse-only`;
  if (b.units?.status === "ok") {
    const u = b.units.value;
    out.push({
      benchmark: `repository of ${u.overlays} kustomize overlays and ${u.charts} Helm charts (${n(u.objects)} rendered objects), end to end`,
      measured: `${time(u.medianTotalMs)} median of ${u.runs}: renderers ${time(u.medianRenderWallMs)} wall (${u.renders} renders, 4 at a time), tollgate's own ${time(u.medianOwnMs)}; parse-only ${time(u.medianParseMs)}`,
      ratio: `${u.ratio.toFixed(2)}× parse-only`,
      target: unitsTarget,
      result: verdict(u.ratio <= TARGETS.checkVsParse),
    });
  } else if (b.units) out.push(unavailableRow("repository of overlays and charts, end to end", unitsTarget, b.units));
  return out;
}

const mark: Record<Row["result"], string> = { pass: "✅ pass", miss: "❌ miss", skipped: "⏭ skipped", failed: "💥 failed", info: "—" };

export function renderTable(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    `Last run ${r.generatedAt.slice(0, 16).replace("T", " ")} UTC${r.mode === "tiny" ? " (tiny mode: figures are meaningless)" : ""}, ${Math.round(r.seconds)} s in all, on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform}), 1-minute load average ${m.loadAverage} at the start. Ratios are measured in the same run; absolute times are this machine's.`,
    "",
    "| Benchmark | Measured | Ratio | Target | Result |",
    "| --- | --- | --- | --- | --- |",
    ...r.table.map((row) => `| ${[row.benchmark, row.measured, row.ratio, row.target, mark[row.result]].map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`),
  ];
  return lines.join("\n");
}
