/**
 * Managed EKS: the control plane fee; a general node pool of the cheapest instance type that packs
 * the CPU/memory pods (amd64, no burstable types unless configured), a GPU pool for pods requesting
 * nvidia.com/gpu; NLBs, public IPv4, volumes by storage class, NAT gateways; batch runs apart.
 */
import type { CostConfig, StorageKind } from "../../core/config/cost.js";
import { BYTES, eksNodeCapacity, type NodeResources } from "../capacity.js";
import { describeWorkload, type Demand, type WorkloadDemand } from "../demand.js";
import { chooseCheapest, unpackableItems, type ChooseResult, type PackCandidate, type PackItem } from "../pack.js";
import type { PriceSnapshot } from "../prices/types.js";
import { round2, type NodeLine, type PlatformCost, type UnpackableWorkload, type UnpricedItem } from "../report.js";
import { CostUnavailable } from "../unavailable.js";
import {
  addTo, allocateBlended, cents, daemonSetLoad, describePool, emptyWork, extendedUnpriced, HOURS, largestOf, memoByConfig, memoTypes, minus, nsKey,
  packItems, poolTypes, priceVolumes, unpackableOf, type EstimateInput, type NodeType, type Placed, type PlatformEstimator,
  type PlatformWork, type StoragePrice,
} from "./platform.js";

const { MiB } = BYTES;
/** Unlimited-mode surplus credits, Linux: USD per vCPU-hour above the baseline (FACTS.md). */
export const CPU_CREDIT_USD_PER_VCPU_HOUR = 0.05;
/** Baseline share of each vCPU a burstable size may use without surplus credits; only sizes FACTS.md records. */
const BURST_BASELINE: Readonly<Record<string, number>> = { medium: 0.2 };
const EKS_EXTENDED = "no EKS instance type in the snapshot is priced for this extended resource";
const COREDNS: readonly Placed[] = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB, count: 2 }];

/** Every EC2 type priced for the region, with its capacity before DaemonSets. */
function eksTypes(cost: CostConfig, prices: PriceSnapshot, region: string): NodeType[] {
  return memoByConfig(cost, prices, `eks/${region}`, () => buildEksTypes(cost, prices, region));
}

function buildEksTypes(cost: CostConfig, prices: PriceSnapshot, region: string): NodeType[] {
  const regional = prices.aws.regions?.[region];
  if (regional === undefined) {
    const have = Object.keys(prices.aws.regions ?? {}).sort().join(", ");
    throw new CostUnavailable(
      `no EC2 prices for ${region} in the price snapshot of ${prices.snapshotDate} (it has ${have || "no AWS region"}); ` +
      `run \`tollgate prices refresh --region ${region} --output prices-${region}.json\` and pass \`--prices prices-${region}.json\``);
  }
  for (const t of cost.eks.instanceTypes ?? []) {
    if (regional.ec2[t] === undefined) {
      throw new CostUnavailable(`cost.eks.instanceTypes: ${t} has no price for ${region} in the snapshot of ${prices.snapshotDate}; ` +
        `run \`tollgate prices refresh --region ${region} --instance-types ${t}\``);
    }
  }
  return memoTypes(prices, JSON.stringify(["eks", region]), () => Object.values(regional.ec2).map((p) => {
    const family = p.instanceType.split(".")[0]!;
    return {
      instanceType: p.instanceType, vcpu: p.vcpu, memoryGiB: p.memoryGiB, unitMonthly: p.hourlyUsd * HOURS,
      available: eksNodeCapacity({ instanceType: p.instanceType, vcpu: p.vcpu, memoryGiB: p.memoryGiB }).available,
      arch: p.arch, gpus: p.gpus ?? 0, burstable: /^t\d/.test(family), family,
    };
  }));
}

interface Pools {
  readonly general: NodeType[];
  readonly gpu: NodeType[];
}

/** The pinned types (cost.eks.instanceTypes) or the configured pools; burstable sizes without a known baseline never run sustained load. */
function pools(cost: CostConfig, prices: PriceSnapshot, region: string): Pools {
  return memoByConfig(cost, prices, `eks-pools/${region}`, () => buildPools(cost, eksTypes(cost, prices, region)));
}

function buildPools(cost: CostConfig, types: readonly NodeType[]): Pools {
  const pinned = cost.eks.instanceTypes;
  const known = (t: NodeType) => !t.burstable || BURST_BASELINE[t.instanceType.split(".")[1]!] !== undefined;
  const general = pinned ? types.filter((t) => pinned.includes(t.instanceType) && t.gpus === 0) : poolTypes(types, cost.nodePools.general, false).filter(known);
  const gpu = pinned && types.some((t) => pinned.includes(t.instanceType) && t.gpus > 0)
    ? types.filter((t) => pinned.includes(t.instanceType) && t.gpus > 0)
    : poolTypes(types, cost.nodePools.gpu, true);
  return { general, gpu };
}

const afterDs = (types: readonly NodeType[], ds: NodeResources): PackCandidate[] =>
  types.map((t) => ({ instanceType: t.instanceType, capacity: minus(t.available, ds) }));
/** A GPU node's pod slots are its GPUs: a GPU pod's `pods` is its GPU count (its own pod limit never binds first). */
const gpuCandidates = (types: readonly NodeType[], ds: NodeResources): PackCandidate[] =>
  types.map((t) => ({ instanceType: t.instanceType, capacity: { ...minus(t.available, ds), pods: t.gpus } }));
const unitPrices = (types: readonly NodeType[]) => Object.fromEntries(types.map((t) => [t.instanceType, t.unitMonthly]));

function generalItems(demand: Demand, atMax: boolean): Placed[] {
  return packItems({ ...demand, workloads: demand.workloads.filter((d) => d.gpu === 0) }, atMax, COREDNS);
}
function gpuItems(demand: Demand, atMax: boolean): PackItem[] {
  return demand.workloads.filter((d) => d.gpu > 0).map((d) => ({
    id: d.key, cpu: d.cpu, memory: d.memory, count: atMax ? d.replicasMax ?? d.replicas : d.replicas, pods: Math.ceil(d.gpu),
  })).filter((i) => i.count > 0);
}

/** Credits a node pays in Unlimited mode when its pods' CPU requests run above the baseline all month. */
function creditsMonthly(type: NodeType, nodes: ChooseResult["choice"]): number {
  if (!type.burstable || nodes === undefined) return 0;
  const baseline = BURST_BASELINE[type.instanceType.split(".")[1]!] ?? 0;
  return nodes.nodes.reduce((s, n) => s + Math.max(0, n.used.cpu - baseline * type.vcpu), 0) * CPU_CREDIT_USD_PER_VCPU_HOUR * HOURS;
}

/** The cheapest general pool, counting CPU credits for burstable types (each packed on its own). */
function chooseGeneral(items: readonly Placed[], types: readonly NodeType[], ds: NodeResources, pinnedTo?: string) {
  const cands = afterDs(types, ds);
  const unit = unitPrices(types);
  const steady = types.filter((t) => !t.burstable).map((t) => t.instanceType);
  let best: { result: ChooseResult; type: NodeType; credits: number } | undefined;
  const consider = (pinned: readonly string[]) => {
    if (pinned.length === 0) return;
    const result = chooseCheapest(items, cands, unit, { pinned });
    const type = types.find((t) => t.instanceType === result.choice?.instanceType);
    if (type === undefined) return;
    const credits = creditsMonthly(type, result.choice);
    if (best === undefined || result.choice!.total + credits < best.result.choice!.total + best.credits) best = { result, type, credits };
  };
  if (pinnedTo !== undefined) consider([pinnedTo]);
  else {
    consider(steady);
    for (const t of types) if (t.burstable) consider([t.instanceType]);
  }
  return { best, unpackable: unpackableItems(items, cands) };
}

function storagePrice(prices: PriceSnapshot, region: string): (kind: StorageKind) => StoragePrice {
  const regional = prices.aws.regions![region]!;
  return (kind) => {
    if (kind === "local-path") return { perGbMonth: 0, label: "local-path (node disk)" };
    if (kind === "hetzner-volume") return { unpriced: "a Hetzner Cloud volume does not exist on EKS" };
    const p = regional[kind];
    return p === undefined ? { unpriced: `the price snapshot has no ${kind} price for ${region}` } : { perGbMonth: p.value, label: kind };
  };
}

function nodeLine(type: NodeType, count: number, lowerBound: number, pool: "general" | "gpu"): NodeLine {
  return {
    instanceType: type.instanceType, role: "node", count, unitMonthly: round2(type.unitMonthly), monthly: round2(count * type.unitMonthly),
    lowerBound, vcpu: type.vcpu, memoryGiB: type.memoryGiB, arch: type.arch, pool, ...(type.gpus > 0 ? { gpus: type.gpus } : {}),
  };
}

function estimateEks({ demand, cost, prices, region }: EstimateInput): PlatformWork {
  const { general, gpu } = pools(cost, prices, region);
  const regional = prices.aws.regions![region]!;
  const need = (v: { value: number } | undefined, what: string): number => {
    if (v === undefined) throw new CostUnavailable(`the price snapshot has no ${what} price for ${region}; add it to a --prices file (see docs/cost.md)`);
    return v.value;
  };
  const ds = daemonSetLoad(demand.daemonSets);
  const work: PlatformWork = { cost: undefined as unknown as PlatformCost, ...emptyWork() };
  const unpackable: UnpackableWorkload[] = [];
  const assumptions: string[] = [];

  // General pool.
  const gen = chooseGeneral(generalItems(demand, false), general, ds);
  unpackable.push(...unpackableOf(gen.unpackable, demand, largestOf(general)));
  const genType = gen.best?.type;
  const minNodes = cost.nodePools.general.minNodes;
  const genCount = gen.best ? Math.max(gen.best.result.choice!.nodeCount, minNodes) : 0;
  const nodes: NodeLine[] = genType ? [nodeLine(genType, genCount, gen.best!.result.choice!.lowerBound, "general")] : [];
  const maxNodes = cost.nodePools.general.maxNodes;
  if (maxNodes !== undefined && genCount > maxNodes) {
    assumptions.push(`The general pool needs ${genCount} × ${genType!.instanceType}, above cost.nodePools.general.maxNodes ${maxNodes}: pods would stay Pending; the estimate counts what the manifests ask for.`);
  }

  // GPU pool: pods requesting nvidia.com/gpu only (GPU nodes carry a taint in practice).
  const gItems = gpuItems(demand, false);
  let gpuType: NodeType | undefined;
  let gpuCount = 0;
  if (gItems.length > 0) {
    const g = chooseCheapest(gItems, gpuCandidates(gpu, ds), unitPrices(gpu));
    unpackable.push(...unpackableOf(g.unpackable.map((u) => ({ ...u, reason: gpu.length === 0 ? "requests nvidia.com/gpu and no GPU instance type is in the GPU pool" : u.reason })), demand, largestOf(gpu)));
    gpuType = gpu.find((t) => t.instanceType === g.choice?.instanceType);
    if (gpuType && g.choice) {
      gpuCount = g.choice.nodeCount;
      nodes.push(nodeLine(gpuType, gpuCount, g.choice.lowerBound, "gpu"));
    }
  }

  // At the HPA maximum, on the types chosen above (a node pool does not change type as it scales).
  const genAtMax = genType ? Math.max(chooseGeneral(generalItems(demand, true), general, ds, genType.instanceType).best?.result.choice?.nodeCount ?? 0, minNodes) : 0;
  const gpuAtMax = gpuType ? chooseCheapest(gpuItems(demand, true), gpuCandidates(gpu, ds), unitPrices(gpu), { pinned: [gpuType.instanceType] }).choice?.nodeCount ?? 0 : 0;
  const creditsAtMax = genType?.burstable ? creditsMonthly(genType, chooseGeneral(generalItems(demand, true), general, ds, genType.instanceType).best?.result.choice) : 0;

  // Batch: each Job/CronJob run packed on its own, on the pool its pods belong to.
  for (const b of demand.batch) {
    const pool = b.gpu > 0 ? gpu : general;
    const item: PackItem = { id: b.key, cpu: b.cpu, memory: b.memory, count: Math.max(1, b.replicas), ...(b.gpu > 0 ? { pods: Math.ceil(b.gpu) } : {}) };
    const r = chooseCheapest([item], b.gpu > 0 ? gpuCandidates(pool, ds) : afterDs(pool, ds), unitPrices(pool));
    if (r.choice && r.unpackable.length === 0) work.batch.set(b.key, { hourly: r.choice.total / HOURS, nodes: `${r.choice.nodeCount} × ${r.choice.instanceType}` });
    else {
      work.batch.set(b.key, { hourly: 0, nodes: "does not fit" });
      unpackable.push(...unpackableOf(r.unpackable, demand, largestOf(pool)));
    }
  }

  const unpriced: UnpricedItem[] = extendedUnpriced(demand, EKS_EXTENDED);

  const credits = genType ? cents(gen.best!.credits) / 100 : 0;
  const alloc = allocateBlended(demand, genType ? [{ type: genType, count: genCount }] : [], gpuType ? [{ type: gpuType, count: gpuCount }] : [], COREDNS, work.byWorkload);

  const controlPlane = round2(need(cost.eks.controlPlane === "extended" ? prices.aws.eks?.controlPlaneExtended : prices.aws.eks?.controlPlaneStandard, "EKS control plane") * HOURS);
  const ipv4Hour = need(prices.aws.publicIpv4, "public IPv4");
  const lbCount = demand.loadBalancers.length;
  const nlbHour = lbCount === 0 ? 0 : need(regional.nlb, "NLB");
  const lbUnit = round2(nlbHour * HOURS);
  const lbIpv4Unit = round2(cost.eks.availabilityZones * ipv4Hour * HOURS);
  for (const lb of demand.loadBalancers) addTo(work.extraByNamespace, nsKey(lb.namespace), lbUnit + lbIpv4Unit);
  const vols = priceVolumes(demand, cost, storagePrice(prices, region), "gp3", work);
  unpriced.push(...vols.unpriced);
  const natCount = cost.eks.natGateways;
  const nat = natCount === 0 ? 0 : round2(natCount * need(regional.natGatewayHourly, "NAT gateway") * HOURS +
    cost.eks.natGigabytesPerMonth * need(regional.natGatewayPerGb, "NAT data processing"));
  const ipv4Count = lbCount * cost.eks.availabilityZones + natCount;
  const ipv4 = (cents(lbCount * lbIpv4Unit) + cents(natCount * ipv4Hour * HOURS)) / 100;

  const nodesMonthly = nodes.reduce((s, n) => s + cents(n.monthly), 0) / 100;
  const lbMonthly = round2(lbCount * lbUnit);
  const monthly = (cents(controlPlane) + cents(nodesMonthly) + cents(lbMonthly) + cents(vols.line.monthly) + cents(nat) + cents(ipv4) + cents(credits)) / 100;
  const atMax = controlPlane + (genType ? genAtMax * genType.unitMonthly : 0) + (gpuType ? gpuAtMax * gpuType.unitMonthly : 0) +
    lbMonthly + vols.atMaxMonthly + nat + ipv4 + creditsAtMax;

  const pinned = cost.eks.instanceTypes;
  assumptions.unshift(
    `EKS control plane ${cost.eks.controlPlane} support: $${prices.aws.eks?.[cost.eks.controlPlane === "extended" ? "controlPlaneExtended" : "controlPlaneStandard"]?.value}/hour × ${HOURS}.`,
    pinned ? `Node pool pinned to ${pinned.join(", ")} (cost.eks.instanceTypes); the cheapest total among them is used.` :
      `Nodes: every instance type of the ${describePool("general", cost.nodePools.general)} priced for ${region} was packed (first fit decreasing over CPU, memory and pods) and the cheapest total chosen, as Karpenter would for a single-type pool; on-demand Linux prices, no Savings Plans or Spot.`,
    ...(genType ? [`The general pool runs ${genType.instanceType} (${genType.arch === "arm64" ? "arm64, Graviton: every image must be built for arm64" : "x86_64/amd64"}).`] : []),
    ...(genType ? eksNodeCapacity({ instanceType: genType.instanceType, vcpu: genType.vcpu, memoryGiB: genType.memoryGiB }).assumptions : []),
    ...(genType?.burstable ? [`${genType.instanceType} is burstable: a baseline of ${(BURST_BASELINE[genType.instanceType.split(".")[1]!]! * 100).toFixed(0)} % per vCPU; CPU requested above it all month is priced as Unlimited surplus credits at $${CPU_CREDIT_USD_PER_VCPU_HOUR}/vCPU-hour (${"$"}${credits.toFixed(2)}/month).`] : []),
    ...(gItems.length > 0 ? [`Pods requesting nvidia.com/gpu run in a GPU pool (${gpu.map((t) => t.instanceType).join(", ") || "no GPU types"}), GPUs as the packing's slot count; GPU node cost is allocated by GPUs requested${gpuType ? ` (${gpuType.instanceType}, ${gpuType.gpus} GPU per node)` : ""}.`] : []),
    "CoreDNS (EKS add-on) adds 2 pods at 100m / 70Mi.",
    ...(lbCount > 0 ? [`Each Service of type LoadBalancer is an NLB (AWS Load Balancer Controller) at $${regional.nlb?.value}/hour; its ${cost.eks.availabilityZones} public IPv4 addresses (one per AZ, cost.eks.availabilityZones) at $${ipv4Hour}/hour are in the public IPv4 line; NLCUs and data transfer are not modelled.`] : []),
    ...vols.line.byClass.map((c) => `Volumes ${c.kind}: ${c.gb} GiB at $${c.perGbMonth}/GB-month for the requested size${c.kind === "io2" ? " (provisioned IOPS not modelled)" : ""}.`),
    ...(vols.line.byClass.length > 0 || vols.unpriced.length > 0 ? ["Claims without a storageClassName are priced as gp3 (map `default` in cost.storageClasses to change it); StatefulSet claims and generic ephemeral volumes count once per replica, at maxReplicas for the \"at max\" figure."] : []),
    natCount > 0 ? `${natCount} NAT gateway(s) at $${regional.natGatewayHourly?.value}/hour (their public IPv4 in the public IPv4 line) and ${cost.eks.natGigabytesPerMonth} GB/month processed.` :
      "No NAT gateway counted (cost.eks.natGateways: 0); a private-subnet cluster needs at least one.",
    ...unpriced.map((u) => `Not priced: ${describeWorkload({ kind: u.kind, namespace: u.namespace ?? undefined, name: u.name })} ${u.what} — ${u.reason}.`),
  );
  (work as { cost: PlatformCost }).cost = {
    platform: "eks", region, monthly, monthlyAtMax: round2(atMax), controlPlane, nodes,
    loadBalancers: { count: lbCount, monthly: lbMonthly, description: "NLB per Service of type LoadBalancer", ipv4Monthly: round2(lbCount * lbIpv4Unit) },
    volumes: vols.line,
    nat: { count: natCount, monthly: nat, description: "NAT gateway" },
    publicIpv4: { count: ipv4Count, monthly: ipv4, description: "public IPv4 of load balancers (one per AZ) and NAT gateways" },
    cpuCredits: { count: genType?.burstable ? genCount : 0, monthly: credits, description: "Unlimited surplus CPU credits of burstable nodes" },
    allocation: alloc, unpackable, unpriced, assumptions,
  };
  return work;
}

function unpackableEks({ demand, cost, prices, region }: EstimateInput): UnpackableWorkload[] {
  const { general, gpu } = pools(cost, prices, region);
  const ds = daemonSetLoad(demand.daemonSets);
  const isGpu = (d: WorkloadDemand) => d.gpu > 0;
  const item = (d: WorkloadDemand): PackItem => ({ id: d.key, cpu: d.cpu, memory: d.memory, count: 1, ...(isGpu(d) ? { pods: Math.ceil(d.gpu) } : {}) });
  const all = [...demand.workloads, ...demand.batch];
  return [
    ...unpackableOf(unpackableItems(all.filter((d) => !isGpu(d)).map(item), memoCandidates(general, ds, false)), demand, largestOf(general)),
    ...unpackableOf(unpackableItems(all.filter(isGpu).map(item), memoCandidates(gpu, ds, true)), demand, largestOf(gpu))
      .map((u) => (gpu.length === 0 ? { ...u, reason: "requests nvidia.com/gpu and no GPU instance type is in the GPU pool" } : u)),
  ];
}

/** What each type offers after the DaemonSets' load; the same few loads recur (none, at admission). */
const candidateMemo = new WeakMap<readonly NodeType[], Map<string, PackCandidate[]>>();
export function memoCandidates(types: readonly NodeType[], ds: NodeResources, gpu: boolean): PackCandidate[] {
  let byLoad = candidateMemo.get(types);
  if (byLoad === undefined) candidateMemo.set(types, (byLoad = new Map()));
  const k = `${ds.cpu}/${ds.memory}/${ds.pods}/${gpu}`;
  let c = byLoad.get(k);
  if (c === undefined) {
    c = gpu ? gpuCandidates(types, ds) : afterDs(types, ds);
    if (byLoad.size >= 16) byLoad.delete(byLoad.keys().next().value!);
    byLoad.set(k, c);
  }
  return c;
}

function unpricedEks({ demand, cost, prices, region }: EstimateInput): UnpricedItem[] {
  eksTypes(cost, prices, region); // the same CostUnavailable as the estimate for an unpriced region
  return [...extendedUnpriced(demand, EKS_EXTENDED), ...priceVolumes(demand, cost, storagePrice(prices, region), "gp3", emptyWork()).unpriced];
}

export const eks: PlatformEstimator = { name: "eks", label: "EKS", estimate: estimateEks, unpackable: unpackableEks, unpriced: unpricedEks };
