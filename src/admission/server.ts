// The HTTPS server around the app: serving certificate hot reload, readiness, graceful shutdown,
// deadlines for slow clients, a connection cap, and the plain-HTTP metrics port.
import { readFile } from "node:fs/promises";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import type { Readiness } from "./app.js";
import { expiryOf, validatePair, watchCertificates, type CertWatcher } from "./certs.js";
import type { Logger } from "./log.js";
import type { AdmissionMetrics } from "./metrics.js";

/**
 * Deadlines for a client, in milliseconds. The API server gives up after the webhook's
 * `timeoutSeconds` (at most 30 s) and sends a whole review at once, so a client that needs
 * longer than these is not the API server, and every connection it holds is one fewer for it.
 */
export interface ClientTimeouts {
  /** From the TCP accept to a finished TLS handshake (also cuts connections that never start TLS). */
  readonly handshakeMs: number;
  /** From the first byte of a request to its last header. */
  readonly headersMs: number;
  /** From the last header to the last body byte. */
  readonly bodyMs: number;
  /** An idle keep-alive connection is closed after this long. */
  readonly keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ClientTimeouts = { handshakeMs: 10_000, headersMs: 10_000, bodyMs: 10_000, keepAliveMs: 30_000 };

/**
 * Open connections accepted at most; more are closed at accept. The API server keeps a pool of
 * keep-alive connections per replica, far below this; each TLS connection costs tens of KiB.
 */
export const DEFAULT_MAX_CONNECTIONS = 512;

export interface ServerOptions {
  readonly app: Express;
  readonly readiness: Readiness;
  readonly logger: Logger;
  readonly certFile: string;
  readonly keyFile: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly host: string;
  /** Certificate stat-poll interval (ms); fs.watch normally reacts first. */
  readonly certPollMs?: number;
  /** false: rely on the stat poll only (tests of the fallback). */
  readonly certFsWatch?: boolean;
  /** Counters for cut connections and the certificate expiry gauge; the registry for the metrics port. */
  readonly metrics?: AdmissionMetrics;
  /** A plain-HTTP port answering only GET /metrics (0 picks a free one); none when undefined. */
  readonly metricsPort?: number;
  /** Address of the metrics port (default: `host`). */
  readonly metricsHost?: string;
  readonly timeouts?: Partial<ClientTimeouts>;
  readonly maxConnections?: number;
}

export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  /** The metrics port, when one was asked for. */
  readonly metricsPort?: number;
  readonly certs: CertWatcher;
  /**
   * Stops accepting connections (readyz turns 503 first), lets in-flight requests finish, closes idle
   * keep-alive connections, and after `timeoutMs` cuts whatever is left. `delayMs` keeps serving
   * first, while the endpoint is taken out of the Service.
   */
  shutdown(options?: { timeoutMs?: number; delayMs?: number }): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { app, readiness, logger, metrics } = options;
  const timeouts: ClientTimeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const [cert, key] = await Promise.all([readFile(options.certFile), readFile(options.keyFile)]);
  validatePair({ cert, key });
  const server = createServer({
    cert,
    key,
    handshakeTimeout: timeouts.handshakeMs, // absolute, not idle: a trickled ClientHello is cut too
    headersTimeout: timeouts.headersMs,
    // Node checks header and request deadlines on this interval (30 s by default, which let slow
    // clients hold a connection for up to 90 s): a tenth of the shortest deadline, at most 1 s.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(Math.min(timeouts.headersMs, timeouts.bodyMs) / 10))),
    // A backstop for the whole request; the body deadline below is the precise one.
    requestTimeout: timeouts.headersMs + timeouts.bodyMs,
    keepAliveTimeout: timeouts.keepAliveMs,
  }, app);
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  server.on("drop", () => metrics?.connectionsClosed.inc({ reason: "connection_limit" }));
  // After SIGTERM every answer closes its connection, so clients reconnect to another replica. Set
  // here, before the app sees the request, for every route and error answer alike.
  server.prependListener("request", (req, res) => {
    if (readiness.shuttingDown) res.setHeader("Connection", "close");
    if (req.complete) return; // no body, or all of it already read with the headers
    const cut = setTimeout(() => {
      if (req.complete) return; // received in time; the answer is being computed
      metrics?.connectionsClosed.inc({ reason: "body_timeout" });
      logger.log("warn", "request body not received in time; closing the connection", { limitMs: timeouts.bodyMs });
      if (!res.headersSent) {
        const body = JSON.stringify({ error: "timeout", message: `the request body did not arrive within ${timeouts.bodyMs / 1000} s` });
        res.writeHead(408, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), connection: "close" });
        res.end(body);
      }
      // Whatever the client still sends is never read: the connection goes once the answer is out.
      res.once("finish", () => req.socket.destroy());
      setTimeout(() => req.socket.destroy(), 1000).unref();
    }, timeouts.bodyMs);
    cut.unref();
    const clear = () => clearTimeout(cut);
    req.once("end", clear);
    res.once("close", clear);
  });
  server.on("tlsClientError", (e) => {
    if ((e as { code?: string }).code === "ERR_TLS_HANDSHAKE_TIMEOUT") metrics?.connectionsClosed.inc({ reason: "handshake_timeout" });
    logger.log("debug", "TLS handshake failed", { error: e.message });
  });

  await listen(server, options.port, options.host);
  const port = (server.address() as AddressInfo).port;

  let metricsServer: HttpServer | undefined;
  if (options.metricsPort !== undefined) {
    if (!metrics) throw new Error("a metrics port needs the metrics registry");
    metricsServer = createMetricsServer(metrics, timeouts);
    await listen(metricsServer, options.metricsPort, options.metricsHost ?? options.host);
  }
  const setExpiry = (pem: Buffer) => {
    const notAfter = expiryOf(pem);
    if (notAfter !== undefined) metrics?.certificateExpiry.set(notAfter);
  };
  setExpiry(cert);

  const certs = watchCertificates({
    certFile: options.certFile,
    keyFile: options.keyFile,
    initial: { cert, key },
    logger,
    ...(options.certPollMs !== undefined ? { pollMs: options.certPollMs } : {}),
    ...(options.certFsWatch !== undefined ? { fsWatch: options.certFsWatch } : {}),
    onChange: (pair) => {
      server.setSecureContext({ cert: pair.cert, key: pair.key });
      setExpiry(pair.cert);
    },
  });
  readiness.ready = true;

  let closing: Promise<void> | undefined;
  const shutdown = (opts: { timeoutMs?: number; delayMs?: number } = {}): Promise<void> => {
    closing ??= (async () => {
      readiness.shuttingDown = true;
      certs.close();
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          logger.log("warn", "shutdown timeout: closing the remaining connections");
          server.closeAllConnections();
        }, opts.timeoutMs ?? 20_000);
        force.unref();
        // A connection that finishes its last request after close() would idle until keepAliveTimeout.
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        sweep.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      // Metrics stay up through the drain, so the last scrape sees it; then they go too.
      if (metricsServer) {
        const m = metricsServer;
        await new Promise<void>((resolve) => {
          m.close(() => resolve());
          m.closeAllConnections();
        });
      }
    })();
    return closing;
  };

  return {
    server,
    port,
    ...(metricsServer ? { metricsPort: (metricsServer.address() as AddressInfo).port } : {}),
    certs,
    shutdown,
  };
}

function listen(server: Server | HttpServer, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** Plain HTTP, GET /metrics only: what Prometheus scrapes, kept off the port the API server calls. */
function createMetricsServer(metrics: AdmissionMetrics, timeouts: ClientTimeouts): HttpServer {
  const server = createHttpServer(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.headersMs + timeouts.bodyMs, keepAliveTimeout: timeouts.keepAliveMs },
    (req, res) => {
      const path = (req.url ?? "").split("?")[0];
      if (path === "/metrics" && (req.method === "GET" || req.method === "HEAD")) {
        metrics.registry.metrics().then(
          (text) => {
            res.writeHead(200, { "content-type": metrics.registry.contentType });
            res.end(req.method === "HEAD" ? undefined : text);
          },
          () => {
            res.writeHead(500, { "content-type": "application/json" });
            res.end(JSON.stringify({ error: "internal", message: "the metrics could not be collected" }));
          },
        );
        return;
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not-found", message: "the metrics port answers GET /metrics only" }));
    },
  );
  server.maxConnections = 64;
  return server;
}
