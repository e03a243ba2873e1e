import { requiredResourceRule } from "./required.js";

export default requiredResourceRule({
  id: "resources/memory-request-required",
  resource: "memory",
  field: "requests",
  severity: "error",
  why: "the scheduler places it as if it needed no memory and it is among the first evicted under memory pressure.",
  description:
    "Memory is not compressible: a pod scheduled with no memory request lands on nodes that cannot hold it, and the kubelet evicts pods that exceed their requests first. A memory limit alone is enough (Kubernetes copies it into the request, reported as info), and so is a LimitRange default in the same namespace in the same run.",
});
