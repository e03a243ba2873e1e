// Only Kubernetes objects are objects: a repository's other YAML is skipped silently, broken
// Kubernetes-looking documents are reported where they are, Helm braces in strings are data.
import { describe, expect, test } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { classifyDocument } from "../../src/model/classify.js";
import { chartPlaces } from "../../src/parse/layout.js";
import { parseYamlText } from "../../src/parse/yaml.js";
import { check } from "../../src/engine/check.js";
import { builtinRegistry, configFrom, ROOT, runCheck } from "../helpers.js";

const REPO = join(ROOT, "test/parse/fixtures/repo");

/** Every file of the fixture repository, dot folders included, by repository path. */
function repoFiles(dir = REPO): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, repoFiles(p));
    else out[relative(REPO, p)] = readFileSync(p, "utf8");
  }
  return out;
}

const only = (names: readonly string[]) => Object.fromEntries(Object.entries(repoFiles()).filter(([f]) => names.includes(f)));
const where = (r: ReturnType<typeof runCheck>) => r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

describe("non-Kubernetes YAML gets no finding", () => {
  test.each([
    ["Chart.yaml (apiVersion v2) alone", ["charts/web/Chart.yaml"]],
    ["Helm 2 Chart.yaml (apiVersion v1, no kind)", ["charts/meta-only/Chart.yaml"]],
    ["values files of a chart", ["charts/web/Chart.yaml", "charts/web/values.yaml", "charts/web/ci/prod-values.yaml"]],
    ["kustomization.yaml with apiVersion, kind and metadata", ["kustomize/base/kustomization.yaml"]],
    ["a kustomize Component", ["kustomize/components/probe/kustomization.yaml"]],
    ["a bare kind: Kustomization", ["kustomize/bare-kustomization.yaml"]],
    ["a kustomize builtin transformer config", ["kustomize/transformer.yaml"]],
    ["a kind cluster config", ["cluster/kind.yaml"]],
    ["a k3d config", ["cluster/k3d.yaml"]],
    ["a kubeconfig", ["cluster/kubeconfig.yaml"]],
    ["kubeadm and kubelet configs", ["cluster/kubeadm.yaml"]],
    ["skaffold.yaml (kind: Config)", ["skaffold.yaml"]],
    ["docker compose", ["docker-compose.yaml"]],
    ["pre-commit config", [".pre-commit-config.yaml"]],
    ["a GitHub workflow", [".github/workflows/ci.yml"]],
  ])("%s", (_name, files) => {
    const r = runCheck(only(files));
    expect(where(r)).toEqual([]);
    expect(r.summary.objects).toBe(0);
  });
});

describe("Kubernetes objects stay objects", () => {
  test("a Flux Kustomization (kustomize.toolkit.fluxcd.io) is a custom resource, linted by namespace rules", () => {
    const r = runCheck(only(["flux/kustomization.yaml"]));
    expect(r.summary.objects).toBe(1);
    expect(where(r)).toContain("flux/kustomization.yaml:3 namespaces/explicit-namespace");
  });

  test("PrometheusRules with {{ }} in plain, quoted and folded strings are linted, not dropped as templates", () => {
    const r = runCheck(only(["monitoring/rules.yaml", "monitoring/unnamespaced-rules.yaml"]));
    expect(r.summary.objects).toBe(2);
    expect(where(r)).toEqual(["monitoring/unnamespaced-rules.yaml:3 namespaces/explicit-namespace"]);
    const rule = r.run.objects.find((o) => o.metadata.name === "node-rules")!;
    expect(JSON.stringify(rule.raw)).toContain("Instance {{ $labels.instance }} down");
  });
});

describe("broken Kubernetes-looking documents are reported at their line", () => {
  test("kind and metadata without apiVersion; apps/v1 or metadata without kind", () => {
    const r = runCheck(only(["broken/no-api-version.yaml", "broken/no-kind.yaml"]));
    expect(r.findings.filter((f) => f.ruleId === "parse/missing-kind").map((f) => [f.file, f.line, f.message])).toEqual([
      ["broken/no-api-version.yaml", 2, "broken/no-api-version.yaml document 1 has no apiVersion; it is skipped."],
      ["broken/no-kind.yaml", 5, "broken/no-kind.yaml document 2 has no kind; it is skipped."],
      ["broken/no-kind.yaml", 9, "broken/no-kind.yaml document 3 has no kind; it is skipped."],
    ]);
    expect(r.summary.objects).toBe(1);
  });

  test.each([
    ["kind + metadata, no apiVersion", { kind: "Deployment", metadata: { name: "a" } }, { type: "broken", missing: "apiVersion" }],
    ["apps/v1 without kind or metadata", { apiVersion: "apps/v1", spec: {} }, { type: "broken", missing: "kind" }],
    ["networking.k8s.io/v1 without kind", { apiVersion: "networking.k8s.io/v1" }, { type: "broken", missing: "kind" }],
    ["v1 + metadata, no kind", { apiVersion: "v1", metadata: { name: "a" } }, { type: "broken", missing: "kind" }],
    ["a CRD group + metadata, no kind", { apiVersion: "monitoring.coreos.com/v1", metadata: { name: "a" } }, { type: "broken", missing: "kind" }],
    ["v1 alone (Helm 2 Chart.yaml)", { apiVersion: "v1", name: "c", version: "1.0.0" }, { type: "skip", reason: "not-kubernetes" }],
    ["v2 (Chart.yaml)", { apiVersion: "v2", name: "c" }, { type: "skip", reason: "not-kubernetes" }],
    ["kind without metadata", { kind: "Cluster", name: "x" }, { type: "skip", reason: "not-kubernetes" }],
    ["a dotless group that is not built in", { apiVersion: "skaffold/v4beta11", kind: "Config", metadata: { name: "a" } }, { type: "skip", reason: "not-kubernetes" }],
    ["kustomize.config.k8s.io", { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization" }, { type: "skip", reason: "tool-config" }],
    ["kind.x-k8s.io", { apiVersion: "kind.x-k8s.io/v1alpha4", kind: "Cluster" }, { type: "skip", reason: "tool-config" }],
    ["cluster.x-k8s.io is Cluster API, a real CRD", { apiVersion: "cluster.x-k8s.io/v1beta1", kind: "Cluster", metadata: { name: "a" } }, { type: "object" }],
    ["apps/v1 Deployment", { apiVersion: "apps/v1", kind: "Deployment" }, { type: "object" }],
    ["a list of documents", [1, 2], { type: "skip", reason: "not-a-mapping" }],
  ])("%s", (_name, value, expected) => {
    expect(classifyDocument(value)).toEqual(expected);
  });
});

describe("Helm templates", () => {
  test("a chart's templates are skipped with one info at Chart.yaml; its crds/ are checked, its values skipped", () => {
    const r = runCheck(only(["charts/web/Chart.yaml", "charts/web/values.yaml", "charts/web/templates/deployment.yaml", "charts/web/templates/service.yaml", "charts/web/crds/widget.yaml"]));
    expect(r.findings.map((f) => [f.file, f.line, f.ruleId, f.severity, f.message])).toEqual([
      ["charts/web/Chart.yaml", 1, "parse/chart-not-rendered", "info", "Helm chart charts/web is not rendered here: its 2 template files are skipped; check the output of `helm template` to lint what it creates."],
    ]);
    expect(r.run.objects.map((o) => o.kind)).toEqual(["CustomResourceDefinition"]);
  });

  test("the same template without its Chart.yaml is still recognised where it fails to parse because of {{ }}", () => {
    const r = runCheck(only(["charts/web/templates/deployment.yaml"]));
    expect(where(r)).toEqual(["charts/web/templates/deployment.yaml:4 parse/helm-template"]);
  });

  test("a renderer's output named after its template is parsed as a manifest", () => {
    const rendered = "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: web, namespace: shop }\n";
    const r = check({
      files: [
        { file: "charts/web/Chart.yaml", text: "apiVersion: v2\nname: web\nversion: 1.0.0\n" },
        { file: "charts/web/templates/cm.yaml", text: rendered, rendered: true },
      ],
      rules: builtinRegistry().rules,
      config: configFrom(""),
    });
    expect(where(r)).toEqual([]);
    expect(r.run.objects.map((o) => `${o.source.file} ${o.kind}`)).toEqual(["charts/web/templates/cm.yaml ConfigMap"]);
    expect(chartPlaces(["charts/web/Chart.yaml", "charts/web/charts/sub/Chart.yaml", "charts/web/charts/sub/templates/a.yaml"]).get("charts/web/charts/sub/templates/a.yaml"))
      .toEqual({ chart: "charts/web/charts/sub", chartFile: "charts/web/charts/sub/Chart.yaml", role: "template" });
  });

  test.each([
    ["a value that is only an action parses into a mapping key", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: {{ .Values.a }}\n", "parse/helm-template", 6],
    ["control structures on their own lines break the syntax", "{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\n{{- end }}\n", "parse/helm-template", 1],
    ["a real syntax error beside braces in a string is a syntax error", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: \"{{ $labels.x }}\"\n  b: [unclosed\n", "parse/yaml-syntax", 8],
  ])("%s", (_name, text, ruleId, line) => {
    expect(parseYamlText("f.yaml", text).problems).toEqual([expect.objectContaining({ ruleId, line })]);
  });

  test.each([
    ["an action inside a plain string", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: x-{{ .Values.a }}\n"],
    ["a plain Prometheus annotation", "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: { name: r }\nspec:\n  groups:\n    - name: g\n      rules:\n        - alert: A\n          annotations:\n            description: Instance {{ $labels.instance }} of {{ $labels.job }} down\n"],
  ])("%s is data", (_name, text) => {
    const parsed = parseYamlText("f.yaml", text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents).toHaveLength(1);
  });
});
