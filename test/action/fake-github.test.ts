// The loopback fake on its own, over real HTTP: it must refuse what GitHub's description refuses,
// paginate like GitHub, serve schema-valid objects and fail on demand.
import { request } from "node:http";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { DEFAULT_TOKEN, FakeGitHub, GITHUB_ACTIONS_BOT, type FileSpec } from "./fake-github.js";

const BASE = "1".repeat(40);
const HEAD = "2".repeat(40);
const OCTOCAT = { login: "octocat", id: 583231, type: "User" } as const;

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await FakeGitHub.start({ owner: "octo-org", repo: "manifests", repoId: 4242 });
  fake.addPull({
    number: 7,
    base: { sha: BASE },
    head: { sha: HEAD, ref: "raise-cost" },
    files: [{ filename: "k8s/api.yaml", additions: 3, deletions: 1 }, { filename: "k8s/new.yaml", status: "added" }],
  });
});

afterEach(async () => {
  await fake.close();
});

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

async function call(method: string, path: string, init: { body?: unknown; raw?: string; auth?: string | null; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { accept: "application/vnd.github+json", ...init.headers };
  if (init.auth !== null) headers.authorization = init.auth ?? `token ${DEFAULT_TOKEN}`;
  let body: string | undefined;
  if (init.raw !== undefined) body = init.raw;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers["content-type"] ??= "application/json; charset=utf-8";
  const res = await fetch(path.startsWith("http") ? path : fake.baseUrl + path, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const comments = (q = "") => `/repos/octo-org/manifests/issues/7/comments${q}`;

function linkRels(link: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (link ?? "").matchAll(/<([^>]+)>;\s*rel="(\w+)"/g)) out[m[2]!] = m[1]!;
  return out;
}

describe("requests GitHub's description refuses", () => {
  test.each([
    ["no body at all", { raw: "" }, /a JSON body is required/],
    ["an object without body", { body: { text: "hi" } }, /"body" wasn't supplied/],
    ["body of the wrong type", { body: { body: 5 } }, /must be string/],
  ])("POST comment with %s answers 422 and creates nothing", async (_, init, message) => {
    const reply = await call("POST", comments(), init);
    expect(reply.status).toBe(422);
    expect(reply.body.message).toMatch(/^Invalid request\./);
    expect(reply.body.message).toMatch(message);
    expect(reply.body.documentation_url).toBe("https://docs.github.com/rest/issues/comments#create-an-issue-comment");
    expect(fake.comments(7)).toHaveLength(0);
    expect(fake.violations.map((v) => v.kind)).toEqual(["body"]);
  });

  test("malformed JSON answers 400 like GitHub", async () => {
    const reply = await call("POST", comments(), { raw: "{body:" });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toBe("Problems parsing JSON");
  });

  test("a body that is not JSON is refused by media type", async () => {
    const reply = await call("POST", comments(), { raw: "body=hi", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(reply.status).toBe(415);
    expect(fake.violations.map((v) => v.kind)).toEqual(["media-type"]);
  });

  test.each([
    ["per_page above 100", "?per_page=101", "per_page"],
    ["per_page zero", "?per_page=0", "per_page"],
    ["per_page not an integer", "?per_page=ten", "per_page"],
    ["page not an integer", "?page=1.5", "page"],
    ["since not a date-time", "?since=yesterday", "since"],
    ["an undescribed parameter", "?perPage=100", "perPage"],
    ["a repeated parameter", "?page=1&page=2", "page"],
  ])("query with %s answers 422", async (_, query, at) => {
    const reply = await call("GET", comments(query));
    expect(reply.status).toBe(422);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]!.kind).toBe("query");
    expect(fake.violations[0]!.problems.map((p) => p.at)).toContain(at);
  });

  test("a path parameter of the wrong type answers 404 and is a violation", async () => {
    const reply = await call("GET", "/repos/octo-org/manifests/issues/seven/comments");
    expect(reply.status).toBe(404);
    expect(fake.violations.map((v) => v.kind)).toEqual(["path"]);
  });

  test.each([
    ["GET", "/repos/octo-org/manifests/issues/7/labels", "path is not in the REST subset"],
    ["DELETE", "/repos/octo-org/manifests/issues/7/comments", "DELETE is not described for this path"],
  ])("%s %s is not a described operation", async (method, path, message) => {
    const reply = await call(method, path);
    expect(reply.status).toBe(404);
    expect(fake.violations[0]).toMatchObject({ kind: "route", problems: [{ message }] });
  });

  test("GET with a body is refused", async () => {
    const payload = JSON.stringify({ body: "x" });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(fake.baseUrl + comments(), {
        method: "GET",
        headers: { authorization: `token ${DEFAULT_TOKEN}`, "content-type": "application/json", "content-length": String(payload.length) },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end(payload);
    });
    expect(status).toBe(422);
    expect(fake.violations.map((v) => v.kind)).toEqual(["body"]);
  });

  test("asking for a diff media type is flagged: the fake serves JSON only", async () => {
    const reply = await call("GET", "/repos/octo-org/manifests/pulls/7", { headers: { accept: "application/vnd.github.v3.diff" } });
    expect(reply.status).toBe(406);
    expect(fake.violations.map((v) => v.kind)).toEqual(["media-type"]);
  });
});

describe("authentication", () => {
  test("no authorization header answers 401 Requires authentication", async () => {
    const reply = await call("GET", comments(), { auth: null });
    expect(reply.status).toBe(401);
    expect(reply.body.message).toBe("Requires authentication");
    expect(fake.violations.map((v) => v.kind)).toEqual(["auth"]);
  });

  test("an unknown token answers 401 Bad credentials", async () => {
    const reply = await call("GET", comments(), { auth: "token ghs_nope" });
    expect(reply.status).toBe(401);
    expect(reply.body.message).toBe("Bad credentials");
  });

  test.each([`token ${DEFAULT_TOKEN}`, `Bearer ${DEFAULT_TOKEN}`, `bearer ${DEFAULT_TOKEN}`])("accepts %s and records scheme and token", async (auth) => {
    const reply = await call("GET", comments(), { auth });
    expect(reply.status).toBe(200);
    expect(fake.requests[0]!.authorization).toEqual({ scheme: auth.split(" ")[0]!.toLowerCase(), token: DEFAULT_TOKEN });
    expect(fake.requests[0]!.headers.authorization).toBeUndefined();
  });

  test("an installation token cannot read GET /user, as with GITHUB_TOKEN", async () => {
    const reply = await call("GET", "/user");
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual({
      message: "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
      status: "403",
    });
    fake.assertNoViolations();
  });

  test("a user token reads its own login from GET /user (a valid public-user)", async () => {
    fake.addToken("ghp_user", { kind: "user", user: OCTOCAT });
    const reply = await call("GET", "/user", { auth: "token ghp_user" });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ login: "octocat", id: 583231, type: "User" });
    fake.assertNoViolations();
  });

  test("a read-only token (fork PR) gets 403 on writes and can still read", async () => {
    fake.addToken("ghs_fork", { kind: "installation", user: GITHUB_ACTIONS_BOT, access: "read" });
    const write = await call("POST", comments(), { body: { body: "hi" }, auth: "token ghs_fork" });
    expect(write.status).toBe(403);
    expect(write.body.message).toBe("Resource not accessible by integration");
    expect(write.headers.get("x-accepted-github-permissions")).toBe("issues=write; pull_requests=write");
    expect((await call("GET", comments(), { auth: "token ghs_fork" })).status).toBe(200);
    fake.assertNoViolations();
  });
});

describe("comments", () => {
  test("create then update: ids above 2^31, author from the token, timestamps, Location", async () => {
    let clock = Date.parse("2026-03-01T10:00:00Z");
    await fake.close();
    fake = await FakeGitHub.start({ now: () => new Date((clock += 1000)) });
    fake.addPull({ number: 7, base: { sha: BASE }, head: { sha: HEAD } });
    const path = `/repos/${fake.fullName}/issues/7/comments`;

    const created = await call("POST", path, { body: { body: "<!-- tollgate -->\nfirst" } });
    expect(created.status).toBe(201);
    expect(created.body.id).toBeGreaterThan(2 ** 31);
    expect(created.body.user).toMatchObject({ login: "github-actions[bot]", type: "Bot", id: 41898282 });
    expect(created.body.created_at).toBe("2026-03-01T10:00:02Z"); // addPull took 10:00:01
    expect(created.headers.get("location")).toBe(`${fake.baseUrl}/repos/${fake.fullName}/issues/comments/${created.body.id}`);

    const updated = await call("PATCH", `/repos/${fake.fullName}/issues/comments/${created.body.id}`, { body: { body: "second" } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: created.body.id, body: "second", created_at: "2026-03-01T10:00:02Z", updated_at: "2026-03-01T10:00:03Z" });
    expect(fake.comments(7).map((c) => c.body)).toEqual(["second"]);
    fake.assertNoViolations();
  });

  test("another repository is not found; names are case-insensitive like GitHub's", async () => {
    expect((await call("GET", "/repos/octo-org/other/issues/7/comments")).status).toBe(404);
    expect((await call("GET", "/repos/Octo-Org/Manifests/issues/7/comments")).status).toBe(200);
    fake.assertNoViolations();
  });

  test("updating a comment that does not exist answers 404", async () => {
    const reply = await call("PATCH", "/repos/octo-org/manifests/issues/comments/99", { body: { body: "x" } });
    expect(reply.status).toBe(404);
    fake.assertNoViolations();
  });

  test("a body over 65,536 characters answers 422 Validation Failed, one char less is fine", async () => {
    const tooLong = await call("POST", comments(), { body: { body: "é".repeat(65537) } });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors[0]).toMatchObject({ field: "body", code: "custom" });
    const fits = await call("POST", comments(), { body: { body: "é".repeat(65536) } });
    expect(fits.status).toBe(201);
    fake.assertNoViolations();
  });

  test("since filters by updated_at", async () => {
    let clock = Date.parse("2026-03-01T10:00:00Z");
    await fake.close();
    fake = await FakeGitHub.start({ now: () => new Date((clock += 60_000)) });
    fake.addPull({ number: 7, base: { sha: BASE }, head: { sha: HEAD } });
    fake.addComment({ issueNumber: 7, user: OCTOCAT, body: "old" }); // 10:02
    fake.addComment({ issueNumber: 7, user: OCTOCAT, body: "new" }); // 10:03
    const reply = await call("GET", `/repos/${fake.fullName}/issues/7/comments?since=2026-03-01T10:03:00Z`);
    expect(reply.body.map((c: { body: string }) => c.body)).toEqual(["new"]);
  });

  test("foreign comments keep their authors, bots included", async () => {
    fake.addComment({ issueNumber: 7, user: OCTOCAT, body: "<!-- tollgate --> quoted by a human" });
    fake.addComment({ issueNumber: 7, user: { login: "renovate[bot]", id: 29139614, type: "Bot" }, body: "<!-- tollgate -->" });
    const reply = await call("GET", comments());
    expect(reply.body.map((c: any) => [c.user.login, c.user.type, c.author_association])).toEqual([
      ["octocat", "User", "CONTRIBUTOR"],
      ["renovate[bot]", "Bot", "NONE"],
    ]);
    fake.assertNoViolations();
  });
});

describe("pagination", () => {
  beforeEach(() => {
    for (let i = 1; i <= 5; i++) fake.addComment({ issueNumber: 7, user: OCTOCAT, body: `c${i}` });
  });

  test("one page: no Link header", async () => {
    const reply = await call("GET", comments());
    expect(reply.body).toHaveLength(5);
    expect(reply.headers.get("link")).toBeNull();
  });

  test("Link rel next/last/prev/first with absolute /repositories/{id} URLs that route back", async () => {
    const first = await call("GET", comments("?per_page=2"));
    expect(first.body.map((c: any) => c.body)).toEqual(["c1", "c2"]);
    expect(linkRels(first.headers.get("link"))).toEqual({
      next: `${fake.baseUrl}/repositories/4242/issues/7/comments?per_page=2&page=2`,
      last: `${fake.baseUrl}/repositories/4242/issues/7/comments?per_page=2&page=3`,
    });

    const second = await call("GET", linkRels(first.headers.get("link")).next!);
    expect(second.body.map((c: any) => c.body)).toEqual(["c3", "c4"]);
    expect(Object.keys(linkRels(second.headers.get("link")))).toEqual(["prev", "next", "last", "first"]);

    const third = await call("GET", linkRels(second.headers.get("link")).next!);
    expect(third.body.map((c: any) => c.body)).toEqual(["c5"]);
    expect(Object.keys(linkRels(third.headers.get("link")))).toEqual(["prev", "first"]);
    expect(fake.requests.map((r) => r.operationId)).toEqual(["issues/list-comments", "issues/list-comments", "issues/list-comments"]);
    fake.assertNoViolations();
  });

  test("another repository id in a Link-style URL is not found", async () => {
    expect((await call("GET", "/repositories/1/issues/7/comments")).status).toBe(404);
  });

  test('linkStyle "repos" keeps /repos/{owner}/{repo}', async () => {
    await fake.close();
    fake = await FakeGitHub.start({ linkStyle: "repos" });
    fake.addPull({ number: 1, base: { sha: BASE }, head: { sha: HEAD }, files: [{ filename: "a" }, { filename: "b" }] });
    const reply = await call("GET", `/repos/${fake.fullName}/pulls/1/files?per_page=1`);
    expect(linkRels(reply.headers.get("link")).next).toBe(`${fake.baseUrl}/repos/${fake.fullName}/pulls/1/files?per_page=1&page=2`);
  });

  test("pulls.listFiles stops at 3,000 files", async () => {
    const files: FileSpec[] = Array.from({ length: 3005 }, (_, i) => ({ filename: `k8s/f${i}.yaml` }));
    fake.addPull({ number: 8, base: { sha: BASE }, head: { sha: HEAD }, files });
    const page30 = await call("GET", "/repos/octo-org/manifests/pulls/8/files?per_page=100&page=30");
    expect(page30.body).toHaveLength(100);
    expect(linkRels(page30.headers.get("link")).next).toBeUndefined();
    const page31 = await call("GET", "/repos/octo-org/manifests/pulls/8/files?per_page=100&page=31");
    expect(page31.body).toEqual([]);
  });
});

describe("objects are valid against the description", () => {
  test("pull request, files and comparison, including a fork head", async () => {
    const forkHead = "3".repeat(40);
    fake.addPull({
      number: 9,
      base: { sha: BASE, ref: "main" },
      head: { sha: forkHead, ref: "patch-1", owner: { login: "forker", id: 77, type: "User" } },
      files: [{ filename: "k8s/a b.yaml", status: "renamed", previous_filename: "k8s/old.yaml", patch: "@@ -1 +1 @@" }],
    });
    const pull = await call("GET", "/repos/octo-org/manifests/pulls/9");
    expect(pull.status).toBe(200);
    expect(pull.body.head).toMatchObject({ label: "forker:patch-1", sha: forkHead, repo: { full_name: "forker/manifests", fork: true } });
    expect(pull.body.base).toMatchObject({ label: "octo-org:main", sha: BASE, repo: { full_name: "octo-org/manifests", fork: false } });
    const files = await call("GET", "/repos/octo-org/manifests/pulls/9/files");
    expect(files.body[0]).toMatchObject({ filename: "k8s/a b.yaml", status: "renamed", previous_filename: "k8s/old.yaml" });
    expect(files.body[0].raw_url).toBe(`https://github.com/octo-org/manifests/raw/${forkHead}/k8s/a%20b.yaml`);
    const compare = await call("GET", `/repos/octo-org/manifests/compare/${BASE}...${forkHead}`);
    expect(compare.status).toBe(200);
    expect(compare.body.files.map((f: any) => f.filename)).toEqual(["k8s/a b.yaml"]);
    expect(compare.body.commits.map((c: any) => c.sha)).toEqual([forkHead]);
    expect((await call("GET", `/repos/octo-org/manifests/compare/main...nope`)).status).toBe(404);
    fake.assertNoViolations();
    expect(fake.requests.every((r) => r.status < 500)).toBe(true);
  });

  test("a response that drifts from the schema is caught", async () => {
    fake.addComment({ issueNumber: 7, user: { login: 42 as unknown as string, id: 1, type: "User" }, body: "x" });
    await call("GET", comments());
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]!.kind).toBe("response");
    expect(() => fake.assertNoViolations()).toThrow(/violation/);
  });
});

describe("fault injection", () => {
  test("5xx N times, then the real answer", async () => {
    fake.fail("pulls/list-files", { kind: "server-error", status: 502 }, 2);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call("GET", "/repos/octo-org/manifests/pulls/7/files")).status);
    expect(statuses).toEqual([502, 502, 200]);
    expect(fake.requestsTo("pulls/list-files").map((r) => r.fault)).toEqual(["server-error", "server-error", undefined]);
    fake.assertNoViolations();
  });

  test("5xx forever", async () => {
    fake.fail("pulls/get", { kind: "server-error", status: 503 }, Infinity);
    for (let i = 0; i < 4; i++) expect((await call("GET", "/repos/octo-org/manifests/pulls/7")).status).toBe(503);
  });

  test("only the named operation fails", async () => {
    fake.fail("issues/create-comment", { kind: "forbidden" });
    expect((await call("GET", comments())).status).toBe(200);
    const reply = await call("POST", comments(), { body: { body: "x" } });
    expect(reply.status).toBe(403);
    expect(reply.body.message).toBe("Resource not accessible by integration");
    expect(fake.comments(7)).toHaveLength(0);
  });

  test("secondary rate limit: 403 with retry-after", async () => {
    fake.fail("issues/list-comments", { kind: "secondary-rate-limit", retryAfter: 30 });
    const reply = await call("GET", comments());
    expect(reply.status).toBe(403);
    expect(reply.headers.get("retry-after")).toBe("30");
    expect(reply.body.message).toMatch(/secondary rate limit/);
  });

  test("primary rate limit: 429 with x-ratelimit-remaining 0", async () => {
    fake.fail("issues/list-comments", { kind: "rate-limit" });
    const reply = await call("GET", comments());
    expect(reply.status).toBe(429);
    expect(reply.headers.get("x-ratelimit-remaining")).toBe("0");
  });

  test("a request that breaks the description is refused before any fault", async () => {
    fake.fail("issues/create-comment", { kind: "server-error" });
    expect((await call("POST", comments(), { body: {} })).status).toBe(422);
    expect((await call("POST", comments(), { body: { body: "ok" } })).status).toBe(502);
  });

  test("an operation outside the description cannot be given a fault", () => {
    expect(() => fake.fail("issues/lock" as never, { kind: "forbidden" })).toThrow(/not in the REST subset/);
  });
});

test("the server closes itself after its lifetime", async () => {
  const short = await FakeGitHub.start({ lifetimeMs: 50 });
  await new Promise((r) => setTimeout(r, 150));
  await expect(fetch(`${short.baseUrl}/user`)).rejects.toThrow();
});

describe("what issue 19's repros need from the fake", () => {
  const APP = { login: "tollgate-app[bot]", id: 2_100_001, type: "Bot" } as const;

  test("GraphQL { viewer { login } } answers the token's account, installation tokens included", async () => {
    fake.addToken("ghs_app", { kind: "installation", user: APP });
    expect((await call("POST", "/graphql", { body: { query: "query { viewer { login } }" } })).body).toEqual({ data: { viewer: { login: "github-actions[bot]" } } });
    expect((await call("POST", "/graphql", { body: { query: "{ viewer { login } }" }, auth: "bearer ghs_app" })).body).toEqual({ data: { viewer: { login: APP.login } } });
    expect(fake.violations).toEqual([]);
    const other = await call("POST", "/graphql", { body: { query: "{ repository(owner: \"o\", name: \"r\") { id } }" } });
    expect(other.body.errors).toHaveLength(1);
    expect(fake.violations.map((v) => v.kind)).toEqual(["body"]);
  });

  test("DELETE a comment: its author's token only, 204 then 404", async () => {
    const own = fake.addComment({ issueNumber: 7, user: GITHUB_ACTIONS_BOT, body: "mine" });
    const foreign = fake.addComment({ issueNumber: 7, user: OCTOCAT, body: "theirs" });
    expect((await call("DELETE", `/repos/octo-org/manifests/issues/comments/${foreign.id}`)).status).toBe(403);
    expect((await call("DELETE", `/repos/octo-org/manifests/issues/comments/${own.id}`)).status).toBe(204);
    expect((await call("DELETE", `/repos/octo-org/manifests/issues/comments/${own.id}`)).status).toBe(404);
    expect(fake.comments(7).map((c) => c.id)).toEqual([foreign.id]);
    fake.assertNoViolations();
  });

  test("a hang fault never answers; the client's own abort ends the request", async () => {
    fake.fail("pulls/list-files", { kind: "hang" });
    const controller = new AbortController();
    const pending = fetch(`${fake.baseUrl}/repos/octo-org/manifests/pulls/7/files`, { headers: { authorization: `token ${DEFAULT_TOKEN}` }, signal: controller.signal });
    const outcome = Promise.race([pending.then(() => "answered", () => "aborted"), new Promise((r) => setTimeout(() => r("still waiting"), 300))]);
    expect(await outcome).toBe("still waiting");
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect(fake.requestsTo("pulls/list-files").map((r) => [r.status, r.fault])).toEqual([[0, "hang"]]);
  });
});
