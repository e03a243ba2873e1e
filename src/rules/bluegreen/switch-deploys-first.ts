import { describeObject, joinPointer, refOf, type K8sObject } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { switchesOf } from "../../model/bluegreen.js";
import { changedPaths } from "../../model/bluegreen-parity.js";
import { nsKey } from "../../model/selectors.js";
import type { Run } from "../../model/run.js";

export default defineRule({
  id: "bluegreen/switch-deploys-first",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "error",
    boundary: true,
    summary: "A change that switches slots does not also change the slot it switches to.",
    description:
      "Needs a base (`tollgate check --base <dir or git ref>`; the Action passes the pull request's base). Deploy first, switch second: the new version goes to the idle slot in one change, is rolled out and smoke-tested through the preview Service, and only then does a second change flip the main Service's selector. A change that flips the selector and also edits (or creates) the target slot's workload sends traffic to pods that do not exist yet or were never tested. Only the target slot's spec and labels count; annotations and the other slot may change.",
    remediation: "Split the change: first the target slot's workload (deploy and smoke-test it via the preview Service), then the selector flip on its own.",
    messages: {
      changed: "{{service}} switches traffic from {{from}} to {{to}} in the same change that modifies {{workload}} ({{changes}}); deploy {{to}} first, switch in a separate change.",
      created: "{{service}} switches traffic from {{from}} to {{to}} in the same change that creates {{workload}}; deploy {{to}} first, switch in a separate change.",
    },
  },
  check(ctx, run) {
    const base = run.base;
    if (!base) return;
    const index = baseIndex(base);
    for (const s of switchesOf(run, ctx.config.bluegreen)) {
      const at = joinPointer("/spec/selector", s.group.slotKey);
      const data = { service: describeObject(refOf(s.service)), from: s.from, to: s.to };
      for (const w of s.toWorkloads) {
        const before = index.get(`${w.kind}|${nsKey(run, w.object)}|${w.object.metadata.name ?? ""}`);
        const workload = describeObject(refOf(w.object));
        if (!before) {
          ctx.report({ messageId: "created", object: s.service, at, data: { ...data, workload } });
          continue;
        }
        const diff = changedPaths(relevant(before), relevant(w.object));
        if (diff.total === 0) continue;
        const more = diff.total > diff.items.length ? `, and ${diff.total - diff.items.length} more` : "";
        ctx.report({ messageId: "changed", object: s.service, at, data: { ...data, workload, changes: diff.items.join("; ") + more } });
      }
    }
  },
});

function baseIndex(base: Run): Map<string, K8sObject> {
  return base.memo("bluegreen/base-objects", () => {
    const m = new Map<string, K8sObject>();
    for (const o of base.objects) m.set(`${o.kind}|${nsKey(base, o)}|${o.metadata.name ?? ""}`, o);
    return m;
  });
}

function relevant(o: K8sObject): Record<string, unknown> {
  return { metadata: { labels: o.metadata.labels }, spec: o.raw.spec };
}
