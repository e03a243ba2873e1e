// The ownership model for one run, built once (memoised) from config, CODEOWNERS and the Namespaces
// declared in the run; and who wrote an object: the file's team in CI, the requesting user's in the cluster.
import type { Config } from "../core/config.js";
import type { K8sObject } from "../core/types.js";
import type { Run } from "../model/run.js";
import { Ownership, type NamespaceDeclaration } from "./model.js";

export interface Writer {
  readonly via: "file" | "user";
  /** Repository path or Kubernetes user name. */
  readonly name: string;
  readonly teams: readonly string[];
  readonly platform: boolean;
}

export function ownershipOf(run: Run, config: Config): Ownership {
  return run.memo("namespaces/ownership", () => {
    const declarations: NamespaceDeclaration[] = [];
    for (const o of run.byKind("Namespace")) {
      if (o.metadata.name !== undefined && o.source.file !== undefined) {
        declarations.push({ namespace: o.metadata.name, path: repoPath(run, o.source.file) });
      }
    }
    // Without declarations or CODEOWNERS (every admission request) the model is config alone:
    // built once per config, not per request.
    if (declarations.length === 0 && run.context.codeowners === undefined) {
      let shared = configOnly.get(config);
      if (shared === undefined) configOnly.set(config, (shared = new Ownership(config.namespaces)));
      return shared;
    }
    return new Ownership(config.namespaces, run.context.codeowners?.text, declarations);
  });
}

const configOnly = new WeakMap<Config, Ownership>();

/** A file's path in the repository (what CODEOWNERS and path globs match). */
export function repoPath(run: Run, file: string): string {
  return (run.context.repoPathOf?.(file) ?? file).replace(/^\.?\//, "");
}

/** Who wrote `o`; undefined when the model has nothing to decide with (then owner rules stay silent). */
export function writerOf(run: Run, config: Config, o: K8sObject): Writer | undefined {
  const model = ownershipOf(run, config);
  if (run.context.origin === "admission") {
    const u = run.context.admission?.userInfo;
    if (!u || !model.knowsUsers) return undefined;
    const teams = model.teamsOfUser(u);
    return { via: "user", name: u.username ?? "(anonymous)", teams, platform: model.isPlatformUser(u) || model.isPlatform(teams) };
  }
  if (o.source.file === undefined) return undefined;
  const path = repoPath(run, o.source.file);
  const owner = model.ownerOfPath(path);
  if (!owner) return undefined;
  return { via: "file", name: path, teams: owner.teams, platform: model.isPlatform(owner.teams) };
}

/** "team @org/ml (teams/ml/x.yaml)" / "user alice (team ml)" — how messages name a writer. */
export function describeWriter(w: Writer): string {
  const teams = w.teams.length > 0 ? w.teams.join(", ") : "no team";
  return w.via === "file" ? `${w.name} (owned by ${teams})` : `user ${w.name} (${w.teams.length > 0 ? "team " + teams : "no team"})`;
}

export function describeTeams(teams: readonly string[]): string {
  return teams.length > 0 ? teams.join(", ") : "no team";
}
