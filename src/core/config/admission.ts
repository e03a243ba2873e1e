// Config section: how the webhook turns findings into decisions (modes, exemptions, failure mode).
import type { Config, Mode } from "../config.js";

export const admissionSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    mode: { enum: ["enforce", "warn", "audit"] },
    onError: { enum: ["allow", "deny"] },
    exemptNamespaces: { type: "array", items: { type: "string", minLength: 1 } },
    exemptUsers: { type: "array", items: { type: "string", minLength: 1 } },
    exemptGroups: { type: "array", items: { type: "string", minLength: 1 } },
    update: { enum: ["all", "new-only"] },
    annotationExemptions: { enum: ["all", "non-boundary", "none"] },
  },
} as const;

/** The `admission:` section as written in `.tollgate.yaml` (validated by the schema above). */
export interface AdmissionConfig {
  /** Default for every rule without its own `rules.<id>.mode`. enforce: errors deny, warnings warn. */
  readonly mode?: Mode;
  /** What an internal error (a rule that throws) answers: allow (fail open) or deny (fail closed). */
  readonly onError?: "allow" | "deny";
  /** Namespace globs never evaluated; the webhook's own namespace is always added. */
  readonly exemptNamespaces?: readonly string[];
  readonly exemptUsers?: readonly string[];
  readonly exemptGroups?: readonly string[];
  /** On UPDATE, deny all violations or only those the old object did not already have. */
  readonly update?: "all" | "new-only";
  /** Which `tollgate.dev/ignore` annotations count at admission (whoever can edit an object can annotate it). */
  readonly annotationExemptions?: "all" | "non-boundary" | "none";
}

/** Every setting with its default filled in. */
export interface AdmissionSettings {
  readonly mode: Mode;
  readonly onError: "allow" | "deny";
  readonly exemptNamespaces: readonly string[];
  readonly exemptUsers: readonly string[];
  readonly exemptGroups: readonly string[];
  readonly update: "all" | "new-only";
  readonly annotationExemptions: "all" | "non-boundary" | "none";
}

export const DEFAULT_EXEMPT_NAMESPACES: readonly string[] = ["kube-system"];

/**
 * The admission settings with defaults; `ownNamespace` (the webhook's, from POD_NAMESPACE or
 * --namespace) is always exempt so the webhook can never block its own rollout.
 */
export function admissionSettings(config: Config, ownNamespace?: string): AdmissionSettings {
  const a = (config.admission ?? {}) as AdmissionConfig;
  const namespaces = [...(a.exemptNamespaces ?? DEFAULT_EXEMPT_NAMESPACES)];
  if (ownNamespace && !namespaces.includes(ownNamespace)) namespaces.push(ownNamespace);
  return {
    mode: a.mode ?? "enforce",
    onError: a.onError ?? "allow",
    exemptNamespaces: namespaces,
    exemptUsers: [...(a.exemptUsers ?? [])],
    exemptGroups: [...(a.exemptGroups ?? [])],
    update: a.update ?? "all",
    annotationExemptions: a.annotationExemptions ?? "non-boundary",
  };
}
