// Label selector semantics, the pod index, config validation and the registry entries of both families.
import { describe, expect, test } from "@jest/globals";
import { ConfigInvalid } from "../../src/core/config.js";
import { parseLabelSelector, podIndex, selectorFromMap, selectorMatches } from "../../src/model/selectors.js";
import { imageTag, versionOf } from "../../src/model/bluegreen.js";
import { bluegreenRules } from "../../src/rules/bluegreen/index.js";
import { codeRules } from "../../src/rules/index.js";
import { selectorsRules } from "../../src/rules/selectors/index.js";
import { configFrom, runCheck } from "./helpers.js";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

describe("selectorMatches", () => {
  const labels = { app: "web", slot: "blue", tier: "frontend" };
  test.each([
    [{ matchLabels: { app: "web" } }, true],
    [{ matchLabels: { app: "web", slot: "green" } }, false],
    [{ matchExpressions: [{ key: "slot", operator: "In", values: ["blue", "green"] }] }, true],
    [{ matchExpressions: [{ key: "slot", operator: "In", values: ["green"] }] }, false],
    [{ matchExpressions: [{ key: "slot", operator: "NotIn", values: ["green"] }] }, true],
    [{ matchExpressions: [{ key: "slot", operator: "NotIn", values: ["blue"] }] }, false],
    [{ matchExpressions: [{ key: "missing", operator: "NotIn", values: ["x"] }] }, true],
    [{ matchExpressions: [{ key: "tier", operator: "Exists" }] }, true],
    [{ matchExpressions: [{ key: "track", operator: "Exists" }] }, false],
    [{ matchExpressions: [{ key: "track", operator: "DoesNotExist" }] }, true],
    [{ matchExpressions: [{ key: "tier", operator: "DoesNotExist" }] }, false],
    [{ matchLabels: { app: "web" }, matchExpressions: [{ key: "slot", operator: "In", values: ["green"] }] }, false],
    [{}, true],
  ])("%j → %s", (raw, expected) => {
    expect(selectorMatches(parseLabelSelector(raw)!, labels)).toBe(expected);
  });

  test("malformed selectors do not parse", () => {
    expect(parseLabelSelector({ matchExpressions: [{ key: "a", operator: "Equals", values: ["b"] }] })).toBeUndefined();
    expect(parseLabelSelector("app=web")).toBeUndefined();
  });

  test("YAML numbers and booleans in labels compare as strings", () => {
    const { run } = runCheck(`apiVersion: v1
kind: Pod
metadata: { name: p, namespace: n, labels: { version: 2, canary: true } }
spec: { containers: [{ name: c, image: i }] }
`);
    expect(podIndex(run).matching("n", selectorFromMap({ version: "2", canary: "true" })).map((s) => s.object.metadata.name)).toEqual(["p"]);
  });
});

describe("pod index", () => {
  test("matches within the namespace only, including objects whose namespace is unset", () => {
    const { run } = runCheck(`apiVersion: v1
kind: Pod
metadata: { name: a, namespace: one, labels: { app: x } }
spec: { containers: [{ name: c, image: i }] }
---
apiVersion: v1
kind: Pod
metadata: { name: b, labels: { app: x } }
spec: { containers: [{ name: c, image: i }] }
`);
    const index = podIndex(run);
    expect(index.matching("one", selectorFromMap({ app: "x" })).map((s) => s.object.metadata.name)).toEqual(["a"]);
    expect(index.matching(undefined, selectorFromMap({ app: "x" })).map((s) => s.object.metadata.name)).toEqual(["b"]);
    expect(index.matching("two", selectorFromMap({ app: "x" }))).toEqual([]);
  });

  test("stays near-linear: 5,000 Services against 5,000 Deployments in one namespace", () => {
    const docs: string[] = [];
    for (let i = 0; i < 5000; i++) {
      docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: { name: app-${i}, namespace: big }
spec:
  selector: { matchLabels: { app: app-${i} } }
  template:
    metadata: { labels: { app: app-${i}, team: t } }
    spec: { containers: [{ name: c, image: "i:1", resources: { requests: { cpu: 10m, memory: 10Mi }, limits: { memory: 10Mi } } }] }
---
apiVersion: v1
kind: Service
metadata: { name: app-${i}, namespace: big }
spec: { selector: { app: app-${i}, team: t } }`);
    }
    const { findings } = runCheck(docs.join("\n---\n"));
    expect(findings.filter((f) => f.ruleId.startsWith("selectors/") || f.ruleId.startsWith("bluegreen/"))).toEqual([]);
  });
});

describe("versions", () => {
  test.each([
    ["ghcr.io/northwind/web:v1.4.2", "v1.4.2"],
    ["localhost:5000/web", undefined],
    ["localhost:5000/web:2", "2"],
    ["web@sha256:0123456789abcdef0123456789abcdef", "sha256:0123456789ab"],
    ["web:1.2@sha256:0123456789abcdef", "1.2"],
  ])("imageTag(%s) = %s", (image, tag) => {
    expect(imageTag(image)).toBe(tag);
  });

  test("a version label is used when the image has no tag", () => {
    const { run } = runCheck(`apiVersion: apps/v1
kind: Deployment
metadata: { name: w, namespace: n }
spec:
  selector: { matchLabels: { app: w } }
  template:
    metadata: { labels: { app: w, app.kubernetes.io/version: "3.1" } }
    spec: { containers: [{ name: c, image: "w:latest" }] }
`);
    expect(versionOf(run.workloads[0]!)).toBe("3.1");
  });
});

describe("bluegreen config", () => {
  test.each([
    ["bluegreen: { slots: [blue] }", "bluegreen.slots"],
    ["bluegreen: { slots: [blue, blue] }", "bluegreen.slots"],
    ["bluegreen: { slotKey: '' }", "bluegreen.slotKey"],
    ["bluegreen: { colour: blue }", "bluegreen.colour"],
    ["bluegreen: { previewNames: [Preview] }", "bluegreen.previewNames.0"],
  ])("%s is rejected naming %s", (yaml, field) => {
    try {
      configFrom(yaml);
      throw new Error("accepted");
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigInvalid);
      expect((e as ConfigInvalid).errors.map((x) => [x.field, x.line])).toContainEqual([field, 1]);
    }
  });

  test("custom slot values and preview names are honoured", () => {
    const yaml = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "fixtures", "main-and-preview.yaml"), "utf8")
      .replace(/slot: blue/g, "slot: a")
      .replace(/slot: green/g, "slot: b")
      .replace("name: web-preview", "name: web-canary");
    const config = configFrom("bluegreen: { slots: [a, b], previewNames: [canary] }");
    expect(runCheck(yaml, { config }).findings.filter((f) => f.ruleId.startsWith("bluegreen/")).map((f) => [f.line, f.message])).toEqual([
      [65, "api/web: a is live (Service web, 4 replicas); b is idle (preview Service web-canary, 4 replicas)."],
    ]);
  });
});

describe("registry", () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const tests = readdirSync(here).filter((f) => f.endsWith(".test.ts")).map((f) => readFileSync(join(here, f), "utf8")).join("\n");
  test.each([...selectorsRules, ...bluegreenRules].map((r) => [r.id, r] as const))("%s is registered, documented and tested", (id, r) => {
    expect(codeRules).toContain(r);
    expect(r.meta.family).toBe(id.split("/")[0]);
    expect(r.meta.summary.length).toBeGreaterThan(10);
    expect(r.meta.remediation.length).toBeGreaterThan(10);
    expect(tests).toContain(`"${id}"`);
  });
});
