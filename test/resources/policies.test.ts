// Every declarative policy carries passing and failing examples; they run here, automatically.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigInvalid } from "../../src/core/config.js";
import { loadPolicy } from "../../src/policies/loader.js";
import { findingsOf, ROOT } from "../helpers.js";

const files = readdirSync(join(ROOT, "policies")).filter((f) => f.endsWith(".yaml"));

test("there are built-in policies", () => {
  expect(files.length).toBeGreaterThanOrEqual(3);
});

describe.each(files)("policies/%s", (file) => {
  const { policy } = loadPolicy(`policies/${file}`, readFileSync(join(ROOT, "policies", file), "utf8"));

  test("id matches the file name", () => {
    expect(file).toBe(`${policy.id.replace("/", "-")}.yaml`);
  });

  test.each(policy.examples.pass.map((m, i) => [i, m] as const))("passing example %d reports nothing", (_i, manifest) => {
    expect(findingsOf(policy.id, manifest)).toEqual([]);
  });

  test.each(policy.examples.fail.map((e, i) => [i, e] as const))("failing example %d reports at its lines", (_i, example) => {
    const config = example.options ? `rules:\n  ${policy.id}: { options: ${JSON.stringify(example.options)} }\n` : "";
    const found = findingsOf(policy.id, example.manifest, { config });
    expect(found.map((f) => f.line)).toEqual(example.lines);
    for (const f of found) expect(f.message).not.toMatch(/\{\{/);
  });
});

describe("invalid policy files are refused with the file, line and field", () => {
  test.each([
    ["missing examples", "id: x/y\ntitle: A title\nseverity: error\ntarget: container\nschema: {}\nmessage: hello there\nremediation: do it now\n", 'missing required field "examples"'],
    ["bad severity", "id: x/y\ntitle: A title\nseverity: fatal\ntarget: container\nschema: {}\nmessage: hello there\nremediation: do it now\nexamples: { pass: [a], fail: [{ manifest: b, lines: [1] }] }\n", "severity: must be one of"],
    ["bad quantity in schema", "id: x/y\ntitle: A title\nseverity: error\ntarget: container\nschema: { properties: { x: { quantityMaximum: lots } } }\nmessage: hello there\nremediation: do it now\nexamples: { pass: [a], fail: [{ manifest: b, lines: [1] }] }\n", '"lots" is not a valid quantity'],
    ["not YAML", "id: [\n", "YAML syntax error"],
  ])("%s", (_name, text, message) => {
    let error: unknown;
    try {
      loadPolicy("my-policies/p.yaml", text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigInvalid);
    expect((error as Error).message).toContain("my-policies/p.yaml");
    expect((error as Error).message).toContain(message);
  });
});
