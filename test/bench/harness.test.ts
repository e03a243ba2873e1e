// The benchmark harness in tiny mode: every benchmark runs, and the results and the README block are
// well-formed. No timing is asserted here; the figures of a tiny run mean nothing.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BenchResults } from "../../bench/report.js";
import { ROOT } from "../helpers.js";

let dir: string;
let results: BenchResults;
let stdout: string;
let readme: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tollgate-bench-test-"));
  copyFileSync(join(ROOT, "docs/benchmarks.md"), join(dir, "README.md"));
  const r = spawnSync(process.execPath, ["--import", "tsx", "bench/run.ts", "--tiny", "--no-build", "--out", join(dir, "results.json"), "--readme", join(dir, "README.md")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  if (r.status !== 0) throw new Error(`bench/run.ts --tiny exited ${r.status}:\n${r.stderr}`);
  stdout = r.stdout;
  results = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as BenchResults;
  readme = readFileSync(join(dir, "README.md"), "utf8");
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("results name the machine and the mode", () => {
  expect(results.schema).toBe(1);
  expect(results.mode).toBe("tiny");
  expect(results.machine.cpus).toBeGreaterThan(0);
  expect(results.machine.cpuModel).not.toBe("");
  expect(results.machine.node).toBe(process.version);
  expect(Number.isNaN(Date.parse(results.generatedAt))).toBe(false);
});

test("the engine, memory, start-up and cost benchmarks ran and measured something", () => {
  const b = results.benchmarks;
  for (const e of b.engine) {
    expect(e.status).toBe("ok");
    if (e.status !== "ok") continue;
    expect(e.value.objects).toBeGreaterThan(0);
    expect(e.value.medianCheckMs).toBeGreaterThan(0);
    expect(e.value.medianParseMs).toBeGreaterThan(0);
  }
  expect(b.scaling.sizes).toHaveLength(2);
  expect(Number.isFinite(b.scaling.checkExponent)).toBe(true);
  expect(b.memory.status === "ok" && b.memory.value.maxRssMB > b.memory.value.idleRssMB).toBe(true);
  expect(b.cost.status === "ok" && b.cost.value.nodeCount >= b.cost.value.lowerBound).toBe(true);
});

test("`tollgate check` loads neither express nor the AWS SDK", () => {
  const s = results.benchmarks.startup;
  expect(s.status).toBe("ok");
  if (s.status !== "ok") return;
  expect(s.value.exitCode).toBe(0);
  expect(s.value.modulesLoaded).toBeGreaterThan(0); // dist/ bundles yaml and commander: few packages remain
  expect(s.value.heavyLoaded).toEqual([]);
  // The floor (the yaml package alone, parsing the same file) ran in the same alternation.
  expect(s.value.floorMs).toHaveLength(s.value.runs);
  expect(s.value.floorRatio).toBeGreaterThan(0);
  expect(s.value.node).toBe(process.version);
  // Node 24 is timed too when the pinned binary is installed, or the row says why not.
  const s24 = results.benchmarks.startupNode24!;
  if (s24.status === "ok") expect(s24.value.node).toMatch(/^v24\./);
  else expect(s24.reason).toMatch(/Node 24 is not installed/);
});

test("webhook and action either ran or say why not", () => {
  for (const o of [results.benchmarks.webhook, results.benchmarks.action]) {
    if (o.status === "ok") continue;
    expect(o.status).toBe("skipped");
    expect(o.reason).toMatch(/^not available: /);
  }
});

test("the units benchmark rendered overlays and charts, timing the renderers apart, or says why not", () => {
  const u = results.benchmarks.units!;
  if (u.status !== "ok") {
    expect(u.status).toBe("skipped");
    expect(u.reason).toMatch(/^not available: /);
    if (process.env.TOLLGATE_REQUIRE_RENDERERS) throw new Error(`units benchmark skipped: ${u.reason}`);
    return;
  }
  expect(u.value.renders).toBe(u.value.overlays + u.value.charts);
  expect(u.value.objects).toBeGreaterThan(0);
  expect(u.value.medianRenderWallMs).toBeGreaterThan(0);
  expect(u.value.medianOwnMs).toBeCloseTo(u.value.medianTotalMs - u.value.medianRenderWallMs, 0);
  expect(results.table.some((row) => row.benchmark.includes("kustomize overlays"))).toBe(true);
});

test("every table row is complete, and the same table is printed and written between the markers", () => {
  expect(results.table.length).toBeGreaterThanOrEqual(6);
  for (const row of results.table) {
    for (const k of ["benchmark", "measured", "ratio", "target"] as const) expect(typeof row[k]).toBe("string");
    expect(["pass", "miss", "skipped", "failed", "info"]).toContain(row.result);
    expect(row.result).not.toBe("failed");
  }
  const block = /<!-- BENCH:START -->\n([\s\S]*)\n<!-- BENCH:END -->/.exec(readme)?.[1];
  expect(block).toBeDefined();
  expect(block).toContain("| Benchmark | Measured | Ratio | Target | Result |");
  expect(stdout.trim()).toBe(block!.trim());
  expect(block!.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Benchmark") && !l.startsWith("| ---"))).toHaveLength(results.table.length);
});
