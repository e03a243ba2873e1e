// Suppressions never hide a finding they do not name: random objects, random `tollgate.dev/ignore`
// entries (exact ids, family globs, `*`, `@container`, typos) and random config exemptions, checked
// against a reference of what each entry names, written here independently of src/engine/suppress.ts.
import fc from "fast-check";
import type { Finding } from "../../src/core/types.js";
import { builtinRegistry, configFrom, runCheck } from "../helpers.js";

const RULES = ["resources/memory-limit-required", "resources/memory-request-required", "resources/cpu-request-required", "resources/cpu-limit-required", "resources/limit-below-request"];
const CONTAINERS = ["app", "sidecar"];

interface Entry {
  readonly rule: string;
  readonly container?: string;
}

// What an entry names, by the documented grammar: an exact id, `family/*` or `*/*` (a `*` stays within
// one path segment, so a bare `*` names no rule id), optionally `@container`.
function names(e: Entry, f: Finding): boolean {
  const ruleOk = e.rule === "*/*" || e.rule === f.ruleId || (e.rule.endsWith("/*") && f.ruleId.startsWith(e.rule.slice(0, -1)) && !f.ruleId.slice(e.rule.length - 1).includes("/"));
  if (!ruleOk) return false;
  return e.container === undefined || e.container === f.container;
}

const entry: fc.Arbitrary<Entry> = fc.record(
  {
    rule: fc.constantFrom(...RULES, "resources/*", "namespaces/*", "*", "*/*", "resources/memory-limit", "resource/memory-limit-required", "Resources/Memory-Limit-Required", "resources/memory-limit-required "),
    container: fc.constantFrom(...CONTAINERS, "other"),
  },
  { requiredKeys: ["rule"] },
);

const resources = fc.constantFrom(
  "{}",
  "{ requests: { cpu: 100m, memory: 64Mi } }",
  "{ requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }",
  "{ requests: { cpu: 100m, memory: 128Mi }, limits: { cpu: 50m, memory: 64Mi } }",
  "{ limits: { memory: 1Gi } }",
);

const object = fc.record({
  name: fc.constantFrom("a", "b", "c"),
  containers: fc.array(resources, { minLength: 1, maxLength: 2 }),
  entries: fc.array(entry, { maxLength: 4 }),
  reason: fc.constantFrom("the mesh sets it", "", undefined),
});

const exemption = fc.record(
  {
    rules: fc.array(fc.constantFrom(...RULES, "resources/*"), { minLength: 1, maxLength: 2 }),
    name: fc.constantFrom("a-0", "b-1", "a-*", "z*"),
    container: fc.constantFrom(...CONTAINERS),
  },
  { requiredKeys: ["rules"] },
);

type Obj = { name: string; containers: string[]; entries: Entry[]; reason: string | undefined };

function manifest(objects: Obj[]): string {
  return objects
    .map((o, i) => {
      const annotations = o.entries.length === 0 && o.reason === undefined ? "" : [
        "  annotations:",
        ...(o.entries.length > 0 ? [`    tollgate.dev/ignore: "${o.entries.map((e) => (e.container ? `${e.rule}@${e.container}` : e.rule)).join(", ")}"`] : []),
        ...(o.reason !== undefined ? [`    tollgate.dev/ignore-reason: "${o.reason}"`] : []),
      ].join("\n") + "\n";
      const containers = o.containers.map((r, j) => `        - name: ${CONTAINERS[j]}\n          image: example/app:1\n          resources: ${r}\n`).join("");
      return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${o.name}-${i}\n  namespace: api\n${annotations}spec:\n  replicas: 2\n  selector: { matchLabels: { app: x${i} } }\n  template:\n    metadata: { labels: { app: x${i} } }\n    spec:\n      containers:\n${containers}`;
    })
    .join("---\n");
}

const key = (f: Finding) => `${f.ruleId}|${f.object?.name}|${f.container ?? ""}|${f.line}`;
const isMeta = (f: Finding) => f.ruleId.startsWith("tollgate/");

describe("suppressions hide exactly what they name", () => {
  beforeAll(() => builtinRegistry());

  test("annotation entries: a hidden finding is always named by an entry of its own object with a reason", () => {
    fc.assert(
      fc.property(fc.array(object, { minLength: 1, maxLength: 3 }), (objects) => {
        const yaml = manifest(objects);
        const all = runCheck(yaml, { engine: { annotationSuppressions: "none" } }).findings.filter((f) => !isMeta(f));
        const shown = new Set(runCheck(yaml).findings.filter((f) => !isMeta(f)).map(key));
        for (const f of all) {
          const o = objects[Number(f.object!.name!.split("-")[1])]!;
          const honoured = o.reason !== undefined && o.reason.trim() !== "";
          // An entry is trimmed as a whole: "rule @c" keeps the space and names nothing (it is reported unused).
          const named = honoured && o.entries.some((e) => names(e.container ? e : { rule: e.rule.trim() }, f));
          expect({ finding: key(f), shown: shown.has(key(f)) }).toEqual({ finding: key(f), shown: !named });
        }
        // Nothing appears that the unsuppressed run did not have.
        const allKeys = new Set(all.map(key));
        for (const k of shown) expect(allKeys.has(k)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("config exemptions: a hidden finding always matches an exemption's rules, name and container", () => {
    fc.assert(
      fc.property(fc.array(object.map((o) => ({ ...o, entries: [], reason: undefined })), { minLength: 1, maxLength: 3 }), fc.array(exemption, { maxLength: 3 }), (objects, exemptions) => {
        const yaml = manifest(objects);
        const config = exemptions.length === 0 ? "" : `exemptions:\n${exemptions.map((e) => `  - rules: [${e.rules.map((r) => `"${r}"`).join(", ")}]\n${e.name ? `    name: "${e.name}"\n` : ""}${e.container ? `    container: ${e.container}\n` : ""}    reason: accepted risk\n`).join("")}`;
        const all = runCheck(yaml, { config: configFrom(config), engine: { exemptions: false } }).findings.filter((f) => !isMeta(f));
        const shown = new Set(runCheck(yaml, { config: configFrom(config) }).findings.filter((f) => !isMeta(f)).map(key));
        for (const f of all) {
          const named = exemptions.some(
            (e) =>
              e.rules.some((r) => names({ rule: r }, f)) &&
              (e.name === undefined || (e.name.endsWith("*") ? f.object!.name!.startsWith(e.name.slice(0, -1)) : e.name === f.object!.name)) &&
              (e.container === undefined || e.container === f.container),
          );
          expect({ finding: key(f), shown: shown.has(key(f)) }).toEqual({ finding: key(f), shown: !named });
        }
      }),
      { numRuns: 200 },
    );
  });

  test("with annotation suppressions off (--no-exemptions in the webhook sense), nothing is hidden", () => {
    fc.assert(
      fc.property(fc.array(object, { minLength: 1, maxLength: 3 }), (objects) => {
        const yaml = manifest(objects);
        const all = runCheck(yaml, { engine: { annotationSuppressions: "none" } });
        expect(all.summary.suppressed).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
