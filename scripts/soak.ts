// `npm run soak`: 20,000 mixed requests against a real `tollgate serve` (see test/hardening/soak.ts:
// including the adversarial ignore annotation and DELETEs of random kinds), plus the largest hostile
// file under a heap cap; fails on any wrong answer, a review over the deadline or a growing /metrics,
// and writes the figures (memory before and after) into docs/reliability.md's Reliability block.
// Options: --requests N --concurrency N --no-readme.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readmeWithBlock, reliabilityBlock, runSoak } from "../test/hardening/soak.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const requests = arg("requests", 20_000);
const concurrency = arg("concurrency", 64);

/** A 50 MB file of ~106,000 small documents through the CLI in a 256 MB heap. */
function hostileFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "tollgate-soak-file-"));
  const doc = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  namespace: app\ndata:\n  k: "${"v".repeat(400)}"\n---\n`;
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  while (size < 50 * 1024 * 1024) {
    const d = doc(n++);
    parts.push(d);
    size += d.length;
  }
  parts.push("apiVersion: v1\nkind: Pod\nmetadata:\n  name: last\n  namespace: app\nspec:\n  containers:\n    - name: c\n      image: i\n");
  writeFileSync(join(dir, "big.yaml"), parts.join(""));
  const started = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=256", join(root, "bin/tollgate.js"), "check", "-f", "json", "big.yaml"], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  rmSync(dir, { recursive: true, force: true });
  const found = r.status === 1 && (JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.some((f) => f.file === "big.yaml");
  if (!found) throw new Error(`the 50 MB file failed: exit ${r.status} ${r.signal ?? ""} ${r.stderr.slice(0, 500)}`);
  return `A 50 MB file of ${(n + 1).toLocaleString("en-US")} documents (double-quoted strings): checked in ${seconds} s inside a 256 MB heap, its last Pod's findings on the right line. The hostile-manifest suite (\`test/hardening/\`) runs alias bombs, 100,000-deep nesting, binary and invalid UTF-8, a 50 MB single line, 5,000 documents in one file, a 65 MiB file and symlink loops through the CLI on every \`npm test\`.`;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
log(`soak: ${requests} requests at concurrency ${concurrency} …`);
const figures = await runSoak({ requests, concurrency, slowClients: 64, deadlineMs: 2000, root, log });
log(JSON.stringify(figures, null, 2));
log("hostile file …");
const hostile = hostileFile();
const problems = [
  ...figures.wrong.slice(0, 20),
  ...figures.failed.slice(0, 20),
  ...(figures.late > 0 ? [`${figures.late} valid reviews over the deadline`] : []),
  ...(figures.validAnswered !== figures.validSent ? [`${figures.validSent - figures.validAnswered} valid reviews not answered correctly`] : []),
  // From 10 % of the load to the end only counts grow: made-up kinds must add no series.
  ...(figures.metricsBytes[5]! - figures.metricsBytes[1]! > 4096 ? [`/metrics grew from ${figures.metricsBytes[1]} to ${figures.metricsBytes[5]} bytes`] : []),
  ...(figures.certRotated ? [] : ["the certificate was not rotated"]),
  ...(figures.ruleErrorsCounted !== figures.ruleErrorsSent ? [`rule errors: ${figures.ruleErrorsSent} sent, ${figures.ruleErrorsCounted} counted`] : []),
  ...(figures.answeredAfterSigterm !== figures.inFlightAtSigterm ? ["requests in flight at SIGTERM were dropped"] : []),
  ...(figures.exitCode !== 0 ? [`serve exited with ${figures.exitCode}`] : []),
];
const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
const block = reliabilityBlock(figures, { date: new Date().toISOString().slice(0, 10), machine, hostile });
process.stdout.write(`${block}\n`);
if (problems.length > 0) {
  log(`soak FAILED:\n${problems.join("\n")}`);
  process.exit(1);
}
if (!process.argv.includes("--no-readme")) {
  const readme = join(root, "docs/reliability.md");
  writeFileSync(readme, readmeWithBlock(readFileSync(readme, "utf8"), block));
  log("docs/reliability.md Reliability block updated");
}
