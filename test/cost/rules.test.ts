// The cost rules, as tables: messageId text and the line of every finding.
import { configFrom, findingsOf, lines, runCheck } from "../helpers.js";
import { estimateCost } from "../../src/cost/estimate.js";

function deploy(name: string, replicas: number, resources: string, ns = "api"): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ${ns} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: ${name}
          image: example/${name}:1
          resources: ${resources}
`;
}
const NS = (name: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
---
`;
const R = "{ requests: { cpu: 500m, memory: 1Gi }, limits: { memory: 1Gi } }";

describe("cost/budget", () => {
  const config = (monthly: number) => `cost:
  platforms: [eks]
  eks: { instanceTypes: [m6i.large] }
  budgets:
    - { namespace: api, monthly: ${monthly} }
`;
  test.each([
    { name: "under budget", monthly: 1000, lines: [] as number[] },
    { name: "over budget: on the Namespace's name", monthly: 5, lines: [4] },
  ])("$name", ({ monthly, lines: expected }) => {
    const found = findingsOf("cost/budget", NS("api") + deploy("web", 4, R), { config: config(monthly) });
    expect(lines(found)).toEqual(expected);
    if (expected.length > 0) {
      expect(found[0]!.message).toMatch(/^Namespace api costs \$\d+\.\d\d\/month on EKS, over its budget of \$5\.00 by \$\d+\.\d\d; the largest item is Deployment api\/web at \$/);
    }
  });

  test("without a Namespace object: on the namespace's first object", () => {
    const found = findingsOf("cost/budget", "# header\n" + deploy("web", 4, R), { config: config(5) });
    expect(lines(found)).toEqual([2]);
  });

  test("a team budget sums its namespaces", () => {
    const yaml = deploy("a", 2, R, "one") + "---\n" + deploy("b", 2, R, "two");
    const cfg = "cost:\n  platforms: [eks]\n  budgets:\n    - { team: shop, namespaces: [one, two], monthly: 10 }\n";
    const found = findingsOf("cost/budget", yaml, { config: cfg });
    expect(lines(found)).toEqual([1]);
    expect(found[0]!.message).toContain("Team shop (one, two) costs");
  });

  test("no budgets configured: nothing", () => {
    expect(findingsOf("cost/budget", deploy("web", 40, R))).toEqual([]);
  });
});

describe("cost/increase", () => {
  const cfg = (t: string) => `cost:\n  platforms: [eks]\n  eks: { instanceTypes: [m6i.large] }\n  increase: ${t}\n`;
  const base = { "app.yaml": "# app\n" + deploy("web", 1, R) };
  const head = { "app.yaml": "# app\n" + deploy("web", 9, R) };
  test.each([
    { name: "above the absolute threshold", t: "{ absolute: 50 }", lines: [2] },
    { name: "above the percent threshold", t: "{ percent: 10 }", lines: [2] },
    { name: "below both thresholds", t: "{ absolute: 10000, percent: 1000 }", lines: [] as number[] },
  ])("$name", ({ t, lines: expected }) => {
    const found = findingsOf("cost/increase", head, { config: cfg(t), base });
    expect(lines(found)).toEqual(expected);
    if (expected.length > 0) {
      expect(found[0]!.message).toMatch(/^Monthly cost on EKS rises by \$\d+\.\d\d \(\+\d+\.\d %\) to \$\d+\.\d\d; the largest change is Deployment api\/web: replicas 1 → 9 \(\+\$/);
    }
  });

  test("a decrease is not reported", () => {
    expect(findingsOf("cost/increase", base, { config: cfg("{ absolute: 0 }"), base: head })).toEqual([]);
  });

  test("without a base: nothing", () => {
    expect(findingsOf("cost/increase", head, { config: cfg("{ absolute: 0 }") })).toEqual([]);
  });
});

describe("cost/unpackable", () => {
  test.each([
    { name: "fits", res: R, lines: [] as number[], msg: undefined },
    {
      // m6i.xlarge: 4000m − 80m kube-reserved = 3920m allocatable (FACTS.md), − 180m EKS DaemonSets = 3740m.
      name: "CPU beyond every pinned node: at the resources line",
      res: "{ requests: { cpu: 6, memory: 1Gi }, limits: { memory: 1Gi } }",
      lines: [13],
      msg: "Deployment api/big fits no EKS node: one replica exceeds every candidate node (CPU 6 > 3.74 cores); the largest candidate is m6i.xlarge.",
    },
  ])("$name", ({ res, lines: expected, msg }) => {
    const found = findingsOf("cost/unpackable", deploy("big", 1, res), {
      config: "cost: { platforms: [eks], eks: { instanceTypes: [m6i.large, m6i.xlarge] } }",
    });
    expect(lines(found)).toEqual(expected);
    if (msg) expect(found[0]!.message).toBe(msg);
  });

  test("k3s: a pod that fits the (schedulable) server type but no agent type is not reported", () => {
    // CX43 server: 8 vCPU; agents CX23 only: 2 vCPU. A 5-core pod can run on the server.
    const five = "{ requests: { cpu: 5, memory: 1Gi }, limits: { memory: 1Gi } }";
    const config = "cost: { platforms: [k3s], k3s: { serverType: CX43, agentTypes: [CX23] } }";
    expect(findingsOf("cost/unpackable", deploy("mid", 1, five), { config })).toEqual([]);
    const twenty = "{ requests: { cpu: 20, memory: 1Gi }, limits: { memory: 1Gi } }";
    expect(lines(findingsOf("cost/unpackable", deploy("big", 1, twenty), { config }))).toEqual([13]);
  });

  test("reports exactly the workloads the estimate leaves out, with its reasons, DaemonSets included", () => {
    const ds = `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: ops }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      containers:
        - name: agent
          image: example/agent:1
          resources: { requests: { cpu: 1, memory: 1Gi }, limits: { memory: 1Gi } }
---
`;
    // m6i.xlarge offers 3740m after EKS add-ons; the DaemonSet takes 1000m more: 2740m remain.
    const yaml = ds + [
      deploy("small", 2, R), deploy("three", 1, "{ requests: { cpu: 3, memory: 1Gi }, limits: { memory: 1Gi } }"),
      deploy("huge", 1, "{ requests: { cpu: 64, memory: 1Gi }, limits: { memory: 1Gi } }"),
    ].join("---\n");
    const config = "cost: { platforms: [eks, k3s], eks: { instanceTypes: [m6i.large, m6i.xlarge] } }";
    const r = runCheck(yaml, { config });
    const report = estimateCost(r.run, configFrom(config));
    const expected = report.platforms.flatMap((p) => p.unpackable.map((u) =>
      `Deployment ${u.namespace}/${u.name} fits no ${p.platform === "eks" ? "EKS" : "k3s"} node: ${u.reason}; the largest candidate is ${u.largest}.`));
    expect(expected.length).toBe(3); // three and huge on EKS (2740m left), huge on k3s
    expect(r.findings.filter((f) => f.ruleId === "cost/unpackable").map((f) => f.message).sort()).toEqual(expected.sort());
  });

  test("k3s: larger than every agent type", () => {
    const found = findingsOf("cost/unpackable", deploy("big", 1, "{ requests: { cpu: 100, memory: 1Gi }, limits: { memory: 1Gi } }"), {
      config: "cost: { platforms: [k3s] }",
    });
    expect(lines(found)).toEqual([13]);
    expect(found[0]!.message).toContain("fits no k3s node");
  });
});
