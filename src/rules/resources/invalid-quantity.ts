import { defineRule } from "../../engine/rule.js";

export default defineRule({
  id: "resources/invalid-quantity",
  target: "workload",
  meta: {
    family: "resources",
    severity: "error",
    summary: "Resource quantities follow the Kubernetes quantity grammar.",
    description:
      "Quantities are parsed exactly as the API server does (`100m`, `0.5`, `1e3`, `128974848`, `129M`, `123Mi`). `1GB`, `512mb` or `2 cores` are rejected by the API server; tollgate reports them instead of computing with a wrong number.",
    remediation: "Use a Kubernetes quantity: CPU in cores or millicores (`500m`), memory in bytes with a suffix (`512Mi`, `1Gi`, `1G`).",
    messages: {
      invalid: "{{where}} {{field}}.{{resource}} is \"{{text}}\", not a valid quantity: {{reason}}.",
    },
  },
  check(ctx, w) {
    for (const i of w.invalidOverhead) {
      ctx.report({ messageId: "invalid", at: i.pointer, data: { where: "pod", field: i.field, resource: i.resource, text: i.text, reason: i.reason } });
    }
    for (const c of w.all) {
      for (const i of c.invalid) {
        ctx.report({
          messageId: "invalid",
          at: i.pointer,
          container: c.name,
          data: { where: c.name, field: `resources.${i.field}`, resource: i.resource, text: i.text, reason: i.reason },
        });
      }
    }
  },
});
