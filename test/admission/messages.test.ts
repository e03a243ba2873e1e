// Message limits: the deny message stays around 1 KB, warnings stay within the API server's limits.
import { describe, expect, test } from "@jest/globals";
import type { Finding } from "../../src/core/types.js";
import { denyMessage, MAX_DENY_MESSAGE, MAX_WARNING, MAX_WARNINGS_TOTAL, truncate, warningList } from "../../src/admission/messages.js";
import { admissionSettings } from "../../src/core/config/admission.js";
import { configFromYaml } from "./harness.js";

const finding = (i: number, message = `c${i} has no memory limit; a leak can use the whole node's memory.`): Finding => ({
  ruleId: "resources/memory-limit-required",
  severity: "error",
  message,
  container: `c${i}`,
  remediation: "Set resources.limits.memory on the container.",
});

describe("denyMessage", () => {
  test("one violation: header and one line with rule, container, first clause and fix", () => {
    expect(denyMessage("Deployment shop/web", [finding(0)])).toBe(
      "Deployment shop/web violates a tollgate rule:\n- resources/memory-limit-required (container c0): c0 has no memory limit. Fix: Set resources.limits.memory on the container.",
    );
  });

  test("many violations are cut at the limit with …and N more", () => {
    const msg = denyMessage("Deployment shop/web", Array.from({ length: 40 }, (_, i) => finding(i)));
    expect(Buffer.byteLength(msg)).toBeLessThanOrEqual(MAX_DENY_MESSAGE);
    const lines = msg.split("\n");
    expect(lines[0]).toBe("Deployment shop/web violates 40 tollgate rules:");
    const shown = lines.filter((l) => l.startsWith("- ")).length;
    expect(shown).toBeGreaterThan(3);
    expect(lines[lines.length - 1]).toBe(`…and ${40 - shown} more`);
  });

  test("a single enormous message is truncated, not dropped", () => {
    const msg = denyMessage("Pod a/b", [finding(0, "x".repeat(5000))]);
    expect(Buffer.byteLength(msg)).toBeLessThanOrEqual(MAX_DENY_MESSAGE);
    expect(msg.split("\n")[1]).toMatch(/^- resources\/memory-limit-required \(container c0\): x+…$/);
  });
});

describe("warningList", () => {
  test("each warning ≤ 120 characters; a long message keeps its first clause", () => {
    const w = warningList([finding(0, `c0 has no CPU request; ${"because ".repeat(30)}`), finding(1, "y".repeat(300))]);
    expect(w).toEqual(["resources/memory-limit-required: c0 has no CPU request", expect.stringMatching(/^resources\/memory-limit-required: y+…$/)]);
    expect(Array.from(w[1]!)).toHaveLength(MAX_WARNING);
  });

  test("newlines and runs of spaces become single spaces", () => {
    expect(warningList([finding(0, "two\nlines   here")])).toEqual(["resources/memory-limit-required: two lines here"]);
  });

  test("the total stays within 4096 bytes and ends with …and N more", () => {
    const w = warningList(Array.from({ length: 100 }, (_, i) => finding(i, "z".repeat(200))));
    const total = w.reduce((n, s) => n + Buffer.byteLength(s), 0);
    expect(total).toBeLessThanOrEqual(MAX_WARNINGS_TOTAL);
    expect(w[w.length - 1]).toBe(`…and ${100 - (w.length - 1)} more tollgate warnings`);
    expect(w.length).toBeGreaterThan(30);
  });

  test("no Warning: prefix", () => {
    for (const s of warningList([finding(0)])) expect(s).not.toMatch(/^warning/i);
  });
});

test("truncate cuts on code points", () => {
  expect(truncate("ab😀cd", 4)).toBe("ab😀…");
  expect(truncate("abc", 3)).toBe("abc");
});

describe("admission config", () => {
  test("defaults: enforce, onError allow, kube-system and the own namespace exempt, update new-only, non-boundary, platform exempts", () => {
    expect(admissionSettings(configFromYaml(""), "tollgate-system")).toEqual({
      mode: "enforce",
      onError: "allow",
      exemptNamespaces: ["kube-system", "tollgate-system"],
      exemptUsers: [],
      exemptGroups: [],
      update: "new-only",
      annotationExemptions: "non-boundary",
    });
  });

  test("configured values replace the defaults; the own namespace is always added", () => {
    const c = configFromYaml([
      "admission:",
      "  mode: warn",
      "  onError: deny",
      "  exemptNamespaces: [monitoring]",
      "  exemptUsers: [ci-bot]",
      "  exemptGroups: [platform]",
      "  update: all",
      "  annotationExemptions: none",
      "  exemptionsBy: { users: [alice], groups: [sre] }",
    ].join("\n"));
    expect(admissionSettings(c, "tollgate")).toEqual({
      mode: "warn",
      onError: "deny",
      exemptNamespaces: ["monitoring", "tollgate"],
      exemptUsers: ["ci-bot"],
      exemptGroups: ["platform"],
      update: "all",
      annotationExemptions: "none",
      exemptionsBy: { users: ["alice"], groups: ["sre"] },
    });
  });

  test.each([
    ["admission:\n  mode: block\n", /\.tollgate\.yaml:2:3 admission\.mode: must be one of "enforce", "warn", "audit"/],
    ["admission:\n  onError: ignore\n", /\.tollgate\.yaml:2:\d+ admission\.onError: must be one of "allow", "deny"/],
    ["admission:\n  update: changed\n", /admission\.update: must be one of "all", "new-only"/],
    ["admission:\n  exemptNamespaces: kube-system\n", /\.tollgate\.yaml:2:\d+ admission\.exemptNamespaces: must be array/],
    ["admission:\n  failurePolicy: Fail\n", /\.tollgate\.yaml:2:\d+ admission\.failurePolicy: unknown field "failurePolicy"/],
    ["rules:\n  resources/memory-limit-required: { mode: loud }\n", /:2:\d+ rules\.resources.+memory-limit-required\.mode: must be one of "enforce", "warn", "audit"/],
  ])("invalid: %j", (yaml, message) => {
    expect(() => configFromYaml(yaml)).toThrow(message);
  });
});
