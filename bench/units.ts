// A generated repository of kustomize overlays and Helm charts checked end to end (discovery,
// rendering with the pinned kubectl and helm, mapping, the engine per unit). The renderers' wall
// time is shown apart from tollgate's own; tollgate's own is compared with parsing the rendered
// objects alone (the check ÷ parse ratio of the engine benchmark).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { stringify } from "yaml";
import { EMPTY_CONFIG } from "../src/core/config.js";
import { checkUnits } from "../src/engine/check.js";
import { parseYamlText } from "../src/parse/yaml.js";
import { codeRules } from "../src/rules/index.js";
import { collectFiles } from "../src/workspace/files.js";
import { loadWorkspace } from "../src/workspace/load.js";
import { emit, gc, log, options, type Options } from "./lib/child.js";
import { ROOT } from "./lib/registry.js";
import { median, round } from "./lib/stats.js";

export interface UnitsResult {
  readonly overlays: number;
  readonly charts: number;
  readonly objects: number;
  readonly runs: number;
  readonly renders: number;
  /** End to end, renderers included. */
  readonly medianTotalMs: number;
  /** Wall time during which at least one renderer ran. */
  readonly medianRenderWallMs: number;
  /** Total minus the renderers' wall time: discovery, mapping, parsing of the output, the engine. */
  readonly medianOwnMs: number;
  /** Parsing the rendered objects' YAML alone. */
  readonly medianParseMs: number;
  /** own ÷ parse-only. */
  readonly ratio: number;
}

const o = options<Options & { overlays: number; charts: number; runs: number }>();
const tools = join(ROOT, ".tools/bin");
if (!existsSync(join(tools, "kubectl")) || !existsSync(join(tools, "helm"))) {
  log("the pinned renderers are missing: run scripts/install-renderers.sh");
  process.exit(3);
}
process.env.PATH = `${tools}${delimiter}${process.env.PATH ?? ""}`;

const APPS = 8;
const deployment = (name: string) => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name, labels: { app: name } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name, image: `registry.example/${name}:1.0`, resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } } }] },
    },
  },
});
const service = (name: string) => ({ apiVersion: "v1", kind: "Service", metadata: { name }, spec: { selector: { app: name }, ports: [{ port: 80 }] } });

function generate(root: string): void {
  const bases = Math.max(1, Math.ceil(o.overlays / 5));
  for (let b = 0; b < bases; b++) {
    const dir = join(root, `apps/app${b}/base`);
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (let i = 0; i < APPS; i++) {
      const name = `svc${b}-${i}`;
      writeFileSync(join(dir, `${name}.yaml`), `${stringify(deployment(name))}---\n${stringify(service(name))}`);
      files.push(`${name}.yaml`);
    }
    writeFileSync(join(dir, "kustomization.yaml"), stringify({ resources: files }));
  }
  for (let v = 0; v < o.overlays; v++) {
    const b = v % bases;
    const env = `env${Math.floor(v / bases)}`;
    const dir = join(root, `apps/app${b}/overlays/${env}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "replicas.yaml"), stringify({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: `svc${b}-0` }, spec: { replicas: 3 + v } }));
    writeFileSync(join(dir, "kustomization.yaml"), stringify({ namespace: `app${b}-${env}`, resources: ["../../base"], patches: [{ path: "replicas.yaml" }] }));
  }
  for (let c = 0; c < o.charts; c++) {
    const dir = join(root, `charts/chart${c}`);
    mkdirSync(join(dir, "templates"), { recursive: true });
    writeFileSync(join(dir, "Chart.yaml"), stringify({ apiVersion: "v2", name: `chart${c}`, version: "0.1.0" }));
    writeFileSync(join(dir, "values.yaml"), stringify({ replicas: 2, memory: "256Mi" }));
    for (let i = 0; i < APPS; i++) {
      const d = deployment(`{{ .Release.Name }}-${i}`);
      const text = stringify(d)
        .replace("replicas: 2", "replicas: {{ .Values.replicas }}")
        .replace("memory: 256Mi", "memory: {{ .Values.memory }}");
      writeFileSync(join(dir, `templates/app${i}.yaml`), `${text}---\n${stringify(service(`{{ .Release.Name }}-${i}`))}`);
    }
  }
}

const root = mkdtempSync(join(tmpdir(), "tollgate-bench-units-"));
try {
  generate(root);
  const files = collectFiles(["."], root).files;
  const totals: number[] = [];
  const renderWalls: number[] = [];
  const owns: number[] = [];
  const parses: number[] = [];
  let objects = 0;
  let renders = 0;
  for (let i = 0; i < o.runs; i++) {
    gc();
    const t = performance.now();
    const ws = await loadWorkspace({ files, cwd: root, config: EMPTY_CONFIG, configDir: root, repoPathOf: (f) => f });
    const result = checkUnits({ units: ws.units, rules: codeRules, config: EMPTY_CONFIG });
    const total = performance.now() - t;
    objects = result.summary.objects;
    renders = ws.renders;
    totals.push(total);
    renderWalls.push(ws.renderWallMs);
    owns.push(total - ws.renderWallMs);
    // Parse-only: the same rendered objects as one YAML text per unit.
    const texts = ws.units.map((u) => u.documents.map((d) => stringify(d.value)).join("---\n"));
    if (i === 0) for (const [k, text] of texts.entries()) parseYamlText(`unit${k}.yaml`, text); // warm up, as the run above warmed tollgate
    gc();
    const p = performance.now();
    for (const [k, text] of texts.entries()) parseYamlText(`unit${k}.yaml`, text);
    parses.push(performance.now() - p);
    log(`run ${i + 1}: ${round(total, 0)} ms total, renderers ${round(ws.renderWallMs, 0)} ms, ${objects} objects in ${ws.units.length} units`);
  }
  const own = median(owns);
  const parse = median(parses);
  const result: UnitsResult = {
    overlays: o.overlays,
    charts: o.charts,
    objects,
    runs: o.runs,
    renders,
    medianTotalMs: round(median(totals), 1),
    medianRenderWallMs: round(median(renderWalls), 1),
    medianOwnMs: round(own, 1),
    medianParseMs: round(parse, 1),
    ratio: round(own / parse, 3),
  };
  emit(result);
} finally {
  rmSync(root, { recursive: true, force: true });
}
