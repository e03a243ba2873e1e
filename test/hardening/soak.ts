// Webhook soak: a real `tollgate serve` process under mixed load (valid reviews, malformed, oversized,
// wrong content type, a rule that throws, clients trickling headers), with the serving certificate
// rotated mid-load and SIGTERM sent while requests are in flight. Used by the test (1,000 requests)
// and by `npm run soak` (20,000), which writes the figures into the README.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as tlsConnect, type TLSSocket } from "node:tls";
import { admissionReview, fixture, makeCert, type Pem } from "../admission/harness.js";

export interface SoakOptions {
  readonly requests: number;
  readonly concurrency: number;
  /** Clients that open a connection and send one header byte at a time for the whole run. */
  readonly slowClients: number;
  /** Latency a valid review must stay under. */
  readonly deadlineMs: number;
  readonly root: string;
  readonly log?: (line: string) => void;
}

export interface SoakFigures {
  readonly requests: number;
  readonly concurrency: number;
  readonly byKind: Record<string, number>;
  readonly wrong: string[];
  readonly late: number;
  readonly failed: string[];
  readonly latencyMs: { p50: number; p99: number; max: number };
  readonly durationMs: number;
  readonly rssMb: number[];
  readonly heapMb: number[];
  readonly certRotated: boolean;
  readonly ruleErrorsCounted: number;
  readonly ruleErrorsSent: number;
  readonly inFlightAtSigterm: number;
  readonly answeredAfterSigterm: number;
  readonly exitCode: number | null;
  readonly slowClients: number;
}

type Kind = "allow" | "deny" | "warn" | "delete" | "exempt" | "rule-error" | "malformed" | "not-a-review" | "content-type" | "oversized";

/** Relative weights of each kind in the mix (valid reviews dominate, as in a cluster). */
const MIX: [Kind, number][] = [
  ["allow", 30], ["deny", 20], ["warn", 10], ["delete", 5], ["exempt", 5], ["rule-error", 5],
  ["malformed", 8], ["not-a-review", 8], ["content-type", 6], ["oversized", 3],
];
const VALID = new Set<Kind>(["allow", "deny", "warn", "delete", "exempt", "rule-error"]);

function deployment(edit: (c: Record<string, any>) => void, namespace = "shop"): Record<string, unknown> {
  const o = fixture("deployment.json") as any;
  o.metadata.namespace = namespace;
  edit(o.spec.template.spec.containers[0]);
  return o;
}

interface Expected {
  status: number;
  allowed?: boolean;
  /** A fragment the deny message or a warning must contain. */
  says?: string;
}

function requestFor(kind: Kind, uid: string): { body: string | Buffer; contentType: string; expected: Expected } {
  const json = (r: Record<string, unknown>) => JSON.stringify(admissionReview({ ...r, uid }));
  switch (kind) {
    case "allow":
      return { body: json({ object: deployment(() => {}) }), contentType: "application/json", expected: { status: 200, allowed: true } };
    case "deny":
      return {
        body: json({ object: deployment((c) => delete c.resources.limits) }),
        contentType: "application/json",
        expected: { status: 200, allowed: false, says: "resources/memory-limit-required" },
      };
    case "warn":
      return {
        body: json({ object: deployment((c) => delete c.resources.requests.cpu) }),
        contentType: "application/json",
        expected: { status: 200, allowed: true, says: "CPU request" },
      };
    case "delete":
      return { body: json({ operation: "DELETE", oldObject: deployment((c) => delete c.resources), object: null }), contentType: "application/json", expected: { status: 200, allowed: true } };
    case "exempt":
      return { body: json({ object: deployment((c) => delete c.resources, "kube-system") }), contentType: "application/json", expected: { status: 200, allowed: true } };
    case "rule-error":
      // The soak policy's pattern only runs on values up to 4096 characters: a longer image makes it throw.
      return {
        body: json({ object: deployment((c) => (c.image = `registry.example.com/${"a".repeat(5000)}:1`)) }),
        contentType: "application/json",
        expected: { status: 200, allowed: true, says: "soak/image-registry" },
      };
    case "malformed":
      return { body: `{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"${uid}"`, contentType: "application/json", expected: { status: 400 } };
    case "not-a-review":
      return { body: JSON.stringify({ apiVersion: "v1", kind: "Pod", uid }), contentType: "application/json", expected: { status: 400 } };
    case "content-type":
      return { body: json({ object: deployment(() => {}) }), contentType: "text/plain", expected: { status: 415 } };
    case "oversized":
      return { body: Buffer.alloc(9 * 1024 * 1024, 0x20), contentType: "application/json", expected: { status: 413 } };
  }
}

const POLICY = `id: soak/image-registry
title: Images come from the company registry.
severity: error
target: container
schema:
  properties:
    image: { pattern: "^registry[.]example[.]com/[a-z0-9./_-]{1,200}:[a-z0-9._-]{1,128}$" }
message: "{{container}}: {{path}} {{problem}}."
remediation: Push the image to registry.example.com.
examples:
  pass:
    - |
      apiVersion: v1
      kind: Pod
      metadata: { name: p, namespace: a }
      spec: { containers: [ { name: c, image: "registry.example.com/app:1" } ] }
  fail:
    - manifest: |
        apiVersion: v1
        kind: Pod
        metadata: { name: p, namespace: a }
        spec: { containers: [ { name: c, image: "docker.io/app:1" } ] }
      lines: [4]
`;

interface Response {
  status: number;
  json?: any;
  ms: number;
}

function send(port: number, agent: Agent | false, ca: string[], body: string | Buffer, contentType: string, split?: { first: number; resume: Promise<void> }): Promise<Response> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: "127.0.0.1", port, method: "POST", path: "/validate?timeout=10s", agent, ca, headers: { "content-type": contentType, "content-length": Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          let json: unknown;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json, ms: performance.now() - started });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (split) {
      req.write(body.slice(0, split.first));
      void split.resume.then(() => req.end(body.slice(split.first)));
    } else {
      req.end(body);
    }
  });
}

function judge(kind: Kind, uid: string, expected: Expected, r: Response): string | undefined {
  if (r.status !== expected.status) return `${kind}: status ${r.status}, expected ${expected.status}`;
  if (expected.status !== 200) return r.json?.kind === "Status" || typeof r.json === "object" ? undefined : `${kind}: error body is not JSON`;
  const res = r.json?.response;
  if (r.json?.apiVersion !== "admission.k8s.io/v1" || r.json?.kind !== "AdmissionReview") return `${kind}: not an AdmissionReview`;
  if (res?.uid !== uid) return `${kind}: uid ${res?.uid} for ${uid}`;
  if (res.allowed !== expected.allowed) return `${kind}: allowed=${res.allowed}`;
  if (res.patch !== undefined) return `${kind}: a validating webhook returned a patch`;
  if (expected.says) {
    const text = [res.status?.message ?? "", ...(res.warnings ?? [])].join("\n");
    if (!text.includes(expected.says)) return `${kind}: answer does not mention ${expected.says}: ${text.slice(0, 200)}`;
  }
  return undefined;
}

/** Opens a TLS connection and sends one byte of a request's headers every `everyMs`, until closed. */
function trickle(port: number, ca: string[], everyMs: number): { close: () => void } {
  const head = "POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Slow: " + "s".repeat(4096);
  let socket: TLSSocket | undefined;
  let i = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const open = () => {
    if (closed) return;
    i = 0;
    socket = tlsConnect({ host: "127.0.0.1", port, ca, servername: "localhost" }, () => {
      timer = setInterval(() => {
        if (i < head.length) socket?.write(head[i++]!);
      }, everyMs);
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      if (timer) clearInterval(timer);
      setTimeout(open, 50); // a slow client whose connection was cut comes back
    });
  };
  open();
  return {
    close: () => {
      closed = true;
      if (timer) clearInterval(timer);
      socket?.destroy();
    },
  };
}

async function metricsOf(port: number, ca: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    httpsRequest({ host: "127.0.0.1", port, path: "/metrics", ca, agent: false }, (res) => {
      let t = "";
      res.on("data", (c: Buffer) => (t += c.toString()));
      res.on("end", () => resolve(t));
    })
      .on("error", reject)
      .end();
  });
}

const metric = (text: string, name: string, labels = ""): number => {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith(name) && (line[name.length] === " " || line[name.length] === "{") && line.includes(labels)) sum += Number(line.split(" ").pop());
  }
  return sum;
};

async function peerFingerprint(port: number, ca: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = tlsConnect({ host: "127.0.0.1", port, ca, servername: "localhost" }, () => {
      resolve(s.getPeerX509Certificate()?.fingerprint256 ?? "");
      s.destroy();
    });
    s.on("error", reject);
  });
}

function startServe(root: string, dir: string): Promise<{ child: ChildProcessWithoutNullStreams; port: number; stdout: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [join(root, "bin/tollgate.js"), "serve", "--cert", "tls.crt", "--key", "tls.key", "--port", "0", "--host", "127.0.0.1"], { cwd: dir });
  let out = "";
  let err = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 20_000);
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    let started = false;
    child.stdout.on("data", (c: Buffer) => {
      if (started) return; // one log line per request from here on: drained, not kept
      out += c.toString();
      const m = /"address":"https:\/\/127\.0\.0\.1:(\d+)"/.exec(out);
      if (m) {
        started = true;
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), stdout: () => out, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${err}`));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runSoak(o: SoakOptions): Promise<SoakFigures> {
  const log = o.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), "tollgate-soak-"));
  const first: Pem = await makeCert();
  const second: Pem = await makeCert("tollgate-rotated");
  const ca = [first.cert, second.cert];
  writeFileSync(join(dir, "tls.crt"), first.cert);
  writeFileSync(join(dir, "tls.key"), first.key);
  mkdirSync(join(dir, "pol"));
  writeFileSync(join(dir, "pol", "image-registry.yaml"), POLICY);
  writeFileSync(join(dir, ".tollgate.yaml"), "policies: [pol]\nadmission:\n  onError: allow\n");
  const serve = await startServe(o.root, dir);
  const agent = new Agent({ keepAlive: true, maxSockets: o.concurrency, ca });
  const slow = Array.from({ length: o.slowClients }, () => trickle(serve.port, ca, 200));
  const startedAt = performance.now();

  const total = MIX.reduce((s, [, w]) => s + w, 0);
  const kinds: Kind[] = [];
  for (let i = 0; i < o.requests; i++) {
    // A fixed, interleaved schedule: the same run every time.
    let x = (i * 7919) % total;
    for (const [k, w] of MIX) {
      if (x < w) { kinds.push(k); break; }
      x -= w;
    }
  }
  const byKind: Record<string, number> = {};
  const wrong: string[] = [];
  const failed: string[] = [];
  const latencies: number[] = [];
  let late = 0;
  const rssMb: number[] = [];
  const heapMb: number[] = [];
  let certRotated = false;
  let next = 0;
  let done = 0;
  const samples = new Set([0.1, 0.25, 0.5, 0.75, 1].map((f) => Math.max(1, Math.floor(o.requests * f))));
  let rotation: Promise<void> | undefined;
  const sample = async () => {
    const m = await metricsOf(serve.port, ca);
    rssMb.push(Math.round(metric(m, "tollgate_process_resident_memory_bytes") / 1048576));
    heapMb.push(Math.round(metric(m, "tollgate_nodejs_heap_size_used_bytes") / 1048576));
  };

  const worker = async () => {
    while (next < kinds.length) {
      const i = next++;
      const kind = kinds[i]!;
      const uid = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
      const { body, contentType, expected } = requestFor(kind, uid);
      byKind[kind] = (byKind[kind] ?? 0) + 1;
      try {
        const r = await send(serve.port, kind === "oversized" ? false : agent, ca, body, contentType);
        const problem = judge(kind, uid, expected, r);
        if (problem) wrong.push(problem);
        if (VALID.has(kind)) {
          latencies.push(r.ms);
          if (r.ms > o.deadlineMs) late++;
        }
      } catch (e) {
        // An oversized body may be cut off by the server once it has answered 413.
        if (kind !== "oversized") failed.push(`${kind}: ${(e as Error).message}`);
      }
      done++;
      if (samples.has(done)) await sample();
      if (!rotation && done >= o.requests / 2) {
        rotation = (async () => {
          const before = await peerFingerprint(serve.port, ca);
          writeFileSync(join(dir, "tls.key"), second.key);
          writeFileSync(join(dir, "tls.crt"), second.cert);
          const want = new X509Certificate(second.cert).fingerprint256;
          for (let t = 0; t < 100 && !certRotated; t++) {
            await new Promise((r) => setTimeout(r, 50));
            certRotated = (await peerFingerprint(serve.port, ca)) === want && before !== want;
          }
          log(`certificate rotated after ${done} requests: ${certRotated}`);
        })();
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  await rotation;
  const durationMs = performance.now() - startedAt;
  const m = await metricsOf(serve.port, ca);
  const ruleErrorsCounted = metric(m, "tollgate_admission_errors_total", 'type="rule_error"');

  // SIGTERM with requests in flight: each has sent its headers and half its body when the signal goes.
  let release!: () => void;
  const resume = new Promise<void>((r) => (release = r));
  const inFlight = Array.from({ length: o.concurrency }, (_, i) => {
    const uid = `10000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const kind: Kind = i % 2 === 0 ? "allow" : "deny";
    const { body, contentType, expected } = requestFor(kind, uid);
    return send(serve.port, false, ca, body, contentType, { first: Math.floor(Buffer.byteLength(body) / 2), resume }).then(
      (r) => judge(kind, uid, expected, r),
      (e: Error) => `in flight at SIGTERM: ${e.message}`,
    );
  });
  await new Promise((r) => setTimeout(r, 300)); // connections accepted, half bodies received
  serve.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 100));
  release();
  const afterSigterm = await Promise.all(inFlight);
  for (const p of afterSigterm) if (p) wrong.push(p);
  for (const s of slow) s.close();
  agent.destroy();
  // Cleared once serve exits: a pending 30 s timer kept jest from exiting after the suite.
  let giveUp: NodeJS.Timeout | undefined;
  const exitCode = await Promise.race([serve.exited, new Promise<null>((r) => (giveUp = setTimeout(() => r(null), 30_000)))]);
  clearTimeout(giveUp);
  if (exitCode === null) serve.child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });

  latencies.sort((a, b) => a - b);
  return {
    requests: o.requests,
    concurrency: o.concurrency,
    byKind,
    wrong,
    late,
    failed,
    latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies[latencies.length - 1] ?? 0) },
    durationMs: Math.round(durationMs),
    rssMb,
    heapMb,
    certRotated,
    ruleErrorsCounted,
    ruleErrorsSent: byKind["rule-error"] ?? 0,
    inFlightAtSigterm: inFlight.length,
    answeredAfterSigterm: afterSigterm.filter((p) => p === undefined).length,
    exitCode,
    slowClients: o.slowClients,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The README block, from a run's figures. */
export function reliabilityBlock(f: SoakFigures, extra: { date: string; machine: string; hostile?: string }): string {
  const kinds = Object.entries(f.byKind).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n.toLocaleString("en-US")}`).join(", ");
  return [
    `Last \`npm run soak\`: ${extra.date}, ${extra.machine}.`,
    "",
    "| | |",
    "|---|---|",
    `| Requests | ${f.requests.toLocaleString("en-US")} at concurrency ${f.concurrency}, plus ${f.slowClients} clients trickling headers one byte every 200 ms (${kinds}) |`,
    `| Wrong answers (status, uid, allowed, message) | ${f.wrong.length} |`,
    `| Failed requests | ${f.failed.length} |`,
    `| Valid reviews over the deadline | ${f.late} |`,
    `| Latency of valid reviews | p50 ${f.latencyMs.p50} ms, p99 ${f.latencyMs.p99} ms, max ${f.latencyMs.max} ms |`,
    `| Duration | ${(f.durationMs / 1000).toFixed(1)} s (${Math.round(f.requests / (f.durationMs / 1000)).toLocaleString("en-US")} requests/s) |`,
    `| Resident memory at 10/25/50/75/100 % | ${f.rssMb.join(" / ")} MB (heap ${f.heapMb.join(" / ")} MB) |`,
    `| Serving certificate rotated at 50 % | ${f.certRotated ? "yes, new handshakes got the new certificate, no request failed" : "NO"} |`,
    `| Rule that throws (a policy pattern on an over-long image) | ${f.ruleErrorsSent} sent, ${f.ruleErrorsCounted} counted as rule_error, allowed per \`onError: allow\` with a warning |`,
    `| SIGTERM with ${f.inFlightAtSigterm} requests half-sent | ${f.answeredAfterSigterm} answered correctly, exit code ${f.exitCode} |`,
    ...(extra.hostile ? ["", extra.hostile] : []),
  ].join("\n");
}

export function readmeWithBlock(readme: string, block: string): string {
  const start = "<!-- RELIABILITY:START -->";
  const end = "<!-- RELIABILITY:END -->";
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error("README has no RELIABILITY markers");
  return `${readme.slice(0, a + start.length)}\n${block}\n${readme.slice(b)}`;
}

