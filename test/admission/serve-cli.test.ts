// `tollgate serve` as a real process: built with the project's build script into a scratch directory
// (so it never races other tests over dist/), then started, asked, and stopped with SIGTERM.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MAX_CONNECTIONS as SERVER_DEFAULT } from "../../src/admission/server.js";
import { DEFAULT_MAX_CONNECTIONS as FLAG_DEFAULT } from "../../src/cli/serve.js";
import { admissionReview, edited, fixture, makeCert, type Pem } from "./harness.js";

const repo = process.cwd();
let work: string;
let pem: Pem;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "tollgate-serve-cli-"));
  for (const d of ["src", "node_modules", "policies"]) symlinkSync(join(repo, d), join(work, d));
  copyFileSync(join(repo, "package.json"), join(work, "package.json"));
  execFileSync(process.execPath, [join(repo, "scripts/build.mjs")], { cwd: work, stdio: "pipe" });
  pem = await makeCert();
  writeFileSync(join(work, "tls.crt"), pem.cert);
  writeFileSync(join(work, "tls.key"), pem.key);
}, 60000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Proc {
  readonly child: ChildProcessWithoutNullStreams;
  readonly port: number;
  readonly stdout: () => string;
  readonly exited: Promise<number | null>;
}

function serve(args: string[] = []): Promise<Proc> {
  const child = spawn(process.execPath, [join(work, "dist/main.js"), "serve", "--cert", "tls.crt", "--key", "tls.key", "--port", "0", "--host", "127.0.0.1", ...args], { cwd: work });
  let out = "";
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`serve did not start: ${out}${err}`)); }, 15000);
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /"address":"https:\/\/127\.0\.0\.1:(\d+)"/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), stdout: () => out, exited });
      }
    });
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}: ${err}`)); });
  });
}

function post(port: number, body: string, slow?: { firstBytes: number; afterMs: number }): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: "127.0.0.1", port, method: "POST", path: "/validate", ca: pem.cert, agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on("error", reject);
    if (slow) {
      req.write(body.slice(0, slow.firstBytes));
      setTimeout(() => req.end(body.slice(slow.firstBytes)), slow.afterMs);
    } else {
      req.end(body);
    }
  });
}

function get(request: typeof httpRequest | typeof httpsRequest, port: number, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    (request as typeof httpsRequest)({ host: "127.0.0.1", port, path, ca: pem.cert, agent: false }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    })
      .on("error", reject)
      .end();
  });
}

test("the built CLI keeps express and prom-client out of `tollgate check`'s module graph", () => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(work, "dist", file), "utf8");
    expect(text).not.toMatch(/from\s*"(express|prom-client)"/);
    for (const m of text.matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)) visit(m[1] ?? m[2]!);
  };
  visit("main.js");
  expect(seen.size).toBeGreaterThan(1);
});

describe("tollgate serve", () => {
  test("answers reviews, then on SIGTERM finishes in-flight requests and exits 0", async () => {
    const p = await serve(["--namespace", "tollgate-system"]);
    try {
      const bare = edited("deployment.json", (d) => { d.spec.template.spec.containers[0].resources = {}; });
      const denied = await post(p.port, JSON.stringify(admissionReview({ uid: "cli-1", object: bare })));
      expect(denied.status).toBe(200);
      expect(denied.json.response).toMatchObject({ uid: "cli-1", allowed: false, status: { code: 403 } });

      const body = JSON.stringify(admissionReview({ uid: "cli-inflight", object: fixture("deployment.json") }));
      const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => post(p.port, JSON.stringify(admissionReview({ uid: `cli-b-${i}`, object: fixture("deployment.json") })))));
      burst.forEach((b, i) => expect(b.json.response).toEqual({ uid: `cli-b-${i}`, allowed: true }));
      // A request whose body is still arriving when SIGTERM lands; the signal is sent once the
      // server counts it in flight (not after a fixed pause, which a loaded machine outruns).
      const inflight = post(p.port, body, { firstBytes: 200, afterMs: 1500 });
      for (let i = 0; i < 200; i++) {
        const m = await get(httpsRequest, p.port, "/metrics");
        if (/^tollgate_admission_in_flight 1$/m.test(m.text)) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      p.child.kill("SIGTERM");

      const r = await inflight;
      expect(r.status).toBe(200);
      expect(r.json.response).toEqual({ uid: "cli-inflight", allowed: true });
      expect(await p.exited).toBe(0);

      const lines = p.stdout().trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      const msgs = lines.map((l) => l.msg);
      expect(msgs[0]).toBe("listening");
      expect(lines[0]).toMatchObject({ namespace: "tollgate-system", rules: expect.any(Number) });
      expect(msgs.indexOf("shutting down")).toBeLessThan(msgs.indexOf("stopped"));
      expect(lines.find((l) => l.uid === "cli-inflight")).toMatchObject({ decision: "allow" });
      expect(msgs[msgs.length - 1]).toBe("stopped");
      await expect(post(p.port, body)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      p.child.kill("SIGKILL");
    }
  }, 30000);

  test("--metrics-port moves /metrics to a plain-HTTP port; /healthz and /readyz stay on HTTPS", async () => {
    const p = await serve(["--metrics-port", "0", "--metrics-host", "127.0.0.1", "--max-connections", "100"]);
    try {
      const listening = JSON.parse(p.stdout().split("\n")[0]!) as Record<string, unknown>;
      expect(listening).toMatchObject({ metricsAddress: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/), maxConnections: 100 });
      const metricsPort = Number(/:(\d+)\/metrics$/.exec(String(listening.metricsAddress))![1]);
      expect(metricsPort).not.toBe(p.port);
      await post(p.port, JSON.stringify(admissionReview({ uid: "cli-m", object: fixture("deployment.json") })));
      const scraped = await get(httpRequest, metricsPort, "/metrics");
      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain('tollgate_admission_requests_total{operation="CREATE",kind="Deployment",decision="allow"} 1');
      expect(scraped.text).toContain("tollgate_admission_in_flight 0");
      expect(scraped.text).toMatch(/^tollgate_certificate_expiry_timestamp_seconds \d+$/m);
      expect(scraped.text).toContain("tollgate_process_resident_memory_bytes");
      expect((await get(httpsRequest, p.port, "/metrics")).status).toBe(404);
      expect((await get(httpsRequest, p.port, "/readyz")).status).toBe(200);
      p.child.kill("SIGTERM");
      expect(await p.exited).toBe(0);
    } finally {
      p.child.kill("SIGKILL");
    }
  }, 30000);

  test("the --max-connections default is the server's", () => {
    expect(FLAG_DEFAULT).toBe(SERVER_DEFAULT);
  });

  test("an invalid admission config stops startup with exit 2 naming the field and line", async () => {
    writeFileSync(join(work, "bad.yaml"), "admission:\n  mode: block\n");
    await expect(serve(["--config", "bad.yaml"])).rejects.toThrow(/exited with 2: tollgate: bad\.yaml is not a valid tollgate config:\n {2}bad\.yaml:2:\d+ admission\.mode: must be one of "enforce", "warn", "audit"/);
  });

  test("a missing certificate stops startup with exit 2", async () => {
    await expect(serve(["--cert", "nope.crt"])).rejects.toThrow(/exited with 2: tollgate: --cert nope\.crt: no such file\n$/);
  });
});
