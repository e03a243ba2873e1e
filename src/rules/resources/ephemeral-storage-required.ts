import { requiredResourceRule } from "./required.js";

export default requiredResourceRule({
  id: "resources/ephemeral-storage-required",
  resource: "ephemeral-storage",
  field: "limits",
  severity: "warning",
  optIn: true,
  why: "logs and scratch files can fill the node's disk and get every pod on it evicted.",
  description:
    "Off by default. When enabled, every container sets an ephemeral-storage limit, so the kubelet evicts only the pod that writes too much instead of the node hitting DiskPressure.",
});
