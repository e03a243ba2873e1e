import { defineRule } from "../../engine/rule.js";
import { blueGreenOf, nameOf } from "../../model/bluegreen.js";
import { slotDifferences } from "../../model/bluegreen-parity.js";
import type { Workload } from "../../model/workload.js";

export default defineRule({
  id: "bluegreen/slot-parity",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "warning",
    summary: "The two slots differ only in the slot label, versions and image tags.",
    description:
      "A switch should change one thing: the version. When the idle slot also differs in ports, probes, resources, container names, volumes, environment or scheduling, the switch changes those too, and a rollback restores them, which nobody reviewed as such. Workloads are paired across slots by name with the slot value removed (`web-blue` and `web-green`). Strings that differ only by the slot value or the version (`web-config-blue`, `APP_VERSION`) count as equal, and env vars named like a version, release, build or commit may differ. Each difference is reported on the non-live slot with both values.",
    remediation: "Make the slots identical apart from the slot label, version labels and image tag; ship other changes through both slots (deploy to idle, switch) rather than side by side.",
    messages: {
      differs: "{{difference}} (the slots of {{group}} should differ only in slot, version and image tag).",
      unpaired: "{{workload}} in slot {{slot}} of {{group}} has no counterpart in slot {{other}}.",
    },
  },
  check(ctx, run) {
    for (const g of blueGreenOf(run, ctx.config.bluegreen).groups) {
      const cfg = g.settings;
      if (g.slots.size < 2) continue;
      const ref = g.live !== undefined && g.slots.has(g.live) ? g.live : [...g.slots.keys()].sort((a, b) => g.slotValues.indexOf(a) - g.slotValues.indexOf(b))[0]!;
      const refWorkloads = g.slots.get(ref)!;
      for (const [slot, workloads] of g.slots) {
        if (slot === ref) continue;
        for (const { a, b } of pair(refWorkloads, ref, workloads, slot, (w, unpairedSlot, other) =>
          ctx.report({ messageId: "unpaired", object: w.object, at: "/metadata/name", data: { workload: nameOf(w), slot: unpairedSlot, other, group: g.label } }),
        )) {
          for (const d of slotDifferences(a, ref, b, slot, cfg)) {
            ctx.report({ messageId: "differs", object: b.object, at: d.pointer, data: { difference: d.text, group: g.label } });
          }
        }
      }
    }
  },
});

/** Pairs workloads across two slots by kind and name with the slot value taken out; one each pairs regardless. */
function pair(
  as: readonly Workload[],
  aSlot: string,
  bs: readonly Workload[],
  bSlot: string,
  unpaired: (w: Workload, slot: string, other: string) => void,
): { a: Workload; b: Workload }[] {
  if (as.length === 1 && bs.length === 1) return [{ a: as[0]!, b: bs[0]! }];
  const key = (w: Workload, slot: string) => `${w.kind}/${(w.object.metadata.name ?? "").split(slot).join("\u0000")}`;
  const byKey = new Map(as.map((w) => [key(w, aSlot), w]));
  const out: { a: Workload; b: Workload }[] = [];
  const used = new Set<Workload>();
  for (const b of bs) {
    const a = byKey.get(key(b, bSlot));
    if (a) {
      out.push({ a, b });
      used.add(a);
    } else unpaired(b, bSlot, aSlot);
  }
  for (const a of as) if (!used.has(a)) unpaired(a, aSlot, bSlot);
  return out;
}
