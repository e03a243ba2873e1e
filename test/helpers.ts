// Shared test helpers: run rules over inline manifests the way `tollgate check` does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseConfig, type Config } from "../src/core/config.js";
import type { Finding } from "../src/core/types.js";
import { check, type CheckResult, type InputFile } from "../src/engine/check.js";
import type { EngineOptions } from "../src/engine/engine.js";
import type { RunContext } from "../src/model/run.js";
import { parseYamlText } from "../src/parse/yaml.js";
import { buildRegistry, type Registry } from "../src/registry.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

let registry: Registry | undefined;
export function builtinRegistry(): Registry {
  registry ??= buildRegistry(
    readdirSync(join(ROOT, "policies"))
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => ({ file: `policies/${f}`, text: readFileSync(join(ROOT, "policies", f), "utf8") })),
  );
  return registry;
}

export function configFrom(yamlText: string, file = ".tollgate.yaml"): Config {
  const parsed = parseYamlText(file, yamlText);
  return parseConfig(parsed.documents[0]?.value, file, parsed.documents[0]);
}

export interface RunOptions {
  readonly config?: Config | string;
  readonly base?: Record<string, string>;
  readonly context?: RunContext;
  readonly engine?: EngineOptions;
}

/** Runs all built-in rules over { file: yaml } (or a single text, named "test.yaml"). */
export function runCheck(input: string | Record<string, string>, options: RunOptions = {}): CheckResult {
  const files: InputFile[] = Object.entries(typeof input === "string" ? { "test.yaml": input } : input).map(([file, text]) => ({ file, text }));
  const config = typeof options.config === "string" ? configFrom(options.config) : (options.config ?? configFrom(""));
  return check({
    files,
    rules: builtinRegistry().rules,
    config,
    ...(options.base ? { base: Object.entries(options.base).map(([file, text]) => ({ file, text })) } : {}),
    ...(options.context ? { context: options.context } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  });
}

/** The findings of one rule. */
export function findingsOf(ruleId: string, input: string | Record<string, string>, options: RunOptions = {}): Finding[] {
  return runCheck(input, options).findings.filter((f) => f.ruleId === ruleId);
}

export function lines(findings: readonly Finding[]): number[] {
  return findings.map((f) => f.line ?? -1);
}

/** A Deployment with one container; `resources` is inserted verbatim as a YAML flow mapping. */
export function deployment(opts: { name?: string; namespace?: string | null; resources?: string; replicas?: number; labels?: Record<string, string> } = {}): string {
  const labels = opts.labels ?? { app: opts.name ?? "web" };
  const labelYaml = `{ ${Object.entries(labels).map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
  return [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    `  name: ${opts.name ?? "web"}`,
    ...(opts.namespace === null ? [] : [`  namespace: ${opts.namespace ?? "api"}`]),
    "spec:",
    `  replicas: ${opts.replicas ?? 2}`,
    `  selector: { matchLabels: ${labelYaml} }`,
    "  template:",
    `    metadata: { labels: ${labelYaml} }`,
    "    spec:",
    "      containers:",
    `        - name: ${opts.name ?? "web"}`,
    "          image: example/web:1.0.0",
    `          resources: ${opts.resources ?? "{ requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 128Mi } }"}`,
    "",
  ].join("\n");
}
