// SARIF 2.1.0 as GitHub code scanning accepts it: one run, rules with help, repository-relative
// URIs (percent-encoded, RFC 3986), at most 25,000 results (errors first) and a fingerprint per
// finding that survives line moves and keeps apart what code scanning must not merge.
import { createHash } from "node:crypto";
import { PLATFORM_LABEL } from "../cost/estimate.js";
import { severityRank, type Finding, type Severity } from "../core/types.js";
import { docsUrl, type AnyRule } from "../engine/rule.js";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = { error: "error", warning: "warning", info: "note" };

/** Code scanning accepts at most 25,000 results per run and drops the rest. */
export const SARIF_MAX_RESULTS = 25_000;
/** Where a finding without a file is placed: the repository root. */
export const ROOT_URI = ".";

export interface SarifOptions {
  readonly maxResults?: number;
}

export function formatSarif(findings: readonly Finding[], rules: readonly AnyRule[], version: string, options: SarifOptions = {}): string {
  const max = options.maxResults ?? SARIF_MAX_RESULTS;
  // Errors first, then warnings, then infos; the order within a severity is the caller's.
  const kept = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityRank[b.f.severity] - severityRank[a.f.severity] || a.i - b.i)
    .slice(0, max)
    .map(({ f }) => f);
  const dropped = findings.length - kept.length;
  const used = [...new Set(kept.map((f) => f.ruleId))];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const notifications =
    dropped > 0
      ? [
          {
            level: "warning",
            message: {
              text: `${dropped} of ${findings.length} findings are not in this file: code scanning accepts ${max.toLocaleString("en-US")} results per run, so errors come first, then warnings, then infos. Every finding is in the job summary and in \`tollgate check --format json\`.`,
            },
          },
        ]
      : [];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tollgate",
            version,
            informationUri: "https://github.com/tollgate-dev/tollgate",
            rules: used.map((id) => {
              const r = byId.get(id);
              return {
                id,
                name: id.replace(/[/-](\w)/g, (_m, ch: string) => ch.toUpperCase()),
                shortDescription: { text: r?.meta.summary ?? id },
                fullDescription: { text: r?.meta.description ?? r?.meta.summary ?? id },
                help: { text: r?.meta.remediation ?? "", markdown: `${r?.meta.remediation ?? ""}\n\n[Rule reference](${docsUrl(id)})` },
                helpUri: docsUrl(id),
                defaultConfiguration: { level: LEVEL[r?.meta.severity ?? "warning"] },
              };
            }),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: kept.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation:
                f.file !== undefined
                  ? {
                      artifactLocation: { uri: sarifUri(f.file) },
                      region: { startLine: f.line ?? 1, startColumn: f.column ?? 1, ...(f.endLine ? { endLine: f.endLine } : {}) },
                    }
                  : { artifactLocation: { uri: ROOT_URI } },
            },
          ],
          partialFingerprints: { "tollgate/v2": fingerprint(f) },
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

/** A repository path as a relative URI reference: each segment percent-encoded (RFC 3986). */
export function sarifUri(path: string): string {
  return path
    .replace(/\\/g, "/")
    .replace(/^\.\//, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/**
 * The platform a cost finding is about ("… on EKS …"): the EKS and k3s findings of one rule on one
 * object are two alerts, not one.
 */
function platformOf(f: Finding): string {
  if (!f.ruleId.startsWith("cost/")) return "";
  for (const [name, label] of Object.entries(PLATFORM_LABEL)) if (new RegExp(`\\bon ${label}\\b`).test(f.message)) return name;
  return "";
}

/** SHA-256 of what identifies a finding apart from its line: rule, file, object, container, pointer, platform. */
export function fingerprint(f: Finding): string {
  const key = [f.ruleId, f.file ?? "", f.object?.kind ?? "", f.object?.namespace ?? "", f.object?.name ?? "", f.container ?? "", f.pointer ?? "", platformOf(f)];
  return createHash("sha256").update(JSON.stringify(key)).digest("hex");
}
