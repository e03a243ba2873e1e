// SARIF 2.1.0 as GitHub code scanning accepts it: one run, rules with help, repo-relative URIs.
import type { Finding, Severity } from "../core/types.js";
import { docsUrl, type AnyRule } from "../engine/rule.js";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = { error: "error", warning: "warning", info: "note" };

export function formatSarif(findings: readonly Finding[], rules: readonly AnyRule[], version: string): string {
  const used = [...new Set(findings.map((f) => f.ruleId))];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
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
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          ...(f.file !== undefined
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: f.file.replace(/\\/g, "/").replace(/^\.\//, "") },
                      region: { startLine: f.line ?? 1, startColumn: f.column ?? 1, ...(f.endLine ? { endLine: f.endLine } : {}) },
                    },
                  },
                ],
              }
            : {}),
          partialFingerprints: { "tollgate/v1": fingerprint(f) },
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

/** Stable across line moves: rule, file, object and container, not the line. */
function fingerprint(f: Finding): string {
  const key = [f.ruleId, f.file ?? "", f.object?.kind ?? "", f.object?.namespace ?? "", f.object?.name ?? "", f.container ?? "", f.pointer ?? ""].join("|");
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
