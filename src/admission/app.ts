// The webhook's HTTP surface: POST /validate, /healthz, /readyz and, unless metrics have a port of their
// own, /metrics. Built without listening, so tests drive it over real TLS and `tollgate serve` only
// adds the HTTPS server around it.
import express, { type NextFunction, type Request, type Response } from "express";
import type { Config } from "../core/config.js";
import type { AnyRule } from "../engine/rule.js";
import { createEvaluator, nameOf, type Outcome } from "./evaluate.js";
import { clip, type Logger } from "./log.js";
import { kindLabel, ruleLabeller, type AdmissionMetrics } from "./metrics.js";
import { BadReview, parseReview, reviewResponse, uidOf, type AdmissionRequest } from "./review.js";

/** Mutable readiness: set `ready` once serving, `shuttingDown` on SIGTERM (/readyz answers 503). */
export interface Readiness {
  ready: boolean;
  shuttingDown: boolean;
}

export interface AppDeps {
  /** The registry's rules (code rules and policies); resolved against `config` once, here. */
  readonly rules: readonly AnyRule[];
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: AdmissionMetrics;
  readonly readiness: Readiness;
  /** Milliseconds from an arbitrary origin, for durations (performance.now by default). */
  readonly clock?: () => number;
  /** The webhook's own namespace (POD_NAMESPACE / --namespace): always exempt. */
  readonly ownNamespace?: string;
  /** Largest accepted body. The API server sends up to 3 MiB per object, and UPDATE carries two. */
  readonly bodyLimit?: string | number;
  /**
   * Answer GET /metrics on this app's (HTTPS) port: true unless metrics have a port of their own
   * (`--metrics-port`), which keeps them off the port the API server and every pod can reach.
   */
  readonly serveMetrics?: boolean;
}

export const DEFAULT_BODY_LIMIT = "8mb";

export function createApp(deps: AppDeps): express.Express {
  const { logger, metrics, readiness } = deps;
  const clock = deps.clock ?? (() => performance.now());
  const evaluator = createEvaluator({ rules: deps.rules, config: deps.config, ...(deps.ownNamespace ? { ownNamespace: deps.ownNamespace } : {}) });
  const onError = evaluator.settings.onError;
  const ruleLabel = ruleLabeller(deps.rules.map((r) => r.id));
  const serveMetrics = deps.serveMetrics ?? true;

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);

  app.post(
    "/validate",
    // /validate is the first route: under load it is nearly every request, so only the in-flight
    // count runs before it, and the content type is looked at again only when express.json() did
    // not take the body.
    (_req, res, next) => {
      metrics.inFlight.inc();
      res.once("close", () => metrics.inFlight.dec());
      next();
    },
    express.json({ limit: deps.bodyLimit ?? DEFAULT_BODY_LIMIT, strict: true }),
    (req, res) => {
      const started = clock();
      if (req.body === undefined && !req.is("application/json")) {
        sendError(res, 415, "unsupported-media-type", `Content-Type must be application/json, got ${JSON.stringify(req.get("content-type") ?? "(none)")}`);
        metrics.errors.inc({ type: "unsupported_media_type" });
        logger.log("warn", "rejected request", { status: 415, error: "unsupported-media-type" });
        return;
      }
      let request: AdmissionRequest;
      try {
        request = parseReview(req.body);
      } catch (e) {
        if (!(e instanceof BadReview)) throw e;
        const uid = uidOf(req.body);
        sendError(res, 400, "bad-review", `not an admission.k8s.io/v1 AdmissionReview: ${e.message}`);
        metrics.errors.inc({ type: "bad_request" });
        logger.log("warn", "rejected request", { status: 400, error: "bad-review", reason: e.message, uid: uid === undefined ? undefined : clip(uid, MAX_LOGGED_UID) });
        return;
      }
      let outcome: Outcome;
      try {
        outcome = evaluator.evaluate(request);
      } catch (e) {
        outcome = failureOutcome(request, onError, `the webhook failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      res.json(reviewResponse(outcome.response));
      record(request, outcome, (clock() - started) / 1000);
    },
  );

  app.get("/healthz", (_req, res) => {
    res.type("text/plain").send("ok");
  });

  app.get("/readyz", (_req, res) => {
    const ok = readiness.ready && !readiness.shuttingDown;
    res.status(ok ? 200 : 503).type("text/plain").send(ok ? "ok" : readiness.shuttingDown ? "shutting down" : "not ready");
  });

  if (serveMetrics) {
    app.get("/metrics", async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }

  const routes = `POST /validate, GET /healthz, /readyz${serveMetrics ? " and /metrics" : " (/metrics is on the metrics port)"}`;
  app.use((_req, res) => {
    sendError(res, 404, "not-found", `tollgate answers ${routes}`);
  });

  // body-parser errors carry `type`; anything else is a bug and answers 500 without its stack.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const type = (err as { type?: string }).type;
    const encoding = req.get("content-encoding")?.toLowerCase() ?? "identity";
    if (type === undefined && encoding !== "identity" && isDecompressionError(err)) {
      // A gzip, deflate or br body that does not inflate: the client's fault, said without the bytes.
      sendError(res, 400, "bad-encoding", `the body is not valid ${clip(encoding, 16)} data (Content-Encoding)`);
      metrics.errors.inc({ type: "bad_encoding" });
      logger.log("warn", "rejected request", { status: 400, error: "bad-encoding", encoding: clip(encoding, 16) });
    } else if (type === "entity.too.large") {
      const limit = (err as { limit?: number }).limit;
      sendError(res, 413, "too-large", `the body exceeds the webhook's limit of ${limit ?? deps.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes`);
      metrics.errors.inc({ type: "too_large" });
      logger.log("warn", "rejected request", { status: 413, error: "too-large" });
    } else if (type === "entity.parse.failed") {
      // The parser's own message quotes the body; never echo or log it.
      sendError(res, 400, "invalid-json", "the body is not valid JSON");
      metrics.errors.inc({ type: "bad_request" });
      logger.log("warn", "rejected request", { status: 400, error: "invalid-json" });
    } else if (type === "encoding.unsupported" || type === "charset.unsupported") {
      sendError(res, 415, "unsupported-media-type", "the body must be UTF-8 JSON");
      metrics.errors.inc({ type: "unsupported_media_type" });
      logger.log("warn", "rejected request", { status: 415, error: type });
    } else if (type === "request.aborted" || type === "request.size.invalid" || type === "stream.encoding.set") {
      sendError(res, 400, "bad-request", "the request body was incomplete");
      metrics.errors.inc({ type: "bad_request" });
    } else {
      sendError(res, 500, "internal", "internal error");
      metrics.errors.inc({ type: "internal" });
      logger.log("error", "unhandled error", { error: err instanceof Error ? err.message : String(err) });
    }
  });

  function record(req: AdmissionRequest, o: Outcome, seconds: number): void {
    // operation and decision are closed sets already (parseReview checks the operation).
    metrics.requests.inc({ operation: req.operation, kind: kindLabel(req.kind.kind), decision: o.decision });
    metrics.duration.observe({ operation: req.operation }, seconds);
    for (const rule of o.denied) metrics.violations.inc({ rule: ruleLabel(rule), action: "deny" });
    for (const rule of o.warned) metrics.violations.inc({ rule: ruleLabel(rule), action: "warn" });
    for (const rule of o.audited) metrics.violations.inc({ rule: ruleLabel(rule), action: "audit" });
    for (const e of o.errors) metrics.errors.inc({ type: e.rule ? "rule_error" : "engine_error" });
    const name = nameOf(req);
    logger.log(o.errors.length > 0 ? "error" : "info", "admission", {
      uid: clip(req.uid, MAX_LOGGED_UID),
      kind: clip(req.kind.kind || "unknown", MAX_LOGGED_KIND),
      namespace: req.namespace ? clip(req.namespace) : undefined,
      name: name === undefined ? undefined : clip(name),
      operation: req.operation,
      subResource: req.subResource === undefined ? undefined : clip(req.subResource, MAX_LOGGED_KIND),
      user: req.userInfo.username === undefined ? undefined : clip(req.userInfo.username),
      dryRun: req.dryRun || undefined,
      decision: o.decision,
      skipped: o.skipped,
      durationMs: Math.round(seconds * 1e6) / 1e3,
      denied: o.denied.length > 0 ? unique(o.denied) : undefined,
      warned: o.warned.length > 0 ? unique(o.warned) : undefined,
      audited: o.audited.length > 0 ? unique(o.audited) : undefined,
      errors: o.errors.length > 0 ? o.errors.map((e) => clip(e.message, 300)) : undefined,
    });
  }

  return app;
}

/** The answer when the evaluator itself throws: the configured failure mode, with the reason. */
function failureOutcome(req: AdmissionRequest, onError: "allow" | "deny", reason: string): Outcome {
  const errors = [{ message: reason }];
  if (onError === "allow") {
    return {
      response: { uid: req.uid, allowed: true, warnings: ["tollgate could not evaluate this object; allowed (onError: allow)"] },
      decision: "warn", denied: [], warned: [], audited: [], errors,
    };
  }
  return {
    response: { uid: req.uid, allowed: false, status: { code: 500, reason: "InternalError", message: `tollgate could not evaluate this object and is configured to deny (onError: deny): ${reason}`.slice(0, 1024) } },
    decision: "deny", denied: [], warned: [], audited: [], errors,
  };
}

/** A Kubernetes uid is a 36-character UUID; kinds and subresources are single DNS labels. */
const MAX_LOGGED_UID = 64;
const MAX_LOGGED_KIND = 63;

/** zlib (gzip, deflate) and brotli stream errors carry a zlib `errno` or a `Z_` / `ERR__ERROR` code. */
function isDecompressionError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof (err as { errno?: unknown }).errno === "number" || (typeof code === "string" && /^(Z_|ERR__ERROR_|ERR_BROTLI)/.test(code));
}

function sendError(res: Response, status: number, error: string, message: string): void {
  res.status(status).json({ error, message });
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
