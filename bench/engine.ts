// One corpus size in one process: full `check` (all built-in rules) against parse-only (the `yaml`
// parse with positions plus toJS of every document, over the same strings), alternated so both see
// the same machine load. With `memory`, the first check runs before anything else so maxRSS is its peak.
import { getHeapStatistics } from "node:v8";
import { LineCounter, parseAllDocuments } from "yaml";
import { check } from "../src/engine/check.js";
import { emit, gc, log, options, type Options } from "./lib/child.js";
import { builtinRegistry, emptyConfig } from "./lib/registry.js";
import { median, MB, round } from "./lib/stats.js";
import { generateCorpus, type CorpusFile } from "./corpus.js";

export interface EngineOptions extends Options {
  readonly documents: number;
  readonly iterations: number;
  readonly seed?: number;
  /** Fixed namespace count (crowded namespaces: what exposes cross-resource rules that compare all pairs). */
  readonly teams?: number;
  readonly memory?: boolean;
}

export interface EngineResult {
  readonly documents: number;
  readonly files: number;
  readonly sourceMB: number;
  readonly objects: number;
  readonly findings: number;
  readonly checkMs: number[];
  readonly parseMs: number[];
  readonly medianCheckMs: number;
  readonly medianParseMs: number;
  /** Median over the alternated pairs of check ÷ parse-only. */
  readonly ratio: number;
  readonly memory?: { readonly maxRssMB: number; readonly heapUsedMB: number; readonly rssBeforeMB: number };
}

const rules = builtinRegistry().rules;
const config = emptyConfig();

function parseOnly(files: readonly CorpusFile[]): number {
  let docs = 0;
  for (const f of files) {
    const lineCounter = new LineCounter();
    for (const d of parseAllDocuments(f.text, { lineCounter })) {
      d.toJS();
      docs++;
    }
  }
  return docs;
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

const o = options<EngineOptions>();
const files = generateCorpus({ documents: o.documents, seed: o.seed ?? 42, ...(o.teams ? { teams: o.teams } : {}) });
const sourceMB = files.reduce((a, f) => a + f.text.length, 0) / MB;
const checkMs: number[] = [];
const parseMs: number[] = [];
let memory: EngineResult["memory"];
let objects = 0;
let findings = 0;

if (o.memory) {
  gc();
  const rssBefore = process.memoryUsage().rss;
  const r = timed(() => check({ files, rules, config }));
  memory = {
    maxRssMB: round((process.resourceUsage().maxRSS * 1024) / MB, 1),
    heapUsedMB: round(getHeapStatistics().used_heap_size / MB, 1),
    rssBeforeMB: round(rssBefore / MB, 1),
  };
  checkMs.push(r.ms);
  objects = r.value.summary.objects;
  findings = r.value.findings.length;
  log(`${o.documents} documents: check ${r.ms.toFixed(0)} ms, maxRSS ${memory.maxRssMB} MB`);
} else {
  // Warm the JIT on a different corpus so the first timed run is not the cold one.
  const warm = generateCorpus({ documents: Math.min(2000, o.documents), seed: 1 });
  parseOnly(warm);
  check({ files: warm, rules, config });
}

const pairs = o.memory ? Math.max(1, o.iterations) : o.iterations;
for (let i = 0; i < pairs; i++) {
  gc();
  const p = timed(() => parseOnly(files));
  parseMs.push(p.ms);
  if (o.memory && i === 0) {
    log(`${o.documents} documents: parse-only ${p.ms.toFixed(0)} ms`);
    continue; // the memory run's check is the pair's check
  }
  gc();
  const c = timed(() => check({ files, rules, config }));
  checkMs.push(c.ms);
  objects = c.value.summary.objects;
  findings = c.value.findings.length;
  log(`${o.documents} documents: parse-only ${p.ms.toFixed(0)} ms, check ${c.ms.toFixed(0)} ms`);
}

const ratios = checkMs.map((c, i) => c / parseMs[i]!);
const result: EngineResult = {
  documents: o.documents,
  files: files.length,
  sourceMB: round(sourceMB, 1),
  objects,
  findings,
  checkMs: checkMs.map((x) => round(x, 1)),
  parseMs: parseMs.map((x) => round(x, 1)),
  medianCheckMs: round(median(checkMs), 1),
  medianParseMs: round(median(parseMs), 1),
  ratio: round(median(ratios), 3),
  ...(memory ? { memory } : {}),
};
emit(result);
