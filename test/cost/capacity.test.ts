import {
  BYTES, eksKubeReservedMillicores, eksMaxPods, eksNodeCapacity, k3sNodeCapacity,
} from "../../src/cost/capacity.js";
import { EMBEDDED_SNAPSHOT } from "../../src/cost/prices/snapshot.js";

const Mi = BYTES.MiB;

describe("EKS allocatable reproduces the figures EKS nodes report (FACTS.md)", () => {
  // The 7.5 % VM overhead (Karpenter's default) is what makes listed GiB come out at these numbers:
  // t3.medium 4096Mi − ceil(307.2) = 3788Mi; − (11×17+255) − 100 = 3246Mi.
  test.each([
    ["t3.medium", 2, 4, 1.93, 3246, 17],
    ["m5.large", 2, 8, 1.93, 6903, 29],
    ["t3.xlarge", 4, 16, 3.92, 14162, 58],
  ])("%s → %scores/%sGiB gives cpu %s, %sMi, %s pods", (instanceType, vcpu, memoryGiB, cpu, memMi, pods) => {
    const cap = eksNodeCapacity({ instanceType, vcpu, memoryGiB });
    expect(cap.allocatable.cpu).toBeCloseTo(cpu, 10);
    expect(cap.allocatable.memory).toBe(memMi * Mi);
    expect(cap.allocatable.pods).toBe(pods);
  });

  test("counting listed GiB in full (no VM overhead) does not reproduce them", () => {
    const cap = eksNodeCapacity({ instanceType: "t3.medium", vcpu: 2, memoryGiB: 4 }, { vmMemoryOverhead: 0 });
    expect(cap.allocatable.memory).toBe((4096 - 442 - 100) * Mi);
    expect(cap.allocatable.memory).not.toBe(3246 * Mi);
  });

  test("available subtracts the DaemonSet overhead, and it can be overridden", () => {
    const def = eksNodeCapacity({ instanceType: "m5.large", vcpu: 2, memoryGiB: 8 });
    expect(def.available).toEqual({ cpu: 1.75, memory: (6903 - 250) * Mi, pods: 26 });
    const custom = eksNodeCapacity({ instanceType: "m5.large", vcpu: 2, memoryGiB: 8 },
      { daemonSetOverhead: { cpu: 0.5, memory: 1000 * Mi, pods: 5 } });
    expect(custom.available).toEqual({ cpu: 1.43, memory: 5903 * Mi, pods: 24 });
  });

  test("every assumption is a sentence naming the instance type", () => {
    const cap = eksNodeCapacity({ instanceType: "m5.large", vcpu: 2, memoryGiB: 8 });
    expect(cap.assumptions.length).toBeGreaterThanOrEqual(4);
    for (const a of cap.assumptions) expect(a).toMatch(/^EKS m5\.large: .+\.$/);
    expect(cap.assumptions.join(" ")).toMatch(/7\.5 %/);
    expect(cap.assumptions.join(" ")).toMatch(/180m CPU and 250 Mi/);
  });
});

describe("EKS formulas", () => {
  test.each([
    ["t3.medium", 17], ["t3.large", 35], ["t3.xlarge", 58], ["t3.2xlarge", 58],
    ["m5.large", 29], ["m6i.large", 29], ["c6i.large", 29], ["r6i.large", 29], ["m7g.large", 29],
    ["m7i.xlarge", 58], ["c7g.2xlarge", 58], ["r7i.4xlarge", 234],
  ])("max pods %s = %s", (t, n) => {
    expect(eksMaxPods(t)).toEqual({ maxPods: n, known: true });
  });

  test("unknown types fall back to 110 and say so", () => {
    expect(eksMaxPods("x9z.large")).toEqual({ maxPods: 110, known: false });
    const cap = eksNodeCapacity({ instanceType: "x9z.large", vcpu: 2, memoryGiB: 8 });
    expect(cap.allocatable.pods).toBe(110);
    expect(cap.assumptions[0]).toMatch(/not in the ENI table/);
  });

  test("every EC2 type in the embedded snapshot has an ENI entry", () => {
    for (const region of Object.values(EMBEDDED_SNAPSHOT.aws.regions ?? {})) {
      for (const t of Object.keys(region.ec2)) expect([t, eksMaxPods(t).known]).toEqual([t, true]);
    }
  });

  test.each([[1, 60], [2, 70], [3, 75], [4, 80], [8, 90], [16, 110], [64, 230]])(
    "kube-reserved CPU for %s cores is %sm", (cores, m) => {
      expect(eksKubeReservedMillicores(cores)).toBe(m);
    });
});

describe("k3s", () => {
  const cx23 = { instanceType: "CX23", vcpu: 2, memoryGiB: 4 };

  test("agent: whole machine allocatable, 110 pods, the agent's ~275 MB taken from what is available", () => {
    const cap = k3sNodeCapacity(cx23, "agent");
    expect(cap.allocatable).toEqual({ cpu: 2, memory: 3788 * Mi, pods: 110 });
    expect(cap.available).toEqual({ cpu: 2, memory: 3788 * Mi - 275e6, pods: 110 });
  });

  test("server: the control plane's ~1.6 GB and 100m are subtracted", () => {
    const cap = k3sNodeCapacity(cx23, "server");
    expect(cap.available).toEqual({ cpu: 1.9, memory: 3788 * Mi - 1.6e9, pods: 110 });
    expect(cap.assumptions.join(" ")).toMatch(/1\.6 GB RAM and 100m CPU/);
  });

  test("a machine smaller than the footprint has nothing left, never a negative amount", () => {
    const tiny = k3sNodeCapacity({ instanceType: "tiny", vcpu: 1, memoryGiB: 1 }, "server");
    expect(tiny.available.memory).toBe(0);
  });
});
