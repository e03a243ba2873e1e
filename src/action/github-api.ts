// The REST calls the Action makes: changed files of a PR, and the sticky comment. @actions/github's
// octokit retries nothing, so 5xx answers are retried (plugin-retry) and rate limits waited out when
// the wait is short (plugin-throttling); anything else surfaces to the caller, which degrades.
import * as core from "@actions/core";
import * as github from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { addedLines, type ChangedFile } from "./changes.js";
import { digestOf, STICKY_MARKER, type StickyComment } from "../reporters/github.js";

export type Client = ReturnType<typeof github.getOctokit>;

/** The login comments made with a workflow's GITHUB_TOKEN are attributed to. */
export const ACTIONS_BOT = "github-actions[bot]";
/** Longest rate-limit wait worth spending CI minutes on; longer, and the comment is skipped. */
const MAX_RATE_LIMIT_WAIT_S = 60;
const RETRIES = 2;
/** pulls.listFiles answers at most 3,000 files. */
export const LIST_FILES_MAX = 3000;

export function createClient(token: string): Client {
  return github.getOctokit(
    token,
    {
      retry: { retries: RETRIES },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.info(`GitHub rate limit on ${options.method} ${options.url}; retry after ${retryAfter}s`);
          return retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.info(`GitHub secondary rate limit on ${options.method} ${options.url}; retry after ${retryAfter}s`);
          return retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        },
      },
      log: { debug: (m: string) => core.debug(m), info: (m: string) => core.debug(m), warn: (m: string) => core.info(m), error: (m: string) => core.info(m) },
    },
    retry,
    throttling,
  );
}

interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/** The PR's files with their changed head lines (GitHub lists at most 3,000). */
export async function listChangedFiles(client: Client, repo: Repo, pullNumber: number): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const entries = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  const files = entries.map((e): ChangedFile => ({
    file: e.filename,
    status: e.status,
    ...(e.patch !== undefined && e.patch !== null ? { lines: addedLines(e.patch) } : {}),
  }));
  return { files, truncated: entries.length >= LIST_FILES_MAX };
}

/** The token's own login: GET /user, which a workflow's installation token may not call. */
async function ownLogin(client: Client): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status !== 403 && status !== 401 && status !== 404) throw err;
    return ACTIONS_BOT;
  }
}

export type CommentOutcome =
  | { readonly action: "created" | "updated"; readonly id: number; readonly url: string }
  | { readonly action: "unchanged"; readonly id: number; readonly url: string }
  | { readonly action: "nothing-to-say" };

/**
 * Updates our own marker comment (oldest first), creates one when absent and there is something to
 * say, and leaves it alone when its content digest is the same. Comments by anyone else are ignored,
 * marker or not.
 */
export async function upsertStickyComment(client: Client, repo: Repo, issueNumber: number, comment: StickyComment, createIfAbsent: boolean): Promise<CommentOutcome> {
  const login = await ownLogin(client);
  const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.user?.login === login && (c.body ?? "").includes(STICKY_MARKER));
  if (mine) {
    if (digestOf(mine.body ?? "") === comment.digest) return { action: "unchanged", id: mine.id, url: mine.html_url };
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: mine.id, body: comment.body });
    return { action: "updated", id: data.id, url: data.html_url };
  }
  if (!createIfAbsent) return { action: "nothing-to-say" };
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: comment.body });
  return { action: "created", id: data.id, url: data.html_url };
}

/** A one-line description of an API failure for a warning: status and GitHub's message, never headers. */
export function describeApiError(err: unknown): string {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = e.response?.data?.message ?? e.message ?? String(err);
  return e.status ? `HTTP ${e.status}: ${message}` : message;
}
