import { defineRule } from "../../engine/rule.js";
import { isRecord } from "../../core/types.js";
import { describeTeams, describeWriter, ownershipOf, writerOf } from "../../ownership/run.js";

export default defineRule({
  id: "namespaces/clusterrolebinding-platform-only",
  target: "object",
  kinds: ["ClusterRoleBinding"],
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Only the platform team binds roles cluster-wide.",
    description:
      "A ClusterRoleBinding grants its role in every namespace, every team's included; a team that needs permissions in its own namespace uses a RoleBinding there. Decided by the file's owner in CI and by the requesting user at admission, like namespaces/team-owns-namespace.",
    remediation: "Use a RoleBinding in the team's namespace, or have the platform team own the ClusterRoleBinding.",
    boundary: true,
    messages: {
      notPlatform: "ClusterRoleBinding {{name}} grants {{role}} in every namespace; only the platform team ({{platform}}) may bind cluster-wide, not {{writer}}.",
    },
  },
  check(ctx, o) {
    const writer = writerOf(ctx.run, ctx.config, o);
    if (!writer || writer.platform) return;
    const model = ownershipOf(ctx.run, ctx.config);
    const ref = isRecord(o.raw.roleRef) ? o.raw.roleRef : {};
    ctx.report({
      messageId: "notPlatform",
      at: isRecord(o.raw.roleRef) ? "/roleRef" : "/kind",
      data: {
        name: o.metadata.name ?? "(unnamed)",
        role: `${typeof ref.kind === "string" ? ref.kind : "ClusterRole"} ${typeof ref.name === "string" ? ref.name : "(unnamed)"}`,
        platform: model.platform.length > 0 ? describeTeams(model.platform) : "none configured",
        writer: describeWriter(writer),
      },
    });
  },
});
