// Config section `namespaces:`: teams, the namespaces they own, and who they are (paths, CODEOWNERS
// handles, users, groups), the platform team, and how unknown kinds and per-path namespaces are read.
import { MAX_GLOB_LENGTH } from "../glob.js";
import { escapePointerToken, type SourceDocument } from "../types.js";

const name = { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH } as const;
const names = { type: "array", items: name } as const;
/** RFC 1123 label, or a glob of one (`team-*`). */
const namespaceGlob = { type: "string", pattern: "^[a-z0-9*?]([-a-z0-9*?]{0,61}[a-z0-9*?])?$" } as const;
const handle = { type: "string", pattern: "^@[A-Za-z0-9][-A-Za-z0-9_.]*(/[A-Za-z0-9][-A-Za-z0-9_.]*)?$|^[^@\\s]+@[^@\\s]+$" } as const;

export const ownershipSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    platform: name,
    adminGroups: names,
    adminUsers: names,
    codeowners: { type: "boolean" },
    unknownKinds: { enum: ["namespaced", "cluster", "ignore"] },
    pathNamespaces: {
      type: "object",
      propertyNames: { minLength: 1, maxLength: MAX_GLOB_LENGTH },
      additionalProperties: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" },
    },
    teams: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z0-9@][-A-Za-z0-9_./@]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          namespaces: { type: "array", items: namespaceGlob },
          paths: names,
          codeowners: { type: "array", items: handle },
          users: names,
          groups: names,
        },
      },
    },
  },
} as const;

export interface TeamConfig {
  /** Namespace names or globs the team owns. */
  readonly namespaces?: readonly string[];
  /** Repository path globs whose files the team writes (win over CODEOWNERS). */
  readonly paths?: readonly string[];
  /** CODEOWNERS handles (`@org/team`, `@user`, e-mail) that mean this team. */
  readonly codeowners?: readonly string[];
  /** Kubernetes user names (globs) that act for the team in the cluster. */
  readonly users?: readonly string[];
  /** Kubernetes groups (globs: OIDC groups, `system:serviceaccounts:<ns>`) that act for the team. */
  readonly groups?: readonly string[];
}

export type UnknownKinds = "namespaced" | "cluster" | "ignore";

export interface OwnershipConfig {
  /** The platform team: a key of `teams` or a CODEOWNERS handle. Default: the owners of CODEOWNERS' `*`. */
  readonly platform?: string;
  /** Groups that count as the platform team in the cluster, besides `system:masters`. */
  readonly adminGroups?: readonly string[];
  readonly adminUsers?: readonly string[];
  /** Read CODEOWNERS (default true). */
  readonly codeowners?: boolean;
  /** How kinds that are neither built in nor defined by a CRD in the run are treated (default namespaced). */
  readonly unknownKinds?: UnknownKinds;
  /** Namespace for objects without metadata.namespace, by repository path glob (kustomize, `kubectl -n`). */
  readonly pathNamespaces?: Readonly<Record<string, string>>;
  readonly teams?: Readonly<Record<string, TeamConfig>>;
}

export interface OwnershipConfigError {
  readonly field: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * What the schema cannot say: `platform` names a team or a handle, no handle means two teams and no
 * namespace name is claimed by two teams. Returns problems located in the config file.
 */
export function ownershipProblems(section: OwnershipConfig | undefined, source?: SourceDocument): OwnershipConfigError[] {
  if (!section) return [];
  const out: OwnershipConfigError[] = [];
  const at = (pointer: string, field: string, message: string) => {
    const pos = source?.locate(pointer);
    out.push({ field, message, ...(pos ? { line: pos.line, column: pos.column } : {}) });
  };
  const teams = section.teams ?? {};
  if (section.platform !== undefined && !(section.platform in teams) && !section.platform.startsWith("@")) {
    at("/namespaces/platform", "namespaces.platform", `"${section.platform}" is neither a team under namespaces.teams nor a CODEOWNERS handle (@org/team)`);
  }
  const handles = new Map<string, string>();
  const namespaces = new Map<string, string>();
  for (const [team, t] of Object.entries(teams)) {
    (t.codeowners ?? []).forEach((h, i) => {
      const other = handles.get(h.toLowerCase());
      if (other !== undefined && other !== team) {
        at(`/namespaces/teams/${escapePointerToken(team)}/codeowners/${i}`, `namespaces.teams.${team}.codeowners.${i}`, `handle "${h}" already belongs to team "${other}"`);
      } else handles.set(h.toLowerCase(), team);
    });
    (t.namespaces ?? []).forEach((ns, i) => {
      if (/[*?]/.test(ns)) return; // globs may overlap on purpose; the most specific wins
      const other = namespaces.get(ns);
      if (other !== undefined && other !== team) {
        at(`/namespaces/teams/${escapePointerToken(team)}/namespaces/${i}`, `namespaces.teams.${team}.namespaces.${i}`, `namespace "${ns}" is already owned by team "${other}"`);
      } else namespaces.set(ns, team);
    });
  }
  return out;
}
