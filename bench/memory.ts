// Peak memory of the real CLI, `tollgate check <dir>` on a generated repository written to disk:
// maxRSS of that process alone (the corpus generator and this script are not in it).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { emit, log, options, type Options } from "./lib/child.js";
import { ROOT } from "./lib/registry.js";
import { MB, round } from "./lib/stats.js";
import { generateCorpus } from "./corpus.js";

export interface MemoryResult {
  readonly documents: number;
  readonly files: number;
  readonly sourceMB: number;
  readonly maxRssMB: number;
  readonly heapTotalMB: number;
  /** Peak RSS of `node -e 0`-like start-up: the floor every process pays. */
  readonly idleRssMB: number;
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly findings: number;
}

const o = options<Options & { documents: number }>();
const dir = mkdtempSync(join(tmpdir(), "tollgate-bench-memory-"));
try {
  const files = generateCorpus({ documents: o.documents, seed: 42 });
  for (const f of files) {
    const abs = join(dir, "repo", f.file);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.text);
  }
  const sourceBytes = files.reduce((a, f) => a + Buffer.byteLength(f.text), 0);
  const measure = (args: string[]) => {
    const rss = join(dir, `rss-${Math.random().toString(36).slice(2)}.json`);
    const t = performance.now();
    const r = spawnSync(process.execPath, ["--import", join(ROOT, "bench/lib/peak-rss.mjs"), ...args], {
      cwd: dir, env: { ...process.env, TOLLGATE_BENCH_RSS: rss }, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * MB,
    });
    const wallMs = performance.now() - t;
    if (r.error) throw r.error;
    return { wallMs, status: r.status, stderr: r.stderr.toString(), rss: JSON.parse(readFileSync(rss, "utf8")) as { maxRssKB: number; heapTotal: number } };
  };
  const idle = measure(["-e", "0"]);
  const out = join(dir, "findings.json");
  const run = measure([join(ROOT, "bin/tollgate.js"), "check", "repo", "--format", "json", "--output", out, "--fail-on", "never"]);
  if (run.status !== 0) throw new Error(`tollgate check exited ${run.status}: ${run.stderr}`);
  const report = JSON.parse(readFileSync(out, "utf8")) as { findings: unknown[] };
  const result: MemoryResult = {
    documents: o.documents,
    files: files.length,
    sourceMB: round(sourceBytes / MB, 1),
    maxRssMB: round((run.rss.maxRssKB * 1024) / MB, 1),
    heapTotalMB: round(run.rss.heapTotal / MB, 1),
    idleRssMB: round((idle.rss.maxRssKB * 1024) / MB, 1),
    wallMs: round(run.wallMs, 0),
    exitCode: run.status,
    findings: report.findings.length,
  };
  log(`memory: ${o.documents} documents, maxRSS ${result.maxRssMB} MB in ${result.wallMs} ms`);
  emit(result);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
