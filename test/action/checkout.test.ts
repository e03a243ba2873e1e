// The repository below the workspace (actions/checkout `path: src`): file names, changed files and
// SARIF URIs must all be relative to the repository root, or a PR with errors passes (issue 19,
// repro 1). The bundle runs as a runner runs it, against the loopback fake.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { DEFAULT_TOKEN, FakeGitHub } from "./fake-github.js";
import { createGitFixture, type GitFixture } from "./git-fixture.js";
import { pullRequestEvent } from "./payloads.js";
import { runAction, type InputValue, type RunActionResult } from "./run-action.js";
import { BASE, HEAD, lineOf, pullFiles } from "./scenario.js";
import { changedManifestsNotFound, rebasePatterns } from "../../src/action/checkout.js";

const PROXY_RESOURCES = lineOf(HEAD["k8s/api.yaml"] as string, "resources:", 2);

let workspace: string;
let repo: GitFixture;
let files: ReturnType<typeof pullFiles>;
let fake: FakeGitHub;

beforeAll(() => {
  if (!existsSync(join(process.cwd(), "dist-action/index.js"))) throw new Error("build the bundle first: node scripts/build-action.mjs");
  // GITHUB_WORKSPACE with the repository checked out at `src`, as `actions/checkout` `path: src` does.
  workspace = mkdtempSync(join(tmpdir(), "tollgate-workspace-"));
  repo = createGitFixture({ base: BASE, head: HEAD, checkout: "merge", parentDir: workspace });
  files = pullFiles(repo);
  renameSync(repo.dir, join(workspace, "src"));
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

beforeEach(async () => {
  fake = await FakeGitHub.start({ owner: "octo-org", repo: "manifests", repoId: 4242 });
  fake.addPull({ number: 7, base: { sha: repo.baseSha }, head: { sha: repo.headSha, ref: "raise-cost" }, files });
});

afterEach(async () => {
  await fake.close();
  fake.assertNoViolations();
});

function act(cwd: string, inputs: Record<string, InputValue>): Promise<RunActionResult> {
  return runAction({
    event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 7, baseSha: repo.baseSha, headSha: repo.headSha, headRef: "raise-cost" }),
    apiUrl: fake.baseUrl,
    token: DEFAULT_TOKEN,
    cwd,
    sha: repo.mergeSha,
    timeoutMs: 60_000,
    inputs,
  });
}

describe("a checkout below the workspace (issue 19, repro 1)", () => {
  test.each<[string, Record<string, InputValue>]>([
    ["actions/checkout path: src", {}],
    ["path: src with paths: src/k8s", { paths: "src/k8s" }],
    ["path: src with paths: k8s/** (relative to the repository)", { paths: "k8s/**" }],
    ["working-directory: src", { "working-directory": "src" }],
  ])("%s: findings, changed files and SARIF URIs are relative to the repository root", async (_, inputs) => {
    const result = await act(workspace, { ...inputs, "sarif-file": "out/tollgate.sarif" });
    try {
      expect(result.stderr).toBe("");
      expect(result.exitCode).toBe(1);
      expect(result.outputs["changed-errors"]).toBe("1");
      expect(result.annotations.find((a) => a.file !== undefined)).toMatchObject({ level: "error", file: "k8s/api.yaml", line: PROXY_RESOURCES, title: "tollgate: resources/memory-limit-required" });
      expect(result.outputs.comment).toBe("created");
      expect(fake.comments(7)[0]!.body).toContain("resources/memory-limit-required");
      const base = inputs["working-directory"] ? join(workspace, "src") : workspace;
      expect(result.outputs["sarif-file"]).toBe(join(base, "out/tollgate.sarif"));
      const sarif = JSON.parse(readFileSync(result.outputs["sarif-file"]!, "utf8"));
      const uris = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
      expect(uris).toContain("k8s/api.yaml");
      expect(uris.filter((u: string) => u.startsWith("src/"))).toEqual([]);
      expect(result.stdout).toMatch(/Repository root: \S+\/src \(/);
    } finally {
      rmSync(join(workspace, "out"), { recursive: true, force: true });
      rmSync(join(workspace, "src", "out"), { recursive: true, force: true });
    }
  });

  test("a checkout without git metadata below the workspace: the changed manifests are not found, and the run says why", async () => {
    const plain = mkdtempSync(join(tmpdir(), "tollgate-workspace-"));
    try {
      mkdirSync(join(plain, "deploy"));
      for (const [file, text] of Object.entries(HEAD)) {
        mkdirSync(join(plain, "deploy", file, ".."), { recursive: true });
        cpSync(join(workspace, "src", file), join(plain, "deploy", file));
        expect(readFileSync(join(plain, "deploy", file), "utf8")).toBe(text);
      }
      const result = await act(plain, {});
      expect(result.exitCode).toBe(1);
      expect(result.annotations.filter((a) => a.level === "error").map((a) => a.message)).toEqual([
        expect.stringMatching(/^none of the 2 manifest file\(s\) this pull request changes \(k8s\/api\.yaml, k8s\/web-svc\.yaml\) is in the checkout at \S+ \(the workspace \(no git checkout found\)\)\. .*set working-directory/),
      ]);
      expect(fake.requestsTo("issues/create-comment")).toHaveLength(0);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  test("two checkouts and no working-directory: an error that names them", async () => {
    const two = mkdtempSync(join(tmpdir(), "tollgate-workspace-"));
    try {
      cpSync(join(workspace, "src"), join(two, "a"), { recursive: true });
      cpSync(join(workspace, "src"), join(two, "b"), { recursive: true });
      const result = await act(two, {});
      expect(result.exitCode).toBe(1);
      expect(result.annotations.map((a) => a.message)).toEqual(["the workspace holds several git checkouts (a, b) and is not one itself: set working-directory to the repository to check."]);
      const chosen = await act(two, { "working-directory": "b", comment: false });
      expect(chosen.outputs["changed-errors"]).toBe("1");
    } finally {
      rmSync(two, { recursive: true, force: true });
    }
  });
});

describe("the pure parts", () => {
  test.each<[string[], string, string[]]>([
    [["src/k8s", "!src/k8s/legacy/**", "./src/k8s/*.yaml", "other/**"], "src", ["k8s", "!k8s/legacy/**", "k8s/*.yaml", "other/**"]],
    [["src"], "src", ["**"]],
    [["k8s/**"], "", ["k8s/**"]],
    [["srcs/k8s"], "src", ["srcs/k8s"]],
  ])("rebasePatterns(%j, %j)", (patterns, prefix, expected) => {
    expect(rebasePatterns(patterns, prefix)).toEqual(expected);
  });

  test.each<[string, string[], string[], string[], string[] | undefined]>([
    ["a linted manifest among the changes", ["k8s/a.yaml", "README.md"], ["k8s/a.yaml"], [], undefined],
    ["no manifest changed", ["README.md", "src/main.go"], [], [], undefined],
    ["changed manifests left out by paths (they exist)", ["docs/example.yaml"], ["k8s/a.yaml"], ["docs/example.yaml"], undefined],
    ["changed manifests in no place the run knows", ["k8s/a.yaml", "k8s/b.json"], ["src/k8s/a.yaml"], [], ["k8s/a.yaml", "k8s/b.json"]],
    ["skipped paths do not count", [".github/workflows/ci.yml", "node_modules/x/a.json"], [], [], undefined],
  ])("changedManifestsNotFound: %s", (_, changed, linted, existing, expected) => {
    expect(changedManifestsNotFound(changed, new Set(linted), (f) => existing.includes(f))).toEqual(expected);
  });
});
