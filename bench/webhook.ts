// The admission webhook under load on loopback HTTPS: `tollgate serve` (a child process, production
// defaults) against a bare express HTTPS endpoint answering a fixed AdmissionReview, both started
// the same way. Throughput at saturation (autocannon), latency at a fixed 100 requests/s (our own
// keep-alive client, sub-millisecond timing), and each server's peak RSS.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { generate } from "selfsigned";
import { emit, log, options, type Options } from "./lib/child.js";
import { ROOT } from "./lib/registry.js";
import { median, MB, percentile, round } from "./lib/stats.js";

export interface ServerFigures {
  /** Requests per second at saturation, median over rounds. */
  readonly rps: number;
  readonly rounds: number[];
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  /** Peak RSS of the server process (VmHWM). */
  readonly maxRssMB: number;
  /** Server CPU time (user + system) per answered request at saturation, median over rounds. */
  readonly cpuUsPerRequest: number;
}

export interface WebhookResult {
  readonly baseline: ServerFigures;
  readonly tollgate: ServerFigures & { readonly allowed: boolean; readonly warnings: number };
  /** tollgate ÷ bare express requests per second, median over alternated rounds. */
  readonly throughputRatio: number;
  /**
   * bare express ÷ tollgate server CPU per request, median over rounds: what throughput would be
   * with the server alone on a core; steadier than requests per second on a shared machine.
   */
  readonly cpuRatio: number;
  readonly connections: number;
  readonly seconds: number;
  readonly fixedRate: { readonly rate: number; readonly requests: number; readonly p50Ms: number; readonly p99Ms: number; readonly baselineP50Ms: number; readonly baselineP99Ms: number };
}

/** A typical Deployment as the API server sends it: CREATE, with managedFields and a user. */
const REVIEW = JSON.stringify({
  apiVersion: "admission.k8s.io/v1",
  kind: "AdmissionReview",
  request: {
    uid: "705ab4f5-6393-11e8-b7cc-42010a800002",
    kind: { group: "apps", version: "v1", kind: "Deployment" },
    resource: { group: "apps", version: "v1", resource: "deployments" },
    requestKind: { group: "apps", version: "v1", kind: "Deployment" },
    requestResource: { group: "apps", version: "v1", resource: "deployments" },
    name: "web",
    namespace: "shop",
    operation: "CREATE",
    userInfo: { username: "alice@example.com", uid: "014fbff9a07c", groups: ["system:authenticated", "storefront"] },
    object: {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: {
        name: "web", namespace: "shop", labels: { app: "web", team: "storefront" },
        annotations: { "kubectl.kubernetes.io/last-applied-configuration": "" },
        managedFields: [{ manager: "kubectl-client-side-apply", operation: "Update", apiVersion: "apps/v1", fieldsType: "FieldsV1", fieldsV1: { "f:spec": { "f:replicas": {} } } }],
      },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: "web" } },
        template: {
          metadata: { labels: { app: "web" } },
          spec: {
            containers: [{
              name: "web",
              image: "registry.example.com/shop/web:1.4.2",
              ports: [{ containerPort: 8080, protocol: "TCP" }],
              env: [{ name: "LOG_LEVEL", value: "info" }],
              resources: { requests: { cpu: "250m", memory: "256Mi" }, limits: { memory: "256Mi" } },
              readinessProbe: { httpGet: { path: "/ready", port: 8080 }, periodSeconds: 5 },
              livenessProbe: { httpGet: { path: "/healthz", port: 8080 }, periodSeconds: 10 },
            }],
          },
        },
      },
    },
    oldObject: null,
    dryRun: false,
    options: { kind: "CreateOptions", apiVersion: "meta.k8s.io/v1" },
  },
});

const o = options<Options>();
const SATURATION_SECONDS = o.tiny ? 1 : 2;
// Ten short alternated rounds: on a shared machine speed moves 2× between rounds, and the median of
// ten pairs moves far less than that of two.
const ROUNDS = o.tiny ? 1 : 10;
const CONNECTIONS = 10;
const FIXED_RATE = 100;
const FIXED_SECONDS = o.tiny ? 1 : 5;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 1, rejectUnauthorized: false });

function post(port: number, path: string, body: string | undefined): Promise<{ status: number; body: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request({ host: "127.0.0.1", port, path, method: body === undefined ? "GET" : "POST", agent, headers: body === undefined ? {} : { "content-type": "application/json" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), ms: performance.now() - t }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function waitReady(port: number, child: ChildProcess, name: string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    try {
      if ((await post(port, "/healthz", undefined)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} was not ready after 20 s`);
}

function peakRssMB(pid: number | undefined): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? round((Number(m[1]) * 1024) / MB, 1) : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time a process has used, user + system, in microseconds (from /proc; clock ticks of 10 ms). */
function cpuUs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}

async function saturate(port: number, pid: number | undefined): Promise<{ rps: number; p50: number; p99: number; errors: number; cpuUs: number }> {
  const before = cpuUs(pid);
  const r = await autocannon({
    url: `https://127.0.0.1:${port}/validate`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: REVIEW,
    connections: CONNECTIONS,
    duration: SATURATION_SECONDS,
  });
  const answered = r.requests.total;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts, cpuUs: answered > 0 ? (cpuUs(pid) - before) / answered : NaN };
}

async function fixedRate(port: number): Promise<number[]> {
  const latencies: number[] = [];
  const total = FIXED_RATE * FIXED_SECONDS;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / FIXED_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(post(port, "/validate", REVIEW).then((r) => {
      if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${r.body.slice(0, 200)}`);
      latencies.push(r.ms);
    }));
  }
  await Promise.all(pending);
  return latencies;
}

const dir = mkdtempSync(join(tmpdir(), "tollgate-bench-webhook-"));
const children: ChildProcess[] = [];
try {
  const pems = await generate([{ name: "commonName", value: "tollgate-bench" }], {
    keyType: "ec",
    algorithm: "sha256",
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] }],
  });
  const cert = join(dir, "tls.crt");
  const key = join(dir, "tls.key");
  writeFileSync(cert, pems.cert);
  writeFileSync(key, pems.private);

  const [hookPort, barePort] = [await freePort(), await freePort()];
  const env = { ...process.env, NODE_OPTIONS: "" };
  // Production defaults (log level info, all built-in rules, no config); logs go to /dev/null.
  const hook = spawn(process.execPath, [join(ROOT, "bin/tollgate.js"), "serve", "--cert", cert, "--key", key, "--port", String(hookPort), "--host", "127.0.0.1"], { cwd: dir, env, stdio: "ignore" });
  const bare = spawn(process.execPath, [join(ROOT, "bench/lib/bare-express.mjs"), cert, key, String(barePort)], { cwd: ROOT, env, stdio: "ignore" });
  children.push(hook, bare);
  await Promise.all([waitReady(hookPort, hook, "tollgate serve"), waitReady(barePort, bare, "bare express")]);

  const answer = await post(hookPort, "/validate", REVIEW);
  const review = JSON.parse(answer.body) as { response?: { uid?: string; allowed?: boolean; warnings?: string[] } };
  if (answer.status !== 200 || review.response?.uid !== "705ab4f5-6393-11e8-b7cc-42010a800002") {
    throw new Error(`tollgate serve answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  }

  // Warm both (JIT, TLS session state), then alternate rounds so both see the same machine load.
  await fixedRateWarm(hookPort);
  await fixedRateWarm(barePort);
  const bareRounds: Awaited<ReturnType<typeof saturate>>[] = [];
  const hookRounds: Awaited<ReturnType<typeof saturate>>[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    bareRounds.push(await saturate(barePort, bare.pid));
    hookRounds.push(await saturate(hookPort, hook.pid));
    log(`webhook round ${i + 1}: tollgate ${Math.round(hookRounds[i]!.rps)} req/s (${Math.round(hookRounds[i]!.cpuUs)} µs CPU each), bare express ${Math.round(bareRounds[i]!.rps)} req/s (${Math.round(bareRounds[i]!.cpuUs)} µs)`);
  }
  const bareFixed = await fixedRate(barePort);
  const hookFixed = await fixedRate(hookPort);
  log(`webhook at ${FIXED_RATE} req/s: tollgate p99 ${percentile(hookFixed, 99).toFixed(2)} ms, bare express p99 ${percentile(bareFixed, 99).toFixed(2)} ms`);

  const figures = (rounds: Awaited<ReturnType<typeof saturate>>[], pid: number | undefined): ServerFigures => ({
    rps: round(median(rounds.map((r) => r.rps)), 0),
    rounds: rounds.map((r) => round(r.rps, 0)),
    p50Ms: median(rounds.map((r) => r.p50)),
    p99Ms: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((a, r) => a + r.errors, 0),
    maxRssMB: peakRssMB(pid),
    cpuUsPerRequest: round(median(rounds.map((r) => r.cpuUs)), 0),
  });
  const result: WebhookResult = {
    baseline: figures(bareRounds, bare.pid),
    tollgate: { ...figures(hookRounds, hook.pid), allowed: review.response.allowed === true, warnings: review.response.warnings?.length ?? 0 },
    throughputRatio: round(median(hookRounds.map((h, i) => h.rps / bareRounds[i]!.rps)), 3),
    cpuRatio: round(median(hookRounds.map((h, i) => bareRounds[i]!.cpuUs / h.cpuUs)), 3),
    connections: CONNECTIONS,
    seconds: SATURATION_SECONDS,
    fixedRate: {
      rate: FIXED_RATE,
      requests: hookFixed.length,
      p50Ms: round(percentile(hookFixed, 50), 2),
      p99Ms: round(percentile(hookFixed, 99), 2),
      baselineP50Ms: round(percentile(bareFixed, 50), 2),
      baselineP99Ms: round(percentile(bareFixed, 99), 2),
    },
  };
  emit(result);
} finally {
  for (const c of children) c.kill("SIGTERM");
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
}

async function fixedRateWarm(port: number): Promise<void> {
  for (let i = 0; i < (o.tiny ? 20 : 200); i++) await post(port, "/validate", REVIEW);
  // Then at saturation, so the optimising compiler has seen the hot paths under load before any
  // round is timed (200 sequential requests leave the first round of the larger server ~40 % low).
  if (!o.tiny) await autocannon({ url: `https://127.0.0.1:${port}/validate`, method: "POST", headers: { "content-type": "application/json" }, body: REVIEW, connections: CONNECTIONS, duration: 2 });
}
