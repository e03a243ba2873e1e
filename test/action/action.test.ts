// The bundled Action as the runner runs it: a git checkout of a PR that raises cost, breaks a
// policy and flips a blue-green selector; a real pull_request payload; the loopback GitHub.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { DEFAULT_TOKEN, FakeGitHub, GITHUB_ACTIONS_BOT, type UserSpec } from "./fake-github.js";
import { createGitFixture, type GitFixture, type Tree } from "./git-fixture.js";
import { BASE, deployment, HEAD, lineOf, pullFiles } from "./scenario.js";
import { pullRequestEvent, pushEvent } from "./payloads.js";
import { runAction, type RunActionOptions, type RunActionResult } from "./run-action.js";
import { EMPTY_CONFIG } from "../../src/core/config.js";
import { costForRun } from "../../src/cost/diff.js";
import { check, type InputFile } from "../../src/engine/check.js";
import { builtinRegistry } from "../helpers.js";

const MARKER = "<!-- tollgate:sticky -->";
const OCTOCAT: UserSpec = { login: "octocat", id: 583231, type: "User" };
const RENOVATE: UserSpec = { login: "renovate[bot]", id: 29139614, type: "Bot" };

let repo: GitFixture;
let fake: FakeGitHub;

beforeAll(() => {
  if (!existsSync(join(process.cwd(), "dist-action/index.js"))) throw new Error("build the bundle first: node scripts/build-action.mjs");
  repo = createGitFixture({ base: BASE, head: HEAD, checkout: "merge" });
});

afterAll(() => repo.cleanup());

beforeEach(async () => {
  fake = await FakeGitHub.start({ owner: "octo-org", repo: "manifests", repoId: 4242 });
  fake.addPull({ number: 7, base: { sha: repo.baseSha }, head: { sha: repo.headSha, ref: "raise-cost" }, files: pullFiles(repo) });
});

afterEach(async () => {
  await fake.close();
  fake.assertNoViolations();
});

function act(overrides: Partial<RunActionOptions> = {}): Promise<RunActionResult> {
  return runAction({
    event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 7, baseSha: repo.baseSha, headSha: repo.headSha, headRef: "raise-cost" }),
    apiUrl: fake.baseUrl,
    token: DEFAULT_TOKEN,
    cwd: repo.dir,
    sha: repo.mergeSha,
    timeoutMs: 60_000,
    ...overrides,
  });
}

/** What the engine says the PR does to cost, to compare the Action's outputs with. */
function expectedCost() {
  const files = (tree: Tree): InputFile[] => Object.entries(tree).filter(([f]) => f.endsWith(".yaml")).map(([file, text]) => ({ file, text: text as string }));
  const { run } = check({ files: files(HEAD), base: files(BASE), rules: builtinRegistry().rules, config: EMPTY_CONFIG });
  return costForRun(run, EMPTY_CONFIG, { platforms: ["eks", "k3s"], region: "us-east-1" });
}

const API_LINE = lineOf(HEAD["k8s/api.yaml"] as string, "- name: proxy");
const PROXY_RESOURCES = lineOf(HEAD["k8s/api.yaml"] as string, "resources:", 2);
const SELECTOR_LINE = lineOf(HEAD["k8s/web-svc.yaml"] as string, "selector:");

/** Files that got an annotation, sorted, each once. */
function annotatedFiles(result: RunActionResult): string[] {
  return [...new Set(result.annotations.flatMap((a) => (a.file ? [a.file] : [])))].sort();
}

function warnings(result: RunActionResult): string[] {
  return result.annotations.filter((a) => a.level === "warning" && a.file === undefined).map((a) => a.message);
}

describe("a pull request that raises cost, breaks a policy and flips a selector", () => {
  test("annotations on changed files only, summary with everything, outputs, SARIF, one new comment", async () => {
    fake.addComment({ issueNumber: 7, user: OCTOCAT, body: `quoting the bot: ${MARKER}` });
    fake.addComment({ issueNumber: 7, user: RENOVATE, body: `${MARKER} (copied)` });
    const result = await act({ inputs: { "sarif-file": "out/tollgate.sarif" } });
    expect(result.stderr).toBe("");
    expect(result.fileCommandErrors).toEqual([]);

    // The new sidecar has no memory limit: an error on a changed line fails the check.
    expect(result.exitCode).toBe(1);
    const annotated = result.annotations.filter((a) => a.file !== undefined);
    expect(annotated.map((a) => [a.level, a.file, a.line, a.title])).toEqual([
      ["error", "k8s/api.yaml", PROXY_RESOURCES, "tollgate: resources/memory-limit-required"],
      ["notice", "k8s/web-svc.yaml", SELECTOR_LINE, "tollgate: bluegreen/both-slots"],
      ["notice", "k8s/web-svc.yaml", SELECTOR_LINE, "tollgate: bluegreen/switch-summary"],
      // Not on a changed line (the cost rule points at the whole object), so after those.
      ["warning", "k8s/api.yaml", 1, "tollgate: cost/increase"],
      ["warning", "k8s/api.yaml", 1, "tollgate: cost/increase"],
    ]);
    expect(annotated[0]!.message).toContain("proxy has no memory limit");
    expect(API_LINE).toBeLessThan(PROXY_RESOURCES);
    // The failure message names the scope, and it is the only file-less error.
    expect(result.annotations.filter((a) => a.level === "error" && !a.file).map((a) => a.message)).toEqual([
      "tollgate: 1 finding(s) at or above error in the files this pull request changes.",
    ]);

    // The summary has every finding, the untouched legacy file included.
    expect(result.summary).toContain("### Findings on changed files");
    expect(result.summary).toContain("### All findings");
    expect(result.summary).toMatch(/legacy\/old\.yaml#L\d+/);
    expect(result.summary).toContain(`https://github.com/octo-org/manifests/blob/${repo.headSha}/k8s/api.yaml#L${PROXY_RESOURCES}`);

    const cost = expectedCost();
    const [eks, k3s] = cost.platforms;
    expect(eks!.delta).toBeGreaterThan(0);
    expect(k3s!.delta).toBeGreaterThan(0);
    expect(result.outputs).toMatchObject({
      errors: "2",
      warnings: "2",
      infos: "2",
      "changed-errors": "1",
      "changed-warnings": "2",
      "changed-infos": "2",
      "monthly-cost": JSON.stringify({ eks: eks!.monthly, k3s: k3s!.monthly }),
      "monthly-cost-eks": String(eks!.monthly),
      "monthly-cost-k3s": String(k3s!.monthly),
      "monthly-delta": JSON.stringify({ eks: eks!.delta, k3s: k3s!.delta }),
      "monthly-delta-eks": String(eks!.delta),
      "monthly-delta-k3s": String(k3s!.delta),
      "sarif-file": join(repo.dir, "out/tollgate.sarif"),
      comment: "created",
    });
    const sarif = JSON.parse(readFileSync(join(repo.dir, "out/tollgate.sarif"), "utf8"));
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort()).toEqual([
      "k8s/api.yaml",
      "k8s/api.yaml",
      "k8s/api.yaml",
      "k8s/web-svc.yaml",
      "k8s/web-svc.yaml",
      "legacy/old.yaml",
    ]);
    rmSync(join(repo.dir, "out"), { recursive: true, force: true });

    // One new comment by the bot with the marker; the foreign marker comments untouched.
    const comments = fake.comments(7);
    expect(comments.map((c) => c.user.login)).toEqual(["octocat", "renovate[bot]", "github-actions[bot]"]);
    expect(comments[0]!.body).toBe(`quoting the bot: ${MARKER}`);
    expect(comments[1]!.body).toBe(`${MARKER} (copied)`);
    const body = comments[2]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain("resources/memory-limit-required");
    expect(body).toContain("1 more finding elsewhere");
    expect(body).toContain("### Monthly cost");
    expect(body).toMatch(/Monthly estimate increased by \*\*\$[\d.,]+\*\* on EKS/);
    expect(body).toContain("### Blue-green switches");
    expect(body).toContain("- `shop/web`: traffic moves from blue (1.0, 3 replicas) to green (1.0, 3 replicas); rollback = set selector slot: blue (`k8s/web-svc.yaml`)");
    expect(result.summary).toContain("### Monthly cost");
    expect(result.summary).toContain("traffic moves from blue");
    expect(body).not.toContain("legacy/old.yaml");
    expect(body).toContain("[job summary](https://github.com/octo-org/manifests/actions/runs/4242424242)");
    expect(result.outputs["comment-url"]).toBe(`https://github.com/octo-org/manifests/pull/7#issuecomment-${comments[2]!.id}`);
    expect(fake.requestsTo("pulls/list-files").map((r) => r.url)).toEqual(["/repos/octo-org/manifests/pulls/7/files?per_page=100"]);
  });

  test("the second run leaves an unchanged comment alone; a changed result updates it in place", async () => {
    await act();
    const [first] = fake.comments(7);
    expect(fake.requestsTo("issues/create-comment")).toHaveLength(1);

    const again = await act();
    expect(again.outputs.comment).toBe("unchanged");
    expect(fake.requestsTo("issues/update-comment")).toHaveLength(0);

    const relaxed = await act({ inputs: { "fail-on": "never" } });
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.outputs.comment).toBe("updated");
    expect(fake.requestsTo("issues/create-comment")).toHaveLength(1);
    expect(fake.requestsTo("issues/update-comment").map((r) => r.params.comment_id)).toEqual([String(first!.id)]);
    expect(fake.comments(7)).toHaveLength(1);
    expect(fake.comments(7)[0]!.body).toContain("Passing");
  });

  test("a user token: its own marker comment is the sticky one", async () => {
    const machine: UserSpec = { login: "tollgate-machine", id: 990001, type: "User" };
    fake.addToken("ghp_machine", { kind: "user", user: machine });
    fake.addComment({ issueNumber: 7, user: GITHUB_ACTIONS_BOT, body: `${MARKER}\nby the workflow token` });
    const own = fake.addComment({ issueNumber: 7, user: machine, body: `${MARKER}\nold` });
    const result = await act({ token: "ghp_machine" });
    expect(result.outputs.comment).toBe("updated");
    expect(fake.requestsTo("issues/update-comment").map((r) => r.params.comment_id)).toEqual([String(own.id)]);
    expect(fake.comments(7)[0]!.body).toBe(`${MARKER}\nby the workflow token`);
  });

  test("the token is masked and never printed, and travels only in the authorization header", async () => {
    const result = await act();
    expect(result.masks).toContain(DEFAULT_TOKEN);
    const printed = result.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
    for (const text of [printed, result.stderr, result.summary, JSON.stringify(result.outputs), ...fake.comments(7).map((c) => c.body)]) {
      expect(text).not.toContain(DEFAULT_TOKEN);
    }
    for (const r of fake.requests) expect(JSON.stringify([r.url, r.headers, r.body])).not.toContain(DEFAULT_TOKEN);
  });
});

describe("degrading instead of failing for the wrong reason", () => {
  test.each([
    ["a fork's read-only token", () => fake.addToken("ghs_fork", { kind: "installation", user: GITHUB_ACTIONS_BOT, access: "read" }), "ghs_fork"],
    ["an injected 403", () => fake.fail("issues/create-comment", { kind: "forbidden" }), DEFAULT_TOKEN],
  ])("403 on commenting (%s): a warning, summary and annotations, the check passes", async (_, arrange, token) => {
    arrange();
    const result = await act({ token, inputs: { "fail-on": "never" } });
    expect(result.exitCode).toBe(0);
    expect(fake.requestsTo("issues/create-comment").map((r) => r.status)).toEqual([403]);
    expect(fake.comments(7)).toHaveLength(0);
    expect(warnings(result)).toEqual([expect.stringMatching(/could not post its pull request comment: HTTP 403: Resource not accessible by integration \(a pull request from a fork/)]);
    expect(annotatedFiles(result)).toEqual(["k8s/api.yaml", "k8s/web-svc.yaml"]);
    expect(result.summary).toContain("could not be posted");
    expect(result.outputs.comment).toBe("failed");
  });

  test("a 5xx on the file list is retried and the walk succeeds", async () => {
    fake.fail("pulls/list-files", { kind: "server-error", status: 502 }, 1);
    const result = await act();
    expect(fake.requestsTo("pulls/list-files").map((r) => r.status)).toEqual([502, 200]);
    expect(warnings(result)).toEqual([]);
    expect(result.outputs.comment).toBe("created");
    expect(annotatedFiles(result)).toEqual(["k8s/api.yaml", "k8s/web-svc.yaml"]);
  });

  test("a secondary rate limit with retry-after is waited out and retried", async () => {
    fake.fail("issues/create-comment", { kind: "secondary-rate-limit", retryAfter: 1 }, 1);
    const result = await act();
    expect(fake.requestsTo("issues/create-comment").map((r) => r.status)).toEqual([403, 201]);
    expect(warnings(result)).toEqual([]);
    expect(result.outputs.comment).toBe("created");
    expect(fake.comments(7)).toHaveLength(1);
  });

  test("5xx forever on the comments: summary and a warning, the check result unchanged", async () => {
    const baseline = await act({ inputs: { comment: false } });
    fake.fail("issues/list-comments", { kind: "server-error", status: 503 }, Infinity);
    const result = await act();
    expect(baseline.outputs.comment).toBe("disabled");
    expect(fake.requestsTo("issues/list-comments").map((r) => r.status)).toEqual([503, 503, 503]);
    expect(result.exitCode).toBe(baseline.exitCode);
    expect(result.exitCode).toBe(1);
    expect(warnings(result)).toEqual([expect.stringContaining("could not post its pull request comment: HTTP 503")]);
    expect(result.annotations.filter((a) => a.file)).toEqual(baseline.annotations.filter((a) => a.file));
    expect(result.summary).toContain("### All findings");
  });

  test("5xx forever on the file list: changed lines come from git diff instead", async () => {
    fake.fail("pulls/list-files", { kind: "server-error", status: 500 }, Infinity);
    const result = await act({ inputs: { comment: false } });
    expect(fake.requestsTo("pulls/list-files").map((r) => r.status)).toEqual([500, 500, 500]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("Changed files from git diff");
    expect(annotatedFiles(result)).toEqual(["k8s/api.yaml", "k8s/web-svc.yaml"]);
    expect(result.annotations[0]).toMatchObject({ level: "error", file: "k8s/api.yaml", line: PROXY_RESOURCES });
    expect(result.outputs["changed-errors"]).toBe("1");
  });
});

describe("other events and inputs", () => {
  test("push: lint and summarise the whole set, no API calls", async () => {
    const result = await act({ event: pushEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, ref: "refs/heads/main", after: repo.mergeSha! }), eventName: "push" });
    expect(fake.requests).toHaveLength(0);
    expect(result.exitCode).toBe(1);
    expect(annotatedFiles(result)).toEqual(["k8s/api.yaml", "k8s/web-svc.yaml", "legacy/old.yaml"]);
    expect(result.outputs).toMatchObject({ errors: "2", "changed-errors": "2", comment: "not-a-pull-request", "monthly-cost-eks": expect.stringMatching(/^\d+(\.\d+)?$/) });
    // No base on a push: the head's cost, no change.
    expect(result.outputs["monthly-delta-eks"]).toBeUndefined();
    expect(result.summary).toContain("Estimated monthly cost");
    expect(result.summary).not.toContain("Findings on changed files");
  });

  test("paths narrow the set; a config error fails with its location", async () => {
    const narrowed = await act({ inputs: { paths: "k8s/**", comment: false } });
    expect(narrowed.outputs.errors).toBe("1");
    expect(narrowed.summary).toContain("in 3 files");
    expect(narrowed.summary).not.toContain("legacy/old.yaml");

    const empty = await act({ inputs: { paths: "helm/**", comment: false } });
    expect(empty.exitCode).toBe(0);
    expect(warnings(empty)).toEqual(['No manifest files (.yaml, .yml, .json) matched paths "helm/**"; nothing was checked.']);

    const broken = await act({ inputs: { config: "k8s/web-svc.yaml", comment: false } });
    expect(broken.exitCode).toBe(1);
    expect(broken.annotations.filter((a) => a.level === "error").map((a) => a.message)).toEqual([expect.stringContaining("k8s/web-svc.yaml is not a valid tollgate config")]);
  });

  test("a shallow checkout: the base commit is fetched from origin", async () => {
    const shallow = join(repo.dir, "..", `shallow-${process.pid}`);
    repo.git("branch", "-f", "pr-merge", repo.mergeSha!);
    execFileSync("git", ["clone", "-q", "--depth=1", "--branch", "pr-merge", `file://${repo.dir}`, shallow], { stdio: "ignore" });
    try {
      expect(() => execFileSync("git", ["cat-file", "-e", `${repo.baseSha}^{commit}`], { cwd: shallow, stdio: "ignore" })).toThrow();
      const result = await act({ cwd: shallow, inputs: { comment: false } });
      expect(warnings(result)).toEqual([]);
      expect(execFileSync("git", ["cat-file", "-t", repo.baseSha], { cwd: shallow, encoding: "utf8" }).trim()).toBe("commit");
      expect(annotatedFiles(result)).toEqual(["k8s/api.yaml", "k8s/web-svc.yaml"]);
      // The base was read: the cost change and the switch are there.
      expect(Number(result.outputs["monthly-delta-eks"])).toBeGreaterThan(0);
      expect(result.summary).toContain("traffic moves from blue");
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});


describe("limits, a base checkout and pull_request_target", () => {
  test("a large PR: 10 annotations per level with the changed lines first, a comment trimmed below 65,536 characters", async () => {
    const many = Array.from({ length: 400 }, (_, i) => deployment(`svc-${i}`, 1, { sidecar: true })).join("---\n");
    const big = createGitFixture({ base: BASE, head: { ...BASE, "k8s/many.yaml": many }, checkout: "merge" });
    try {
      fake.addPull({ number: 8, base: { sha: big.baseSha }, head: { sha: big.headSha }, files: pullFiles(big) });
      const result = await act({
        event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 8, baseSha: big.baseSha, headSha: big.headSha }),
        cwd: big.dir,
        sha: big.mergeSha,
      });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === "error");
      // 9 findings and the failure message: GitHub shows 10 errors per step.
      expect(errors).toHaveLength(10);
      expect(errors.filter((a) => a.file === "k8s/many.yaml")).toHaveLength(9);
      expect(result.annotations.filter((a) => a.level === "notice" && !a.file).map((a) => a.message)).toEqual([
        "391 more finding(s) on changed files are not annotated (GitHub shows 10 per level); all are in the job summary.",
      ]);
      const [comment] = fake.comments(8);
      expect(comment!.body.length).toBeLessThan(65536);
      expect(comment!.body).toContain("Trimmed to fit a comment: every finding is in the [job summary](https://github.com/octo-org/manifests/actions/runs/4242424242).");
      expect(comment!.body).toContain("### Monthly cost");
      expect(result.outputs["changed-errors"]).toBe("400");
      expect(result.summary).toContain("k8s/many.yaml");
    } finally {
      big.cleanup();
    }
  });

  test("base-path: a second checkout of the base instead of git", async () => {
    const dirs = [createGitFixture({ base: BASE, head: HEAD, checkout: "head" }), createGitFixture({ base: BASE, head: HEAD, checkout: "base" })];
    const [head, base] = dirs;
    try {
      rmSync(join(head!.dir, ".git"), { recursive: true, force: true }); // no history at all: the base must come from base-path
      const result = await act({ cwd: head!.dir, inputs: { "base-path": base!.dir, comment: false } });
      expect(warnings(result)).toEqual([]);
      expect(result.exitCode).toBe(1);
      expect(result.outputs["monthly-delta-eks"]).toBe(String(expectedCost().platforms[0]!.delta));
      expect(result.summary).toContain("traffic moves from blue");
      expect(annotatedFiles(result)).toEqual(["k8s/api.yaml", "k8s/web-svc.yaml"]);
    } finally {
      for (const d of dirs) d.cleanup();
    }
  });

  test("pull_request_target: the PR's manifests are read from git objects, the trusted checkout stays as it is", async () => {
    const target = createGitFixture({ base: BASE, head: HEAD, checkout: "base" });
    try {
      const result = await act({ cwd: target.dir, eventName: "pull_request_target", sha: target.baseSha });
      expect(warnings(result)).toEqual([]);
      expect(result.exitCode).toBe(1);
      expect(result.annotations[0]).toMatchObject({ level: "error", file: "k8s/api.yaml", line: PROXY_RESOURCES });
      expect(result.outputs["monthly-delta-eks"]).toBe(String(expectedCost().platforms[0]!.delta));
      expect(fake.comments(7)).toHaveLength(1);
      expect(target.git("rev-parse", "HEAD")).toBe(target.baseSha);
      expect(target.git("status", "--porcelain")).toBe("");
      expect(readFileSync(join(target.dir, "k8s/api.yaml"), "utf8")).toBe(BASE["k8s/api.yaml"]);
    } finally {
      target.cleanup();
    }
  });
});

describe("a PR with nothing to say", () => {
  test("no comment is created; an existing one is updated to say the findings are gone", async () => {
    const quiet = createGitFixture({ base: BASE, head: { ...BASE, "README.md": "# manifests\n\nNow with docs.\n" }, checkout: "merge" });
    try {
      fake.addPull({ number: 9, base: { sha: quiet.baseSha }, head: { sha: quiet.headSha }, files: pullFiles(quiet) });
      const options = {
        event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 9, baseSha: quiet.baseSha, headSha: quiet.headSha }),
        cwd: quiet.dir,
        sha: quiet.mergeSha,
      };
      const first = await act(options);
      expect(first.exitCode).toBe(0);
      expect(first.outputs.comment).toBe("nothing-to-say");
      expect(first.outputs["monthly-delta-eks"]).toBe("0");
      expect(fake.requestsTo("issues/create-comment")).toHaveLength(0);
      expect(first.annotations.filter((a) => a.file)).toEqual([]);
      // The untouched legacy finding is still in the summary.
      expect(first.summary).toContain("legacy/old.yaml");

      const earlier = fake.addComment({ issueNumber: 9, user: GITHUB_ACTIONS_BOT, body: `${MARKER}\n<!-- tollgate:digest=0000 -->\nold findings` });
      const second = await act(options);
      expect(second.outputs.comment).toBe("updated");
      expect(fake.requestsTo("issues/update-comment").map((r) => r.params.comment_id)).toEqual([String(earlier.id)]);
      expect(fake.comments(9)[0]!.body).toContain("✅ **Passing**");
    } finally {
      quiet.cleanup();
    }
  });
});
