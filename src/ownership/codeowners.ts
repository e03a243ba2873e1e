// CODEOWNERS with GitHub's semantics: gitignore-style patterns, the last matching line wins, and a
// line with no owners un-owns what it matches. `!` negation and `[...]` ranges are not supported by
// GitHub, so such lines are skipped (and listed as problems) exactly as GitHub skips them.
import { GlobMatcher, globProblem, MAX_GLOB_LENGTH, parseGlob, type GlobNode } from "../core/glob.js";

export interface CodeownersEntry {
  readonly pattern: string;
  /** `@user`, `@org/team` or e-mail addresses; empty means "owned by nobody". */
  readonly owners: readonly string[];
  /** 1-based line in the CODEOWNERS file. */
  readonly line: number;
  readonly matcher: GlobMatcher;
}

export interface CodeownersProblem {
  readonly line: number;
  readonly message: string;
}

export interface Codeowners {
  readonly entries: readonly CodeownersEntry[];
  readonly problems: readonly CodeownersProblem[];
}

export function parseCodeowners(text: string): Codeowners {
  const entries: CodeownersEntry[] = [];
  const problems: CodeownersProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const tokens = tokenize(raw);
    if (tokens.length === 0) return;
    const [pattern, ...owners] = tokens;
    if (pattern!.startsWith("!")) {
      problems.push({ line, message: `negated pattern "${pattern}" is not supported by CODEOWNERS; the line is ignored` });
      return;
    }
    if (/(^|[^\\])\[/.test(pattern!)) {
      problems.push({ line, message: `character range in "${pattern}" is not supported by CODEOWNERS; the line is ignored` });
      return;
    }
    if (globProblem(pattern!)) {
      problems.push({ line, message: `pattern of ${pattern!.length} characters is longer than ${MAX_GLOB_LENGTH}; the line is ignored` });
      return;
    }
    entries.push({ pattern: pattern!, owners, line, matcher: patternMatcher(pattern!) });
  });
  return { entries, problems };
}

/** The entry deciding `path` (repo-relative, forward slashes): the last one that matches. */
export function matchCodeowners(co: Codeowners, path: string): CodeownersEntry | undefined {
  const p = path.replace(/^\.?\//, "");
  for (let i = co.entries.length - 1; i >= 0; i--) {
    const e = co.entries[i]!;
    if (e.matcher.match(p)) return e;
  }
  return undefined;
}

/** Splits a line on unescaped whitespace, dropping a trailing comment (`#` starting a token). */
function tokenize(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inToken = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "\\" && i + 1 < line.length) {
      cur += ch + line[i + 1];
      i++;
      inToken = true;
      continue;
    }
    if (ch === " " || ch === "\t") {
      if (inToken) out.push(cur);
      cur = "";
      inToken = false;
      continue;
    }
    if (ch === "#" && !inToken) break;
    cur += ch;
    inToken = true;
  }
  if (inToken) out.push(cur);
  return out;
}

/**
 * gitignore → a linear-time matcher over a file path (a RegExp of `[^/]*` runs backtracked
 * polynomially on a pattern a pull request can write). A pattern with a slash before its end is
 * anchored at the root, otherwise it matches at any depth; a trailing slash matches only directories
 * (so everything below them); a pattern otherwise matches the file or any directory above it, except
 * that a pattern ending in `/*` matches only the files directly in that directory (GitHub's
 * documented exception).
 */
export function patternMatcher(pattern: string): GlobMatcher {
  if (globProblem(pattern)) return new GlobMatcher([{ t: "class", negated: false, ranges: [] }]);
  let p = pattern;
  const dirOnly = p.endsWith("/") && !p.endsWith("\\/");
  if (dirOnly) p = p.replace(/\/+$/, "");
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  const segs = p.split("/");
  const last = segs.length - 1;
  const nodes: GlobNode[] = anchored ? [] : [{ t: "dirs" }];
  segs.forEach((seg, i) => {
    if (seg === "**") {
      if (i === 0 && i === last) nodes.push({ t: "any" });
      else if (i === 0) nodes.push({ t: "dirs" });
      else if (i === last) nodes.push(SLASH, { t: "any" });
      else nodes.push({ t: "subtree" });
      return;
    }
    if (i > 0 && !(i === 1 && segs[0] === "**")) nodes.push(SLASH);
    nodes.push(...parseGlob(seg, { braces: false, classes: false }).map((n) => (n.t === "star" ? { t: "star" as const, nonEmpty: false } : n)));
  });
  if (dirOnly) nodes.push(SLASH, { t: "any" });
  else if (!(segs.length > 1 && segs[last] === "*")) nodes.push({ t: "subtree" });
  return new GlobMatcher(nodes);
}

const SLASH: GlobNode = { t: "lit", ch: 47 };
