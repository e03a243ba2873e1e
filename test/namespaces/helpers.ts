// Test helpers for the namespaces family: run the engine on YAML text, a fixture directory or
// AdmissionReview-like values, and keep the findings of one rule as [line, messageText] rows.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseConfig, EMPTY_CONFIG, type Config } from "../../src/core/config.js";
import type { Finding } from "../../src/core/types.js";
import { check, checkDocuments, type InputFile } from "../../src/engine/check.js";
import type { EngineOptions } from "../../src/engine/engine.js";
import type { AdmissionInfo, RunContext } from "../../src/model/run.js";
import { documentFromValue, parseYamlText } from "../../src/parse/yaml.js";
import { codeRules } from "../../src/rules/index.js";
import { namespaceForFileFrom } from "../../src/ownership/paths.js";

export const FIXTURES = join(import.meta.dirname, "fixtures");

export function configFrom(yaml: string, file = ".tollgate.yaml"): Config {
  const parsed = parseYamlText(file, yaml);
  const doc = parsed.documents[0];
  return doc ? parseConfig(doc.value, file, doc) : EMPTY_CONFIG;
}

export interface RunOptions {
  readonly config?: Config | string;
  readonly codeowners?: string;
  readonly context?: Partial<RunContext>;
  readonly engine?: EngineOptions;
}

/** As the CLI door builds it: CODEOWNERS text and the config's pathNamespaces. */
function contextOf(opts: RunOptions): RunContext {
  const namespaceForFile = namespaceForFileFrom(configOf(opts).namespaces);
  return {
    origin: "files",
    ...(namespaceForFile ? { namespaceForFile } : {}),
    ...(opts.codeowners !== undefined ? { codeowners: { file: ".github/CODEOWNERS", text: opts.codeowners } } : {}),
    ...opts.context,
  } as RunContext;
}

function configOf(opts: RunOptions): Config {
  return typeof opts.config === "string" ? configFrom(opts.config) : (opts.config ?? EMPTY_CONFIG);
}

/** All findings for YAML text (as `file`) or several files. */
export function runCheck(input: string | readonly InputFile[], opts: RunOptions = {}): Finding[] {
  const files = typeof input === "string" ? [{ file: "manifests.yaml", text: input }] : input;
  return check({ files, rules: codeRules, config: configOf(opts), context: contextOf(opts), ...(opts.engine ? { engine: opts.engine } : {}) }).findings;
}

export function findingsOf(ruleId: string, input: string | readonly InputFile[], opts: RunOptions = {}): Finding[] {
  return runCheck(input, opts).filter((f) => f.ruleId === ruleId);
}

/** [file:line, message] rows: what a table test asserts. */
export function rows(findings: readonly Finding[]): [string, string][] {
  return findings.map((f) => [`${f.file ?? "-"}:${f.line ?? "-"}`, f.message]);
}

/** Every manifest of a fixture repository, with repo-relative paths, and its CODEOWNERS. */
export function fixture(name: string): { files: InputFile[]; codeowners: string } {
  const root = join(FIXTURES, name);
  const files: InputFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir).sort()) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e)) files.push({ file: relative(root, p).split(sep).join("/"), text: readFileSync(p, "utf8") });
    }
  };
  walk(root);
  return { files, codeowners: readFileSync(join(root, ".github", "CODEOWNERS"), "utf8") };
}

/** Findings of one rule for objects arriving in an AdmissionReview (no files, no positions). */
export function admissionFindingsOf(
  ruleId: string,
  objects: readonly unknown[],
  admission: Partial<AdmissionInfo> & Pick<AdmissionInfo, "userInfo">,
  opts: { config?: Config | string; engine?: EngineOptions } = {},
): Finding[] {
  const context: RunContext = { origin: "admission", admission: { operation: "CREATE", dryRun: false, ...admission } };
  return checkDocuments({
    documents: objects.map((v, i) => documentFromValue(v, i)),
    rules: codeRules,
    config: configOf(opts),
    context,
    ...(opts.engine ? { engine: opts.engine } : {}),
  }).findings.filter((f) => f.ruleId === ruleId);
}
