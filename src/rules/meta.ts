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
  source("parse/helm-template", "error", "Files are rendered manifests, not Helm templates.", "Render the chart with `helm template <release> <chart> -f values.yaml` and check the output instead of the templates.", "Outside a chart's templates/ folder a file is a Helm template only when it fails to parse because of its `{{ }}` actions (it parses once they are taken out) or parses into a mapping key that is itself a mapping (`name: {{ .Values.name }}`). Braces inside valid YAML strings are data: Prometheus alert templates, Grafana legends and Alertmanager templates are checked like any other manifest."),
  source("parse/chart-not-rendered", "info", "Helm chart templates are checked as rendered manifests.", "Render the chart (`helm template`) and check its output; tollgate renders charts itself when helm is available.", "A file under a chart's templates/ folder (a folder with a Chart.yaml among the files checked) is a Helm template, not a manifest: the chart gets one info and its templates are skipped, never an error per file. Chart.yaml, values files and the chart's other files are metadata and are skipped silently; files under crds/ are plain manifests and are checked."),
  source("parse/missing-kind", "warning", "Kubernetes documents have both apiVersion and kind.", "Add the missing apiVersion or kind; the document is skipped until then.", "Only Kubernetes objects are objects. Skipped silently and counted: documents with neither field (values, compose files, CI workflows), an apiVersion no Kubernetes API can have (Chart.yaml's `v2`, `skaffold/v4beta11`: every group but apps, batch, autoscaling, policy and extensions has a dot), and tool configs (kustomize.config.k8s.io and other *.config.k8s.io groups, kind.x-k8s.io, k3d.io, kpt.dev, config.kubernetes.io, ctlptl.dev, kubeadm.k8s.io, audit.k8s.io, a kubeconfig's `v1 Config`, a bare `kind: Kustomization` or `Component`). Reported: a document with a `metadata` mapping and only one of the two fields, or with only an apiVersion of a built-in group other than core v1 (`apps/v1`)."),
  source("parse/duplicate-object", "error", "An object is defined once per unit.", "Remove one of the two definitions, or move them into separate environment folders (or kustomize overlays).", "Two documents in one unit (a kustomize overlay, a Helm release, a folder) with the same API group, kind, namespace and name: `kubectl apply` keeps whichever comes last. The same object in two sibling folders is two environments and is not reported."),
  source("render/not-rendered", "info", "Kustomize overlays and Helm charts are rendered.", "Install kustomize or kubectl (for overlays) and helm (for charts), or name them under `renderers:` in .tollgate.yaml.", "Without a renderer an overlay is checked from its resource files with its namespace applied (patches are never read as objects), and a chart's templates are not checked."),
  source("render/failed", "error", "Kustomize overlays and Helm charts render without errors.", "Run the renderer named in the message on the unit and fix what it reports; `kubectl apply -k` or `helm install` would fail the same way."),
  source("parse/empty-file", "info", "Manifest files are not empty.", "Delete the empty file or add its manifests."),
  source("parse/not-text", "error", "Manifest files are UTF-8 text.", "Re-save the file as UTF-8 or exclude the binary file from the paths tollgate checks."),
  source("tollgate/suppression-without-reason", "warning", "Every tollgate.dev/ignore annotation has a tollgate.dev/ignore-reason.", "Add tollgate.dev/ignore-reason explaining why the rules do not apply."),
  source("tollgate/unused-suppression", "warning", "Suppressions suppress something.", "Remove the stale entry from tollgate.dev/ignore so it cannot hide a future problem."),
  source("tollgate/unused-exemption", "warning", "Config exemptions match at least one finding.", "Delete the exemption or fix its patterns."),
  source("tollgate/rule-error", "error", "Rules run without internal errors.", "Report the bug with the manifest that triggers it; the webhook answers per its failure mode."),
];
