import { check } from "../../src/engine/check.js";
import { defineRule } from "../../src/engine/rule.js";
import { configFrom, deployment } from "../helpers.js";

const explode = defineRule({
  id: "test/explodes",
  target: "workload",
  meta: { family: "test", severity: "error", summary: "Throws on purpose.", remediation: "None needed.", messages: { x: "never" } },
  check() {
    throw new Error("boom");
  },
});

const unknownMessage = defineRule({
  id: "test/unknown-message",
  target: "object",
  meta: { family: "test", severity: "warning", summary: "Reports a message it lacks.", remediation: "None needed.", messages: {} },
  check(ctx) {
    ctx.report({ messageId: "nope" });
  },
});

test("a rule that throws becomes tollgate/rule-error on that object; the others still run", () => {
  const r = check({ files: [{ file: "a.yaml", text: deployment() + "---\n" + deployment({ name: "other" }) }], rules: [explode], config: configFrom("") });
  expect(r.findings.map((f) => [f.ruleId, f.line, f.object?.name])).toEqual([
    ["tollgate/rule-error", 1, "web"],
    ["tollgate/rule-error", 17, "other"],
  ]);
  expect(r.findings[0]!.message).toBe("rule test/explodes failed on Deployment api/web: boom");
});

test("reporting an unknown messageId is a rule error, not a crash", () => {
  const r = check({ files: [{ file: "a.yaml", text: deployment() }], rules: [unknownMessage], config: configFrom("") });
  expect(r.findings).toEqual([expect.objectContaining({ ruleId: "tollgate/rule-error", message: expect.stringContaining('unknown messageId "nope"') })]);
});

test("findings are sorted by file, line and column", () => {
  const r = check({
    files: [
      { file: "b.yaml", text: deployment({ resources: "{}" }) },
      { file: "a.yaml", text: deployment({ resources: "{}" }) },
    ],
    rules: [explode],
    config: configFrom(""),
  });
  expect(r.findings.map((f) => f.file)).toEqual(["a.yaml", "b.yaml"]);
});
