// A loopback GitHub REST API for the Action's tests: in-memory repository, pull requests and
// comments, every request checked against the committed REST description, every response
// validated against the schema GitHub documents for it, faults injectable per operation.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { RestDescription, type Operation, type SchemaProblem } from "./rest-description.js";
import { RestObjects, gitSha, type FileSpec, type PullState, type RepoState, type UserSpec } from "./rest-objects.js";

export type { FileSpec, UserSpec, DiffStatus } from "./rest-objects.js";

/** The app user comments made with a workflow's GITHUB_TOKEN are attributed to. */
export const GITHUB_ACTIONS_BOT: UserSpec = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
/** The token the fake accepts unless told otherwise; shaped like an installation token. */
export const DEFAULT_TOKEN = "ghs_fakeWorkflowToken0000000000000000000";

export type OperationId =
  | "issues/list-comments"
  | "issues/create-comment"
  | "issues/update-comment"
  | "issues/delete-comment"
  | "pulls/list-files"
  | "pulls/get"
  | "users/get-authenticated"
  | "repos/compare-commits-with-basehead";

export interface TokenIdentity {
  readonly user: UserSpec;
  /** Installation tokens (GITHUB_TOKEN) cannot call GET /user; user tokens can. */
  readonly kind: "installation" | "user";
  /** "read": a fork pull request's token; writes answer 403 like GitHub. */
  readonly access?: "read" | "write";
}

export type Fault =
  /** 403 "Resource not accessible by integration", what a fork PR's read-only token gets. */
  | { readonly kind: "forbidden" }
  /** 403 (or 429) with retry-after, GitHub's secondary rate limit. */
  | { readonly kind: "secondary-rate-limit"; readonly retryAfter?: number; readonly status?: 403 | 429 }
  /** 429 (or 403) with x-ratelimit-remaining: 0, the primary rate limit. */
  | { readonly kind: "rate-limit"; readonly status?: 403 | 429 }
  | { readonly kind: "server-error"; readonly status?: 500 | 502 | 503 | 504 }
  /** No answer at all: the connection stays open until the client gives up or the fake closes. */
  | { readonly kind: "hang" };

export interface PullSpec {
  readonly number: number;
  readonly title?: string;
  readonly body?: string | null;
  readonly user?: UserSpec;
  readonly draft?: boolean;
  readonly base: { readonly ref?: string; readonly sha: string };
  /** `owner` set: the head branch lives in a fork. */
  readonly head: { readonly ref?: string; readonly sha: string; readonly owner?: UserSpec; readonly repo?: string };
  readonly files?: readonly FileSpec[];
  readonly mergeCommitSha?: string | null;
}

export interface CommentSpec {
  readonly issueNumber: number;
  readonly user: UserSpec;
  readonly body: string;
}

export interface StoredComment {
  readonly id: number;
  readonly issueNumber: number;
  readonly user: UserSpec;
  body: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface RecordedRequest {
  readonly seq: number;
  readonly method: string;
  /** Path and query exactly as received. */
  readonly url: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** A REST operation, or "graphql" for POST /graphql (GitHub's GraphQL endpoint, outside the REST description). */
  readonly operationId?: OperationId | "graphql";
  readonly params: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, the raw text when it was not JSON, undefined when there was none. */
  readonly body: unknown;
  readonly authorization?: { readonly scheme: string; readonly token: string };
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  fault?: Fault["kind"];
}

export interface Violation {
  readonly seq: number;
  readonly kind: "route" | "auth" | "path" | "query" | "body" | "media-type" | "api-version" | "response";
  readonly request: string;
  readonly problems: readonly SchemaProblem[];
}

export interface FakeGitHubOptions {
  readonly owner?: string;
  readonly repo?: string;
  readonly repoId?: number;
  readonly private?: boolean;
  readonly defaultBranch?: string;
  /** Accepted tokens; default: DEFAULT_TOKEN as github-actions[bot] installation token with write access. */
  readonly tokens?: Readonly<Record<string, TokenIdentity>>;
  /** Where html_url points; the API itself is always the fake. */
  readonly serverUrl?: string;
  /** GitHub's Link headers use /repositories/{id}/...; "repos" keeps /repos/{owner}/{repo}/... */
  readonly linkStyle?: "repositories" | "repos";
  /** Clock for created_at/updated_at; default: real time. */
  readonly now?: () => Date;
  /** The server closes itself after this long (default 10 minutes) so a forgotten fake never hangs a run. */
  readonly lifetimeMs?: number;
}

/** Documented in prose only ("max 100") in the description, so enforced here. */
const PER_PAGE_MAX = 100;
/** pulls.listFiles answers at most 3,000 files. */
const LIST_FILES_MAX = 3000;
/** Issue and pull request comment bodies. */
const COMMENT_BODY_MAX = 65536;
const API_VERSION = "2022-11-28";

interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

let shared: RestDescription | undefined;

export class FakeGitHub {
  readonly description: RestDescription;
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  readonly repoState: RepoState;
  private readonly server: Server;
  private readonly objects: RestObjects;
  private readonly tokens: Record<string, TokenIdentity>;
  private readonly linkStyle: "repositories" | "repos";
  private readonly now: () => Date;
  private readonly pulls = new Map<number, PullState>();
  private readonly commentStore: StoredComment[] = [];
  private readonly faults: Array<{ operationId: OperationId | "graphql"; fault: Fault; remaining: number }> = [];
  private nextCommentId = 3_000_000_001; // above 2^31, as GitHub's are
  private rateRemaining = 5000;
  private readonly lifetime: NodeJS.Timeout;
  readonly baseUrl: string;
  readonly serverUrl: string;

  private constructor(server: Server, options: FakeGitHubOptions, description: RestDescription) {
    this.server = server;
    this.description = description;
    const port = (server.address() as AddressInfo).port;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.serverUrl = options.serverUrl ?? "https://github.com";
    const ownerLogin = options.owner ?? "octo-org";
    this.repoState = {
      owner: { login: ownerLogin, id: 9_900_001, type: "Organization" },
      name: options.repo ?? "manifests",
      id: options.repoId ?? 123_456_789,
      private: options.private ?? false,
      defaultBranch: options.defaultBranch ?? "main",
    };
    this.tokens = { ...(options.tokens ?? { [DEFAULT_TOKEN]: { user: GITHUB_ACTIONS_BOT, kind: "installation" } }) };
    this.linkStyle = options.linkStyle ?? "repositories";
    this.now = options.now ?? (() => new Date());
    this.objects = new RestObjects(description, { api: this.baseUrl, server: this.serverUrl });
    this.lifetime = setTimeout(() => void this.close(), options.lifetimeMs ?? 600_000);
    this.lifetime.unref();
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    shared ??= RestDescription.load();
    const description = shared;
    let fake: FakeGitHub | undefined;
    const server = createServer((req, res) => {
      fake!.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" }).end(`fake-github crashed: ${String(err)}`);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    fake = new FakeGitHub(server, options, description);
    return fake;
  }

  get owner(): string {
    return this.repoState.owner.login;
  }

  get repo(): string {
    return this.repoState.name;
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  async close(): Promise<void> {
    clearTimeout(this.lifetime);
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  addToken(token: string, identity: TokenIdentity): void {
    this.tokens[token] = identity;
  }

  addPull(spec: PullSpec): PullState {
    const at = this.timestamp();
    const forkOwner = spec.head.owner;
    const headRepo: RepoState = forkOwner
      ? { ...this.repoState, owner: forkOwner, name: spec.head.repo ?? this.repoState.name, id: this.repoState.id + spec.number }
      : this.repoState;
    const pull: PullState = {
      id: 1_000_000_000 + spec.number,
      number: spec.number,
      title: spec.title ?? `Pull request ${spec.number}`,
      body: spec.body ?? null,
      user: spec.user ?? { login: "octocat", id: 583231, type: "User" },
      state: "open",
      draft: spec.draft ?? false,
      base: { ref: spec.base.ref ?? this.repoState.defaultBranch, sha: spec.base.sha },
      head: { ref: spec.head.ref ?? `feature-${spec.number}`, sha: spec.head.sha, repo: headRepo },
      files: [...(spec.files ?? [])],
      createdAt: at,
      updatedAt: at,
      mergeCommitSha: spec.mergeCommitSha === undefined ? gitSha(`merge:${spec.base.sha}:${spec.head.sha}`) : spec.mergeCommitSha,
    };
    this.pulls.set(spec.number, pull);
    return pull;
  }

  pull(number: number): PullState {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number}`);
    return pull;
  }

  addComment(spec: CommentSpec): StoredComment {
    const at = this.timestamp();
    const comment: StoredComment = { id: this.nextCommentId++, issueNumber: spec.issueNumber, user: spec.user, body: spec.body, createdAt: at, updatedAt: at };
    this.commentStore.push(comment);
    return comment;
  }

  comments(issueNumber?: number): readonly StoredComment[] {
    return this.commentStore.filter((c) => issueNumber === undefined || c.issueNumber === issueNumber);
  }

  /** Answers the next `times` requests to the operation with the fault (Infinity: every request). */
  fail(operationId: OperationId | "graphql", fault: Fault, times = 1): void {
    if (operationId !== "graphql") this.description.operation(operationId);
    this.faults.push({ operationId, fault, remaining: times });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  requestsTo(operationId: OperationId | "graphql"): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  /** Throws with every recorded violation, for `afterEach`. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map(
      (v) => `#${v.seq} ${v.request} [${v.kind}]: ${v.problems.map((p) => `${p.at} ${p.message}`).join("; ")}`,
    );
    throw new Error(`fake GitHub saw ${this.violations.length} violation(s):\n${lines.join("\n")}`);
  }

  private timestamp(): string {
    return this.now().toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const url = new URL(req.url ?? "/", this.baseUrl);
    const method = (req.method ?? "GET").toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (k !== "authorization" && v !== undefined) headers[k] = String(v);
    const query: Record<string, string> = {};
    const repeated: string[] = [];
    for (const [k, v] of url.searchParams) {
      if (k in query) repeated.push(k);
      query[k] = v;
    }
    const authMatch = /^(token|bearer)\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
    const record: RecordedRequest = {
      seq: this.requests.length + 1,
      method,
      url: req.url ?? "/",
      path: url.pathname,
      query,
      params: {},
      headers,
      body: parseJson(rawBody),
      authorization: authMatch ? { scheme: authMatch[1]!.toLowerCase(), token: authMatch[2]! } : undefined,
      status: 0,
      responseHeaders: {},
      responseBody: undefined,
    };
    this.requests.push(record);
    const label = `${method} ${url.pathname}${url.search}`;
    const violate = (kind: Violation["kind"], problems: SchemaProblem[]) =>
      this.violations.push({ seq: record.seq, kind, request: label, problems });

    const answer = method === "POST" && url.pathname === "/graphql" ? this.graphql(record, violate) : this.answer(method, url, record, rawBody, repeated, violate);
    if (answer === "hang") return; // closeAllConnections() ends it when the fake closes
    const { status, body } = answer;
    const responseHeaders: Record<string, string> = {
      "content-type": "application/json; charset=utf-8",
      "x-github-api-version-selected": API_VERSION,
      "x-github-media-type": "github.v3; format=json",
      "x-github-request-id": `FAKE:${record.seq}`,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": String(Math.max(0, --this.rateRemaining)),
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-ratelimit-used": String(5000 - this.rateRemaining),
      "x-ratelimit-resource": "core",
      ...answer.headers,
    };
    record.status = status;
    record.responseHeaders = responseHeaders;
    record.responseBody = body;
    if (record.operationId && record.operationId !== "graphql") this.checkResponse(this.description.operation(record.operationId), record, violate);
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, { ...responseHeaders, "content-length": String(Buffer.byteLength(text)) });
    res.end(text);
  }

  /**
   * GitHub's GraphQL endpoint, for the one query the Action sends: `{ viewer { login } }`, which
   * installation tokens may run (GET /user is refused to them). Anything else is a violation.
   */
  private graphql(record: RecordedRequest, violate: (kind: Violation["kind"], problems: SchemaProblem[]) => void): Answer | "hang" {
    (record as { operationId?: string }).operationId = "graphql";
    const identity = record.authorization ? this.tokens[record.authorization.token] : undefined;
    if (!identity) {
      violate("auth", [{ at: "authorization", message: record.authorization ? "unknown token" : "no `token` or `Bearer` authorization header" }]);
      return { status: 401, body: { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" } };
    }
    const query = (record.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== "string" || !/^\s*(?:query\s*\w*\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      violate("body", [{ at: "/query", message: `the fake answers only { viewer { login } }, got ${JSON.stringify(query)}` }]);
      return { status: 200, body: { errors: [{ message: "the fake answers only { viewer { login } }" }] } };
    }
    const fault = this.faults.find((f) => f.operationId === "graphql" && f.remaining > 0);
    if (fault) {
      fault.remaining--;
      record.fault = fault.fault.kind;
      if (fault.fault.kind === "hang") return "hang";
      return faultAnswer(fault.fault, "https://docs.github.com/graphql", new Date());
    }
    return { status: 200, body: { data: { viewer: { login: identity.user.login } } } };
  }

  private answer(
    method: string,
    url: URL,
    record: RecordedRequest,
    rawBody: string,
    repeated: string[],
    violate: (kind: Violation["kind"], problems: SchemaProblem[]) => void,
  ): Answer | "hang" {
    // Link headers point at /repositories/{id}/...; route them like GitHub does.
    let path = url.pathname;
    const byId = /^\/repositories\/(\d+)(\/.*)$/.exec(path);
    if (byId) {
      if (Number(byId[1]) !== this.repoState.id) return notFound("https://docs.github.com/rest");
      path = `/repos/${this.fullName}${byId[2]}`;
    }
    const { route, pathKnown } = this.description.match(method, path);
    if (!route) {
      violate("route", [{ at: path, message: pathKnown ? `${method} is not described for this path` : "path is not in the REST subset" }]);
      return notFound("https://docs.github.com/rest");
    }
    const op = route.operation;
    const operationId = op.operationId as OperationId;
    Object.assign(record as { operationId?: OperationId; params: Record<string, string> }, { operationId, params: route.params });

    if (!record.authorization) {
      violate("auth", [{ at: "authorization", message: "no `token` or `Bearer` authorization header" }]);
      return error(401, "Requires authentication", op.docsUrl);
    }
    const identity = this.tokens[record.authorization.token];
    if (!identity) {
      violate("auth", [{ at: "authorization", message: "unknown token" }]);
      return error(401, "Bad credentials", "https://docs.github.com/rest");
    }

    const problems = this.checkRequest(op, route.params, record, rawBody, repeated);
    if (problems.path.length) {
      violate("path", problems.path);
      return notFound(op.docsUrl);
    }
    if (problems.query.length) {
      violate("query", problems.query);
      return validationFailed(op.docsUrl, problems.query);
    }
    if (problems.mediaType.length) {
      violate("media-type", problems.mediaType);
      return { status: 415, body: { message: "Unsupported 'Content-Type' header", documentation_url: op.docsUrl, status: "415" } };
    }
    if (problems.json) return error(400, "Problems parsing JSON", op.docsUrl);
    if (problems.body.length) {
      violate("body", problems.body);
      return validationFailed(op.docsUrl, problems.body);
    }
    const version = record.headers["x-github-api-version"];
    if (version !== undefined && version !== API_VERSION) {
      violate("api-version", [{ at: "x-github-api-version", message: `the fake serves ${API_VERSION} shapes only, asked for ${version}` }]);
    }
    const accept = record.headers.accept ?? "";
    if (/vnd\.github(\.[\w-]+)?\.(diff|patch|sha)\b/.test(accept)) {
      violate("media-type", [{ at: "accept", message: `the fake serves JSON only, asked for ${accept}` }]);
      return error(406, "Unsupported media type in the fake", op.docsUrl);
    }

    // Owner and repository names are case-insensitive on GitHub.
    const { owner, repo } = route.params;
    if (op.template.startsWith("/repos/") && (owner?.toLowerCase() !== this.owner.toLowerCase() || repo?.toLowerCase() !== this.repo.toLowerCase())) {
      return notFound(op.docsUrl);
    }

    const fault = this.faults.find((f) => f.operationId === operationId && f.remaining > 0);
    if (fault) {
      fault.remaining--;
      record.fault = fault.fault.kind;
      if (fault.fault.kind === "hang") return "hang";
      return faultAnswer(fault.fault, op.docsUrl, new Date());
    }

    return this.dispatch(op, route.params, record, identity, url);
  }

  private checkRequest(op: Operation, params: Record<string, string>, record: RecordedRequest, rawBody: string, repeated: string[]) {
    const out = { path: [] as SchemaProblem[], query: [] as SchemaProblem[], body: [] as SchemaProblem[], mediaType: [] as SchemaProblem[], json: false };
    for (const p of op.parameters.filter((p) => p.in === "path")) {
      const value = params[p.name];
      const coerced = coerce(p.schema, value ?? "");
      if (coerced === undefined) out.path.push({ at: p.name, message: `${JSON.stringify(value)} is not ${String(p.schema.type)}` });
      else out.path.push(...this.description.validate(p.schema, coerced).map((e) => ({ at: p.name + e.at.replace(/^\/$/, ""), message: e.message })));
    }
    const declared = new Map(op.parameters.filter((p) => p.in === "query").map((p) => [p.name, p]));
    for (const name of repeated) out.query.push({ at: name, message: "given more than once" });
    for (const [name, value] of Object.entries(record.query)) {
      const p = declared.get(name);
      if (!p) {
        out.query.push({ at: name, message: "is not a parameter of this operation" });
        continue;
      }
      const coerced = coerce(p.schema, value);
      if (coerced === undefined) out.query.push({ at: name, message: `${JSON.stringify(value)} is not ${String(p.schema.type)}` });
      else out.query.push(...this.description.validate(p.schema, coerced).map((e) => ({ at: name, message: e.message })));
    }
    for (const p of declared.values()) if (p.required && !(p.name in record.query)) out.query.push({ at: p.name, message: "is required" });
    if ("per_page" in record.query) {
      const n = Number(record.query.per_page);
      if (Number.isInteger(n) && (n < 1 || n > PER_PAGE_MAX)) out.query.push({ at: "per_page", message: `must be 1..${PER_PAGE_MAX}` });
    }
    if ("page" in record.query) {
      const n = Number(record.query.page);
      if (Number.isInteger(n) && n < 1) out.query.push({ at: "page", message: "must be ≥ 1" });
    }

    if (op.requestBody) {
      const type = record.headers["content-type"] ?? "";
      if (rawBody.length > 0 && !/^application\/json\b/i.test(type)) out.mediaType.push({ at: "content-type", message: `expected application/json, got ${type || "none"}` });
      else if (rawBody.length === 0) {
        if (op.requestBody.required) out.body.push({ at: "/", message: "a JSON body is required" });
      } else if (record.body === rawBody) out.json = true;
      else out.body.push(...this.description.validate(op.requestBody.schema, record.body));
    } else if (rawBody.length > 0) {
      out.body.push({ at: "/", message: `${op.method} ${op.template} takes no body` });
    }
    return out;
  }

  private checkResponse(op: Operation, record: RecordedRequest, violate: (kind: Violation["kind"], problems: SchemaProblem[]) => void): void {
    const status = String(record.status);
    let schema = op.responses.get(status);
    if (!op.responses.has(status)) {
      // The description lists only some error statuses per operation, while GitHub answers 401, 404,
      // 422 and rate limits anywhere: errors must still have GitHub's error shape; a success must be described.
      if (record.status < 400) {
        violate("response", [{ at: status, message: `status ${status} is not described for ${op.operationId}` }]);
        return;
      }
      schema = this.description.componentSchema(record.status === 422 ? "validation-error" : "basic-error");
    }
    if (schema) {
      const problems = this.description.validate(schema, record.responseBody);
      if (problems.length) violate("response", problems);
    }
  }

  private dispatch(op: Operation, params: Record<string, string>, record: RecordedRequest, identity: TokenIdentity, url: URL): Answer {
    const body = record.body as { body?: string } | undefined;
    const writes = op.method !== "GET";
    if (writes && identity.access === "read") return forbidden(op.docsUrl);
    switch (op.operationId as OperationId) {
      case "users/get-authenticated":
        if (identity.kind === "installation") return forbidden(op.docsUrl);
        return { status: 200, body: this.objects.publicUser(identity.user) };

      case "pulls/get": {
        const pull = this.pulls.get(Number(params.pull_number));
        if (!pull) return notFound(op.docsUrl);
        return { status: 200, body: this.objects.pullRequest(this.repoState, pull, this.comments(pull.number).length) };
      }

      case "pulls/list-files": {
        const pull = this.pulls.get(Number(params.pull_number));
        if (!pull) return notFound(op.docsUrl);
        const files = pull.files.slice(0, LIST_FILES_MAX).map((f) => this.objects.diffEntry(this.repoState, pull.head.sha, f));
        return this.page(files, record, url, `/pulls/${pull.number}/files`);
      }

      case "issues/list-comments": {
        const number = Number(params.issue_number);
        if (!this.pulls.has(number)) return notFound(op.docsUrl);
        const since = record.query.since ? Date.parse(record.query.since) : -Infinity;
        const items = this.comments(number)
          .filter((c) => Date.parse(c.updatedAt) >= since)
          .map((c) => this.objects.issueComment(this.repoState, c));
        return this.page(items, record, url, `/issues/${number}/comments`);
      }

      case "issues/create-comment": {
        const number = Number(params.issue_number);
        if (!this.pulls.has(number)) return notFound(op.docsUrl);
        const tooLong = commentTooLong(body!.body!, op.docsUrl);
        if (tooLong) return tooLong;
        const comment = this.addComment({ issueNumber: number, user: identity.user, body: body!.body! });
        const json = this.objects.issueComment(this.repoState, comment) as { url: string };
        return { status: 201, body: json, headers: { location: json.url } };
      }

      case "issues/delete-comment": {
        const index = this.commentStore.findIndex((c) => c.id === Number(params.comment_id));
        if (index < 0) return notFound(op.docsUrl);
        if (this.commentStore[index]!.user.login !== identity.user.login) return forbidden(op.docsUrl);
        this.commentStore.splice(index, 1);
        return { status: 204 };
      }

      case "issues/update-comment": {
        const comment = this.commentStore.find((c) => c.id === Number(params.comment_id));
        if (!comment) return notFound(op.docsUrl);
        const tooLong = commentTooLong(body!.body!, op.docsUrl);
        if (tooLong) return tooLong;
        comment.body = body!.body!;
        comment.updatedAt = this.timestamp();
        return { status: 200, body: this.objects.issueComment(this.repoState, comment) };
      }

      case "repos/compare-commits-with-basehead": {
        const m = /^(.+?)\.{2,3}(.+)$/.exec(params.basehead ?? "");
        const pull = m && [...this.pulls.values()].find((p) => [p.base.sha, p.base.ref].includes(m[1]!) && [p.head.sha, p.head.ref].includes(m[2]!));
        if (!pull) return notFound(op.docsUrl);
        const full = this.fullName;
        const head = this.objects.commit(this.repoState, pull.head.sha, [pull.base.sha], pull.title);
        const base = this.objects.commit(this.repoState, pull.base.sha, [], "base");
        const paged = this.page([head], record, url, `/compare/${params.basehead}`);
        return {
          ...paged,
          body: {
            url: `${this.baseUrl}/repos/${full}/compare/${params.basehead}`,
            html_url: `${this.serverUrl}/${full}/compare/${params.basehead}`,
            permalink_url: `${this.serverUrl}/${full}/compare/${full.replace("/", ":")}:${pull.base.sha}...${full.replace("/", ":")}:${pull.head.sha}`,
            diff_url: `${this.serverUrl}/${full}/compare/${params.basehead}.diff`,
            patch_url: `${this.serverUrl}/${full}/compare/${params.basehead}.patch`,
            base_commit: base,
            merge_base_commit: base,
            status: "ahead",
            ahead_by: 1,
            behind_by: 0,
            total_commits: 1,
            commits: paged.body,
            files: pull.files.slice(0, 300).map((f) => this.objects.diffEntry(this.repoState, pull.head.sha, f)),
          },
        };
      }
    }
  }

  /** GitHub's pagination: per_page (default 30), page (default 1), Link with prev/next/last/first. */
  private page(items: unknown[], record: RecordedRequest, url: URL, repoRelativePath: string): Answer {
    const perPage = record.query.per_page ? Number(record.query.per_page) : 30;
    const page = record.query.page ? Number(record.query.page) : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    if (last === 1 && page === 1) return { status: 200, body: slice };
    const prefix = this.linkStyle === "repositories" ? `/repositories/${this.repoState.id}` : `/repos/${this.fullName}`;
    const link = (n: number, rel: string) => {
      const params = new URLSearchParams(url.searchParams);
      params.set("page", String(n));
      return `<${this.baseUrl}${prefix}${repoRelativePath}?${params.toString()}>; rel="${rel}"`;
    };
    const parts: string[] = [];
    if (page > 1) parts.push(link(Math.min(page - 1, last), "prev"));
    if (page < last) parts.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) parts.push(link(1, "first"));
    return { status: 200, body: slice, headers: { link: parts.join(", ") } };
  }
}

function coerce(schema: Record<string, unknown>, value: string): unknown {
  switch (schema.type) {
    case "integer":
      return /^-?\d+$/.test(value) ? Number(value) : undefined;
    case "number":
      return value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : undefined;
    case "boolean":
      return value === "true" ? true : value === "false" ? false : undefined;
    default:
      return value;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function error(status: number, message: string, docs: string): Answer {
  return { status, body: { message, documentation_url: docs, status: String(status) } };
}

function notFound(docs: string): Answer {
  return error(404, "Not Found", docs);
}

function forbidden(docs: string): Answer {
  return {
    ...error(403, "Resource not accessible by integration", docs),
    headers: { "x-accepted-github-permissions": "issues=write; pull_requests=write" },
  };
}

function validationFailed(docs: string, problems: readonly SchemaProblem[]): Answer {
  const detail = problems.map((p) => (p.at === "/" ? p.message : `For '${p.at}', ${p.message}`)).join("\n");
  return error(422, `Invalid request.\n\n${detail}`, docs);
}

function commentTooLong(body: string, docs: string): Answer | undefined {
  const length = [...body].length;
  if (length <= COMMENT_BODY_MAX) return undefined;
  return {
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [{ resource: "IssueComment", code: "custom", field: "body", message: `body is too long (maximum is ${COMMENT_BODY_MAX} characters)` }],
      documentation_url: docs,
      status: "422",
    },
  };
}

function faultAnswer(fault: Exclude<Fault, { kind: "hang" }>, docs: string, now: Date): Answer {
  const reset = String(Math.floor(now.getTime() / 1000) + 3600);
  switch (fault.kind) {
    case "forbidden":
      return forbidden(docs);
    case "secondary-rate-limit": {
      const status = fault.status ?? 403;
      return {
        ...error(status, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits"),
        headers: { "retry-after": String(fault.retryAfter ?? 60) },
      };
    }
    case "rate-limit": {
      const status = fault.status ?? 429;
      return {
        ...error(status, "API rate limit exceeded for installation ID 1.", "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api"),
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      };
    }
    case "server-error": {
      const status = fault.status ?? 502;
      return error(status, status === 503 ? "Service Unavailable" : "Server Error", docs);
    }
  }
}
