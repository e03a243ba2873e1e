import { namespaceRequirementRule } from "./namespace-requirement.js";

export default namespaceRequirementRule({
  id: "namespaces/resource-quota-required",
  summary: "Team namespaces have a ResourceQuota.",
  description: "Without a ResourceQuota one team's runaway Deployment or forgotten Job can take the whole cluster's capacity from every other team.",
  remediation: "Add a ResourceQuota to the namespace (requests.cpu, requests.memory, limits.memory at least).",
  messages: { missing: "Namespace {{namespace}} ({{owner}}) has no ResourceQuota in the run, so nothing caps what it can take from other teams." },
  missing: (objects) => (objects.some((o) => o.kind === "ResourceQuota") ? undefined : "missing"),
});
