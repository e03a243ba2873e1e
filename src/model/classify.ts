// Which documents are Kubernetes objects. Repositories hold much other YAML (Chart.yaml, values,
// kustomizations, kind/k3d/skaffold configs, compose files, CI workflows): that is skipped silently,
// and only a document that looks like a Kubernetes object but is broken is reported.
import { isRecord } from "../core/types.js";

export type DocumentClass =
  | { readonly type: "object" }
  | { readonly type: "skip"; readonly reason: SkipReason }
  | { readonly type: "broken"; readonly missing: "apiVersion" | "kind" };

export type SkipReason = "not-a-mapping" | "no-apiversion-or-kind" | "tool-config" | "not-kubernetes";

/** API groups of Kubernetes itself that have no dot (every other group, built in or CRD, has one). */
const DOTLESS_GROUPS: ReadonlySet<string> = new Set(["apps", "batch", "autoscaling", "policy", "extensions"]);

/**
 * Groups whose documents are configuration files of tools, never sent to an API server, although
 * they have a Kubernetes-like apiVersion and kind. `*.config.k8s.io` covers kustomize
 * (Kustomization, Component) and the component configs (kubelet, kube-proxy, scheduler, apiserver).
 */
const TOOL_GROUPS: ReadonlySet<string> = new Set([
  "kind.x-k8s.io", // kind cluster config
  "k3d.io", // k3d cluster config
  "kpt.dev", // Kptfile
  "config.kubernetes.io", // kpt / kustomize function configs
  "ctlptl.dev", // ctlptl clusters and registries
  "kubeadm.k8s.io", // kubeadm ClusterConfiguration
  "audit.k8s.io", // the API server's audit policy file
  "k0sctl.k0sproject.io", // k0sctl cluster config
]);

/** Kinds that are tool configuration even without an apiVersion (kustomize accepts a bare `kind:`). */
const TOOL_KINDS_WITHOUT_API: ReadonlySet<string> = new Set(["Kustomization", "Component"]);

/** The API group of an apiVersion ("" for the core group `v1`). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}

/** apiVersions a person could mean for the API server: `v1`, a dotless built-in group, or a group with a dot. */
const API_VERSION = /^(?:[a-z0-9]([a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\/)?v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;

/**
 * Whether an apiVersion can name a Kubernetes API: `v1` (core), `apps/v1` and the other dotless
 * built-in groups, or a group with a dot (the API server requires one for every CRD group).
 * `v2` (Chart.yaml), `skaffold/v4beta11` and `builtin` are not.
 */
export function isKubernetesApiVersion(apiVersion: string): boolean {
  if (!API_VERSION.test(apiVersion)) return false;
  const group = apiGroup(apiVersion);
  if (group === "") return apiVersion === "v1";
  return DOTLESS_GROUPS.has(group) || group.includes(".");
}

/** A tool's configuration: never linted, whatever it contains. */
export function isToolConfig(apiVersion: string, kind: string): boolean {
  const group = apiGroup(apiVersion);
  if (TOOL_GROUPS.has(group) || group.endsWith(".config.k8s.io")) return true;
  // A kubeconfig file is `apiVersion: v1`, `kind: Config`; the API has no such kind.
  return apiVersion === "v1" && kind === "Config";
}

/**
 * What a document is:
 * - `object`: a string apiVersion a Kubernetes API can have and a kind, not a tool's config;
 * - `broken`: looks like a Kubernetes object but lacks one of the pair, i.e. a `metadata` mapping
 *   with only `kind` (not Kustomization/Component) or only an apiVersion a Kubernetes API can have,
 *   or no metadata but an apiVersion of a built-in group other than the core `v1` (`apps/v1`);
 * - `skip`: everything else (values, Chart.yaml's `apiVersion: v2`, compose, workflows, tool configs).
 */
export function classifyDocument(value: unknown): DocumentClass {
  if (!isRecord(value)) return { type: "skip", reason: "not-a-mapping" };
  const kind = typeof value.kind === "string" && value.kind !== "" ? value.kind : undefined;
  const apiVersion = typeof value.apiVersion === "string" && value.apiVersion !== "" ? value.apiVersion : undefined;
  if (kind === undefined && apiVersion === undefined) return { type: "skip", reason: "no-apiversion-or-kind" };
  const hasMetadata = isRecord(value.metadata);
  if (apiVersion === undefined) {
    if (TOOL_KINDS_WITHOUT_API.has(kind!)) return { type: "skip", reason: "tool-config" };
    return hasMetadata ? { type: "broken", missing: "apiVersion" } : { type: "skip", reason: "not-kubernetes" };
  }
  if (!isKubernetesApiVersion(apiVersion)) return { type: "skip", reason: "not-kubernetes" };
  if (isToolConfig(apiVersion, kind ?? "")) return { type: "skip", reason: "tool-config" };
  if (kind === undefined) {
    const builtinGroup = apiVersion !== "v1" && (DOTLESS_GROUPS.has(apiGroup(apiVersion)) || apiGroup(apiVersion).endsWith(".k8s.io"));
    return hasMetadata || builtinGroup ? { type: "broken", missing: "kind" } : { type: "skip", reason: "not-kubernetes" };
  }
  return { type: "object" };
}
