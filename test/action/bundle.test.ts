// The committed bundle is what the runner executes: it must be current, self-contained and lean,
// and action.yml must declare every input the code reads and every output it sets.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { parse } from "yaml";
import { REPO_ROOT } from "./run-action.js";

let temp: string;
let rebuilt: Buffer;
let meta: { inputs: Record<string, unknown> };

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "tollgate-bundle-"));
  execFileSync(process.execPath, ["scripts/build-action.mjs", "--outfile", join(temp, "index.js"), "--metafile", join(temp, "meta.json")], { cwd: REPO_ROOT });
  rebuilt = readFileSync(join(temp, "index.js"));
  meta = JSON.parse(readFileSync(join(temp, "meta.json"), "utf8"));
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("dist-action/index.js", () => {
  test("is the build of the current sources (run `npm run build:action` and commit it)", () => {
    const committed = readFileSync(join(REPO_ROOT, "dist-action/index.js"));
    expect(committed.equals(rebuilt)).toBe(true);
  });

  test("bundles the runner libraries and leaves the heavy doors' modules out", () => {
    const inputs = Object.keys(meta.inputs);
    for (const wanted of ["@actions/core", "@actions/github", "@octokit/plugin-retry", "@octokit/plugin-throttling", "yaml", "ajv"]) {
      expect(inputs.some((p) => p.includes(`node_modules/${wanted}/`))).toBe(true);
    }
    for (const unwanted of ["express", "@aws-sdk", "commander", "prom-client", "src/cli/main.ts", "src/admission"]) {
      expect(inputs.filter((p) => p.includes(unwanted))).toEqual([]);
    }
    expect(rebuilt.subarray(0, 150).toString()).toMatch(/^import \{ createRequire as __tollgateCreateRequire \} from 'node:module'; const require = __tollgateCreateRequire\(import\.meta\.url\);/);
    // Nothing machine-specific leaks into the committed file.
    expect(rebuilt.toString()).not.toContain(REPO_ROOT);
  });
});

describe("action.yml", () => {
  const yml = parse(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as {
    runs: { using: string; main: string };
    inputs: Record<string, { default?: string; description: string }>;
    outputs: Record<string, { description: string }>;
    branding: { icon: string; color: string };
  };
  const sources = readdirSync(join(REPO_ROOT, "src/action"))
    .map((f) => readFileSync(join(REPO_ROOT, "src/action", f), "utf8"))
    .join("\n");

  test("runs the committed bundle on node24 with branding", () => {
    expect(yml.runs).toEqual({ using: "node24", main: "dist-action/index.js" });
    expect(yml.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  test("inputs and defaults as docs/action.md documents them", () => {
    expect(Object.fromEntries(Object.entries(yml.inputs).map(([k, v]) => [k, v.default]))).toEqual({
      paths: "",
      config: "",
      policies: "",
      "fail-on": "error",
      platforms: "eks,k3s",
      region: "us-east-1",
      comment: "true",
      annotate: "changed-files",
      "sarif-file": "",
      "base-path": "",
      "working-directory": "",
      "github-token": "${{ github.token }}",
    });
    for (const v of Object.values(yml.inputs)) expect(v.description.length).toBeGreaterThan(20);
  });

  test("every input the code reads and every literal output it sets is declared", () => {
    const read = [...sources.matchAll(/(?:core\.get(?:Boolean)?Input|optional)\("([^"]+)"/g)].map((m) => m[1]!);
    for (const name of Object.keys(yml.inputs)) expect(readFileSync(join(REPO_ROOT, "docs/action.md"), "utf8")).toContain(`| \`${name}\` |`);
    const set = [...sources.matchAll(/core\.setOutput\("([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(read)).toEqual(new Set(Object.keys(yml.inputs)));
    for (const name of set) expect(Object.keys(yml.outputs)).toContain(name);
    expect(Object.keys(yml.outputs)).toEqual(expect.arrayContaining(["errors", "warnings", "infos", "monthly-cost-eks", "monthly-cost-k3s", "monthly-delta-eks", "monthly-delta-k3s", "sarif-file"]));
  });
});

describe("release (issue 19, repro 8)", () => {
  const workflow = (name: string) =>
    parse(readFileSync(join(REPO_ROOT, ".github/workflows", name), "utf8")) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      concurrency?: { group: string; "cancel-in-progress": boolean };
      jobs: Record<string, { needs?: string; steps: { uses?: string; run?: string; with?: Record<string, unknown>; name?: string }[] }>;
    };

  test("the bundle targets the runtime action.yml names", () => {
    const using = (parse(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as { runs: { using: string } }).runs.using;
    const script = readFileSync(join(REPO_ROOT, "scripts/build-action.mjs"), "utf8");
    expect(/target: "(node\d+)"/.exec(script)?.[1]).toBe(using);
  });

  test("a release checks the bundle is current, runs the Action's tests and moves the major tag", () => {
    const release = workflow("release.yml");
    expect(release.on).toMatchObject({ release: { types: ["published"] } });
    expect(release.permissions).toEqual({ contents: "write" });
    const runs = release.jobs.release!.steps.map((s) => s.run ?? "").join("\n");
    const order = ["npm run build:action", "git diff --exit-code -- dist-action/index.js", "test/action", 'git tag -f -a "$MAJOR"', 'git push -f origin "refs/tags/$MAJOR"'].map((t) => runs.indexOf(t));
    expect(order.every((v, i) => v >= 0 && (i === 0 || v > order[i - 1]!))).toBe(true);
    expect(runs).toContain('echo "MAJOR=v${BASH_REMATCH[1]}"');
  });

  test("pull requests run `uses: ./` against examples/ with the documented concurrency block", () => {
    const selfTest = workflow("self-test.yml");
    expect(Object.keys(selfTest.on)).toEqual(["pull_request"]);
    expect(selfTest.concurrency).toEqual({ group: "tollgate-${{ github.event.pull_request.number }}", "cancel-in-progress": true });
    const step = selfTest.jobs.action!.steps.find((s) => s.uses === "./");
    expect(step?.with).toMatchObject({ paths: "examples" });
    expect(selfTest.jobs.action!.needs).toBe("bundle");
    expect(selfTest.jobs.bundle!.steps.map((s) => s.run ?? "").join("\n")).toContain("git diff --exit-code -- dist-action/index.js");
    const docs = readFileSync(join(REPO_ROOT, "docs/action.md"), "utf8");
    expect(docs).toContain("concurrency:\n  group: tollgate-${{ github.event.pull_request.number }}\n  cancel-in-progress: true");
  });
});
