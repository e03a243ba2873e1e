// Test harness for the webhook: certificates from `selfsigned`, a real HTTPS server on 127.0.0.1,
// AdmissionReviews built on the kubernetes/api fixture shape, and a client that trusts the test CA.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";
import { createApp, type Readiness } from "../../src/admission/app.js";
import { createJsonLogger } from "../../src/admission/log.js";
import { createMetrics, type AdmissionMetrics } from "../../src/admission/metrics.js";
import { startServer, type ClientTimeouts, type RunningServer } from "../../src/admission/server.js";
import { parseConfig, EMPTY_CONFIG, type Config } from "../../src/core/config.js";
import type { AnyRule } from "../../src/engine/rule.js";
import { parseYamlText } from "../../src/parse/yaml.js";
import { buildRegistry } from "../../src/registry.js";

const FIXTURES = join(process.cwd(), "test/admission/fixtures");

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as Record<string, unknown>;
}

export interface Pem {
  readonly cert: string;
  readonly key: string;
}

/** A self-signed serving certificate for 127.0.0.1 (EC keys: fast to generate). */
export async function makeCert(cn = "tollgate-test", notAfterDate?: Date): Promise<Pem> {
  const pems = await generate([{ name: "commonName", value: cn }], {
    ...(notAfterDate ? { notAfterDate } : {}),
    keyType: "ec",
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/**
 * The rules the admission tests run: the resources family, the engine's own meta rules and the
 * built-in policies. Other families judge cross-resource context a single admitted object lacks;
 * keeping them out keeps these tests about the webhook, not about those rules.
 */
export function testRules(extra: readonly AnyRule[] = []): AnyRule[] {
  const dir = join(process.cwd(), "policies");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({ file: `policies/${f}`, text: readFileSync(join(dir, f), "utf8") }));
  const registry = buildRegistry(texts);
  return [...registry.rules.filter((r) => ["resources", "tollgate", "parse"].includes(r.meta.family)), ...extra];
}

export function configFromYaml(yaml: string): Config {
  if (yaml.trim() === "") return EMPTY_CONFIG;
  const parsed = parseYamlText(".tollgate.yaml", yaml);
  return parseConfig(parsed.documents[0]?.value, ".tollgate.yaml", parsed.documents[0]);
}

export interface TestServer {
  readonly port: number;
  readonly pem: Pem;
  readonly dir: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly logs: string[];
  readonly metrics: AdmissionMetrics;
  readonly readiness: Readiness;
  readonly running: RunningServer;
  readonly agent: Agent;
  post(body: unknown, options?: { contentType?: string | null; raw?: string | Buffer; path?: string }): Promise<HttpResult>;
  get(path: string): Promise<HttpResult>;
  review(request: Partial<ReviewRequest>): Promise<ReviewResult>;
  close(): Promise<void>;
}

export interface HttpResult {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  readonly json: unknown;
}

export interface ReviewResult extends HttpResult {
  readonly response: {
    uid: string;
    allowed: boolean;
    status?: { code: number; reason: string; message: string };
    warnings?: string[];
    patch?: unknown;
  };
}

export interface ReviewRequest {
  uid: string;
  operation: "CREATE" | "UPDATE" | "DELETE" | "CONNECT";
  object: Record<string, unknown> | null;
  oldObject: Record<string, unknown> | null;
  namespace: string;
  name: string;
  subResource: string;
  dryRun: boolean;
  username: string;
  groups: string[];
}

let uidCounter = 0;

/** An AdmissionReview in the API server's exact shape, with kind/resource derived from the object. */
export function admissionReview(r: Partial<ReviewRequest>): Record<string, unknown> {
  const base = fixture("admission-review.json");
  const req = base.request as Record<string, unknown>;
  const subject = r.object ?? r.oldObject ?? null;
  const apiVersion = String(subject?.apiVersion ?? "apps/v1");
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const kind = String(subject?.kind ?? "Deployment");
  const gvk = { group, version, kind };
  const gvr = { group, version, resource: kind.toLowerCase() + "s" };
  const md = (subject?.metadata ?? {}) as Record<string, unknown>;
  const operation = r.operation ?? "CREATE";
  const out: Record<string, unknown> = {
    ...req,
    uid: r.uid ?? `00000000-0000-4000-8000-${String(++uidCounter).padStart(12, "0")}`,
    kind: gvk,
    resource: gvr,
    requestKind: gvk,
    requestResource: gvr,
    name: r.name ?? (typeof md.name === "string" ? md.name : ""),
    namespace: r.namespace ?? (typeof md.namespace === "string" ? md.namespace : ""),
    operation,
    userInfo: { ...(req.userInfo as object), ...(r.username ? { username: r.username } : {}), ...(r.groups ? { groups: r.groups } : {}) },
    object: r.object === undefined ? null : r.object,
    oldObject: r.oldObject === undefined ? null : r.oldObject,
    dryRun: r.dryRun ?? false,
    options: { kind: `${operation === "UPDATE" ? "Update" : operation === "DELETE" ? "Delete" : "Create"}Options`, apiVersion: "meta.k8s.io/v1" },
  };
  if (r.subResource) {
    out.subResource = r.subResource;
    out.requestSubResource = r.subResource;
  }
  return { ...base, request: out };
}

export interface TestServerOptions {
  config?: string;
  rules?: AnyRule[];
  ownNamespace?: string;
  certPollMs?: number;
  certFsWatch?: boolean;
  bodyLimit?: string;
  /** Small deadlines for slow-client tests. */
  timeouts?: Partial<ClientTimeouts>;
  maxConnections?: number;
  /** Serve /metrics on a plain-HTTP port of its own (a free one on 127.0.0.1), not on the HTTPS port. */
  metricsPort?: boolean;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "tollgate-admission-"));
  const pem = await makeCert();
  const certFile = join(dir, "tls.crt");
  const keyFile = join(dir, "tls.key");
  writeFileSync(certFile, pem.cert);
  writeFileSync(keyFile, pem.key);
  const logs: string[] = [];
  const logger = createJsonLogger((line) => logs.push(line), { level: "debug" });
  const metrics = createMetrics();
  const readiness: Readiness = { ready: false, shuttingDown: false };
  const app = createApp({
    rules: options.rules ?? testRules(),
    config: configFromYaml(options.config ?? ""),
    logger,
    metrics,
    readiness,
    ...(options.ownNamespace ? { ownNamespace: options.ownNamespace } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    serveMetrics: !options.metricsPort,
  });
  const running = await startServer({
    app, readiness, logger, certFile, keyFile, port: 0, host: "127.0.0.1", metrics,
    certPollMs: options.certPollMs ?? 200,
    ...(options.certFsWatch !== undefined ? { certFsWatch: options.certFsWatch } : {}),
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.maxConnections !== undefined ? { maxConnections: options.maxConnections } : {}),
    ...(options.metricsPort ? { metricsPort: 0 } : {}),
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 64, ca: pem.cert });

  const send = (method: string, path: string, body?: string | Buffer, contentType?: string | null): Promise<HttpResult> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = {};
      if (body !== undefined) headers["content-length"] = Buffer.byteLength(body);
      if (contentType) headers["content-type"] = contentType;
      const req = httpsRequest({ host: "127.0.0.1", port: running.port, method, path, agent, headers, ca: pem.cert }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });

  const server: TestServer = {
    port: running.port,
    pem,
    dir,
    certFile,
    keyFile,
    logs,
    metrics,
    readiness,
    running,
    agent,
    post: (body, o = {}) =>
      send("POST", o.path ?? "/validate", o.raw ?? JSON.stringify(body), o.contentType === undefined ? "application/json" : o.contentType),
    get: (path) => send("GET", path),
    async review(r) {
      const res = await send("POST", "/validate", JSON.stringify(admissionReview(r)), "application/json");
      const json = res.json as { response?: ReviewResult["response"] } | undefined;
      if (res.status !== 200 || !json?.response) throw new Error(`expected an AdmissionReview, got ${res.status}: ${res.text}`);
      return { ...res, response: json.response };
    },
    async close() {
      agent.destroy();
      await running.shutdown({ timeoutMs: 1000 });
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** A deep copy of a fixture with `edit` applied. */
export function edited(name: string, edit: (o: any) => void): Record<string, unknown> {
  const o = fixture(name);
  edit(o);
  return o;
}

/** The log lines as objects. */
export function logEntries(s: TestServer): Record<string, unknown>[] {
  return s.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
}
