// Packing 5,000 workloads onto every general-purpose instance type of the snapshot (68 since issue 20
// added t3a, t4g, m6a, m6g and c6g) and choosing the cheapest (the cost family's hot loop): time, and
// how far the chosen packing is from the lower bound.
import { eksNodeCapacity } from "../src/cost/capacity.js";
import { chooseCheapest, type PackCandidate, type PackItem } from "../src/cost/pack.js";
import { EMBEDDED_SNAPSHOT } from "../src/cost/prices/snapshot.js";
import { emit, gc, log, options, type Options } from "./lib/child.js";
import { median, round } from "./lib/stats.js";
import { rng } from "./corpus.js";

export interface CostResult {
  readonly workloads: number;
  readonly replicas: number;
  readonly instanceTypes: number;
  readonly runs: number;
  readonly ms: number[];
  readonly medianMs: number;
  readonly chosen: string;
  readonly nodeCount: number;
  readonly lowerBound: number;
  /** nodeCount ÷ lowerBound of the chosen type: 1 is optimal. */
  readonly ratio: number;
}

const MiB = 1024 * 1024;
const o = options<Options & { workloads: number; runs: number }>();
const r = rng(5);
// Pod sizes as teams write them: mostly small, a tail of large memory-heavy ones.
const CPU = [0.05, 0.1, 0.1, 0.25, 0.25, 0.5, 0.5, 1, 2, 3];
const MEM = [64, 128, 128, 256, 256, 512, 512, 1024, 2048, 4096, 8192];
const items: PackItem[] = Array.from({ length: o.workloads }, (_, i) => ({
  id: `team-${i % 40}/app-${i}`,
  cpu: CPU[Math.floor(r() * CPU.length)]!,
  memory: MEM[Math.floor(r() * MEM.length)]! * MiB,
  count: 1 + Math.floor(r() * 4),
}));
const ec2 = EMBEDDED_SNAPSHOT.aws?.regions?.["us-east-1"]?.ec2 ?? {};
// GPU types hold only GPU pods (a pool of their own): the CPU/memory pool is every other type.
const machines = Object.values(ec2).filter((m) => (m.gpus ?? 0) === 0).sort((a, b) => a.instanceType.localeCompare(b.instanceType));
if (machines.length < 60) throw new Error(`the snapshot has ${machines.length} us-east-1 non-GPU instance types, 60 expected`);
const candidates: PackCandidate[] = machines.map((m) => ({ instanceType: m.instanceType, capacity: eksNodeCapacity(m).available }));
const prices = Object.fromEntries(machines.map((m) => [m.instanceType, m.hourlyUsd]));

chooseCheapest(items.slice(0, 200), candidates, prices); // warm the JIT
const ms: number[] = [];
let last: ReturnType<typeof chooseCheapest> | undefined;
for (let i = 0; i < o.runs; i++) {
  gc();
  const t = performance.now();
  last = chooseCheapest(items, candidates, prices);
  ms.push(performance.now() - t);
}
const choice = last?.choice;
if (!choice) throw new Error("no instance type was eligible");
const result: CostResult = {
  workloads: items.length,
  replicas: items.reduce((a, i) => a + i.count, 0),
  instanceTypes: candidates.length,
  runs: o.runs,
  ms: ms.map((x) => round(x, 1)),
  medianMs: round(median(ms), 1),
  chosen: choice.instanceType,
  nodeCount: choice.nodeCount,
  lowerBound: choice.lowerBound,
  ratio: round(choice.nodeCount / choice.lowerBound, 3),
};
log(`cost: ${result.workloads} workloads × ${result.instanceTypes} types in ${result.medianMs} ms; ${choice.instanceType} ${choice.nodeCount} nodes (bound ${choice.lowerBound})`);
emit(result);
