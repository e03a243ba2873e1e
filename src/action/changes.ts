// What a pull request changes, file by file: the head-side line ranges its diff adds or modifies,
// from the unified `patch` GitHub returns per file (or `git diff -U0` when the API is unavailable).

export interface LineRange {
  readonly start: number;
  readonly end: number;
}

export interface ChangedFile {
  /** Repository path at head. */
  readonly file: string;
  /** GitHub's status: added, modified, removed, renamed, copied, changed, unchanged. */
  readonly status: string;
  /** Head lines added or modified; undefined when the diff has no patch (too large, binary): the whole file counts. */
  readonly lines?: readonly LineRange[];
}

export type ChangeSet = ReadonlyMap<string, ChangedFile>;

/** Head-side lines of `+` entries in a unified diff's hunks, merged into ranges. */
export function addedLines(patch: string): LineRange[] {
  const ranges: { start: number; end: number }[] = [];
  let next = 0;
  let inHunk = false;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith("+")) {
      const last = ranges.at(-1);
      if (last && last.end === next - 1) last.end = next;
      else ranges.push({ start: next, end: next });
      next++;
    } else if (line.startsWith(" ") || line === "") {
      next++;
    } else if (line.startsWith("-") || line.startsWith("\\")) {
      // removed line or "\ No newline at end of file": no head line
    } else {
      inHunk = false; // the next file's header in a multi-file diff
    }
  }
  return ranges;
}

/** Splits `git diff -U0 --no-renames`-style output into per-file patches (head paths). */
export function changesFromGitDiff(diff: string): ChangedFile[] {
  const out: ChangedFile[] = [];
  const sections = diff.split(/^diff --git /m).slice(1);
  for (const section of sections) {
    const plus = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/m.exec(section);
    if (!plus) continue; // binary or mode-only change
    if (plus[1] === undefined) continue; // deleted at head
    const file = unquote(plus[1]);
    const added = /^--- \/dev\/null$/m.test(section);
    const body = section.slice(section.indexOf("\n@@") + 1);
    out.push({ file, status: added ? "added" : "modified", lines: addedLines(body) });
  }
  return out;
}

function unquote(path: string): string {
  return path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1).replace(/\\(.)/g, "$1") : path;
}

export function toChangeSet(files: readonly ChangedFile[]): ChangeSet {
  return new Map(files.filter((f) => f.status !== "removed").map((f) => [f.file, f]));
}

/** Whether a finding at `line` of `file` sits on a line the change adds or modifies. */
export function onChangedLine(changes: ChangeSet, file: string | undefined, line: number | undefined): boolean {
  if (file === undefined) return false;
  const c = changes.get(file);
  if (!c) return false;
  if (c.lines === undefined) return true;
  if (line === undefined) return false;
  return c.lines.some((r) => line >= r.start && line <= r.end);
}
