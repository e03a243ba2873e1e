import { defineRule } from "../../engine/rule.js";
import { isRecord } from "../../core/types.js";
import { describeTeams, ownershipOf } from "../../ownership/run.js";

const SA_USER = /^system:serviceaccount:([^:]+):([^:]+)$/;
const SA_GROUP = /^system:serviceaccounts:([^:]+)$/;

export default defineRule({
  id: "namespaces/rolebinding-cross-namespace",
  target: "object",
  kinds: ["RoleBinding"],
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "RoleBindings do not grant access to another team's service accounts.",
    description:
      "A RoleBinding subject that is a ServiceAccount of another namespace (kind ServiceAccount with another namespace, the user system:serviceaccount:<ns>:<name>, or the group system:serviceaccounts:<ns>) lets whoever runs pods there act in this namespace. Allowed when both namespaces have the same owner or the subject's namespace belongs to the platform team; reported as a cross-team grant when the owners differ and as a cross-namespace grant when an owner is unknown.",
    remediation: "Run the workload in the namespace it needs access to, or bind a service account of this namespace.",
    boundary: true,
    messages: {
      otherTeam: "RoleBinding {{name}} gives {{subject}} (namespace {{subjectNamespace}}, owned by {{subjectOwner}}) access to namespace {{namespace}}, owned by {{owner}}.",
      otherNamespace: "RoleBinding {{name}} gives {{subject}} of namespace {{subjectNamespace}} access to namespace {{namespace}}; no owner is known that makes them the same team.",
    },
  },
  check(ctx, o) {
    const namespace = ctx.run.namespaceOf(o);
    const subjects = o.raw.subjects;
    if (namespace === undefined || !Array.isArray(subjects)) return;
    const model = ownershipOf(ctx.run, ctx.config);
    const owner = model.ownerOfNamespace(namespace);
    subjects.forEach((s, i) => {
      if (!isRecord(s) || typeof s.name !== "string") return;
      let subjectNamespace: string | undefined;
      let subject: string;
      if (s.kind === "ServiceAccount") {
        subjectNamespace = typeof s.namespace === "string" && s.namespace !== "" ? s.namespace : namespace;
        subject = `ServiceAccount ${subjectNamespace}/${s.name}`;
      } else if (s.kind === "User" && SA_USER.test(s.name)) {
        subjectNamespace = SA_USER.exec(s.name)![1];
        subject = `user ${s.name}`;
      } else if (s.kind === "Group" && SA_GROUP.test(s.name)) {
        subjectNamespace = SA_GROUP.exec(s.name)![1];
        subject = `the group ${s.name}`;
      } else return;
      if (subjectNamespace === undefined || subjectNamespace === namespace) return;
      const subjectOwner = model.ownerOfNamespace(subjectNamespace);
      if (subjectOwner && model.isPlatform(subjectOwner.teams)) return;
      const at = `/subjects/${i}`;
      const data = { name: o.metadata.name ?? "(unnamed)", subject, subjectNamespace, namespace };
      if (owner && subjectOwner) {
        if (subjectOwner.teams.some((t) => owner.teams.includes(t))) return;
        ctx.report({ messageId: "otherTeam", at, data: { ...data, subjectOwner: describeTeams(subjectOwner.teams), owner: describeTeams(owner.teams) } });
      } else {
        ctx.report({ messageId: "otherNamespace", at, data });
      }
    });
  },
});
