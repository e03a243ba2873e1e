// Globs written by whoever can create an object (`tollgate.dev/ignore: "rule@container"`) or edit
// config cannot hang the engine: too many `*` or an extglob match nothing, quickly.
import { globMatch, MAX_GLOB_STARS } from "../../src/core/glob.js";
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
])("%s against a long value answers at once and matches nothing", (pattern, value) => {
  const started = performance.now();
  expect(globMatch(pattern, value)).toBe(false);
  expect(performance.now() - started).toBeLessThan(200);
});

test("ordinary globs keep matching", () => {
  expect(globMatch("resources/*", "resources/memory-limit-required")).toBe(true);
  expect(globMatch("resources/memory-*", "resources/cpu-limit-required")).toBe(false);
  expect(globMatch("team-*", "team-a")).toBe(true);
  expect(globMatch("**/k8s/*.yaml", "apps/shop/k8s/web.yaml")).toBe(true);
  expect(globMatch("{api,web}", "web")).toBe(true);
  expect(globMatch(`${"*-".repeat(MAX_GLOB_STARS - 1)}*`, "a-b-c-d")).toBe(true);
});

test("a hostile suppression in a manifest: the check answers fast and the finding stays", () => {
  const yaml = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\n  annotations:\n    tollgate.dev/ignore: "${hostileGlob}@${hostileGlob}"\n    tollgate.dev/ignore-reason: because\nspec:\n  containers:\n    - name: ${longName}\n      image: i\n`;
  const started = performance.now();
  const r = runCheck(yaml);
  expect(performance.now() - started).toBeLessThan(2000);
  expect(r.findings.filter((f) => f.ruleId === "resources/memory-limit-required").map((f) => f.line)).toEqual([11]);
  expect(r.findings.filter((f) => f.ruleId === "tollgate/unused-suppression").map((f) => f.line)).toEqual([7]);
});

test("the webhook: a review carrying a hostile suppression is answered in time and still denied", async () => {
  const server = await startTestServer();
  try {
    const o = fixture("deployment.json") as any;
    o.metadata.annotations = { "tollgate.dev/ignore": `${hostileGlob}@${hostileGlob}`, "tollgate.dev/ignore-reason": "because" };
    o.spec.template.spec.containers[0].name = longName;
    delete o.spec.template.spec.containers[0].resources.limits;
    const started = performance.now();
    const r = await server.review({ object: o });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.response.allowed).toBe(false);
    expect((await server.get("/healthz")).status).toBe(200);
  } finally {
    await server.close();
  }
});
