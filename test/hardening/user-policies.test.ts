// Policies and config from users: a bad one stops `check` and `serve` (exit 2) naming the file and
// the field, never skipped and never "allow everything"; their regular expressions cannot hang the engine.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPolicy } from "../../src/policies/loader.js";
import { FALLBACK_MAX_INPUT, linearRegExp } from "../../src/policies/regexp.js";
import { configFrom, ROOT } from "../helpers.js";
import { check } from "../../src/engine/check.js";
import { buildRegistry } from "../../src/registry.js";
import { readdirSync, readFileSync } from "node:fs";

const BIN = join(ROOT, "bin/tollgate.js");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tollgate-policies-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A container policy whose schema is `schemaYaml` (indented under `schema:`). */
function policy(id: string, schemaYaml: string, extra = ""): string {
  return `id: ${id}
title: A user policy for testing.
severity: error
target: container
schema:
${schemaYaml}
message: "{{container}}: {{path}} {{problem}}."
remediation: Fix the container.
${extra}examples:
  pass:
    - |
      apiVersion: v1
      kind: Pod
      metadata: { name: p, namespace: a }
      spec: { containers: [ { name: c, image: good } ] }
  fail:
    - manifest: |
        apiVersion: v1
        kind: Pod
        metadata: { name: p, namespace: a }
        spec: { containers: [ { name: c, image: "" } ] }
      lines: [4]
`;
}

const pod = (image: string, labels = "{}") =>
  `apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: a, labels: ${labels} }\nspec:\n  containers:\n    - name: c\n      image: "${image}"\n      resources: { requests: { cpu: 1, memory: 1Gi }, limits: { memory: 1Gi } }\n`;

function project(name: string, files: Record<string, string>): string {
  const d = join(dir, name);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(d, f, ".."), { recursive: true });
    writeFileSync(join(d, f), text);
  }
  return d;
}

/** The timeout only stops a hang; speed belongs to `npm run bench`. */
function cli(args: string[], cwd: string, timeout = 120_000) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** `tollgate serve` must refuse to start: exit 2 before listening, with the message on stderr. */
function serve(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "serve", "--cert", "none.crt", "--key", "none.key", "--port", "0", "--host", "127.0.0.1", ...args], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const GOOD_SCHEMA = "  properties:\n    image: { minLength: 1 }";

describe("an invalid user policy or config stops check and serve, naming the file and the field", () => {
  const cases: [string, Record<string, string>, string[], RegExp][] = [
    ["a policy missing a required field", { "pol/bad.yaml": policy("team/no-title", GOOD_SCHEMA).replace(/^title:.*\n/m, "") }, ["--policies", "pol"], /pol\/bad\.yaml.*missing required field "title"/],
    ["a policy with an unknown severity", { "pol/bad.yaml": policy("team/sev", GOOD_SCHEMA).replace("severity: error", "severity: fatal") }, ["--policies", "pol"], /pol\/bad\.yaml:3:\d+ severity: must be one of "error", "warning", "info"/],
    ["a policy whose schema keyword has the wrong type", { "pol/bad.yaml": policy("team/type", "  properties:\n    image: { minLength: many }") }, ["--policies", "pol"], /pol\/bad\.yaml.* schema: .*minLength/],
    ["a policy that is not YAML", { "pol/bad.yaml": "id: [unclosed\n" }, ["--policies", "pol"], /pol\/bad\.yaml.*\(file\)/],
    ["two policies with one id", { "pol/a.yaml": policy("team/same", GOOD_SCHEMA), "pol/b.yaml": policy("team/same", GOOD_SCHEMA) }, ["--policies", "pol"], /pol\/b\.yaml id: rule id "team\/same" is already defined by pol\/a\.yaml/],
    ["a policy directory from config that does not exist", { ".tollgate.yaml": "policies: [missing]\n" }, [], /policy directory missing not found/],
    ["a policy from config's policies: directory", { ".tollgate.yaml": "policies: [pol]\n", "pol/bad.yaml": policy("team/sev", GOOD_SCHEMA).replace("target: container", "target: cluster") }, [], /pol\/bad\.yaml:4:\d+ target: must be one of/],
    ["a config with an unknown field", { ".tollgate.yaml": "rules: {}\nexemptons: []\n" }, [], /\.tollgate\.yaml:2:1 exemptons: unknown field "exemptons"/],
    ["a config with a rule that does not exist", { ".tollgate.yaml": "rules:\n  resources/no-such-rule: error\n" }, [], /\.tollgate\.yaml:2:\d+ rules\.resources\/no-such-rule: no rule/],
    ["a config with bad rule options", { ".tollgate.yaml": "rules:\n  resources/memory-bounds:\n    options: { min: 1, max: [] }\n" }, [], /\.tollgate\.yaml:\d+:\d+ rules\.resources\/memory-bounds/],
    ["a config that is not YAML", { ".tollgate.yaml": "rules: {\n" }, [], /\.tollgate\.yaml:\d+:\d+ \(file\)/],
    ["a policy pattern that cannot run in linear time", { "pol/bad.yaml": policy("team/backref", '  properties:\n    image: { pattern: "^(a+)\\\\1$" }') }, ["--policies", "pol"], /pol\/bad\.yaml:7:\d+ schema\.properties\.image\.pattern: pattern "\^\(a\+\)\\\\1\$" cannot be matched in linear time/],
  ];

  test.each(cases)("%s: check exits 2 and prints no report", (name, files, args, message) => {
    const d = project(`check-${name.replace(/\W+/g, "-")}`, { ...files, "app/pod.yaml": pod("") });
    const r = cli(["check", "app", ...args], d);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(message);
  });

  // serve loads config and policies through the same code: one case of each kind keeps the suite short.
  const serveCases = cases.filter(([name]) => /missing a required field|two policies|config's policies|bad rule options|linear time/.test(name));
  test.each(serveCases)("%s: serve exits 2 before listening", async (name, files, args, message) => {
    const d = project(`serve-${name.replace(/\W+/g, "-")}`, files);
    const r = await serve(args, d);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('"listening"');
    expect(r.stderr).toMatch(message);
  });
});

describe("regular expressions in user policies cannot hang the engine", () => {
  test.each([
    ["^(a+)+$", "a".repeat(50_000) + "!"],
    ["^(a|aa)*$", "a".repeat(50_000) + "!"],
    ["^(\\w+\\s?)*$", "word ".repeat(10_000) + "!"],
    ["(x+x+)+y", "x".repeat(50_000)],
    ["^([a-z0-9]+-?)*[a-z0-9]$", "a-".repeat(25_000) + "-"],
    ["a.*b.*c", "a".repeat(1_000_000)],
  ])("%s against %#: answered (linear-time engine, no backtracking)", (pattern, input) => {
    const rx = linearRegExp(pattern);
    expect(rx.test(input)).toBe(false);
  });

  test.each([
    ["(a)\\1", "cannot be matched in linear time"],
    ["(?=a)b", "cannot be matched in linear time"],
    ["(?<!a)b", "cannot be matched in linear time"],
    ["([a-f0-9]{2}){32}", "a repeated group holds another repeat"],
    ["^a*b*c{100}$", "more than one unbounded repeat"],
    ["\\p{L}+", "\\p{…}"],
    ["(unclosed", "not a valid regular expression"],
  ])("%s is refused when the policy loads", (pattern, reason) => {
    expect(() => linearRegExp(pattern)).toThrow(reason);
  });

  test("a pattern only the backtracking engine can run is bounded by the length it is run on", () => {
    const rx = linearRegExp("^[a-f0-9]{64}$");
    expect(rx.test("ab".repeat(32))).toBe(true);
    expect(() => rx.test("a".repeat(FALLBACK_MAX_INPUT + 1))).toThrow("too long for pattern");
    const counted = linearRegExp("^a{1,100000}$");
    expect(counted.test("a".repeat(4000))).toBe(true);
  });

  test("the common patterns still mean what they say", () => {
    expect(linearRegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$").test("my-app-1")).toBe(true);
    expect(linearRegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$").test("-bad")).toBe(false);
    expect(linearRegExp("(\\d{1,3}\\.){3}\\d{1,3}").test("10.0.0.1")).toBe(true);
    expect(linearRegExp("@sha256:[a-f0-9]{64}$").test(`registry/app@sha256:${"ab".repeat(32)}`)).toBe(true);
    expect(linearRegExp("^registry\\.example\\.com/").test("docker.io/library/nginx")).toBe(false);
  });

  test("a catastrophic pattern in a policy, and a hostile manifest: the check reports", () => {
    const pol = loadPolicy(
      "pol/redos.yaml",
      policy("team/redos", '  properties:\n    image: { not: { pattern: "^(a+)+$" } }\n  patternProperties:\n    "^(e|ee)+$": { type: string }'),
    );
    const registryRules = buildRegistry(
      readdirSync(join(ROOT, "policies")).filter((f) => f.endsWith(".yaml")).map((f) => ({ file: `policies/${f}`, text: readFileSync(join(ROOT, "policies", f), "utf8") })),
    ).rules;
    const hostile = pod("a".repeat(100_000)) + "---\n" + pod("a".repeat(100_000) + "!").replace("name: p,", "name: q,");
    const r = check({ files: [{ file: "hostile.yaml", text: hostile }], rules: [...registryRules, pol.rule], config: configFrom("") });
    // The all-a image matches the forbidden pattern (a violation); the one ending in "!" does not.
    expect(r.findings.filter((f) => f.ruleId === "team/redos").map((f) => [f.object?.name, f.line])).toEqual([["p", 7]]);
  });
});
