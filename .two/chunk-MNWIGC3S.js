import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  CLUSTER_SCOPED_KINDS,
  NAMESPACED_KINDS
} from "./chunk-UEKSHHOG.js";

// src/admission/metrics.ts
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
var DURATION_BUCKETS = [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
function createMetrics(options = {}) {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: "tollgate_" });
  return {
    registry,
    requests: new Counter({
      name: "tollgate_admission_requests_total",
      help: "Admission reviews answered, by operation, kind (built-in kinds; other for the rest) and decision (allow, warn, deny, skip).",
      labelNames: ["operation", "kind", "decision"],
      registers: [registry]
    }),
    duration: new Histogram({
      name: "tollgate_admission_request_duration_seconds",
      help: "Time from receiving a parsed admission review to answering it.",
      labelNames: ["operation"],
      buckets: [...DURATION_BUCKETS],
      registers: [registry]
    }),
    inFlight: new Gauge({
      name: "tollgate_admission_in_flight",
      help: "Admission reviews being received or evaluated and not yet answered.",
      registers: [registry]
    }),
    violations: new Counter({
      name: "tollgate_admission_violations_total",
      help: "Findings at admission, by rule and action (deny, warn, audit).",
      labelNames: ["rule", "action"],
      registers: [registry]
    }),
    errors: new Counter({
      name: "tollgate_admission_errors_total",
      help: "Internal errors (rule_error, engine_error, internal) and rejected requests (bad_request, bad_encoding, too_large, unsupported_media_type).",
      labelNames: ["type"],
      registers: [registry]
    }),
    connectionsClosed: new Counter({
      name: "tollgate_connections_closed_total",
      help: "Connections the server cut, by reason (connection_limit, handshake_timeout, body_timeout).",
      labelNames: ["reason"],
      registers: [registry]
    }),
    certificateExpiry: new Gauge({
      name: "tollgate_certificate_expiry_timestamp_seconds",
      help: "Expiry (notAfter) of the serving certificate in use, in seconds since the Unix epoch.",
      registers: [registry]
    })
  };
}
function kindLabel(kind) {
  return kind === "Scale" || NAMESPACED_KINDS.has(kind) || CLUSTER_SCOPED_KINDS.has(kind) ? kind : "other";
}
function ruleLabeller(ruleIds) {
  const known = new Set(ruleIds);
  return (rule) => known.has(rule) ? rule : "other";
}

export {
  DURATION_BUCKETS,
  createMetrics,
  kindLabel,
  ruleLabeller
};
