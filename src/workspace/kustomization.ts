// Reads a kustomization file for what tollgate needs without rendering: the resources, bases and
// components it pulls in, the patch files it applies (never objects themselves), its namespace, and
// references tollgate will not follow (remote bases are never fetched).
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { parse } from "yaml";
import { isRecord } from "../core/types.js";

export const KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"] as const;

export interface Kustomization {
  /** Absolute path of the kustomization file. */
  readonly file: string;
  readonly dir: string;
  readonly namespace?: string;
  /** Absolute directories of other kustomizations it includes (resources, bases, components). */
  readonly kustomizations: readonly string[];
  /** Absolute resource files (objects). */
  readonly resourceFiles: readonly string[];
  /** Absolute patch files: parts of objects, never linted as whole objects. */
  readonly patchFiles: readonly string[];
  /** References that are URLs or git repositories: never fetched. */
  readonly remote: readonly string[];
  /** Fields kustomize cannot apply without tollgate's help (helmCharts needs --enable-helm). */
  readonly unsupported: readonly string[];
  readonly problem?: string;
}

export function kustomizationFileIn(dir: string): string | undefined {
  for (const n of KUSTOMIZATION_NAMES) {
    const p = join(dir, n);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}

/** A reference kustomize would fetch: a URL, a git address, or a repository path with a ref. */
export function isRemoteReference(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^git@/.test(ref) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(ref) || /[?&]ref=/.test(ref) || /\.git(\/\/|$)/.test(ref);
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const paths = (v: unknown): string[] =>
  Array.isArray(v) ? v.flatMap((x) => (typeof x === "string" ? [x] : isRecord(x) && typeof x.path === "string" ? [x.path] : [])) : [];

export function readKustomization(file: string): Kustomization {
  const dir = dirname(file);
  const empty = { file, dir, kustomizations: [], resourceFiles: [], patchFiles: [], remote: [], unsupported: [] };
  let value: unknown;
  try {
    value = parse(readFileSync(file, "utf8"), { maxAliasCount: 100 });
  } catch (e) {
    return { ...empty, problem: (e as Error).message.split("\n")[0] };
  }
  if (!isRecord(value)) return empty;
  const kustomizations: string[] = [];
  const resourceFiles: string[] = [];
  const remote: string[] = [];
  for (const ref of [...strings(value.resources), ...strings(value.bases), ...strings(value.components)]) {
    if (isRemoteReference(ref)) { remote.push(ref); continue; }
    const abs = resolve(dir, ref);
    if (!existsSync(abs)) continue; // kustomize reports it when rendering
    if (statSync(abs).isDirectory()) kustomizations.push(abs);
    // kustomize's load restrictor: a file must lie under its kustomization's folder. A pull request
    // controls this list, so tollgate reads no file kustomize itself would refuse (/etc/passwd).
    else if (abs.startsWith(dir + sep)) resourceFiles.push(abs);
  }
  const patchFiles = [
    ...strings(value.patchesStrategicMerge).filter((p) => !p.includes("\n")),
    ...paths(value.patches),
    ...paths(value.patchesJson6902),
  ].map((p) => resolve(dir, p)).filter((p) => p.startsWith(dir + sep));
  const unsupported = value.helmCharts !== undefined ? ["helmCharts"] : [];
  return {
    ...empty,
    ...(typeof value.namespace === "string" && value.namespace !== "" ? { namespace: value.namespace } : {}),
    kustomizations,
    resourceFiles,
    patchFiles,
    remote,
    unsupported,
  };
}
