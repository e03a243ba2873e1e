import { objectsFromDocuments } from "../../src/model/objects.js";
import { effectivePodLimits, effectivePodRequests, workloadOf } from "../../src/model/workload.js";
import { parseYamlText } from "../../src/parse/yaml.js";

function workload(yaml: string) {
  const { objects } = objectsFromDocuments(parseYamlText("w.yaml", yaml).documents);
  const w = workloadOf(objects[0]!);
  if (!w) throw new Error("not a workload");
  return w;
}

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: x }\nspec:\n${spec}`;
const MI = 2 ** 20;

describe("effective pod requests follow the scheduler", () => {
  test("sum of app containers", () => {
    const w = workload(pod(`  containers:
    - { name: a, resources: { requests: { cpu: 100m, memory: 64Mi } } }
    - { name: b, resources: { requests: { cpu: 200m, memory: 128Mi } } }`));
    const r = effectivePodRequests(w);
    expect(r.cpu).toEqual({ value: expect.closeTo(0.3, 9), missing: false });
    expect(r.memory.value).toBe(192 * MI);
  });

  test("the largest init container wins when it exceeds the app sum", () => {
    const w = workload(pod(`  initContainers:
    - { name: migrate, resources: { requests: { cpu: "2", memory: 1Gi } } }
  containers:
    - { name: a, resources: { requests: { cpu: 100m, memory: 64Mi } } }`));
    const r = effectivePodRequests(w);
    expect(r.cpu.value).toBe(2);
    expect(r.memory.value).toBe(1024 * MI);
  });

  test("restartable sidecars add to the app sum and to later init steps (KEP-753)", () => {
    const w = workload(pod(`  initContainers:
    - { name: proxy, restartPolicy: Always, resources: { requests: { cpu: 100m, memory: 100Mi } } }
    - { name: migrate, resources: { requests: { cpu: 500m, memory: 50Mi } } }
  containers:
    - { name: app, resources: { requests: { cpu: 200m, memory: 200Mi } } }`));
    expect(w.sidecars.map((c) => c.name)).toEqual(["proxy"]);
    expect(w.initContainers.map((c) => c.name)).toEqual(["migrate"]);
    const r = effectivePodRequests(w);
    // init step: proxy (100m) + migrate (500m) = 600m > app 200m + proxy 100m = 300m
    expect(r.cpu.value).toBeCloseTo(0.6, 9);
    // memory: init step 100 + 50 = 150Mi < app 200 + 100 = 300Mi
    expect(r.memory.value).toBe(300 * MI);
  });

  test("a sidecar declared after an init container does not count in that init step", () => {
    const w = workload(pod(`  initContainers:
    - { name: migrate, resources: { requests: { cpu: "1" } } }
    - { name: proxy, restartPolicy: Always, resources: { requests: { cpu: 500m } } }
  containers:
    - { name: app, resources: { requests: { cpu: 100m } } }`));
    // init step migrate = 1; app 100m + proxy 500m = 600m
    expect(effectivePodRequests(w).cpu.value).toBe(1);
  });

  test("pod overhead is added", () => {
    const w = workload(pod(`  overhead: { cpu: 250m, memory: 120Mi }
  containers:
    - { name: a, resources: { requests: { cpu: 250m, memory: 8Mi } } }`));
    const r = effectivePodRequests(w);
    expect(r.cpu.value).toBe(0.5);
    expect(r.memory.value).toBe(128 * MI);
  });

  test("an unset request falls back to the limit, then to LimitRange defaults", () => {
    const w = workload(pod(`  containers:
    - { name: a, resources: { limits: { cpu: "1", memory: 1Gi } } }
    - { name: b }`));
    expect(effectivePodRequests(w).cpu).toEqual({ value: 1, missing: true });
    const withDefaults = effectivePodRequests(w, { defaultRequest: { cpu: 0.1 }, default: { memory: 256 * MI } });
    expect(withDefaults.cpu).toEqual({ value: 1.1, missing: false });
    expect(withDefaults.memory.value).toBe(1280 * MI);
  });

  test("limits are unbounded when any container has none", () => {
    const w = workload(pod(`  containers:
    - { name: a, resources: { limits: { memory: 1Gi } } }
    - { name: b, resources: { limits: { cpu: "1" } } }`));
    expect(effectivePodLimits(w)).toEqual({});
    expect(effectivePodLimits(w, { defaultRequest: {}, default: { memory: 1024 * MI, cpu: 1 } })).toEqual({ cpu: 2, memory: 2048 * MI });
  });
});

describe("workload kinds", () => {
  const template = `    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: i }]`;
  test.each([
    ["Deployment", "apps/v1", `spec:\n  replicas: 3\n  template:\n${template}`, 3, "always"],
    ["StatefulSet", "apps/v1", `spec:\n  template:\n${template}`, 1, "always"],
    ["ReplicaSet", "apps/v1", `spec:\n  replicas: 0\n  template:\n${template}`, 0, "always"],
    ["ReplicationController", "v1", `spec:\n  replicas: 2\n  template:\n${template}`, 2, "always"],
    ["DaemonSet", "apps/v1", `spec:\n  template:\n${template}`, undefined, "always"],
    ["Job", "batch/v1", `spec:\n  parallelism: 4\n  template:\n${template}`, 4, "batch"],
    ["CronJob", "batch/v1", `spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n${template.replace(/^/gm, "    ")}`, 1, "batch"],
  ])("%s", (kind, apiVersion, spec, replicas, schedule) => {
    const w = workload(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: w, namespace: n }\n${spec}`);
    expect(w.replicas).toBe(replicas);
    expect(w.schedule).toBe(schedule);
    expect(w.containers.map((c) => c.name)).toEqual(["c"]);
    expect(w.podLabels).toEqual({ app: "x" });
  });

  test("unknown kinds and CRDs are not workloads", () => {
    const { objects } = objectsFromDocuments(parseYamlText("r.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: { name: r }\nspec:\n  template:\n    spec:\n      containers: [{ name: c }]\n").documents);
    expect(workloadOf(objects[0]!)).toBeUndefined();
  });
});

describe("workload model edges", () => {
  test("resources that are not maps give no values; pointers escape '/' and '~' in resource names", () => {
    const w = workload(pod(`  containers:
    - name: a
      resources: { requests: "250m", limits: { example.com/gpu: 1, "odd~name": 2, memory: -1 } }
    - name: b
      resources: []`));
    const [a, b] = w.containers;
    expect(a!.requests).toEqual({});
    expect(Object.keys(a!.limits)).toEqual(["example.com/gpu", "odd~name"]);
    expect((a!.limits as Record<string, { pointer: string }>)["example.com/gpu"]!.pointer).toBe("/spec/containers/0/resources/limits/example.com~1gpu");
    expect((a!.limits as Record<string, { pointer: string }>)["odd~name"]!.pointer).toBe("/spec/containers/0/resources/limits/odd~0name");
    expect(a!.invalid).toEqual([expect.objectContaining({ resource: "memory", field: "limits", reason: "it is negative", pointer: "/spec/containers/0/resources/limits/memory" })]);
    expect(b!.requests).toEqual({});
    expect(b!.invalid).toEqual([]);
    expect(b!.image).toBeUndefined();
    expect(a!.pointer("resources", "limits")).toBe("/spec/containers/0/resources/limits");
  });

  test("a Pod's labels are its own; unquoted label values become strings, null ones are dropped", () => {
    const w = workload(`apiVersion: v1\nkind: Pod\nmetadata: { name: p, labels: { app: web, canary: true, tier: 1, gone: null } }\nspec:\n  containers: [{ name: c, image: i }]\n`);
    expect(w.podLabels).toEqual({ app: "web", canary: "true", tier: "1" });
    expect(w.containers[0]!.image).toBe("i");
  });

  test("a workload without a pod template is not a workload; one without template metadata has no pod labels", () => {
    const { objects } = objectsFromDocuments(parseYamlText("d.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec: { template: [] }\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: e }\nspec: { template: { spec: { containers: [] } } }\n").documents);
    expect(workloadOf(objects[0]!)).toBeUndefined();
    expect(workloadOf(objects[1]!)!.podLabels).toEqual({});
  });
});
