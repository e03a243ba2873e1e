import { estimateIfAvailable, PLATFORM_LABEL, unpricedItems } from "../../cost/estimate.js";
import { defineRule } from "../../engine/rule.js";

export default defineRule({
  id: "cost/unpriced",
  target: "run",
  meta: {
    family: "cost",
    severity: "warning",
    summary: "Everything the manifests ask for has a price on every platform.",
    description:
      "The estimate never guesses: an extended resource other than nvidia.com/gpu (an FPGA, a custom device), a volume of a storage " +
      "class that `cost.storageClasses` does not map, or a price kind the snapshot lacks (gp2, io1; EFS on k3s) is left out of the total " +
      "and listed in the assumptions. This rule makes each one a finding on the object that asks for it, so the total is never read as complete.",
    remediation: "Map the storage class in cost.storageClasses, add the missing price to a --prices snapshot file, or accept the gap.",
    messages: {
      unpriced: "{{subject}}: {{what}} is not priced on {{platform}} ({{reason}}); the total leaves it out.",
    },
  },
  check(ctx, run) {
    // Demand and price lookups only, no packing: this runs on every check and admission request.
    const platforms = estimateIfAvailable(() => unpricedItems(run, ctx.config));
    if (platforms === undefined) return;
    for (const p of platforms) {
      for (const u of p.unpriced) {
        const object = run.objects.find((o) => o.kind === u.kind && o.metadata.name === u.name && (run.namespaceOf(o) ?? null) === u.namespace);
        if (object === undefined) continue;
        ctx.report({
          messageId: "unpriced",
          object,
          at: "",
          data: { subject: `${u.kind} ${u.namespace === null ? "" : `${u.namespace}/`}${u.name}`, what: u.what, platform: PLATFORM_LABEL[p.platform], reason: u.reason },
        });
      }
    }
  },
});
