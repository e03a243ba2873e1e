// What /metrics exposes: labels from closed sets only (a caller cannot grow the series), buckets up
// to the API server's 30 s, the in-flight gauge, the certificate expiry, and the metrics port.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { X509Certificate, randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kindLabel, ruleLabeller } from "../../src/admission/metrics.js";
import { admissionReview, fixture, makeCert, startTestServer, type TestServer } from "./harness.js";

function plainGet(port: number, path: string): Promise<{ status: number; type: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], text }));
    })
      .on("error", reject)
      .end();
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const randomKind = () => `K${randomBytes(12).toString("hex")}`;

/** A DELETE review of an object of a made-up kind (DELETE is never evaluated: the cheapest review). */
function deleteOf(kind: string): Record<string, unknown> {
  const review = admissionReview({ operation: "DELETE", object: null, oldObject: { ...fixture("service.json"), kind } });
  const req = review.request as Record<string, unknown>;
  req.kind = { group: "evil.example.com", version: "v1", kind };
  return review;
}

describe("labels come from closed sets", () => {
  test.each([
    ["Deployment", "Deployment"],
    ["Namespace", "Namespace"],
    ["EndpointSlice", "EndpointSlice"],
    ["Scale", "Scale"],
    ["deployment", "other"],
    ["Rollout", "other"],
    ["", "other"],
    ['Pod",le="1', "other"],
  ])("kind %j is labelled %j", (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });

  test("rule ids outside the loaded registry are labelled other", () => {
    const label = ruleLabeller(["resources/memory-limit-required"]);
    expect(label("resources/memory-limit-required")).toBe("resources/memory-limit-required");
    expect(label("resources/anything-else")).toBe("other");
  });

  test("reviews with random kinds keep the metrics text the same size, whatever their number", async () => {
    const s = await startTestServer();
    try {
      const send = async (n: number) => {
        for (let i = 0; i < n; i++) expect((await s.post(deleteOf(randomKind()))).status).toBe(200);
      };
      await send(10);
      const after10 = await s.metrics.registry.metrics();
      await send(300);
      const after310 = await s.metrics.registry.metrics();
      // No new series: the same lines, only counts and sums grow by a few digits.
      expect(after310.split("\n").length).toBe(after10.split("\n").length);
      expect(after310.length - after10.length).toBeLessThan(100);
      expect(after310).toContain('tollgate_admission_requests_total{operation="DELETE",kind="other",decision="skip"} 310');
      expect(after310).not.toMatch(/kind="K[0-9a-f]/);
    } finally {
      await s.close();
    }
  }, 30_000);
});

describe("gauges and buckets", () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer({ certPollMs: 50 }); });
  afterAll(() => s.close());

  test("the duration histogram has buckets up to 30 s", async () => {
    await s.review({ object: fixture("deployment.json") });
    const text = await s.metrics.registry.metrics();
    const buckets = [...text.matchAll(/tollgate_admission_request_duration_seconds_bucket\{le="([^"]+)",operation="CREATE"\}/g)].map((m) => m[1]);
    expect(buckets).toEqual(["0.0005", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "30", "+Inf"]);
  });

  test("tollgate_admission_in_flight counts a review from its first byte to its answer", async () => {
    const inFlight = async () => (await s.metrics.inFlight.get()).values[0]?.value ?? 0;
    expect(await inFlight()).toBe(0);
    const body = JSON.stringify(admissionReview({ uid: "uid-in-flight", object: fixture("deployment.json") }));
    let finish!: () => void;
    const answered = new Promise<number>((resolve, reject) => {
      const req = httpsRequest(
        { host: "127.0.0.1", port: s.port, method: "POST", path: "/validate", ca: s.pem.cert, agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 100));
      finish = () => req.end(body.slice(100));
    });
    await until("one review in flight", async () => (await inFlight()) === 1);
    expect(await s.metrics.registry.metrics()).toContain("tollgate_admission_in_flight 1");
    finish();
    expect(await answered).toBe(200);
    await until("no review in flight", async () => (await inFlight()) === 0);
  });

  test("tollgate_certificate_expiry_timestamp_seconds is the serving certificate's notAfter, and follows a reload", async () => {
    const expiry = async () => (await s.metrics.certificateExpiry.get()).values[0]?.value;
    const notAfter = (pem: string) => Date.parse(new X509Certificate(pem).validTo) / 1000;
    expect(await expiry()).toBe(notAfter(s.pem.cert));
    const next = await makeCert("tollgate-test-short", new Date(Date.now() + 3 * 24 * 3600 * 1000));
    expect(notAfter(next.cert)).not.toBe(notAfter(s.pem.cert));
    writeFileSync(join(s.dir, "tls.key.new"), next.key);
    writeFileSync(join(s.dir, "tls.crt.new"), next.cert);
    renameSync(join(s.dir, "tls.key.new"), s.keyFile);
    renameSync(join(s.dir, "tls.crt.new"), s.certFile);
    await until("the new expiry", async () => (await expiry()) === notAfter(next.cert));
    expect(await s.metrics.registry.metrics()).toContain(`tollgate_certificate_expiry_timestamp_seconds ${notAfter(next.cert)}`);
  });
});

describe("the metrics port", () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer({ metricsPort: true }); });
  afterAll(() => s.close());

  test("serves GET /metrics over plain HTTP, and nothing else", async () => {
    await s.review({ object: fixture("deployment.json") });
    const port = s.running.metricsPort!;
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(s.port);
    const r = await plainGet(port, "/metrics");
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(r.text).toContain('tollgate_admission_requests_total{operation="CREATE",kind="Deployment",decision="allow"} 1');
    expect(r.text).toContain("tollgate_certificate_expiry_timestamp_seconds ");
    for (const path of ["/validate", "/healthz", "/"]) expect((await plainGet(port, path)).status).toBe(404);
  });

  test("the HTTPS port keeps /healthz and /readyz and no longer answers /metrics", async () => {
    expect(await s.get("/healthz")).toMatchObject({ status: 200, text: "ok" });
    expect(await s.get("/readyz")).toMatchObject({ status: 200, text: "ok" });
    const r = await s.get("/metrics");
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error: "not-found", message: expect.stringContaining("/metrics is on the metrics port") });
  });

  test("shutdown closes the metrics port too", async () => {
    const t = await startTestServer({ metricsPort: true });
    const port = t.running.metricsPort!;
    expect((await plainGet(port, "/metrics")).status).toBe(200);
    await t.close();
    await expect(plainGet(port, "/metrics")).rejects.toThrow(/ECONNREFUSED/);
  });
});
