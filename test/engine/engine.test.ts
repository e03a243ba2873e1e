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

describe("one context per run, pointed at the rule being checked", () => {
  const withOption = (id: string, option: string) =>
    defineRule({
      id,
      target: "container",
      meta: {
        family: "test", severity: "warning", summary: "Reports its option.", remediation: "None needed.",
        defaultOptions: { say: option }, messages: { said: "{{container}} {{say}}" },
      },
      check(ctx, c) {
        ctx.report({ messageId: "said", at: c.pointer("image"), data: { say: String(ctx.options.say) } });
      },
    });

  test("each finding carries its own rule's options, container and position, however the rules interleave", () => {
    const text = deployment() + "---\n" + deployment({ name: "other" });
    const r = check({ files: [{ file: "a.yaml", text }], rules: [withOption("test/a", "alpha"), withOption("test/b", "beta")], config: configFrom("") });
    expect(r.findings.map((f) => [f.ruleId, f.object?.name, f.message, f.line])).toEqual([
      ["test/a", "web", "web alpha", expect.any(Number)],
      ["test/b", "web", "web beta", expect.any(Number)],
      ["test/a", "other", "other alpha", expect.any(Number)],
      ["test/b", "other", "other beta", expect.any(Number)],
    ]);
    expect(r.findings[0]!.line).toBe(r.findings[1]!.line);
    expect(r.findings[2]!.line).toBeGreaterThan(r.findings[0]!.line!);
  });

  test("a report after the check returned is refused, not pinned on another rule", () => {
    let kept: { report(r: { messageId: string }): void } | undefined;
    const stash = defineRule({
      id: "test/stash", target: "object",
      meta: { family: "test", severity: "warning", summary: "Keeps its context.", remediation: "None needed.", messages: { late: "late" } },
      check(ctx) { kept = ctx; },
    });
    check({ files: [{ file: "a.yaml", text: deployment() }], rules: [stash], config: configFrom("") });
    expect(() => kept!.report({ messageId: "late" })).toThrow("rules must be synchronous");
  });
});
