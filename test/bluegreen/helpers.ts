// Test harness for the selectors and bluegreen families: the engine with every code rule, findings
// of one rule, and [line, message] pairs to assert. (Mirrors the findingsOf/lines helpers the
// preamble describes for test/helpers.ts, which this branch does not have.)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EMPTY_CONFIG, parseConfig, type Config } from "../../src/core/config.js";
import type { Finding } from "../../src/core/types.js";
import { check, type InputFile } from "../../src/engine/check.js";
import type { RunContext } from "../../src/model/run.js";
import { parseYamlText } from "../../src/parse/yaml.js";
import { codeRules } from "../../src/rules/index.js";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

export type Files = string | readonly InputFile[];

export function asFiles(input: Files, name = "test.yaml"): InputFile[] {
  return typeof input === "string" ? [{ file: name, text: input }] : [...input];
}

export function fixture(name: string): InputFile {
  return { file: name, text: readFileSync(join(FIXTURES, name), "utf8") };
}

export function configFrom(yaml: string): Config {
  const parsed = parseYamlText(".tollgate.yaml", yaml);
  const doc = parsed.documents[0];
  return parseConfig(doc?.value, ".tollgate.yaml", doc);
}

export interface Options {
  readonly config?: Config;
  readonly base?: Files;
  readonly context?: RunContext;
}

export function runCheck(files: Files, opts: Options = {}) {
  return check({
    files: asFiles(files),
    rules: codeRules,
    config: opts.config ?? EMPTY_CONFIG,
    ...(opts.context ? { context: opts.context } : {}),
    ...(opts.base !== undefined ? { base: asFiles(opts.base) } : {}),
  });
}

/** Findings of rules whose id starts with `ruleId` (a family prefix like "bluegreen/" works too). */
export function findingsOf(ruleId: string, files: Files, opts: Options = {}): Finding[] {
  return runCheck(files, opts).findings.filter((f) => f.ruleId === ruleId || (ruleId.endsWith("/") && f.ruleId.startsWith(ruleId)));
}

/** [line, severity, message] of each finding, in report order. */
export function lines(findings: readonly Finding[]): [number | undefined, string, string][] {
  return findings.map((f) => [f.line, f.severity, f.message]);
}
