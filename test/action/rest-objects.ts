// GitHub's JSON objects as the fake serves them: the required fields of the described schema
// filled with neutral values, then overlaid with the values that matter (ids, URLs, logins, SHAs).
// Responses are still validated against the description, so an overlay cannot drift unnoticed.
import { createHash } from "node:crypto";
import type { JsonSchema, RestDescription } from "./rest-description.js";

export interface UserSpec {
  readonly login: string;
  readonly id: number;
  readonly type: "User" | "Bot" | "Organization";
}

export type DiffStatus = "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";

export interface FileSpec {
  readonly filename: string;
  readonly status?: DiffStatus;
  readonly additions?: number;
  readonly deletions?: number;
  readonly patch?: string;
  readonly previous_filename?: string;
}

export interface Urls {
  readonly api: string;
  readonly server: string;
}

export interface RepoState {
  readonly owner: UserSpec;
  readonly name: string;
  readonly id: number;
  readonly private: boolean;
  readonly defaultBranch: string;
}

export interface PullState {
  readonly id: number;
  readonly number: number;
  title: string;
  body: string | null;
  readonly user: UserSpec;
  state: "open" | "closed";
  draft: boolean;
  readonly base: { readonly ref: string; sha: string };
  /** `repo` differs from the base repository for a pull request from a fork. */
  readonly head: { readonly ref: string; sha: string; readonly repo: RepoState };
  files: FileSpec[];
  readonly createdAt: string;
  updatedAt: string;
  mergeCommitSha: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const EPOCH = "2026-01-01T00:00:00Z";

/** A minimal instance of a schema: required properties only, nullable as null, first branch of a choice. */
export function minimalInstance(description: RestDescription, schema: JsonSchema, depth = 0): Json {
  if (depth > 40) throw new Error("schema nesting too deep for an instance");
  const s = description.deref(schema) as Record<string, unknown>;
  if (s.nullable === true) return null;
  if (Array.isArray(s.allOf)) {
    return (s.allOf as JsonSchema[]).reduce<Json>(
      (acc, part) => merge(acc, minimalInstance(description, part, depth + 1)),
      {},
    );
  }
  const choice = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
  if (choice?.length) return minimalInstance(description, choice[0]!, depth + 1);
  if (s.enum) return (s.enum as Json[])[0]!;
  if (s.default !== undefined) return s.default as Json;
  switch (s.type) {
    case "string":
      return s.format === "date-time" ? EPOCH : s.format === "uri" ? "https://github.com/" : s.format === "email" ? "nobody@example.invalid" : "";
    case "integer":
    case "number":
      return 0;
    case "boolean":
      return false;
    case "array":
      return [];
    default: {
      const out: Record<string, Json> = {};
      const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
      for (const name of (s.required ?? []) as string[]) {
        out[name] = properties[name] ? minimalInstance(description, properties[name]!, depth + 1) : null;
      }
      return out;
    }
  }
}

/** Deep merge: objects merge key by key, everything else is replaced by the overlay. */
export function merge(base: Json, overlay: Json): Json {
  if (isObject(base) && isObject(overlay)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(overlay)) out[k] = k in base ? merge(base[k]!, v) : v;
    return out;
  }
  return overlay;
}

function isObject(v: Json): v is { [key: string]: Json } {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function gitSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString("base64").replace(/=+$/, "");
}

const enc = (segment: string) => encodeURIComponent(segment);

export class RestObjects {
  constructor(
    private readonly description: RestDescription,
    private readonly urls: Urls,
  ) {}

  private build(schemaName: string, overlay: Json): Json {
    return merge(minimalInstance(this.description, this.description.componentSchema(schemaName)), overlay);
  }

  userFields(user: UserSpec): { [key: string]: Json } {
    const { api, server } = this.urls;
    const path = `${api}/users/${enc(user.login)}`;
    const isApp = user.type === "Bot" && user.login.endsWith("[bot]");
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId(user.type, user.id),
      avatar_url: `https://avatars.githubusercontent.com/${isApp ? "in" : "u"}/${user.id}?v=4`,
      gravatar_id: "",
      url: path,
      html_url: isApp ? `${server}/apps/${enc(user.login.slice(0, -"[bot]".length))}` : `${server}/${enc(user.login)}`,
      followers_url: `${path}/followers`,
      following_url: `${path}/following{/other_user}`,
      gists_url: `${path}/gists{/gist_id}`,
      starred_url: `${path}/starred{/owner}{/repo}`,
      subscriptions_url: `${path}/subscriptions`,
      organizations_url: `${path}/orgs`,
      repos_url: `${path}/repos`,
      events_url: `${path}/events{/privacy}`,
      received_events_url: `${path}/received_events`,
      type: user.type,
      user_view_type: "public",
      site_admin: false,
    };
  }

  simpleUser(user: UserSpec): Json {
    return this.build("simple-user", this.userFields(user));
  }

  /** GET /user answers a public-user (additionalProperties: false), so only its fields. */
  publicUser(user: UserSpec): Json {
    return this.build("public-user", {
      ...this.userFields(user),
      public_repos: 1,
      created_at: EPOCH,
      updated_at: EPOCH,
    });
  }

  repository(repo: RepoState): Json {
    const { api, server } = this.urls;
    const full = `${repo.owner.login}/${repo.name}`;
    const r = `${api}/repos/${full}`;
    return this.build("repository", {
      id: repo.id,
      node_id: nodeId("Repository", repo.id),
      name: repo.name,
      full_name: full,
      owner: this.simpleUser(repo.owner),
      private: repo.private,
      html_url: `${server}/${full}`,
      url: r,
      fork: false,
      default_branch: repo.defaultBranch,
      visibility: repo.private ? "private" : "public",
      clone_url: `${server}/${full}.git`,
      git_url: `${server.replace(/^https?/, "git")}/${full}.git`,
      ssh_url: `git@${new URL(server).host}:${full}.git`,
      svn_url: `${server}/${full}`,
      archive_url: `${r}/{archive_format}{/ref}`,
      assignees_url: `${r}/assignees{/user}`,
      blobs_url: `${r}/git/blobs{/sha}`,
      branches_url: `${r}/branches{/branch}`,
      collaborators_url: `${r}/collaborators{/collaborator}`,
      comments_url: `${r}/comments{/number}`,
      commits_url: `${r}/commits{/sha}`,
      compare_url: `${r}/compare/{base}...{head}`,
      contents_url: `${r}/contents/{+path}`,
      contributors_url: `${r}/contributors`,
      deployments_url: `${r}/deployments`,
      downloads_url: `${r}/downloads`,
      events_url: `${r}/events`,
      forks_url: `${r}/forks`,
      git_commits_url: `${r}/git/commits{/sha}`,
      git_refs_url: `${r}/git/refs{/sha}`,
      git_tags_url: `${r}/git/tags{/sha}`,
      hooks_url: `${r}/hooks`,
      issue_comment_url: `${r}/issues/comments{/number}`,
      issue_events_url: `${r}/issues/events{/number}`,
      issues_url: `${r}/issues{/number}`,
      keys_url: `${r}/keys{/key_id}`,
      labels_url: `${r}/labels{/name}`,
      languages_url: `${r}/languages`,
      merges_url: `${r}/merges`,
      milestones_url: `${r}/milestones{/number}`,
      notifications_url: `${r}/notifications{?since,all,participating}`,
      pulls_url: `${r}/pulls{/number}`,
      releases_url: `${r}/releases{/id}`,
      stargazers_url: `${r}/stargazers`,
      statuses_url: `${r}/statuses/{sha}`,
      subscribers_url: `${r}/subscribers`,
      subscription_url: `${r}/subscription`,
      tags_url: `${r}/tags`,
      teams_url: `${r}/teams`,
      trees_url: `${r}/git/trees{/sha}`,
      created_at: EPOCH,
      updated_at: EPOCH,
      pushed_at: EPOCH,
    });
  }

  issueComment(
    repo: RepoState,
    c: { id: number; issueNumber: number; user: UserSpec; body: string; createdAt: string; updatedAt: string },
  ): Json {
    const { api, server } = this.urls;
    const full = `${repo.owner.login}/${repo.name}`;
    return this.build("issue-comment", {
      id: c.id,
      node_id: nodeId("IssueComment", c.id),
      url: `${api}/repos/${full}/issues/comments/${c.id}`,
      html_url: `${server}/${full}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${api}/repos/${full}/issues/${c.issueNumber}`,
      body: c.body,
      user: this.simpleUser(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === "Bot" ? "NONE" : c.user.login === repo.owner.login ? "OWNER" : "CONTRIBUTOR",
      performed_via_github_app: null,
    });
  }

  diffEntry(repo: RepoState, headSha: string, file: FileSpec): Json {
    const { api, server } = this.urls;
    const full = `${repo.owner.login}/${repo.name}`;
    const path = file.filename.split("/").map(enc).join("/");
    const additions = file.additions ?? 1;
    const deletions = file.deletions ?? 0;
    const status = file.status ?? "modified";
    return this.build("diff-entry", {
      sha: status === "removed" ? gitSha(`removed:${file.filename}`) : gitSha(`${headSha}:${file.filename}`),
      filename: file.filename,
      status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${server}/${full}/blob/${headSha}/${path}`,
      raw_url: `${server}/${full}/raw/${headSha}/${path}`,
      contents_url: `${api}/repos/${full}/contents/${path}?ref=${headSha}`,
      ...(file.patch !== undefined ? { patch: file.patch } : {}),
      ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
    });
  }

  commit(repo: RepoState, sha: string, parents: readonly string[], message: string): Json {
    const { api, server } = this.urls;
    const full = `${repo.owner.login}/${repo.name}`;
    const gitUser = { name: "tollgate fixture", email: "fixture@tollgate.invalid", date: EPOCH };
    return this.build("commit", {
      url: `${api}/repos/${full}/commits/${sha}`,
      sha,
      node_id: Buffer.from(`commit:${sha}`).toString("base64"),
      html_url: `${server}/${full}/commit/${sha}`,
      comments_url: `${api}/repos/${full}/commits/${sha}/comments`,
      commit: {
        url: `${api}/repos/${full}/git/commits/${sha}`,
        author: gitUser,
        committer: gitUser,
        message,
        comment_count: 0,
        tree: { sha: gitSha(`tree:${sha}`), url: `${api}/repos/${full}/git/trees/${gitSha(`tree:${sha}`)}` },
      },
      author: null,
      committer: null,
      parents: parents.map((p) => ({ sha: p, url: `${api}/repos/${full}/commits/${p}`, html_url: `${server}/${full}/commit/${p}` })),
    });
  }

  pullRequest(repo: RepoState, pull: PullState, comments: number): Json {
    const { api, server } = this.urls;
    const full = `${repo.owner.login}/${repo.name}`;
    const url = `${api}/repos/${full}/pulls/${pull.number}`;
    const html = `${server}/${full}/pull/${pull.number}`;
    const issue = `${api}/repos/${full}/issues/${pull.number}`;
    const side = (ref: string, sha: string, r: RepoState): Json => ({
      label: `${r.owner.login}:${ref}`,
      ref,
      sha,
      repo: { ...(this.repository(r) as object), fork: r.id !== repo.id } as Json,
      user: this.simpleUser(r.owner),
    });
    const additions = pull.files.reduce((n, f) => n + (f.additions ?? 1), 0);
    const deletions = pull.files.reduce((n, f) => n + (f.deletions ?? 0), 0);
    return this.build("pull-request", {
      url,
      id: pull.id,
      node_id: nodeId("PullRequest", pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${api}/repos/${full}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${api}/repos/${full}/statuses/${pull.head.sha}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.simpleUser(pull.user),
      body: pull.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(pull.head.ref, pull.head.sha, pull.head.repo),
      base: side(pull.base.ref, pull.base.sha, repo),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${api}/repos/${full}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${api}/repos/${full}/statuses/${pull.head.sha}` },
      },
      author_association: pull.user.login === repo.owner.login ? "OWNER" : "CONTRIBUTOR",
      auto_merge: null,
      draft: pull.draft,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: "clean",
      merged_by: null,
      comments,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions,
      deletions,
      changed_files: pull.files.length,
    });
  }
}
