// From collected files to the units the engine checks one by one: plain folders as parsed, kustomize
// overlays and Helm charts rendered by the real renderers (or, without them, what their files say).
import { basename, join, relative, resolve, sep } from "node:path";
import { parse } from "yaml";
import type { Config } from "../core/config.js";
import { isRecord, type SourceDocument } from "../core/types.js";
import { loadFiles, type InputFile, type SourceNote, type UnitInput } from "../engine/check.js";
import type { ParseProblem } from "../parse/yaml.js";
import { type Kustomization } from "./kustomization.js";
import { helmDocument, helmSourceFile, kustomizeDocument, SourceFiles, type MapContext } from "./mapping.js";
import { findRenderers, pool, renderHelm, renderKustomize, type Renderers, type RenderLimits } from "./render.js";
import { discoverUnits, readInputFile, unrenderedFiles, type UnitPlan } from "./units.js";

export interface WorkspaceInput {
  readonly files: readonly InputFile[];
  /** Where shown paths are relative to (the current directory, or a base checkout). */
  readonly cwd: string;
  readonly config: Config;
  /** The config file's folder, for `renderers:` paths. */
  readonly configDir: string;
  readonly repoPathOf: (file: string) => string;
  /** false: never run a renderer (a pull request's head read from git objects). */
  readonly render?: boolean;
  /** PATH to look for renderers on (default: the process's). */
  readonly pathVar?: string;
  /**
   * false: ignore `renderers:` paths (the Action: a pull request may change the config and add the
   * file it names, and tollgate must not run a program the pull request wrote).
   */
  readonly configRenderers?: boolean;
}

export interface Workspace {
  readonly units: UnitInput[];
  /** Time renderer processes ran (summed over renders), how many ran, and the wall time during which at least one ran. */
  readonly renderMs: number;
  readonly renders: number;
  readonly renderWallMs: number;
}

export async function loadWorkspace(input: WorkspaceInput): Promise<Workspace> {
  const plans = discoverUnits(input.files, { cwd: input.cwd, repoPathOf: input.repoPathOf, ...(input.config.units ? { units: input.config.units } : {}) });
  const renderers: Renderers = input.render === false ? {} : findRenderers(input.configRenderers === false ? undefined : input.config.renderers, input.configDir, input.pathVar ?? process.env.PATH);
  const limits: RenderLimits = {
    timeoutMs: (input.config.renderers?.timeoutSeconds ?? 60) * 1000,
    parallel: input.config.renderers?.parallel ?? 4,
  };
  const sources = new SourceFiles();
  let renderMs = 0;
  let renders = 0;
  const spans: [number, number][] = [];
  const jobs = plans.map((plan) => async (): Promise<UnitInput> => {
    if (plan.kind === "plain") return plainInput(plan);
    const t: RenderTiming = { renderMs: 0, ran: false };
    const unit = plan.kind === "kustomize"
      ? await kustomizeUnit(plan, renderers, limits, input, sources, t)
      : await helmUnit(plan, renderers, limits, input, sources, t);
    renderMs += t.renderMs;
    if (t.ran) renders++;
    if (t.span) spans.push(t.span);
    return unit;
  });
  const units = (await pool(jobs, limits.parallel)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { units, renderMs, renders, renderWallMs: unionLength(spans) };
}

interface RenderTiming {
  renderMs: number;
  ran: boolean;
  span?: [number, number];
}

function unionLength(spans: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

function plainInput(plan: UnitPlan): UnitInput {
  return {
    name: plan.name,
    kind: plan.kind,
    ...(plan.environment ? { environment: plan.environment } : {}),
    documents: plan.documents,
    problems: plan.problems,
    fileCount: plan.fileCount,
    notes: [],
  };
}

const shown = (cwd: string, abs: string) => {
  const rel = relative(cwd, abs);
  return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(sep).join("/");
};

async function kustomizeUnit(plan: UnitPlan, renderers: Renderers, limits: RenderLimits, input: WorkspaceInput, sources: SourceFiles, t: RenderTiming): Promise<UnitInput> {
  const overlay = plan.kustomizations[0]!;
  const overlayFile = shown(input.cwd, overlay.file);
  const notes: SourceNote[] = [];
  const remote = plan.kustomizations.flatMap((k) => k.remote.map((r) => ({ k, r })));
  const unsupported = plan.kustomizations.flatMap((k) => k.unsupported.map((u) => ({ k, u })));
  const base = { name: plan.name, kind: plan.kind, ...(plan.environment ? { environment: plan.environment } : {}) };
  let reason: string | undefined;
  if (plan.setting?.render === false) reason = undefined;
  else if (remote.length > 0) reason = `it includes the remote base ${remote[0]!.r} (in ${shown(input.cwd, remote[0]!.k.file)}), which tollgate does not fetch`;
  else if (unsupported.length > 0) reason = `${shown(input.cwd, unsupported[0]!.k.file)} uses ${unsupported[0]!.u}, which tollgate does not enable`;
  else if (!renderers.kustomize) reason = "install kustomize or kubectl";
  if (plan.setting?.render !== false && reason === undefined) {
    t.ran = true;
    const started = performance.now();
    const out = await renderKustomize(renderers.kustomize!, plan.dir, limits);
    t.renderMs = out.milliseconds;
    t.span = [started, performance.now()];
    if (out.ok) {
      const ctx: MapContext = { cwd: input.cwd, sources, kustomizations: new Map(plan.kustomizations.map((k) => [k.file, k])) };
      const documents: SourceDocument[] = [];
      const problems: ParseProblem[] = [];
      renderedValues(out.stdout).forEach((v, i) => documents.push(kustomizeDocument(v, i, out.wrapperDir, overlay.file, ctx)));
      return { ...base, documents, problems, fileCount: countFiles(plan.kustomizations), notes };
    }
    notes.push({ ruleId: "render/failed", file: overlayFile, line: 1, column: 1, message: `overlay ${plan.name} could not be rendered: ${renderers.kustomize!.label} said: ${out.message}` });
  } else if (reason !== undefined) {
    notes.push({ ruleId: "render/not-rendered", file: overlayFile, line: 1, column: 1, message: `overlay ${plan.name} not rendered: ${reason}; its resource files are checked as they are, with the kustomization's namespace.` });
  }
  return { ...base, ...unrendered(plan.kustomizations, input.cwd), notes };
}

/** What an overlay is without kustomize: its resource files, in the namespace its kustomizations set. */
function unrendered(chain: readonly Kustomization[], cwd: string): Pick<UnitInput, "documents" | "problems" | "fileCount" | "namespaceForFile"> {
  const list = unrenderedFiles(chain);
  const files = list.map((f) => readInputFile(f.file, shown(cwd, f.file)));
  const namespaces = new Map(list.filter((f) => f.namespace).map((f) => [shown(cwd, f.file), f.namespace!]));
  const loaded = loadFiles(files);
  return { documents: loaded.documents, problems: loaded.problems, fileCount: files.length, ...(namespaces.size > 0 ? { namespaceForFile: (f: string) => namespaces.get(f) } : {}) };
}

async function helmUnit(plan: UnitPlan, renderers: Renderers, limits: RenderLimits, input: WorkspaceInput, sources: SourceFiles, t: RenderTiming): Promise<UnitInput> {
  const chartFile = shown(input.cwd, join(plan.dir, "Chart.yaml"));
  const namespace = plan.setting?.namespace;
  const base = {
    name: plan.name,
    kind: plan.kind,
    ...(plan.environment ? { environment: plan.environment } : {}),
    fileCount: 0,
    ...(namespace ? { namespaceForFile: () => namespace } : {}),
  };
  if (plan.setting?.render === false || !renderers.helm) {
    const why = renderers.helm ? "rendering is switched off in config" : "install helm";
    return { ...base, documents: [], problems: [], notes: [{ ruleId: "render/not-rendered", file: chartFile, line: 1, column: 1, message: `chart ${plan.name} not rendered: ${why}; its templates are not checked.` }] };
  }
  const release = plan.setting?.release ?? releaseName(basename(plan.dir));
  const values = (plan.setting?.values ?? []).map((v) => resolve(plan.dir, v));
  const outside = values.find((v) => !v.startsWith(plan.dir + sep) && !v.startsWith(input.configDir + sep));
  if (outside) {
    return { ...base, documents: [], problems: [], notes: [{ ruleId: "render/failed", file: chartFile, line: 1, column: 1, message: `chart ${plan.name} not rendered: values file ${shown(input.cwd, outside)} is outside the chart and the repository` }] };
  }
  t.ran = true;
  const started = performance.now();
  const out = await renderHelm(renderers.helm, { chartDir: plan.dir, release, ...(namespace ? { namespace } : {}), values }, limits);
  t.renderMs = out.milliseconds;
  t.span = [started, performance.now()];
  if (!out.ok) {
    return { ...base, documents: [], problems: [], notes: [{ ruleId: "render/failed", file: chartFile, line: 1, column: 1, message: `chart ${plan.name} could not be rendered: helm template said: ${out.message}` }] };
  }
  const ctx: MapContext = { cwd: input.cwd, sources, kustomizations: new Map() };
  const documents: SourceDocument[] = [];
  const nthOf = new Map<string, number>();
  const templates = new Set<string>();
  let index = 0;
  for (const chunk of out.stdout.split(/^---\s*$/m)) {
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    let value: unknown;
    try {
      value = parse(chunk, { maxAliasCount: 100 });
    } catch {
      continue;
    }
    if (!isRecord(value) || source === undefined) continue;
    const file = helmSourceFile(plan.dir, source);
    const n = nthOf.get(file) ?? 0;
    nthOf.set(file, n + 1);
    templates.add(file);
    documents.push(helmDocument(value, index++, file, n, ctx));
  }
  return { ...base, documents, problems: [], fileCount: templates.size, notes: [] };
}

/** Rendered YAML as plain objects (kustomize output is well-formed; anything else is skipped). */
function renderedValues(stdout: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const chunk of stdout.split(/^---\s*$/m)) {
    try {
      const v = parse(chunk, { maxAliasCount: 100 }) as unknown;
      if (isRecord(v)) out.push(v);
    } catch {
      // not an object
    }
  }
  return out;
}

function countFiles(chain: readonly Kustomization[]): number {
  return new Set(chain.flatMap((k) => [k.file, ...k.resourceFiles, ...k.patchFiles])).size;
}

/** A Helm release name from a folder name (lowercase letters, digits and dashes). */
export function releaseName(folder: string): string {
  const n = folder.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 53);
  return n === "" ? "release" : n;
}

