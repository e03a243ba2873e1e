import { costForRun, percentChange } from "../../cost/diff.js";
import { estimateIfAvailable, PLATFORM_LABEL, sameCostInputs, usd } from "../../cost/estimate.js";
import { resolveCostConfig } from "../../cost/settings.js";
import { defineRule } from "../../engine/rule.js";

export default defineRule({
  id: "cost/increase",
  target: "run",
  meta: {
    family: "cost",
    severity: "warning",
    summary: "A change does not raise the monthly cost above the configured threshold.",
    description:
      "Compares the estimate of the base (`--base <dir or git ref>`, the PR's base in the Action) with the head. It reports when the " +
      "monthly total on a platform rises by more than `cost.increase.absolute` dollars or more than `cost.increase.percent` percent " +
      "(defaults $50 and 10 %; either one exceeded is enough; a percentage needs a base above $0). The message names the largest line of " +
      "the change's explanation (a workload, a Service that became a LoadBalancer, volumes, or repacking) and the finding is on that " +
      "workload or Service when there is one. Without a base the rule says nothing.",
    remediation: "Check the requests and replicas the change adds; if the increase is intended, raise cost.increase or accept the warning.",
    boundary: true,
    messages: {
      increase: "Monthly cost on {{platform}} rises by {{delta}} ({{percent}}) to {{head}}; the largest change is {{workload}} ({{workloadDelta}}).",
    },
  },
  check(ctx, run) {
    if (run.base === undefined || sameCostInputs(run, run.base, ctx.config)) return;
    const cost = resolveCostConfig(ctx.config.cost);
    const report = estimateIfAvailable(() => costForRun(run, ctx.config));
    if (report === undefined) return;
    const { absolute, percent } = cost.increase;
    for (const p of report.platforms) {
      if (cost.increase.platforms && !cost.increase.platforms.includes(p.platform)) continue;
      const delta = p.delta ?? 0;
      const base = p.base ?? 0;
      if (delta <= 0) continue;
      const pct = percentChange(base, delta);
      const overAbsolute = absolute !== undefined && delta > absolute;
      const overPercent = percent !== undefined && pct !== undefined && pct > percent;
      if (!overAbsolute && !overPercent) continue;
      const top = report.changes?.find((c) => c.platform === p.platform)?.why[0];
      const o = top?.object;
      const object = (o && run.objects.find((x) => x.kind === o.kind && x.metadata.name === o.name && (run.namespaceOf(x) ?? null) === o.namespace)) ?? run.objects[0];
      if (object === undefined) continue;
      ctx.report({
        messageId: "increase",
        object,
        at: "",
        data: {
          platform: PLATFORM_LABEL[p.platform],
          delta: usd(delta),
          percent: pct === undefined ? "new" : `+${pct.toFixed(1)} %`,
          head: usd(p.monthly),
          workload: top ? top.what : "nodes",
          workloadDelta: top ? `${top.delta >= 0 ? "+" : "-"}${usd(Math.abs(top.delta))}` : usd(delta),
        },
      });
    }
  },
});
