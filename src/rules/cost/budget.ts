import { resolveCostConfig } from "../../cost/settings.js";
import { estimateCost, estimateIfAvailable, PLATFORM_LABEL, usd } from "../../cost/estimate.js";
import { defineRule } from "../../engine/rule.js";

export default defineRule({
  id: "cost/budget",
  target: "run",
  meta: {
    family: "cost",
    severity: "warning",
    summary: "A namespace or team stays within its monthly budget.",
    description:
      "Budgets come from `cost.budgets` in config: `{ namespace, monthly }` or `{ team, namespaces: [...], monthly }`, in USD per month, " +
      "on one platform (`platform`, default the first of `cost.platforms`). The namespace's cost is its workloads' share of the nodes " +
      "(by requests) plus their volumes and load balancers, as `tollgate cost` shows it. The finding is on the Namespace object when the " +
      "run declares it, else on the namespace's first object.",
    remediation: "Lower requests or replicas in the namespace, or raise its budget in cost.budgets.",
    messages: {
      over: "{{subject}} costs {{cost}}/month on {{platform}}, over its budget of {{budget}} by {{over}}; the largest item is {{largest}}.",
    },
  },
  check(ctx, run) {
    const cost = resolveCostConfig(ctx.config.cost);
    if (cost.budgets.length === 0) return;
    const report = estimateIfAvailable(() => estimateCost(run, ctx.config));
    if (report === undefined) return;
    for (const b of cost.budgets) {
      const platform = b.platform ?? cost.platforms[0]!;
      if (!report.platforms.some((p) => p.platform === platform)) continue;
      const namespaces = b.namespace !== undefined ? [b.namespace] : [...(b.namespaces ?? [])];
      const total = report.namespaces
        .filter((n) => n.namespace !== null && namespaces.includes(n.namespace))
        .reduce((s, n) => s + (n.monthly[platform] ?? 0), 0);
      if (total <= b.monthly + 0.005) continue;
      const anchor = namespaces
        .map((ns) => run.byKind("Namespace").find((o) => o.metadata.name === ns) ?? run.inNamespace(ns)[0])
        .find((o) => o !== undefined);
      if (anchor === undefined) continue;
      const largest = report.workloads
        .filter((w) => w.namespace !== null && namespaces.includes(w.namespace))
        .sort((x, y) => (y.monthly[platform] ?? 0) - (x.monthly[platform] ?? 0))[0];
      ctx.report({
        messageId: "over",
        object: anchor,
        at: anchor.kind === "Namespace" ? "/metadata/name" : "",
        data: {
          subject: b.namespace !== undefined ? `Namespace ${b.namespace}` : `Team ${b.team} (${namespaces.join(", ")})`,
          cost: usd(total),
          platform: PLATFORM_LABEL[platform],
          budget: usd(b.monthly),
          over: usd(total - b.monthly),
          largest: largest ? `${largest.kind} ${largest.namespace}/${largest.name} at ${usd(largest.monthly[platform] ?? 0)}` : "its load balancers and volumes",
        },
      });
    }
  },
});
