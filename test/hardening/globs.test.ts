// Globs written by whoever can create an object (`tollgate.dev/ignore: "rule@container"`) or edit
// config cannot hang the engine: too many `*` or an extglob match nothing, quickly.
import { globMatch, globTooComplex, MAX_GLOB_STARS } from "../../src/core/glob.js";
import { startTestServer } from "../admission/harness.js";
import { fixture } from "../admission/harness.js";
import { runCheck } from "../helpers.js";

const hostileGlob = `${"*a".repeat(12)}*b`;
const longName = "a".repeat(63);

test.each([
  [hostileGlob, longName],
  [`resources/${"*e".repeat(10)}*x`, "resources/memory-request-required-eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"],
  ["+(a|aa)+(a|aa)+(a|aa)b", longName],
  [`**/${"*a".repeat(8)}*b`, `${"a/".repeat(100)}${longName}`],
])("%s against a long value matches nothing", (pattern, value) => {
  expect(globMatch(pattern, value)).toBe(false);
});

test.each([hostileGlob, `resources/${"*e".repeat(10)}*x`, `**/${"*a".repeat(8)}*b`, "x".repeat(513)])(
  "%s is refused before matching, so it cannot backtrack",
  (pattern) => {
    expect(globTooComplex(pattern)).toBe(true);
  },
);

test("ordinary globs keep matching", () => {
  expect(globMatch("resources/*", "resources/memory-limit-required")).toBe(true);
  expect(globMatch("resources/memory-*", "resources/cpu-limit-required")).toBe(false);
  expect(globMatch("team-*", "team-a")).toBe(true);
  expect(globMatch("**/k8s/*.yaml", "apps/shop/k8s/web.yaml")).toBe(true);
  expect(globMatch("{api,web}", "web")).toBe(true);
  expect(globMatch(`${"*-".repeat(MAX_GLOB_STARS - 1)}*`, "a-b-c-d")).toBe(true);
});

test("a hostile suppression in a manifest: the finding stays", () => {
  const yaml = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\n  annotations:\n    tollgate.dev/ignore: "${hostileGlob}@${hostileGlob}"\n    tollgate.dev/ignore-reason: because\nspec:\n  containers:\n    - name: ${longName}\n      image: i\n`;
  const r = runCheck(yaml);
  expect(r.findings.filter((f) => f.ruleId === "resources/memory-limit-required").map((f) => f.line)).toEqual([11]);
  expect(r.findings.filter((f) => f.ruleId === "tollgate/unused-suppression").map((f) => f.line)).toEqual([7]);
});

test("the webhook: a review carrying a hostile suppression is still denied", async () => {
  const server = await startTestServer();
  try {
    const o = fixture("deployment.json") as any;
    o.metadata.annotations = { "tollgate.dev/ignore": `${hostileGlob}@${hostileGlob}`, "tollgate.dev/ignore-reason": "because" };
    o.spec.template.spec.containers[0].name = longName;
    delete o.spec.template.spec.containers[0].resources.limits;
    const r = await server.review({ object: o });
    expect(r.response.allowed).toBe(false);
    expect((await server.get("/healthz")).status).toBe(200);
  } finally {
    await server.close();
  }
});
