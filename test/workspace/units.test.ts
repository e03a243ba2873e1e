// Units end to end through the built CLI: kustomize overlays and a Helm chart rendered with the
// pinned renderers (scripts/install-renderers.sh), findings located in base, patch and template
// files; sibling environments; a duplicate in one folder; what is known without renderers; --base
// and `cost --base` unit by unit.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";
import { tollgate } from "../cli/cli.js";

const TOOLS = join(ROOT, ".tools/bin");
const haveRenderers = existsSync(join(TOOLS, "kubectl")) && existsSync(join(TOOLS, "helm"));
// The pinned binaries first: the machine's own kubectl (another version) must not be the one used.
const rendered = { PATH: `${TOOLS}:/usr/bin:/bin` };
const bare = { PATH: "/nonexistent" };
const FX = "test/workspace/fixtures";

interface JsonFinding { ruleId: string; file?: string; line?: number; unit?: string; message: string }
const run = (args: string[], env: Record<string, string>) => {
  const r = tollgate(["check", ...args, "--format", "json", "--fail-on", "never"], { env });
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.unit ?? "-"} ${f.file}:${f.line} ${f.ruleId}`).sort();
};

const describeRendered = haveRenderers ? describe : describe.skip;
if (!haveRenderers && process.env.TOLLGATE_REQUIRE_RENDERERS) {
  test("the pinned renderers are installed (TOLLGATE_REQUIRE_RENDERERS is set)", () => {
    throw new Error("run scripts/install-renderers.sh");
  });
}

describeRendered("rendered with the pinned kubectl and helm", () => {
  test.each([
    [
      "an overlay's namespace and patch: the patched field is found in the patch, the base's in the base",
      [`${FX}/kustomize`],
      [
        `${FX}/kustomize/overlays/prod ${FX}/kustomize/overlays/prod/resources.yaml:16 resources/limit-below-request`,
        `${FX}/kustomize/overlays/staging ${FX}/kustomize/base/deployment.yaml:20 resources/memory-limit-required`,
      ],
    ],
    [
      "a chart with its values: findings in the templates",
      [`${FX}/chart`],
      [
        `- ${FX}/chart/shop/templates/deployment.yaml:3 namespaces/explicit-namespace`,
        `- ${FX}/chart/shop/templates/deployment.yaml:20 resources/cpu-request-required`,
        `- ${FX}/chart/shop/templates/service.yaml:3 namespaces/explicit-namespace`,
        `- ${FX}/chart/shop/templates/service.yaml:6 selectors/service-matches-nothing`,
      ],
    ],
    [
      "the chart as configured in units: (values-prod.yaml, release web, namespace shop)",
      [`${FX}/chart`, "-c", "test/workspace/chart-prod.tollgate.yaml"],
      [
        `- ${FX}/chart/shop/templates/deployment.yaml:20 resources/cpu-request-required`,
        `- ${FX}/chart/shop/templates/service.yaml:6 selectors/service-matches-nothing`,
      ],
    ],
  ])("%s", (_name, args, expected) => {
    expect(run(args, rendered)).toEqual([...expected].sort());
  });

  test("a chart's object without a namespace asks for the release namespace, not for an edit of the template", () => {
    const r = tollgate(["check", `${FX}/chart`, "--format", "json", "--fail-on", "never"], { env: rendered });
    const f = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((x) => x.ruleId === "namespaces/explicit-namespace");
    expect(f.map((x) => x.message)).toEqual([
      "Deployment shop-api has no metadata.namespace and no release namespace is set for this chart; it lands in whatever namespace `helm install` is given (the current context's without -n). Set the release's namespace under units: in .tollgate.yaml.",
      "Service shop-api has no metadata.namespace and no release namespace is set for this chart; it lands in whatever namespace `helm install` is given (the current context's without -n). Set the release's namespace under units: in .tollgate.yaml.",
    ]);
  });

  test("the component's NetworkPolicy is part of the prod overlay and namespaced by it", () => {
    const r = tollgate(["cost", `${FX}/kustomize`, "--format", "json", "--platform", "k3s"], { env: rendered });
    expect(r.code).toBe(0);
    const units = (JSON.parse(r.stdout) as { units: { unit: string; environment: string; report: { workloads: { namespace: string; name: string; replicas: unknown }[] } }[] }).units;
    expect(units.map((u) => [u.unit.split("/").at(-1), u.environment, u.report.workloads.map((w) => `${w.namespace}/${w.name}`)])).toEqual([
      ["prod", "prod", ["shop-prod/web"]],
      ["staging", "staging", ["shop-staging/web"]],
    ]);
  });

  test("a renderer error is an error at the kustomization with the renderer's message", () => {
    const dir = mkdtempSync(join(tmpdir(), "tollgate-broken-"));
    try {
      writeFileSync(join(dir, "kustomization.yaml"), "resources:\n  - missing.yaml\n");
      const r = tollgate(["check", dir, "--format", "json"], { env: rendered });
      const f = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
      expect(f.map((x) => `${x.ruleId} ${x.line}`)).toEqual(["render/failed 1"]);
      expect(f[0]!.file).toMatch(/kustomization\.yaml$/);
      expect(f[0]!.message).toMatch(/kubectl kustomize said: .*missing\.yaml/);
      expect(r.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a values file outside the chart and the repository is refused, not passed to helm", () => {
    const r = tollgate(["check", `${FX}/chart`, "-c", "test/workspace/values-outside.tollgate.yaml", "--format", "json"], { env: rendered });
    const f = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    expect(f.map((x) => `${x.file}:${x.line} ${x.ruleId}`)).toEqual([`${FX}/chart/shop/Chart.yaml:1 render/failed`]);
    expect(f[0]!.message).toContain("values file /etc/hostname is outside the chart and the repository");
  });

  test("a remote base is never fetched: the overlay is not rendered, with the reason", () => {
    const dir = mkdtempSync(join(tmpdir(), "tollgate-remote-"));
    try {
      writeFileSync(join(dir, "kustomization.yaml"), "resources:\n  - github.com/example/repo//deploy?ref=main\n");
      const r = tollgate(["check", dir, "--format", "json", "--fail-on", "never"], { env: rendered });
      const f = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
      expect(f.map((x) => x.ruleId)).toEqual(["render/not-rendered"]);
      expect(f[0]!.message).toContain("remote base github.com/example/repo//deploy?ref=main");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("cost --base unit by unit: an unchanged environment shows no change, the changed overlay does", () => {
    const base = mkdtempSync(join(tmpdir(), "tollgate-base-"));
    try {
      cpSync(join(ROOT, FX, "kustomize"), base, { recursive: true });
      const patch = join(base, "overlays/prod/resources.yaml");
      writeFileSync(patch, readFileSync(patch, "utf8").replace("replicas: 4", "replicas: 2"));
      const r = tollgate(["cost", `${FX}/kustomize`, "--base", base, "--format", "json", "--platform", "k3s"], { env: rendered });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`reading ${base} as the base of ${FX}/kustomize`);
      const units = (JSON.parse(r.stdout) as { units: { unit: string; report: { workloads: { name: string; delta: { k3s: number } }[] } }[] }).units;
      const delta = Object.fromEntries(units.map((u) => [u.unit.split("/").at(-1), u.report.workloads.map((w) => w.delta.k3s)]));
      expect(delta.staging).toEqual([0]);
      expect(delta.prod![0]).toBeGreaterThan(0);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describeRendered("--base REV", () => {
  test("a base git revision is written out and rendered: only the changed overlay changes", () => {
    const repo = mkdtempSync(join(tmpdir(), "tollgate-rev-"));
    try {
      cpSync(join(ROOT, FX, "kustomize"), join(repo, "k"), { recursive: true });
      const git = (...a: string[]) => {
        const r = spawnSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...a], { cwd: repo, encoding: "utf8" });
        if (r.status !== 0) throw new Error(r.stderr);
      };
      git("init", "-q");
      git("add", "-A");
      git("commit", "-qm", "base");
      const patch = join(repo, "k/overlays/prod/resources.yaml");
      writeFileSync(patch, readFileSync(patch, "utf8").replace("replicas: 4", "replicas: 8"));
      git("commit", "-qam", "head");
      const r = tollgate(["cost", "k", "--base", "HEAD~1", "--format", "json", "--platform", "k3s"], { cwd: repo, env: rendered });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("reading git revision HEAD~1");
      const units = (JSON.parse(r.stdout) as { units: { unit: string; report: { workloads: { replicas: number; delta: { k3s: number } }[] } }[] }).units;
      expect(units.map((u) => [u.unit, u.report.workloads.map((w) => [w.replicas, w.delta.k3s > 0])])).toEqual([
        ["k/overlays/prod", [[8, true]]],
        ["k/overlays/staging", [[2, false]]],
      ]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe("without renderers: what the files say", () => {
  test("one info per unit, the kustomization's namespace applied, patches never linted as objects", () => {
    expect(run([`${FX}/kustomize`, `${FX}/chart`], bare)).toEqual([
      // sorted: unit, then file:line
      `${FX}/chart/shop ${FX}/chart/shop/Chart.yaml:1 render/not-rendered`,
      `${FX}/kustomize/overlays/prod ${FX}/kustomize/base/deployment.yaml:20 resources/memory-limit-required`,
      `${FX}/kustomize/overlays/prod ${FX}/kustomize/overlays/prod/kustomization.yaml:1 render/not-rendered`,
      `${FX}/kustomize/overlays/staging ${FX}/kustomize/base/deployment.yaml:20 resources/memory-limit-required`,
      `${FX}/kustomize/overlays/staging ${FX}/kustomize/overlays/staging/kustomization.yaml:1 render/not-rendered`,
    ]);
  });
});

describe("plain folders", () => {
  test.each([
    ["sibling folders with the same objects are two environments, never a conflict", `${FX}/envs`, []],
    ["the same object twice in one folder names both places", `${FX}/duplicate`, [`- ${FX}/duplicate/b.yaml:1 parse/duplicate-object`]],
  ])("%s", (_name, path, expected) => {
    expect(run([path], bare)).toEqual([...expected].sort());
  });

  test("the duplicate's message names both file:line places", () => {
    const r = tollgate(["check", `${FX}/duplicate`, "--format", "json"], { env: bare });
    expect((JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings[0]!.message).toBe(
      `ConfigMap tools/settings is defined twice in ${FX}/duplicate: at ${FX}/duplicate/a.yaml:1 and at ${FX}/duplicate/b.yaml:1; only one is applied.`,
    );
  });

  test("a duplicate object is exempted by config or suppressed on the object, like any finding", () => {
    const dir = mkdtempSync(join(tmpdir(), "tollgate-dup-exempt-"));
    try {
      const cm = (extra = "") => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: tools\n${extra}`;
      writeFileSync(join(dir, "a.yaml"), cm());
      writeFileSync(join(dir, "b.yaml"), cm());
      const ids = () => {
        const r = tollgate(["check", ".", "--format", "json", "--fail-on", "never"], { cwd: dir, env: bare });
        const out = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { suppressed: number } };
        return [...out.findings.map((f) => `${f.ruleId} ${f.file}`), `suppressed ${out.summary.suppressed}`];
      };
      expect(ids()).toEqual(["parse/duplicate-object b.yaml", "suppressed 0"]);
      writeFileSync(join(dir, ".tollgate.yaml"), "exemptions:\n  - rules: [parse/duplicate-object]\n    file: b.yaml\n    reason: the generator writes it twice; kubectl applies the same data\n");
      expect(ids()).toEqual(["suppressed 1"]);
      rmSync(join(dir, ".tollgate.yaml"));
      writeFileSync(join(dir, "b.yaml"), cm("  annotations:\n    tollgate.dev/ignore: parse/duplicate-object\n    tollgate.dev/ignore-reason: same data as a.yaml\n"));
      expect(ids()).toEqual(["suppressed 1"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("text output groups findings by unit when there are several", () => {
    const r = tollgate(["check", `${FX}/envs`, `${FX}/duplicate`], { env: bare });
    expect(r.stdout).toContain(`── unit ${FX}/duplicate ──`);
  });
});

describe("--base DIR", () => {
  test("warns when the base holds none of the checked files", () => {
    const empty = mkdtempSync(join(tmpdir(), "tollgate-empty-"));
    try {
      const r = tollgate(["check", `${FX}/envs`, "--base", empty], { env: bare });
      expect(r.stderr).toContain("holds none of the 2 checked files");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test("a checkout root is read as one", () => {
    const r = tollgate(["check", `${FX}/envs`, "--base", "."], { env: bare });
    expect(r.stderr).toContain("reading . as the checkout root (2 files)");
    expect(r.stderr).not.toContain("warning");
  });

  // Shell completion adds the slash: `check k8s/ --base ../main/k8s/` must read the counterpart.
  test.each([
    ["no trailing slash", `${FX}/envs`],
    ["trailing slashes", `${FX}/envs/`],
    ["a ./ prefix", `./${FX}/envs`],
  ])("the counterpart of the checked folder, given with %s, is read with names that match", (_name, checked) => {
    const base = mkdtempSync(join(tmpdir(), "tollgate-counterpart-"));
    try {
      cpSync(join(ROOT, FX, "envs"), base, { recursive: true });
      const r = tollgate(["check", checked, "--base", `${base}/`, "--format", "json", "--fail-on", "never"], { env: bare });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`as the base of ${FX}/envs (2 files)`);
      expect(r.stderr).not.toContain("warning");
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  test("a checked folder outside the working directory with a base folder: exit 2 with the reason, never the head read as its own base", () => {
    const outside = mkdtempSync(join(tmpdir(), "tollgate-outside-"));
    const base = mkdtempSync(join(tmpdir(), "tollgate-outside-base-"));
    try {
      cpSync(join(ROOT, FX, "envs"), join(outside, "envs"), { recursive: true });
      cpSync(join(ROOT, FX, "envs"), base, { recursive: true });
      const r = tollgate(["check", join(outside, "envs"), "--base", base], { env: bare });
      expect(r.stderr).toBe(`tollgate: --base ${base}: the checked folder ${join(outside, "envs")} is outside the current directory, so its files cannot be matched with the base's by name; run tollgate from a folder that holds it, or give --base a git revision\n`);
      expect(r.code).toBe(2);
      expect(readdirSync(join(outside, "envs")).sort()).toEqual(readdirSync(join(ROOT, FX, "envs")).sort());
    } finally {
      rmSync(outside, { recursive: true, force: true });
      rmSync(base, { recursive: true, force: true });
    }
  });

});

describe("config across units", () => {
  // A pull request writes .tollgate.yaml, so units[].path is matched by tollgate's own glob matcher
  // (core/glob.ts: an NFA, steps bounded by the path), not by a RegExp the pattern shapes.
  test("units[].path: globs as documented, extglob groups literal, a hostile pattern matches nothing", () => {
    const repo = mkdtempSync(join(tmpdir(), "tollgate-units-glob-"));
    try {
      cpSync(join(ROOT, FX, "envs"), join(repo, "envs"), { recursive: true });
      const environments = (config: string) => {
        writeFileSync(join(repo, ".tollgate.yaml"), config);
        const r = tollgate(["cost", "envs", "--format", "json", "--platform", "k3s"], { cwd: repo, env: bare });
        expect(r.stderr).toBe("");
        return (JSON.parse(r.stdout) as { units: { unit: string; environment: string }[] }).units.map((u) => `${u.unit}=${u.environment}`);
      };
      expect(environments("units:\n  - { path: \"envs/{prod,staging}\", environment: both }\n")).toEqual(["envs/prod=both", "envs/staging=both"]);
      expect(environments("units:\n  - { path: \"envs/*\", environment: any }\n")).toEqual(["envs/prod=any", "envs/staging=any"]);
      // picomatch read "(prod|staging)" as a RegExp group and matched both folders
      expect(environments("units:\n  - { path: \"envs/(prod|staging)\", environment: group }\n")).toEqual(["envs/prod=prod", "envs/staging=staging"]);
      expect(environments(`units:\n  - { path: "envs/${"(a|aa)".repeat(30)}c", environment: hostile }\n`)).toEqual(["envs/prod=prod", "envs/staging=staging"]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  test("units: makes a folder one unit whatever its subfolders repeat (then the repetition is a conflict)", () => {
    expect(run([`${FX}/envs`, "-c", "test/workspace/one-unit.tollgate.yaml"], bare)).toEqual([
      `- ${FX}/envs/prod/app.yaml:7 selectors/overlapping-workloads`,
      `- ${FX}/envs/staging/app.yaml:1 parse/duplicate-object`,
      `- ${FX}/envs/staging/app.yaml:25 parse/duplicate-object`,
    ]);
  });

  test("an exemption used in one unit is not unused in the others; one used nowhere is reported once", () => {
    const dir = mkdtempSync(join(tmpdir(), "tollgate-exempt-"));
    try {
      const config = join(dir, "tollgate.yaml");
      writeFileSync(config, [
        "exemptions:",
        "  - rules: [resources/memory-limit-required]",
        "    namespace: shop-staging",
        "    reason: staging may burst",
        "  - rules: [resources/memory-limit-required]",
        "    namespace: nowhere",
        "    reason: matches nothing",
        "",
      ].join("\n"));
      const r = tollgate(["check", `${FX}/kustomize`, "-c", config, "--format", "json", "--fail-on", "never"], { env: bare });
      const f = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
      expect(f.filter((x) => x.ruleId.startsWith("tollgate/") || x.ruleId.startsWith("resources/")).map((x) => `${x.unit ?? "-"} ${x.ruleId} ${x.line}`).sort()).toEqual([
        "- tollgate/unused-exemption 5",
        `${FX}/kustomize/overlays/prod resources/memory-limit-required 20`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
