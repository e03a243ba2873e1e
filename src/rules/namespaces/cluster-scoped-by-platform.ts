import { defineRule } from "../../engine/rule.js";
import { describeObject, refOf } from "../../core/types.js";
import { describeTeams, describeWriter, ownershipOf, writerOf } from "../../ownership/run.js";
import { scopeFor } from "./scope.js";

export default defineRule({
  id: "namespaces/cluster-scoped-by-platform",
  target: "object",
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Only the platform team declares cluster-scoped objects.",
    description:
      "Cluster-scoped kinds (Namespace, ClusterRole, CustomResourceDefinition, PersistentVolume, StorageClass, PriorityClass, webhook configurations, ...) affect every team. Built-in kinds are classified by tollgate, custom kinds by the CRDs in the same run (spec.scope), other kinds by namespaces.unknownKinds (`cluster` makes them platform-only). A Namespace is the exception: with zero config the team owning the file that declares it owns it (a second team declaring the same Namespace is reported); with explicit namespace config only its configured owner or the platform team may declare it. ClusterRoleBindings have their own rule, namespaces/clusterrolebinding-platform-only.",
    remediation: "Move the object to a path the platform team owns (or ask the platform team to add it); for a Namespace, assign it to the team in namespaces.teams.",
    boundary: true,
    messages: {
      clusterScoped: "{{object}} is cluster-scoped, so only the platform team ({{platform}}) may declare it, not {{writer}}.",
      namespaceTaken: "Namespace {{namespace}} is already declared by {{owner}} in {{path}}; {{writer}} may not declare it too.",
      namespaceNotYours: "{{writer}} declares Namespace {{namespace}}, which {{owner}}; only its owner or the platform team ({{platform}}) may declare it.",
    },
  },
  check(ctx, o) {
    if (o.kind === "ClusterRoleBinding") return;
    if (scopeFor(ctx.run, ctx.config, o.kind) !== "Cluster") return;
    const writer = writerOf(ctx.run, ctx.config, o);
    if (!writer || writer.platform) return;
    const model = ownershipOf(ctx.run, ctx.config);
    const platform = model.platform.length > 0 ? describeTeams(model.platform) : "none configured";
    const who = describeWriter(writer);
    const namespace = o.metadata.name;
    if (o.kind === "Namespace" && namespace !== undefined) {
      const owner = model.ownerOfNamespace(namespace);
      if (owner?.teams.some((t) => writer.teams.includes(t))) return;
      if (!model.explicit) {
        // Zero config: declaring a Namespace makes the file's team its owner; only a second team's declaration is wrong.
        if (owner?.via !== "declaration") return;
        ctx.report({ messageId: "namespaceTaken", at: "/metadata/name", data: { namespace, owner: describeTeams(owner.teams), path: owner.path, writer: who } });
        return;
      }
      ctx.report({
        messageId: "namespaceNotYours",
        at: "/metadata/name",
        data: { namespace, writer: who, platform, owner: owner ? `${describeTeams(owner.teams)} owns` : "no team owns in .tollgate.yaml" },
      });
      return;
    }
    ctx.report({ messageId: "clusterScoped", at: "/kind", data: { object: describeObject(refOf(o)), platform, writer: who } });
  },
});

