import { describeObject, refOf } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { formatSelector, isEmptySelector, nsKey, podIndex, selectorMatches, workloadSelector } from "../../model/selectors.js";

export default defineRule({
  id: "selectors/overlapping-workloads",
  target: "run",
  meta: {
    family: "selectors",
    severity: "warning",
    summary: "No two workloads in a namespace select each other's pods.",
    description:
      "When a controller's selector also matches the pods of another workload in the same namespace, the controllers compete: a ReplicaSet adopts matching orphan pods and counts them as its replicas, rollouts report the wrong pods, and PodDisruptionBudgets or Services built on the same labels cover both. Kubernetes does not stop it. Blue-green slots are kept apart by the slot label in each selector; a selector on the app label alone overlaps the other slot.",
    remediation: "Add a distinguishing label to each pod template and to the workload's selector (for blue-green: the slot), so each selector matches only its own pods.",
    messages: {
      overlaps: "{{workload}}'s selector {{selector}} also matches the pods of {{other}}; the two controllers will fight over them.",
      mutual: "{{workload}} ({{selector}}) and {{other}} ({{otherSelector}}) select each other's pods; the two controllers will fight over them.",
    },
  },
  check(ctx, run) {
    if (run.objects.length < 2) return; // one object (every admission request) overlaps nothing
    const index = podIndex(run);
    const reported = new Set<string>();
    for (const w of run.workloads) {
      const ws = workloadSelector(w);
      if (!ws?.selector || isEmptySelector(ws.selector)) continue;
      for (const other of index.matching(nsKey(run, w.object), ws.selector)) {
        if (!other.workload || other.object === w.object) continue;
        const pair = [w.object.key, other.object.key].sort().join("\n");
        if (reported.has(pair)) continue;
        reported.add(pair);
        const back = workloadSelector(other.workload)?.selector;
        const mutual = back !== undefined && !isEmptySelector(back) && selectorMatches(back, w.podLabels);
        ctx.report({
          messageId: mutual ? "mutual" : "overlaps",
          object: w.object,
          at: ws.pointer,
          data: { workload: describeObject(refOf(w.object)), other: describeObject(refOf(other.object)), selector: formatSelector(ws.selector), otherSelector: back ? formatSelector(back) : "" },
        });
      }
    }
  },
});
