import { defineRule } from "../../engine/rule.js";
import { isRecord } from "../../core/types.js";
import { describeTeams, ownershipOf } from "../../ownership/run.js";

/** Groups (and the anonymous user) that mean "everyone", never one team. */
const EVERYONE: Readonly<Record<string, string>> = {
  "system:authenticated": "every authenticated user and service account of the cluster",
  "system:unauthenticated": "every anonymous request",
  "system:serviceaccounts": "every service account of every namespace",
  "system:anonymous": "every anonymous request",
};

/** Kubernetes' own bindings to everyone: discovery and the public cluster-info. */
const PUBLIC_CLUSTER_ROLES = new Set(["system:basic-user", "system:discovery", "system:public-info-viewer"]);
/** Namespaces Kubernetes itself publishes to everyone (kube-public's cluster-info ConfigMap). */
const PUBLIC_NAMESPACES = new Set(["kube-public"]);

export default defineRule({
  id: "namespaces/rolebinding-broad-subject",
  target: "object",
  kinds: ["RoleBinding", "ClusterRoleBinding"],
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Bindings do not grant a team's namespace (or the cluster) to everyone.",
    description:
      "A RoleBinding whose subject is the group system:authenticated, system:unauthenticated or system:serviceaccounts (or the user system:anonymous) gives every user, every anonymous caller or every pod of the cluster the role in that namespace. Reported in every namespace except those the platform team owns and kube-public. A ClusterRoleBinding to those subjects is reported unless it binds Kubernetes' own discovery roles (system:basic-user, system:discovery, system:public-info-viewer). Service accounts of one other namespace are namespaces/rolebinding-cross-namespace's concern.",
    remediation: "Bind the team's own group, users or service accounts instead of a group that means everyone.",
    boundary: true,
    messages: {
      namespace: "{{kind}} {{name}} grants {{role}} in namespace {{namespace}}{{owner}} to {{subject}}: {{who}}.",
      cluster: "ClusterRoleBinding {{name}} grants {{role}} in every namespace to {{subject}}: {{who}}.",
    },
  },
  check(ctx, o) {
    const subjects = o.raw.subjects;
    if (!Array.isArray(subjects)) return;
    const ref = isRecord(o.raw.roleRef) ? o.raw.roleRef : {};
    const roleName = typeof ref.name === "string" ? ref.name : "(unnamed)";
    const role = `${ref.kind === "Role" ? "Role" : "ClusterRole"} ${roleName}`;
    const name = o.metadata.name ?? "(unnamed)";
    let namespace: string | undefined;
    let owner = "";
    if (o.kind === "RoleBinding") {
      namespace = ctx.run.namespaceOf(o);
      if (namespace !== undefined && PUBLIC_NAMESPACES.has(namespace)) return;
      const model = ownershipOf(ctx.run, ctx.config);
      const nsOwner = namespace !== undefined ? model.ownerOfNamespace(namespace) : undefined;
      if (nsOwner && model.isPlatform(nsOwner.teams)) return;
      if (nsOwner) owner = ` (owned by ${describeTeams(nsOwner.teams)})`;
    } else if (ref.kind === "ClusterRole" && PUBLIC_CLUSTER_ROLES.has(roleName)) {
      return;
    }
    subjects.forEach((s, i) => {
      if (!isRecord(s) || typeof s.name !== "string") return;
      const who = EVERYONE[s.name];
      if (who === undefined) return;
      if (s.name === "system:anonymous" ? s.kind !== "User" : s.kind !== "Group") return;
      const subject = `${s.kind === "User" ? "the user" : "the group"} ${s.name}`;
      if (o.kind === "RoleBinding") {
        ctx.report({ messageId: "namespace", at: `/subjects/${i}`, data: { kind: o.kind, name, role, namespace: namespace ?? "(unset)", owner, subject, who } });
      } else {
        ctx.report({ messageId: "cluster", at: `/subjects/${i}`, data: { name, role, subject, who } });
      }
    });
  },
});
