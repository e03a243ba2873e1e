import { joinPointer } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { blueGreenOf, formatCapacity, slotCapacity, type SlotGroup } from "../../model/bluegreen.js";

export default defineRule({
  id: "bluegreen/both-slots",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "warning",
    summary: "Both slots of a blue-green application exist, and it is clear which is live.",
    description:
      "The idle slot is the instant rollback: switching back is a one-line selector change only while the previous version is still deployed. This rule warns when a slot is missing or when two main Services select different slots (nobody can tell which is live), and otherwise reports, as an info, which slot is live and which is idle with their replicas and preview Services. The live slot is the one the main Service selects; Services whose name has a `preview`, `idle`, `next` or `test` segment (configurable with `bluegreen.previewNames`) or the annotation `tollgate.dev/bluegreen-role: preview` are previews; a Service named after the slot it selects (`web-blue` selecting blue, or annotated `slot`) fronts that slot for good and is neither.",
    remediation: "Keep the previous slot deployed (it may be scaled down) until the new one has proven itself; mark preview Services with a `-preview` name or the annotation tollgate.dev/bluegreen-role: preview.",
    messages: {
      missing: "{{group}} has no {{missing}} slot (no workload with {{slotKey}}: {{missing}}): there is no instant rollback.",
      single: "{{group}} has only one slot ({{slotKey}}: {{present}}): there is no instant rollback.",
      ambiguous: "{{group}}: Services {{services}} select different slots; mark the preview one with a -preview name or the annotation tollgate.dev/bluegreen-role: preview.",
      liveIdle: "{{group}}: {{live}} is live ({{liveDetail}}); {{idle}} is idle ({{idleDetail}}).",
    },
  },
  check(ctx, run) {
    for (const g of blueGreenOf(run, ctx.config.bluegreen).groups) {
      const main = g.services.find((s) => s.role === "main" && s.slot !== undefined) ?? g.services[0]!;
      const object = main.object;
      const at = main.slot !== undefined ? joinPointer("/spec/selector", g.slotKey) : "/spec/selector";
      const base = { group: g.label, slotKey: g.slotKey };
      if (g.mainSlots.length > 1) {
        const services = g.services.filter((s) => s.role === "main" && s.slot !== undefined).map((s) => `${s.object.metadata.name} (${s.slot})`);
        ctx.report({ messageId: "ambiguous", object, at, data: { ...base, services: services.join(", ") } });
      }
      const missing = g.slotValues.filter((v) => !g.slots.has(v));
      if (g.slots.size < 2) {
        if (missing.length === 1) ctx.report({ messageId: "missing", object, at, data: { ...base, missing: missing[0] } });
        else ctx.report({ messageId: "single", object, at, data: { ...base, present: [...g.slots.keys()].join(", ") } });
        continue;
      }
      if (g.live === undefined || !g.slots.has(g.live)) continue; // service-selects-slot says why
      const idle = [...g.slots.keys()].filter((s) => s !== g.live);
      ctx.report({
        messageId: "liveIdle",
        severity: "info",
        object,
        at,
        data: {
          ...base,
          live: g.live,
          liveDetail: detail(run, g, g.live),
          idle: idle.join(", "),
          idleDetail: idle.map((s) => detail(run, g, s)).join("; "),
        },
      });
    }
  },
});

function detail(run: Parameters<typeof slotCapacity>[0], g: SlotGroup, slot: string): string {
  const parts = [formatCapacity(slotCapacity(run, g.slots.get(slot)!))];
  const services = g.services.filter((s) => s.slot === slot).map((s) => `${s.role === "preview" ? "preview " : ""}Service ${s.object.metadata.name}`);
  return [...services, ...parts].join(", ");
}
