import { defineRule } from "../../engine/rule.js";
import { describeObject, refOf } from "../../core/types.js";
import { scopeFor } from "./scope.js";

export default defineRule({
  id: "namespaces/explicit-namespace",
  target: "object",
  meta: {
    family: "namespaces",
    severity: "warning",
    summary: "Namespaced objects set metadata.namespace.",
    description:
      "An object without metadata.namespace lands in whatever namespace `kubectl apply` targets: the current context's, often `default`. Ownership cannot be checked and the same file deploys differently from two laptops. A namespace given for the file's path in `namespaces.pathNamespaces` (what kustomize's `namespace:` or `kubectl apply -n` does for a directory) is accepted unless `acceptPathNamespace` is false. A rendered Helm chart's objects rarely set it (helm installs them into the release's namespace): for them the finding asks for the release namespace under `units:` in .tollgate.yaml, which is then where they land. Kinds unknown to tollgate and to the CRDs in the run count as namespaced unless `namespaces.unknownKinds` says otherwise. Not checked at admission, where the request's namespace is the answer.",
    remediation: "Set metadata.namespace, or map the directory to its namespace in .tollgate.yaml under namespaces.pathNamespaces.",
    messages: {
      missing: "{{object}} has no metadata.namespace; it lands in whatever namespace `kubectl apply` targets (often default).",
      release: "{{object}} has no metadata.namespace and no release namespace is set for this chart; it lands in whatever namespace `helm install` is given (the current context's without -n). Set the release's namespace under units: in .tollgate.yaml.",
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { acceptPathNamespace: { type: "boolean" } },
    },
    defaultOptions: { acceptPathNamespace: true },
  },
  check(ctx, o) {
    if (ctx.run.context.origin === "admission") return;
    if (o.metadata.namespace !== undefined) return;
    if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
    if (ctx.options.acceptPathNamespace !== false && o.source.file !== undefined && ctx.run.context.namespaceForFile?.(o.source.file) !== undefined) return;
    ctx.report({ messageId: ctx.run.context.unitKind === "helm" ? "release" : "missing", at: "/metadata", data: { object: describeObject(refOf(o)) } });
  },
});
