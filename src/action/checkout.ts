// Where the repository is in the runner's workspace. GitHub names files relative to the repository
// root (the PR's file list, annotations, code scanning), so the Action does too: the root is the
// git top level of the checkout, which actions/checkout's `path:` may put below GITHUB_WORKSPACE.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { isSkippedPath, MANIFEST_EXTENSIONS, UsageError } from "../workspace/files.js";

export interface Checkout {
  /** Absolute path of the repository root (real path). */
  readonly root: string;
  /** The root relative to the workspace, "/"-separated; "" when the workspace is the root. */
  readonly prefix: string;
  /** How the root was found, for the log. */
  readonly how: string;
}

function gitTopLevel(dir: string): string | undefined {
  const r = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8" });
  return !r.error && r.status === 0 && r.stdout.trim() ? realpathSync(r.stdout.trim()) : undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The literal directory a glob starts with (`src/k8s/**` → `src/k8s`). */
function literalBase(pattern: string): string {
  const p = pattern.replace(/^!/, "").replace(/^\.\//, "");
  return picomatch.scan(p).base;
}

/**
 * The repository root: the git top level of `working-directory` (or the directory itself without
 * git), else of the workspace, else of the one checkout below the workspace (found from `paths` or
 * among its subdirectories), else the workspace. Several checkouts and no working-directory: an error.
 */
export function findCheckout(workspace: string, options: { workingDirectory?: string; patterns?: readonly string[]; exclude?: readonly string[] } = {}): Checkout {
  const ws = realpathSync(workspace);
  const make = (root: string, how: string): Checkout => ({ root, prefix: relative(ws, root).split(sep).join("/"), how });
  if (options.workingDirectory) {
    const dir = resolve(ws, options.workingDirectory);
    if (!isDirectory(dir)) throw new UsageError(`working-directory ${options.workingDirectory} is not a directory of the workspace`);
    const top = gitTopLevel(dir);
    return top ? make(top, `git top level of working-directory ${options.workingDirectory}`) : make(realpathSync(dir), `working-directory ${options.workingDirectory} (not a git checkout)`);
  }
  const top = gitTopLevel(ws);
  if (top) return make(top, "git top level of the workspace");

  const excluded = new Set((options.exclude ?? []).map((e) => resolve(ws, e)));
  const candidates = new Set<string>();
  for (const pattern of options.patterns ?? []) {
    const base = literalBase(pattern);
    const dir = resolve(ws, base || ".");
    if (base && isDirectory(dir)) {
      const t = gitTopLevel(dir);
      if (t && t !== ws) candidates.add(t);
    }
  }
  if (candidates.size === 0) {
    for (const entry of readdirSync(ws, { withFileTypes: true })) {
      const dir = join(ws, entry.name);
      if (entry.isDirectory() && !excluded.has(dir) && existsSync(join(dir, ".git"))) candidates.add(realpathSync(dir));
    }
  }
  const found = [...candidates].sort();
  if (found.length === 1) return make(found[0]!, `the git checkout at ${relative(ws, found[0]!)} (the workspace itself is not one)`);
  if (found.length > 1) {
    throw new UsageError(
      `the workspace holds several git checkouts (${found.map((f) => relative(ws, f)).join(", ")}) and is not one itself: set working-directory to the repository to check.`,
    );
  }
  return make(ws, "the workspace (no git checkout found)");
}

/**
 * `paths` globs are relative to the repository root; a glob written relative to the workspace
 * (`src/k8s` with the checkout at `src`) is taken as the same place.
 */
export function rebasePatterns(patterns: readonly string[], prefix: string): string[] {
  if (!prefix) return [...patterns];
  return patterns.map((raw) => {
    const negated = raw.startsWith("!");
    const p = (negated ? raw.slice(1) : raw).replace(/^\.\//, "");
    const rebased = p === prefix ? "**" : p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : p;
    return `${negated ? "!" : ""}${rebased}`;
  });
}

/**
 * The changed manifest files none of which the run linted and none of which exists at head: then
 * the file names do not meet (a wrong root), and a green check would mean nothing. Undefined when
 * some changed manifest was linted or merely left out by `paths`.
 */
export function changedManifestsNotFound(changed: Iterable<string>, linted: ReadonlySet<string>, existsAtHead: (repoPath: string) => boolean): string[] | undefined {
  const manifests = [...changed].filter((f) => MANIFEST_EXTENSIONS.has(extname(f).toLowerCase()) && !isSkippedPath(f));
  if (manifests.length === 0 || manifests.some((f) => linted.has(f))) return undefined;
  return manifests.some(existsAtHead) ? undefined : manifests;
}

/** Whether a repository path exists in a commit (pull_request_target reads the head from git objects). */
export function existsAtCommit(root: string, sha: string): (repoPath: string) => boolean {
  return (repoPath) => spawnSync("git", ["cat-file", "-e", `${sha}:${repoPath}`], { cwd: root }).status === 0;
}

/** Whether a repository path exists in the checkout. */
export function existsInCheckout(root: string): (repoPath: string) => boolean {
  return (repoPath) => existsSync(join(root, ...repoPath.split("/")));
}
