// Name and path globs used by config (exemptions, ownership) and by `tollgate.dev/ignore` annotations:
// `*` and `?` within a segment, `**` across, `[abc]` and `{a,b}`.
import picomatch from "picomatch";

/**
 * picomatch turns each `*` into a lazy `[^/]*?`: a pattern with k of them backtracks like n^k on a
 * value of length n, and extglobs such as `+(a|aa)` backtrack exponentially. Annotation entries come
 * from whoever can create an object, so `*a*a*a*a*a*a*a*a*b@<63 a's>` hung the webhook. A pattern
 * with more `*` runs than this, or longer than MAX_GLOB_LENGTH, matches nothing (which never widens
 * a suppression, an exemption or an ownership grant); extglob syntax is taken literally.
 */
export const MAX_GLOB_STARS = 4;
export const MAX_GLOB_LENGTH = 512;

const cache = new Map<string, (s: string) => boolean>();
const nothing = () => false;

/** Whether a glob is refused (and so matches nothing), for messages about it. */
export function globTooComplex(pattern: string): boolean {
  return pattern.length > MAX_GLOB_LENGTH || (pattern.match(/\*+/g)?.length ?? 0) > MAX_GLOB_STARS;
}

export function globMatch(pattern: string, value: string): boolean {
  let m = cache.get(pattern);
  if (!m) {
    m = globTooComplex(pattern) ? nothing : picomatch(pattern, { dot: true, noextglob: true });
    if (cache.size > 10_000) cache.clear(); // patterns from annotations are unbounded in number
    cache.set(pattern, m);
  }
  return m(value);
}
