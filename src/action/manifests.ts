// The `paths` input: which repository paths the Action lints (reading them is the workspace layer's job).
import picomatch from "picomatch";

/** Globs from a multi-line or comma-separated input; empty means the whole repository. */
export function parsePatterns(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "" && !s.startsWith("#"));
}

/** A matcher for repository paths: globs as written, and a bare directory or file name as itself and everything under it. */
export function pathMatcher(patterns: readonly string[]): (repoPath: string) => boolean {
  if (patterns.length === 0) return () => true;
  const positives: string[] = [];
  const negatives: string[] = [];
  for (const raw of patterns) {
    const negated = raw.startsWith("!");
    const p = (negated ? raw.slice(1) : raw).replace(/^\.\//, "").replace(/\/+$/, "");
    const expanded = picomatch.scan(p).isGlob ? [p] : [p, `${p}/**`];
    (negated ? negatives : positives).push(...expanded);
  }
  const yes = positives.length ? picomatch(positives, { dot: true }) : () => true;
  const no = negatives.length ? picomatch(negatives, { dot: true }) : () => false;
  return (path) => yes(path) && !no(path);
}
