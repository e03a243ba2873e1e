// Shared by the namespaces rules: whether a kind is namespaced (built in, CRD in the run, or the
// `namespaces.unknownKinds` setting), and where a finding about an object's namespace points.
import type { Config } from "../../core/config.js";
import type { UnknownKinds } from "../../core/config/ownership.js";
import { globMatch } from "../../core/glob.js";
import type { K8sObject } from "../../core/types.js";
import type { Run } from "../../model/run.js";

export function unknownKinds(config: Config): UnknownKinds {
  return config.namespaces?.unknownKinds ?? "namespaced";
}

/** Namespaced, cluster-scoped, or neither (an unknown kind the config says to ignore). */
export function scopeFor(run: Run, config: Config, kind: string): "Namespaced" | "Cluster" | "Ignore" {
  const s = run.scopeOf(kind);
  if (s !== "Unknown") return s;
  const u = unknownKinds(config);
  return u === "namespaced" ? "Namespaced" : u === "cluster" ? "Cluster" : "Ignore";
}

/** `/metadata/namespace` when the object sets one, else `/metadata` (where it should be). */
export function namespacePointer(o: K8sObject): string {
  return o.metadata.namespace !== undefined ? "/metadata/namespace" : "/metadata";
}

/** Namespaces the per-namespace rules (quota, LimitRange, default deny) leave alone by default. */
export const SYSTEM_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease", "default"];

export const excludeOptionSchema = {
  type: "array",
  items: { type: "string", minLength: 1 },
  description: "Namespace names or globs this rule does not require anything of.",
} as const;

export function excluded(ns: string, options: Readonly<Record<string, unknown>>): boolean {
  const list = (options.exclude as readonly string[] | undefined) ?? SYSTEM_NAMESPACES;
  return list.some((g) => globMatch(g, ns));
}
