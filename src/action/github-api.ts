// The REST calls the Action makes: changed files of a PR, and the sticky comment. Every request has
// a timeout and the whole API phase a deadline, so an API that never answers costs minutes, not an
// hour. 5xx answers are retried (plugin-retry); rate limits belong to plugin-throttling alone, which
// waits when the wait is short and otherwise lets the error through to the caller, which degrades.
import * as core from "@actions/core";
import * as github from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { addedLines, type ChangedFile } from "./changes.js";
import { ownLogin, type TokenKind, tokenKind } from "./identity.js";
import { digestOf, STICKY_MARKER, type StickyComment } from "../reporters/github.js";

export type Client = ReturnType<typeof github.getOctokit>;

export interface ClientLimits {
  /** One request, from sending to the last byte of the answer (default 30 s). */
  readonly requestTimeoutMs: number;
  /** The whole API phase of a run (default 3 minutes): past it every request fails at once. */
  readonly deadlineMs: number;
  /** Longest rate-limit wait worth spending CI minutes on; longer, and the caller degrades. */
  readonly maxRateLimitWaitS: number;
}

export const DEFAULT_LIMITS: ClientLimits = { requestTimeoutMs: 30_000, deadlineMs: 180_000, maxRateLimitWaitS: 60 };
const RETRIES = 2;
/**
 * plugin-retry's defaults plus 429: a rate limit the throttling plugin declined to wait for must not
 * be retried by the retry plugin a second later (403 secondary limits are already on the list).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** pulls.listFiles answers at most 3,000 files. */
export const LIST_FILES_MAX = 3000;

/** An API call that got no (complete) answer in time; never retried. */
export class ApiTimeout extends Error {
  override name = "ApiTimeout";
}

export interface ApiClient {
  readonly octokit: Client;
  readonly tokenKind: TokenKind;
  /** The login the token comments as, asked once and only when needed. */
  login(): Promise<string>;
}

export function createClient(token: string, limits: ClientLimits = DEFAULT_LIMITS, now: () => number = Date.now): ApiClient {
  const deadline = now() + limits.deadlineMs;
  const phaseOver = new AbortController();
  const phaseTimer = setTimeout(() => phaseOver.abort(), limits.deadlineMs);
  phaseTimer.unref();
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  const rateLimitHandler =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const wait = retryCount < 1 && retryAfter <= limits.maxRateLimitWaitS && now() + retryAfter * 1000 < deadline;
      core.info(`GitHub ${kind} on ${options.method} ${options.url}: retry after ${retryAfter} s; ${wait ? "waiting" : `not waiting (at most ${limits.maxRateLimitWaitS} s, once, within the API deadline)`}.`);
      return wait;
    };
  // Inside the retry and throttling wraps: every attempt (retries included) gets its own timeout,
  // and the signal reaches @actions/github's own (proxy-aware) fetch through the request options.
  const timeouts = (octokit: { hook: Client["hook"] }) => {
    octokit.hook.wrap("request", async (request, options) => {
      const label = `${options.method} ${requestPath(options)}`;
      if (phaseOver.signal.aborted) throw new ApiTimeout(`${label} not sent: the API phase's ${seconds(limits.deadlineMs)} deadline has passed`);
      const attempt = new AbortController();
      const timer = setTimeout(() => attempt.abort(), limits.requestTimeoutMs);
      const stop = () => attempt.abort();
      phaseOver.signal.addEventListener("abort", stop, { once: true });
      try {
        // In place: the hooks inside this one (auth) are bound to this very options object.
        options.request = Object.assign(options.request ?? {}, { signal: attempt.signal });
        return await request(options);
      } catch (err) {
        if (!attempt.signal.aborted) throw err;
        throw new ApiTimeout(
          phaseOver.signal.aborted
            ? `${label} stopped: the API phase's ${seconds(limits.deadlineMs)} deadline has passed`
            : `${label} got no answer within ${seconds(limits.requestTimeoutMs)}`,
        );
      } finally {
        clearTimeout(timer);
        phaseOver.signal.removeEventListener("abort", stop);
      }
    });
  };
  const octokit = github.getOctokit(
    token,
    {
      retry: { retries: RETRIES, doNotRetry: DO_NOT_RETRY },
      throttle: { onRateLimit: rateLimitHandler("rate limit"), onSecondaryRateLimit: rateLimitHandler("secondary rate limit") },
      log: { debug: (m: string) => core.debug(m), info: (m: string) => core.debug(m), warn: (m: string) => core.info(m), error: (m: string) => core.info(m) },
    },
    timeouts,
    retry,
    throttling,
  );
  let login: Promise<string> | undefined;
  const kind = tokenKind(token);
  return { octokit, tokenKind: kind, login: () => (login ??= ownLogin(octokit, kind)) };
}

/** `/repos/o/r/pulls/7/files` from a route template and its parameters, for messages. */
function requestPath(options: { url: string; [param: string]: unknown }): string {
  return options.url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/\?.*$/, "").replace(/\{(\w+)\}/g, (whole, name: string) => (options[name] === undefined ? whole : encodeURIComponent(String(options[name]))));
}

interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/** The PR's files with their changed head lines (GitHub lists at most 3,000). */
export async function listChangedFiles(client: ApiClient, repo: Repo, pullNumber: number): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const { octokit } = client;
  const entries = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  const files = entries.map((e): ChangedFile => ({
    file: e.filename,
    status: e.status,
    ...(e.patch !== undefined && e.patch !== null ? { lines: addedLines(e.patch) } : {}),
  }));
  return { files, truncated: entries.length >= LIST_FILES_MAX };
}

export type CommentOutcome = (
  | { readonly action: "created" | "updated"; readonly id: number; readonly url: string }
  | { readonly action: "unchanged"; readonly id: number; readonly url: string }
  | { readonly action: "nothing-to-say" }
) & {
  /** Extra marker comments of ours that were deleted (two runs raced and both created one). */
  readonly deleted?: readonly number[];
};

interface ListedComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url: string;
  readonly user?: { readonly login: string } | null;
}

/**
 * Our marker comments, oldest first: the marker in the body and the token's own login as author.
 * Comments by anyone else are ignored, marker or not. The login is asked only when some comment
 * carries the marker, so a PR's first run makes no identity call at all.
 */
async function ownMarkerComments(client: ApiClient, comments: readonly ListedComment[]): Promise<ListedComment[]> {
  const marked = comments.filter((c) => (c.body ?? "").includes(STICKY_MARKER));
  if (marked.length === 0) return [];
  const login = await client.login();
  return marked.filter((c) => c.user?.login === login).sort((a, b) => a.id - b.id);
}

/**
 * Keeps exactly one sticky comment: the newest of ours (highest id) is updated, or left alone when
 * its content digest is the same; older duplicates (left by two runs that raced) are deleted. With
 * none, one is created when there is something to say.
 */
export async function upsertStickyComment(client: ApiClient, repo: Repo, issueNumber: number, comment: StickyComment, createIfAbsent: boolean): Promise<CommentOutcome> {
  const { octokit } = client;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const mine = await ownMarkerComments(client, comments);
  const keep = mine.at(-1);
  const deleted: number[] = [];
  for (const extra of mine.slice(0, -1)) {
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: extra.id });
    deleted.push(extra.id);
  }
  const extra = deleted.length > 0 ? { deleted } : {};
  if (keep) {
    if (digestOf(keep.body ?? "") === comment.digest) return { action: "unchanged", id: keep.id, url: keep.html_url, ...extra };
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body: comment.body });
    return { action: "updated", id: data.id, url: data.html_url, ...extra };
  }
  if (!createIfAbsent) return { action: "nothing-to-say" };
  const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: comment.body });
  return { action: "created", id: data.id, url: data.html_url };
}

/**
 * A description of an API failure for a sentence: status and GitHub's message without its final
 * period (the sentence adds its own), never headers.
 */
export function describeApiError(err: unknown): string {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = (e.response?.data?.message ?? e.message ?? String(err)).trim().replace(/\.+$/, "");
  return e.status ? `HTTP ${e.status}: ${message}` : message;
}
