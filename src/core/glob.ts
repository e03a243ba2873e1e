// Name and path globs used by config (exemptions, ownership), CODEOWNERS and `tollgate.dev/ignore`
// annotations: `*` and `?` within a segment, `**` across, `[abc]`/`[a-z]`/`[!a]` and `{a,b}`.
//
// Annotation entries come from whoever can create an object, so matching must not take time the
// pattern controls: picomatch compiled `(a|aa)×30 c` into a backtracking RegExp that took 45 s on a
// 63-character container name. This matcher compiles the pattern into a Thompson NFA and runs all its
// states at once: at most (states × (subject length + 1)) steps, no backtracking, whatever the pattern.
// Extglobs (`+(a|b)`, `(a|aa)`), regex groups and `!` negation are not glob syntax here: their
// characters are taken literally.

/** Patterns longer than this match nothing (and are reported where they are written). */
export const MAX_GLOB_LENGTH = 512;
/** Values longer than this match no pattern (names are ≤ 253 characters, repository paths ≤ 4096). */
export const MAX_GLOB_SUBJECT = 4096;

/** Syntax switches for callers with their own dialect (CODEOWNERS has neither braces nor classes). */
export interface GlobSyntax {
  readonly braces?: boolean;
  readonly classes?: boolean;
}

/** A parsed pattern: nodes in sequence. */
export type GlobNode =
  | { readonly t: "lit"; readonly ch: number }
  /** `?`: one character other than `/`. */
  | { readonly t: "one" }
  /** `*`: a run of characters other than `/`; at least one when the `*` is a whole segment. */
  | { readonly t: "star"; readonly nonEmpty: boolean }
  /** Any run of characters, `/` included (a pattern that is only `**`). */
  | { readonly t: "any" }
  /** `**\/`: zero or more whole segments each followed by `/`. */
  | { readonly t: "dirs" }
  /** `/**` at the end: nothing, or `/` and anything below. */
  | { readonly t: "subtree" }
  | { readonly t: "class"; readonly negated: boolean; readonly ranges: readonly (readonly [number, number])[] }
  | { readonly t: "alt"; readonly options: readonly (readonly GlobNode[])[] };

const SLASH = 47;

export function parseGlob(pattern: string, syntax: GlobSyntax = {}): GlobNode[] {
  const braces = syntax.braces ?? true;
  const classes = syntax.classes ?? true;
  let i = 0;
  const p = pattern;

  /** Index of the `}` closing the `{` at `open`, when the group has a top-level comma; else -1. */
  const braceEnd = (open: number): number => {
    let depth = 0;
    let comma = false;
    for (let j = open; j < p.length; j++) {
      const c = p[j];
      if (c === "\\") j++;
      else if (c === "{") depth++;
      else if (c === "}") {
        depth--;
        if (depth === 0) return comma ? j : -1;
      } else if (c === "," && depth === 1) comma = true;
    }
    return -1;
  };

  const parseClass = (): GlobNode | undefined => {
    // p[i] === "["
    let j = i + 1;
    const negated = p[j] === "!" || p[j] === "^";
    if (negated) j++;
    const ranges: [number, number][] = [];
    let first = true;
    while (j < p.length && (p[j] !== "]" || first)) {
      first = false;
      let lo = p.charCodeAt(j);
      if (p[j] === "\\" && j + 1 < p.length) lo = p.charCodeAt(++j);
      j++;
      if (p[j] === "-" && j + 1 < p.length && p[j + 1] !== "]") {
        let hi = p.charCodeAt(j + 1);
        j += 2;
        if (p[j - 1] === "\\" && j < p.length) hi = p.charCodeAt(j++);
        ranges.push(lo <= hi ? [lo, hi] : [hi, lo]);
      } else ranges.push([lo, lo]);
    }
    if (j >= p.length) return undefined; // no closing `]`: the `[` is literal
    i = j + 1;
    return { t: "class", negated, ranges };
  };

  const parseSeq = (top: boolean, end: number): GlobNode[] => {
    const seq: GlobNode[] = [];
    const atBoundary = () => (top && seq.length === 0) || (seq.length > 0 && isSlash(seq[seq.length - 1]!));
    while (i < end) {
      const c = p[i]!;
      if (c === "\\" && i + 1 < end) {
        seq.push({ t: "lit", ch: p.charCodeAt(i + 1) });
        i += 2;
      } else if (c === "*") {
        let j = i;
        while (p[j] === "*") j++;
        const boundary = atBoundary();
        const last = top && j === p.length;
        if (j - i === 2 && boundary && (last || p[j] === "/")) {
          if (last && seq.length === 0) seq.push({ t: "any" });
          else if (p[j] === "/") {
            seq.push({ t: "dirs" });
            j++;
          } else {
            seq.pop();
            seq.push({ t: "subtree" });
          }
        } else {
          seq.push({ t: "star", nonEmpty: boundary && (last || p[j] === "/") });
        }
        i = j;
      } else if (c === "?") {
        seq.push({ t: "one" });
        i++;
      } else if (c === "[" && classes) {
        const cls = parseClass();
        if (cls) seq.push(cls);
        else {
          seq.push({ t: "lit", ch: p.charCodeAt(i) });
          i++;
        }
      } else if (c === "{" && braces && braceEnd(i) > 0 && braceEnd(i) < end) {
        const close = braceEnd(i);
        const options: GlobNode[][] = [];
        i++;
        for (;;) {
          // one option: up to the next top-level `,` or the closing `}`
          let depth = 0;
          let j = i;
          for (; j < close; j++) {
            if (p[j] === "\\") j++;
            else if (p[j] === "{") depth++;
            else if (p[j] === "}") depth--;
            else if (p[j] === "," && depth === 0) break;
          }
          options.push(parseSeq(false, j));
          i = j + 1;
          if (j >= close) break;
        }
        seq.push({ t: "alt", options });
      } else {
        seq.push({ t: "lit", ch: p.charCodeAt(i) });
        i++;
      }
    }
    return seq;
  };

  return parseSeq(true, p.length);
}

function isSlash(n: GlobNode): boolean {
  return n.t === "lit" && n.ch === SLASH;
}

// NFA state kinds
const CHAR = 0;
const NOT_SLASH = 1;
const ANY = 2;
const CLASS = 3;
const SPLIT = 4;
const MATCH = 5;

/** A compiled pattern. `steps` counts state visits of the last match (tests bound it). */
export class GlobMatcher {
  private readonly kind: number[] = [];
  private readonly arg: number[] = [];
  private readonly out1: number[] = [];
  private readonly out2: number[] = [];
  private readonly classes: { negated: boolean; ranges: readonly (readonly [number, number])[] }[] = [];
  private readonly start: number;
  private mark: Uint32Array = new Uint32Array(0);
  private gen = 0;
  steps = 0;

  constructor(nodes: readonly GlobNode[]) {
    const match = this.state(MATCH, 0, -1);
    this.start = this.seq(nodes, match);
    this.mark = new Uint32Array(this.kind.length);
  }

  get size(): number {
    return this.kind.length;
  }

  private state(kind: number, arg: number, out1: number, out2 = -1): number {
    this.kind.push(kind);
    this.arg.push(arg);
    this.out1.push(out1);
    this.out2.push(out2);
    return this.kind.length - 1;
  }

  /** Builds `nodes` followed by `next`, back to front; returns the entry state. */
  private seq(nodes: readonly GlobNode[], next: number): number {
    for (let k = nodes.length - 1; k >= 0; k--) next = this.node(nodes[k]!, next);
    return next;
  }

  /** A loop of `kind` states (zero or more), then `next`. */
  private loop(kind: number, next: number): number {
    const split = this.state(SPLIT, 0, -1, next);
    this.out1[split] = this.state(kind, 0, split);
    return split;
  }

  private node(n: GlobNode, next: number): number {
    switch (n.t) {
      case "lit":
        return this.state(CHAR, n.ch, next);
      case "one":
        return this.state(NOT_SLASH, 0, next);
      case "star": {
        const split = this.loop(NOT_SLASH, next);
        return n.nonEmpty ? this.out1[split]! : split;
      }
      case "any":
        return this.loop(ANY, next);
      case "dirs": {
        const outer = this.state(SPLIT, 0, -1, next);
        const slash = this.state(CHAR, SLASH, outer);
        this.out1[outer] = this.loop(NOT_SLASH, slash);
        return outer;
      }
      case "subtree":
        return this.state(SPLIT, 0, this.state(CHAR, SLASH, this.loop(ANY, next)), next);
      case "class":
        this.classes.push({ negated: n.negated, ranges: n.ranges });
        return this.state(CLASS, this.classes.length - 1, next);
      case "alt": {
        let entry = this.seq(n.options[n.options.length - 1]!, next);
        for (let k = n.options.length - 2; k >= 0; k--) entry = this.state(SPLIT, 0, this.seq(n.options[k]!, next), entry);
        return entry;
      }
    }
  }

  private accepts(s: number, ch: number): boolean {
    switch (this.kind[s]) {
      case CHAR:
        return this.arg[s] === ch;
      case NOT_SLASH:
        return ch !== SLASH;
      case ANY:
        return true;
      case CLASS: {
        const c = this.classes[this.arg[s]!]!;
        if (c.negated && ch === SLASH) return false;
        const hit = c.ranges.some(([lo, hi]) => ch >= lo && ch <= hi);
        return c.negated ? !hit : hit;
      }
      default:
        return false;
    }
  }

  /** Adds `s` and everything reachable from it without reading a character. */
  private add(list: number[], s: number, stack: number[]): void {
    stack.push(s);
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (this.mark[x] === this.gen) continue;
      this.mark[x] = this.gen;
      this.steps++;
      if (this.kind[x] === SPLIT) {
        stack.push(this.out2[x]!, this.out1[x]!);
      } else list.push(x);
    }
  }

  private nextGen(): void {
    if (++this.gen === 0xffffffff) {
      this.mark.fill(0);
      this.gen = 1;
    }
  }

  match(value: string): boolean {
    this.steps = 0;
    if (value.length > MAX_GLOB_SUBJECT) return false;
    const stack: number[] = [];
    let current: number[] = [];
    this.nextGen();
    this.add(current, this.start, stack);
    for (let k = 0; k < value.length && current.length > 0; k++) {
      const ch = value.charCodeAt(k);
      const next: number[] = [];
      this.nextGen();
      for (const s of current) {
        this.steps++;
        if (this.accepts(s, ch)) this.add(next, this.out1[s]!, stack);
      }
      current = next;
    }
    return current.some((s) => this.kind[s] === MATCH);
  }
}

const NEVER = new GlobMatcher([{ t: "class", negated: false, ranges: [] }]);
const cache = new Map<string, GlobMatcher>();
/** Patterns come from annotations, unbounded in number: the cache holds at most this many NFA states (a few MB). */
const MAX_CACHED_STATES = 200_000;
let cachedStates = 0;

/** Why a glob matches nothing regardless of the value, for messages about it; undefined when usable. */
export function globProblem(pattern: string): string | undefined {
  return pattern.length > MAX_GLOB_LENGTH ? `the pattern is ${pattern.length} characters long, more than ${MAX_GLOB_LENGTH}; it matches nothing` : undefined;
}

/** The compiled matcher of a pattern (cached); a pattern over the length cap matches nothing. */
export function compileGlob(pattern: string): GlobMatcher {
  let m = cache.get(pattern);
  if (!m) {
    m = globProblem(pattern) ? NEVER : new GlobMatcher(parseGlob(pattern));
    if (cache.size >= 10_000 || cachedStates + m.size > MAX_CACHED_STATES) {
      cache.clear();
      cachedStates = 0;
    }
    cache.set(pattern, m);
    cachedStates += m.size;
  }
  return m;
}

export function globMatch(pattern: string, value: string): boolean {
  return compileGlob(pattern).match(value);
}
