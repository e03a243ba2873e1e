// The base side of a change for `--base <dir or git ref>`: the same paths in another directory
// or at a git revision (read with one `git cat-file --batch`, nothing is checked out).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import type { InputFile } from "../engine/check.js";
import { collectFiles, MANIFEST_EXTENSIONS, UsageError } from "./files.js";

/** The checked paths as the head names them: relative to `cwd`, "/"-separated, no "./" or trailing slash. */
function namedAsGiven(paths: readonly string[], cwd: string): string[] {
  return paths.filter((p) => p !== "-").map((p) => relative(cwd, resolve(cwd, p)).split(sep).join("/") || ".");
}

/** A path named by namedAsGiven lies inside the working directory (so it has a place under a base folder). */
function insideCwd(p: string): boolean {
  return p !== ".." && !p.startsWith("../") && !isAbsolute(p);
}

export function loadBase(base: string, paths: readonly string[], cwd: string): InputFile[] {
  const asDir = resolve(cwd, base);
  if (existsSync(asDir) && statSync(asDir).isDirectory()) {
    // Same relative paths under the base directory, named as they are at head.
    const existing = namedAsGiven(paths, cwd).filter((p) => insideCwd(p) && existsSync(join(asDir, p)));
    return collectFiles(existing, asDir).files;
  }
  return filesAtRevision(base, paths, cwd);
}

function git(args: string[], cwd: string, input?: string): Buffer {
  const r = spawnSync("git", args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.error) throw new UsageError(`--base ${args.join(" ")}: git is not available (${r.error.message})`);
  if (r.status !== 0) throw new UsageError(`git ${args.join(" ")} failed: ${r.stderr.toString().trim().split("\n")[0]}`);
  return r.stdout;
}

export function filesAtRevision(rev: string, paths: readonly string[], cwd: string): InputFile[] {
  const check = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  if (check.status !== 0) throw new UsageError(`--base ${rev}: not a directory and not a git revision in ${cwd}`);
  const prefix = git(["rev-parse", "--show-prefix"], cwd).toString().trim();
  const specs = namedAsGiven(paths, cwd);
  const listed = git(["ls-tree", "-r", "-z", "--full-name", "--name-only", rev, "--", ...specs], cwd)
    .toString()
    .split("\0")
    .filter((n) => n !== "" && MANIFEST_EXTENSIONS.has(posix.extname(n).toLowerCase()))
    .filter((n) => !n.split("/").some((seg) => seg === "node_modules" || (seg.startsWith(".") && seg.length > 1)));
  if (listed.length === 0) return [];
  const out = git(["cat-file", "--batch"], cwd, listed.map((n) => `${rev}:${n}`).join("\n") + "\n");
  const files: InputFile[] = [];
  let pos = 0;
  for (const name of listed) {
    const nl = out.indexOf(10, pos);
    const header = out.subarray(pos, nl).toString();
    pos = nl + 1;
    const m = /^\S+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "missing"
    const size = Number(m[2]);
    const bytes = out.subarray(pos, pos + size);
    pos += size + 1;
    if (m[1] !== "blob") continue;
    const display = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : posix.relative(prefix.replace(/\/$/, "") || ".", name);
    files.push({ file: display, bytes: new Uint8Array(bytes) });
  }
  return files;
}

/** The base side opened for a unit-by-unit comparison: files shown as they are named at head. */
export interface OpenedBase {
  readonly files: InputFile[];
  /** Where the base's files are shown relative to (a folder whose layout matches the head's). */
  readonly cwd: string;
  /** What was read, for stderr: "checkout root /tmp/b", "counterpart of examples", "git revision main". */
  readonly description: string;
  /** Set when the base holds none of the checked files (a wrong --base silently reads an empty base). */
  readonly warning?: string;
  /** Removes temporary folders (a revision written out for the renderers, a symlinked counterpart). */
  dispose(): void;
}

/**
 * `--base DIR` accepts a checkout root (the checked paths exist under it) or the counterpart of
 * the one checked folder (DIR is that folder's base version); `--base REV` is a git revision, whose
 * files are written to a temporary folder so kustomize and helm can render the base too.
 */
export function openBase(base: string, paths: readonly string[], cwd: string, headFiles: readonly InputFile[]): OpenedBase {
  const asDir = resolve(cwd, base);
  const given = namedAsGiven(paths, cwd);
  let opened: Omit<OpenedBase, "warning">;
  if (existsSync(asDir) && statSync(asDir).isDirectory()) {
    // Only paths inside the working directory have a place under a checkout root: "../x" joined to
    // the base would leave it (and could name the head's own files).
    const existing = given.filter((p) => insideCwd(p) && existsSync(join(asDir, p)));
    const single = given.length === 1 ? given[0]! : undefined;
    if (existing.length > 0 || single === undefined || !statSync(resolve(cwd, single)).isDirectory() || single === ".") {
      opened = { files: collectFiles(existing, asDir).files, cwd: asDir, description: `${base} as the checkout root`, dispose: () => {} };
    } else if (!insideCwd(single)) {
      throw new UsageError(`--base ${base}: the checked folder ${paths[0]} is outside the current directory, so its files cannot be matched with the base's by name; run tollgate from a folder that holds it, or give --base a git revision`);
    } else {
      // The counterpart of the checked folder: seen through a link named like it, so names match.
      const tmp = mkdtempSync(join(tmpdir(), "tollgate-base-"));
      const link = join(tmp, single);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(asDir, link, "dir");
      opened = { files: collectFiles([single], tmp).files, cwd: tmp, description: `${base} as the base of ${single}`, dispose: () => rmSync(tmp, { recursive: true, force: true }) };
    }
  } else {
    const tmp = mkdtempSync(join(tmpdir(), "tollgate-rev-"));
    try {
      const prefix = writeRevision(base, given.length > 0 ? given : ["."], cwd, tmp);
      const root = join(tmp, prefix);
      mkdirSync(root, { recursive: true });
      const existing = given.filter((p) => existsSync(join(root, p)));
      opened = { files: collectFiles(existing, root).files, cwd: root, description: `git revision ${base}`, dispose: () => rmSync(tmp, { recursive: true, force: true }) };
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
  }
  const headNames = new Set(headFiles.map((f) => f.file));
  const shared = opened.files.filter((f) => headNames.has(f.file)).length;
  return shared === 0 && headFiles.length > 0
    ? { ...opened, warning: `--base ${base} holds none of the ${headFiles.length} checked file${headFiles.length === 1 ? "" : "s"}; every object counts as new. Give the checkout root or the base version of the checked folder.` }
    : opened;
}

/** Writes every file under the paths at a revision into `dest` (repository layout); returns the cwd's prefix. */
function writeRevision(rev: string, paths: readonly string[], cwd: string, dest: string): string {
  const check = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  if (check.status !== 0) throw new UsageError(`--base ${rev}: not a directory and not a git revision in ${cwd}`);
  const prefix = git(["rev-parse", "--show-prefix"], cwd).toString().trim();
  const specs = namedAsGiven(paths, cwd);
  const listed = git(["ls-tree", "-r", "-z", "--full-name", "--name-only", rev, "--", ...specs], cwd)
    .toString()
    .split("\0")
    .filter((n) => n !== "" && !n.split("/").some((seg) => seg === ".." || seg === "node_modules" || seg === ".git"));
  // Manifests, plus whatever lies in an overlay's or chart's folder (generator inputs, .Files.Get):
  // not the repository's other files.
  const renderRoots = new Set(listed.filter((n) => /(^|\/)(kustomization\.ya?ml|Kustomization|Chart\.ya?ml)$/.test(n)).map((n) => posix.dirname(n)));
  const underRoot = (n: string) => {
    for (let d = posix.dirname(n); ; d = posix.dirname(d)) {
      if (renderRoots.has(d)) return true;
      if (d === "." || d === "/" || d === "") return false;
    }
  };
  const wanted = listed.filter((n) => MANIFEST_EXTENSIONS.has(posix.extname(n).toLowerCase()) || underRoot(n));
  if (wanted.length === 0) return prefix;
  const out = git(["cat-file", "--batch"], cwd, wanted.map((n) => `${rev}:${n}`).join("\n") + "\n");
  let pos = 0;
  for (const name of wanted) {
    const nl = out.indexOf(10, pos);
    const m = /^\S+ (\w+) (\d+)$/.exec(out.subarray(pos, nl).toString());
    pos = nl + 1;
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob") {
      const target = join(dest, ...name.split("/"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out.subarray(pos, pos + size));
    }
    pos += size + 1;
  }
  return prefix;
}
