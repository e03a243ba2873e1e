// Real webhook payloads from @octokit/webhooks-examples (the package's main is one JSON array of
// { name, actions, examples[] } per event), re-pointed at the repository, PR and commits a test uses.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { WebhookDefinition } from "@octokit/webhooks-examples";

export type PullRequestEvent = WebhookDefinition<"pull_request">["examples"][number];
export type PushEvent = WebhookDefinition<"push">["examples"][number];

const require = createRequire(import.meta.url);
const EXAMPLES_PATH = require.resolve("@octokit/webhooks-examples");

/** A fresh deep copy of every example of one event, so tests can mutate what they get. */
export function webhookExamples<N extends "pull_request" | "push">(name: N): Array<WebhookDefinition<N>["examples"][number]> {
  const all = JSON.parse(readFileSync(EXAMPLES_PATH, "utf8")) as WebhookDefinition[];
  const found = all.find((d) => d.name === name);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} examples`);
  return found.examples as Array<WebhookDefinition<N>["examples"][number]>;
}

export interface PullRequestOverrides {
  readonly action?: "opened" | "synchronize" | "reopened";
  readonly owner?: string;
  readonly repo?: string;
  readonly repoId?: number;
  readonly number?: number;
  readonly baseSha?: string;
  readonly headSha?: string;
  readonly baseRef?: string;
  readonly headRef?: string;
  /** The head branch lives in this fork (a fork PR gets a read-only token). */
  readonly fork?: { readonly owner: string; readonly repo?: string };
  readonly mergeCommitSha?: string | null;
  /** synchronize only: the head SHA before the push (default: the example's, re-pointed). */
  readonly before?: string;
  /** Replaces https://api.github.com in every URL, so nothing in the payload points off-box. */
  readonly apiUrl?: string;
}

export interface PushOverrides {
  readonly owner?: string;
  readonly repo?: string;
  readonly repoId?: number;
  readonly ref?: string;
  readonly before?: string;
  readonly after?: string;
  readonly apiUrl?: string;
}

type Json = unknown;

/** Applies `fn` to every string in a JSON value. */
function mapStrings(value: Json, fn: (s: string) => string): Json {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  }
  return value;
}

const replaceAll = (from: string, to: string) => (s: string) => s.split(from).join(to);

/** Re-homes a repository object (and its owner) from `fromFull` to `owner/name`. */
function rehomeRepo(repo: Record<string, any>, fromFull: string, owner: string, name: string, id: number): Record<string, any> {
  const fromOwner = fromFull.split("/")[0]!;
  const moved = mapStrings(repo, replaceAll(fromFull, `${owner}/${name}`)) as Record<string, any>;
  moved.owner = mapStrings(moved.owner, replaceAll(fromOwner, owner));
  moved.name = name;
  moved.full_name = `${owner}/${name}`;
  moved.id = id;
  return moved;
}

export function pullRequestEvent(overrides: PullRequestOverrides = {}): PullRequestEvent {
  const action = overrides.action ?? "opened";
  const example = webhookExamples("pull_request").find((e) => e.action === action);
  if (!example) throw new Error(`no pull_request.${action} example`);
  const event = example as unknown as Record<string, any>;
  const pr = event.pull_request as Record<string, any>;
  const fromFull: string = event.repository.full_name;
  const fromNumber: number = pr.number;
  const fromBase: string = pr.base.sha;
  const fromHead: string = pr.head.sha;

  const owner = overrides.owner ?? event.repository.owner.login;
  const name = overrides.repo ?? event.repository.name;
  const repoId = overrides.repoId ?? event.repository.id;
  const number = overrides.number ?? fromNumber;
  const baseSha = overrides.baseSha ?? fromBase;
  const headSha = overrides.headSha ?? fromHead;
  const numberInUrl = new RegExp(`(/(?:pulls|issues|pull)/)${fromNumber}(?=$|[/#?.{])`, "g");

  let out = mapStrings(event, (s) =>
    s
      .split(fromBase).join(baseSha)
      .split(fromHead).join(headSha)
      .replace(numberInUrl, `$1${number}`),
  ) as Record<string, any>;

  out.repository = rehomeRepo(out.repository, fromFull, owner, name, repoId);
  const p = out.pull_request as Record<string, any>;
  p.base.repo = rehomeRepo(p.base.repo, fromFull, owner, name, repoId);
  p.base.user = out.repository.owner;
  if (overrides.fork) {
    const forkName = overrides.fork.repo ?? name;
    p.head.repo = { ...rehomeRepo(p.head.repo, fromFull, overrides.fork.owner, forkName, repoId + 1), fork: true };
    p.head.user = p.head.repo.owner;
  } else {
    p.head.repo = rehomeRepo(p.head.repo, fromFull, owner, name, repoId);
    p.head.user = out.repository.owner;
  }
  // Everything else that names the repository (the PR's own URLs, _links).
  out = mapStrings(out, replaceAll(fromFull, `${owner}/${name}`)) as Record<string, any>;
  const pr2 = out.pull_request as Record<string, any>;
  out.number = number;
  pr2.number = number;
  if (overrides.baseRef) pr2.base.ref = overrides.baseRef;
  if (overrides.headRef) pr2.head.ref = overrides.headRef;
  pr2.base.label = `${owner}:${pr2.base.ref}`;
  pr2.head.label = `${pr2.head.user.login}:${pr2.head.ref}`;
  if (overrides.mergeCommitSha !== undefined) pr2.merge_commit_sha = overrides.mergeCommitSha;
  if (action === "synchronize") {
    if (overrides.before) out.before = overrides.before;
    out.after = headSha;
  }
  if (overrides.apiUrl) out = mapStrings(out, replaceAll("https://api.github.com", overrides.apiUrl.replace(/\/$/, ""))) as Record<string, any>;
  return out as unknown as PullRequestEvent;
}

export function pushEvent(overrides: PushOverrides = {}): PushEvent {
  const example = webhookExamples("push").find((e) => e.ref.startsWith("refs/heads/") && e.head_commit);
  if (!example) throw new Error("no branch push example");
  const event = example as unknown as Record<string, any>;
  const fromFull: string = event.repository.full_name;
  const owner = overrides.owner ?? event.repository.owner.login;
  const name = overrides.repo ?? event.repository.name;
  const after = overrides.after ?? event.after;
  const before = overrides.before ?? event.before;
  const fromAfter: string = event.after;
  const fromBefore: string = event.before;
  let out = mapStrings(event, (s) => (s === fromBefore ? before : s.split(fromAfter).join(after))) as Record<string, any>;
  out.repository = rehomeRepo(out.repository, fromFull, owner, name, overrides.repoId ?? event.repository.id);
  out = mapStrings(out, replaceAll(fromFull, `${owner}/${name}`)) as Record<string, any>;
  if (overrides.ref) out.ref = overrides.ref;
  out.before = before;
  out.after = after;
  if (overrides.apiUrl) out = mapStrings(out, replaceAll("https://api.github.com", overrides.apiUrl.replace(/\/$/, ""))) as Record<string, any>;
  return out as unknown as PushEvent;
}
