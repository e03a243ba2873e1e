import { describeObject, joinPointer, refOf } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { blueGreenOf, nameOf } from "../../model/bluegreen.js";

export default defineRule({
  id: "bluegreen/service-selects-slot",
  target: "object",
  kinds: ["Service"],
  meta: {
    family: "bluegreen",
    severity: "error",
    summary: "A Service in front of slot-labelled workloads selects exactly one existing slot.",
    description:
      "Blue-green by selector runs two full copies of an application whose pods carry a slot label (`slot: blue` / `slot: green`; without `bluegreen.slotKey` in the config, also any Service selector key that tells apart otherwise identical workloads, such as `version: blue|green`, `color: blue|green` or `version: v1.0.0|v2.0.0`, see docs/bluegreen.md) and routes traffic with one Service whose selector names the live slot. A Service that fronts such workloads without selecting on the slot key sends traffic to both versions at once, which is exactly what blue-green exists to prevent. A Service that names a slot nobody has routes to nothing. A preview Service (name segment `preview`, `idle`, `next` or `test`, or annotation `tollgate.dev/bluegreen-role: preview`) pointing at a slot that does not exist is only an info.",
    remediation: "Add the slot key to the Service's selector with the slot that should take traffic (for example `slot: blue`), or fix the slot value.",
    messages: {
      split: "{{service}} fronts slot-labelled workloads but its selector has no {{slotKey}}: traffic is split across {{slots}}.",
      unknownSlot: "{{service}} selects {{slotKey}}: {{slot}}, which is not a slot ({{slotValues}}); it routes to nothing.",
      emptySlot: "{{service}} selects {{slotKey}}: {{slot}}, but no workload of {{group}} is in that slot (present: {{present}}); it routes to nothing.",
      emptyPreview: "Preview {{service}} selects {{slotKey}}: {{slot}}, which has no workload of {{group}} (present: {{present}}); deploy the slot before smoke-testing it.",
    },
  },
  check(ctx, svc) {
    const hit = blueGreenOf(ctx.run, ctx.config.bluegreen).byService.get(svc.key);
    if (!hit) return;
    const { group, service } = hit;
    const data = { service: describeObject(refOf(svc)), slotKey: group.slotKey, group: group.label };
    if (service.slot === undefined) {
      const slots = [...group.slots].map(([slot, ws]) => `${slot} (${ws.map(nameOf).join(", ")})`).join(" and ");
      ctx.report({ messageId: "split", at: "/spec/selector", data: { ...data, slots } });
      return;
    }
    const at = joinPointer("/spec/selector", group.slotKey);
    if (!group.slotValues.includes(service.slot)) {
      ctx.report({ messageId: "unknownSlot", at, data: { ...data, slot: service.slot, slotValues: group.slotValues.join(", ") } });
      return;
    }
    if (!group.slots.has(service.slot)) {
      const present = [...group.slots.keys()].join(", ");
      if (service.role === "preview") ctx.report({ messageId: "emptyPreview", at, severity: "info", data: { ...data, slot: service.slot, present } });
      else ctx.report({ messageId: "emptySlot", at, data: { ...data, slot: service.slot, present } });
    }
  },
});
