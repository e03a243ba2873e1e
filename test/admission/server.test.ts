// The server around the app: health and readiness, metrics, logs that never carry object contents,
// concurrency, serving certificate reload, and shutdown draining in-flight requests.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { X509Certificate } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { join } from "node:path";
import { connect } from "node:tls";
import { admissionReview, edited, fixture, logEntries, makeCert, startTestServer, type TestServer } from "./harness.js";

const CANARY = "CANARY-7f3e9b2c-do-not-log";

/** SHA-256 fingerprint of the certificate a fresh TLS handshake presents. */
function presentedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port, rejectUnauthorized: false }, () => {
      const fp = socket.getPeerCertificate().fingerprint256;
      socket.end();
      resolve(fp);
    });
    socket.on("error", reject);
  });
}

const fingerprintOf = (pem: string) => new X509Certificate(pem).fingerprint256;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("health, readiness, metrics, logs", () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer(); });
  afterAll(() => s.close());

  test("/healthz and /readyz answer on the HTTPS port", async () => {
    expect(await s.get("/healthz")).toMatchObject({ status: 200, text: "ok" });
    expect(await s.get("/readyz")).toMatchObject({ status: 200, text: "ok" });
    s.readiness.ready = false;
    expect(await s.get("/readyz")).toMatchObject({ status: 503, text: "not ready" });
    s.readiness.ready = true;
  });

  test("/metrics counts requests by operation, kind and decision, latency, violations and errors", async () => {
    const bare = edited("deployment.json", (d) => { d.spec.template.spec.containers[0].resources = {}; });
    await s.review({ object: bare });
    await s.review({ object: fixture("deployment.json") });
    await s.review({ object: fixture("service.json") });
    await s.review({ operation: "DELETE", object: null, oldObject: fixture("service.json") });
    await s.post(undefined, { raw: "{" });
    const r = await s.get("/metrics");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    const lines = r.text.split("\n");
    expect(lines).toEqual(expect.arrayContaining([
      'tollgate_admission_requests_total{operation="CREATE",kind="Deployment",decision="deny"} 1',
      'tollgate_admission_requests_total{operation="CREATE",kind="Deployment",decision="allow"} 1',
      'tollgate_admission_requests_total{operation="CREATE",kind="Service",decision="allow"} 1',
      'tollgate_admission_requests_total{operation="DELETE",kind="Service",decision="skip"} 1',
      'tollgate_admission_violations_total{rule="resources/memory-limit-required",action="deny"} 1',
      'tollgate_admission_violations_total{rule="resources/cpu-request-required",action="warn"} 1',
      'tollgate_admission_errors_total{type="bad_request"} 1',
      'tollgate_admission_request_duration_seconds_count{operation="CREATE"} 3',
    ]));
    expect(r.text).toMatch(/tollgate_admission_request_duration_seconds_bucket\{le="0\.005",operation="CREATE"\} [0-3]/);
  });

  test("one log line per request with uid, kind, namespace, name, operation, user, decision, duration and rule ids", async () => {
    const bare = edited("deployment.json", (d) => { d.spec.template.spec.containers[0].resources = {}; });
    await s.review({ uid: "uid-log", object: bare, username: "bob@example.com" });
    const mine = logEntries(s).filter((l) => l.uid === "uid-log");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: "info",
      msg: "admission",
      uid: "uid-log",
      kind: "Deployment",
      namespace: "shop",
      name: "web",
      operation: "CREATE",
      user: "bob@example.com",
      decision: "deny",
      durationMs: expect.any(Number),
      denied: ["resources/memory-limit-required", "resources/memory-request-required"],
      warned: ["resources/cpu-request-required"],
    });
  });

  test("request-derived strings are logged capped and escaped; the answer keeps the uid whole", async () => {
    const uid = "u".repeat(100_000);
    const name = `web\n{"time":"2026-01-01T00:00:00.000Z","level":"error","msg":"forged"}`;
    const obj = edited("deployment.json", (d) => { d.metadata.name = name; });
    const r = await s.review({ uid, object: obj, username: `mallory\u2028${"m".repeat(1000)}` });
    expect(r.response.uid).toBe(uid);
    const lines = s.logs.filter((l) => l.includes('"uid":"uuuu'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(2000);
    expect(lines[0]!.indexOf("\n")).toBe(lines[0]!.length - 1);
    const entry = JSON.parse(lines[0]!) as Record<string, string>;
    expect(entry.uid).toBe(`${"u".repeat(64)}…(100000 characters)`);
    expect(entry.name).toBe(`web\\u000a{"time":"2026-01-01T00:00:00.000Z","level":"error","msg":"forged"}`);
    expect(entry.user).toMatch(/^mallory\\u2028m+…\(1008 characters\)$/);
    expect(entry.level).toBe("info");
    expect(entry.msg).toBe("admission");

    // A body that is not a review logs its uid capped too.
    await s.post({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request: { uid: "v".repeat(100_000), operation: "PATCH" } });
    const rejected = logEntries(s).filter((l) => l.error === "bad-review" && String(l.uid).startsWith("vvv"));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.uid).toBe(`${"v".repeat(64)}…(100000 characters)`);
  });

  test("neither logs nor metrics carry object contents or Secret data", async () => {
    const encoded = Buffer.from(CANARY).toString("base64");
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "db", namespace: "shop" },
      type: "Opaque",
      data: { password: encoded },
      stringData: { token: CANARY },
    };
    const leaky = edited("deployment.json", (d) => {
      const c = d.spec.template.spec.containers[0];
      c.env.push({ name: "DB_PASSWORD", value: CANARY });
      c.resources = { requests: { cpu: CANARY } };
      d.metadata.annotations.note = CANARY;
    });
    await s.review({ object: secret });
    await s.review({ operation: "UPDATE", object: leaky, oldObject: leaky, dryRun: true });
    await s.review({ operation: "DELETE", object: null, oldObject: secret });
    await s.post({ ...admissionReview({ object: leaky }), kind: CANARY });
    const metrics = (await s.get("/metrics")).text;
    for (const text of [s.logs.join(""), metrics]) {
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain(encoded);
    }
  });
});

test("200 concurrent reviews each get their own correct answer", async () => {
  const s = await startTestServer();
  try {
    const bare = edited("deployment.json", (d) => { d.spec.template.spec.containers[0].resources = {}; });
    const good = fixture("deployment.json");
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => s.review({ uid: `uid-c-${i}`, object: i % 3 === 0 ? bare : good })),
    );
    results.forEach((r, i) => {
      expect(r.response.uid).toBe(`uid-c-${i}`);
      expect(r.response.allowed).toBe(i % 3 !== 0);
    });
    const metrics = await s.metrics.registry.metrics();
    expect(metrics).toContain('tollgate_admission_requests_total{operation="CREATE",kind="Deployment",decision="deny"} 67');
    expect(metrics).toContain('tollgate_admission_requests_total{operation="CREATE",kind="Deployment",decision="allow"} 133');
  } finally {
    await s.close();
  }
});

describe("serving certificate reload", () => {
  test("a new cert and key are served on the next handshake, with no request failing meanwhile", async () => {
    const s = await startTestServer({ certPollMs: 100 });
    try {
      expect(await presentedFingerprint(s.port)).toBe(fingerprintOf(s.pem.cert));
      let stop = false;
      let answered = 0;
      const load = (async () => {
        while (!stop) {
          // Each request on a fresh connection, so some handshakes straddle the swap.
          const r = await new Promise<number>((resolve, reject) => {
            const req = httpsRequest({ host: "127.0.0.1", port: s.port, path: "/healthz", rejectUnauthorized: false, agent: false }, (res) => {
              res.resume();
              res.on("end", () => resolve(res.statusCode ?? 0));
            });
            req.on("error", reject);
            req.end();
          });
          expect(r).toBe(200);
          answered++;
        }
      })();
      const next = await makeCert("tollgate-test-rotated");
      // The kubelet's way: write elsewhere, then swap in by rename.
      writeFileSync(join(s.dir, "tls.key.new"), next.key);
      writeFileSync(join(s.dir, "tls.crt.new"), next.cert);
      renameSync(join(s.dir, "tls.key.new"), s.keyFile);
      renameSync(join(s.dir, "tls.crt.new"), s.certFile);
      try {
        await until("the rotated certificate", async () => (await presentedFingerprint(s.port)) === fingerprintOf(next.cert));
      } finally {
        stop = true;
        await load;
      }
      expect(answered).toBeGreaterThan(0);
      expect(logEntries(s).some((l) => l.msg === "serving certificate reloaded")).toBe(true);
      // The keep-alive client that trusted the old CA now needs the new one: the server really switched.
      const r = await new Promise<number>((resolve, reject) => {
        const req = httpsRequest({ host: "127.0.0.1", port: s.port, path: "/readyz", ca: next.cert, agent: false }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        });
        req.on("error", reject);
        req.end();
      });
      expect(r).toBe(200);
    } finally {
      await s.close();
    }
  });

  test("an unusable new certificate (garbage, or a key that does not match) keeps the old one and is logged", async () => {
    const s = await startTestServer({ certPollMs: 100 });
    try {
      const before = fingerprintOf(s.pem.cert);
      writeFileSync(s.certFile, "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
      await until("the error log", async () => logEntries(s).some((l) => l.msg === "the new serving certificate is unusable; keeping the current one"));
      expect(await presentedFingerprint(s.port)).toBe(before);

      const other = await makeCert("other");
      writeFileSync(s.certFile, other.cert); // its key is not the one on disk
      await until("the mismatch log", async () => logEntries(s).filter((l) => l.msg === "the new serving certificate is unusable; keeping the current one").length >= 2);
      expect(await presentedFingerprint(s.port)).toBe(before);
      expect((await s.review({ object: fixture("deployment.json") })).response.allowed).toBe(true);

      writeFileSync(s.keyFile, other.key); // now the pair matches
      await until("the repaired pair", async () => (await presentedFingerprint(s.port)) === fingerprintOf(other.cert));
    } finally {
      await s.close();
    }
  });

  test("the stat poll alone picks up a change (fs.watch unavailable)", async () => {
    const s = await startTestServer({ certPollMs: 50, certFsWatch: false });
    try {
      const next = await makeCert("polled");
      writeFileSync(s.keyFile, next.key);
      writeFileSync(s.certFile, next.cert);
      await until("the polled certificate", async () => (await presentedFingerprint(s.port)) === fingerprintOf(next.cert));
      expect(await s.running.certs.reload()).toBe(false); // unchanged files: nothing to do
    } finally {
      await s.close();
    }
  });
});

test("shutdown: readyz turns 503, in-flight requests finish, new connections are refused", async () => {
  const s = await startTestServer();
  const body = JSON.stringify(admissionReview({ uid: "uid-inflight", object: fixture("deployment.json") }));
  // A request whose body is still arriving when shutdown starts.
  const inflight = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpsRequest(
      { host: "127.0.0.1", port: s.port, method: "POST", path: "/validate", ca: s.pem.cert, agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 100));
    setTimeout(() => req.end(body.slice(100)), 400);
  });
  await new Promise((r) => setTimeout(r, 100));
  const done = s.running.shutdown({ delayMs: 150, timeoutMs: 5000 });
  expect(s.readiness.shuttingDown).toBe(true);
  const ready = await s.get("/readyz"); // during the delay the listener still accepts
  expect(ready.status).toBe(503);
  expect(ready.headers.connection).toBe("close");
  const r = await inflight;
  expect(r.status).toBe(200);
  expect(JSON.parse(r.text)).toMatchObject({ response: { uid: "uid-inflight", allowed: true } });
  s.agent.destroy();
  await done;
  await expect(s.get("/healthz")).rejects.toThrow(/ECONNREFUSED/);
  await s.close();
});
