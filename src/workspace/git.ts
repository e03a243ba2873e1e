// A repository's manifest sets for a pull request: the checkout's tree, a commit read from git
// objects (nothing is checked out or executed), the fetch of a missing base and `git diff`.
import { spawnSync } from "node:child_process";
import type { InputFile } from "../engine/check.js";
import { filesAtRevision } from "./base.js";
import { collectFiles, isSkippedPath } from "./files.js";

export interface ManifestSet {
  readonly files: InputFile[];
  readonly problems: { file: string; message: string }[];
}

/** Manifest files of a directory tree (a checkout), repository-relative, filtered by the matcher. */
export function filesInTree(root: string, matches: (p: string) => boolean): ManifestSet {
  const collected = collectFiles(["."], root);
  return { files: collected.files.filter((f) => matches(f.file)), problems: collected.problems.filter((p) => matches(p.file)) };
}

function git(args: readonly string[], cwd: string): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  return { ok: !r.error && r.status === 0, stdout: r.stdout ?? "", stderr: (r.stderr ?? r.error?.message ?? "").trim() };
}

function hasCommit(sha: string, cwd: string): boolean {
  return git(["rev-parse", "--verify", "--quiet", `${sha}^{commit}`], cwd).ok;
}

/**
 * Makes a commit available locally: a shallow checkout (actions/checkout's default depth 1) lacks
 * the PR's base, so it is fetched by SHA (GitHub serves any reachable commit), else by `refs`.
 */
export function ensureCommit(sha: string, cwd: string, fallbackRefs: readonly string[] = []): string | undefined {
  if (hasCommit(sha, cwd)) return undefined;
  const tried: string[] = [];
  for (const ref of [sha, ...fallbackRefs]) {
    const r = git(["-c", "protocol.version=2", "fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", ref], cwd);
    if (r.ok && hasCommit(sha, cwd)) return undefined;
    tried.push(r.stderr.split("\n").at(-1) ?? "");
  }
  return `commit ${sha} is not in the checkout and \`git fetch origin ${sha}\` failed (${tried.filter(Boolean).join("; ") || "no remote"})`;
}

/** Manifest files at a commit, read from git objects (nothing is checked out, nothing is executed). */
export function filesAtCommit(sha: string, cwd: string, matches: (p: string) => boolean): InputFile[] {
  return filesAtRevision(sha, ["."], cwd).filter((f) => !isSkippedPath(f.file) && matches(f.file));
}

/** `git diff -U0` between two commits, for changed lines when the API cannot be asked. */
export function gitDiff(base: string, head: string, cwd: string): string | undefined {
  const r = git(["-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", base, head], cwd);
  return r.ok ? r.stdout : undefined;
}
