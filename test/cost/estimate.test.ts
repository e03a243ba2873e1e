// Hand-checked estimates: every expected figure is computed here from the snapshot's prices and the
// capacity figures FACTS.md records, not read back from the code under test.
import { configFrom, runCheck } from "../helpers.js";
import { CostUnavailable, estimateCost, sameCostInputs } from "../../src/cost/estimate.js";
import { diffCost } from "../../src/cost/diff.js";
import { EMBEDDED_SNAPSHOT } from "../../src/cost/prices/snapshot.js";
import type { CostReport, PlatformCost } from "../../src/cost/report.js";

const Mi = 1024 * 1024;
const Gi = 1024 * Mi;
const H = 730;
const ec2 = (t: string) => EMBEDDED_SNAPSHOT.aws.regions!["us-east-1"]!.ec2[t]!.hourlyUsd;
const EURUSD = EMBEDDED_SNAPSHOT.exchangeRates.EURUSD.rate;
const hetzner = (t: string) => EMBEDDED_SNAPSHOT.hetzner.servers![t]!.monthlyEur;

function deploy(name: string, replicas: number, resources: string, ns = "api", kind = "Deployment"): string {
  return `apiVersion: apps/v1
kind: ${kind}
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

function estimate(yaml: string, config: string): CostReport {
  const r = runCheck(yaml, { config });
  return estimateCost(r.run, configFrom(config));
}
const platform = (r: CostReport, p: "eks" | "k3s"): PlatformCost => r.platforms.find((x) => x.platform === p)!;

const R = "{ requests: { cpu: 250m, memory: 512Mi } }";
const EKS_T3 = "cost: { platforms: [eks], eks: { instanceTypes: [t3.medium] } }";

describe("EKS, hand-checked", () => {
  // t3.medium allocatable 1930m / 3246Mi / 17 pods (FACTS.md) minus the EKS DaemonSets 180m / 250Mi / 3 pods.
  const cap = { cpu: 1.93 - 0.18, mem: 3246 - 250, pods: 17 - 3 };
  const coredns = { cpu: 2 * 0.1, mem: 2 * 70, pods: 2 };
  const nodesFor = (n: number) => Math.max(
    Math.ceil((n * 0.25 + coredns.cpu) / cap.cpu),
    Math.ceil((n * 512 + coredns.mem) / cap.mem),
    Math.ceil((n + coredns.pods) / cap.pods));

  // Burstable t3.medium (issue 20, case 4): 20 % baseline per vCPU = 0.4 of its 2 vCPUs; CPU requested above it
  // all month is Unlimited surplus at $0.05/vCPU-hour. 4 pods: one node at 4 × 0.25 + 2 × 0.1 (CoreDNS) = 1.2 → 0.8 over.
  // 12 pods: memory fits 5 per node (5 × 512Mi ≤ 2996Mi): nodes at 1.25 + 0.2, 1.25, 0.5 → 1.05 + 0.85 + 0.1 = 2.0 over.
  test.each([[4, 0.8], [12, 2.0]])("%i × 250m/512Mi on pinned t3.medium = $73 control plane + N × 0.0416 × 730 + CPU credits", (n, overVcpu) => {
    const r = estimate(deploy("web", n, R), EKS_T3);
    const eks = platform(r, "eks");
    const N = nodesFor(n);
    expect(N).toBe(n === 4 ? 1 : 3);
    expect(eks.nodes).toEqual([expect.objectContaining({ instanceType: "t3.medium", count: N, lowerBound: N, arch: "x86_64" })]);
    expect(eks.controlPlane).toBe(73);
    const credits = Math.round(overVcpu * 0.05 * 730 * 100) / 100;
    expect(eks.cpuCredits.monthly).toBe(credits);
    expect(credits).toBe(n === 4 ? 29.2 : 73);
    expect(eks.monthly).toBeCloseTo(73 + Math.round(N * ec2("t3.medium") * H * 100) / 100 + credits, 2);
    expect(r.hoursPerMonth).toBe(730);
    expect(r.currency).toBe("USD");
    expect(r.prices.snapshotDate).toBe(EMBEDDED_SNAPSHOT.snapshotDate);
  });

  test("unpinned: the cheapest type over the snapshot wins, and its total is no more than pinned m6i.large", () => {
    const yaml = deploy("web", 10, "{ requests: { cpu: 500m, memory: 1Gi } }");
    const free = platform(estimate(yaml, "cost: { platforms: [eks] }"), "eks");
    const pinned = platform(estimate(yaml, "cost: { platforms: [eks], eks: { instanceTypes: [m6i.large] } }"), "eks");
    expect(free.monthly).toBeLessThanOrEqual(pinned.monthly);
    expect(pinned.nodes[0]!.instanceType).toBe("m6i.large");
  });

  test("HPA: estimated at minReplicas, maxReplicas shown as monthlyAtMax", () => {
    const yaml = deploy("web", 5, "{ requests: { cpu: 500m, memory: 1Gi } }") + `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web, namespace: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 2
  maxReplicas: 10
`;
    const r = estimate(yaml, "cost: { platforms: [eks], eks: { instanceTypes: [m6i.large] } }");
    const eks = platform(r, "eks");
    // m6i.large: 1930m − 180m = 1750m → 3 pods of 500m per node. 2 pods (+CoreDNS) → 1 node; 10 pods → ⌈10/3⌉ = 4.
    expect(eks.monthly).toBeCloseTo(73 + 1 * ec2("m6i.large") * H, 2);
    expect(eks.monthlyAtMax).toBeCloseTo(73 + 4 * ec2("m6i.large") * H, 2);
    expect(r.workloads[0]).toMatchObject({ name: "web", replicas: 2, replicasMax: 10, cpu: 1, memory: 2 * Gi });
    expect(r.assumptions.join("\n")).toContain("Deployment api/web 2–10");
  });

  test("a DaemonSet is reserved on every node and costs its share on each", () => {
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
          resources: { requests: { cpu: 200m, memory: 1Gi } }
`;
    const without = platform(estimate(deploy("web", 5, R), EKS_T3), "eks");
    const r = estimate(deploy("web", 5, R) + "---\n" + ds, EKS_T3);
    const eks = platform(r, "eks");
    // Without: 5 × 512Mi + 140Mi ≤ 2996Mi → 1 node. With 1Gi reserved per node: 1972Mi → 3 pods per node → 2 nodes.
    expect(without.nodes[0]!.count).toBe(1);
    expect(eks.nodes[0]!.count).toBe(2);
    // OpenCost split of one t3.medium: CPU share = 2 × 0.031611 / (2 × 0.031611 + 4 × 0.004237).
    const monthly = ec2("t3.medium") * H;
    const share = (2 * 0.031611) / (2 * 0.031611 + 4 * 0.004237);
    const perNode = 0.2 * (monthly * share) / 2 + (1 / 4) * monthly * (1 - share);
    const w = r.workloads.find((x) => x.kind === "DaemonSet")!;
    expect(w.replicas).toBeNull();
    expect(w.monthly.eks).toBeCloseTo(2 * perNode, 2);
  });

  test("volumes (StatefulSet claims × replicas and PVCs) and a LoadBalancer Service", () => {
    const yaml = `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: data }
spec:
  replicas: 3
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: db, image: example/db:1, resources: { requests: { cpu: 100m, memory: 128Mi } } }]
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 10Gi } } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: scratch, namespace: data }
spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 5Gi } } }
---
apiVersion: v1
kind: Service
metadata: { name: db, namespace: data }
spec: { type: LoadBalancer, selector: { app: db }, ports: [{ port: 5432 }] }
`;
    const r = estimate(yaml, "cost: { k3s: { loadBalancerMonthlyEur: 5.39 } }");
    const eks = platform(r, "eks");
    const k3s = platform(r, "k3s");
    expect(eks.volumes.gb).toBe(35);
    expect(eks.volumes.monthly).toBeCloseTo(35 * 0.08, 2);
    expect(eks.loadBalancers).toMatchObject({ count: 1 });
    // The NLB alone ($0.0225 × 730 = $16.425 → $16.43); its two IPv4 addresses are in the public IPv4 line (issue 20, case 7).
    expect(eks.loadBalancers.monthly).toBe(16.43);
    expect(eks.publicIpv4).toMatchObject({ count: 2, monthly: 7.3 });
    expect(k3s.volumes.monthly).toBeCloseTo(35 * 0.0572 * EURUSD, 2);
    expect(k3s.loadBalancers.monthly).toBeCloseTo(5.39 * EURUSD, 2);
    const db = r.workloads.find((w) => w.name === "db")!;
    expect(db.storage).toBe(30 * Gi);
    // The namespace carries the StatefulSet, the PVC and the load balancer.
    const ns = r.namespaces.find((n) => n.namespace === "data")!;
    expect(ns.monthly.eks).toBeCloseTo(db.monthly.eks! + 5 * 0.08 + 16.43 + 7.3, 2);
  });

  test("containers without requests get the configured default and an assumption naming them", () => {
    const yaml = deploy("web", 2, "{}");
    const r = estimate(yaml, "cost: { platforms: [eks], defaultRequests: { cpu: 200m, memory: 256Mi } }");
    expect(r.workloads[0]).toMatchObject({ cpu: 0.4, memory: 512 * Mi });
    expect(r.assumptions.join("\n")).toContain("counted at 200m CPU / 256Mi (cost.defaultRequests): Deployment api/web (web)");
  });

  test("Jobs and CronJobs are listed apart, not in the monthly total", () => {
    const job = `apiVersion: batch/v1
kind: Job
metadata: { name: migrate, namespace: api }
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: m, image: example/m:1, resources: { requests: { cpu: "4", memory: 8Gi } } }]
`;
    const alone = platform(estimate(deploy("web", 4, R), EKS_T3), "eks").monthly;
    const r = estimate(deploy("web", 4, R) + "---\n" + job, EKS_T3);
    expect(platform(r, "eks").monthly).toBe(alone);
    expect(r.batch).toEqual([expect.objectContaining({ kind: "Job", name: "migrate", pods: 1, cpu: 4, memory: 8 * Gi })]);
    // 4 cores fit no t3.medium (1750m after DaemonSets): the run is not priced on a node it cannot use (issue 20, case 2).
    expect(r.batch[0]!.nodes.eks).toBe("does not fit");
    expect(platform(r, "eks").unpackable).toEqual([expect.objectContaining({ name: "migrate" })]);
  });

  test("a region the snapshot does not price fails with the refresh command to run", () => {
    const r = runCheck(deploy("web", 1, R));
    expect(() => estimateCost(r.run, configFrom("cost: { region: eu-west-1 }"))).toThrow(CostUnavailable);
    expect(() => estimateCost(r.run, configFrom("cost: { region: eu-west-1 }"))).toThrow(/tollgate prices refresh --region eu-west-1/);
  });

  test("the estimate is memoised on the run", () => {
    const r = runCheck(deploy("web", 1, R));
    const config = configFrom("");
    expect(estimateCost(r.run, config)).toBe(estimateCost(r.run, config));
  });
});

describe("k3s, hand-checked", () => {
  // CX23 server: 2 cores − 100m control plane; memory 4096Mi − ⌈7.5 %⌉ = 3788Mi, minus 1.6 GB for the control plane.
  const serverMemMi = (3788 * Mi - 1.6e9) / Mi;
  test("4 × 250m/512Mi fit on the single CX23 server: one server and its IPv4", () => {
    expect(4 * 512 + 70).toBeLessThanOrEqual(serverMemMi);
    const k3s = platform(estimate(deploy("web", 4, R), "cost: { platforms: [k3s], k3s: { agentTypes: [CX33] } }"), "k3s");
    expect(k3s.nodes).toEqual([expect.objectContaining({ instanceType: "CX23", role: "server", count: 1 })]);
    expect(k3s.controlPlane).toBe(0);
    expect(k3s.monthly).toBeCloseTo((hetzner("CX23") + 0.5) * EURUSD, 2);
  });

  test("8 pods: 4 on the server, 4 on one CX33 agent", () => {
    expect(5 * 512 + 70).toBeGreaterThan(serverMemMi);
    const k3s = platform(estimate(deploy("web", 8, R), "cost: { platforms: [k3s], k3s: { agentTypes: [CX33] } }"), "k3s");
    expect(k3s.nodes.map((n) => [n.instanceType, n.role, n.count])).toEqual([["CX23", "server", 1], ["CX33", "agent", 1]]);
    expect(k3s.monthly).toBeCloseTo((hetzner("CX23") + hetzner("CX33") + 2 * 0.5) * EURUSD, 2);
  });

  test("HA: three servers, and the current price list for existing servers", () => {
    const k3s = platform(estimate(deploy("web", 1, R), "cost: { platforms: [k3s], k3s: { servers: 3, serverType: CX33, hetznerPrices: current } }"), "k3s");
    expect(k3s.nodes).toEqual([expect.objectContaining({ instanceType: "CX33", role: "server", count: 3 })]);
    // Rounded once per line item: nodes 3 × €6.49, IPv4 3 × €0.50.
    const line = (eur: number) => Math.round(eur * EURUSD * 100) / 100;
    expect(k3s.monthly).toBeCloseTo(line(3 * 6.49) + line(3 * 0.5), 2);
  });
});

describe("allocation", () => {
  test("workloads + system + idle = node cost, and namespaces add up to their workloads", () => {
    const yaml = deploy("a", 3, R, "one") + "---\n" + deploy("b", 2, "{ requests: { cpu: 1, memory: 2Gi } }", "two");
    const r = estimate(yaml, "");
    for (const p of r.platforms) {
      const nodes = p.nodes.reduce((s, n) => s + n.monthly, 0);
      expect(p.allocation.workloads + p.allocation.system + p.allocation.idle).toBeCloseTo(nodes, 1);
      expect(p.allocation.idle).toBeGreaterThanOrEqual(0);
    }
    const two = r.namespaces.find((n) => n.namespace === "two")!;
    expect(two.monthly.eks).toBeCloseTo(r.workloads.find((w) => w.name === "b")!.monthly.eks!, 2);
  });

  test("teams from teamOfNamespace and the blue-green idle slot as its own line", () => {
    const yaml = deploy("web-blue", 2, R) + "---\n" + deploy("web-green", 2, R) + "---\n" + deploy("job", 1, R, "ml");
    const r = runCheck(yaml);
    const green = r.run.workloads.find((w) => w.object.metadata.name === "web-green")!;
    const report = estimateCost(r.run, configFrom(""), {
      teamOfNamespace: (ns) => (ns === "api" ? "team-api" : undefined),
      idleSlots: [{ workloadKey: green.object.key, description: "idle slot of Service api/web (selects blue)" }],
    });
    expect(report.teams).toEqual([expect.objectContaining({ team: "team-api", namespaces: ["api"] })]);
    expect(report.idleSlots).toEqual([expect.objectContaining({ name: "web-green", description: "idle slot of Service api/web (selects blue)" })]);
    expect(report.idleSlots[0]!.monthly.eks).toBe(report.workloads.find((w) => w.name === "web-green")!.monthly.eks);
  });
});

describe("base versus head", () => {
  test("delta per platform, workload and namespace; a removed workload costs 0 at head", () => {
    const config = "cost: { platforms: [eks], eks: { instanceTypes: [m6i.large] } }";
    const big = "{ requests: { cpu: 1500m, memory: 1Gi } }";
    const base = estimate(deploy("web", 1, big) + "---\n" + deploy("old", 1, R), config);
    const head = estimate(deploy("web", 3, big), config);
    const d = diffCost(base, head);
    const eks = platform(d, "eks");
    // m6i.large: 1750m per node → one 1500m pod per node. Base: web + old (+CoreDNS) → 2 nodes; head: 3 nodes.
    const node = ec2("m6i.large") * H;
    expect(eks.base).toBeCloseTo(73 + 2 * node, 2);
    expect(eks.head).toBeCloseTo(73 + 3 * node, 2);
    expect(eks.delta).toBeCloseTo(node, 2);
    const web = d.workloads.find((w) => w.name === "web")!;
    expect(web.delta!.eks).toBeCloseTo(web.head!.eks! - web.base!.eks!, 2);
    const old = d.workloads.find((w) => w.name === "old")!;
    expect(old.head).toEqual({ eks: 0 });
    expect(old.delta!.eks).toBeCloseTo(-old.base!.eks!, 2);
    expect(d.namespaces[0]).toMatchObject({ namespace: "api" });
    expect(d.diff).toEqual({ baseWorkloads: 2, headWorkloads: 1 });
  });
});

describe("sameCostInputs: a base and head that cannot differ in cost are not estimated", () => {
  const app = (o: { replicas?: number; cpu?: string; image?: string; label?: string; name?: string; type?: string } = {}) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${o.name ?? "web"}, namespace: api, labels: { tier: ${o.label ?? "front"} } }
spec:
  replicas: ${o.replicas ?? 3}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: ${o.image ?? "example/web:1"}
          resources: { requests: { cpu: ${o.cpu ?? "500m"}, memory: 1Gi }, limits: { memory: 1Gi } }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: api }
spec:
  type: ${o.type ?? "ClusterIP"}
  selector: { app: web }
  ports: [{ port: 80 }]
`;
  const config = configFrom("");
  test.each<{ name: string; head: Record<string, string>; same: boolean; costs?: "equal" }>([
    { name: "an image bump", head: { "a.yaml": app({ image: "example/web:2" }) }, same: true },
    { name: "a label", head: { "a.yaml": app({ label: "back" }) }, same: true },
    { name: "the same objects in a renamed file", head: { "b.yaml": app() }, same: true },
    { name: "replicas", head: { "a.yaml": app({ replicas: 4 }) }, same: false },
    { name: "a CPU request", head: { "a.yaml": app({ cpu: "600m" }) }, same: false },
    // Conservative: a rename costs the same, but names are part of the comparison.
    { name: "a renamed workload", head: { "a.yaml": app({ name: "www" }) }, same: false, costs: "equal" },
    { name: "a Service that becomes a load balancer", head: { "a.yaml": app({ type: "LoadBalancer" }) }, same: false },
  ])("$name: same = $same, and a true answer means equal totals", ({ head, same, costs }) => {
    const r = runCheck(head, { base: { "a.yaml": app() } });
    expect(sameCostInputs(r.run, r.run.base!, config)).toBe(same);
    const totals = (report: CostReport) => report.platforms.map((p) => p.monthly);
    if (same) expect(totals(estimateCost(r.run, config))).toEqual(totals(estimateCost(r.run.base!, config)));
    else if (costs !== "equal") expect(totals(estimateCost(r.run, config))).not.toEqual(totals(estimateCost(r.run.base!, config)));
  });
});
