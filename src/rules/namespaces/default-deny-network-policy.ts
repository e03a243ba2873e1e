import { isRecord, type K8sObject } from "../../core/types.js";
import { namespaceRequirementRule } from "./namespace-requirement.js";

export default namespaceRequirementRule({
  id: "namespaces/default-deny-network-policy",
  summary: "Team namespaces have a default-deny NetworkPolicy.",
  description:
    "RBAC walls off the API, not the network: without a NetworkPolicy every pod in the cluster can reach every pod in the namespace. A default deny is a NetworkPolicy with an empty podSelector whose policyTypes include Ingress (policyTypes absent means Ingress) and which allows no ingress; with the option `egress: true` the same is required for Egress.",
  remediation: "Add a NetworkPolicy with `podSelector: {}` and `policyTypes: [Ingress, Egress]` and no rules, then allow what each workload needs.",
  messages: {
    missing: "Namespace {{namespace}} ({{owner}}) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods.",
    missingEgress: "Namespace {{namespace}} ({{owner}}) denies ingress by default but not egress; its pods can reach anything.",
  },
  optionsSchema: { egress: { type: "boolean", description: "Also require a default deny for Egress." } },
  defaultOptions: { egress: false },
  missing(objects, options) {
    const policies = objects.filter((o) => o.kind === "NetworkPolicy" && selectsAll(o));
    if (!policies.some((p) => denies(p, "Ingress"))) return "missing";
    if (options.egress === true && !policies.some((p) => denies(p, "Egress"))) return "missingEgress";
    return undefined;
  },
});

function selectsAll(p: K8sObject): boolean {
  const spec = isRecord(p.raw.spec) ? p.raw.spec : {};
  const sel = spec.podSelector;
  if (sel === undefined || sel === null) return true;
  if (!isRecord(sel)) return false;
  const labels = isRecord(sel.matchLabels) ? Object.keys(sel.matchLabels).length : 0;
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0;
  return labels === 0 && exprs === 0;
}

/** Whether the policy applies to `type` traffic and allows none of it. */
function denies(p: K8sObject, type: "Ingress" | "Egress"): boolean {
  const spec = isRecord(p.raw.spec) ? p.raw.spec : {};
  const field = type === "Ingress" ? spec.ingress : spec.egress;
  const allowsNothing = field === undefined || field === null || (Array.isArray(field) && field.length === 0);
  // Without policyTypes, Egress applies only when egress rules exist, so it never denies all egress.
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : ["Ingress"];
  return types.includes(type) && allowsNothing;
}
