import { requiredResourceRule } from "./required.js";

export default requiredResourceRule({
  id: "resources/cpu-request-required",
  resource: "cpu",
  field: "requests",
  severity: "warning",
  why: "the scheduler places it as if it needed no CPU, and under contention it gets the smallest share.",
  description:
    "Without a CPU request a container is scheduled as if it used no CPU, so nodes are over-packed, and its cgroup gets the minimum cpu.weight, so it starves first under contention. A CPU limit alone is enough: Kubernetes copies it into the request (reported as info). A LimitRange default in the same namespace in the same run also satisfies this rule (info).",
});
