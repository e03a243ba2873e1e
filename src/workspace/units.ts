// Finds the units a repository is applied in: kustomize overlays (a kustomization no other one in
// the run includes), Helm charts (Chart.yaml), and plain folders. Sibling folders that hold the same
// object are environments, each its own unit; config `units:` declares or overrides them.
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { globMatch } from "../core/glob.js";
import type { UnitSetting } from "../core/config/units.js";
import type { SourceDocument } from "../core/types.js";
import { loadFiles, type InputFile } from "../engine/check.js";
import { objectsFromDocuments } from "../model/objects.js";
import type { ParseProblem } from "../parse/yaml.js";
import { KUSTOMIZATION_NAMES, kustomizationFileIn, readKustomization, type Kustomization } from "./kustomization.js";
import { readFileSync } from "node:fs";

export type UnitKind = "kustomize" | "helm" | "plain";

export interface UnitPlan {
  /** The unit's folder as shown (relative to where tollgate runs): "overlays/prod", "charts/web", "teams". */
  readonly name: string;
  readonly kind: UnitKind;
  /** Absolute folder: the overlay, the chart, the plain folder. */
  readonly dir: string;
  readonly environment?: string;
  readonly setting?: UnitSetting;
  /** Plain units: their parsed files. */
  readonly documents: readonly SourceDocument[];
  readonly problems: readonly ParseProblem[];
  readonly fileCount: number;
  /** Kustomize units: every kustomization the overlay includes (itself first). */
  readonly kustomizations: readonly Kustomization[];
}

export interface DiscoverOptions {
  readonly cwd: string;
  /** Repository path of a shown file, for `units:` globs. */
  readonly repoPathOf: (file: string) => string;
  readonly units?: readonly UnitSetting[];
}

const isKustomizationName = (n: string) => (KUSTOMIZATION_NAMES as readonly string[]).includes(n);
const isChartName = (n: string) => n === "Chart.yaml" || n === "Chart.yml";

export function discoverUnits(files: readonly InputFile[], options: DiscoverOptions): UnitPlan[] {
  const { cwd } = options;
  const abs = (f: InputFile) => (f.file === "<stdin>" ? join(cwd, "<stdin>") : resolve(cwd, f.file));
  const display = (a: string) => {
    const rel = relative(cwd, a);
    return (rel === "" ? "." : rel.startsWith("..") ? a : rel).split(sep).join("/");
  };

  // Kustomizations in the run, and everything they include (a base outside the checked paths too).
  const dirs = new Set(files.map((f) => dirname(abs(f))));
  const byDir = new Map<string, Kustomization>();
  const pending: string[] = [];
  for (const d of dirs) {
    const k = kustomizationFileIn(d);
    if (k) pending.push(k);
  }
  const inRun = new Set(pending.map((k) => dirname(k)));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (byDir.has(dirname(file))) continue;
    const k = readKustomization(file);
    byDir.set(k.dir, k);
    for (const d of k.kustomizations) {
      const f = kustomizationFileIn(d);
      if (f && !byDir.has(d)) pending.push(f);
    }
  }
  const included = new Set([...byDir.values()].flatMap((k) => k.kustomizations));
  const claimed = new Set<string>();
  for (const k of byDir.values()) {
    for (const f of [...k.resourceFiles, ...k.patchFiles]) claimed.add(f);
  }
  const kustomizeDirs = new Set(byDir.keys());

  // Charts: the outermost Chart.yaml owns everything below it (subcharts render with it).
  const chartDirs = [...new Set(files.filter((f) => isChartName(basename(f.file))).map((f) => dirname(abs(f))))].sort();
  const topCharts = chartDirs.filter((d) => !chartDirs.some((o) => o !== d && d.startsWith(o + sep)));
  const underChart = (a: string) => topCharts.some((c) => a.startsWith(c + sep));

  const settings = options.units ?? [];
  const settingFor = (dir: string): UnitSetting | undefined => {
    const p = options.repoPathOf(display(dir));
    // The config's own glob dialect (core/glob.ts): a pull request's .tollgate.yaml writes these
    // patterns, so they are matched by the NFA, in steps bounded by the path, never by a RegExp.
    return settings.find((s) => globMatch(s.path.replace(/^\.\//, "").replace(/\/+$/, ""), p));
  };

  const units: UnitPlan[] = [];
  const none = { documents: [], problems: [], fileCount: 0, kustomizations: [] };
  for (const d of [...inRun].filter((d) => !included.has(d)).sort()) {
    const chain = closure(d, byDir);
    const setting = settingFor(d);
    units.push({ ...none, name: display(d), kind: "kustomize", dir: d, kustomizations: chain, ...envOf(setting, basename(d)), ...(setting ? { setting } : {}) });
  }
  for (const d of topCharts) {
    const setting = settingFor(d);
    units.push({ ...none, name: display(d), kind: "helm", dir: d, ...(setting?.environment ? { environment: setting.environment } : {}), ...(setting ? { setting } : {}) });
  }

  const plain = files.filter((f) => {
    const a = abs(f);
    if (isKustomizationName(basename(a)) || isChartName(basename(a))) return false;
    return !claimed.has(a) && !kustomizeDirs.has(dirname(a)) && !underChart(a) && !topCharts.includes(dirname(a));
  });
  if (plain.length === 0) return units;

  // Declared plain units first: each matching folder takes the files below it.
  const loaded = loadFiles(plain);
  const docsByFile = groupBy(loaded.documents, (d) => d.file ?? "");
  const problemsByFile = groupBy(loaded.problems, (p) => p.file);
  let rest = plain;
  const candidates = [...new Set(plain.flatMap((f) => ancestors(dirname(abs(f)), cwd)))].sort();
  for (const d of candidates) {
    const setting = settingFor(d);
    if (!setting) continue;
    const mine = rest.filter((f) => abs(f).startsWith(d + sep));
    if (mine.length === 0) continue;
    rest = rest.filter((f) => !mine.includes(f));
    units.push(plainUnit(display(d), d, mine, docsByFile, problemsByFile, setting.environment, setting));
  }
  if (rest.length === 0) return units;

  // The rest: one unit per folder tree, split where sibling folders hold the same object.
  const identities = new Map<string, string[]>(); // file -> identities
  for (const f of rest) {
    const objs = objectsFromDocuments(docsByFile.get(f.file) ?? []).objects;
    identities.set(f.file, objs.filter((o) => o.metadata.name !== undefined).map((o) => `${group(o.apiVersion)}|${o.kind}|${o.metadata.namespace ?? ""}|${o.metadata.name}`));
  }
  const root = commonDir(rest.map((f) => dirname(abs(f))));
  const childrenOf = (dir: string, list: readonly InputFile[]) => groupBy(list.filter((f) => dirname(abs(f)) !== dir), (f) => relative(dir, abs(f)).split(sep)[0]!);
  /** Whether sibling folders directly below `dir` hold the same object. */
  const siblingsShare = (children: Map<string, InputFile[]>) => {
    const seen = new Map<string, string>();
    for (const [child, childFiles] of children) {
      for (const id of childFiles.flatMap((f) => identities.get(f.file) ?? [])) {
        const other = seen.get(id);
        if (other !== undefined && other !== child) return true;
        seen.set(id, child);
      }
    }
    return false;
  };
  const needsSplit = (dir: string, list: readonly InputFile[]): boolean => {
    const children = childrenOf(dir, list);
    return siblingsShare(children) || [...children].some(([child, childFiles]) => needsSplit(join(dir, child), childFiles));
  };
  const split = (dir: string, list: readonly InputFile[], environment: string | undefined): void => {
    if (!needsSplit(dir, list)) {
      units.push(plainUnit(display(dir), dir, list, docsByFile, problemsByFile, environment));
      return;
    }
    const own = list.filter((f) => dirname(abs(f)) === dir);
    if (own.length > 0) units.push(plainUnit(display(dir), dir, own, docsByFile, problemsByFile, environment));
    const children = childrenOf(dir, list);
    const environments = siblingsShare(children);
    for (const [child, childFiles] of children) split(join(dir, child), childFiles, environments ? child : environment);
  };
  split(root, rest, undefined);
  return units;
}

function plainUnit(
  name: string,
  dir: string,
  files: readonly InputFile[],
  docs: Map<string, SourceDocument[]>,
  problems: Map<string, ParseProblem[]>,
  environment: string | undefined,
  setting?: UnitSetting,
): UnitPlan {
  return {
    name,
    kind: "plain",
    dir,
    ...(environment ? { environment } : {}),
    ...(setting ? { setting } : {}),
    documents: files.flatMap((f) => docs.get(f.file) ?? []),
    problems: files.flatMap((f) => problems.get(f.file) ?? []),
    fileCount: files.length,
    kustomizations: [],
  };
}

function envOf(setting: UnitSetting | undefined, folder: string): { environment?: string } {
  return { environment: setting?.environment ?? folder };
}

/** The overlay and every kustomization it includes, outermost first. */
export function closure(dir: string, byDir: ReadonlyMap<string, Kustomization>): Kustomization[] {
  const out: Kustomization[] = [];
  const seen = new Set<string>();
  const visit = (d: string) => {
    if (seen.has(d)) return;
    seen.add(d);
    const k = byDir.get(d);
    if (!k) return;
    out.push(k);
    for (const c of k.kustomizations) visit(c);
  };
  visit(dir);
  return out;
}

/**
 * What a kustomize unit is without rendering: its resource files, each in the namespace the
 * outermost kustomization that sets one gives it. Patches are never among them.
 */
export function unrenderedFiles(chain: readonly Kustomization[]): { file: string; namespace?: string }[] {
  const out = new Map<string, string | undefined>();
  const byDir = new Map(chain.map((k) => [k.dir, k]));
  const visit = (k: Kustomization, namespace: string | undefined, seen: Set<string>) => {
    if (seen.has(k.dir)) return;
    seen.add(k.dir);
    const ns = namespace ?? k.namespace;
    for (const f of k.resourceFiles) if (!out.has(f)) out.set(f, ns);
    for (const d of k.kustomizations) {
      const inner = byDir.get(d);
      if (inner) visit(inner, ns, seen);
    }
  };
  if (chain[0]) visit(chain[0], undefined, new Set());
  return [...out].map(([file, namespace]) => ({ file, ...(namespace ? { namespace } : {}) }));
}

export function readInputFile(absPath: string, shown: string): InputFile {
  return { file: shown, read: () => readFileSync(absPath) };
}

/** The API group of an apiVersion ("" for the core group). */
export function group(apiVersion: string): string {
  const i = apiVersion.indexOf("/");
  return i === -1 ? "" : apiVersion.slice(0, i);
}

function ancestors(dir: string, stop: string): string[] {
  const out: string[] = [];
  let d = dir;
  for (let i = 0; i < 64; i++) {
    out.push(d);
    if (d === stop || !d.startsWith(stop + sep)) break;
    d = dirname(d);
  }
  return out;
}

function commonDir(dirs: readonly string[]): string {
  let common = dirs[0]!;
  for (const d of dirs) {
    while (common !== d && !d.startsWith(common.endsWith(sep) ? common : common + sep)) {
      const up = dirname(common);
      if (up === common) return common;
      common = up;
    }
  }
  return common;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const l = m.get(k);
    if (l) l.push(t);
    else m.set(k, [t]);
  }
  return m;
}
