// POST /validate over real TLS: decisions by operation, mode, namespace and user, and what the
// person running kubectl reads.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { defineRule } from "../../src/engine/rule.js";
import { builtinRegistry } from "../helpers.js";
import { admissionReview, edited, fixture, logEntries, startTestServer, testRules, type TestServer } from "./harness.js";

/** The fixture Deployment with its container's resources removed (two errors, one warning). */
const bareDeployment = () => edited("deployment.json", (d) => { d.spec.template.spec.containers[0].resources = {}; });

describe("default config (enforce)", () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer({ ownNamespace: "tollgate-system" }); });
  afterAll(() => s.close());

  test("a compliant Deployment is allowed with no warnings", async () => {
    const r = await s.review({ uid: "uid-good", object: fixture("deployment.json") });
    expect(r.headers["content-type"]).toMatch(/^application\/json/);
    expect(r.json).toMatchObject({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview" });
    expect(r.response).toEqual({ uid: "uid-good", allowed: true });
  });

  test("errors deny with a 403 naming rule, container and fix; warnings go to warnings[]", async () => {
    const r = await s.review({ uid: "uid-bad", object: bareDeployment() });
    expect(r.response.uid).toBe("uid-bad");
    expect(r.response.allowed).toBe(false);
    expect(r.response.status).toEqual({
      code: 403,
      reason: "Forbidden",
      message: [
        "Deployment shop/web violates 2 tollgate rules:",
        "- resources/memory-limit-required (container web): web has no memory limit. Fix: Set resources.limits.memory on the container (or a default for the namespace in a LimitRange).",
        "- resources/memory-request-required (container web): web has no memory request. Fix: Set resources.requests.memory on the container (or a default for the namespace in a LimitRange).",
      ].join("\n"),
    });
    expect(r.response.warnings).toEqual(["resources/cpu-request-required: web has no CPU request"]);
    expect(r.response).not.toHaveProperty("patch");
  });

  test("a Pod: the app container is reported, the init container with resources is not", async () => {
    const r = await s.review({ object: fixture("pod.json") });
    expect(r.response.allowed).toBe(false);
    expect(r.response.status!.message.split("\n")).toEqual([
      "Pod shop/batch- violates 2 tollgate rules:",
      expect.stringMatching(/^- resources\/memory-limit-required \(container worker\): worker has no memory limit\. Fix: /),
      expect.stringMatching(/^- resources\/memory-request-required \(container worker\): worker has no memory request\. Fix: /),
    ]);
  });

  test("a Service has no containers to judge and is allowed", async () => {
    const r = await s.review({ object: fixture("service.json") });
    expect(r.response).toEqual({ uid: expect.any(String), allowed: true });
  });

  test("dryRun requests are evaluated the same way", async () => {
    const r = await s.review({ object: bareDeployment(), dryRun: true });
    expect(r.response.allowed).toBe(false);
    expect(r.response.status!.code).toBe(403);
    const log = logEntries(s).find((l) => l.uid === r.response.uid);
    expect(log).toMatchObject({ dryRun: true, decision: "deny" });
  });

  test("UPDATE is checked; by default (new-only) an old problem warns and a new one blocks", async () => {
    const bumped = edited("deployment.json", (d) => { d.spec.template.spec.containers[0].resources = {}; d.spec.template.spec.containers[0].image = "web:2"; });
    const r = await s.review({ operation: "UPDATE", object: bumped, oldObject: bareDeployment() });
    expect(r.response.allowed).toBe(true);
    expect(r.response.warnings).toContain("resources/memory-limit-required: (already present, not blocking) web has no memory limit");
    const broken = await s.review({ operation: "UPDATE", object: bareDeployment(), oldObject: fixture("deployment.json") });
    expect(broken.response.allowed).toBe(false);
  });

  test("DELETE (object null) and CONNECT are allowed without evaluation", async () => {
    const del = await s.review({ uid: "uid-del", operation: "DELETE", object: null, oldObject: bareDeployment() });
    expect(del.response).toEqual({ uid: "uid-del", allowed: true });
    const conn = await s.review({
      uid: "uid-exec",
      operation: "CONNECT",
      subResource: "exec",
      object: { kind: "PodExecOptions", apiVersion: "v1", stdin: true, tty: true, container: "web", command: ["/bin/sh"] },
      name: "web-0",
      namespace: "shop",
    });
    expect(conn.response).toEqual({ uid: "uid-exec", allowed: true });
    expect(logEntries(s).find((l) => l.uid === "uid-del")).toMatchObject({ decision: "skip", skipped: "operation", operation: "DELETE" });
  });

  test("subresources: a Scale is judged (boundary rules, nothing to deny here), status is allowed without evaluation", async () => {
    const body = fixture("scale-review.json") as any;
    body.request.uid = "uid-scale";
    const scale = await s.post(body);
    expect((scale.json as any).response).toEqual({ uid: "uid-scale", allowed: true });
    expect(logEntries(s).find((l) => l.uid === "uid-scale")).toMatchObject({ decision: "allow", subResource: "scale" });
    const status = await s.review({ uid: "uid-status", operation: "UPDATE", subResource: "status", object: bareDeployment(), oldObject: bareDeployment() });
    expect(status.response).toEqual({ uid: "uid-status", allowed: true });
    expect(logEntries(s).find((l) => l.uid === "uid-status")).toMatchObject({ decision: "skip", skipped: "subresource", subResource: "status" });
  });

  test("kube-system and the webhook's own namespace are exempt by default", async () => {
    for (const ns of ["kube-system", "tollgate-system"]) {
      const obj = edited("deployment.json", (d) => { d.metadata.namespace = ns; d.spec.template.spec.containers[0].resources = {}; });
      const r = await s.review({ object: obj });
      expect(r.response.allowed).toBe(true);
      expect(r.response.warnings).toBeUndefined();
    }
    const other = edited("deployment.json", (d) => { d.metadata.namespace = "kube-public"; d.spec.template.spec.containers[0].resources = {}; });
    expect((await s.review({ object: other })).response.allowed).toBe(false);
  });

  test("an object without metadata.namespace is judged in the request's namespace", async () => {
    const obj = edited("deployment.json", (d) => { delete d.metadata.namespace; d.spec.template.spec.containers[0].resources = {}; });
    const r = await s.review({ object: obj, namespace: "kube-system" });
    expect(r.response.allowed).toBe(true);
  });

  test("generateName objects are named by their prefix", async () => {
    const r = await s.review({ object: fixture("pod.json"), name: "" });
    expect(r.response.status!.message).toMatch(/^Pod shop\/batch- violates/);
  });
});

describe("modes", () => {
  test("global warn: nothing is denied; every finding becomes a warning", async () => {
    const s = await startTestServer({ config: "admission:\n  mode: warn\n" });
    try {
      const r = await s.review({ object: bareDeployment() });
      expect(r.response.allowed).toBe(true);
      expect(r.response.status).toBeUndefined();
      expect(r.response.warnings).toEqual([
        "resources/memory-limit-required: web has no memory limit",
        "resources/memory-request-required: web has no memory request",
        "resources/cpu-request-required: web has no CPU request",
      ]);
      for (const w of r.response.warnings!) {
        expect(w.length).toBeLessThanOrEqual(120);
        expect(w).not.toMatch(/^Warning/i);
      }
    } finally {
      await s.close();
    }
  });

  test("global audit: allowed silently, logged and counted", async () => {
    const s = await startTestServer({ config: "admission:\n  mode: audit\n" });
    try {
      const r = await s.review({ uid: "uid-audit", object: bareDeployment() });
      expect(r.response).toEqual({ uid: "uid-audit", allowed: true });
      expect(logEntries(s).find((l) => l.uid === "uid-audit")).toMatchObject({
        decision: "allow",
        audited: ["resources/cpu-request-required", "resources/memory-limit-required", "resources/memory-request-required"],
      });
      const metrics = await s.metrics.registry.metrics();
      expect(metrics).toContain('tollgate_admission_violations_total{rule="resources/memory-limit-required",action="audit"} 1');
    } finally {
      await s.close();
    }
  });

  test("per-rule mode wins over the global mode", async () => {
    const s = await startTestServer({
      config: [
        "admission:",
        "  mode: audit",
        "rules:",
        "  resources/memory-limit-required: { mode: enforce }",
        "  resources/memory-request-required: { mode: warn }",
      ].join("\n"),
    });
    try {
      const r = await s.review({ object: bareDeployment() });
      expect(r.response.allowed).toBe(false);
      expect(r.response.status!.message.split("\n")).toEqual([
        "Deployment shop/web violates a tollgate rule:",
        expect.stringMatching(/^- resources\/memory-limit-required \(container web\): /),
      ]);
      expect(r.response.warnings).toEqual(["resources/memory-request-required: web has no memory request"]);
    } finally {
      await s.close();
    }
  });

  test("severity set in config decides with mode: an error downgraded to warning only warns", async () => {
    const s = await startTestServer({ config: "rules:\n  resources/memory-limit-required: warning\n  resources/memory-request-required: info\n" });
    try {
      const r = await s.review({ uid: "uid-sev", object: bareDeployment() });
      expect(r.response.allowed).toBe(true);
      expect(r.response.warnings).toEqual([
        "resources/cpu-request-required: web has no CPU request",
        "resources/memory-limit-required: web has no memory limit",
      ]);
      expect(logEntries(s).find((l) => l.uid === "uid-sev")).toMatchObject({ decision: "warn", audited: ["resources/memory-request-required"] });
    } finally {
      await s.close();
    }
  });
});

describe("every built-in rule, as tollgate serve runs them", () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer({ rules: [...builtinRegistry().rules] }); });
  afterAll(() => s.close());

  test("UPDATE that scales a Deployment far up warns with the cost increase; an image bump says nothing", async () => {
    const scaled = edited("deployment.json", (d) => { d.spec.replicas = 60; d.spec.template.spec.containers[0].resources = { requests: { cpu: "2", memory: "4Gi" }, limits: { memory: "4Gi" } }; });
    const up = await s.review({ operation: "UPDATE", object: scaled, oldObject: fixture("deployment.json") });
    expect(up.response.allowed).toBe(true);
    expect(up.response.warnings).toEqual([expect.stringMatching(/^cost\/increase: Monthly cost on EKS rises by \$[\d,]+\.\d\d \(\+[\d.]+ %\) to \$[\d,]+\.\d\d$/), expect.stringMatching(/^cost\/increase: Monthly cost on k3s rises by/)]);
    const bumped = edited("deployment.json", (d) => { d.spec.template.spec.containers[0].image = "registry.example.com/shop/web:1.4.3"; });
    const same = await s.review({ operation: "UPDATE", object: bumped, oldObject: fixture("deployment.json") });
    expect(same.response).toEqual({ uid: same.response.uid, allowed: true });
  });

});

describe("UPDATE with update: new-only", () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer({ config: "admission:\n  update: new-only\n" }); });
  afterAll(() => s.close());

  test("a problem the old object already had does not block; it is shown as a warning", async () => {
    const old = edited("deployment.json", (d) => { delete d.spec.template.spec.containers[0].resources.limits; });
    const next = edited("deployment.json", (d) => {
      delete d.spec.template.spec.containers[0].resources.limits;
      d.spec.template.spec.containers[0].image = "registry.example.com/shop/web:1.4.3";
    });
    const r = await s.review({ operation: "UPDATE", object: next, oldObject: old });
    expect(r.response.allowed).toBe(true);
    expect(r.response.warnings).toEqual(["resources/memory-limit-required: (already present, not blocking) web has no memory limit"]);
  });

  test("a new problem still blocks, and only the new one is listed", async () => {
    const old = edited("deployment.json", (d) => { delete d.spec.template.spec.containers[0].resources.limits; });
    const next = edited("deployment.json", (d) => { d.spec.template.spec.containers[0].resources = {}; });
    const r = await s.review({ operation: "UPDATE", object: next, oldObject: old });
    expect(r.response.allowed).toBe(false);
    expect(r.response.status!.message.split("\n")).toEqual([
      "Deployment shop/web violates a tollgate rule:",
      expect.stringMatching(/^- resources\/memory-request-required \(container web\): web has no memory request\./),
    ]);
    expect(r.response.warnings).toEqual([
      "resources/memory-limit-required: (already present, not blocking) web has no memory limit",
      "resources/cpu-request-required: web has no CPU request",
    ]);
  });

  test("the same problem in a new container is new", async () => {
    const old = edited("deployment.json", (d) => { delete d.spec.template.spec.containers[0].resources.limits; });
    const next = edited("deployment.json", (d) => {
      delete d.spec.template.spec.containers[0].resources.limits;
      d.spec.template.spec.containers.push({ name: "sidecar", image: "envoy:1.30", resources: { requests: { cpu: "50m", memory: "64Mi" } } });
    });
    const r = await s.review({ operation: "UPDATE", object: next, oldObject: old });
    expect(r.response.allowed).toBe(false);
    expect(r.response.status!.message).toContain("resources/memory-limit-required (container sidecar)");
    expect(r.response.status!.message).not.toContain("(container web)");
  });

  test("CREATE is unaffected", async () => {
    const r = await s.review({ object: bareDeployment() });
    expect(r.response.allowed).toBe(false);
  });
});

describe("subresources over TLS, as the API server sends them", () => {
  test("kubectl debug in another team's pod is denied; in one's own it is allowed", async () => {
    const s = await startTestServer({ rules: [...builtinRegistry().rules], config: "namespaces:\n  teams:\n    shop: { namespaces: [shop], groups: [\"oidc:shop\"] }\n    ml: { namespaces: [ml], groups: [\"oidc:ml\"] }\n" });
    try {
      const as = (uid: string, groups: string[]) => {
        const body = fixture("ephemeralcontainers-review.json") as any;
        body.request.uid = uid;
        body.request.userInfo.groups = groups;
        return body;
      };
      const foreign = (await s.post(as("uid-debug-ml", ["oidc:ml"]))).json as any;
      expect(foreign.response.allowed).toBe(false);
      expect(foreign.response.status.message).toMatch(/^Pod shop\/web-7d4b9c6f5-x2kqp violates a tollgate rule:\n- namespaces\/team-owns-namespace: /);
      expect(logEntries(s).find((l) => l.uid === "uid-debug-ml")).toMatchObject({ decision: "deny", subResource: "ephemeralcontainers", denied: ["namespaces/team-owns-namespace"] });
      const own = (await s.post(as("uid-debug-shop", ["oidc:shop"]))).json as any;
      expect(own.response).toEqual({ uid: "uid-debug-shop", allowed: true });
    } finally {
      await s.close();
    }
  });
});

describe("exemptions", () => {
  test("namespace globs, users and groups from config skip evaluation; kube-system stays exempt only if listed", async () => {
    const s = await startTestServer({
      config: [
        "admission:",
        "  exemptNamespaces: [\"sandbox-*\"]",
        "  exemptUsers: [\"system:serviceaccount:argocd:*\"]",
        "  exemptGroups: [\"platform-admins\"]",
      ].join("\n"),
    });
    try {
      const inNs = (ns: string) => edited("deployment.json", (d) => { d.metadata.namespace = ns; d.spec.template.spec.containers[0].resources = {}; });
      expect((await s.review({ object: inNs("sandbox-alice") })).response.allowed).toBe(true);
      expect((await s.review({ object: inNs("kube-system") })).response.allowed).toBe(false);
      expect((await s.review({ object: bareDeployment(), username: "system:serviceaccount:argocd:argocd-application-controller" })).response.allowed).toBe(true);
      expect((await s.review({ object: bareDeployment(), username: "system:serviceaccount:shop:deployer" })).response.allowed).toBe(false);
      expect((await s.review({ uid: "uid-grp", object: bareDeployment(), groups: ["system:authenticated", "platform-admins"] })).response.allowed).toBe(true);
      expect(logEntries(s).find((l) => l.uid === "uid-grp")).toMatchObject({ decision: "skip", skipped: "group" });
    } finally {
      await s.close();
    }
  });

  test("annotation exemptions count for resource rules (non-boundary default) and not with annotationExemptions: none", async () => {
    const annotated = edited("deployment.json", (d) => {
      d.metadata.annotations["tollgate.dev/ignore"] = "resources/memory-limit-required";
      d.metadata.annotations["tollgate.dev/ignore-reason"] = "JVM sizes its heap itself";
      delete d.spec.template.spec.containers[0].resources.limits;
    });
    const s = await startTestServer();
    try {
      expect((await s.review({ object: annotated, groups: ["system:masters"] })).response).toEqual({ uid: expect.any(String), allowed: true });
    } finally {
      await s.close();
    }
    const strict = await startTestServer({ config: "admission:\n  annotationExemptions: none\n" });
    try {
      const r = await strict.review({ object: annotated, groups: ["system:masters"] });
      expect(r.response.allowed).toBe(false);
      expect(r.response.status!.message).toContain("resources/memory-limit-required");
    } finally {
      await strict.close();
    }
  });

  test("a boundary rule ignores annotations by default but honours them with annotationExemptions: all", async () => {
    const boundary = defineRule({
      id: "test/boundary",
      target: "object",
      kinds: ["Deployment"],
      meta: { family: "test", severity: "error", summary: "A boundary rule.", remediation: "Ask the platform team.", boundary: true, messages: { no: "not yours" } },
      check(ctx) { ctx.report({ messageId: "no", at: "/metadata/namespace" }); },
    });
    const annotated = edited("deployment.json", (d) => {
      d.metadata.annotations["tollgate.dev/ignore"] = "test/boundary";
      d.metadata.annotations["tollgate.dev/ignore-reason"] = "trust me";
    });
    const s = await startTestServer({ rules: testRules([boundary]) });
    try {
      const r = await s.review({ object: annotated });
      expect(r.response.allowed).toBe(false);
      expect(r.response.status!.message).toBe("Deployment shop/web violates a tollgate rule:\n- test/boundary: not yours. Fix: Ask the platform team.");
    } finally {
      await s.close();
    }
    const lax = await startTestServer({ rules: testRules([boundary]), config: "admission:\n  annotationExemptions: all\n" });
    try {
      expect((await lax.review({ object: annotated, groups: ["system:masters"] })).response.allowed).toBe(true);
    } finally {
      await lax.close();
    }
  });
});

describe("internal rule errors follow onError", () => {
  const boom = defineRule({
    id: "test/boom",
    target: "object",
    meta: { family: "test", severity: "error", summary: "Throws on annotated objects.", remediation: "None.", messages: {} },
    check(_ctx, o) {
      if (o.metadata.annotations["test/boom"]) throw new TypeError("cannot read properties of undefined");
    },
  });
  const exploding = () => edited("deployment.json", (d) => { d.metadata.annotations["test/boom"] = "yes"; });

  test("onError: allow (default) allows with a warning giving the reason, logs and counts it", async () => {
    const s = await startTestServer({ rules: testRules([boom]) });
    try {
      const r = await s.review({ uid: "uid-boom", object: exploding() });
      expect(r.response).toEqual({ uid: "uid-boom", allowed: true, warnings: ["tollgate could not evaluate test/boom; allowed (onError: allow)"] });
      const log = logEntries(s).find((l) => l.uid === "uid-boom");
      expect(log).toMatchObject({ level: "error", decision: "warn", errors: ["rule test/boom failed on Deployment shop/web: cannot read properties of undefined"] });
      expect(await s.metrics.registry.metrics()).toContain('tollgate_admission_errors_total{type="rule_error"} 1');
      // Other rules still enforce: a failing rule does not open the gate for everything.
      const both = edited("deployment.json", (d) => { d.metadata.annotations["test/boom"] = "yes"; d.spec.template.spec.containers[0].resources = {}; });
      expect((await s.review({ object: both })).response.allowed).toBe(false);
    } finally {
      await s.close();
    }
  });

  test("onError: deny denies with the reason", async () => {
    const s = await startTestServer({ rules: testRules([boom]), config: "admission:\n  onError: deny\n" });
    try {
      const r = await s.review({ uid: "uid-boom2", object: exploding() });
      expect(r.response).toEqual({
        uid: "uid-boom2",
        allowed: false,
        status: {
          code: 500,
          reason: "InternalError",
          message: "tollgate could not evaluate Deployment shop/web and is configured to deny (onError: deny):\n- tollgate internal error: rule test/boom failed on Deployment shop/web: cannot read properties of undefined",
        },
      });
      expect((await s.review({ object: fixture("deployment.json") })).response.allowed).toBe(true);
    } finally {
      await s.close();
    }
  });
});

test("the review fixture keeps the kubernetes/api request shape", () => {
  const r = admissionReview({ object: fixture("service.json") }).request as Record<string, unknown>;
  expect(Object.keys(r).sort()).toEqual(
    ["dryRun", "kind", "name", "namespace", "object", "oldObject", "operation", "options", "requestKind", "requestResource", "resource", "uid", "userInfo"].sort(),
  );
  expect(r.kind).toEqual({ group: "", version: "v1", kind: "Service" });
  expect(r.resource).toEqual({ group: "", version: "v1", resource: "services" });
});
