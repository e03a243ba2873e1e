// `tollgate serve`: the admission webhook over HTTPS. express and prom-client load only when it runs.
import { existsSync } from "node:fs";
import { Option, type Command } from "commander";

/** Kept equal to DEFAULT_MAX_CONNECTIONS in admission/server.ts (not imported: it would load the server with every command). */
export const DEFAULT_MAX_CONNECTIONS = 512;

export interface ServeOptions {
  cert: string;
  key: string;
  port: number;
  host: string;
  config?: string;
  policies?: string[];
  namespace?: string;
  logLevel: "debug" | "info" | "warn" | "error";
  shutdownTimeout: number;
  shutdownDelay: number;
  metricsPort?: number;
  metricsHost?: string;
  maxConnections: number;
}

export async function runServe(opts: ServeOptions): Promise<void> {
  const { createApp } = await import("../admission/app.js");
  const { createMetrics } = await import("../admission/metrics.js");
  const { batchedWriter, createJsonLogger } = await import("../admission/log.js");
  const { startServer } = await import("../admission/server.js");
  const { loadConfigFile, loadRegistry, toolVersion } = await import("./setup.js");

  const cwd = process.cwd();
  const out = batchedWriter((chunk) => process.stdout.write(chunk));
  process.on("exit", out.flush);
  const logger = createJsonLogger(out.write, { level: opts.logLevel });
  const { config, file: configFile } = loadConfigFile(opts.config, cwd);
  const registry = loadRegistry(config, configFile, cwd, opts.policies ?? []);
  const ownNamespace = opts.namespace ?? process.env.POD_NAMESPACE;
  const readiness = { ready: false, shuttingDown: false };
  const metrics = createMetrics({ defaultMetrics: true });
  const app = createApp({
    rules: registry.rules,
    config,
    logger,
    metrics,
    readiness,
    serveMetrics: opts.metricsPort === undefined,
    ...(ownNamespace ? { ownNamespace } : {}),
  });
  // After the config and policies, whose errors come first; named by flag rather than "ENOENT".
  const { UsageError } = await import("./files.js");
  for (const [flag, file] of [["--cert", opts.cert], ["--key", opts.key]] as const) {
    if (!existsSync(file)) throw new UsageError(`${flag} ${file}: no such file`);
  }
  const metricsHost = opts.metricsHost ?? opts.host;
  const running = await startServer({
    app, readiness, logger, metrics,
    certFile: opts.cert, keyFile: opts.key, port: opts.port, host: opts.host,
    maxConnections: opts.maxConnections,
    ...(opts.metricsPort !== undefined ? { metricsPort: opts.metricsPort, metricsHost } : {}),
  });
  logger.log("info", "listening", {
    version: toolVersion(),
    address: `https://${opts.host}:${running.port}`,
    metricsAddress: running.metricsPort !== undefined ? `http://${metricsHost}:${running.metricsPort}/metrics` : `https://${opts.host}:${running.port}/metrics`,
    maxConnections: opts.maxConnections,
    config: configFile,
    rules: registry.rules.length,
    namespace: ownNamespace,
  });

  const stop = (signal: string) => {
    logger.log("info", "shutting down", { signal });
    void running.shutdown({ timeoutMs: opts.shutdownTimeout * 1000, delayMs: opts.shutdownDelay * 1000 }).then(() => {
      logger.log("info", "stopped");
      // Nothing else keeps the loop alive; this only guards against a stray handle.
      setTimeout(() => process.exit(0), 1000).unref();
    });
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

const integer = (name: string, min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return n;
};

/** Registered in commands.ts. */
export function serveCommand(program: Command): void {
  program
    .command("serve")
    .description("run the validating admission webhook (HTTPS: POST /validate, GET /healthz, /readyz; GET /metrics there or on --metrics-port)")
    .requiredOption("--cert <file>", "serving certificate (PEM); reloaded when it changes")
    .requiredOption("--key <file>", "private key of the serving certificate (PEM); reloaded when it changes")
    .option("-p, --port <port>", "port to listen on", integer("--port", 0, 65535), 8443)
    .option("--host <address>", "address to listen on", "0.0.0.0")
    .option("-c, --config <file>", "config file (default: .tollgate.yaml in the current directory)")
    .option("--policies <dir...>", "extra policy directories")
    .option("--namespace <ns>", "the webhook's own namespace, always exempt (default: $POD_NAMESPACE)")
    .addOption(new Option("--log-level <level>", "lowest level logged").choices(["debug", "info", "warn", "error"]).default("info"))
    .option("--shutdown-timeout <seconds>", "after SIGTERM, cut connections still open after this long", integer("--shutdown-timeout", 0, 3600), 20)
    .option("--shutdown-delay <seconds>", "after SIGTERM, keep serving this long before closing the listener", integer("--shutdown-delay", 0, 3600), 0)
    .option("--metrics-port <port>", "serve GET /metrics over plain HTTP on this port, and no longer on the HTTPS port (default: on the HTTPS port)", integer("--metrics-port", 0, 65535))
    .option("--metrics-host <address>", "address of the metrics port (default: --host)")
    .option("--max-connections <n>", "open connections accepted at most; more are closed at accept", integer("--max-connections", 1, 1_000_000), DEFAULT_MAX_CONNECTIONS)
    .action(async (opts: ServeOptions) => {
      await runServe(opts);
    });
}
