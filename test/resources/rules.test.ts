// Table tests for the resources family: each case names the rule, the messageId-level text and the lines.
import { deployment, findingsOf, lines } from "../helpers.js";

// Line of `resources:` in deployment() output (namespace present) is 15.
const R = 15;

interface Case {
  readonly name: string;
  readonly yaml: string;
  readonly lines: number[];
  readonly message?: string;
  readonly severity?: string;
  readonly config?: string;
}

const table: Record<string, Case[]> = {
  "resources/cpu-request-required": [
    { name: "request set", yaml: deployment(), lines: [] },
    { name: "missing", yaml: deployment({ resources: "{ requests: { memory: 64Mi }, limits: { memory: 64Mi } }" }), lines: [R], message: "web has no CPU request", severity: "warning" },
    { name: "limit copied into request is info", yaml: deployment({ resources: "{ limits: { cpu: 500m, memory: 64Mi } }" }), lines: [R], message: "uses its limit (500m) as the request", severity: "info" },
    {
      name: "LimitRange default in the same namespace is info",
      yaml: deployment({ resources: "{ requests: { memory: 64Mi }, limits: { memory: 64Mi } }" }) + "---\napiVersion: v1\nkind: LimitRange\nmetadata: { name: defaults, namespace: api }\nspec:\n  limits:\n    - type: Container\n      defaultRequest: { cpu: 100m }\n",
      lines: [R],
      message: "LimitRange defaults in namespace api supplies 100m",
      severity: "info",
    },
    {
      name: "LimitRange in another namespace does not apply",
      yaml: deployment({ resources: "{ requests: { memory: 64Mi }, limits: { memory: 64Mi } }" }) + "---\napiVersion: v1\nkind: LimitRange\nmetadata: { name: defaults, namespace: other }\nspec:\n  limits:\n    - type: Container\n      defaultRequest: { cpu: 100m }\n",
      lines: [R],
      severity: "warning",
    },
  ],
  "resources/memory-request-required": [
    { name: "set", yaml: deployment(), lines: [] },
    { name: "missing", yaml: deployment({ resources: "{ requests: { cpu: 1 } }" }), lines: [R], message: "web has no memory request", severity: "error" },
    { name: "no resources at all points at the container", yaml: deployment().replace(/ {10}resources: .*\n/, ""), lines: [13], severity: "error" },
  ],
  "resources/memory-limit-required": [
    { name: "set", yaml: deployment(), lines: [] },
    { name: "missing", yaml: deployment({ resources: "{ requests: { cpu: 1, memory: 1Gi } }" }), lines: [R], message: "web has no memory limit", severity: "error" },
    { name: "severity from config", yaml: deployment({ resources: "{ requests: { cpu: 1, memory: 1Gi } }" }), lines: [R], severity: "warning", config: "rules:\n  resources/memory-limit-required: warning\n" },
    { name: "disabled in config", yaml: deployment({ resources: "{ requests: { cpu: 1, memory: 1Gi } }" }), lines: [], config: "rules:\n  resources/memory-limit-required: off\n" },
    { name: "family wildcard disables", yaml: deployment({ resources: "{ requests: { cpu: 1, memory: 1Gi } }" }), lines: [], config: "rules:\n  resources/*: off\n" },
  ],
  "resources/cpu-limit-required": [
    { name: "off by default", yaml: deployment(), lines: [] },
    { name: "enabled", yaml: deployment(), lines: [R], config: "rules:\n  resources/cpu-limit-required: on\n", message: "web has no CPU limit", severity: "warning" },
  ],
  "resources/ephemeral-storage-required": [
    { name: "off by default", yaml: deployment(), lines: [] },
    { name: "enabled", yaml: deployment(), lines: [R], config: "rules:\n  resources/ephemeral-storage-required: error\n", message: "ephemeral-storage limit", severity: "error" },
  ],
  "resources/limit-below-request": [
    { name: "equal is fine", yaml: deployment(), lines: [] },
    { name: "below", yaml: deployment({ resources: "{ requests: { cpu: 100m, memory: 1Gi },\n            limits: { memory: 512Mi } }" }), lines: [16], message: "memory limit 512Mi is below its request 1Gi" },
    {
      name: "LimitRange default limit below the request",
      yaml: deployment({ resources: "{ requests: { cpu: 100m, memory: 1Gi } }" }) + "---\napiVersion: v1\nkind: LimitRange\nmetadata: { name: lr, namespace: api }\nspec:\n  limits:\n    - type: Container\n      default: { memory: 256Mi }\n",
      lines: [R],
      message: "LimitRange lr applies its default 256Mi, below the request 1Gi",
    },
  ],
  "resources/limit-request-ratio": [
    { name: "within 2x", yaml: deployment({ resources: "{ requests: { cpu: 100m, memory: 1Gi }, limits: { memory: 2Gi } }" }), lines: [] },
    { name: "above 2x", yaml: deployment({ resources: "{ requests: { cpu: 100m, memory: 1Gi },\n            limits: { memory: 3Gi } }" }), lines: [16], message: "memory limit 3Gi is 3× its request 1Gi (maximum 2×)", severity: "warning" },
    { name: "option raises the bound", yaml: deployment({ resources: "{ requests: { cpu: 100m, memory: 1Gi }, limits: { memory: 3Gi } }" }), lines: [], config: "rules:\n  resources/limit-request-ratio: { options: { memory: 4 } }\n" },
    { name: "cpu ratio", yaml: deployment({ resources: "{ requests: { cpu: 100m, memory: 1Gi }, limits: { cpu: 2, memory: 1Gi } }" }), lines: [R], message: "cpu limit 2 is 20× its request 100m (maximum 10×)" },
  ],
  "resources/invalid-quantity": [
    { name: "valid", yaml: deployment(), lines: [] },
    { name: "GB is not a suffix", yaml: deployment({ resources: "\n            requests: { cpu: 100m, memory: 1GB }\n            limits: { memory: 1Gi }" }), lines: [16], message: 'web resources.requests.memory is "1GB", not a valid quantity: unknown suffix "GB"' },
    { name: "negative", yaml: deployment({ resources: "{ requests: { cpu: -1, memory: 1Gi }, limits: { memory: 1Gi } }" }), lines: [R], message: "it is negative" },
    { name: "overhead", yaml: "apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: a }\nspec:\n  overhead:\n    cpu: lots\n  containers:\n    - name: c\n      resources: { requests: { cpu: 1m, memory: 64Mi }, limits: { memory: 64Mi } }\n", lines: [6], message: 'pod overhead.cpu is "lots"' },
  ],
  "resources/cpu-bounds": [
    { name: "within", yaml: deployment(), lines: [] },
    { name: "too small", yaml: deployment({ resources: "\n            requests: { cpu: 1m, memory: 64Mi }\n            limits: { memory: 64Mi }" }), lines: [16], message: "web: resources.requests.cpu = 1m is below the minimum 10m (allowed 10m to 16)" },
    { name: "bounds from config", yaml: deployment(), lines: [R], config: "rules:\n  resources/cpu-bounds: { options: { min: 200m } }\n", message: "below the minimum 200m" },
  ],
  "resources/memory-bounds": [
    { name: "within", yaml: deployment(), lines: [] },
    { name: "bytes, not Mi", yaml: deployment({ resources: "\n            requests: { cpu: 100m, memory: 128 }\n            limits: { memory: 128Mi }" }), lines: [16], message: "below the minimum 16Mi" },
  ],
  "resources/extended-resources-limited": [
    { name: "no GPU", yaml: deployment(), lines: [] },
    { name: "GPU only requested", yaml: deployment({ resources: "{ requests: { cpu: 1, memory: 1Gi, nvidia.com/gpu: 1 }, limits: { memory: 1Gi } }" }), lines: [R], message: "requests a GPU but sets no GPU limit" },
  ],
};

describe.each(Object.entries(table))("%s", (ruleId, cases) => {
  test.each(cases)("$name", (c) => {
    const found = findingsOf(ruleId, c.yaml, c.config ? { config: c.config } : {});
    expect(lines(found)).toEqual(c.lines);
    if (c.message) expect(found[0]?.message).toContain(c.message);
    if (c.severity) expect(found[0]?.severity).toBe(c.severity);
    for (const f of found) {
      if (!f.message.startsWith("pod ")) expect(f.container).toBeDefined();
      expect(f.object).toMatchObject({ kind: expect.any(String) });
      expect(f.remediation).toBeTruthy();
    }
  });
});

test("init containers and sidecars are checked and named", () => {
  const yaml = "apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: a }\nspec:\n  initContainers:\n    - name: migrate\n      resources: { requests: { cpu: 1m, memory: 64Mi } }\n    - name: proxy\n      restartPolicy: Always\n      resources: { requests: { cpu: 10m, memory: 64Mi }, limits: { memory: 64Mi } }\n  containers:\n    - name: app\n      resources: { requests: { cpu: 10m, memory: 64Mi }, limits: { memory: 64Mi } }\n";
  const found = findingsOf("resources/memory-limit-required", yaml);
  expect(found.map((f) => [f.container, f.line])).toEqual([["migrate", 7]]);
});

test("every workload kind is checked, CronJob templates included", () => {
  const cron = "apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c, namespace: a }\nspec:\n  schedule: '@daily'\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: job\n              image: j\n";
  expect(findingsOf("resources/memory-limit-required", cron).map((f) => [f.container, f.line, f.pointer])).toEqual([
    ["job", 12, "/spec/jobTemplate/spec/template/spec/containers/0/resources"],
  ]);
  const rollout = "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: { name: r, namespace: a }\nspec:\n  template:\n    spec:\n      containers: [{ name: c }]\n";
  expect(findingsOf("resources/memory-limit-required", rollout)).toEqual([]);
});
