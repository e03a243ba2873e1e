// The built CLI validates with ajv's standalone code generated at build time (dist/validators.js):
// it must not load ajv for a plain check, and must report exactly what the validators compiled at
// run time report (the in-process engine below runs from source, where nothing is precompiled).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../helpers.js";
import { tollgate } from "./cli.js";

const MANIFEST = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: a }
spec:
  containers:
    - name: c
      image: i
      resources:
        requests: { cpu: "100", memory: 1Ki, nvidia.com/gpu: 1 }
        limits: { cpu: 5m, memory: 1Ki }
    - name: d
      image: i
      resources:
        requests: { cpu: 10m, memory: 16Mi }
        limits: { cpu: "20", memory: 100Gi }
`;

test("a check over the built-in policies, with a config file, loads no ajv", () => {
  const dir = mkdtempSync(join(tmpdir(), "tg-no-ajv-"));
  writeFileSync(join(dir, ".tollgate.yaml"), "rules:\n  resources/cpu-limit-required: warning\nexemptions:\n  - { rules: [resources/*], namespace: legacy, reason: until Q3 }\n");
  writeFileSync(join(dir, "test.yaml"), MANIFEST);
  const r = tollgate(["check", "test.yaml"], { cwd: dir, env: { NODE_DEBUG: "module" } });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("MODULE"); // the trace is on
  expect(r.stderr.split("\n").filter((l) => /node_modules\/ajv\//.test(l))).toEqual([]);
});

test("precompiled and run-time compiled policy validators report the same findings", () => {
  const dir = mkdtempSync(join(tmpdir(), "tg-precompiled-"));
  writeFileSync(join(dir, "test.yaml"), MANIFEST);
  const r = tollgate(["check", "test.yaml", "-f", "json"], { cwd: dir });
  const cli = (JSON.parse(r.stdout) as { findings: { ruleId: string; line: number; message: string }[] }).findings;
  const policyRules = /^resources\/(cpu-bounds|memory-bounds|extended-resources-limited)$/;
  const pick = (fs: readonly { ruleId: string; line?: number; message: string }[]) =>
    fs.filter((f) => policyRules.test(f.ruleId)).map((f) => `${f.ruleId} ${f.line}: ${f.message}`).sort();
  const fromCli = pick(cli);
  expect(fromCli.length).toBeGreaterThanOrEqual(7);
  expect(fromCli).toEqual(pick(runCheck(MANIFEST).findings));
});

test("`check examples/` (the README's first command, whose config sets rule options) loads no ajv", () => {
  const r = tollgate(["check", "examples/"], { env: { NODE_DEBUG: "module" } });
  expect(r.code).toBe(1);
  expect(r.stderr.split("\n").filter((l) => /node_modules\/ajv\//.test(l))).toEqual([]);
});

test("precompiled and run-time compiled options validators reject bad options with the same messages", () => {
  const config = "rules:\n  resources/limit-request-ratio:\n    options: { memory: x, nope: 1 }\n  resources/cpu-bounds:\n    options: { min: lots }\n";
  const dir = mkdtempSync(join(tmpdir(), "tg-precompiled-options-"));
  writeFileSync(join(dir, ".tollgate.yaml"), config);
  writeFileSync(join(dir, "test.yaml"), MANIFEST);
  const r = tollgate(["check", "test.yaml"], { cwd: dir });
  expect(r.code).toBe(2);
  let inProcess = "";
  try {
    runCheck(MANIFEST, { config });
  } catch (e) {
    inProcess = (e as Error).message;
  }
  const lines = (s: string) => s.split("\n").filter((l) => l.includes(".options")).map((l) => l.trim()).sort();
  expect(lines(r.stderr).length).toBeGreaterThanOrEqual(3);
  expect(lines(r.stderr)).toEqual(lines(inProcess));
});

// Start-up (issue 21): built-ins are loaded when first used (scripts/build.mjs, lazyBuiltins), so a
// check of one plain file never loads crypto (SARIF fingerprints) or child_process (renderers, git).
// process.moduleLoadList names every built-in the process loaded.
test("a check of one plain file loads no crypto or child_process; SARIF loads crypto when it needs it", () => {
  const dir = mkdtempSync(join(tmpdir(), "tg-lazy-builtins-"));
  writeFileSync(join(dir, "test.yaml"), MANIFEST);
  const preload = join(dir, "list.cjs");
  writeFileSync(preload, `process.on("exit", () => process.stderr.write("\\nLOADED " + process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice(13)).join(" ") + "\\n"));`);
  const loaded = (args: string[]) => {
    const r = tollgate(args, { cwd: dir, env: { NODE_OPTIONS: `--require ${preload}` } });
    const line = r.stderr.split("\n").find((l) => l.startsWith("LOADED "));
    expect(line).toBeDefined();
    return new Set(line!.slice(7).split(" "));
  };
  const text = loaded(["check", "test.yaml"]);
  expect(text.has("fs")).toBe(true); // the list is real
  expect(["crypto", "child_process"].filter((m) => text.has(m))).toEqual([]);
  expect(loaded(["check", "test.yaml", "-f", "sarif"]).has("crypto")).toBe(true);
});
