// `units:` and `renderers:` are validated like the rest of the config (file:line, field); a Helm
// template's fields are found by indentation; a kustomization's references are read without rendering.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigInvalid } from "../../src/core/config.js";
import { helmSourceFile, locateInTemplate } from "../../src/workspace/mapping.js";
import { isRemoteReference, readKustomization } from "../../src/workspace/kustomization.js";
import { configFrom } from "../namespaces/helpers.js";

function errorsOf(yaml: string): string[] {
  try {
    configFrom(yaml);
  } catch (e) {
    if (e instanceof ConfigInvalid) return e.errors.map((x) => `${x.line ?? "-"} ${x.field}: ${x.message}`);
    throw e;
  }
  return [];
}

describe("units: and renderers: config", () => {
  test("a valid section loads", () => {
    const c = configFrom("units:\n  - path: charts/web\n    values: [values-prod.yaml]\n    release: web\n    namespace: shop\n    environment: prod\nrenderers:\n  helm: tools/helm\n  timeoutSeconds: 30\n");
    expect(c.units).toEqual([{ path: "charts/web", values: ["values-prod.yaml"], release: "web", namespace: "shop", environment: "prod" }]);
    expect(c.renderers).toEqual({ helm: "tools/helm", timeoutSeconds: 30 });
  });

  test.each([
    ["a unit without a path", "units:\n  - environment: prod\n", ['2 units.0: missing required field "path"']],
    ["an unknown field", "units:\n  - path: a\n    value: [x.yaml]\n", ['3 units.0.value: unknown field "value"']],
    ["a release name helm rejects", "units:\n  - path: a\n    release: Web_1\n", ['3 units.0.release: must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"']],
    ["a zero timeout", "renderers:\n  timeoutSeconds: 0\n", ["2 renderers.timeoutSeconds: must be >= 1"]],
    ["an unknown renderer", "renderers:\n  skaffold: /usr/bin/skaffold\n", ['2 renderers.skaffold: unknown field "skaffold"']],
  ])("%s", (_name, yaml, expected) => {
    expect(errorsOf(yaml)).toEqual(expected);
  });
});

describe("locating a field in a Helm template", () => {
  const template = [
    "apiVersion: apps/v1", //  1
    "kind: Deployment", //  2
    "metadata:", //  3
    "  name: {{ .Release.Name }}", //  4
    "spec:", //  5
    "  template:", //  6
    "    spec:", //  7
    "      containers:", //  8
    "        - name: app", //  9
    "          image: {{ .Values.image }}", // 10
    "        - name: sidecar", // 11
    "          resources:", // 12
    "            {{- toYaml .Values.resources | nindent 12 }}", // 13
    "---", // 14
    "apiVersion: v1", // 15
    "kind: Service", // 16
    "metadata:", // 17
    "  name: web", // 18
    "spec:", // 19
    "  selector:", // 20
    "    app: web", // 21
  ];
  test.each([
    [0, "", 1],
    [0, "/metadata/name", 4],
    [0, "/spec/template/spec/containers/0/image", 10],
    [0, "/spec/template/spec/containers/1", 11],
    [0, "/spec/template/spec/containers/1/resources/limits/memory", 12],
    [0, "/spec/replicas", 5],
    [1, "/spec/selector/app", 21],
    [1, "/metadata", 17],
  ])("document %d, %s at line %d", (nth, pointer, line) => {
    expect(locateInTemplate(template, nth, pointer).line).toBe(line);
  });
});

describe("reading a kustomization without rendering", () => {
  test.each([
    ["github.com/org/repo//deploy?ref=v1", true],
    ["https://example.com/base.yaml", true],
    ["git@github.com:org/repo.git", true],
    ["../../base", false],
    ["deployment.yaml", false],
  ])("%s is remote: %s", (ref, remote) => {
    expect(isRemoteReference(ref)).toBe(remote);
  });

  test("resources, components, patches and namespace", () => {
    const dir = mkdtempSync(join(tmpdir(), "tollgate-k-"));
    try {
      writeFileSync(join(dir, "a.yaml"), "kind: ConfigMap\n");
      writeFileSync(join(dir, "kustomization.yaml"), "namespace: prod\nresources: [a.yaml, missing.yaml, github.com/x/y]\npatches:\n  - path: p.yaml\npatchesStrategicMerge: [q.yaml]\nhelmCharts: []\n");
      const k = readKustomization(join(dir, "kustomization.yaml"));
      expect(k).toMatchObject({ namespace: "prod", resourceFiles: [join(dir, "a.yaml")], patchFiles: [join(dir, "q.yaml"), join(dir, "p.yaml")], remote: ["github.com/x/y"], unsupported: ["helmCharts"] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("what a pull request controls cannot make tollgate read outside the unit", () => {
  test("a kustomization's resource or patch outside its folder is not read (kustomize's load restrictor)", () => {
    const dir = mkdtempSync(join(tmpdir(), "tollgate-k-"));
    try {
      writeFileSync(join(dir, "kustomization.yaml"), "resources: [/etc/passwd, ../../../../etc/hostname]\npatches:\n  - path: /etc/shadow\n");
      const k = readKustomization(join(dir, "kustomization.yaml"));
      expect(k.resourceFiles).toEqual([]);
      expect(k.patchFiles).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    ["shop/templates/deployment.yaml", "/charts/shop/templates/deployment.yaml"],
    ["shop/charts/db/templates/sts.yaml", "/charts/shop/charts/db/templates/sts.yaml"],
    ["shop/../../../etc/passwd", "/charts/shop/Chart.yaml"],
  ])("# Source: %s is %s", (source, file) => {
    expect(helmSourceFile("/charts/shop", source)).toBe(file);
  });
});
