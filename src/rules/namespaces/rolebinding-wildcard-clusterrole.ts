import { defineRule } from "../../engine/rule.js";
import { isRecord, type K8sObject } from "../../core/types.js";
import type { Run } from "../../model/run.js";

/** Built-in ClusterRoles that grant `*` on `*`; admin, edit and view are meant for RoleBindings and are not listed. */
const BUILTIN_WILDCARD = new Set(["cluster-admin"]);

export default defineRule({
  id: "namespaces/rolebinding-wildcard-clusterrole",
  target: "object",
  kinds: ["RoleBinding"],
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "RoleBindings do not bind ClusterRoles that grant wildcard verbs or resources.",
    description:
      "A RoleBinding to a ClusterRole with `*` in verbs or resources gives full control of the namespace, including its Roles, RoleBindings and Secrets, so the wall can be rebuilt from inside. ClusterRoles are looked up in the run; the built-in cluster-admin is always a wildcard role. The built-in admin, edit and view roles are designed to be bound per namespace and are not reported.",
    remediation: "Bind a ClusterRole or Role that lists the verbs and resources the subject needs.",
    boundary: true,
    messages: {
      wildcard: "RoleBinding {{name}} binds ClusterRole {{role}}, which grants {{what}}: full control of namespace {{namespace}}, its RBAC and Secrets included.",
      builtin: "RoleBinding {{name}} binds the built-in ClusterRole {{role}} (every verb on every resource): full control of namespace {{namespace}}, its RBAC and Secrets included.",
    },
  },
  check(ctx, o) {
    const ref = o.raw.roleRef;
    if (!isRecord(ref) || ref.kind !== "ClusterRole" || typeof ref.name !== "string") return;
    const data = { name: o.metadata.name ?? "(unnamed)", role: ref.name, namespace: ctx.run.namespaceOf(o) ?? "(unknown)" };
    const role = clusterRoles(ctx.run).get(ref.name);
    if (role) {
      const what = wildcards(role);
      if (what) ctx.report({ messageId: "wildcard", at: "/roleRef/name", data: { ...data, what } });
    } else if (BUILTIN_WILDCARD.has(ref.name)) {
      ctx.report({ messageId: "builtin", at: "/roleRef/name", data });
    }
  },
});

function clusterRoles(run: Run): Map<string, K8sObject> {
  return run.memo("namespaces/cluster-roles", () => {
    const m = new Map<string, K8sObject>();
    for (const r of run.byKind("ClusterRole")) if (r.metadata.name !== undefined && !m.has(r.metadata.name)) m.set(r.metadata.name, r);
    return m;
  });
}

/** "* verbs", "* resources" or both; undefined when the role names what it grants. */
function wildcards(role: K8sObject): string | undefined {
  const rules = Array.isArray(role.raw.rules) ? role.raw.rules : [];
  let verbs = false;
  let resources = false;
  for (const r of rules) {
    if (!isRecord(r)) continue;
    if (Array.isArray(r.verbs) && r.verbs.includes("*")) verbs = true;
    if (Array.isArray(r.resources) && r.resources.includes("*")) resources = true;
  }
  if (verbs && resources) return "every verb (*) on every resource (*)";
  if (verbs) return "every verb (*)";
  if (resources) return "access to every resource (*)";
  return undefined;
}
