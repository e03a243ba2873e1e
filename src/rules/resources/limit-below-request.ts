import { defineRule } from "../../engine/rule.js";
import { limitRangeDefaults } from "../../model/limitrange.js";
import { formatResource } from "../../model/quantity.js";
import { RESOURCES } from "../../model/workload.js";

export default defineRule({
  id: "resources/limit-below-request",
  target: "container",
  meta: {
    family: "resources",
    severity: "error",
    summary: "Limits are not below requests.",
    description:
      "The API server rejects a container whose limit is below its request. That includes a limit the namespace's LimitRange fills in: a container that requests 16Gi with no limit, in a namespace whose LimitRange defaults the limit to 256Mi, is rejected at apply time. Catching it in review saves a failed rollout.",
    remediation: "Raise the limit to at least the request (set it explicitly when the LimitRange default is too small), or lower the request.",
    messages: {
      below: "{{container}}: {{resource}} limit {{limit}} is below its request {{request}}; the API server will reject it.",
      belowDefault:
        "{{container}}: no {{resource}} limit, so LimitRange {{limitRange}} applies its default {{limit}}, below the request {{request}}; the API server will reject the pod.",
    },
  },
  check(ctx, c) {
    for (const r of RESOURCES) {
      const req = c.requests[r];
      const lim = c.limits[r];
      if (!req) continue;
      if (lim) {
        if (lim.value < req.value) ctx.report({ messageId: "below", at: lim.pointer, data: { resource: r, limit: lim.text, request: req.text } });
        continue;
      }
      const defaults = limitRangeDefaults(ctx.run, ctx.run.namespaceOf(c.workload.object));
      const def = defaults?.default[r];
      if (defaults && def !== undefined && def < req.value) {
        ctx.report({
          messageId: "belowDefault",
          at: req.pointer,
          data: { resource: r, limit: formatResource(r, def), request: req.text, limitRange: defaults.limitRange.metadata.name ?? "(unnamed)" },
        });
      }
    }
  },
});
