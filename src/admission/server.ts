// The HTTPS server around the app: serving certificate hot reload, readiness, graceful shutdown.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import type { Readiness } from "./app.js";
import { validatePair, watchCertificates, type CertWatcher } from "./certs.js";
import type { Logger } from "./log.js";

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
}

export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  readonly certs: CertWatcher;
  /**
   * Stops accepting connections (readyz turns 503 first), lets in-flight requests finish, closes idle
   * keep-alive connections, and after `timeoutMs` cuts whatever is left. `delayMs` keeps serving
   * first, while the endpoint is taken out of the Service.
   */
  shutdown(options?: { timeoutMs?: number; delayMs?: number }): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { app, readiness, logger } = options;
  const [cert, key] = await Promise.all([readFile(options.certFile), readFile(options.keyFile)]);
  validatePair({ cert, key });
  const server = createServer({ cert, key }, app);
  // After SIGTERM every answer closes its connection, so clients reconnect to another replica. Set
  // here, before the app sees the request, for every route and error answer alike.
  server.prependListener("request", (_req, res) => {
    if (readiness.shuttingDown) res.setHeader("Connection", "close");
  });
  server.requestTimeout = 30_000; // the API server gives up after timeoutSeconds (max 30)
  server.on("tlsClientError", (e) => logger.log("debug", "TLS handshake failed", { error: e.message }));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  const certs = watchCertificates({
    certFile: options.certFile,
    keyFile: options.keyFile,
    initial: { cert, key },
    logger,
    ...(options.certPollMs !== undefined ? { pollMs: options.certPollMs } : {}),
    ...(options.certFsWatch !== undefined ? { fsWatch: options.certFsWatch } : {}),
    onChange: (pair) => server.setSecureContext({ cert: pair.cert, key: pair.key }),
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
    })();
    return closing;
  };

  return { server, port, certs, shutdown };
}
