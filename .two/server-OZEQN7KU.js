import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  require_promises
} from "./chunk-CRUB2UZN.js";
import {
  require_node_crypto
} from "./chunk-HIIRDRDP.js";
import {
  require_node_fs,
  require_node_path
} from "./chunk-4IRK2B2X.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HMYCOVW3.js";

// builtin:node:http
var require_node_http = __commonJS({
  "builtin:node:http"(exports, module) {
    module.exports = __tollgateBuiltin("node:http");
  }
});

// builtin:node:https
var require_node_https = __commonJS({
  "builtin:node:https"(exports, module) {
    module.exports = __tollgateBuiltin("node:https");
  }
});

// builtin:node:tls
var require_node_tls = __commonJS({
  "builtin:node:tls"(exports, module) {
    module.exports = __tollgateBuiltin("node:tls");
  }
});

// src/admission/server.ts
var import_promises2 = __toESM(require_promises(), 1);
var import_node_http = __toESM(require_node_http(), 1);
var import_node_https = __toESM(require_node_https(), 1);

// src/admission/certs.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_tls = __toESM(require_node_tls(), 1);
function validatePair(pair) {
  (0, import_node_tls.createSecureContext)({ cert: pair.cert, key: pair.key });
}
function expiryOf(pem) {
  try {
    const ms = Date.parse(new import_node_crypto.X509Certificate(pem).validTo);
    return Number.isFinite(ms) ? ms / 1e3 : void 0;
  } catch {
    return void 0;
  }
}
function watchCertificates(options) {
  const { certFile, keyFile, logger } = options;
  let current = options.initial;
  let lastStamp = "";
  let timer;
  let running;
  let again = false;
  let closed = false;
  const watchers = [];
  const stamp = async () => {
    const parts = await Promise.all([certFile, keyFile].map((f) => (0, import_promises.stat)(f).then((s) => `${s.ino}:${s.size}:${s.mtimeMs}`, () => "missing")));
    return parts.join("|");
  };
  void stamp().then((s) => lastStamp = s);
  const load = async () => {
    let pair;
    try {
      const [cert, key] = await Promise.all([(0, import_promises.readFile)(certFile), (0, import_promises.readFile)(keyFile)]);
      pair = { cert, key };
    } catch (e) {
      logger.log("error", "cannot read the serving certificate; keeping the current one", { error: e.message });
      return false;
    }
    if (pair.cert.equals(current.cert) && pair.key.equals(current.key)) return false;
    try {
      validatePair(pair);
    } catch (e) {
      logger.log("error", "the new serving certificate is unusable; keeping the current one", { certFile, keyFile, error: e.message });
      return false;
    }
    current = pair;
    options.onChange(pair);
    logger.log("info", "serving certificate reloaded", { certFile });
    return true;
  };
  const reload = () => {
    if (running) {
      again = true;
      return running;
    }
    running = load().finally(() => {
      running = void 0;
      if (again && !closed) {
        again = false;
        void reload();
      }
    });
    return running;
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = void 0;
      void reload();
    }, options.debounceMs ?? 100);
    timer.unref();
  };
  for (const dir of options.fsWatch === false ? [] : /* @__PURE__ */ new Set([(0, import_node_path.dirname)(certFile), (0, import_node_path.dirname)(keyFile)])) {
    try {
      const w = (0, import_node_fs.watch)(dir, { persistent: false }, () => schedule());
      w.on("error", () => w.close());
      watchers.push(w);
    } catch (e) {
      logger.log("warn", "cannot watch the certificate directory; polling instead", { dir, error: e.message });
    }
  }
  const poll = setInterval(() => {
    void stamp().then((s) => {
      if (s !== lastStamp) {
        lastStamp = s;
        schedule();
      }
    });
  }, options.pollMs ?? 1e4);
  poll.unref();
  return {
    reload,
    close() {
      closed = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    }
  };
}

// src/admission/server.ts
var DEFAULT_TIMEOUTS = { handshakeMs: 1e4, headersMs: 1e4, bodyMs: 1e4, keepAliveMs: 3e4 };
var DEFAULT_MAX_CONNECTIONS = 512;
async function startServer(options) {
  const { app, readiness, logger, metrics } = options;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const [cert, key] = await Promise.all([(0, import_promises2.readFile)(options.certFile), (0, import_promises2.readFile)(options.keyFile)]);
  validatePair({ cert, key });
  const server = (0, import_node_https.createServer)({
    cert,
    key,
    handshakeTimeout: timeouts.handshakeMs,
    // absolute, not idle: a trickled ClientHello is cut too
    headersTimeout: timeouts.headersMs,
    // Node checks header and request deadlines on this interval (30 s by default, which let slow
    // clients hold a connection for up to 90 s): a tenth of the shortest deadline, at most 1 s.
    connectionsCheckingInterval: Math.max(10, Math.min(1e3, Math.floor(Math.min(timeouts.headersMs, timeouts.bodyMs) / 10))),
    // A backstop for the whole request; the body deadline below is the precise one.
    requestTimeout: timeouts.headersMs + timeouts.bodyMs,
    keepAliveTimeout: timeouts.keepAliveMs
  }, app);
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  server.on("drop", () => metrics?.connectionsClosed.inc({ reason: "connection_limit" }));
  server.prependListener("request", (req, res) => {
    if (readiness.shuttingDown) res.setHeader("Connection", "close");
    if (req.complete) return;
    const cut = setTimeout(() => {
      if (req.complete) return;
      metrics?.connectionsClosed.inc({ reason: "body_timeout" });
      logger.log("warn", "request body not received in time; closing the connection", { limitMs: timeouts.bodyMs });
      if (!res.headersSent) {
        const body = JSON.stringify({ error: "timeout", message: `the request body did not arrive within ${timeouts.bodyMs / 1e3} s` });
        res.writeHead(408, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), connection: "close" });
        res.end(body);
      }
      res.once("finish", () => req.socket.destroy());
      setTimeout(() => req.socket.destroy(), 1e3).unref();
    }, timeouts.bodyMs);
    cut.unref();
    const clear = () => clearTimeout(cut);
    req.once("end", clear);
    res.once("close", clear);
  });
  server.on("tlsClientError", (e) => {
    if (e.code === "ERR_TLS_HANDSHAKE_TIMEOUT") metrics?.connectionsClosed.inc({ reason: "handshake_timeout" });
    logger.log("debug", "TLS handshake failed", { error: e.message });
  });
  await listen(server, options.port, options.host);
  const port = server.address().port;
  let metricsServer;
  if (options.metricsPort !== void 0) {
    if (!metrics) throw new Error("a metrics port needs the metrics registry");
    metricsServer = createMetricsServer(metrics, timeouts);
    await listen(metricsServer, options.metricsPort, options.metricsHost ?? options.host);
  }
  const setExpiry = (pem) => {
    const notAfter = expiryOf(pem);
    if (notAfter !== void 0) metrics?.certificateExpiry.set(notAfter);
  };
  setExpiry(cert);
  const certs = watchCertificates({
    certFile: options.certFile,
    keyFile: options.keyFile,
    initial: { cert, key },
    logger,
    ...options.certPollMs !== void 0 ? { pollMs: options.certPollMs } : {},
    ...options.certFsWatch !== void 0 ? { fsWatch: options.certFsWatch } : {},
    onChange: (pair) => {
      server.setSecureContext({ cert: pair.cert, key: pair.key });
      setExpiry(pair.cert);
    }
  });
  readiness.ready = true;
  let closing;
  const shutdown = (opts = {}) => {
    closing ??= (async () => {
      readiness.shuttingDown = true;
      certs.close();
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      await new Promise((resolve) => {
        const force = setTimeout(() => {
          logger.log("warn", "shutdown timeout: closing the remaining connections");
          server.closeAllConnections();
        }, opts.timeoutMs ?? 2e4);
        force.unref();
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        sweep.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      if (metricsServer) {
        const m = metricsServer;
        await new Promise((resolve) => {
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
    ...metricsServer ? { metricsPort: metricsServer.address().port } : {},
    certs,
    shutdown
  };
}
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
function createMetricsServer(metrics, timeouts) {
  const server = (0, import_node_http.createServer)(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.headersMs + timeouts.bodyMs, keepAliveTimeout: timeouts.keepAliveMs },
    (req, res) => {
      const path = (req.url ?? "").split("?")[0];
      if (path === "/metrics" && (req.method === "GET" || req.method === "HEAD")) {
        metrics.registry.metrics().then(
          (text) => {
            res.writeHead(200, { "content-type": metrics.registry.contentType });
            res.end(req.method === "HEAD" ? void 0 : text);
          },
          () => {
            res.writeHead(500, { "content-type": "application/json" });
            res.end(JSON.stringify({ error: "internal", message: "the metrics could not be collected" }));
          }
        );
        return;
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not-found", message: "the metrics port answers GET /metrics only" }));
    }
  );
  server.maxConnections = 64;
  return server;
}
export {
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_TIMEOUTS,
  startServer
};
