// Prometheus metrics of the webhook, on a Registry of its own (never prom-client's global one).
// Every label takes its value from a closed set fixed at startup: a request can choose which
// series grows, never how many series exist.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { CLUSTER_SCOPED_KINDS, NAMESPACED_KINDS } from "../model/kinds.js";

export interface AdmissionMetrics {
  readonly registry: Registry;
  /** Every answered review, by operation, kind (built-in kinds, else `other`) and decision (allow, warn, deny, skip). */
  readonly requests: Counter<"operation" | "kind" | "decision">;
  readonly duration: Histogram<"operation">;
  /** Reviews received and not yet answered (from the first body byte to the answer). */
  readonly inFlight: Gauge;
  /** Findings by rule (ids of the loaded registry, else `other`) and what they did (deny, warn, audit). */
  readonly violations: Counter<"rule" | "action">;
  /** Internal errors (a rule threw, the engine threw) and rejected bodies (bad_request, too_large). */
  readonly errors: Counter<"type">;
  /** Connections the server cut: over the connection cap, TLS not done in time, body not done in time. */
  readonly connectionsClosed: Counter<"reason">;
  /** notAfter of the serving certificate in use, as a Unix timestamp; follows every reload. */
  readonly certificateExpiry: Gauge;
}

/**
 * Histogram buckets up to 30 s: the API server's `timeoutSeconds` may be as long, and a review
 * that takes that long must land in a bucket of its own, not in +Inf with everything over 1 s.
 */
export const DURATION_BUCKETS: readonly number[] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): AdmissionMetrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: "tollgate_" });
  return {
    registry,
    requests: new Counter({
      name: "tollgate_admission_requests_total",
      help: "Admission reviews answered, by operation, kind (built-in kinds; other for the rest) and decision (allow, warn, deny, skip).",
      labelNames: ["operation", "kind", "decision"] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: "tollgate_admission_request_duration_seconds",
      help: "Time from receiving a parsed admission review to answering it.",
      labelNames: ["operation"] as const,
      buckets: [...DURATION_BUCKETS],
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: "tollgate_admission_in_flight",
      help: "Admission reviews being received or evaluated and not yet answered.",
      registers: [registry],
    }),
    violations: new Counter({
      name: "tollgate_admission_violations_total",
      help: "Findings at admission, by rule and action (deny, warn, audit).",
      labelNames: ["rule", "action"] as const,
      registers: [registry],
    }),
    errors: new Counter({
      name: "tollgate_admission_errors_total",
      help: "Internal errors (rule_error, engine_error, internal) and rejected requests (bad_request, bad_encoding, too_large, unsupported_media_type).",
      labelNames: ["type"] as const,
      registers: [registry],
    }),
    connectionsClosed: new Counter({
      name: "tollgate_connections_closed_total",
      help: "Connections the server cut, by reason (connection_limit, handshake_timeout, body_timeout).",
      labelNames: ["reason"] as const,
      registers: [registry],
    }),
    certificateExpiry: new Gauge({
      name: "tollgate_certificate_expiry_timestamp_seconds",
      help: "Expiry (notAfter) of the serving certificate in use, in seconds since the Unix epoch.",
      registers: [registry],
    }),
  };
}

/** The `kind` label: a built-in Kubernetes kind as sent, or `other` (custom resources, garbage). */
export function kindLabel(kind: string): string {
  return kind === "Scale" || NAMESPACED_KINDS.has(kind) || CLUSTER_SCOPED_KINDS.has(kind) ? kind : "other";
}

/** The `rule` label: an id of the loaded registry (a set fixed at startup), or `other`. */
export function ruleLabeller(ruleIds: Iterable<string>): (rule: string) => string {
  const known = new Set(ruleIds);
  return (rule) => (known.has(rule) ? rule : "other");
}
