// The ownership model: which team a repository path or a cluster user is, which team owns a
// namespace, and who the platform team is. Pure: config + CODEOWNERS text + declarations in, answers out.
import type { OwnershipConfig, TeamConfig } from "../core/config/ownership.js";
import { globMatch } from "../core/glob.js";
import type { UserInfo } from "../model/run.js";
import { matchCodeowners, parseCodeowners, type Codeowners } from "./codeowners.js";

/** A Namespace declared in the files of a run, by repository path. */
export interface NamespaceDeclaration {
  readonly namespace: string;
  readonly path: string;
}

export interface NamespaceOwner {
  /** Usually one team; a CODEOWNERS line with several owners gives the namespace to all of them. */
  readonly teams: readonly string[];
  readonly via: "config" | "declaration";
  /** The file that declared it (via declaration). */
  readonly path?: string;
}

export interface PathOwner {
  readonly teams: readonly string[];
  /** Where the answer came from, for messages: `.tollgate.yaml paths` or `CODEOWNERS:12`. */
  readonly via: string;
}

/** Users and groups Kubernetes itself runs as: controllers create pods in every namespace. */
const SYSTEM_GROUPS = ["system:masters", "system:nodes", "system:serviceaccounts:kube-system"];
const SYSTEM_USERS = ["system:kube-controller-manager", "system:kube-scheduler", "system:apiserver"];
const SERVICE_ACCOUNT_USER = /^system:serviceaccount:([^:]+):([^:]+)$/;

export class Ownership {
  readonly codeowners: Codeowners | undefined;
  /** Canonical names of the platform team (a CODEOWNERS `*` line may name several owners). */
  readonly platform: readonly string[];
  /** Config assigns namespaces to teams: only configured owners (and platform) may declare Namespaces. */
  readonly explicit: boolean;
  /** Anything to decide a path with: a CODEOWNERS file or teams in config. */
  readonly active: boolean;
  /** Anything to decide a cluster user with: users, groups or admin groups in config. */
  readonly knowsUsers: boolean;
  private readonly teams: readonly [string, TeamConfig][];
  private readonly handles = new Map<string, string>();
  private readonly declared = new Map<string, NamespaceOwner>();
  private readonly conflicts = new Map<string, NamespaceOwner[]>();
  private readonly pathCache = new Map<string, PathOwner | undefined>();
  private readonly nsCache = new Map<string, NamespaceOwner | undefined>();

  constructor(readonly config: OwnershipConfig = {}, codeownersText?: string, declarations: Iterable<NamespaceDeclaration> = []) {
    this.teams = Object.entries(config.teams ?? {});
    for (const [team, t] of this.teams) {
      this.handles.set(team.toLowerCase(), team);
      for (const h of t.codeowners ?? []) this.handles.set(h.toLowerCase(), team);
    }
    this.codeowners = config.codeowners !== false && codeownersText !== undefined ? parseCodeowners(codeownersText) : undefined;
    this.explicit = this.teams.some(([, t]) => (t.namespaces ?? []).length > 0);
    this.active = this.teams.length > 0 || (this.codeowners?.entries.length ?? 0) > 0;
    this.knowsUsers =
      this.teams.some(([, t]) => (t.users ?? []).length + (t.groups ?? []).length > 0) ||
      (config.adminGroups ?? []).length + (config.adminUsers ?? []).length > 0;
    this.platform = this.platformTeams();
    if (!this.explicit) this.readDeclarations(declarations);
  }

  /**
   * Zero config: the team owning the file that declares a Namespace owns it. A team's declaration wins
   * over the platform team's; two teams declaring the same Namespace own it neither (a conflict).
   */
  private readDeclarations(declarations: Iterable<NamespaceDeclaration>): void {
    const byNs = new Map<string, NamespaceOwner[]>();
    for (const d of declarations) {
      const owner = this.ownerOfPath(d.path);
      if (!owner || owner.teams.length === 0) continue;
      const list = byNs.get(d.namespace) ?? [];
      list.push({ teams: owner.teams, via: "declaration", path: d.path });
      byNs.set(d.namespace, list);
    }
    for (const [ns, list] of byNs) {
      const teams = list.filter((o) => !this.isPlatform(o.teams));
      const distinct = new Set(teams.map((o) => o.teams.join(",")));
      if (distinct.size > 1) this.conflicts.set(ns, teams);
      else this.declared.set(ns, teams[0] ?? list[0]!);
    }
  }

  /** Zero config: the declarations of a Namespace that two or more teams declare (so nobody owns it). */
  conflictingDeclarations(ns: string): readonly NamespaceOwner[] {
    return this.conflicts.get(ns) ?? [];
  }

  /** A CODEOWNERS handle or config name → the team's name in config, else the handle itself. */
  canonical(handle: string): string {
    return this.handles.get(handle.toLowerCase()) ?? handle;
  }

  isPlatform(teams: readonly string[]): boolean {
    return teams.some((t) => this.platform.includes(t));
  }

  /** Teams that write `path` (repo-relative); undefined when there is nothing to decide with. */
  ownerOfPath(path: string): PathOwner | undefined {
    const p = path.replace(/^\.?\//, "");
    if (this.pathCache.has(p)) return this.pathCache.get(p);
    const owner = this.computePathOwner(p);
    this.pathCache.set(p, owner);
    return owner;
  }

  private computePathOwner(p: string): PathOwner | undefined {
    let best: { team: string; weight: number } | undefined;
    for (const [team, t] of this.teams) {
      for (const g of t.paths ?? []) {
        if (globMatch(g, p) && (best === undefined || g.length > best.weight)) best = { team, weight: g.length };
      }
    }
    if (best) return { teams: [best.team], via: ".tollgate.yaml paths" };
    if (this.codeowners) {
      const e = matchCodeowners(this.codeowners, p);
      if (e) return { teams: unique(e.owners.map((o) => this.canonical(o))), via: `CODEOWNERS line ${e.line}` };
      return { teams: [], via: "CODEOWNERS" };
    }
    return this.active ? { teams: [], via: ".tollgate.yaml paths" } : undefined;
  }

  /** The team(s) owning a namespace: configured namespaces first, else (zero config) who declared it. */
  ownerOfNamespace(ns: string): NamespaceOwner | undefined {
    if (this.nsCache.has(ns)) return this.nsCache.get(ns);
    let best: { team: string; weight: number } | undefined;
    for (const [team, t] of this.teams) {
      for (const g of t.namespaces ?? []) {
        const weight = g === ns ? Infinity : globMatch(g, ns) ? g.length : -1;
        if (weight >= 0 && (best === undefined || weight > best.weight)) best = { team, weight };
      }
    }
    const owner: NamespaceOwner | undefined = best ? { teams: [best.team], via: "config" } : this.declared.get(ns);
    this.nsCache.set(ns, owner);
    return owner;
  }

  /** The teams a Kubernetes user acts for: users/groups in config, and a service account's namespace owner. */
  teamsOfUser(u: UserInfo): string[] {
    const groups = u.groups ?? [];
    const out: string[] = [];
    for (const [team, t] of this.teams) {
      const byUser = u.username !== undefined && (t.users ?? []).some((g) => globMatch(g, u.username!));
      const byGroup = (t.groups ?? []).some((g) => groups.some((x) => globMatch(g, x)));
      if (byUser || byGroup) out.push(team);
    }
    const sa = u.username?.match(SERVICE_ACCOUNT_USER);
    if (sa) for (const t of this.ownerOfNamespace(sa[1]!)?.teams ?? []) out.push(t);
    if (this.isPlatformUser(u)) out.push(...this.platform);
    return unique(out);
  }

  /** `system:masters`, Kubernetes' own components, configured admin users and groups. */
  isPlatformUser(u: UserInfo): boolean {
    const groups = u.groups ?? [];
    const adminGroups = [...SYSTEM_GROUPS, ...(this.config.adminGroups ?? [])];
    const adminUsers = [...SYSTEM_USERS, ...(this.config.adminUsers ?? [])];
    if (groups.some((g) => adminGroups.some((a) => globMatch(a, g)))) return true;
    return u.username !== undefined && adminUsers.some((a) => globMatch(a, u.username!));
  }

  private platformTeams(): string[] {
    if (this.config.platform !== undefined) return [this.canonical(this.config.platform)];
    const entries = this.codeowners?.entries ?? [];
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (e.pattern === "*" || e.pattern === "**" || e.pattern === "/**") return unique(e.owners.map((o) => this.canonical(o)));
    }
    return [];
  }
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
