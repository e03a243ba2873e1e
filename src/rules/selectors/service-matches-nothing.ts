import { describeObject, refOf } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { blueGreenOf } from "../../model/bluegreen.js";
import { formatSelector, podIndex, selectorFromMap, serviceSelector, serviceTargets } from "../../model/selectors.js";

export default defineRule({
  id: "selectors/service-matches-nothing",
  target: "object",
  kinds: ["Service"],
  meta: {
    family: "selectors",
    severity: "warning",
    summary: "Service selectors match the pods of some workload.",
    description:
      "A Service whose selector matches no pod template in the run has no endpoints: requests to it fail. The workload may legitimately live elsewhere (another repository, a Helm release), so this is a warning by default, and an info when the run holds no workload at all in that namespace (only some files were checked). Namespaces are compared after resolving unset ones the way `kubectl apply` would. ExternalName Services and Services without a selector (endpoints managed by hand) are not checked. Custom resources with a pod template (an Argo Rollout, for instance) count as workloads. Blue-green Services whose slot has no workload are reported by the bluegreen rules instead.",
    remediation:
      "Fix the selector or the pod template labels so they match. If the pods are deployed from elsewhere, lower this rule's severity in .tollgate.yaml or exempt the Service.",
    messages: {
      nothing: "{{service}} selects {{selector}}, which matches no workload's pods in namespace {{namespace}}; it will have no endpoints.",
      emptyNamespace: "{{service}} selects {{selector}}, but no workload in namespace {{namespace}} is part of this check; if its pods are deployed from elsewhere this is fine.",
    },
  },
  check(ctx, svc) {
    const selector = serviceSelector(svc);
    if (!selector) return;
    if (serviceTargets(ctx.run, svc, ctx.config.podSources).length > 0) return;
    if (blueGreenOf(ctx.run, ctx.config.bluegreen).byService.has(svc.key)) return;
    const ns = ctx.run.namespaceOf(svc);
    const anyInNamespace = podIndex(ctx.run, ctx.config.podSources).inNamespace(ns).length > 0;
    ctx.report({
      messageId: anyInNamespace ? "nothing" : "emptyNamespace",
      at: "/spec/selector",
      ...(anyInNamespace ? {} : { severity: "info" as const }),
      data: { service: describeObject(refOf(svc)), selector: formatSelector(selectorFromMap(selector)), namespace: ns ?? "(unset)" },
    });
  },
});
