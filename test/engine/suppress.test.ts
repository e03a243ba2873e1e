import { ConfigInvalid } from "../../src/core/config.js";
import { configFrom, deployment, runCheck } from "../helpers.js";

const noLimit = (annotations = "") =>
  deployment({ resources: "{ requests: { cpu: 100m, memory: 64Mi } }" }).replace("  namespace: api\n", `  namespace: api\n${annotations}`);

const ids = (yaml: string, config = "", engine?: NonNullable<Parameters<typeof runCheck>[1]>["engine"]) =>
  runCheck(yaml, { config, ...(engine ? { engine } : {}) }).findings.map((f) => `${f.ruleId}@${f.line}`);

describe("annotation suppressions", () => {
  test("a named rule with a reason is suppressed and counted", () => {
    const yaml = noLimit("  annotations:\n    tollgate.dev/ignore: resources/memory-limit-required\n    tollgate.dev/ignore-reason: memory is capped by the JVM flags\n");
    const r = runCheck(yaml);
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
    expect(r.summary.suppressed).toBe(1);
  });

  test("without a reason nothing is suppressed and the annotation is reported", () => {
    const yaml = noLimit("  annotations:\n    tollgate.dev/ignore: resources/memory-limit-required\n");
    expect(ids(yaml)).toEqual(["tollgate/suppression-without-reason@7", "resources/memory-limit-required@17"]);
  });

  test("a suppression that suppresses nothing is reported at the annotation", () => {
    const yaml = deployment().replace("  namespace: api\n", "  namespace: api\n  annotations:\n    tollgate.dev/ignore: resources/cpu-bounds, resources/memory-limit-required\n    tollgate.dev/ignore-reason: legacy\n");
    const r = runCheck(yaml);
    expect(r.findings.map((f) => [f.ruleId, f.line, f.message.match(/"([^"]+)"/)?.[1]])).toEqual([
      ["tollgate/unused-suppression", 7, "resources/cpu-bounds"],
      ["tollgate/unused-suppression", 7, "resources/memory-limit-required"],
    ]);
  });

  test("rule@container limits a suppression to one container; globs work", () => {
    const two = noLimit("  annotations:\n    tollgate.dev/ignore: resources/memory-*@istio-proxy\n    tollgate.dev/ignore-reason: the mesh sets it\n").replace(
      "          resources: { requests: { cpu: 100m, memory: 64Mi } }\n",
      "          resources: { requests: { cpu: 100m, memory: 64Mi } }\n        - name: istio-proxy\n          image: proxy\n          resources: { requests: { cpu: 10m, memory: 64Mi } }\n",
    );
    const r = runCheck(two);
    expect(r.findings.map((f) => `${f.ruleId}:${f.container}`)).toEqual(["resources/memory-limit-required:web"]);
    expect(r.summary.suppressed).toBe(1);
  });

  test("the webhook mode ignores annotations for boundary rules only", () => {
    // No boundary rule exists in this family; "none" turns every annotation off.
    const yaml = noLimit("  annotations:\n    tollgate.dev/ignore: resources/memory-limit-required\n    tollgate.dev/ignore-reason: r\n");
    expect(ids(yaml, "", { annotationSuppressions: "non-boundary" })).toEqual([]);
    expect(ids(yaml, "", { annotationSuppressions: "none" })).toEqual(["resources/memory-limit-required@18"]);
  });
});

describe("config exemptions", () => {
  const config = (extra: string) => `exemptions:\n  - rules: [resources/memory-limit-required]\n${extra}    reason: batch pods are capped by the quota\n`;

  test.each([
    ["namespace glob", "    namespace: ap*\n", []],
    ["kind", "    kind: Deployment\n", []],
    ["name glob", "    name: w?b\n", []],
    ["container", "    container: web\n", []],
    ["file glob", "    file: '**/*.yaml'\n", []],
    ["other namespace", "    namespace: ml\n", ["tollgate/unused-exemption@2", "resources/memory-limit-required@15"]],
  ])("%s", (_name, extra, expected) => {
    expect(ids(noLimit(), config(extra))).toEqual(expected);
  });

  test("--no-exemptions turns them off and does not report them as unused", () => {
    expect(ids(noLimit(), config(""), { exemptions: false })).toEqual(["resources/memory-limit-required@15"]);
  });

  // Parse and render problems are findings like any other: an exemption hides them and counts as used.
  test("a parse problem is exempted by file, and the exemption is not reported unused", () => {
    const files = { "apps/web.yaml": deployment(), "templates/job.yaml": "kind: Job\nspec: [\n" };
    const exempt = "exemptions:\n  - rules: [parse/*]\n    file: templates/*\n    reason: Jinja templates, rendered by the deploy job\n";
    expect(runCheck(files).findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(["parse/yaml-syntax templates/job.yaml"]);
    const r = runCheck(files, { config: exempt });
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
    expect(r.summary.suppressed).toBe(1);
  });

  test("an unused exemption names its position in the config file", () => {
    const r = runCheck(deployment(), { config: config("    namespace: nowhere\n") });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: "tollgate/unused-exemption", file: ".tollgate.yaml", line: 2 })]);
  });
});

describe("config validation names the field and line", () => {
  test.each([
    ["unknown top-level field", "rulez: {}\n", "rulez", 'unknown field "rulez"'],
    ["bad severity", "rules:\n  resources/memory-limit-required: fatal\n", "rules.resources/memory-limit-required", "must be"],
    ["exemption without reason", "exemptions:\n  - rules: [x/y]\n", "exemptions.0", 'missing required field "reason"'],
    ["not a rule id", "rules:\n  memory: off\n", "rules", "is not a rule id"],
  ])("%s", (_name, yaml, field, message) => {
    let err: unknown;
    try {
      configFrom(yaml);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigInvalid);
    const e = err as ConfigInvalid;
    expect(e.errors.some((x) => x.field.startsWith(field) && x.message.includes(message))).toBe(true);
    expect(e.message).toContain(".tollgate.yaml:");
  });

  test("unknown rule ids and bad rule options are refused when rules resolve", () => {
    expect(() => runCheck(deployment(), { config: "rules:\n  resources/nope: off\n" })).toThrow(/no rule "resources\/nope"/);
    expect(() => runCheck(deployment(), { config: "rules:\n  resources/limit-request-ratio: { options: { memory: -1 } }\n" })).toThrow(
      /rules\.resources\/limit-request-ratio\.options\.memory/,
    );
  });
});
