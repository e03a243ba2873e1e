// Proves the harness end to end with a throwaway action bundled like ours will be (esbuild, ESM,
// @actions/core + @actions/github): run as a child process with the runner's environment, its
// GitHub API on the loopback fake. The probe is written to a temp dir here and never committed.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { build } from "esbuild";
import { DEFAULT_TOKEN, FakeGitHub, GITHUB_ACTIONS_BOT, type RecordedRequest, type UserSpec } from "./fake-github.js";
import { pullRequestEvent, pushEvent } from "./payloads.js";
import { REPO_ROOT, inputEnvName, runAction, type RunActionOptions } from "./run-action.js";

const MARKER = "<!-- tollgate:probe -->";
const BASE = "c0ffee".padEnd(40, "0");
const HEAD = "decade".padEnd(40, "1");
const OCTOCAT: UserSpec = { login: "octocat", id: 583231, type: "User" };
const RENOVATE: UserSpec = { login: "renovate[bot]", id: 29139614, type: "Bot" };
const FILES = ["k8s/api.yaml", "k8s/worker.yaml", "k8s/svc-blue.yaml", "k8s/svc-green.yaml", "k8s/ns.yaml"];

/** What our Action will do, in miniature. Inputs: github-token, fail-on, per-page, retries, comment, marker. */
const PROBE_SOURCE = String.raw`
import * as core from "@actions/core";
import * as github from "@actions/github";

async function withRetries(fn, retries) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= retries || !(err.status >= 500)) throw err;
      core.info("retrying after HTTP " + err.status);
    }
  }
}

async function run() {
  const token = core.getInput("github-token", { required: true });
  const retries = Number(core.getInput("retries") || "0");
  const perPage = Number(core.getInput("per-page") || "100");
  const marker = core.getInput("marker") || "<!-- tollgate:probe -->";
  core.setSecret("probe-s3cret");
  core.setOutput("fail-on", core.getInput("fail-on"));
  core.setOutput("env-fail-on", process.env["INPUT_FAIL-ON"] ?? "<unset>");
  core.setOutput("some-input", core.getInput("some input"));
  core.setOutput("input-names", Object.keys(process.env).filter((k) => k.startsWith("INPUT_")).sort().join(","));
  core.setOutput("host-leak", Object.keys(process.env).filter((k) => k.includes("TOLLGATE_HOST_LEAK")).join(","));
  const { context } = github;
  core.setOutput("event-name", context.eventName);
  core.setOutput("repo", context.repo.owner + "/" + context.repo.repo);
  core.setOutput("sha", context.sha);
  core.setOutput("api-url", context.apiUrl);
  const pr = context.payload.pull_request;
  if (!pr) {
    core.notice("not a pull request: lint and summarise only");
    await core.summary.addRaw("push: no comment").write();
    return;
  }
  const octokit = github.getOctokit(token);
  let self = "github-actions[bot]";
  try {
    self = (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (err) {
    if (err.status !== 403) throw err;
    core.info("GET /user refused for this token; assuming " + self);
  }
  const files = await withRetries(
    () => octokit.paginate(octokit.rest.pulls.listFiles, { ...context.repo, pull_number: pr.number, per_page: perPage }),
    retries,
  );
  const comments = await withRetries(
    () => octokit.paginate(octokit.rest.issues.listComments, { ...context.repo, issue_number: pr.number, per_page: perPage }),
    retries,
  );
  const mine = comments.find((c) => c.user && c.user.login === self && (c.body || "").includes(marker));
  const body = marker + "\n" + files.length + " files: " + files.map((f) => f.filename).join(", ");
  if (core.getBooleanInput("comment")) {
    try {
      if (mine) {
        await octokit.rest.issues.updateComment({ ...context.repo, comment_id: mine.id, body });
        core.setOutput("comment", "updated " + mine.id);
      } else {
        const { data } = await octokit.rest.issues.createComment({ ...context.repo, issue_number: pr.number, body });
        core.setOutput("comment", "created " + data.id);
      }
    } catch (err) {
      if (err.status !== 403) throw err;
      core.warning("Cannot comment (HTTP " + err.status + ": " + err.message + "); findings are in the job summary.");
      core.setOutput("comment", "skipped");
    }
  }
  core.setOutput("files", String(files.length));
  core.setOutput("filenames", files.map((f) => f.filename).join("\n"));
  core.error("bad, really: 50%\nsecond line", { file: files[0].filename, startLine: 3, endLine: 4, title: "resources/limits: cpu, memory" });
  core.warning("a warning", { file: files[1].filename, startLine: 1 });
  core.notice("a notice");
  await core.summary
    .addHeading("probe")
    .addTable([[{ data: "file", header: true }], ...files.map((f) => [f.filename])])
    .write();
}

run().catch((err) => {
  core.setFailed("HTTP " + (err.status ?? "-") + ": " + err.message + "; retry-after=" + (err.response?.headers?.["retry-after"] ?? ""));
});
`;

const PROBE_ACTION_YML = `name: probe
description: throwaway action for the harness self-test
inputs:
  github-token:
    default: \${{ github.token }}
  fail-on:
    default: error
  per-page:
    default: 100
  comment:
    default: true
  retries: {}
  marker: {}
  some input:
    default: spaced out
runs:
  using: node24
  main: dist/index.js
`;

let probeDir: string;
let probeEntry: string;
let fake: FakeGitHub;

beforeAll(async () => {
  probeDir = mkdtempSync(join(tmpdir(), "tollgate-probe-"));
  probeEntry = join(probeDir, "dist", "index.js");
  mkdirSync(join(probeDir, "dist"));
  writeFileSync(join(probeDir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(probeDir, "action.yml"), PROBE_ACTION_YML);
  // The recipe from FACTS.md: one ESM file, CJS dependencies given a require.
  await build({
    stdin: { contents: PROBE_SOURCE, resolveDir: REPO_ROOT, sourcefile: "probe-action.mjs", loader: "js" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: probeEntry,
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: "silent",
  });
});

afterAll(() => {
  rmSync(probeDir, { recursive: true, force: true });
});

beforeEach(async () => {
  fake = await FakeGitHub.start({ owner: "octo-org", repo: "manifests", repoId: 4242 });
  fake.addPull({ number: 7, base: { sha: BASE }, head: { sha: HEAD, ref: "raise-cost" }, files: FILES.map((filename) => ({ filename })) });
  // Foreign comments that carry the marker: the probe must not take them for its own.
  fake.addComment({ issueNumber: 7, user: OCTOCAT, body: `quoting the bot: ${MARKER}` });
  fake.addComment({ issueNumber: 7, user: RENOVATE, body: `${MARKER} (copied)` });
});

afterEach(async () => {
  await fake.close();
});

function probe(overrides: Partial<RunActionOptions> & { inputs?: Record<string, string | number | boolean> } = {}) {
  return runAction({
    entry: probeEntry,
    actionYml: join(probeDir, "action.yml"),
    event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 7, baseSha: BASE, headSha: HEAD, headRef: "raise-cost" }),
    apiUrl: fake.baseUrl,
    token: DEFAULT_TOKEN,
    timeoutMs: 30_000,
    ...overrides,
    inputs: { "per-page": 2, ...overrides.inputs },
  });
}

function linkNext(request: RecordedRequest): string | undefined {
  return /<([^>]+)>;\s*rel="next"/.exec(request.responseHeaders.link ?? "")?.[1];
}

/** Every request after the first of a paginated walk went exactly where the previous Link said. */
function expectLinksFollowed(requests: readonly RecordedRequest[], pages: number): void {
  expect(requests).toHaveLength(pages);
  for (let i = 1; i < requests.length; i++) expect(fake.baseUrl + requests[i]!.url).toBe(linkNext(requests[i - 1]!));
  expect(linkNext(requests.at(-1)!)).toBeUndefined();
}

describe("a pull_request run", () => {
  test("inputs, context, pagination, sticky comment, outputs, summary and annotations", async () => {
    const result = await probe({ inputs: { "fail-on": "warning" } });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.failed).toBe(false);
    fake.assertNoViolations();

    // Inputs and context from the runner's environment.
    expect(result.outputs).toMatchObject({
      "fail-on": "warning",
      "env-fail-on": "warning",
      "event-name": "pull_request",
      repo: "octo-org/manifests",
      "api-url": fake.baseUrl,
      files: "5",
      filenames: FILES.join("\n"),
    });

    // GET /user is refused to an installation token; pages were walked through the Link header.
    expect(fake.requestsTo("users/get-authenticated").map((r) => r.status)).toEqual([403]);
    const files = fake.requestsTo("pulls/list-files");
    expectLinksFollowed(files, 3);
    expect(files[0]!.url).toBe("/repos/octo-org/manifests/pulls/7/files?per_page=2");
    expect(files[1]!.path).toBe("/repositories/4242/pulls/7/files");
    expectLinksFollowed(fake.requestsTo("issues/list-comments"), 1);

    // One new comment by the bot; the foreign marker comments untouched.
    const [posted] = fake.requestsTo("issues/create-comment");
    expect(posted!.body).toEqual({ body: `${MARKER}\n5 files: ${FILES.join(", ")}` });
    expect(fake.comments(7).map((c) => [c.user.login, c.body.startsWith(MARKER) || c.body.includes("quoting")])).toEqual([
      ["octocat", true],
      ["renovate[bot]", true],
      ["github-actions[bot]", true],
    ]);
    expect(result.outputs.comment).toBe(`created ${fake.comments(7)[2]!.id}`);

    // Annotations with the runner's escaping decoded.
    expect(result.annotations).toEqual([
      { level: "error", message: "bad, really: 50%\nsecond line", file: "k8s/api.yaml", line: 3, endLine: 4, title: "resources/limits: cpu, memory" },
      { level: "warning", message: "a warning", file: "k8s/worker.yaml", line: 1 },
      { level: "notice", message: "a notice" },
    ]);
    expect(result.masks).toEqual(["probe-s3cret"]);
    expect(result.summary).toContain("<h1>probe</h1>");
    expect(result.summary).toContain("<td>k8s/svc-green.yaml</td>");
  });

  test("the token travels only in the authorization header", async () => {
    const result = await probe();
    expect(result.exitCode).toBe(0);
    expect(fake.requests.length).toBeGreaterThan(3);
    for (const r of fake.requests) {
      expect(r.authorization).toEqual({ scheme: "token", token: DEFAULT_TOKEN });
      expect(JSON.stringify([r.url, r.headers, r.body])).not.toContain(DEFAULT_TOKEN);
    }
    for (const text of [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs)]) expect(text).not.toContain(DEFAULT_TOKEN);
  });

  test("a second run updates its own comment and leaves the foreign ones alone", async () => {
    expect((await probe()).exitCode).toBe(0);
    const before = fake.comments(7).map((c) => ({ ...c }));
    fake.pull(7).files.push({ filename: "k8s/extra.yaml" });

    const second = await probe();
    expect(second.exitCode).toBe(0);
    fake.assertNoViolations();
    expect(fake.requestsTo("issues/create-comment")).toHaveLength(1);
    const [patch] = fake.requestsTo("issues/update-comment");
    expect(patch!.params.comment_id).toBe(String(before[2]!.id));
    expect(second.outputs.comment).toBe(`updated ${before[2]!.id}`);
    expect(fake.comments(7).map((c) => c.body)).toEqual([before[0]!.body, before[1]!.body, expect.stringContaining("6 files")]);
  });

  test("a user token: the login comes from GET /user and that user's marker comment is the sticky one", async () => {
    const machine: UserSpec = { login: "tollgate-machine", id: 990001, type: "User" };
    fake.addToken("ghp_machine", { kind: "user", user: machine });
    const own = fake.addComment({ issueNumber: 7, user: machine, body: `${MARKER}\nold` });
    const result = await probe({ token: "ghp_machine" });
    expect(result.exitCode).toBe(0);
    fake.assertNoViolations();
    expect(fake.requestsTo("users/get-authenticated").map((r) => r.status)).toEqual([200]);
    expect(fake.requestsTo("issues/update-comment").map((r) => r.params.comment_id)).toEqual([String(own.id)]);
  });
});

describe("errors the Action must survive or surface", () => {
  test.each([
    ["a fork's read-only token", () => fake.addToken("ghs_fork", { kind: "installation", user: GITHUB_ACTIONS_BOT, access: "read" }), "ghs_fork"],
    ["an injected 403", () => fake.fail("issues/create-comment", { kind: "forbidden" }), DEFAULT_TOKEN],
  ])("403 on commenting (%s) degrades to a warning, summary and annotations", async (_, arrange, token) => {
    arrange();
    const result = await probe({ token });
    expect(result.exitCode).toBe(0);
    fake.assertNoViolations();
    expect(fake.requestsTo("issues/create-comment").map((r) => r.status)).toEqual([403]);
    expect(fake.comments(7)).toHaveLength(2);
    expect(result.annotations.filter((a) => a.level === "warning").map((a) => a.message)).toContainEqual(
      expect.stringContaining("Resource not accessible by integration"),
    );
    expect(result.outputs.comment).toBe("skipped");
    expect(result.summary).toContain("<h1>probe</h1>");
  });

  test("5xx once: @actions/github's octokit does not retry, so the run fails on the first 502", async () => {
    fake.fail("pulls/list-files", { kind: "server-error", status: 502 }, 1);
    const result = await probe();
    expect(result.exitCode).toBe(1);
    expect(fake.requestsTo("pulls/list-files").map((r) => r.status)).toEqual([502]);
    expect(result.annotations).toEqual([{ level: "error", message: expect.stringMatching(/^HTTP 502: Server Error/) }]);
    expect(fake.requestsTo("issues/create-comment")).toHaveLength(0);
  });

  test("5xx once, with the caller's own retry: the retried walk succeeds", async () => {
    fake.fail("pulls/list-files", { kind: "server-error", status: 502 }, 1);
    const result = await probe({ inputs: { retries: 2 } });
    expect(result.exitCode).toBe(0);
    fake.assertNoViolations();
    const files = fake.requestsTo("pulls/list-files");
    expect(files.map((r) => r.status)).toEqual([502, 200, 200, 200]);
    expectLinksFollowed(files.slice(1), 3);
    expect(result.stdout).toContain("retrying after HTTP 502");
    expect(result.outputs.files).toBe("5");
  });

  test("5xx forever: every retry fails and the run fails", async () => {
    fake.fail("issues/list-comments", { kind: "server-error", status: 503 }, Infinity);
    const result = await probe({ inputs: { retries: 2 } });
    expect(result.exitCode).toBe(1);
    expect(fake.requestsTo("issues/list-comments").map((r) => r.status)).toEqual([503, 503, 503]);
    expect(result.annotations[0]!.message).toMatch(/^HTTP 503: Service Unavailable/);
  });

  test("secondary rate limit (403 + retry-after) is surfaced at once, not waited for", async () => {
    fake.fail("pulls/list-files", { kind: "secondary-rate-limit", retryAfter: 60 });
    const result = await probe();
    expect(result.exitCode).toBe(1);
    expect(fake.requestsTo("pulls/list-files")).toHaveLength(1);
    expect(result.annotations[0]!.message).toMatch(/^HTTP 403: You have exceeded a secondary rate limit.*retry-after=60$/);
  });

  test("primary rate limit (429) is surfaced", async () => {
    fake.fail("issues/list-comments", { kind: "rate-limit" });
    const result = await probe();
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]!.message).toMatch(/^HTTP 429: API rate limit exceeded/);
  });
});

describe("the runner's contract", () => {
  test("INPUT_<NAME>: upper-cased, spaces to _, hyphens kept; action.yml defaults; nothing inherited", async () => {
    const saved = { ...process.env };
    process.env["INPUT_FAIL-ON"] = "from-the-host";
    process.env.GITHUB_TOLLGATE_HOST_LEAK = "x";
    try {
      const result = await probe({ inputs: { unknown: "x" } });
      expect(result.exitCode).toBe(0);
      expect(inputEnvName("fail-on")).toBe("INPUT_FAIL-ON");
      expect(inputEnvName("some input")).toBe("INPUT_SOME_INPUT");
      expect(result.env).toMatchObject({
        "INPUT_FAIL-ON": "error",
        "INPUT_GITHUB-TOKEN": DEFAULT_TOKEN,
        "INPUT_PER-PAGE": "2",
        INPUT_COMMENT: "true",
        INPUT_SOME_INPUT: "spaced out",
        INPUT_UNKNOWN: "x",
        GITHUB_ACTIONS: "true",
        CI: "true",
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_REPOSITORY: "octo-org/manifests",
        GITHUB_REF: "refs/pull/7/merge",
        GITHUB_BASE_REF: "master",
        GITHUB_HEAD_REF: "raise-cost",
        GITHUB_API_URL: fake.baseUrl,
      });
      expect(result.env).not.toHaveProperty("INPUT_RETRIES"); // no default, not given: unset, as on a runner
      expect(result.outputs).toMatchObject({ "fail-on": "error", "env-fail-on": "error", "some-input": "spaced out", "host-leak": "" });
      expect(result.outputs["input-names"]).toBe("INPUT_COMMENT,INPUT_FAIL-ON,INPUT_GITHUB-TOKEN,INPUT_PER-PAGE,INPUT_SOME_INPUT,INPUT_UNKNOWN");
      expect(result.unexpectedInputs).toEqual(["unknown"]);
    } finally {
      process.env = saved;
    }
  });

  test("push: context from the push payload, no API calls", async () => {
    const after = "f".repeat(40);
    const result = await probe({ event: pushEvent({ owner: "octo-org", repo: "manifests", ref: "refs/heads/main", after }), eventName: "push" });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ "event-name": "push", sha: after, repo: "octo-org/manifests" });
    expect(result.env).toMatchObject({ GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main", GITHUB_BASE_REF: "", GITHUB_SHA: after });
    expect(result.annotations).toEqual([{ level: "notice", message: "not a pull request: lint and summarise only" }]);
    expect(fake.requests).toHaveLength(0);
  });

  test("a hung action is killed at the timeout", async () => {
    const hang = join(probeDir, "hang.mjs");
    writeFileSync(hang, "setInterval(() => {}, 1000);\n");
    const result = await runAction({ entry: hang, actionYml: false, repo: "octo-org/manifests", apiUrl: fake.baseUrl, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(result.failed).toBe(true);
    expect(result.signal).toBe("SIGKILL");
  });

  test("an unterminated GITHUB_OUTPUT heredoc fails the step like on a runner", async () => {
    const bad = join(probeDir, "bad-output.mjs");
    writeFileSync(bad, 'import { appendFileSync } from "node:fs";\nappendFileSync(process.env.GITHUB_OUTPUT, "k<<EOF\\nvalueEOF\\n");\n');
    const result = await runAction({ entry: bad, actionYml: false, repo: "octo-org/manifests", apiUrl: fake.baseUrl });
    expect(result.exitCode).toBe(0);
    expect(result.failed).toBe(true);
    expect(result.fileCommandErrors).toEqual(["GITHUB_OUTPUT: Invalid value. Matching delimiter not found 'EOF'"]);
  });
});
