// Every namespaces rule is registered, documented, named after its file, and exercised by a test here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { namespacesRules } from "../../src/rules/namespaces/index.js";

const dir = join(import.meta.dirname, "..", "..", "src", "rules", "namespaces");
const helpers = new Set(["index.ts", "scope.ts", "namespace-requirement.ts"]);
const tests = readdirSync(import.meta.dirname).filter((f) => f.endsWith(".test.ts") && f !== "registry.test.ts").map((f) => readFileSync(join(import.meta.dirname, f), "utf8")).join("\n");

test("one rule per file, all registered", () => {
  const files = readdirSync(dir).filter((f) => !helpers.has(f)).map((f) => `namespaces/${f.replace(/\.ts$/, "")}`).sort();
  expect(namespacesRules.map((r) => r.id).sort()).toEqual(files);
});

test.each(namespacesRules.map((r) => [r.id, r] as const))("%s has docs and tests", (id, r) => {
  expect(r.meta.family).toBe("namespaces");
  expect(r.meta.summary).toMatch(/\.$/);
  expect(r.meta.remediation.length).toBeGreaterThan(10);
  expect(r.meta.description?.length ?? 0).toBeGreaterThan(40);
  expect(tests).toContain(`"${id}"`);
});

test("rules that decide by owner are boundary rules (no annotation exemptions in the webhook)", () => {
  expect(namespacesRules.filter((r) => r.meta.boundary).map((r) => r.id)).toEqual([
    "namespaces/team-owns-namespace",
    "namespaces/cluster-scoped-by-platform",
    "namespaces/clusterrolebinding-platform-only",
    "namespaces/rolebinding-cross-namespace",
    "namespaces/rolebinding-broad-subject",
    "namespaces/rolebinding-wildcard-clusterrole",
  ]);
});
