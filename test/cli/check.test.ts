import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deployment } from "../helpers.js";
import { tollgate } from "./cli.js";

describe("tollgate check on examples/", () => {
  test("text output: findings grouped by file with file:line:col, exit 1", () => {
    const r = tollgate(["check", "examples/"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("examples/teams/ml/trainer.yaml:22:39");
    expect(r.stdout).toContain("LimitRange ml-defaults applies its default 256Mi, below the request 16Gi");
    expect(r.stdout).toContain("examples/teams/ml/inference.yaml:27:35");
    expect(r.stdout).toContain("examples/teams/api/worker.yaml:21:23");
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colour when not a TTY
    expect(r.stderr).toBe("");
  });

  test("json output follows the contract", () => {
    const r = tollgate(["check", "examples/", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ files: expect.any(Number), documents: expect.any(Number), objects: expect.any(Number), errors: expect.any(Number), warnings: expect.any(Number), infos: expect.any(Number) });
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === "resources/invalid-quantity");
    expect(f).toEqual({
      ruleId: "resources/invalid-quantity",
      severity: "error",
      message: expect.stringContaining('"512MB"'),
      file: "examples/teams/ml/inference.yaml",
      line: 27,
      column: 35,
      endLine: 27,
      object: { apiVersion: "apps/v1", kind: "Deployment", namespace: "ml", name: "inference" },
      container: "log-shipper",
      pointer: "/spec/template/spec/containers/1/resources/requests/memory",
      remediation: expect.any(String),
      docs: expect.stringContaining("docs/rules.md#resourcesinvalid-quantity"),
      // examples/ holds three kinds of units (the plain folders, kustomize overlays, a chart).
      unit: "examples",
    });
    expect(report.cost).toBeUndefined();
  });

  test("sarif output is SARIF 2.1.0 with repo-relative locations", () => {
    const r = tollgate(["check", "examples/", "--format", "sarif", "--fail-on", "never"]);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("tollgate");
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    for (const res of run.results) {
      expect(ruleIds[res.ruleIndex]).toBe(res.ruleId);
      expect(["error", "warning", "note"]).toContain(res.level);
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^examples\//);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration.level);
    }
  });

  test("markdown output has a findings table", () => {
    const r = tollgate(["check", "examples/", "--format", "markdown"]);
    expect(r.stdout).toMatch(/\| 🔴 \| `resources\/invalid-quantity` \| `examples\/teams\/ml\/inference.yaml:27` \|/);
    // A kustomize base's finding names the overlay it came from; a file inside its unit does not.
    expect(r.stdout).toContain("| 🔴 | `resources/memory-limit-required` | `examples/shop/base/storefront.yaml:19` in `examples/shop/overlays/staging` |");
    expect(r.stdout).toContain("| `examples/shop/overlays/prod/storefront-resources.yaml:14` |");
  });

  test("--fail-on decides the exit code", () => {
    const dir = mkdtempSync(join(tmpdir(), "tg-"));
    writeFileSync(join(dir, "w.yaml"), deployment({ resources: "{ requests: { memory: 64Mi }, limits: { memory: 64Mi } }" }));
    expect(tollgate(["check", dir]).code).toBe(0); // a warning only
    expect(tollgate(["check", dir, "--fail-on", "warning"]).code).toBe(1);
    expect(tollgate(["check", dir, "--fail-on", "info"]).code).toBe(1);
    expect(tollgate(["check", dir, "--fail-on", "never"]).code).toBe(0);
  });

  test("stdin", () => {
    const r = tollgate(["check", "-", "--format", "json"], { input: deployment({ resources: "{ requests: { cpu: 1 } }" }) });
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      "<stdin>:15 resources/memory-limit-required",
      "<stdin>:15 resources/memory-request-required",
    ]);
  });
});

describe("errors exit 2 with a message, never a stack trace", () => {
  test.each([
    [["check", "does-not-exist/"], "does-not-exist/: no such file or directory"],
    [["check", "--format", "xml", "examples/"], "argument 'xml' is invalid"],
    [["explain", "resources/nope"], 'no rule "resources/nope"'],
    [["check", "--base", "not-a-ref-or-dir", "examples/"], "not a directory and not a git revision"],
  ])("%j", (args, message) => {
    const r = tollgate(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("an invalid config names the file, line and field", () => {
    const dir = mkdtempSync(join(tmpdir(), "tg-"));
    writeFileSync(join(dir, ".tollgate.yaml"), "rules:\n  resources/memory-limit-required: sometimes\n");
    writeFileSync(join(dir, "a.yaml"), deployment());
    const r = tollgate(["check", "."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".tollgate.yaml:2:");
    expect(r.stderr).toContain("rules.resources/memory-limit-required");
  });
});

describe("directories", () => {
  test("recursive, .yaml/.yml/.json only, broken files are findings, symlink loops end", () => {
    const dir = mkdtempSync(join(tmpdir(), "tg-"));
    mkdirSync(join(dir, "a/b"), { recursive: true });
    writeFileSync(join(dir, "a/b/ok.yml"), deployment());
    writeFileSync(join(dir, "a/broken.yaml"), "apiVersion: v1\nkind: [\n");
    writeFileSync(join(dir, "a/data.json"), '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "a"}}');
    writeFileSync(join(dir, "a/notes.txt"), "kind: [");
    writeFileSync(join(dir, "empty.yaml"), "");
    symlinkSync(join(dir, "a"), join(dir, "a/b/loop"));
    const r = tollgate(["check", ".", "--format", "json", "--fail-on", "never"], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.files).toBe(4);
    expect(report.findings.map((f: { ruleId: string; file: string; line?: number }) => `${f.ruleId} ${f.file}:${f.line ?? ""}`)).toEqual([
      "parse/yaml-syntax a/broken.yaml:3",
      "parse/empty-file empty.yaml:",
    ]);
  });
});

describe("rules and explain", () => {
  test("rules lists every rule with severity and family", () => {
    const r = tollgate(["rules", "--format", "json"]);
    const rules = JSON.parse(r.stdout) as { id: string; family: string; severity: string }[];
    expect(rules.map((x) => x.id)).toContain("resources/memory-limit-required");
    expect(rules.map((x) => x.id)).toContain("resources/cpu-bounds");
    for (const x of rules) expect(x.id.startsWith(`${x.family}/`)).toBe(true);
  });

  test("explain prints a rule's docs", () => {
    const r = tollgate(["explain", "resources/cpu-limit-required"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("off unless enabled");
    expect(r.stdout).toContain("CFS quota");
  });
});

describe("check --cost (the README's first command)", () => {
  test("prints the findings, then the EKS-versus-k3s table with teams and the idle blue-green slot", () => {
    const r = tollgate(["check", "examples/", "--cost"]);
    expect(r.code).toBe(1);
    const [findings, cost] = r.stdout.split("Monthly cost estimate");
    expect(findings).toContain("examples/teams/ml/trainer.yaml:22:39");
    expect(cost).toMatch(/EKS us-east-1\s+k3s hetzner-eu/);
    expect(cost).toMatch(/Control plane\s+\$73\.00\s+\$0\.00/);
    expect(cost).toContain("@northwind/ml");
    expect(cost).toMatch(/Deployment api\/web-green: api\/web: the idle green slot \(blue is live\)/);
  });

  test("json carries the cost report in `cost`", () => {
    const r = tollgate(["check", "examples/", "--cost", "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.cost.hoursPerMonth).toBe(730);
    expect(report.cost.platforms.map((p: { platform: string }) => p.platform)).toEqual(["eks", "k3s"]);
    expect(report.cost.idleSlots).toEqual([expect.objectContaining({ kind: "Deployment", namespace: "api", name: "web-green" })]);
    expect(report.cost.teams.map((t: { team: string }) => t.team)).toEqual(["@northwind/api", "@northwind/ml", "@northwind/platform"]);
  });
});
