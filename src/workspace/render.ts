// Runs the real renderers: `kustomize build` (or `kubectl kustomize`) on a temporary wrapper
// kustomization that adds origin annotations, and `helm template`. Never a shell: execFile with
// arguments, a timeout each, a bounded number at a time, temporary folders removed. A pull request
// controls what is rendered, so nothing is fetched: no plugins or exec functions are enabled, the
// proxy variables point at a closed port and remote bases are refused before kustomize runs.
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, relative, resolve } from "node:path";
import type { RenderersConfig } from "../core/config/units.js";

export interface Renderer {
  readonly command: string;
  /** Arguments before the folder to render. */
  readonly args: readonly string[];
  readonly label: string;
}

export interface Renderers {
  readonly kustomize?: Renderer;
  readonly helm?: Renderer;
}

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, pathVar: string | undefined): string | undefined {
  for (const dir of (pathVar ?? "").split(delimiter)) {
    if (dir === "") continue;
    const p = join(dir, name);
    if (executable(p)) return p;
  }
  return undefined;
}

/** kustomize, else kubectl (its built-in kustomize), else the config's paths; helm likewise. */
export function findRenderers(config: RenderersConfig | undefined, configDir: string, pathVar: string | undefined): Renderers {
  const configured = (p: string | undefined) => (p !== undefined && executable(resolve(configDir, p)) ? resolve(configDir, p) : undefined);
  const kustomize = onPath("kustomize", pathVar);
  const kubectl = onPath("kubectl", pathVar);
  const helm = onPath("helm", pathVar) ?? configured(config?.helm);
  const k: Renderer | undefined = kustomize
    ? { command: kustomize, args: ["build"], label: "kustomize build" }
    : kubectl
      ? { command: kubectl, args: ["kustomize"], label: "kubectl kustomize" }
      : configured(config?.kustomize)
        ? { command: configured(config?.kustomize)!, args: ["build"], label: "kustomize build" }
        : configured(config?.kubectl)
          ? { command: configured(config?.kubectl)!, args: ["kustomize"], label: "kubectl kustomize" }
          : undefined;
  return { ...(k ? { kustomize: k } : {}), ...(helm ? { helm: { command: helm, args: ["template"], label: "helm template" } } : {}) };
}

export interface RenderOutcome {
  readonly ok: boolean;
  readonly stdout: string;
  /** The renderer's message when it failed (first lines of stderr, or the timeout). */
  readonly message: string;
  readonly milliseconds: number;
}

export interface RenderLimits {
  readonly timeoutMs: number;
  readonly parallel: number;
}

/** An environment that reaches nothing: its own home and caches, proxies at a closed port. */
function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const closed = "http://127.0.0.1:9";
  return {
    PATH: process.env.PATH ?? "",
    HOME: home,
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_CACHE_HOME: join(home, "cache"),
    XDG_DATA_HOME: join(home, "data"),
    HELM_CACHE_HOME: join(home, "helm-cache"),
    HELM_CONFIG_HOME: join(home, "helm-config"),
    HELM_DATA_HOME: join(home, "helm-data"),
    KUSTOMIZE_PLUGIN_HOME: join(home, "no-plugins"),
    HTTP_PROXY: closed,
    HTTPS_PROXY: closed,
    http_proxy: closed,
    https_proxy: closed,
    NO_PROXY: "",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ALLOW_PROTOCOL: "file",
  };
}

function run(r: Renderer, args: readonly string[], home: string, limits: RenderLimits): Promise<RenderOutcome> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(
      r.command,
      [...r.args, ...args],
      { env: isolatedEnv(home), timeout: limits.timeoutMs, killSignal: "SIGKILL", maxBuffer: 256 * 1024 * 1024, encoding: "utf8", windowsHide: true },
      (err, stdout, stderr) => {
        const milliseconds = performance.now() - started;
        if (!err) return done({ ok: true, stdout, message: "", milliseconds });
        const killed = (err as { killed?: boolean }).killed === true;
        const text = killed
          ? `${r.label} did not finish within ${Math.round(limits.timeoutMs / 1000)} s`
          : (stderr || err.message).trim().split("\n").slice(0, 6).join("\n");
        done({ ok: false, stdout: "", message: text, milliseconds });
      },
    );
  });
}

/** Renders a kustomize overlay through a wrapper that adds origin and transformer annotations. */
export async function renderKustomize(r: Renderer, overlayDir: string, limits: RenderLimits): Promise<RenderOutcome & { wrapperDir: string }> {
  const tmp = mkdtempSync(join(tmpdir(), "tollgate-kustomize-"));
  try {
    const wrapper = join(tmp, "wrapper");
    mkdirSync(wrapper);
    const ref = relative(wrapper, overlayDir).split("\\").join("/");
    writeFileSync(
      join(wrapper, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ${JSON.stringify(ref)}\nbuildMetadata: [originAnnotations, transformerAnnotations]\n`,
    );
    const out = await run(r, [wrapper], join(tmp, "home"), limits);
    return { ...out, wrapperDir: wrapper };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface HelmRelease {
  readonly chartDir: string;
  readonly release: string;
  readonly namespace?: string;
  /** Absolute values files after the chart's own values.yaml. */
  readonly values: readonly string[];
}

export async function renderHelm(r: Renderer, rel: HelmRelease, limits: RenderLimits): Promise<RenderOutcome> {
  const tmp = mkdtempSync(join(tmpdir(), "tollgate-helm-"));
  try {
    const missing = rel.values.find((v) => !existsSync(v));
    if (missing) return { ok: false, stdout: "", message: `values file ${missing} not found`, milliseconds: 0 };
    const args = [rel.release, rel.chartDir, ...(rel.namespace ? ["--namespace", rel.namespace] : []), ...rel.values.flatMap((v) => ["--values", v])];
    return await run(r, args, join(tmp, "home"), limits);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs jobs with at most `parallel` at a time, results in the jobs' order. */
export async function pool<T>(jobs: readonly (() => Promise<T>)[], parallel: number): Promise<T[]> {
  const results = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker));
  return results;
}
