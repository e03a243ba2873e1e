// A throwaway git repository with a base commit and a head commit on a branch, built with the git
// CLI under a fixed identity and fixed dates (so SHAs are the same on every machine), checked out
// the way a PR job sees it: head, or GitHub's test merge commit, with the base SHA in history.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync, statSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Repo-relative path (forward slashes) to file contents. */
export type Tree = Readonly<Record<string, string | Uint8Array>>;

export interface GitFixtureOptions {
  /** Files of the base commit: an object, or a directory to copy. */
  readonly base: Tree | string;
  /** Files of the head commit (the complete tree: files absent here are deleted by the head commit). */
  readonly head: Tree | string;
  readonly baseBranch?: string;
  readonly headBranch?: string;
  /** What is checked out afterwards; "merge" is GitHub's refs/pull/N/merge (head merged into base). */
  readonly checkout?: "head" | "merge" | "base";
  readonly messages?: { readonly base?: string; readonly head?: string };
  /** Parent directory for the temp repository. */
  readonly parentDir?: string;
}

export interface ChangedFile {
  /** git's letter: A, M, D, R (with similarity), C, T. */
  readonly status: string;
  readonly path: string;
  readonly previousPath?: string;
}

export interface GitFixture {
  readonly dir: string;
  readonly baseSha: string;
  readonly headSha: string;
  /** Set when checkout is "merge". */
  readonly mergeSha?: string;
  readonly baseBranch: string;
  readonly headBranch: string;
  /** HEAD after checkout. */
  readonly checkedOut: string;
  /** base..head, as `git diff --name-status -M` reports it. */
  readonly changed: readonly ChangedFile[];
  git(...args: string[]): string;
  cleanup(): void;
}

const IDENTITY = { name: "tollgate fixture", email: "fixture@tollgate.invalid" };
const DATES = { base: "2026-01-01T00:00:00Z", head: "2026-01-02T00:00:00Z", merge: "2026-01-03T00:00:00Z" };

/** git with no user, system or global configuration, so hooks, signing and templates stay out. */
function gitEnv(date: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: devNull,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: devNull,
    GIT_AUTHOR_NAME: IDENTITY.name,
    GIT_AUTHOR_EMAIL: IDENTITY.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: IDENTITY.name,
    GIT_COMMITTER_EMAIL: IDENTITY.email,
    GIT_COMMITTER_DATE: date,
    LC_ALL: "C",
  };
}

function run(dir: string, args: readonly string[], date = DATES.base): string {
  return execFileSync("git", ["-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", ...args], {
    cwd: dir,
    env: gitEnv(date),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

function replaceWorktree(dir: string, tree: Tree | string): void {
  for (const entry of readdirSync(dir)) if (entry !== ".git") rmSync(join(dir, entry), { recursive: true, force: true });
  if (typeof tree === "string") {
    if (!statSync(tree).isDirectory()) throw new Error(`${tree} is not a directory`);
    cpSync(tree, dir, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes(".git") });
    return;
  }
  for (const [path, contents] of Object.entries(tree)) {
    if (path.startsWith("/") || path.split("/").includes("..")) throw new Error(`tree path ${path} must stay inside the repository`);
    const file = join(dir, ...path.split("/"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}

export function createGitFixture(options: GitFixtureOptions): GitFixture {
  const baseBranch = options.baseBranch ?? "main";
  const headBranch = options.headBranch ?? "feature";
  if (baseBranch === headBranch) throw new Error("base and head branches must differ");
  const dir = mkdtempSync(join(options.parentDir ?? tmpdir(), "tollgate-git-"));
  try {
    run(dir, ["init", "-q", "--template=", "-b", baseBranch]);
    replaceWorktree(dir, options.base);
    run(dir, ["add", "-A"]);
    run(dir, ["commit", "-q", "--allow-empty", "-m", options.messages?.base ?? "Base manifests"], DATES.base);
    const baseSha = run(dir, ["rev-parse", "HEAD"]);

    run(dir, ["checkout", "-q", "-b", headBranch]);
    replaceWorktree(dir, options.head);
    run(dir, ["add", "-A"]);
    run(dir, ["commit", "-q", "--allow-empty", "-m", options.messages?.head ?? "Change manifests"], DATES.head);
    const headSha = run(dir, ["rev-parse", "HEAD"]);

    let mergeSha: string | undefined;
    const checkout = options.checkout ?? "head";
    if (checkout === "merge") {
      run(dir, ["checkout", "-q", "--detach", baseSha]);
      run(dir, ["merge", "-q", "--no-ff", "--no-edit", "-m", `Merge ${headSha} into ${baseSha}`, headSha], DATES.merge);
      mergeSha = run(dir, ["rev-parse", "HEAD"]);
    } else if (checkout === "base") {
      run(dir, ["checkout", "-q", baseBranch]);
    }

    const changed = run(dir, ["diff", "--name-status", "-M", baseSha, headSha])
      .split("\n")
      .filter(Boolean)
      .map((line): ChangedFile => {
        const [status, a, b] = line.split("\t") as [string, string, string | undefined];
        return b === undefined ? { status, path: a } : { status, path: b, previousPath: a };
      });

    return {
      dir,
      baseSha,
      headSha,
      mergeSha,
      baseBranch,
      headBranch,
      checkedOut: run(dir, ["rev-parse", "HEAD"]),
      changed,
      git: (...args: string[]) => run(dir, args, DATES.merge),
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
