// `namespaces.pathNamespaces`: the namespace an object without metadata.namespace lands in, by
// repository path (what kustomize's `namespace:` or `kubectl apply -n` give a directory).
import type { OwnershipConfig } from "../core/config/ownership.js";
import { globMatch } from "../core/glob.js";

/**
 * Builds `RunContext.namespaceForFile` from config; the CLI door passes it with its `repoPathOf`.
 * The most specific (longest) matching glob wins. Undefined when config gives no path namespaces.
 */
export function namespaceForFileFrom(
  section: OwnershipConfig | undefined,
  repoPathOf: (file: string) => string = (f) => f,
): ((file: string) => string | undefined) | undefined {
  const entries = Object.entries(section?.pathNamespaces ?? {}).sort((a, b) => b[0].length - a[0].length);
  if (entries.length === 0) return undefined;
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (cache.has(file)) return cache.get(file);
    const path = repoPathOf(file).replace(/^\.?\//, "");
    const hit = entries.find(([glob]) => globMatch(glob, path))?.[1];
    cache.set(file, hit);
    return hit;
  };
}
