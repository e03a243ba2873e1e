/**
 * First-fit-decreasing vector packing over CPU, memory and pod count, the way cluster autoscaler
 * and Karpenter size node groups, plus the lower bound max over dimensions ⌈Σ demand ÷ capacity⌉
 * that any packing is reported beside.
 *
 * Built for 5,000 workloads × 30 instance types: quantities become integers once (millicores,
 * bytes, pods), items are sorted once per node shape, replicas of one workload are placed in
 * runs rather than one by one, and nodes that can take nothing more are skipped for good.
 */

export interface PackItem {
  readonly id: string;
  /** Per replica, in cores. */
  readonly cpu: number;
  /** Per replica, in bytes. */
  readonly memory: number;
  /** Replicas. */
  readonly count: number;
  /** Pod slots per replica; 1 unless the item bundles pods. */
  readonly pods?: number;
}

export interface PackCapacity {
  readonly cpu: number;
  readonly memory: number;
  readonly pods: number;
}

export interface NodePlacement {
  readonly id: string;
  readonly count: number;
}

export interface PackedNode {
  readonly items: readonly NodePlacement[];
  readonly used: PackCapacity;
}

export interface UnpackableItem {
  readonly id: string;
  readonly count: number;
  readonly reason: string;
}

export interface PackResult {
  readonly nodeCount: number;
  readonly lowerBound: number;
  readonly nodes: readonly PackedNode[];
  /** Items whose single replica exceeds an empty node; not placed and not in the lower bound. */
  readonly unpackable: readonly UnpackableItem[];
}

/** Items in integer units, validated once. */
interface Prepared {
  readonly ids: readonly string[];
  readonly cpu: Float64Array; // millicores
  readonly mem: Float64Array; // bytes
  readonly pods: Float64Array;
  readonly count: Float64Array;
}

function prepare(items: readonly PackItem[]): Prepared {
  const n = items.length;
  const p = {
    ids: items.map((i) => i.id),
    cpu: new Float64Array(n), mem: new Float64Array(n), pods: new Float64Array(n), count: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    const pods = it.pods ?? 1;
    for (const [name, v] of [["cpu", it.cpu], ["memory", it.memory], ["count", it.count], ["pods", pods]] as const) {
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`pack item "${it.id}": ${name} must be a finite number >= 0 (got ${v})`);
    }
    if (!Number.isInteger(it.count) || !Number.isInteger(pods)) throw new RangeError(`pack item "${it.id}": count and pods must be whole numbers`);
    p.cpu[i] = Math.round(it.cpu * 1000);
    p.mem[i] = Math.round(it.memory);
    p.pods[i] = pods;
    p.count[i] = it.count;
  }
  return p;
}

interface Cap { readonly c: number; readonly m: number; readonly p: number }
function toCap(c: PackCapacity): Cap {
  if (!(c.cpu >= 0 && c.memory >= 0 && c.pods >= 0 && Number.isFinite(c.cpu + c.memory + c.pods))) {
    for (const name of ["cpu", "memory", "pods"] as const) {
      const v = c[name];
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`node capacity ${name} must be a finite number >= 0 (got ${v})`);
    }
  }
  return { c: Math.round(c.cpu * 1000), m: Math.round(c.memory), p: Math.floor(c.pods) };
}

function fitsEmpty(p: Prepared, i: number, cap: Cap): boolean {
  return p.cpu[i]! <= cap.c && p.mem[i]! <= cap.m && p.pods[i]! <= cap.p;
}

function lowerBoundOf(p: Prepared, cap: Cap, include: (i: number) => boolean): number {
  let c = 0, m = 0, pods = 0;
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i)) continue;
    const k = p.count[i]!;
    c += p.cpu[i]! * k; m += p.mem[i]! * k; pods += p.pods[i]! * k;
  }
  const dim = (sum: number, capacity: number) => (sum === 0 ? 0 : Math.ceil(sum / capacity));
  // Replicas taking more than half a node in one dimension can never share a node in that
  // dimension: each needs its own, whatever the sums say.
  let bigC = 0, bigM = 0;
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i)) continue;
    if (p.cpu[i]! * 2 > cap.c) bigC += p.count[i]!;
    if (p.mem[i]! * 2 > cap.m) bigM += p.count[i]!;
  }
  return Math.max(dim(c, cap.c), dim(m, cap.m), dim(pods, cap.p), bigC, bigM);
}

/** ⌈Σ demand ÷ capacity⌉, the largest over CPU, memory and pods, for the items a node can hold at all. */
export function lowerBound(items: readonly PackItem[], capacity: PackCapacity): number {
  const p = prepare(items);
  const cap = toCap(capacity);
  return lowerBoundOf(p, cap, (i) => p.count[i]! > 0 && fitsEmpty(p, i, cap));
}

/** Placements as flat triples (item, node, replicas) so a packing allocates no object per item. */
interface Packing {
  readonly nodeCount: number;
  readonly placements: readonly number[];
  readonly remC: Float64Array;
  readonly remM: Float64Array;
  readonly remP: Float64Array;
}

function packCore(p: Prepared, cap: Cap, include: (i: number) => boolean): Packing {
  const order: number[] = [];
  const key = new Float64Array(p.ids.length);
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i) || p.count[i]! === 0) continue;
    order.push(i);
    // Size relative to this node shape: the dimension the item fills most decides its rank.
    key[i] = Math.max(cap.c === 0 ? 0 : p.cpu[i]! / cap.c, cap.m === 0 ? 0 : p.mem[i]! / cap.m, cap.p === 0 ? 0 : p.pods[i]! / cap.p);
  }
  // Ties: larger absolute size first (millicores + MiB), then id, so results are reproducible.
  order.sort((a, b) => key[b]! - key[a]! || p.cpu[b]! + p.mem[b]! / 1048576 - (p.cpu[a]! + p.mem[a]! / 1048576) ||
    (p.ids[a]! < p.ids[b]! ? -1 : p.ids[a]! > p.ids[b]! ? 1 : 0));

  // Smallest demand per dimension among the items still to come: a node with less room than
  // that in any dimension is closed for good, and the scan starts after it.
  const n = order.length;
  const minC = new Float64Array(n + 1).fill(Infinity);
  const minM = new Float64Array(n + 1).fill(Infinity);
  const minP = new Float64Array(n + 1).fill(Infinity);
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k]!;
    minC[k] = Math.min(minC[k + 1]!, p.cpu[i]!);
    minM[k] = Math.min(minM[k + 1]!, p.mem[i]!);
    minP[k] = Math.min(minP[k + 1]!, p.pods[i]!);
  }

  let size = 64;
  let remC = new Float64Array(size), remM = new Float64Array(size), remP = new Float64Array(size);
  let nodeCount = 0;
  let firstOpen = 0;
  const placements: number[] = [];
  const room = (rem: number, d: number) => (d === 0 ? Infinity : Math.floor(rem / d));

  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const c = p.cpu[i]!, m = p.mem[i]!, pd = p.pods[i]!;
    let left = p.count[i]!;
    // Identical replicas go in runs: first fit for one replica stays first fit until the node is full.
    let j = firstOpen;
    while (left > 0) {
      for (; j < nodeCount; j++) {
        if (remC[j]! >= c && remM[j]! >= m && remP[j]! >= pd) break;
      }
      if (j === nodeCount) {
        if (nodeCount === size) {
          size *= 2;
          const grow = (a: Float64Array) => { const b = new Float64Array(size); b.set(a); return b; };
          remC = grow(remC); remM = grow(remM); remP = grow(remP);
        }
        remC[j] = cap.c; remM[j] = cap.m; remP[j] = cap.p;
        nodeCount++;
      }
      const take = Math.min(left, room(remC[j]!, c), room(remM[j]!, m), room(remP[j]!, pd));
      remC[j] = remC[j]! - take * c; remM[j] = remM[j]! - take * m; remP[j] = remP[j]! - take * pd;
      placements.push(i, j, take);
      left -= take;
      j++;
    }
    while (firstOpen < nodeCount &&
      (remC[firstOpen]! < minC[k + 1]! || remM[firstOpen]! < minM[k + 1]! || remP[firstOpen]! < minP[k + 1]!)) {
      firstOpen++;
    }
  }
  return { nodeCount, placements, remC, remM, remP };
}

function materialize(p: Prepared, cap: Cap, packing: Packing): PackedNode[] {
  const perNode: NodePlacement[][] = Array.from({ length: packing.nodeCount }, () => []);
  const pl = packing.placements;
  for (let t = 0; t < pl.length; t += 3) perNode[pl[t + 1]!]!.push({ id: p.ids[pl[t]!]!, count: pl[t + 2]! });
  return perNode.map((items, j) => ({
    items,
    used: {
      cpu: (cap.c - packing.remC[j]!) / 1000,
      memory: cap.m - packing.remM[j]!,
      pods: cap.p - packing.remP[j]!,
    },
  }));
}

function describeMiss(p: Prepared, i: number, cap: Cap, what: string): string {
  const over: string[] = [];
  if (p.cpu[i]! > cap.c) over.push(`CPU ${p.cpu[i]! / 1000} > ${cap.c / 1000} cores`);
  if (p.mem[i]! > cap.m) over.push(`memory ${fmtBytes(p.mem[i]!)} > ${fmtBytes(cap.m)}`);
  if (p.pods[i]! > cap.p) over.push(`pods ${p.pods[i]} > ${cap.p}`);
  return `one replica exceeds ${what} (${over.join(", ")})`;
}

function fmtBytes(b: number): string {
  return `${Math.round((b / 1048576) * 10) / 10}Mi`;
}

/** Packs every item onto nodes of one shape, first fit decreasing. */
export function packFirstFitDecreasing(items: readonly PackItem[], capacity: PackCapacity): PackResult {
  const p = prepare(items);
  const cap = toCap(capacity);
  const unpackable: UnpackableItem[] = [];
  for (let i = 0; i < p.ids.length; i++) {
    if (p.count[i]! > 0 && !fitsEmpty(p, i, cap)) {
      unpackable.push({ id: p.ids[i]!, count: p.count[i]!, reason: describeMiss(p, i, cap, "an empty node") });
    }
  }
  const include = (i: number) => fitsEmpty(p, i, cap);
  const packing = packCore(p, cap, include);
  return { nodeCount: packing.nodeCount, lowerBound: lowerBoundOf(p, cap, include), nodes: materialize(p, cap, packing), unpackable };
}

export interface PackCandidate {
  readonly instanceType: string;
  /** What a node of this type offers to the items (after system pods). */
  readonly capacity: PackCapacity;
}

export type CandidateOutcome =
  | { readonly instanceType: string; readonly eligible: true; readonly nodeCount: number; readonly lowerBound: number; readonly unitPrice: number; readonly total: number }
  | { readonly instanceType: string; readonly eligible: false; readonly reason: string };

export interface CheapestChoice {
  readonly instanceType: string;
  readonly unitPrice: number;
  readonly nodeCount: number;
  readonly lowerBound: number;
  readonly total: number;
  readonly nodes: readonly PackedNode[];
}

export interface ChooseResult {
  /** Undefined only when no candidate is eligible. */
  readonly choice: CheapestChoice | undefined;
  /** Every candidate considered, in the order given. */
  readonly candidates: readonly CandidateOutcome[];
  /** Items a single replica of which fits no candidate; left out of every packing. */
  readonly unpackable: readonly UnpackableItem[];
  /** Pinned types that are not among the candidates. */
  readonly unknownPinned: readonly string[];
}

export interface ChooseOptions {
  /** Restrict the choice to these instance types (a pinned node pool). */
  readonly pinned?: readonly string[];
}

/** Which items fit at least one of the node shapes; the others with the reason, against the largest in each dimension. */
function sortOut(p: Prepared, caps: readonly Cap[]): { packable: Uint8Array; unpackable: UnpackableItem[] } {
  const packable = new Uint8Array(p.ids.length);
  const unpackable: UnpackableItem[] = [];
  for (let i = 0; i < p.ids.length; i++) {
    if (p.count[i]! === 0) continue;
    if (caps.some((cap) => fitsEmpty(p, i, cap))) packable[i] = 1;
    else {
      const largest = caps.reduce<Cap>((a, b) => ({ c: Math.max(a.c, b.c), m: Math.max(a.m, b.m), p: Math.max(a.p, b.p) }), { c: 0, m: 0, p: 0 });
      unpackable.push({
        id: p.ids[i]!, count: p.count[i]!,
        reason: caps.length === 0 ? "no candidate instance types" : describeMiss(p, i, largest, "every candidate node"),
      });
    }
  }
  return { packable, unpackable };
}

/**
 * The items a single replica of which fits none of the candidates, without packing anything:
 * exactly {@link chooseCheapest}'s `unpackable` for the same items and candidates.
 */
export function unpackableItems(items: readonly PackItem[], candidates: readonly PackCandidate[]): UnpackableItem[] {
  let caps = capsMemo.get(candidates);
  if (caps === undefined) capsMemo.set(candidates, (caps = candidates.map((c) => toCap(c.capacity))));
  // Nearly every pod fits some candidate: only the others (and anything invalid, which prepare
  // rejects as before) are converted to integer arrays for the reason.
  const doubtful = items.filter((it) => !plainlyFits(it, caps));
  return doubtful.length === 0 ? [] : sortOut(prepare(doubtful), caps).unpackable;
}

/** A valid item, none of it, or one replica of it fitting an empty node of some candidate. */
function plainlyFits(it: PackItem, caps: readonly Cap[]): boolean {
  const pods = it.pods ?? 1;
  if (!(it.cpu >= 0 && it.memory >= 0 && it.count >= 0 && pods >= 0 && Number.isFinite(it.cpu + it.memory))) return false;
  if (!Number.isInteger(it.count) || !Number.isInteger(pods)) return false;
  if (it.count === 0) return true;
  const c = Math.round(it.cpu * 1000);
  const m = Math.round(it.memory);
  for (const cap of caps) if (c <= cap.c && m <= cap.m && pods <= cap.p) return true;
  return false;
}

// The webhook asks about one workload against the same candidate list on every request.
const capsMemo = new WeakMap<readonly PackCandidate[], readonly Cap[]>();

/**
 * Packs the items onto each candidate type and picks the cheapest total (ties: fewer nodes, then
 * name), as Karpenter does for a single-type node pool. `prices` is per node, in any one unit.
 */
export function chooseCheapest(
  items: readonly PackItem[],
  candidates: readonly PackCandidate[],
  prices: Readonly<Record<string, number>>,
  options: ChooseOptions = {},
): ChooseResult {
  const p = prepare(items);
  const known = new Set(candidates.map((c) => c.instanceType));
  const pinned = options.pinned === undefined ? undefined : new Set(options.pinned);
  const unknownPinned = options.pinned?.filter((t) => !known.has(t)) ?? [];
  const pool = candidates.filter((c) => pinned === undefined || pinned.has(c.instanceType));
  const caps = pool.map((c) => toCap(c.capacity));

  const { packable, unpackable } = sortOut(p, caps);
  const include = (i: number) => packable[i] === 1;

  // Branch and bound: every candidate's lower bound × price is a floor under its total, so once a
  // packing is cheaper than a candidate's floor, that candidate cannot win and is not packed.
  const outcomes: (CandidateOutcome | undefined)[] = new Array(pool.length);
  const bounded: { ci: number; lb: number; unitPrice: number }[] = [];
  for (let ci = 0; ci < pool.length; ci++) {
    const cand = pool[ci]!;
    const cap = caps[ci]!;
    const unitPrice = prices[cand.instanceType];
    if (unitPrice === undefined || !Number.isFinite(unitPrice)) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: "no price for this instance type" };
      continue;
    }
    let misfit = -1;
    for (let i = 0; i < p.ids.length && misfit < 0; i++) if (packable[i] === 1 && !fitsEmpty(p, i, cap)) misfit = i;
    if (misfit >= 0) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: `${p.ids[misfit]}: ${describeMiss(p, misfit, cap, "this node")}` };
      continue;
    }
    bounded.push({ ci, lb: lowerBoundOf(p, cap, include), unitPrice });
  }
  bounded.sort((a, b) => a.lb * a.unitPrice - b.lb * b.unitPrice || a.ci - b.ci);
  let best: { index: number; packing: Packing; outcome: Extract<CandidateOutcome, { eligible: true }> } | undefined;
  for (const { ci, lb, unitPrice } of bounded) {
    const cand = pool[ci]!;
    const b = best?.outcome;
    if (b !== undefined && lb * unitPrice > b.total) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: `its lower bound of ${lb} nodes already costs more than ${b.nodeCount} × ${b.instanceType}` };
      continue;
    }
    const packing = packCore(p, caps[ci]!, include);
    const outcome = {
      instanceType: cand.instanceType, eligible: true as const, nodeCount: packing.nodeCount,
      lowerBound: lb, unitPrice, total: packing.nodeCount * unitPrice,
    };
    outcomes[ci] = outcome;
    if (b === undefined || outcome.total < b.total ||
      (outcome.total === b.total && (outcome.nodeCount < b.nodeCount ||
        (outcome.nodeCount === b.nodeCount && outcome.instanceType < b.instanceType)))) {
      best = { index: ci, packing, outcome };
    }
  }
  const choice = best === undefined ? undefined : {
    instanceType: best.outcome.instanceType,
    unitPrice: best.outcome.unitPrice,
    nodeCount: best.outcome.nodeCount,
    lowerBound: best.outcome.lowerBound,
    total: best.outcome.total,
    nodes: materialize(p, caps[best.index]!, best.packing),
  };
  return { choice, candidates: outcomes as CandidateOutcome[], unpackable, unknownPinned };
}
