// The Action's GitHub API phase under the failures issue 19 found: an API that never answers, rate
// limits that must not be retried, two sticky comments left by runs that raced, and a token whose
// login GET /user will not tell. The bundle runs as a runner runs it, against the loopback fake.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { DEFAULT_TOKEN, FakeGitHub, GITHUB_ACTIONS_BOT, type Fault, type UserSpec } from "./fake-github.js";
import { createGitFixture, type GitFixture } from "./git-fixture.js";
import { pullRequestEvent } from "./payloads.js";
import { runAction, type RunActionOptions, type RunActionResult } from "./run-action.js";
import { BASE, HEAD, pullFiles } from "./scenario.js";

const MARKER = "<!-- tollgate:sticky -->";
const OCTOCAT: UserSpec = { login: "octocat", id: 583231, type: "User" };
const APP_BOT: UserSpec = { login: "tollgate-app[bot]", id: 2_100_001, type: "Bot" };
const MACHINE: UserSpec = { login: "tollgate-machine", id: 990001, type: "User" };
const APP_TOKEN = "ghs_appInstallationToken000000000000000";
const USER_TOKEN = "ghp_machineUserToken00000000000000000000";

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
  fake.addToken(APP_TOKEN, { kind: "installation", user: APP_BOT });
  fake.addToken(USER_TOKEN, { kind: "user", user: MACHINE });
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
    // Far below the 300 s Node waits for response headers, far above what a run needs.
    timeoutMs: 45_000,
    ...overrides,
  });
}

function warnings(result: RunActionResult): string[] {
  return result.annotations.filter((a) => a.level === "warning" && a.file === undefined).map((a) => a.message);
}

function placed(result: RunActionResult) {
  return result.annotations.filter((a) => a.file !== undefined);
}

describe("an API that never answers (issue 19, repro 2)", () => {
  test("every request has a timeout and is not retried; the result is computed the same way", async () => {
    const baseline = await act();
    fake.fail("pulls/list-files", { kind: "hang" }, Infinity);
    fake.fail("issues/list-comments", { kind: "hang" }, Infinity);
    const result = await act({ env: { TOLLGATE_API_TIMEOUT_MS: "500", TOLLGATE_API_DEADLINE_MS: "20000" } });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(baseline.exitCode);
    expect(result.exitCode).toBe(1);
    // One attempt each: a request that got no answer is not sent again.
    expect(fake.requestsTo("pulls/list-files")).toHaveLength(2); // the baseline's and this run's
    expect(fake.requestsTo("issues/list-comments")).toHaveLength(2);
    expect(result.stdout).toContain("Changed files from git diff");
    expect(result.stdout).toContain("GET /repos/octo-org/manifests/pulls/7/files got no answer within 0.5 s");
    expect(warnings(result)).toEqual([
      "tollgate could not post its pull request comment: GET /repos/octo-org/manifests/issues/7/comments got no answer within 0.5 s. The findings are in the job summary and annotations; the check result does not depend on the comment.",
    ]);
    expect(placed(result)).toEqual(placed(baseline));
    expect(result.outputs["changed-errors"]).toBe(baseline.outputs["changed-errors"]);
  });

  test("the API phase's deadline stops the run's requests even when each one's timeout is longer", async () => {
    fake.fail("pulls/list-files", { kind: "hang" }, Infinity);
    const result = await act({ env: { TOLLGATE_API_TIMEOUT_MS: "30000", TOLLGATE_API_DEADLINE_MS: "1000" } });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(fake.requestsTo("pulls/list-files")).toHaveLength(1);
    // Past the deadline nothing more is sent: the comment degrades to the summary.
    expect(fake.requestsTo("issues/list-comments")).toHaveLength(0);
    expect(warnings(result)).toEqual([expect.stringMatching(/could not post its pull request comment: GET \S+ not sent: the API phase's 1 s deadline has passed\. /)]);
    expect(result.summary).toContain("could not be posted");
  });
});

describe("rate limits are the throttling plugin's alone (issue 19, repro 4)", () => {
  test.each<[string, Fault]>([
    ["a 429 whose reset is an hour away", { kind: "rate-limit" }],
    ["a 429 secondary limit with retry-after: 120", { kind: "secondary-rate-limit", status: 429, retryAfter: 120 }],
    ["a 403 secondary limit with retry-after: 120", { kind: "secondary-rate-limit", status: 403, retryAfter: 120 }],
  ])("%s: one request, no retry, a warning and the job summary", async (_, fault) => {
    fake.fail("issues/create-comment", fault, Infinity);
    const result = await act();
    expect(fake.requestsTo("issues/create-comment")).toHaveLength(1);
    expect(result.outputs.comment).toBe("failed");
    const [warning, ...rest] = warnings(result);
    expect(rest).toEqual([]);
    expect(warning).toMatch(/^tollgate could not post its pull request comment: HTTP 4(03|29): (API rate limit exceeded|You have exceeded a secondary rate limit)/);
    // GitHub's message ends with a period; the sentence must not add a second one.
    expect(warning).not.toMatch(/[^.]\.\.(?!\.)/);
    expect(result.summary).not.toMatch(/[^.]\.\.(?!\.)/);
    expect(result.summary).toContain("The pull request comment could not be posted: HTTP 4");
    expect(result.stdout).toMatch(/retry after \d+ s; not waiting/);
  });

  test("a short secondary limit is still waited out once", async () => {
    fake.fail("issues/create-comment", { kind: "secondary-rate-limit", status: 429, retryAfter: 1 }, 1);
    const result = await act();
    expect(fake.requestsTo("issues/create-comment").map((r) => r.status)).toEqual([429, 201]);
    expect(result.outputs.comment).toBe("created");
    expect(warnings(result)).toEqual([]);
  });
});

describe("one sticky comment (issue 19, repro 3)", () => {
  test("two marker comments of ours, left by runs that raced: the newest is kept and updated, the older deleted", async () => {
    const older = fake.addComment({ issueNumber: 7, user: GITHUB_ACTIONS_BOT, body: `${MARKER}\n<!-- tollgate:digest=0001 -->\nfirst run` });
    const quote = fake.addComment({ issueNumber: 7, user: OCTOCAT, body: `quoting the bot: ${MARKER}` });
    const newer = fake.addComment({ issueNumber: 7, user: GITHUB_ACTIONS_BOT, body: `${MARKER}\n<!-- tollgate:digest=0002 -->\nsecond run` });
    const result = await act();
    expect(result.outputs.comment).toBe("updated");
    expect(fake.requestsTo("issues/delete-comment").map((r) => [r.params.comment_id, r.status])).toEqual([[String(older.id), 204]]);
    expect(fake.requestsTo("issues/update-comment").map((r) => r.params.comment_id)).toEqual([String(newer.id)]);
    expect(fake.requestsTo("issues/create-comment")).toHaveLength(0);
    expect(fake.comments(7).map((c) => c.id)).toEqual([quote.id, newer.id]);
    expect(result.stdout).toContain(`Deleted 1 older tollgate comment(s) (${older.id})`);

    const again = await act();
    expect(again.outputs.comment).toBe("unchanged");
    expect(fake.requestsTo("issues/delete-comment")).toHaveLength(1);
  });

  test("two runs at once, then a third: one comment remains", async () => {
    const runs = await Promise.all([act(), act()]);
    expect(runs.map((r) => r.exitCode)).toEqual([1, 1]);
    await act();
    expect(fake.comments(7)).toHaveLength(1);
    expect(fake.comments(7)[0]!.user.login).toBe("github-actions[bot]");
  });
});

describe("the token's own login without GET /user (issue 19, repro 7)", () => {
  test.each<[string, string, UserSpec]>([
    ["the workflow token", DEFAULT_TOKEN, GITHUB_ACTIONS_BOT],
    ["a GitHub App installation token", APP_TOKEN, APP_BOT],
    ["a personal access token", USER_TOKEN, MACHINE],
  ])("%s: its own comment is found and updated; the others' marker comments are left alone", async (_, token, self) => {
    const others = [GITHUB_ACTIONS_BOT, APP_BOT, MACHINE].filter((u) => u !== self);
    for (const user of others) fake.addComment({ issueNumber: 7, user, body: `${MARKER}\n<!-- tollgate:digest=0000 -->\nby ${user.login}` });
    const own = fake.addComment({ issueNumber: 7, user: self, body: `${MARKER}\n<!-- tollgate:digest=0000 -->\nmine` });
    const result = await act({ token });
    expect(result.outputs.comment).toBe("updated");
    expect(fake.requestsTo("issues/update-comment").map((r) => r.params.comment_id)).toEqual([String(own.id)]);
    expect(fake.requestsTo("issues/create-comment")).toHaveLength(0);
    expect(fake.requestsTo("issues/delete-comment")).toHaveLength(0);
    expect(fake.requestsTo("users/get-authenticated")).toHaveLength(0);
    expect(fake.requestsTo("graphql").map((r) => r.status)).toEqual([200]);
    expect(fake.comments(7).filter((c) => c.user.login !== self.login).map((c) => c.body)).toEqual(others.map((u) => expect.stringContaining(`by ${u.login}`)));
    expect(warnings(result)).toEqual([]);
  });

  test("a pull request's first run makes no identity call at all", async () => {
    const result = await act();
    expect(result.outputs.comment).toBe("created");
    expect(fake.requestsTo("users/get-authenticated")).toHaveLength(0);
    expect(fake.requestsTo("graphql")).toHaveLength(0);
  });

  test("the workflow token when GraphQL fails: github-actions[bot], as GitHub attributes its comments", async () => {
    const own = fake.addComment({ issueNumber: 7, user: GITHUB_ACTIONS_BOT, body: `${MARKER}\n<!-- tollgate:digest=0000 -->\nmine` });
    fake.fail("graphql", { kind: "server-error", status: 502 }, Infinity);
    const result = await act();
    expect(result.outputs.comment).toBe("updated");
    expect(fake.requestsTo("issues/update-comment").map((r) => r.params.comment_id)).toEqual([String(own.id)]);
    expect(warnings(result)).toEqual([]);
  });
});
