// Shared shape of the "resource X must be set" rules: explicit value, else what Kubernetes will
// actually use (the limit copied into the request, a LimitRange default) reported as info.
import { defineRule, type Rule } from "../../engine/rule.js";
import { limitRangeDefaults } from "../../model/limitrange.js";
import { formatResource } from "../../model/quantity.js";
import type { ResourceName } from "../../model/workload.js";

const LABEL: Readonly<Record<ResourceName, string>> = { cpu: "CPU", memory: "memory", "ephemeral-storage": "ephemeral-storage" };

export interface RequiredSpec {
  readonly id: string;
  readonly resource: ResourceName;
  readonly field: "requests" | "limits";
  readonly severity: "error" | "warning" | "info";
  readonly optIn?: boolean;
  readonly why: string;
  readonly description: string;
}

export function requiredResourceRule(spec: RequiredSpec): Rule<"container"> {
  const what = `${LABEL[spec.resource]} ${spec.field === "requests" ? "request" : "limit"}`;
  return defineRule({
    id: spec.id,
    target: "container",
    meta: {
      family: "resources",
      severity: spec.severity,
      summary: `Containers set ${/^[aeiou]/i.test(what) ? "an" : "a"} ${what}.`,
      description: spec.description,
      remediation: `Set resources.${spec.field}.${spec.resource} on the container (or a default for the namespace in a LimitRange).`,
      ...(spec.optIn ? { optIn: true } : {}),
      messages: {
        missing: `{{container}} has no ${what}; ${spec.why}`,
        fromLimit: `{{container}} sets no ${what}; Kubernetes uses its limit ({{value}}) as the request.`,
        fromLimitRange: `{{container}} sets no ${what}; LimitRange {{limitRange}} in namespace {{namespace}} supplies {{value}}.`,
      },
    },
    check(ctx, c) {
      if (c[spec.field][spec.resource] !== undefined) return;
      if (c.invalid.some((i) => i.resource === spec.resource && i.field === spec.field)) return; // reported as invalid
      const at = c.pointer("resources");
      if (spec.field === "requests" && c.limits[spec.resource] !== undefined) {
        ctx.report({ messageId: "fromLimit", at, severity: "info", data: { value: c.limits[spec.resource]!.text } });
        return;
      }
      const ns = ctx.run.namespaceOf(c.workload.object);
      const defaults = limitRangeDefaults(ctx.run, ns);
      const fromLr =
        spec.field === "requests"
          ? (defaults?.defaultRequest[spec.resource] ?? defaults?.default[spec.resource])
          : defaults?.default[spec.resource];
      if (defaults && fromLr !== undefined) {
        ctx.report({
          messageId: "fromLimitRange",
          at,
          severity: "info",
          data: { limitRange: defaults.limitRange.metadata.name ?? "(unnamed)", namespace: ns, value: formatResource(spec.resource, fromLr) },
        });
        return;
      }
      ctx.report({ messageId: "missing", at });
    },
  });
}
