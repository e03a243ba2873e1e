/**
 * The monthly estimate per platform: demand packed onto priced nodes (cheapest instance type, or
 * the pinned pool), plus control plane, load balancers, volumes, NAT and public IPv4; node cost
 * allocated to workloads, namespaces and teams by requests with OpenCost's CPU/RAM split.
 */
import { runCostInputs } from "./run-inputs.js";
import type { Config } from "../core/config.js";
import type { Run } from "../model/run.js";
import type { NodeResources } from "./capacity.js";
import { computeDemand, describeWorkload, type WorkloadDemand } from "./demand.js";
import { unpackableItems, type PackCandidate } from "./pack.js";
import { PLATFORMS } from "./platforms/index.js";
import { daemonSetLoad, largestOf, minus, packItems, unpackableOf, type NodeType, type PlatformWork } from "./platforms/platform.js";
import { EMBEDDED_SNAPSHOT } from "./prices/snapshot.js";
import type { PriceSnapshot } from "./prices/types.js";
import {
  round2, type BatchCost, type CostReport, type IdleSlotCost, type NamespaceCost, type PerPlatform,
  type PlatformName, type TeamCost, type UnpackableWorkload, type WorkloadCost,
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
  const demand = computeDemand(run, cost);
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
    monthly: workloadMonthly(d),
    ...fileLine(d),
  }));

  const nsTotals = new Map<string, Map<PlatformName, number>>();
  const addNs = (ns: string, p: PlatformName, v: number) => {
    const m = nsTotals.get(ns) ?? new Map<PlatformName, number>();
    m.set(p, (m.get(p) ?? 0) + v);
    nsTotals.set(ns, m);
  };
  for (const [p, w] of works) {
    for (const d of [...demand.workloads, ...demand.daemonSets]) {
      addNs(key(d.namespace), p, (w.byWorkload.get(d.key) ?? 0) + (w.storageByWorkload.get(d.key) ?? 0));
    }
    for (const [ns, v] of w.extraByNamespace) addNs(ns, p, v);
  }
  const namespaces: NamespaceCost[] = [...nsTotals].sort(([a], [b]) => a.localeCompare(b)).map(([ns, m]) => {
    const team = ns === "" ? undefined : options.teamOfNamespace?.(ns);
    return {
      namespace: ns === "" ? null : ns,
      ...(team !== undefined ? { team } : {}),
      monthly: Object.fromEntries([...m].map(([p, v]) => [p, round2(v)])) as PerPlatform,
    };
  });
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
    hourly: perPlatform((w) => d.replicas * (d.cpu * w.rates.cpuHour + d.memory * w.rates.byteHour)),
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
    ...(teams ? { teams } : {}),
    batch,
    idleSlots,
    assumptions: [
      "Monthly = hourly × 730. List prices, excluding taxes, on-demand.",
      "A workload's cost is its share of the nodes it is packed on, by requests: each node's price is split into CPU and RAM in the ratio of OpenCost's default prices ($0.031611/vCPU-hour, $0.004237/GB-hour); what no workload requests is shown as system (reservations, platform pods) and idle.",
      ...demand.assumptions,
    ],
  };
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
    const demand = computeDemand(run, cost);
    const ds = daemonSetLoad(demand.daemonSets);
    const items = packItems(demand, false, []);
    fit = (given.platforms ?? cost.platforms).map((platform) => {
      const types = PLATFORMS[platform].candidates(cost, prices, given.region ?? cost.region);
      return { platform, unpackable: unpackableOf(unpackableItems(items, candidatesAfter(types, ds)), demand, largestOf(types)) };
    });
    memo.set(k, fit);
  }
  return fit;
}

/** What each type offers after the DaemonSets' load; the same few loads recur (none, at admission). */
const candidateMemo = new WeakMap<readonly NodeType[], Map<string, PackCandidate[]>>();
function candidatesAfter(types: readonly NodeType[], ds: NodeResources): PackCandidate[] {
  let byLoad = candidateMemo.get(types);
  if (byLoad === undefined) candidateMemo.set(types, (byLoad = new Map()));
  const k = `${ds.cpu}/${ds.memory}/${ds.pods}`;
  let c = byLoad.get(k);
  if (c === undefined) {
    c = types.map((t) => ({ instanceType: t.instanceType, capacity: minus(t.available, ds) }));
    if (byLoad.size >= 16) byLoad.delete(byLoad.keys().next().value!);
    byLoad.set(k, c);
  }
  return c;
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
    const d = computeDemand(run, resolveCostConfig(config.cost));
    const sig = (w: WorkloadDemand) => [w.kind, w.namespace ?? null, w.name, w.cpu, w.memory, w.replicas, w.replicasMax ?? null, w.storage];
    // Packing breaks ties by item id (the object key, which names the file): keep that order, with
    // the system pod's fixed id among them, but compare names rather than keys.
    const items = [...d.workloads.map((w) => ({ id: w.key, sig: sig(w) })), { id: "(system) coredns", sig: ["coredns"] }]
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .map((x) => x.sig);
    return JSON.stringify([
      items,
      d.daemonSets.map(sig),
      d.claims.map((c) => [c.namespace ?? null, c.bytes]),
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
