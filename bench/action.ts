// The bundled GitHub Action end to end, the way the runner starts it, on a pull request over
// examples/ (one file touched) against the loopback GitHub the Action's tests use; against
// `tollgate check examples/` in the same run.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
// The Action's own test harness (runner environment, fake GitHub, git fixture) is the loopback API.
import { DEFAULT_TOKEN, FakeGitHub } from "../test/action/fake-github.js";
import { createGitFixture } from "../test/action/git-fixture.js";
import { pullRequestEvent } from "../test/action/payloads.js";
import { runAction } from "../test/action/run-action.js";
import { emit, log, options, type Options } from "./lib/child.js";
import { ROOT } from "./lib/registry.js";
import { median, round } from "./lib/stats.js";

export interface ActionResult {
  readonly runs: number;
  readonly files: number;
  readonly ms: number[];
  readonly medianMs: number;
  readonly cliMedianMs: number;
  /** Action ÷ `tollgate check examples/`, median over alternated pairs. */
  readonly ratio: number;
  readonly apiRequests: number;
  readonly exitCode: number | null;
}

const o = options<Options>();
const runs = o.tiny ? 1 : 3;

function tree(dir: string, root = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) tree(abs, root, out);
    else out[relative(root, abs)] = readFileSync(abs, "utf8");
  }
  return out;
}

// The committed bundle (CI keeps it current), as users run it; not rebuilt here.
if (!existsSync(join(ROOT, "dist-action/index.js"))) throw new Error("dist-action/index.js is missing: node scripts/build-action.mjs");
const base = tree(join(ROOT, "examples"));
const touched = Object.keys(base).filter((f) => f.endsWith(".yaml") && !f.startsWith(".")).sort()[0]!;
const head = { ...base, [touched]: `${base[touched]}# touched by the benchmark\n` };
const repo = createGitFixture({ base, head, checkout: "merge" });
try {
  const diff = repo.git("diff", repo.baseSha, repo.headSha, "--", touched);
  const patch = diff.slice(diff.indexOf("@@"));
  const ms: number[] = [];
  const cliMs: number[] = [];
  let apiRequests = 0;
  let exitCode: number | null = null;
  for (let i = 0; i < runs; i++) {
    const fake = await FakeGitHub.start({ owner: "octo-org", repo: "manifests", repoId: 4242 });
    try {
      fake.addPull({ number: 7, base: { sha: repo.baseSha }, head: { sha: repo.headSha, ref: "bench" }, files: [{ filename: touched, status: "modified", additions: 1, deletions: 0, patch }] });
      const t = performance.now();
      const r = await runAction({
        event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 7, baseSha: repo.baseSha, headSha: repo.headSha, headRef: "bench" }),
        apiUrl: fake.baseUrl,
        token: DEFAULT_TOKEN,
        cwd: repo.dir,
        sha: repo.mergeSha!,
        timeoutMs: 120_000,
      });
      ms.push(performance.now() - t);
      if (r.timedOut || r.signal) throw new Error(`the Action did not finish: ${r.stderr.slice(-500)}`);
      exitCode = r.exitCode;
      apiRequests = fake.requests.length;
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
    const t = performance.now();
    spawnSync(process.execPath, [join(ROOT, "bin/tollgate.js"), "check", "examples/", "--fail-on", "never"], { cwd: ROOT, stdio: "ignore" });
    cliMs.push(performance.now() - t);
  }
  const result: ActionResult = {
    runs,
    files: Object.keys(base).length,
    ms: ms.map((x) => round(x, 0)),
    medianMs: round(median(ms), 0),
    cliMedianMs: round(median(cliMs), 0),
    ratio: round(median(ms.map((m, i) => m / cliMs[i]!)), 2),
    apiRequests,
    exitCode,
  };
  log(`action: ${result.medianMs} ms (CLI ${result.cliMedianMs} ms), ${apiRequests} API requests`);
  emit(result);
} finally {
  repo.cleanup();
}
