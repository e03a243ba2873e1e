// `--format json`: the contract in DESIGN.md (version 1); a finding's optional `unit` names the
// kustomize overlay, Helm chart or folder it belongs to when the run has more than one.
import type { Finding, Summary } from "../core/types.js";

export interface JsonReport {
  readonly version: 1;
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly cost?: unknown;
}

export function formatJson(findings: readonly Finding[], summary: Summary, cost?: unknown): string {
  const report: JsonReport = { version: 1, findings, summary, ...(cost !== undefined ? { cost } : {}) };
  return JSON.stringify(report, null, 2) + "\n";
}
