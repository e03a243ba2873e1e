import { estimateIfAvailable, PLATFORM_LABEL, unpackablePods } from "../../cost/estimate.js";
import { defineRule } from "../../engine/rule.js";

export default defineRule({
  id: "cost/unpackable",
  target: "workload",
  meta: {
    family: "cost",
    severity: "warning",
    summary: "Every pod fits on at least one candidate node type.",
    description:
      "A pod whose requests exceed what the largest candidate node offers after reservations and DaemonSets stays Pending forever. " +
      "Candidates are the instance types of the node pool on EKS (`cost.nodePools`, or `cost.eks.instanceTypes` when pinned; GPU types " +
      "for pods requesting nvidia.com/gpu), and the server and agent types on k3s (servers are schedulable; no Hetzner server has a GPU). " +
      "Jobs and CronJobs are checked too: one run's pod must fit a node. The pod is left out of the estimate; the finding names the largest candidate and " +
      "the dimension that does not fit. Only sizes are compared, nothing is packed or priced, so the rule is cheap enough for every " +
      "admission request.",
    remediation: "Lower the pod's requests, or add a larger instance type to cost.eks.instanceTypes / cost.k3s.agentTypes.",
    messages: {
      unpackable: "{{workload}} fits no {{platform}} node: {{reason}}; the largest candidate is {{largest}}.",
    },
  },
  check(ctx, w) {
    if (w.kind === "DaemonSet") return;
    const fit = estimateIfAvailable(() => unpackablePods(ctx.run, ctx.config));
    if (fit === undefined) return;
    const ns = ctx.run.namespaceOf(w.object) ?? null;
    const name = w.object.metadata.name ?? w.object.metadata.generateName ?? "(unnamed)";
    const first = w.containers[0];
    for (const p of fit) {
      const u = p.unpackable.find((x) => x.kind === w.kind && x.namespace === ns && x.name === name);
      if (u === undefined) continue;
      ctx.report({
        messageId: "unpackable",
        at: first ? first.pointer("resources") : w.podSpecPointer,
        data: { workload: `${w.kind} ${ns === null ? "" : `${ns}/`}${name}`, platform: PLATFORM_LABEL[p.platform], reason: u.reason, largest: u.largest },
      });
    }
  },
});
