/**
 * The monthly estimate per platform: demand packed onto priced nodes (cheapest instance type, or
 * the pinned pool), plus control plane, load balancers, volumes, NAT and public IPv4; node cost
 * allocated to workloads, namespaces and teams by requests with OpenCost's CPU/RAM split.
 */
import { runCostInputs } from "./run-inputs.js";
import type { Config } from "../core/config.js";
import type { CostConfig } from "../core/config/cost.js";
import type { Run } from "../model/run.js";
import { computeDemand, describeWorkload, type Demand, type WorkloadDemand } from "./demand.js";
import { PLATFORMS } from "./platforms/index.js";
import { cents, type PlatformWork } from "./platforms/platform.js";
import { EMBEDDED_SNAPSHOT } from "./prices/snapshot.js";
import type { PriceSnapshot } from "./prices/types.js";
import {
  round2, type BatchCost, type CostReport, type IdleSlotCost, type NamespaceCost, type PerPlatform,
  type PlatformName, type SharedCost, type TeamCost, type UnpricedItem, type UnpackableWorkload, type WorkloadCost,
} from "./report.js";
import { resolveCostConfig } from "./settings.js";
import { CostUnavailable } from "./unavailable.js";

export { CostUnavailable };

export interface EstimateOptions {
  /** Defaults to the embedded snapshot. */
  readonly prices?: PriceSnapshot;
  /** Overrides cost.platforms. */
  readonly platforms?: readonly PlatformName[];
  /** Overrides cost.region. */
  readonly region?: string;
  /** Team owning a namespace (the namespaces family's ownership). */
  readonly teamOfNamespace?: (ns: string) => string | undefined;
  /** Blue-green idle slots to price as their own line; workloadKey is the workload's K8sObject.key. */
  readonly idleSlots?: readonly { readonly workloadKey: string; readonly description: string }[];
}

/** The demand of a run under one cost config, computed once: the estimate, the fit and the unpriced check share it. */
function demandOf(run: Run, cost: CostConfig): Demand {
  return run.memo(`cost:demand:${idOf(cost)}`, () => computeDemand(run, cost));
}

const milli = (cores: number) => Math.round(cores * 1000) / 1000;
const key = (ns: string | undefined) => ns ?? "";

function fileLine(d: WorkloadDemand): { file?: string; line?: number } {
  const o = d.workload.object;
  const pos = o.source.locate(o.basePointer);
  return { ...(o.source.file !== undefined ? { file: o.source.file } : {}), ...(pos ? { line: pos.line } : {}) };
}

function snapshotSource(prices: PriceSnapshot): string {
  const sources = new Set<string>(["AWS and Hetzner list prices"]);
  if (prices !== EMBEDDED_SNAPSHOT) sources.add("a --prices snapshot file merged over the embedded snapshot");
  else sources.add("tollgate's embedded snapshot (every price's own source is in docs/cost.md)");
  return [...sources].join("; ");
}

function buildReport(run: Run, config: Config, options: EstimateOptions): CostReport {
  const cost = resolveCostConfig(config.cost);
  const prices = options.prices ?? EMBEDDED_SNAPSHOT;
  const platforms = options.platforms ?? cost.platforms;
  const region = options.region ?? cost.region;
  const demand = demandOf(run, cost);
  const works = new Map<PlatformName, PlatformWork>();
  for (const p of platforms) works.set(p, PLATFORMS[p].estimate({ demand, cost, prices, region }));

  const perPlatform = (f: (w: PlatformWork) => number): PerPlatform =>
    Object.fromEntries([...works].map(([p, w]) => [p, round2(f(w))])) as PerPlatform;
  const workloadMonthly = (d: WorkloadDemand) =>
    perPlatform((w) => (w.byWorkload.get(d.key) ?? 0) + (w.storageByWorkload.get(d.key) ?? 0));

  const workloads: WorkloadCost[] = [...demand.workloads, ...demand.daemonSets].map((d) => ({
    kind: d.kind, namespace: d.namespace ?? null, name: d.name,
    replicas: d.kind === "DaemonSet" ? null : d.replicas,
    ...(d.replicasMax !== undefined ? { replicasMax: d.replicasMax } : {}),
    cpu: milli(d.kind === "DaemonSet" ? d.cpu : d.cpu * d.replicas),
    memory: Math.round(d.kind === "DaemonSet" ? d.memory : d.memory * d.replicas),
    storage: d.storage * d.replicas,
    ...(d.gpu > 0 ? { gpu: d.gpu * d.replicas } : {}),
    monthly: workloadMonthly(d),
    storageMonthly: perPlatform((w) => w.storageByWorkload.get(d.key) ?? 0),
    ...fileLine(d),
  }));

  const { namespaces, shared } = namespaceRows(demand, works, cost.allocation.shared, options.teamOfNamespace);
  let teams: TeamCost[] | undefined;
  if (options.teamOfNamespace) {
    const byTeam = new Map<string, { namespaces: string[]; monthly: Map<PlatformName, number> }>();
    for (const n of namespaces) {
      if (n.team === undefined || n.namespace === null) continue;
      const t = byTeam.get(n.team) ?? { namespaces: [] as string[], monthly: new Map<PlatformName, number>() };
      t.namespaces.push(n.namespace);
      for (const [p, v] of Object.entries(n.monthly) as [PlatformName, number][]) t.monthly.set(p, (t.monthly.get(p) ?? 0) + v);
      byTeam.set(n.team, t);
    }
    teams = [...byTeam].sort(([a], [b]) => a.localeCompare(b)).map(([team, t]) => ({
      team, namespaces: t.namespaces, monthly: Object.fromEntries([...t.monthly].map(([p, v]) => [p, round2(v)])) as PerPlatform,
    }));
  }

  const batch: BatchCost[] = demand.batch.map((d) => ({
    kind: d.kind, namespace: d.namespace ?? null, name: d.name, pods: d.replicas,
    cpu: milli(d.cpu * d.replicas), memory: Math.round(d.memory * d.replicas),
    hourly: perPlatform((w) => w.batch.get(d.key)?.hourly ?? 0),
    nodes: Object.fromEntries([...works].map(([p, w]) => [p, w.batch.get(d.key)?.nodes ?? "does not fit"])),
  }));

  const all = new Map([...demand.workloads, ...demand.daemonSets].map((d) => [d.key, d]));
  const idleSlots: IdleSlotCost[] = (options.idleSlots ?? []).flatMap((s) => {
    const d = all.get(s.workloadKey);
    return d ? [{ kind: d.kind, namespace: d.namespace ?? null, name: d.name, description: s.description, monthly: workloadMonthly(d) }] : [];
  });

  const platformAssumptions = [...works.values()].map((w) => w.cost);
  const rate = prices.exchangeRates.EURUSD;
  return {
    hoursPerMonth: 730,
    currency: "USD",
    prices: {
      snapshotDate: prices.snapshotDate,
      source: snapshotSource(prices),
      exchangeRate: { EURUSD: rate.rate, asOf: rate.asOf, source: rate.source },
    },
    platforms: platformAssumptions.map((p) => ({ ...p, assumptions: [...demand.assumptions, ...p.assumptions] })),
    workloads,
    namespaces,
    shared,
    loadBalancerServices: demand.loadBalancers.map((l) => ({ namespace: l.namespace ?? null, name: l.name })),
    ...(teams ? { teams } : {}),
    batch,
    idleSlots,
    assumptions: [
      "Monthly = hourly × 730. List prices, excluding taxes, on-demand.",
      "A workload's cost is its share of its node pool by requests: the pool's price is split into CPU and RAM in the ratio of OpenCost's default prices ($0.031611/vCPU-hour, $0.004237/GB-hour) and every core and byte costs the same on every node of the pool, so identical workloads cost the same wherever they land; GPU nodes are split by GPUs. What no workload requests is shown as system (reservations, platform pods) and idle.",
      cost.allocation.shared === "proportional"
        ? "Control plane, system, idle, NAT, node IPv4 and CPU credits are spread over the namespaces in proportion to their own cost (cost.allocation.shared: proportional), so namespace totals add up to the bill."
        : "Namespace and team totals cover their workloads, volumes and load balancers only; control plane, system, idle, NAT, node IPv4 and CPU credits are shared rows (cost.allocation.shared: proportional spreads them).",
      ...prices.notes.map((n) => `Price snapshot note: ${n}`),
      ...demand.assumptions,
    ],
  };
}

/** Cents of what each namespace asked for directly, per platform; with the shared rows they add up to the total. */
function namespaceRows(
  demand: Demand, works: ReadonlyMap<PlatformName, PlatformWork>, mode: "proportional" | "none", teamOf: EstimateOptions["teamOfNamespace"],
): { namespaces: NamespaceCost[]; shared: SharedCost[] } {
  const nsCents = new Map<string, Map<PlatformName, number>>();
  const add = (ns: string, p: PlatformName, c: number) => {
    const m = nsCents.get(ns) ?? new Map<PlatformName, number>();
    m.set(p, (m.get(p) ?? 0) + c);
    nsCents.set(ns, m);
  };
  const sharedRows = new Map<string, Map<PlatformName, number>>();
  const addShared = (name: string, p: PlatformName, c: number) => {
    if (c === 0) return;
    const m = sharedRows.get(name) ?? new Map<PlatformName, number>();
    m.set(p, (m.get(p) ?? 0) + c);
    sharedRows.set(name, m);
  };
  for (const [p, w] of works) {
    for (const d of [...demand.workloads, ...demand.daemonSets]) {
      add(key(d.namespace), p, cents(w.byWorkload.get(d.key) ?? 0) + cents(w.storageByWorkload.get(d.key) ?? 0));
    }
    for (const [ns, v] of w.extraByNamespace) add(ns, p, cents(v));
    const c = w.cost;
    let direct = 0;
    for (const m of nsCents.values()) direct += m.get(p) ?? 0;
    addShared("control plane", p, cents(c.controlPlane));
    addShared("system (reservations, platform pods)", p, cents(c.allocation.system));
    addShared("idle (node capacity nobody requested)", p, cents(c.allocation.idle));
    addShared("NAT gateways", p, cents(c.nat.monthly));
    addShared("CPU credits", p, cents(c.cpuCredits.monthly));
    let named = 0;
    for (const m of sharedRows.values()) named += m.get(p) ?? 0;
    addShared("public IPv4 (nodes, NAT gateways)", p, cents(c.monthly) - direct - named);
  }
  const keys = [...nsCents.keys()].sort((a, b) => a.localeCompare(b));
  if (mode === "proportional") {
    for (const p of works.keys()) {
      let pool = 0;
      for (const m of sharedRows.values()) pool += m.get(p) ?? 0;
      const base = keys.map((k) => nsCents.get(k)!.get(p) ?? 0);
      const sum = base.reduce((a, b) => a + b, 0);
      if (sum <= 0 || pool === 0) continue;
      // Largest remainder, so the shares add up to the pool to the cent.
      const exact = base.map((b) => (b * pool) / sum);
      const floors = exact.map(Math.floor);
      let left = pool - floors.reduce((a, b) => a + b, 0);
      const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
      for (const [, i] of order) { if (left <= 0) break; floors[i]!++; left--; }
      keys.forEach((k, i) => nsCents.get(k)!.set(p, (nsCents.get(k)!.get(p) ?? 0) + floors[i]!));
      for (const m of sharedRows.values()) m.delete(p);
    }
  }
  const toPer = (m: Map<PlatformName, number>) => Object.fromEntries([...m].map(([p, c]) => [p, c / 100])) as PerPlatform;
  const namespaces = keys.map((ns) => {
    const team = ns === "" ? undefined : teamOf?.(ns);
    return { namespace: ns === "" ? null : ns, ...(team !== undefined ? { team } : {}), monthly: toPer(nsCents.get(ns)!) };
  });
  const shared = [...sharedRows].filter(([, m]) => m.size > 0).map(([name, m]) => ({ name, monthly: toPer(m) }));
  return { namespaces, shared };
}

const memoKeys = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object | undefined): number {
  if (o === undefined) return 0;
  let id = memoKeys.get(o);
  if (id === undefined) memoKeys.set(o, (id = nextId++));
  return id;
}

// The idle-slot list grows with the repository and cost rules ask for the estimate once per
// workload: each list is serialised once per run and keyed by a small number for its content,
// not serialised into the key on every call (that made a check quadratic).
function slotsKey(run: Run, slots: EstimateOptions["idleSlots"]): number {
  if (slots === undefined) return 0;
  const ids = run.memo("cost:idle-slot-ids", () => ({ byList: new WeakMap<object, number>(), byContent: new Map<string, number>() }));
  let id = ids.byList.get(slots);
  if (id === undefined) {
    const content = JSON.stringify(slots);
    id = ids.byContent.get(content);
    if (id === undefined) ids.byContent.set(content, (id = ids.byContent.size + 1));
    ids.byList.set(slots, id);
  }
  return id;
}

/**
 * The cost report for a run, memoised on the run so the cost rules and the doors share one
 * computation. Throws {@link CostUnavailable} when the prices do not cover what is asked.
 */
export function estimateCost(run: Run, config: Config, given: EstimateOptions = {}): CostReport {
  const options: EstimateOptions = { ...runCostInputs(run, config), ...given };
  const memo = run.memo("cost:estimate", () => new Map<string, CostReport>());
  const k = JSON.stringify([
    idOf(config), idOf(options.prices), options.platforms ?? null, options.region ?? null,
    idOf(options.teamOfNamespace), slotsKey(run, options.idleSlots),
  ]);
  let report = memo.get(k);
  if (report === undefined) {
    report = buildReport(run, config, options);
    memo.set(k, report);
  }
  return report;
}

export interface PlatformFit {
  readonly platform: PlatformName;
  readonly unpackable: readonly UnpackableWorkload[];
}

/**
 * The always-on workloads one replica of which fits no candidate node of a platform (after
 * reservations and the run's DaemonSets), without packing or pricing anything: what
 * cost/unpackable needs, cheap enough for every admission request. On EKS the candidates and the
 * reasons are the estimate's own; on k3s a pod that fits the server type is not reported, since
 * the servers are schedulable. Memoised on the run. Throws {@link CostUnavailable} like the estimate.
 */
export function unpackablePods(run: Run, config: Config, given: Pick<EstimateOptions, "prices" | "platforms" | "region"> = {}): readonly PlatformFit[] {
  const memo = run.memo("cost:fit", () => new Map<string, readonly PlatformFit[]>());
  const k = `${idOf(config)}/${idOf(given.prices)}/${given.platforms?.join(",") ?? "-"}/${given.region ?? "-"}`;
  let fit = memo.get(k);
  if (fit === undefined) {
    const cost = resolveCostConfig(config.cost);
    const prices = given.prices ?? EMBEDDED_SNAPSHOT;
    const demand = demandOf(run, cost);
    const region = given.region ?? cost.region;
    fit = (given.platforms ?? cost.platforms).map((platform) => ({ platform, unpackable: PLATFORMS[platform].unpackable({ demand, cost, prices, region }) }));
    memo.set(k, fit);
  }
  return fit;
}

export interface PlatformUnpriced {
  readonly platform: PlatformName;
  readonly unpriced: readonly UnpricedItem[];
}

/** What the estimate leaves unpriced per platform, without packing: what cost/unpriced needs. Memoised on the run. */
export function unpricedItems(run: Run, config: Config): readonly PlatformUnpriced[] {
  return run.memo(`cost:unpriced:${idOf(config)}`, () => {
    const cost = resolveCostConfig(config.cost);
    const demand = demandOf(run, cost);
    return cost.platforms.map((platform) => ({
      platform, unpriced: PLATFORMS[platform].unpriced({ demand, cost, prices: EMBEDDED_SNAPSHOT, region: cost.region }),
    }));
  });
}

/**
 * True when two runs ask for exactly the same monthly totals on every platform: the same always-on
 * workloads (kind, namespace, name, per-pod requests, replicas, HPA range, storage) in the same
 * packing order, the same DaemonSets, claims and load balancers. Then a base-versus-head delta is 0
 * without estimating either side — an UPDATE at admission that changes an image, a label or an
 * annotation costs no packing. Batch work, teams and idle slots do not move the totals.
 */
export function sameCostInputs(a: Run, b: Run, config: Config): boolean {
  return costSignature(a, config) === costSignature(b, config);
}

function costSignature(run: Run, config: Config): string {
  return run.memo(`cost:signature:${idOf(config)}`, () => {
    const d = demandOf(run, resolveCostConfig(config.cost));
    const sig = (w: WorkloadDemand) => [w.kind, w.namespace ?? null, w.name, w.cpu, w.memory, w.replicas, w.replicasMax ?? null, w.gpu,
      w.volumes.map((v) => [v.bytes, v.storageClass ?? null])];
    // Packing breaks ties by item id (the object key, which names the file): keep that order, with
    // the system pod's fixed id among them, but compare names rather than keys.
    const items = [...d.workloads.map((w) => ({ id: w.key, sig: sig(w) })), { id: "(system) coredns", sig: ["coredns"] }]
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .map((x) => x.sig);
    return JSON.stringify([
      items,
      d.daemonSets.map(sig),
      d.claims.map((c) => [c.namespace ?? null, c.bytes, c.storageClass ?? null]),
      d.loadBalancers.map((l) => l.namespace ?? null),
    ]);
  });
}

/** The platforms a config asks for. */
export function configuredPlatforms(config: Config): readonly PlatformName[] {
  return resolveCostConfig(config.cost).platforms;
}

export { describeWorkload };

/** For rules: the estimate, or undefined when the prices cannot cover the config (the doors report that). */
export function estimateIfAvailable<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CostUnavailable) return undefined;
    throw e;
  }
}

export const PLATFORM_LABEL: Readonly<Record<PlatformName, string>> = { eks: PLATFORMS.eks.label, k3s: PLATFORMS.k3s.label };

/** "$1,234.50" */
export function usd(n: number): string {
  const sign = n < 0 ? "-" : "";
  return `${sign}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
