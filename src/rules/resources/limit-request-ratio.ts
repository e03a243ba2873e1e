import { defineRule } from "../../engine/rule.js";

export default defineRule({
  id: "resources/limit-request-ratio",
  target: "container",
  meta: {
    family: "resources",
    severity: "warning",
    summary: "Limits stay within a maximum ratio of requests.",
    description:
      "A memory limit far above the request overcommits the node: the scheduler packs by requests, and when several pods grow towards their limits at once the node runs out and the kernel kills. Options: `memory` and `cpu` (maximum limit ÷ request; default memory 2, cpu 10).",
    remediation: "Raise the request closer to real usage or lower the limit.",
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { memory: { type: "number", exclusiveMinimum: 0 }, cpu: { type: "number", exclusiveMinimum: 0 } },
    },
    defaultOptions: { memory: 2, cpu: 10 },
    messages: { ratio: "{{container}}: {{resource}} limit {{limit}} is {{ratio}}× its request {{request}} (maximum {{max}}×)." },
  },
  check(ctx, c) {
    for (const r of ["cpu", "memory"] as const) {
      const max = ctx.options[r] as number | undefined;
      const req = c.requests[r];
      const lim = c.limits[r];
      if (max === undefined || !req || !lim || req.value === 0) continue;
      const ratio = lim.value / req.value;
      if (ratio > max + 1e-9) {
        ctx.report({
          messageId: "ratio",
          at: lim.pointer,
          data: { resource: r, limit: lim.text, request: req.text, ratio: Number(ratio.toFixed(2)), max },
        });
      }
    }
  },
});
