// Config section: how the webhook turns findings into decisions (modes, exemptions, failure mode).
import type { Config, Mode } from "../config.js";
import { MAX_GLOB_LENGTH } from "../glob.js";

/** A glob (linear-time matching, capped in length so a config cannot ask for unbounded work). */
const globs = { type: "array", items: { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH } } as const;

export const admissionSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    mode: { enum: ["enforce", "warn", "audit"] },
    onError: { enum: ["allow", "deny"] },
    exemptNamespaces: globs,
    exemptUsers: globs,
    exemptGroups: globs,
    update: { enum: ["all", "new-only"] },
    annotationExemptions: { enum: ["all", "non-boundary", "none"] },
    exemptionsBy: {
      type: "object",
      additionalProperties: false,
      properties: {
        users: globs,
        groups: globs,
      },
    },
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
  /** On UPDATE, deny all violations or only those the old object did not already have (default new-only). */
  readonly update?: "all" | "new-only";
  /** Which `tollgate.dev/ignore` annotations count at admission (whoever can edit an object can annotate it). */
  readonly annotationExemptions?: "all" | "non-boundary" | "none";
  /**
   * Who may exempt an object with `tollgate.dev/ignore` at admission (user and group globs). Default:
   * the platform team as `namespaces:` knows it (admin users/groups, platform members, system:masters).
   */
  readonly exemptionsBy?: { readonly users?: readonly string[]; readonly groups?: readonly string[] };
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
  /** Undefined: the platform team. */
  readonly exemptionsBy?: { readonly users: readonly string[]; readonly groups: readonly string[] };
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
    // new-only by default (as Kyverno's allowExistingViolations): an update is not blocked by what the
    // old object already had, so rules added later never stop rollouts, scaling or controllers.
    update: a.update ?? "new-only",
    annotationExemptions: a.annotationExemptions ?? "non-boundary",
    ...(a.exemptionsBy ? { exemptionsBy: { users: [...(a.exemptionsBy.users ?? [])], groups: [...(a.exemptionsBy.groups ?? [])] } } : {}),
  };
}
