import fc from "fast-check";
import { eksNodeCapacity, BYTES } from "../../src/cost/capacity.js";
import { chooseCheapest, lowerBound, packFirstFitDecreasing, unpackableItems, type PackItem } from "../../src/cost/pack.js";

const Mi = BYTES.MiB;
const Gi = BYTES.GiB;

describe("packFirstFitDecreasing, hand-checked", () => {
  test("4 × 250m/512Mi on a t3.medium after DaemonSets fits on one node", () => {
    // t3.medium allocatable 1930m / 3246Mi / 17 pods; minus DaemonSets 180m / 250Mi / 3 pods
    // leaves 1750m / 2996Mi / 14. Four pods need 1000m / 2048Mi / 4: one node.
    const cap = eksNodeCapacity({ instanceType: "t3.medium", vcpu: 2, memoryGiB: 4 }).available;
    expect(cap).toEqual({ cpu: 1.75, memory: 2996 * Mi, pods: 14 });
    const r = packFirstFitDecreasing([{ id: "web", cpu: 0.25, memory: 512 * Mi, count: 4 }], cap);
    expect(r.nodeCount).toBe(1);
    expect(r.lowerBound).toBe(1);
    expect(r.nodes[0]!.items).toEqual([{ id: "web", count: 4 }]);
    expect(r.nodes[0]!.used).toEqual({ cpu: 1, memory: 2048 * Mi, pods: 4 });
  });

  test("12 × 250m/512Mi on the same node: memory decides (5 per node) → 3 nodes", () => {
    // floor(2996/512) = 5 per node by memory, floor(1750/250) = 7 by CPU, 14 by pods → ⌈12/5⌉ = 3.
    const cap = { cpu: 1.75, memory: 2996 * Mi, pods: 14 };
    const r = packFirstFitDecreasing([{ id: "web", cpu: 0.25, memory: 512 * Mi, count: 12 }], cap);
    expect(r.nodeCount).toBe(3);
    expect(r.nodes.map((n) => n.items[0]!.count)).toEqual([5, 5, 2]);
    // Σ memory 6144Mi / 2996Mi → 3; Σ CPU 3000m / 1750m → 2; the bound is 3.
    expect(r.lowerBound).toBe(3);
  });

  test("pods can be the binding dimension", () => {
    const r = packFirstFitDecreasing([{ id: "tiny", cpu: 0.01, memory: 10 * Mi, count: 30 }], { cpu: 4, memory: 16 * Gi, pods: 14 });
    expect(r.nodeCount).toBe(3);
    expect(r.lowerBound).toBe(3);
  });

  test("decreasing order: big items first, small ones fill the gaps", () => {
    const cap = { cpu: 2, memory: 4 * Gi, pods: 110 };
    const items: PackItem[] = [
      { id: "small", cpu: 0.5, memory: 1 * Gi, count: 2 },
      { id: "big", cpu: 1.5, memory: 3 * Gi, count: 2 },
    ];
    const r = packFirstFitDecreasing(items, cap);
    // FFD: big, big on two nodes; each small fills one gap → 2 nodes (first fit in input order would too,
    // but the node contents show the decreasing order).
    expect(r.nodeCount).toBe(2);
    expect(r.nodes[0]!.items).toEqual([{ id: "big", count: 1 }, { id: "small", count: 1 }]);
  });

  test("an item bigger than an empty node is unpackable, with the reason, and not in the bound", () => {
    const r = packFirstFitDecreasing([
      { id: "huge", cpu: 8, memory: 1 * Gi, count: 2 },
      { id: "ok", cpu: 1, memory: 1 * Gi, count: 1 },
    ], { cpu: 2, memory: 4 * Gi, pods: 110 });
    expect(r.unpackable).toEqual([{ id: "huge", count: 2, reason: "one replica exceeds an empty node (CPU 8 > 2 cores)" }]);
    expect(r.nodeCount).toBe(1);
    expect(r.lowerBound).toBe(1);
  });

  test("no items, zero replicas: no nodes", () => {
    expect(packFirstFitDecreasing([], { cpu: 2, memory: Gi, pods: 10 }).nodeCount).toBe(0);
    expect(packFirstFitDecreasing([{ id: "off", cpu: 1, memory: Mi, count: 0 }], { cpu: 2, memory: Gi, pods: 10 }).nodeCount).toBe(0);
  });

  test("fractional CPU sums do not spill over by rounding error (10 × 0.1 cores on 1 core)", () => {
    const r = packFirstFitDecreasing([{ id: "a", cpu: 0.1, memory: 0, count: 10 }], { cpu: 1, memory: Gi, pods: 110 });
    expect(r.nodeCount).toBe(1);
  });

  test("bad input is a RangeError naming the item", () => {
    expect(() => packFirstFitDecreasing([{ id: "x", cpu: NaN, memory: 0, count: 1 }], { cpu: 1, memory: 1, pods: 1 })).toThrow(/"x": cpu/);
    expect(() => lowerBound([{ id: "y", cpu: 1, memory: -1, count: 1 }], { cpu: 1, memory: 1, pods: 1 })).toThrow(/"y": memory/);
  });
});

describe("a stronger lower bound (issue 20, case 7)", () => {
  test.each([
    // 15 × 600m on 1-core nodes: Σ = 9 cores → ⌈9⌉ = 9, but no two 600m pods share a node → 15 (what packing needs).
    { name: "more than half a node each (CPU)", item: { id: "a", cpu: 0.6, memory: 1 * Gi, count: 15 }, cap: { cpu: 1, memory: 64 * Gi, pods: 110 }, bound: 15 },
    // Memory: 11 × 5Gi on 8Gi nodes: Σ 55Gi → 7; each needs its own node → 11.
    { name: "more than half a node each (memory)", item: { id: "m", cpu: 0.1, memory: 5 * Gi, count: 11 }, cap: { cpu: 16, memory: 8 * Gi, pods: 110 }, bound: 11 },
    // Exactly half still pairs up: 10 × 500m on 1 core → 5.
    { name: "exactly half pairs up", item: { id: "h", cpu: 0.5, memory: 1 * Gi, count: 10 }, cap: { cpu: 1, memory: 64 * Gi, pods: 110 }, bound: 5 },
  ])("$name: bound $bound, equal to the packing", ({ item, cap, bound }) => {
    expect(lowerBound([item], cap)).toBe(bound);
    expect(packFirstFitDecreasing([item], cap).nodeCount).toBe(bound);
  });
});

describe("chooseCheapest", () => {
  const candidates = [
    { instanceType: "small", capacity: { cpu: 2, memory: 4 * Gi, pods: 20 } },
    { instanceType: "large", capacity: { cpu: 8, memory: 16 * Gi, pods: 60 } },
  ];

  test("picks the cheapest total: 6 × 1 core fits 3 small ($3) or 1 large ($3.5) → small", () => {
    const items = [{ id: "a", cpu: 1, memory: 1 * Gi, count: 6 }];
    const r = chooseCheapest(items, candidates, { small: 1, large: 3.5 });
    expect(r.choice).toMatchObject({ instanceType: "small", nodeCount: 3, total: 3, lowerBound: 3 });
    // large's floor (1 node × $3.5) is above small's packing ($3): it is not packed at all.
    expect(r.candidates).toEqual([
      { instanceType: "small", eligible: true, nodeCount: 3, lowerBound: 3, unitPrice: 1, total: 3 },
      { instanceType: "large", eligible: false, reason: "its lower bound of 1 nodes already costs more than 3 × small" },
    ]);
  });

  test("equal totals: fewer nodes wins", () => {
    const items = [{ id: "a", cpu: 1, memory: 1 * Gi, count: 6 }];
    const r = chooseCheapest(items, candidates, { small: 1, large: 3 });
    expect(r.choice?.instanceType).toBe("large");
  });

  test("an item that fits no candidate is reported separately; one that fits only some makes the others ineligible", () => {
    const items = [
      { id: "monster", cpu: 32, memory: 1 * Gi, count: 1 },
      { id: "wide", cpu: 4, memory: 1 * Gi, count: 1 },
    ];
    const r = chooseCheapest(items, candidates, { small: 1, large: 3 });
    expect(r.unpackable.map((u) => u.id)).toEqual(["monster"]);
    expect(r.unpackable[0]!.reason).toMatch(/every candidate node \(CPU 32 > 8 cores\)/);
    expect(r.candidates[0]).toEqual({ instanceType: "small", eligible: false, reason: "wide: one replica exceeds this node (CPU 4 > 2 cores)" });
    expect(r.choice).toMatchObject({ instanceType: "large", nodeCount: 1 });
  });

  test("pinned types restrict the choice; unknown pinned types are reported", () => {
    const items = [{ id: "a", cpu: 1, memory: 1 * Gi, count: 6 }];
    const r = chooseCheapest(items, candidates, { small: 1, large: 3.5 }, { pinned: ["large", "m9.huge"] });
    expect(r.choice?.instanceType).toBe("large");
    expect(r.candidates.map((c) => c.instanceType)).toEqual(["large"]);
    expect(r.unknownPinned).toEqual(["m9.huge"]);
  });

  test("a candidate without a price is not chosen", () => {
    const r = chooseCheapest([{ id: "a", cpu: 1, memory: Gi, count: 1 }], candidates, { large: 3 });
    expect(r.candidates[0]).toEqual({ instanceType: "small", eligible: false, reason: "no price for this instance type" });
    expect(r.choice?.instanceType).toBe("large");
  });

  test("handles 5,000 workloads with replicas against 30 types and places every replica", () => {
    const items: PackItem[] = [];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      items.push({ id: `w${i}`, cpu: Math.round(rand() * 2000) / 1000 + 0.01, memory: Math.round(rand() * 4096 + 64) * Mi, count: 1 + Math.floor(rand() * 4) });
    }
    const cands = Array.from({ length: 30 }, (_, k) => ({
      instanceType: `t${k}`, capacity: { cpu: 2 + 2 * (k % 8), memory: (4 + 4 * (k % 10)) * Gi, pods: 110 },
    }));
    const prices = Object.fromEntries(cands.map((c) => [c.instanceType, c.capacity.cpu * 0.02 + (c.capacity.memory / Gi) * 0.005]));
    const r = chooseCheapest(items, cands, prices);
    const placed = r.choice!.nodes.reduce((s, n) => s + n.items.reduce((a, b) => a + b.count, 0), 0);
    const unplaced = r.unpackable.reduce((s, u) => s + u.count, 0);
    expect(placed + unplaced).toBe(items.reduce((s, i) => s + i.count, 0));
    expect(r.choice!.nodeCount).toBeGreaterThanOrEqual(r.choice!.lowerBound);
  });
});

describe("packing properties", () => {
  const item = fc.record({
    cpu: fc.integer({ min: 0, max: 4000 }).map((m) => m / 1000),
    memory: fc.integer({ min: 0, max: 8192 }).map((m) => m * Mi),
    count: fc.integer({ min: 0, max: 6 }),
    pods: fc.integer({ min: 0, max: 3 }),
  });
  const items = fc.array(item, { maxLength: 40 }).map((xs) => xs.map((x, i) => ({ id: `i${i}`, ...x })));
  const capacity = fc.record({
    cpu: fc.integer({ min: 500, max: 8000 }).map((m) => m / 1000),
    memory: fc.integer({ min: 512, max: 16384 }).map((m) => m * Mi),
    pods: fc.integer({ min: 1, max: 30 }),
  });

  test("every replica is placed exactly once or reported unpackable; no node exceeds capacity; bound ≤ nodes", () => {
    fc.assert(fc.property(items, capacity, (xs, cap) => {
      const r = packFirstFitDecreasing(xs, cap);
      const placed = new Map<string, number>();
      for (const node of r.nodes) {
        let c = 0, m = 0, p = 0;
        for (const pl of node.items) {
          const it = xs.find((x) => x.id === pl.id)!;
          placed.set(pl.id, (placed.get(pl.id) ?? 0) + pl.count);
          c += Math.round(it.cpu * 1000) * pl.count; m += it.memory * pl.count; p += it.pods * pl.count;
        }
        expect(c).toBeLessThanOrEqual(Math.round(cap.cpu * 1000));
        expect(m).toBeLessThanOrEqual(cap.memory);
        expect(p).toBeLessThanOrEqual(cap.pods);
        expect(node.items.length).toBeGreaterThan(0);
      }
      for (const u of r.unpackable) placed.set(u.id, (placed.get(u.id) ?? 0) + u.count);
      for (const x of xs) expect(placed.get(x.id) ?? 0).toBe(x.count);
      expect(r.lowerBound).toBeLessThanOrEqual(r.nodeCount);
      expect(lowerBound(xs, cap)).toBe(r.lowerBound);
    }), { numRuns: 300 });
  });

  test("chooseCheapest's choice costs no more than any eligible candidate", () => {
    const cands = fc.array(capacity, { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(items, cands, fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 5, maxLength: 5 }), (xs, caps, ps) => {
      const candidates = caps.map((capacity, k) => ({ instanceType: `c${k}`, capacity }));
      const prices = Object.fromEntries(candidates.map((c, k) => [c.instanceType, ps[k]!]));
      const r = chooseCheapest(xs, candidates, prices);
      for (const o of r.candidates) if (o.eligible && r.choice) expect(r.choice.total).toBeLessThanOrEqual(o.total);
    }), { numRuns: 200 });
  });

  test("unpackableItems is chooseCheapest's unpackable list without packing", () => {
    const cands = fc.array(capacity, { minLength: 0, maxLength: 5 });
    fc.assert(fc.property(items, cands, (xs, caps) => {
      const candidates = caps.map((capacity, k) => ({ instanceType: `c${k}`, capacity }));
      const prices = Object.fromEntries(candidates.map((c) => [c.instanceType, 1]));
      expect(unpackableItems(xs, candidates)).toEqual(chooseCheapest(xs, candidates, prices).unpackable);
    }), { numRuns: 300 });
  });

  test.each([
    ["a negative request", { id: "a", cpu: -1, memory: 1, count: 1 }],
    ["a request that is not a number", { id: "a", cpu: Number.NaN, memory: 1, count: 1 }],
    ["a fractional replica count", { id: "a", cpu: 0.1, memory: 1, count: 1.5 }],
  ])("unpackableItems still rejects %s, even where it would fit", (_name, item) => {
    const candidates = [{ instanceType: "big", capacity: { cpu: 64, memory: 2 ** 40, pods: 110 } }];
    expect(() => unpackableItems([item], candidates)).toThrow(RangeError);
  });
});
