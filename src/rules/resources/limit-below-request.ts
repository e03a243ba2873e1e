import { defineRule } from "../../engine/rule.js";
import { RESOURCES } from "../../model/workload.js";

export default defineRule({
  id: "resources/limit-below-request",
  target: "container",
  meta: {
    family: "resources",
    severity: "error",
    summary: "Limits are not below requests.",
    description: "The API server rejects a container whose limit is below its request; catching it in review saves a failed rollout.",
    remediation: "Raise the limit to at least the request, or lower the request.",
    messages: { below: "{{container}}: {{resource}} limit {{limit}} is below its request {{request}}; the API server will reject it." },
  },
  check(ctx, c) {
    for (const r of RESOURCES) {
      const req = c.requests[r];
      const lim = c.limits[r];
      if (req && lim && lim.value < req.value) {
        ctx.report({ messageId: "below", at: lim.pointer, data: { resource: r, limit: lim.text, request: req.text } });
      }
    }
  },
});

