// Prometheus metrics of the webhook, on a Registry of its own (never prom-client's global one).
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface AdmissionMetrics {
  readonly registry: Registry;
  /** Every answered review, by operation, kind and decision (allow, warn, deny, skip). */
  readonly requests: Counter<"operation" | "kind" | "decision">;
  readonly duration: Histogram<"operation">;
  /** Findings by rule and what they did (deny, warn, audit). */
  readonly violations: Counter<"rule" | "action">;
  /** Internal errors (a rule threw, the engine threw) and rejected bodies (bad_request, too_large). */
  readonly errors: Counter<"type">;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): AdmissionMetrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: "tollgate_" });
  return {
    registry,
    requests: new Counter({
      name: "tollgate_admission_requests_total",
      help: "Admission reviews answered, by operation, kind and decision (allow, warn, deny, skip).",
      labelNames: ["operation", "kind", "decision"] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: "tollgate_admission_request_duration_seconds",
      help: "Time from receiving a parsed admission review to answering it.",
      labelNames: ["operation"] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
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
      help: "Internal errors (rule_error, engine_error) and rejected requests (bad_request, too_large, unsupported_media_type).",
      labelNames: ["type"] as const,
      registers: [registry],
    }),
  };
}
