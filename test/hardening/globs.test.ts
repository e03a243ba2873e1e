// Globs written by whoever can create an object (`tollgate.dev/ignore: "rule@container"`), edit config
// or CODEOWNERS cannot take time the pattern controls: the matcher runs an NFA over the value, and its
// step counter is bounded by (states × (value length + 1)) whatever the pattern. Work is measured in
// steps, never in wall time.
import { expect, test } from "@jest/globals";
import fc from "fast-check";
import { compileGlob, globMatch, MAX_GLOB_LENGTH, MAX_GLOB_SUBJECT, parseGlob } from "../../src/core/glob.js";
import { matchCodeowners, parseCodeowners } from "../../src/ownership/codeowners.js";
import { fixture, startTestServer } from "../admission/harness.js";
import { configFrom, runCheck } from "../helpers.js";

/** The review that stalled a replica for 44.8 s (issue 17, item 1). */
const REPRO_GLOB = `${"(a|aa)".repeat(30)}c`;
const REPRO_ENTRY = `resources/memory-limit-required@${REPRO_GLOB}`;
const longName = "a".repeat(63);

/** The bound every match must respect: each state is visited at most twice per character read. */
function bound(pattern: string, value: string): number {
  return 2 * compileGlob(pattern).size * (value.length + 1);
}

function steps(pattern: string, value: string): { matched: boolean; steps: number } {
  const m = compileGlob(pattern);
  const matched = m.match(value);
  return { matched, steps: m.steps };
}

test.each([
  [REPRO_GLOB, longName],
  [`${"*a".repeat(12)}*b`, longName],
  [`resources/${"*e".repeat(10)}*x`, `resources/memory-request-required-${"e".repeat(46)}`],
  ["+(a|aa)+(a|aa)+(a|aa)b", longName],
  [`**/${"*a".repeat(8)}*b`, `${"a/".repeat(100)}${longName}`],
  [`${"{a,aa}".repeat(30)}c`, longName],
  [`${"**/".repeat(40)}b`, `${"a/".repeat(200)}a`],
])("%s against a long value: no match, within the step bound", (pattern, value) => {
  const r = steps(pattern, value);
  expect(r.matched).toBe(false);
  expect(r.steps).toBeLessThanOrEqual(bound(pattern, value));
});

test("the 45-second pattern: extglob and regex groups are literal characters, not alternation", () => {
  expect(globMatch(REPRO_GLOB, longName)).toBe(false);
  expect(globMatch("(a|aa)c", "(a|aa)c")).toBe(true);
  expect(globMatch("(a|aa)c", "ac")).toBe(false);
  expect(globMatch("+(a|b)", "a")).toBe(false);
  expect(globMatch("!a", "b")).toBe(false);
  expect(globMatch("!a", "!a")).toBe(true);
  // 63 a's and 30 groups: a few thousand steps, where the RegExp backtracked for 45 s
  expect(steps(REPRO_GLOB, longName).steps).toBeLessThan(1000);
  expect(steps(`${"{a,aa}".repeat(30)}c`, longName).steps).toBeLessThan(20_000);
});

test.each<[string, string, boolean]>([
  ["resources/*", "resources/memory-limit-required", true],
  ["resources/memory-*", "resources/cpu-limit-required", false],
  ["*", "resources/memory-limit-required", false],
  ["*/*", "resources/memory-limit-required", true],
  ["team-*", "team-a", true],
  ["team-?", "team-ab", false],
  ["**/k8s/*.yaml", "apps/shop/k8s/web.yaml", true],
  ["**/k8s/*.yaml", "k8s/web.yaml", true],
  ["teams/api/**", "teams/api", true],
  ["teams/api/**", "teams/api/a/b.yaml", true],
  ["teams/api/**", "teams/apix/b.yaml", false],
  ["a/**/b", "a/b", true],
  ["a/**/b", "a/x/y/b", true],
  ["**", "a/b/c", true],
  ["a**b", "axxb", true],
  ["a**b", "ax/xb", false],
  ["{api,web}", "web", true],
  ["{api,web}-*", "api-1", true],
  ["{a,{b,c}}d", "cd", true],
  ["{a,b", "{a,b", true],
  ["[a-c]x", "bx", true],
  ["[!a]x", "bx", true],
  ["[!a]x", "ax", false],
  ["[abc", "[abc", true],
  ["a\\*", "a*", true],
  ["a\\*", "ab", false],
  ["x/*", "x/", false],
  ["*-*-*-*", "a-b-c-d", true],
])("%s matches %s: %s", (pattern, value, expected) => {
  expect(globMatch(pattern, value)).toBe(expected);
});

test("patterns and values over the caps match nothing", () => {
  expect(globMatch("a".repeat(MAX_GLOB_LENGTH), "a".repeat(MAX_GLOB_LENGTH))).toBe(true);
  expect(globMatch("a".repeat(MAX_GLOB_LENGTH + 1), "a".repeat(MAX_GLOB_LENGTH + 1))).toBe(false);
  expect(globMatch("*", "a".repeat(MAX_GLOB_SUBJECT))).toBe(true);
  expect(globMatch("*", "a".repeat(MAX_GLOB_SUBJECT + 1))).toBe(false);
});

// A reference for `*`, `?` and literals in one segment, by dynamic programming, written independently.
function reference(pattern: string, value: string): boolean {
  const m = pattern.length;
  const n = value.length;
  let prev = new Array<boolean>(n + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= m; i++) {
    const cur = new Array<boolean>(n + 1).fill(false);
    const p = pattern[i - 1];
    if (p === "*") cur[0] = prev[0]!;
    for (let j = 1; j <= n; j++) {
      if (p === "*") cur[j] = prev[j]! || cur[j - 1]!;
      else cur[j] = prev[j - 1]! && (p === "?" || p === value[j - 1]);
    }
    prev = cur;
  }
  return prev[n]!;
}

test("property: `*`, `?` and literals match as the reference says", () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom("a", "b", "?", "*", "-"), { minLength: 1, maxLength: 12 }).map((xs) => xs.join("")),
      fc.array(fc.constantFrom("a", "b", "-"), { minLength: 1, maxLength: 12 }).map((xs) => xs.join("")),
      (pattern, value) => {
        // a pattern that is a run of `*` alone is a whole segment: it needs one character, `**` any
        if (/^\*+$/.test(pattern)) return globMatch(pattern, value) === true;
        expect(globMatch(pattern, value)).toBe(reference(pattern, value));
        return true;
      },
    ),
    { numRuns: 3000 },
  );
});

test("property: adversarial patterns never exceed the step bound, and states grow linearly with the pattern", () => {
  const piece = fc.constantFrom("a", "aa", "*", "?", "**", "/", "*a", "{a,aa}", "{a,*a}", "[a]", "[!b]", "(a|aa)", "+(", ")", "|", "\\*", "{", "}", ",");
  fc.assert(
    fc.property(
      fc.array(piece, { minLength: 1, maxLength: 60 }).map((xs) => xs.join("")),
      fc.integer({ min: 1, max: 300 }),
      fc.constantFrom("a", "a/", "ab", "aab/"),
      (pattern, n, unit) => {
        const value = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
        const m = compileGlob(pattern);
        m.match(value);
        expect(m.size).toBeLessThanOrEqual(4 * pattern.length + 2);
        expect(m.steps).toBeLessThanOrEqual(bound(pattern, value));
        return true;
      },
    ),
    { numRuns: 400 },
  );
});

test("parseGlob: groups and extglobs parse as literal characters", () => {
  expect(parseGlob("(a|b)").every((n) => n.t === "lit")).toBe(true);
  expect(parseGlob("{a,b}").map((n) => n.t)).toEqual(["alt"]);
});

test("CODEOWNERS patterns a pull request writes match in linear time too", () => {
  const co = parseCodeowners(`* @platform\n${"*a".repeat(12)}*b @org/ml\n**/${"*a".repeat(10)}*/** @org/ml\n`);
  const path = `${"a/".repeat(50)}${"a".repeat(200)}`;
  expect(matchCodeowners(co, path)?.line).toBe(1);
  for (const e of co.entries) {
    e.matcher.match(path);
    expect(e.matcher.steps).toBeLessThanOrEqual(2 * e.matcher.size * (path.length + 1));
  }
});

test("a CODEOWNERS pattern over the cap is a problem on its line, and the line is ignored", () => {
  const co = parseCodeowners(`* @platform\n${"a".repeat(MAX_GLOB_LENGTH + 1)} @org/ml\n`);
  expect(co.entries.map((e) => e.line)).toEqual([1]);
  expect(co.problems).toEqual([{ line: 2, message: `pattern of ${MAX_GLOB_LENGTH + 1} characters is longer than ${MAX_GLOB_LENGTH}; the line is ignored` }]);
});

test("a hostile suppression in a manifest: the finding stays and the entry is reported unused", () => {
  const yaml = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\n  annotations:\n    tollgate.dev/ignore: "${REPRO_ENTRY}"\n    tollgate.dev/ignore-reason: because\nspec:\n  containers:\n    - name: ${longName}\n      image: i\n`;
  const r = runCheck(yaml);
  expect(r.findings.filter((f) => f.ruleId === "resources/memory-limit-required").map((f) => f.line)).toEqual([11]);
  expect(r.findings.filter((f) => f.ruleId === "tollgate/unused-suppression").map((f) => f.line)).toEqual([7]);
});

test("the webhook: the review from the issue is denied, and the server keeps answering", async () => {
  const server = await startTestServer();
  try {
    const o = fixture("deployment.json") as any;
    o.metadata.annotations = { "tollgate.dev/ignore": REPRO_ENTRY, "tollgate.dev/ignore-reason": "because" };
    o.spec.template.spec.containers[0].name = longName;
    delete o.spec.template.spec.containers[0].resources.limits;
    const r = await server.review({ object: o });
    expect(r.response.allowed).toBe(false);
    expect(r.response.status!.message).toContain("resources/memory-limit-required");
    expect((await server.get("/healthz")).status).toBe(200);
  } finally {
    await server.close();
  }
});

test("an over-long pattern in an annotation is reported as suppressing nothing, with the reason and without the whole text", () => {
  const long = `resources/${"x".repeat(MAX_GLOB_LENGTH)}`;
  const yaml = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\n  annotations:\n    tollgate.dev/ignore: "${long}"\n    tollgate.dev/ignore-reason: because\nspec:\n  containers:\n    - name: c\n      image: i\n`;
  const unused = runCheck(yaml).findings.filter((f) => f.ruleId === "tollgate/unused-suppression");
  expect(unused.map((f) => f.line)).toEqual([7]);
  expect(unused[0]!.message).toContain(`the pattern is ${long.length} characters long, more than ${MAX_GLOB_LENGTH}; it matches nothing`);
  expect(unused[0]!.message.length).toBeLessThan(300);
});

test("config globs over the cap are refused with the file and line", () => {
  expect(() => configFrom(`exemptions:\n  - rules: ["${"r".repeat(MAX_GLOB_LENGTH + 1)}"]\n    reason: legacy\n`)).toThrow(/\.tollgate\.yaml.*2.*512/s);
});
