import { describeObject, refOf } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { blueGreenOf, capacityOf } from "../../model/bluegreen.js";

export default defineRule({
  id: "bluegreen/live-slot-ready",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "error",
    summary: "The live slot runs at least one replica and every app container has a readiness probe.",
    description:
      "The slot the main Service selects takes all traffic. With 0 replicas (or an HPA whose minReplicas is 0) the Service has no endpoints. Without a readiness probe a pod takes traffic as soon as its process starts, so a switch to a slot that is not actually serving goes unnoticed until users see errors; the probe is also what makes `kubectl rollout status` and the smoke test via the preview Service meaningful.",
    remediation: "Scale the live slot to at least 1 replica (HPA minReplicas ≥ 1) and give every app container a readinessProbe.",
    messages: {
      noReplicas: "{{workload}} is the live slot ({{slot}}) of {{group}} but has 0 replicas: the Service routes to nothing.",
      hpaZero: "{{hpa}} may scale the live slot {{workload}} ({{slot}} of {{group}}) to 0 replicas; set minReplicas to at least 1.",
      noReadiness: "{{container}} in the live slot ({{slot}}) of {{group}} has no readinessProbe: pods take traffic before they are ready.",
    },
  },
  check(ctx, run) {
    for (const g of blueGreenOf(run, ctx.config.bluegreen).groups) {
      if (g.live === undefined) continue;
      for (const w of g.slots.get(g.live) ?? []) {
        const data = { workload: describeObject(refOf(w.object)), slot: g.live, group: g.label };
        const cap = capacityOf(run, w);
        if (cap.min < 1) {
          if (cap.hpa) ctx.report({ messageId: "hpaZero", object: cap.hpa, at: "/spec/minReplicas", data: { ...data, hpa: describeObject(refOf(cap.hpa)) } });
          else if (w.replicas !== undefined) ctx.report({ messageId: "noReplicas", object: w.object, at: "/spec/replicas", data });
        }
        for (const c of w.containers) {
          if (c.raw.readinessProbe === undefined || c.raw.readinessProbe === null) {
            ctx.report({ messageId: "noReadiness", object: w.object, at: c.pointer(), container: c.name, data });
          }
        }
      }
    }
  },
});
