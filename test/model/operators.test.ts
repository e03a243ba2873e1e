// Pods from controllers tollgate does not model: the Prometheus operator's custom resources, a
// configured operator (`podSources`), and OpenShift's DeploymentConfig as a workload.
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigInvalid } from "../../src/core/config.js";
import { estimateCost } from "../../src/cost/estimate.js";
import { configFrom, ROOT, runCheck } from "../helpers.js";

const fixture = (name: string) => ({ [`fixtures/${name}`]: readFileSync(join(ROOT, "test/model/fixtures", name), "utf8") });
const selectorFindings = (r: ReturnType<typeof runCheck>) =>
  r.findings.filter((f) => f.ruleId.startsWith("selectors/")).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`);

describe("operator-managed pods count for selector rules", () => {
  test("Services in front of Prometheus, Alertmanager and ThanosRuler pods match; a typo still does not", () => {
    const r = runCheck(fixture("prometheus-stack.yaml"));
    expect(selectorFindings(r)).toEqual([
      "fixtures/prometheus-stack.yaml:90 selectors/service-matches-nothing Service monitoring/grafana selects app.kubernetes.io/name=grafanna, which matches no workload's pods in namespace monitoring; it will have no endpoints.",
    ]);
  });

  test("an unknown operator's Service matches nothing until podSources names the label path", () => {
    const without = runCheck(fixture("strimzi.yaml"));
    expect(selectorFindings(without)).toEqual([
      "fixtures/strimzi.yaml:22 selectors/service-matches-nothing Service streaming/events-kafka-metrics selects app=events-kafka, but no workload in namespace streaming is part of this check; if its pods are deployed from elsewhere this is fine.",
    ]);
    for (const apiVersion of ["", "apiVersion: kafka.strimzi.io, ", "apiVersion: kafka.strimzi.io/v1beta2, "]) {
      const config = `podSources: [{ ${apiVersion}kind: Kafka, labels: /spec/kafka/template/pod/metadata/labels }]`;
      expect(selectorFindings(runCheck(fixture("strimzi.yaml"), { config }))).toEqual([]);
    }
    const otherGroup = "podSources: [{ apiVersion: example.com, kind: Kafka, labels: /spec/kafka/template/pod/metadata/labels }]";
    expect(selectorFindings(runCheck(fixture("strimzi.yaml"), { config: otherGroup }))).toHaveLength(1);
  });

  test.each([
    ["a label path that is not a JSON pointer", "podSources: [{ kind: Kafka, labels: spec.kafka.labels }]", ".tollgate.yaml:1:29 podSources.0.labels"],
    ["a missing kind", "podSources:\n  - labels: /spec/x\n", ".tollgate.yaml:2:5 podSources.0: missing required field \"kind\""],
    ["an unknown field", "podSources: [{ kind: Kafka, labels: /spec/x, path: /y }]", "unknown field \"path\""],
  ])("config: %s is refused with its line", (_name, text, expected) => {
    expect(() => configFrom(text)).toThrow(ConfigInvalid);
    expect(() => configFrom(text)).toThrow(expected);
  });
});

describe("OpenShift DeploymentConfig is a workload", () => {
  test("resources rules see its containers, its Service matches, its selector map is checked", () => {
    const r = runCheck(fixture("deploymentconfig.yaml"));
    expect(r.findings.filter((f) => f.ruleId.startsWith("resources/")).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      "fixtures/deploymentconfig.yaml:21 resources/memory-limit-required",
    ]);
    expect(selectorFindings(r)).toEqual([]);
    const w = r.run.workloads.map((x) => [x.kind, x.replicas, x.containers.map((c) => c.name)]);
    expect(w).toEqual([["DeploymentConfig", 3, ["frontend"]]]);
  });

  test("a selector map that misses the template is reported", () => {
    const text = readFileSync(join(ROOT, "test/model/fixtures/deploymentconfig.yaml"), "utf8").replace("  selector:\n    app: frontend\n  strategy", "  selector:\n    app: frontend-v2\n  strategy");
    const r = runCheck({ "dc.yaml": text });
    expect(r.findings.filter((f) => f.ruleId === "selectors/selector-matches-template").map((f) => f.line)).toEqual([9]);
  });

  test("cost counts its replicas", () => {
    const r = runCheck(fixture("deploymentconfig.yaml"));
    const report = estimateCost(r.run, configFrom(""));
    expect(report.workloads.map((x) => [x.kind, x.name, x.replicas, x.cpu])).toEqual([["DeploymentConfig", "frontend", 3, 0.75]]);
  });
});
