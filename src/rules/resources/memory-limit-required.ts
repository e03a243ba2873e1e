import { requiredResourceRule } from "./required.js";

export default requiredResourceRule({
  id: "resources/memory-limit-required",
  resource: "memory",
  field: "limits",
  severity: "error",
  why: "a leak can use the whole node's memory and take its neighbours down with it.",
  description:
    "The memory limit becomes the cgroup's memory.max: without one a container can grow until the node runs out and the kernel's OOM killer or the kubelet's eviction picks victims among its neighbours. A LimitRange `default` in the same namespace in the same run satisfies this rule (info). Unlike kube-linter's unset-memory-requirements, the request is checked by its own rule.",
});
