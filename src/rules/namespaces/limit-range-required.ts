import { namespaceRequirementRule } from "./namespace-requirement.js";

export default namespaceRequirementRule({
  id: "namespaces/limit-range-required",
  summary: "Team namespaces have a LimitRange.",
  description: "A LimitRange gives containers that set no requests or limits sane defaults; with a ResourceQuota on requests or limits, pods without them are otherwise rejected outright.",
  remediation: "Add a LimitRange with defaultRequest and default for containers.",
  messages: { missing: "Namespace {{namespace}} ({{owner}}) has no LimitRange in the run, so containers without requests or limits get no defaults." },
  missing: (objects) => (objects.some((o) => o.kind === "LimitRange") ? undefined : "missing"),
});
