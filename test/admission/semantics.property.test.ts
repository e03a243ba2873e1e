// Properties of UPDATE decisions over random Deployments: reordering containers never makes an old
// violation new, changes no rule reads never deny, and the team boundary holds whatever the old object was.
import { expect, test } from "@jest/globals";
import fc from "fast-check";
import { createEvaluator } from "../../src/admission/evaluate.js";
import { parseReview } from "../../src/admission/review.js";
import { builtinRegistry } from "../helpers.js";
import { admissionReview, configFromYaml, fixture } from "./harness.js";

const TEAMS = "namespaces:\n  teams:\n    shop: { namespaces: [shop], groups: [\"oidc:shop\"] }\n    ml: { namespaces: [ml], groups: [\"oidc:ml\"] }\n";
const rules = builtinRegistry().rules;
const newOnly = createEvaluator({ rules, config: configFromYaml(TEAMS) });
const all = createEvaluator({ rules, config: configFromYaml(`${TEAMS}admission:\n  update: all\n`) });

const resources = fc.constantFrom(
  {},
  { requests: { cpu: "10m", memory: "16Mi" } },
  { requests: { cpu: "10m", memory: "16Mi" }, limits: { memory: "16Mi" } },
  { limits: { memory: "1Gi" } },
  { requests: { memory: "2Gi" }, limits: { memory: "1Gi" } },
);
const containers = fc.uniqueArray(fc.record({ name: fc.constantFrom("a", "b", "c", "d", "e"), image: fc.constantFrom("x:1", "y:2"), resources }), { minLength: 1, maxLength: 5, selector: (c) => c.name });

function deployment(cs: readonly object[], edit: (d: any) => void = () => {}): Record<string, unknown> {
  const d = structuredClone(fixture("deployment.json")) as any;
  d.spec.template.spec.containers = cs.map((c) => structuredClone(c));
  edit(d);
  return d;
}

const SAM = { username: "sam", groups: ["oidc:shop"] };
const BOB = { username: "bob", groups: ["oidc:ml"] };
const update = (object: object, oldObject: object, who = SAM) =>
  parseReview(admissionReview({ operation: "UPDATE", object: object as Record<string, unknown>, oldObject: oldObject as Record<string, unknown>, username: who.username, groups: who.groups }));

test("new-only: a permutation of the same containers (and a new image) is never denied", () => {
  fc.assert(
    fc.property(containers, fc.nat(), fc.boolean(), (cs, seed, bump) => {
      const shuffled = [...cs].sort((x, y) => ((x.name.charCodeAt(0) * 31 + seed) % 7) - ((y.name.charCodeAt(0) * 31 + seed) % 7));
      const next = deployment(shuffled.map((c) => (bump ? { ...c, image: "z:3" } : c)));
      const o = newOnly.evaluate(update(next, deployment(cs)));
      expect(o.denied).toEqual([]);
      expect(o.response.allowed).toBe(true);
    }),
    { numRuns: 150 },
  );
});

test("update: all: changing only finalizers, controller annotations, status or ownerReferences is never denied", () => {
  const metadataEdit = fc.constantFrom<(d: any) => void>(
    (d) => { d.metadata.finalizers = ["foregroundDeletion"]; },
    (d) => { d.metadata.annotations["deployment.kubernetes.io/revision"] = "7"; },
    (d) => { d.status = { replicas: 3, readyReplicas: 1 }; },
    (d) => { d.metadata.ownerReferences = [{ apiVersion: "example.com/v1", kind: "App", name: "web", uid: "u", controller: true }]; },
    (d) => { d.spec.template.metadata.annotations = { "kubectl.kubernetes.io/restartedAt": "2026-12-03T10:00:00Z" }; },
    (d) => { d.metadata.resourceVersion = "99"; d.metadata.generation = 9; },
  );
  fc.assert(
    fc.property(containers, fc.array(metadataEdit, { minLength: 1, maxLength: 3 }), (cs, edits) => {
      const next = deployment(cs, (d) => edits.forEach((e) => e(d)));
      const o = all.evaluate(update(next, deployment(cs)));
      expect(o.response.allowed).toBe(true);
    }),
    { numRuns: 150 },
  );
});

test("new-only never grandfathers the boundary: another team's update is denied whatever the old object was", () => {
  fc.assert(
    fc.property(containers, containers, (before, after) => {
      const o = newOnly.evaluate(update(deployment(after), deployment(before), BOB));
      expect(o.response.allowed).toBe(false);
      expect(o.denied).toContain("namespaces/team-owns-namespace");
    }),
    { numRuns: 100 },
  );
});
