// `tollgate check <one small file>`: process start to exit, against bare `node` start-up in the same
// run (the target is a ratio: ≤ 1.5× `node -e 0`); and which modules the command loads (express, the
// AWS SDK and ajv's compiler must not be among them: validators are precompiled at build time).
// Also timed in the same alternation: the floor any YAML-reading tool built on the `yaml` package
// pays, a bundled script that imports it and parses the same file, so the table shows how much of
// the ratio is tollgate's own. `node` picks the binary (run.ts times Node 24 too when it is there).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { pathToFileURL } from "node:url";
import { emit, log, options, type Options } from "./lib/child.js";
import { ROOT } from "./lib/registry.js";
import { median, round } from "./lib/stats.js";

export interface StartupResult {
  /** `process.version` of the node timed. */
  readonly node: string;
  readonly runs: number;
  readonly checkMs: number[];
  readonly nodeMs: number[];
  readonly medianCheckMs: number;
  readonly medianNodeMs: number;
  /** tollgate check ÷ `node -e 0`, median over alternated pairs. */
  readonly ratio: number;
  /** The yaml package alone (bundled, compile cache on): import it and parse the same file. */
  readonly floorMs: number[];
  readonly medianFloorMs: number;
  /** That floor ÷ `node -e 0`, median over the same alternation. */
  readonly floorRatio: number;
  readonly exitCode: number | null;
  readonly modulesLoaded: number;
  readonly packagesLoaded: string[];
  /** Heavy packages among them (express, @aws-sdk/*, prom-client, @actions/*, ajv): must be empty. */
  readonly heavyLoaded: string[];
}

const HEAVY = [/^express$/, /^@aws-sdk\//, /^prom-client$/, /^@actions\//, /^ajv$/];

const SMALL = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 128Mi }
`;

const o = options<Options & { runs: number; node?: string }>();
const nodeBin = o.node ?? process.execPath;
const dir = mkdtempSync(join(tmpdir(), "tollgate-bench-startup-"));
try {
  const file = join(dir, "deployment.yaml");
  writeFileSync(file, SMALL);
  const bin = join(ROOT, "bin/tollgate.js");
  const time = (args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const t = performance.now();
    const r = spawnSync(nodeBin, args, { cwd: dir, env, stdio: ["ignore", "ignore", "pipe"] });
    const ms = performance.now() - t;
    if (r.error) throw r.error;
    return { ms, status: r.status, stderr: r.stderr.toString() };
  };
  const floor = join(dir, "floor.mjs");
  writeFileSync(join(dir, "floor-entry.mjs"), 'import { parseAllDocuments } from "yaml";\nimport { readFileSync } from "node:fs";\nif (parseAllDocuments(readFileSync(process.argv[2], "utf8")).length !== 1) process.exit(3);\n');
  await build({ entryPoints: [join(dir, "floor-entry.mjs")], nodePaths: [join(ROOT, "node_modules")], bundle: true, platform: "node", format: "esm", outfile: join(dir, "floor-bundle.mjs"), logLevel: "warning",
    // As scripts/build.mjs does: the yaml package's CommonJS build calls require() for built-ins.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' } });
  writeFileSync(floor, 'import module from "node:module";\nmodule.enableCompileCache?.();\nawait import("./floor-bundle.mjs");\n');
  // One untimed run each to fill the OS file cache (and the compile cache).
  const first = time([bin, "check", file]);
  if (first.status !== 0) throw new Error(`tollgate check exited ${first.status}: ${first.stderr}`);
  const floorFirst = time([floor, file]);
  if (floorFirst.status !== 0) throw new Error(`the yaml floor script exited ${floorFirst.status}: ${floorFirst.stderr}`);
  time(["-e", "0"]);
  const checkMs: number[] = [];
  const nodeMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    nodeMs.push(time(["-e", "0"]).ms);
    checkMs.push(time([bin, "check", file]).ms);
    floorMs.push(time([floor, file]).ms);
  }
  log(`start-up on ${nodeBin}: check median ${median(checkMs).toFixed(0)} ms, yaml floor ${median(floorMs).toFixed(0)} ms, node -e 0 median ${median(nodeMs).toFixed(0)} ms`);

  const trace = join(dir, "loads.txt");
  writeFileSync(trace, "");
  // The ESM loader hook sees imports; NODE_DEBUG=module names what require() loads (ajv is required lazily).
  const traced = time(["--import", join(ROOT, "bench/lib/trace-loads.mjs"), bin, "check", file], { ...process.env, TOLLGATE_BENCH_TRACE: trace, NODE_DEBUG: "module" });
  const required = [...traced.stderr.matchAll(/load "([^"]+)" for module/g)].map((m) => pathToFileURL(m[1]!).href);
  const urls = [...new Set([...readFileSync(trace, "utf8").split("\n").filter(Boolean), ...required])];
  const packages = [...new Set(urls.map(packageOf).filter((p): p is string => p !== undefined))].sort();
  // yaml and commander are bundled into dist/: the trace must at least see the CLI itself.
  if (!urls.some((u) => u.endsWith("/dist/main.js"))) throw new Error("module trace saw no dist/main.js: the tracer is not working");
  const ratios = checkMs.map((c, i) => c / nodeMs[i]!);
  const version = spawnSync(nodeBin, ["-p", "process.version"], { encoding: "utf8" }).stdout.trim();
  const result: StartupResult = {
    node: version,
    runs: o.runs,
    checkMs: checkMs.map((x) => round(x, 1)),
    nodeMs: nodeMs.map((x) => round(x, 1)),
    medianCheckMs: round(median(checkMs), 1),
    medianNodeMs: round(median(nodeMs), 1),
    ratio: round(median(ratios), 2),
    floorMs: floorMs.map((x) => round(x, 1)),
    medianFloorMs: round(median(floorMs), 1),
    floorRatio: round(median(floorMs.map((f, i) => f / nodeMs[i]!)), 2),
    exitCode: traced.status,
    modulesLoaded: urls.length,
    packagesLoaded: packages,
    heavyLoaded: packages.filter((p) => HEAVY.some((h) => h.test(p))),
  };
  emit(result);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** "file:///…/node_modules/@scope/name/…" → "@scope/name". */
function packageOf(url: string): string | undefined {
  const at = url.lastIndexOf("/node_modules/");
  if (at < 0) return undefined;
  const parts = url.slice(at + "/node_modules/".length).split("/");
  return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}
