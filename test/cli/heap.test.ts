// The batch commands cap V8's old-space growth unless the user set it; checked in a child process
// because the flag is process-wide.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const HEAP = fileURLToPath(new URL("../../src/cli/heap.ts", import.meta.url));

function run(script: string, env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", ...env },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

test.each([
  ["nothing given: the cap is set", [], undefined, "true"],
  ["given on the command line: left alone", ["--heap-growing-percent=50"], undefined, "false"],
  ["given in NODE_OPTIONS: left alone", [], "--max-old-space-size=900 --heap_growing_percent=70", "false"],
])("%s", (_name, execArgv, nodeOptions, expected) => {
  const out = run(`import { boundHeapGrowth } from ${JSON.stringify(HEAP)};
    console.log(boundHeapGrowth(${JSON.stringify(execArgv)}, ${JSON.stringify(nodeOptions ?? null)} ?? undefined));`);
  expect(out).toBe(expected);
});

// What the cap does to peak memory is measured by `npm run bench` (peak memory row), not here.
