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
      "Cluster-scoped kinds (Namespace, ClusterRole, CustomResourceDefinition, PersistentVolume, StorageClass, PriorityClass, webhook configurations, ...) affect every team. Built-in kinds are classified by tollgate, custom kinds by the CRDs in the same run (spec.scope), other kinds by namespaces.unknownKinds (`cluster` makes them platform-only). A Namespace is the exception: with zero config the team owning the file that declares it owns it (when two teams declare the same Namespace, both declarations are reported and neither team owns it); with explicit namespace config only its configured owner or the platform team may declare it. ClusterRoleBindings have their own rule, namespaces/clusterrolebinding-platform-only.",
    remediation: "Move the object to a path the platform team owns (or ask the platform team to add it); for a Namespace, assign it to the team in namespaces.teams.",
    boundary: true,
    messages: {
      clusterScoped: "{{object}} is cluster-scoped, so only the platform team ({{platform}}) may declare it, not {{writer}}.",
      namespaceConflict: "{{writer}} declares Namespace {{namespace}}, which {{others}} declares too; two teams cannot both own it, so assign it under namespaces.teams in .tollgate.yaml.",
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
        const others = model.conflictingDeclarations(namespace).filter((d) => d.path !== writer.name && !d.teams.some((t) => writer.teams.includes(t)));
        if (others.length === 0) return; // zero config: declaring a Namespace makes the file's team its owner
        const list = others.map((d) => `${describeTeams(d.teams)} in ${d.path}`).join(", ");
        ctx.report({ messageId: "namespaceConflict", at: "/metadata/name", data: { namespace, writer: who, others: list } });
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

