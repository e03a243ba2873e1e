import { defineRule } from "../../engine/rule.js";
import { describeObject, refOf } from "../../core/types.js";
import { describeTeams, ownershipOf, writerOf } from "../../ownership/run.js";
import { namespacePointer, scopeFor } from "./scope.js";

export default defineRule({
  id: "namespaces/team-owns-namespace",
  target: "object",
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Teams write only into namespaces they own.",
    description:
      "In CI the writer is the team owning the file (namespaces.teams.*.paths, else CODEOWNERS, last matching line wins); in the cluster it is the requesting user's team (namespaces.teams.*.users/groups, a service account's namespace owner). The namespace's owner comes from namespaces.teams.*.namespaces, or with zero config from the team owning the file that declares the Namespace. The platform team may write anywhere. With explicit namespace config, a namespace assigned to no team is the platform team's alone. Silent when there is nothing to decide with (no CODEOWNERS, no teams).",
    remediation: "Move the object into a namespace the team owns, move the file to the owning team's path, or change ownership in CODEOWNERS / .tollgate.yaml.",
    boundary: true,
    messages: {
      fileForeign: "{{path}} belongs to {{team}}, but it writes {{object}} into namespace {{namespace}}, which {{owner}} owns.",
      userForeign: "user {{user}} ({{team}}) may not write {{object}} into namespace {{namespace}}, which {{owner}} owns.",
      fileUnassigned: "{{path}} belongs to {{team}}, but it writes {{object}} into namespace {{namespace}}, which no team owns in .tollgate.yaml (only the platform team may write there).",
      userUnassigned: "user {{user}} ({{team}}) may not write {{object}} into namespace {{namespace}}, which no team owns in .tollgate.yaml (only the platform team may write there).",
    },
  },
  check(ctx, o) {
    if (o.kind === "Namespace") return; // declarations are judged by namespaces/cluster-scoped-by-platform
    if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
    const namespace = ctx.run.namespaceOf(o);
    if (namespace === undefined) return;
    const writer = writerOf(ctx.run, ctx.config, o);
    if (!writer || writer.platform) return;
    const model = ownershipOf(ctx.run, ctx.config);
    const owner = model.ownerOfNamespace(namespace);
    if (!owner && !model.explicit) return; // zero config: a namespace nobody declared has no known owner
    if (!owner && namespace === "default") return; // namespaces/no-default-namespace says it better
    if (owner && owner.teams.some((t) => writer.teams.includes(t))) return;
    const file = writer.via === "file";
    ctx.report({
      messageId: owner ? (file ? "fileForeign" : "userForeign") : file ? "fileUnassigned" : "userUnassigned",
      at: namespacePointer(o),
      data: {
        path: writer.name,
        user: writer.name,
        team: file ? describeTeams(writer.teams) : writer.teams.length > 0 ? `team ${describeTeams(writer.teams)}` : "no team",
        object: describeObject(refOf(o)),
        namespace,
        owner: owner ? describeTeams(owner.teams) : undefined,
      },
    });
  },
});
