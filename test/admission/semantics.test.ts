// What the webhook decides, request by request, for the cases issue 17 reproduced against a cluster:
// new-only never grandfathers the team boundary, Kubernetes' own controllers are never blocked by a
// violation an object already had, only the platform may exempt, and subresources are judged
// deliberately. Reviews have the API server's shapes (fixtures for subresources); the evaluator is
// driven directly, as app.ts does for each POST /validate.
import { describe, expect, test } from "@jest/globals";
import { createEvaluator, type Outcome } from "../../src/admission/evaluate.js";
import { parseReview } from "../../src/admission/review.js";
import { builtinRegistry } from "../helpers.js";
import { admissionReview, configFromYaml, edited, fixture, type ReviewRequest } from "./harness.js";

const TEAMS = `
namespaces:
  platform: platform
  teams:
    platform: { namespaces: [monitoring], groups: ["oidc:sre"] }
    shop: { namespaces: [shop], groups: ["oidc:shop"] }
    ml: { namespaces: [ml], groups: ["oidc:ml"] }
`;
const BOB_ML = { username: "bob", groups: ["system:authenticated", "oidc:ml"] };
const SAM_SHOP = { username: "sam", groups: ["system:authenticated", "oidc:shop"] };
const ADMIN = { username: "kubernetes-admin", groups: ["system:masters", "system:authenticated"] };

function evaluator(config = "", workloadOf?: Parameters<typeof createEvaluator>[0]["workloadOf"]) {
  return createEvaluator({ rules: builtinRegistry().rules, config: configFromYaml(config), ...(workloadOf ? { workloadOf } : {}) });
}

type Who = { username: string; groups: string[] };
function review(r: Partial<ReviewRequest>, who?: Who): ReturnType<typeof parseReview> {
  return parseReview(admissionReview({ ...r, ...(who ? { username: who.username, groups: who.groups } : {}) }));
}

/** A fixture review (subresources) with another requester. */
function fixtureReview(name: string, who: Who, edit: (request: any) => void = () => {}): ReturnType<typeof parseReview> {
  const body = fixture(name) as any;
  body.request.userInfo = { ...body.request.userInfo, username: who.username, groups: who.groups };
  edit(body.request);
  return parseReview(body);
}

const denied = (o: Outcome) => (o.response.allowed ? [] : o.denied);

/** A Deployment that predates the resource rules: no resources at all. */
const legacy = (edit: (d: any) => void = () => {}) => edited("deployment.json", (d) => { d.spec.template.spec.containers[0].resources = {}; edit(d); });

describe("update: new-only never grandfathers the team boundary", () => {
  const e = evaluator(`${TEAMS}admission:\n  update: new-only\n`);

  test("a user of team ml changing team shop's Deployment image is denied", () => {
    const old = fixture("deployment.json");
    const next = edited("deployment.json", (d) => { d.spec.template.spec.containers[0].image = "evil/web:1"; });
    const o = e.evaluate(review({ operation: "UPDATE", object: next, oldObject: old }, BOB_ML));
    expect(denied(o)).toEqual(["namespaces/team-owns-namespace"]);
    expect(o.response.status!.message).toMatch(/^Deployment shop\/web violates a tollgate rule:\n- namespaces\/team-owns-namespace: user bob \(team ml\) may not write Deployment shop\/web into namespace shop, which shop owns\./);
    // the owner's own update goes through
    expect(e.evaluate(review({ operation: "UPDATE", object: next, oldObject: old }, SAM_SHOP)).response.allowed).toBe(true);
  });

  test("adding himself to shop's RoleBinding is denied", () => {
    const rb = (subjects: string[]) => ({
      apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "devs", namespace: "shop" },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
      subjects: subjects.map((name) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "User", name })),
    });
    const o = e.evaluate(review({ operation: "UPDATE", object: rb(["sam", "bob"]), oldObject: rb(["sam"]) }, BOB_ML));
    expect(denied(o)).toEqual(["namespaces/team-owns-namespace"]);
  });

  test("setting Namespace shop's Pod Security label to privileged is denied, and the Namespace is named once", () => {
    const ns = (level: string) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name: "shop", labels: { "pod-security.kubernetes.io/enforce": level } } });
    // the API server sends a Namespace's own name as request.namespace
    const o = e.evaluate(review({ operation: "UPDATE", object: ns("privileged"), oldObject: ns("restricted"), namespace: "shop" }, BOB_ML));
    expect(denied(o)).toEqual(["namespaces/cluster-scoped-by-platform"]);
    expect(o.response.status!.message.split("\n")[0]).toBe("Namespace shop violates a tollgate rule:");
  });
});

describe("RBAC at admission", () => {
  const rb = (group: string) => ({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "everyone", namespace: "shop" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: group }],
  });

  test.each(["system:authenticated", "system:serviceaccounts", "system:unauthenticated"])("granting shop to %s is denied, even by shop's owner", (group) => {
    const o = evaluator(TEAMS).evaluate(review({ object: rb(group) }, SAM_SHOP));
    expect(denied(o)).toEqual(["namespaces/rolebinding-broad-subject"]);
  });

  test("the team's own group is fine", () => {
    expect(evaluator(TEAMS).evaluate(review({ object: rb("oidc:shop") }, SAM_SHOP)).response.allowed).toBe(true);
  });
});

describe("update: new-only compares containers by name", () => {
  const e = evaluator("admission:\n  update: new-only\n");
  const two = (order: string[]) => edited("deployment.json", (d) => {
    const full = d.spec.template.spec.containers[0];
    const byName: Record<string, unknown> = { bare: { name: "bare", image: "bare:1", resources: { requests: { cpu: "10m", memory: "16Mi" } } }, full: { ...full, name: "full" } };
    d.spec.template.spec.containers = order.map((n) => byName[n]);
  });

  test("swapping two containers does not turn an old violation into a new one", () => {
    const o = e.evaluate(review({ operation: "UPDATE", object: two(["full", "bare"]), oldObject: two(["bare", "full"]) }));
    expect(o.response.allowed).toBe(true);
    expect(o.response.warnings).toEqual(["resources/memory-limit-required: (already present, not blocking) bare has no memory limit"]);
  });

  test("the violation moving to another container is new", () => {
    const old = two(["bare", "full"]);
    const next = edited("deployment.json", (d) => {
      d.spec.template.spec.containers = [{ ...(old as any).spec.template.spec.containers[0], resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { memory: "16Mi" } } }, { ...(old as any).spec.template.spec.containers[1], resources: { requests: { cpu: "10m", memory: "16Mi" } } }];
    });
    const o = e.evaluate(review({ operation: "UPDATE", object: next, oldObject: old }));
    expect(o.response.status!.message).toContain("resources/memory-limit-required (container full)");
  });
});

describe("Kubernetes' own controllers on objects that predate the rules (update: all)", () => {
  const e = evaluator("admission:\n  update: all\n");
  const gc = { username: "system:serviceaccount:kube-system:generic-garbage-collector", groups: ["system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"] };
  const rsController = { username: "system:serviceaccount:kube-system:replicaset-controller", groups: ["system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"] };
  const jobController = { username: "system:serviceaccount:kube-system:job-controller", groups: ["system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"] };
  const alice = { username: "alice@example.com", groups: ["system:authenticated"] };

  test.each<[string, Who, Record<string, unknown>, Record<string, unknown>]>([
    ["the garbage collector removing foregroundDeletion", gc,
      legacy((d) => { d.metadata.finalizers = ["foregroundDeletion"]; d.metadata.deletionTimestamp = "2026-12-03T10:00:00Z"; }),
      legacy((d) => { d.metadata.deletionTimestamp = "2026-12-03T10:00:00Z"; })],
    ["a person removing a finalizer", alice, legacy((d) => { d.metadata.finalizers = ["example.com/cleanup"]; }), legacy()],
    ["kubectl rollout restart", alice, legacy(), legacy((d) => { d.spec.template.metadata.annotations = { "kubectl.kubernetes.io/restartedAt": "2026-12-03T10:00:00Z" }; })],
    ["a controller updating status and annotations", rsController, legacy(), legacy((d) => { d.status = { replicas: 3 }; d.metadata.annotations["deployment.kubernetes.io/revision"] = "4"; })],
    ["the job controller removing a Pod finalizer", jobController,
      edited("pod.json", (p) => { p.metadata.name = "batch-x"; p.metadata.finalizers = ["batch.kubernetes.io/job-tracking"]; }),
      edited("pod.json", (p) => { p.metadata.name = "batch-x"; })],
  ])("%s is allowed", (_d, who, oldObject, object) => {
    const o = e.evaluate(review({ operation: "UPDATE", object, oldObject }, who));
    expect(o.response.allowed).toBe(true);
  });

  test("a person's real change to a legacy object still meets update: all", () => {
    const o = e.evaluate(review({ operation: "UPDATE", object: legacy((d) => { d.spec.template.spec.containers[0].image = "web:2"; }), oldObject: legacy() }, alice));
    expect(o.response.allowed).toBe(false);
  });

  test("the ReplicaSet controller's Pod for a legacy workload is allowed; the same Pod from a person is not", () => {
    const pod = edited("pod.json", (p) => {
      p.metadata.ownerReferences = [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "batch-5d8f", uid: "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", controller: true, blockOwnerDeletion: true }];
    });
    expect(e.evaluate(review({ object: pod }, rsController)).response.allowed).toBe(true);
    expect(evaluator().evaluate(review({ object: pod }, rsController)).response.allowed).toBe(true);
    expect(e.evaluate(review({ object: pod }, alice)).response.allowed).toBe(false);
  });

  test("the boundary rules still run for them", () => {
    const ns = { apiVersion: "v1", kind: "Namespace", metadata: { name: "shop", labels: { "pod-security.kubernetes.io/enforce": "privileged" } } };
    const e2 = evaluator(TEAMS);
    // a kube-system service account is the platform in the ownership model...
    expect(e2.evaluate(review({ object: ns, namespace: "shop" }, gc)).response.allowed).toBe(true);
    // ...but a user who only calls himself system:node-ish is judged like anyone else
    const o = e2.evaluate(review({ object: ns, namespace: "shop" }, { username: "system:nodeless", groups: ["oidc:ml"] }));
    expect(denied(o)).toEqual(["namespaces/cluster-scoped-by-platform"]);
  });
});

describe("namespace default: the API server's own objects", () => {
  const e = evaluator();
  const apiserver = { username: "system:apiserver", groups: ["system:authenticated", "system:masters"] };
  const saController = { username: "system:serviceaccount:kube-system:service-account-controller", groups: ["system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"] };
  const kubernetesService = (port: number) => ({
    apiVersion: "v1", kind: "Service", metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
    spec: { type: "ClusterIP", clusterIP: "10.96.0.1", ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: port }] },
  });

  test("a person creating a ConfigMap in default is told no (the rule still works)", () => {
    const o = e.evaluate(review({ object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x", namespace: "default" } } }));
    expect(denied(o)).toEqual(["namespaces/no-default-namespace"]);
  });

  test("system:apiserver updating Service default/kubernetes is allowed", () => {
    expect(e.evaluate(review({ operation: "UPDATE", object: kubernetesService(6443), oldObject: kubernetesService(8443) }, apiserver)).response.allowed).toBe(true);
  });

  test("the service account controller creating the default ServiceAccount is allowed", () => {
    const sa = { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: "default" } };
    expect(e.evaluate(review({ object: sa }, saController)).response.allowed).toBe(true);
  });

  test("removing a finalizer from an object in default is allowed, even under update: all", () => {
    const cm = (finalizers: string[]) => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x", namespace: "default", finalizers } });
    const strict = evaluator("admission:\n  update: all\n");
    expect(strict.evaluate(review({ operation: "UPDATE", object: cm([]), oldObject: cm(["example.com/keep"]) })).response.allowed).toBe(true);
  });
});

describe("who may exempt with tollgate.dev/ignore", () => {
  const annotated = () => edited("deployment.json", (d) => {
    d.metadata.annotations["tollgate.dev/ignore"] = "resources/memory-limit-required, resources/cpu-*";
    d.metadata.annotations["tollgate.dev/ignore-reason"] = "JVM sizes its heap itself";
    delete d.spec.template.spec.containers[0].resources.limits;
  });

  test("by default only the platform team: anyone else's annotation is ignored with a warning naming the rules", () => {
    const e = evaluator(TEAMS);
    const sam = e.evaluate(review({ object: annotated() }, SAM_SHOP));
    expect(denied(sam)).toEqual(["resources/memory-limit-required"]);
    expect(sam.response.warnings).toContain("tollgate.dev/ignore not honoured (admission.exemptionsBy): resources/memory-limit-required, resources/cpu-*");
    const pat = e.evaluate(review({ object: annotated() }, { username: "pat", groups: ["oidc:sre"] }));
    expect(pat.response.allowed).toBe(true);
    expect(pat.response.warnings).toEqual(['tollgate/unused-suppression: Deployment shop/web suppresses "resources/cpu-*", which reported nothing here']);
    expect(e.evaluate(review({ object: annotated() }, ADMIN)).response.allowed).toBe(true);
  });

  test("admission.exemptionsBy lists exactly who may", () => {
    const e = evaluator("admission:\n  exemptionsBy: { users: [sam], groups: [\"oidc:release-*\"] }\n");
    expect(e.evaluate(review({ object: annotated() }, SAM_SHOP)).response.allowed).toBe(true);
    expect(e.evaluate(review({ object: annotated() }, { username: "rel", groups: ["oidc:release-managers"] })).response.allowed).toBe(true);
    expect(e.evaluate(review({ object: annotated() }, ADMIN)).response.allowed).toBe(false);
  });
});

describe("subresources", () => {
  test("pods/ephemeralcontainers: a debug container in another team's pod is a boundary violation", () => {
    const e = evaluator(TEAMS);
    const o = e.evaluate(fixtureReview("ephemeralcontainers-review.json", BOB_ML));
    expect(denied(o)).toEqual(["namespaces/team-owns-namespace"]);
    expect(o.response.status!.message.split("\n")[0]).toBe("Pod shop/web-7d4b9c6f5-x2kqp violates a tollgate rule:");
    expect(e.evaluate(fixtureReview("ephemeralcontainers-review.json", SAM_SHOP)).response).toEqual({ uid: expect.any(String), allowed: true });
  });

  test("deployments/scale without cluster state: the team boundary is judged on the workload", () => {
    const e = evaluator(TEAMS);
    const o = e.evaluate(fixtureReview("scale-review.json", BOB_ML));
    expect(denied(o)).toEqual(["namespaces/team-owns-namespace"]);
    expect(o.response.status!.message).toContain("may not write Deployment shop/web into namespace shop");
    expect(e.evaluate(fixtureReview("scale-review.json", SAM_SHOP)).response.allowed).toBe(true);
  });

  test("deployments/scale with the workload known: cost/budget judges the scaled replica count", () => {
    const config = `${TEAMS}cost:\n  budgets:\n    - { namespace: shop, monthly: 100 }\nrules:\n  cost/budget: error\n`;
    const asked: unknown[] = [];
    const e = evaluator(config, (ref) => {
      asked.push(ref);
      return ref.kind === "Deployment" && ref.name === "web" ? fixture("deployment.json") : undefined;
    });
    const up = e.evaluate(fixtureReview("scale-review.json", SAM_SHOP));
    expect(asked).toEqual([{ apiVersion: "apps/v1", kind: "Deployment", namespace: "shop", name: "web" }]);
    expect(denied(up)).toEqual(["cost/budget"]);
    expect(up.response.status!.message).toMatch(/^Deployment shop\/web violates a tollgate rule:\n- cost\/budget: Namespace shop costs \$[\d,.]+\/month on EKS, over its budget of \$100\.00/);
    // scaling back down from 40 to 3 is allowed
    const down = e.evaluate(fixtureReview("scale-review.json", SAM_SHOP, (r) => { [r.object, r.oldObject] = [r.oldObject, r.object]; }));
    expect(down.response.allowed).toBe(true);
  });

  test("other subresources (status) are allowed without evaluation", () => {
    const o = evaluator(TEAMS).evaluate(fixtureReview("ephemeralcontainers-review.json", BOB_ML, (r) => { r.subResource = "status"; r.requestSubResource = "status"; }));
    expect(o).toMatchObject({ decision: "skip", skipped: "subresource", response: { allowed: true } });
  });
});
