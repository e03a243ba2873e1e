import { describeObject, refOf } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { formatSelector, isEmptySelector, selectorMatches, unmetRequirements, workloadSelector } from "../../model/selectors.js";

export default defineRule({
  id: "selectors/selector-matches-template",
  target: "workload",
  meta: {
    family: "selectors",
    severity: "error",
    summary: "A workload's selector matches its own pod template labels.",
    description:
      "For Deployments, ReplicaSets, StatefulSets and DaemonSets in apps/v1 the API server requires spec.selector and rejects one that does not match spec.template.metadata.labels (`selector does not match template labels`); an empty selector is rejected too. ReplicationControllers and Jobs with manualSelector are checked when they set a selector. Catching it in review saves a failed apply.",
    remediation: "Make spec.selector a subset of the pod template's labels (usually the app label, plus the slot for blue-green workloads). The selector is immutable after creation, so get it right before the first apply.",
    messages: {
      missing: "{{workload}} has no spec.selector; apps/v1 requires one that matches the pod template labels.",
      malformed: "{{workload}} has a spec.selector that is not a valid label selector (matchExpressions need key and an operator In, NotIn, Exists or DoesNotExist).",
      empty: "{{workload}} has an empty spec.selector, which would select every pod in the namespace; the API server rejects it.",
      mismatch: "{{workload}}'s selector {{selector}} does not match its own pod template: {{unmet}}; the API server rejects it.",
    },
  },
  check(ctx, w) {
    const ws = workloadSelector(w);
    if (!ws) return;
    const workload = describeObject(refOf(w.object));
    if (!ws.present) {
      if (ws.required) ctx.report({ messageId: "missing", at: "/spec", data: { workload } });
      return;
    }
    if (!ws.selector) {
      ctx.report({ messageId: "malformed", at: ws.pointer, data: { workload } });
      return;
    }
    if (isEmptySelector(ws.selector)) {
      if (ws.required) ctx.report({ messageId: "empty", at: ws.pointer, data: { workload } });
      return;
    }
    if (selectorMatches(ws.selector, w.podLabels)) return;
    ctx.report({
      messageId: "mismatch",
      at: ws.pointer,
      data: { workload, selector: formatSelector(ws.selector), unmet: unmetRequirements(ws.selector, w.podLabels).join(", ") },
    });
  },
});
