import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  Option
} from "./chunk-L32FOGHP.js";
import "./chunk-YCBVLEXS.js";
import {
  require_node_fs
} from "./chunk-4IRK2B2X.js";
import {
  __toESM
} from "./chunk-HMYCOVW3.js";

// src/cli/serve.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var DEFAULT_MAX_CONNECTIONS = 512;
async function runServe(opts) {
  const { createApp } = await import("./app-HAXRJEM7.js");
  const { createMetrics } = await import("./metrics-FC325FOE.js");
  const { batchedWriter, createJsonLogger } = await import("./log-BDAB22Z7.js");
  const { startServer } = await import("./server-OZEQN7KU.js");
  const { loadConfigFile, loadRegistry, toolVersion } = await import("./setup-LATYFKOZ.js");
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
    serveMetrics: opts.metricsPort === void 0,
    ...ownNamespace ? { ownNamespace } : {}
  });
  const { UsageError } = await import("./files-QDWDSWAN.js");
  for (const [flag, file] of [["--cert", opts.cert], ["--key", opts.key]]) {
    if (!(0, import_node_fs.existsSync)(file)) throw new UsageError(`${flag} ${file}: no such file`);
  }
  const metricsHost = opts.metricsHost ?? opts.host;
  const running = await startServer({
    app,
    readiness,
    logger,
    metrics,
    certFile: opts.cert,
    keyFile: opts.key,
    port: opts.port,
    host: opts.host,
    maxConnections: opts.maxConnections,
    ...opts.metricsPort !== void 0 ? { metricsPort: opts.metricsPort, metricsHost } : {}
  });
  logger.log("info", "listening", {
    version: toolVersion(),
    address: `https://${opts.host}:${running.port}`,
    metricsAddress: running.metricsPort !== void 0 ? `http://${metricsHost}:${running.metricsPort}/metrics` : `https://${opts.host}:${running.port}/metrics`,
    maxConnections: opts.maxConnections,
    config: configFile,
    rules: registry.rules.length,
    namespace: ownNamespace
  });
  const stop = (signal) => {
    logger.log("info", "shutting down", { signal });
    void running.shutdown({ timeoutMs: opts.shutdownTimeout * 1e3, delayMs: opts.shutdownDelay * 1e3 }).then(() => {
      logger.log("info", "stopped");
      setTimeout(() => process.exit(0), 1e3).unref();
    });
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
var integer = (name, min, max) => (v) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return n;
};
function serveCommand(program) {
  program.command("serve").description("run the validating admission webhook (HTTPS: POST /validate, GET /healthz, /readyz; GET /metrics there or on --metrics-port)").requiredOption("--cert <file>", "serving certificate (PEM); reloaded when it changes").requiredOption("--key <file>", "private key of the serving certificate (PEM); reloaded when it changes").option("-p, --port <port>", "port to listen on", integer("--port", 0, 65535), 8443).option("--host <address>", "address to listen on", "0.0.0.0").option("-c, --config <file>", "config file (default: .tollgate.yaml in the current directory)").option("--policies <dir...>", "extra policy directories").option("--namespace <ns>", "the webhook's own namespace, always exempt (default: $POD_NAMESPACE)").addOption(new Option("--log-level <level>", "lowest level logged").choices(["debug", "info", "warn", "error"]).default("info")).option("--shutdown-timeout <seconds>", "after SIGTERM, cut connections still open after this long", integer("--shutdown-timeout", 0, 3600), 20).option("--shutdown-delay <seconds>", "after SIGTERM, keep serving this long before closing the listener", integer("--shutdown-delay", 0, 3600), 0).option("--metrics-port <port>", "serve GET /metrics over plain HTTP on this port, and no longer on the HTTPS port (default: on the HTTPS port)", integer("--metrics-port", 0, 65535)).option("--metrics-host <address>", "address of the metrics port (default: --host)").option("--max-connections <n>", "open connections accepted at most; more are closed at accept", integer("--max-connections", 1, 1e6), DEFAULT_MAX_CONNECTIONS).action(async (opts) => {
    await runServe(opts);
  });
}

// src/cli/commands.ts
var extraCommands = [];
extraCommands.push((program) => {
  program.command("cost").description("monthly cost of the manifests on EKS and k3s, and the change from --base").argument("[paths...]", "files or directories", ["."]).addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text")).option("-c, --config <file>", "config file (default: the nearest .tollgate.yaml)").option("--base <dir-or-ref>", "compare with a base (a directory or a git revision)").option("--platform <list>", "platforms to estimate, comma-separated (eks,k3s)").option("--region <region>", "AWS region for EKS prices (default cost.region or us-east-1)").option("--prices <file>", "price snapshot file (from `tollgate prices refresh`) laid over the embedded one").option("-o, --output <file>", "write the report to a file instead of stdout").option("--allow-empty", "exit 0 when the paths hold no manifest (default: exit 2)").action(async (paths, opts) => {
    const { runCost } = await import("./cost-2TBIICA2.js");
    process.exitCode = await runCost(paths, opts);
  });
  const prices = program.command("prices").description("price snapshot tools");
  prices.command("refresh").description("fetch EC2 and EKS on-demand prices for a region from the AWS Price List API").requiredOption("--region <region>", "AWS region, e.g. eu-central-1").option("-o, --output <file>", "write the snapshot file here (default: stdout)").option("--instance-types <list>", "comma-separated instance types (default: the embedded snapshot's)").option("--timeout <seconds>", "seconds to wait for a connection and for each response (default 30)").action(async (opts) => {
    const { runPricesRefresh } = await import("./prices-5RSTB4FS.js");
    process.exitCode = await runPricesRefresh(opts);
  });
});
extraCommands.push(serveCommand);
export {
  extraCommands
};
