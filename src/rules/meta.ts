// Rules whose findings the loader and engine produce themselves (bad input, suppression hygiene).
// They are registered so they have docs, appear in `tollgate rules` and take severity from config.
import { defineRule, type Rule } from "../engine/rule.js";

const source = (id: string, severity: "error" | "warning" | "info", summary: string, remediation: string, description?: string): Rule<"source"> =>
  defineRule({
    id,
    target: "source",
    meta: { family: id.split("/")[0]!, severity, summary, remediation, messages: {}, ...(description ? { description } : {}) },
    check() {},
  });

export const metaRules: readonly Rule<"source">[] = [
  source("parse/yaml-syntax", "error", "Files parse as YAML or JSON.", "Fix the syntax error at the reported line; `kubectl apply` would reject the file too."),
  source("parse/duplicate-key", "error", "Mappings have no duplicate keys.", "Remove one of the duplicate keys: only the last one takes effect, silently.", "YAML parsers used by kubectl keep the last of two equal keys, so the first value is lost without a word. This is almost always a merge mistake."),
  source("parse/helm-template", "error", "Files are rendered manifests, not Helm templates.", "Render the chart with `helm template <release> <chart> -f values.yaml` and check the output instead of the templates."),
  source("parse/missing-kind", "warning", "Kubernetes documents have both apiVersion and kind.", "Add the missing apiVersion or kind; the document is skipped until then.", "Documents with neither apiVersion nor kind (values files, kustomization.yaml) are skipped silently and counted; a document with one but not the other is reported."),
  source("parse/empty-file", "info", "Manifest files are not empty.", "Delete the empty file or add its manifests."),
  source("parse/not-text", "error", "Manifest files are UTF-8 text.", "Re-save the file as UTF-8 or exclude the binary file from the paths tollgate checks."),
  source("tollgate/suppression-without-reason", "warning", "Every tollgate.dev/ignore annotation has a tollgate.dev/ignore-reason.", "Add tollgate.dev/ignore-reason explaining why the rules do not apply."),
  source("tollgate/unused-suppression", "warning", "Suppressions suppress something.", "Remove the stale entry from tollgate.dev/ignore so it cannot hide a future problem."),
  source("tollgate/unused-exemption", "warning", "Config exemptions match at least one finding.", "Delete the exemption or fix its patterns."),
  source("tollgate/rule-error", "error", "Rules run without internal errors.", "Report the bug with the manifest that triggers it; the webhook answers per its failure mode."),
];
