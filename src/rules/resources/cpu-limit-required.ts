import { requiredResourceRule } from "./required.js";

export default requiredResourceRule({
  id: "resources/cpu-limit-required",
  resource: "cpu",
  field: "limits",
  severity: "warning",
  optIn: true,
  why: "it may use every idle core on the node.",
  description:
    "Off by default: many teams deliberately run without CPU limits, because a CPU limit becomes a CFS quota that throttles a container even when the node is idle. Enable it where noisy neighbours matter more than latency. A LimitRange `default` in the same namespace in the same run satisfies it (info).",
});
