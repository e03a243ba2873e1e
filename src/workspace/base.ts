// The base side of a change for `--base <dir or git ref>`: the same paths in another directory
// or at a git revision (read with one `git cat-file --batch`, nothing is checked out).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import type { InputFile } from "../engine/check.js";
import { collectFiles, MANIFEST_EXTENSIONS, UsageError } from "./files.js";

export function loadBase(base: string, paths: readonly string[], cwd: string): InputFile[] {
  const asDir = resolve(cwd, base);
  if (existsSync(asDir) && statSync(asDir).isDirectory()) {
    // Same relative paths under the base directory, named as they are at head.
    const mapped = paths.filter((p) => p !== "-").map((p) => (isAbsolute(p) ? relative(cwd, p) : p));
    const existing = mapped.filter((p) => existsSync(join(asDir, p)));
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
  const specs = paths.filter((p) => p !== "-").map((p) => relative(cwd, resolve(cwd, p)).split(sep).join("/") || ".");
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
