// The admission handler over real TLS with arbitrary JSON bodies: a valid AdmissionReview answer for
// the same uid, or a 4xx with a JSON error; never a 5xx, never a hang, and the server keeps serving.
import fc from "fast-check";
import { admissionReview, fixture, startTestServer, type TestServer } from "../admission/harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Mostly the right value, sometimes arbitrary JSON. */
const usually = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: fc.jsonValue() });

/** Reviews with any part replaced by arbitrary JSON: the shapes a broken or hostile client sends. */
const reviewish = fc
  .record({
    apiVersion: usually(fc.constantFrom("admission.k8s.io/v1", "admission.k8s.io/v1beta1")),
    kind: usually(fc.constant("AdmissionReview")),
    uid: usually(fc.uuid()),
    operation: usually(fc.constantFrom("CREATE", "UPDATE", "DELETE", "CONNECT")),
    object: fc.oneof(fc.constant(fixture("deployment.json")), fc.constant(fixture("pod.json")), fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
    oldObject: usually(fc.constant(null)),
    namespace: usually(fc.constant("shop")),
    userInfo: usually(fc.constant({ username: "alice", groups: ["dev"] })),
    dryRun: usually(fc.boolean()),
    drop: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray(["uid", "kind", "resource", "operation", "userInfo", "object", "name", "namespace"], { maxLength: 2 }) }),
  })
  .map((r) => {
    const base = admissionReview({ object: fixture("deployment.json") }) as Record<string, any>;
    const request: Record<string, unknown> = { ...base.request, uid: r.uid, operation: r.operation, object: r.object, oldObject: r.oldObject, namespace: r.namespace, userInfo: r.userInfo, dryRun: r.dryRun };
    for (const k of r.drop) delete request[k];
    return { apiVersion: r.apiVersion, kind: r.kind, request };
  });

const answered = { reviews: 0, errors: 0 };

async function expectWellFormed(body: unknown, raw?: string): Promise<void> {
  const r = await server.post(body, raw !== undefined ? { raw } : {});
  answered[r.status === 200 ? "reviews" : "errors"]++;
  if (r.status === 200) {
    const json = r.json as { apiVersion: string; kind: string; response: { uid: unknown; allowed: unknown; patch?: unknown } };
    expect(json.apiVersion).toBe("admission.k8s.io/v1");
    expect(json.kind).toBe("AdmissionReview");
    expect(json.response.uid).toBe((body as { request: { uid: unknown } }).request.uid);
    expect(typeof json.response.allowed).toBe("boolean");
    expect(json.response.patch).toBeUndefined();
  } else {
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.json).toEqual(expect.any(Object));
  }
}

test("arbitrary JSON values as the body", async () => {
  await fc.assert(fc.asyncProperty(fc.jsonValue(), (v) => expectWellFormed(v)), { numRuns: 300 });
});

test("AdmissionReviews with any field replaced, dropped or of the wrong type", async () => {
  answered.reviews = answered.errors = 0;
  await fc.assert(fc.asyncProperty(reviewish, (v) => expectWellFormed(v)), { numRuns: 400 });
  // Both sides were exercised: reviews decided and bodies refused.
  expect(answered.reviews).toBeGreaterThan(20);
  expect(answered.errors).toBeGreaterThan(20);
});

test("arbitrary text that is almost JSON", async () => {
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
    fc.jsonValue().map((v) => `${JSON.stringify(v)}garbage`),
    fc.constantFrom('{"__proto__": {"allowed": true}}', '{"constructor": {"prototype": {"allowed": true}}}', "\ufeff{}", "[]", "null", "1e999"),
  );
  await fc.assert(
    fc.asyncProperty(text, async (raw) => {
      const r = await server.post(undefined, { raw });
      expect(r.status === 200 || (r.status >= 400 && r.status < 500)).toBe(true);
      if (r.status === 200) expect((r.json as { kind: string }).kind).toBe("AdmissionReview");
    }),
    { numRuns: 300 },
  );
});

test("a prototype-polluting body changes nothing for the next review", async () => {
  await server.post(undefined, { raw: '{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"__proto__":{"allowed":true},"uid":"x"}}' });
  const denied = await server.review({ object: (() => { const o = fixture("deployment.json") as any; delete o.spec.template.spec.containers[0].resources.limits; return o; })() });
  expect(denied.response.allowed).toBe(false);
  expect(({} as Record<string, unknown>).allowed).toBeUndefined();
});
