// Collects manifest files from paths (files, directories recursively, "-" for stdin) as InputFiles.
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import type { InputFile } from "../engine/check.js";

export const MANIFEST_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
const SKIP_DIRS = new Set(["node_modules", ".git", ".terraform", "vendor"]);

/** Whether a repository path lies where a directory walk would not look (dot directories, vendor trees). */
export function isSkippedPath(repoPath: string): boolean {
  const segments = repoPath.split("/");
  return segments.some((seg, i) => (i < segments.length - 1 && SKIP_DIRS.has(seg)) || (seg.startsWith(".") && seg.length > 1 && seg !== ".."));
}
/** Files larger than this are reported, not read: no real manifest is this big. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class UsageError extends Error {}

export interface CollectResult {
  readonly files: InputFile[];
  readonly problems: { file: string; message: string }[];
}

/** Paths are shown relative to `cwd` with forward slashes, as in a repository. */
export function collectFiles(paths: readonly string[], cwd: string, stdin?: () => string): CollectResult {
  const files: InputFile[] = [];
  const problems: { file: string; message: string }[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(sep).join("/");
  };
  const addFile = (abs: string) => {
    const real = safeRealpath(abs);
    if (real === undefined || seenFiles.has(real)) return;
    seenFiles.add(real);
    const name = display(abs);
    try {
      const size = statSync(abs).size;
      if (size > MAX_FILE_BYTES) {
        problems.push({ file: name, message: `${name} is ${(size / 1048576).toFixed(0)} MiB, larger than the ${MAX_FILE_BYTES / 1048576} MiB tollgate reads; split it or exclude it.` });
        return;
      }
      // Read when parsed and again only to locate a finding: a run over a large repository keeps no copy of it.
      files.push({ file: name, read: () => readFileSync(abs) });
    } catch (e) {
      problems.push({ file: name, message: `${name} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    }
  };
  const walk = (dir: string) => {
    const real = safeRealpath(dir);
    if (real === undefined || seenDirs.has(real)) return; // symlink loops end here
    seenDirs.add(real);
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: display(dir), message: `${display(dir)} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (SKIP_DIRS.has(e.name) || e.name.startsWith(".")) continue;
        walk(p);
      } else if (isFile && !e.name.startsWith(".") && MANIFEST_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        addFile(p);
      }
    }
  };
  for (const p of paths) {
    if (p === "-") {
      if (!stdin) throw new UsageError("reading from stdin is not available here");
      files.push({ file: "<stdin>", text: stdin() });
      continue;
    }
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) walk(abs);
    else addFile(abs);
  }
  return { files, problems };
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
