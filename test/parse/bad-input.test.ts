import { loadFiles } from "../../src/engine/check.js";
import { decodeText, parseYamlText } from "../../src/parse/yaml.js";
import { runCheck } from "../helpers.js";

const problems = (text: string) => parseYamlText("f.yaml", text).problems;

describe("bad input is a finding with its line, never a crash", () => {
  test("YAML syntax error", () => {
    const p = problems("apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n");
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ ruleId: "parse/yaml-syntax", file: "f.yaml" });
    expect(p[0]!.line).toBeGreaterThanOrEqual(4);
  });

  test("bad indentation", () => {
    const p = problems("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n   namespace: b\n");
    expect(p[0]).toMatchObject({ ruleId: "parse/yaml-syntax" });
    expect([4, 5]).toContain(p[0]!.line);
  });

  test("duplicate keys are reported at the duplicate, the document still loads", () => {
    const parsed = parseYamlText("f.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n");
    expect(parsed.problems).toEqual([expect.objectContaining({ ruleId: "parse/duplicate-key", line: 5 })]);
    expect(parsed.documents).toHaveLength(1);
  });

  test("unrendered Helm templates", () => {
    const text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n";
    const p = problems(text);
    expect(p).toEqual([expect.objectContaining({ ruleId: "parse/helm-template", line: 4 })]);
    expect(p[0]!.message).toContain("helm template");
  });

  test("Helm control structures on their own lines", () => {
    expect(problems("{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\n{{- end }}\n")[0]).toMatchObject({ ruleId: "parse/helm-template", line: 1 });
  });

  test.each([
    ["a Prometheus rule", 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: { name: r, namespace: m }\nspec:\n  groups:\n    - name: g\n      rules:\n        - alert: Down\n          annotations:\n            summary: "{{ $labels.instance }} is down ({{ $value }})"\n'],
    ["a Grafana dashboard", 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: d, namespace: m }\ndata:\n  dash.json: \'{"legendFormat": "{{instance}}"}\'\n'],
    ["an Alertmanager template", "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: t, namespace: m }\ndata:\n  msg.tmpl: |\n    {{ define \"slack.title\" }}{{ .CommonLabels.alertname }}{{ end }}\n"],
  ])("%s with {{ }} in strings is not a template", (_name, text) => {
    // The Alertmanager template contains `define`, which also appears in Helm: only inside a block scalar.
    const parsed = parseYamlText("f.yaml", text);
    if (parsed.problems.length > 0) {
      // Only acceptable if our heuristic is too eager; it must not be for these.
      throw new Error(JSON.stringify(parsed.problems));
    }
    expect(parsed.documents).toHaveLength(1);
  });

  test("empty files and empty documents", () => {
    expect(problems("")).toEqual([expect.objectContaining({ ruleId: "parse/empty-file" })]);
    expect(problems("  \n\n")).toEqual([expect.objectContaining({ ruleId: "parse/empty-file" })]);
    const parsed = parseYamlText("f.yaml", "---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n---\n");
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents).toHaveLength(1);
  });

  test("documents without apiVersion and kind are skipped and counted; half-manifests are reported", () => {
    const r = runCheck({
      "values.yaml": "replicaCount: 2\nimage: { tag: latest }\n",
      "half.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok, namespace: a }\n---\nmetadata: { name: nokind }\napiVersion: v1\n",
    });
    expect(r.summary.skippedDocuments).toBe(1);
    expect(r.summary.objects).toBe(1);
    expect(r.findings.filter((f) => f.ruleId === "parse/missing-kind")).toEqual([
      expect.objectContaining({ file: "half.yaml", line: 5, message: expect.stringContaining("no kind") }),
    ]);
  });

  test("YAML alias bombs are refused, not expanded", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]", "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]"].join("\n");
    const p = problems(bomb);
    expect(p).toEqual([expect.objectContaining({ ruleId: "parse/yaml-syntax", message: expect.stringContaining("alias") })]);
  });

  test("binary files and invalid UTF-8", () => {
    expect(decodeText("x.yaml", new Uint8Array([0x61, 0x00, 0x62])).problem).toMatchObject({ ruleId: "parse/not-text" });
    const bad = new TextEncoder().encode("apiVersion: v1\nkind: ConfigMap\nmetadata: { name: \"x");
    const withInvalid = new Uint8Array([...bad, 0xff, 0xfe, 0x22, 0x7d, 0x0a]);
    expect(decodeText("x.yaml", withInvalid).problem).toMatchObject({ ruleId: "parse/not-text", line: 3 });
  });

  test("a UTF-8 BOM and CRLF line endings are accepted with correct lines", () => {
    const text = "\ufeffapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\n  namespace: a\r\nspec:\r\n  containers:\r\n    - name: c\r\n      image: i\r\n";
    const loaded = loadFiles([{ file: "crlf.yaml", bytes: new TextEncoder().encode(text) }]);
    expect(loaded.problems).toEqual([]);
    const r = runCheck({ "crlf.yaml": text.slice(1) });
    expect(r.findings.find((f) => f.ruleId === "resources/memory-limit-required")).toMatchObject({ line: 8 });
  });

  test("JSON files, Lists and *List kinds are unwrapped with pointers into the list", () => {
    const json = JSON.stringify({ apiVersion: "v1", kind: "List", items: [{ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a", namespace: "x" } }, { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "x" }, spec: { containers: [{ name: "c", image: "i" }] } }] }, null, 2);
    const r = runCheck({ "list.json": json });
    expect(r.summary.objects).toBe(2);
    const f = r.findings.find((x) => x.ruleId === "resources/memory-limit-required");
    expect(f).toMatchObject({ pointer: "/items/1/spec/containers/0/resources", object: { kind: "Pod", name: "p" } });
    expect(json.split("\n")[f!.line! - 1]).toContain("{");
    const podList = "apiVersion: v1\nkind: PodList\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: { name: q, namespace: x }\n    spec:\n      containers:\n        - name: c\n          image: i\n";
    expect(runCheck(podList).findings.find((x) => x.ruleId === "resources/memory-limit-required")).toMatchObject({ line: 9 });
  });

  test("template actions in values are found wherever they sit", () => {    expect(parseYamlText("h.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: {{ .Values.a }}\n").problems[0]).toMatchObject({ ruleId: "parse/helm-template", line: 6 });
    // An action inside a valid plain string is data outside a chart's templates/ (test/parse/classify.test.ts).
    expect(parseYamlText("h.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: x-{{ .Values.a }}\n").problems).toEqual([]);
  });
});
