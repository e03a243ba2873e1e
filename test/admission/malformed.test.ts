// Bodies the webhook must refuse: each gets a JSON error with the right status, never a stack trace.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { request as httpsRequest } from "node:https";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { admissionReview, edited, fixture, logEntries, startTestServer, type TestServer } from "./harness.js";

let s: TestServer;
beforeAll(async () => { s = await startTestServer(); });
afterAll(() => s.close());

const valid = () => admissionReview({ object: fixture("deployment.json") });
const without = (field: string) => {
  const r = valid();
  delete (r.request as Record<string, unknown>)[field];
  return r;
};

describe("malformed requests", () => {
  const cases: { name: string; send: () => Promise<{ status: number; json: unknown; text: string }>; status: number; error: string; message: RegExp }[] = [
    { name: "text/plain content type", send: () => s.post(valid(), { contentType: "text/plain" }), status: 415, error: "unsupported-media-type", message: /Content-Type must be application\/json, got "text\/plain"/ },
    { name: "no content type", send: () => s.post(valid(), { contentType: null }), status: 415, error: "unsupported-media-type", message: /got "\(none\)"/ },
    { name: "form content type", send: () => s.post(undefined, { raw: "a=1", contentType: "application/x-www-form-urlencoded" }), status: 415, error: "unsupported-media-type", message: /application\/json/ },
    { name: "invalid JSON", send: () => s.post(undefined, { raw: '{"apiVersion": "admission.k8s.io/v1", "kind": ' }), status: 400, error: "invalid-json", message: /^the body is not valid JSON$/ },
    { name: "a JSON string, not an object", send: () => s.post(undefined, { raw: '"hello"' }), status: 400, error: "invalid-json", message: /not valid JSON/ },
    { name: "a JSON array", send: () => s.post([1, 2]), status: 400, error: "bad-review", message: /the body is not a JSON object/ },
    { name: "empty body", send: () => s.post(undefined, { raw: "" }), status: 400, error: "bad-review", message: /the body is empty/ },
    { name: "an empty object", send: () => s.post({}), status: 400, error: "bad-review", message: /the body is empty/ },
    { name: "another kind", send: () => s.post({ apiVersion: "v1", kind: "Pod", metadata: { name: "x" } }), status: 400, error: "bad-review", message: /kind must be "AdmissionReview"/ },
    { name: "v1beta1", send: () => s.post({ ...valid(), apiVersion: "admission.k8s.io/v1beta1" }), status: 400, error: "bad-review", message: /apiVersion must be "admission.k8s.io\/v1"/ },
    { name: "no request", send: () => s.post({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview" }), status: 400, error: "bad-review", message: /request is missing/ },
    { name: "missing uid", send: () => s.post(without("uid")), status: 400, error: "bad-review", message: /request\.uid is missing/ },
    { name: "unknown operation", send: () => s.post(admissionReview({ operation: "PATCH" as "CREATE", object: fixture("deployment.json") })), status: 400, error: "bad-review", message: /request\.operation must be one of CREATE, UPDATE, DELETE, CONNECT/ },
    { name: "CREATE without object", send: () => s.post(admissionReview({ operation: "CREATE", object: null })), status: 400, error: "bad-review", message: /request\.object is missing for CREATE/ },
  ];

  test.each(cases)("$name → $status $error", async (c) => {
    const r = await c.send();
    expect(r.status).toBe(c.status);
    expect(r.json).toEqual({ error: c.error, message: expect.stringMatching(c.message) });
    expect(r.text).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/);
  });

  test("a body over the limit answers 413 with a JSON error", async () => {
    const big = edited("deployment.json", (d) => { d.metadata.annotations["example.com/blob"] = "x".repeat(9 * 1024 * 1024); });
    const r = await s.post(admissionReview({ object: big }));
    expect(r.status).toBe(413);
    expect(r.json).toEqual({ error: "too-large", message: expect.stringMatching(/^the body exceeds the webhook's limit of \d+ bytes$/) });
    expect(await s.metrics.registry.metrics()).toContain('tollgate_admission_errors_total{type="too_large"} 1');
  });

  test("a real-size UPDATE (object and oldObject near the API server's 3 MiB each) is accepted", async () => {
    const blob = "y".repeat(2.5 * 1024 * 1024);
    const obj = edited("deployment.json", (d) => { d.metadata.annotations["example.com/blob"] = blob; });
    const r = await s.review({ operation: "UPDATE", object: obj, oldObject: obj });
    expect(r.response.allowed).toBe(true);
  });

  test("unknown paths and methods answer a JSON 404", async () => {
    const r = await s.get("/validate");
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error: "not-found", message: expect.any(String) });
    expect((await s.post(valid(), { path: "/mutate" })).status).toBe(404);
  });

  test("rejected requests are logged without their body and the server keeps answering", async () => {
    await s.post(undefined, { raw: '{"secret": "s3cr3t-in-a-broken-body", ' });
    expect(s.logs.join("")).not.toContain("s3cr3t-in-a-broken-body");
    expect(logEntries(s).some((l) => l.error === "invalid-json" && l.status === 400)).toBe(true);
    expect((await s.review({ object: fixture("deployment.json") })).response.allowed).toBe(true);
  });
});

/** POST /validate with a Content-Encoding. */
function postEncoded(body: Buffer, encoding: string): Promise<{ status: number; json: unknown; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: "127.0.0.1", port: s.port, method: "POST", path: "/validate", agent: s.agent, ca: s.pem.cert, headers: { "content-type": "application/json", "content-encoding": encoding, "content-length": body.length } },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => {
          let json: unknown;
          try { json = JSON.parse(text); } catch { json = undefined; }
          resolve({ status: res.statusCode ?? 0, json, text });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("compressed bodies", () => {
  const review = () => Buffer.from(JSON.stringify(valid()));
  const truncated = (b: Buffer) => b.subarray(0, Math.floor(b.length / 2));

  test.each([
    ["gzip", (b: Buffer) => gzipSync(b)],
    ["deflate", (b: Buffer) => deflateSync(b)],
    ["br", (b: Buffer) => brotliCompressSync(b)],
  ])("a valid %s body is inflated and answered", async (encoding, compress) => {
    const r = await postEncoded(compress(review()), encoding);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ response: { allowed: true } });
  });

  test.each([
    ["gzip", "not gzip at all", Buffer.from("this is not gzip data")],
    ["gzip", "truncated", truncated(gzipSync(Buffer.from(JSON.stringify(valid()))))],
    ["deflate", "garbage", Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 0x00, 0x01])],
    ["br", "garbage", Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
    ["br", "truncated", truncated(brotliCompressSync(Buffer.from(JSON.stringify(valid()))))],
  ])("a %s body that does not inflate (%s) is a 400 with a JSON error", async (encoding, _what, body) => {
    const r = await postEncoded(body, encoding);
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ error: "bad-encoding", message: `the body is not valid ${encoding} data (Content-Encoding)` });
    expect(r.text).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/);
  });

  test("an unknown Content-Encoding is a 415", async () => {
    const r = await postEncoded(review(), "zstd-or-whatever");
    expect(r.status).toBe(415);
    expect(r.json).toEqual({ error: "unsupported-media-type", message: expect.any(String) });
  });

  test("bad encodings are counted as bad_encoding, never as internal errors", async () => {
    const text = await s.metrics.registry.metrics();
    expect(text).toMatch(/tollgate_admission_errors_total\{type="bad_encoding"\} [1-9]/);
    expect(text).not.toContain('type="internal"');
  });
});
