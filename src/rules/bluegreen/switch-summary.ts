import { joinPointer } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { describeSwitch, switchesOf } from "../../model/bluegreen.js";

export default defineRule({
  id: "bluegreen/switch-summary",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "info",
    boundary: true,
    summary: "A slot switch says what it does and how to roll it back.",
    description:
      "Needs a base (`--base`). For every main Service whose slot selector differs between base and head, one info finding in plain words: which slot and version traffic leaves and which it goes to, with replicas (or the HPA range), and the one-line rollback. The Action puts the same sentences in the pull request comment.",
    remediation: "Nothing to fix: read it to be sure the switch is the one you meant.",
    messages: {
      summary: "{{sentence}}",
    },
  },
  check(ctx, run) {
    for (const s of switchesOf(run, ctx.config.bluegreen)) {
      const d = describeSwitch(run, s, ctx.config.bluegreen);
      ctx.report({ messageId: "summary", object: s.service, at: joinPointer("/spec/selector", s.group.slotKey), data: { sentence: d.sentence } });
    }
  },
});
