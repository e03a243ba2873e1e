// Name and path globs used by config (exemptions, ownership): `*` and `?` within a segment, `**` across.
import picomatch from "picomatch";

const cache = new Map<string, (s: string) => boolean>();

export function globMatch(pattern: string, value: string): boolean {
  let m = cache.get(pattern);
  if (!m) {
    m = picomatch(pattern, { dot: true });
    cache.set(pattern, m);
  }
  return m(value);
}
