import { describeObject, joinPointer, refOf } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { formatCapacity, slotCapacity, switchesOf } from "../../model/bluegreen.js";

export default defineRule({
  id: "bluegreen/switch-capacity",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "error",
    boundary: true,
    summary: "The slot a switch moves traffic to has at least the replicas of the slot it replaces.",
    description:
      "Needs a base (`--base`). When a change flips a Service's selector, the target slot takes the whole load at once; it needs at least as many replicas as the slot that served it before the change (with an HPA, its minReplicas counts, since that is what runs when traffic arrives). The replaced slot's capacity is taken from the base, where it was serving.",
    remediation: "Scale the target slot up to the live slot's replicas (or HPA minimum) in an earlier change, let it become ready, then switch.",
    messages: {
      tooSmall: "{{service}} switches traffic from {{from}} ({{fromCapacity}}) to {{to}} ({{toCapacity}}); {{to}} needs at least {{needed}} replicas to take the load.",
    },
  },
  check(ctx, run) {
    for (const s of switchesOf(run, ctx.config.bluegreen)) {
      const from = slotCapacity(s.fromRun, s.fromWorkloads);
      const to = slotCapacity(run, s.toWorkloads);
      if (to.min >= from.min) continue;
      ctx.report({
        messageId: "tooSmall",
        object: s.service,
        at: joinPointer("/spec/selector", s.group.slotKey),
        data: { service: describeObject(refOf(s.service)), from: s.from, to: s.to, fromCapacity: formatCapacity(from), toCapacity: formatCapacity(to), needed: from.min },
      });
    }
  },
});
