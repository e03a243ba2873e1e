import { defineRule } from "../../engine/rule.js";
import { describeObject, refOf } from "../../core/types.js";
import { namespacePointer, scopeFor } from "./scope.js";

export default defineRule({
  id: "namespaces/no-default-namespace",
  target: "object",
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Nothing is deployed to the default namespace.",
    description:
      "The `default` namespace belongs to no team, usually has no ResourceQuota, LimitRange or NetworkPolicy, and is where objects land by accident. Checked on metadata.namespace, on the namespace given for the file's path, and at admission on the request's namespace.",
    remediation: "Deploy into the team's own namespace.",
    messages: {
      explicit: "{{object}} is in the default namespace, which no team owns and nothing fences.",
      implied: "{{object}} lands in the default namespace ({{via}}), which no team owns and nothing fences.",
    },
  },
  check(ctx, o) {
    if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
    if (ctx.run.namespaceOf(o) !== "default") return;
    const object = describeObject(refOf(o));
    if (o.metadata.namespace !== undefined) ctx.report({ messageId: "explicit", at: namespacePointer(o), data: { object } });
    else {
      const via = ctx.run.context.origin === "admission" ? "the request's namespace" : "namespaces.pathNamespaces";
      ctx.report({ messageId: "implied", at: "/metadata", data: { object, via } });
    }
  },
});
