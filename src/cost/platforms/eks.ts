/**
 * Managed EKS: the control plane fee, nodes of the cheapest instance type that packs the demand
 * (or the pinned pool), NLBs with their public IPv4, gp3 volumes and NAT gateways.
 */
import type { CostConfig } from "../../core/config/cost.js";
import { BYTES, eksNodeCapacity } from "../capacity.js";
import type { Demand } from "../demand.js";
import { chooseCheapest } from "../pack.js";
import type { PriceSnapshot } from "../prices/types.js";
import { round2, type NodeLine, type PlatformCost } from "../report.js";
import { CostUnavailable } from "../unavailable.js";
import {
  addTo, allocate, daemonSetLoad, emptyWork, HOURS, largestOf, memoByConfig, memoTypes, minus, nsKey, packItems, rates,
  storageLines, unpackableOf, type EstimateInput, type NodeType, type Placed, type PlatformEstimator, type PlatformWork,
} from "./platform.js";

const { MiB } = BYTES;

/** The instance types an EKS node pool can use, with their capacity before DaemonSets. */
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
  const pinned = cost.eks.instanceTypes;
  for (const t of pinned ?? []) {
    if (regional.ec2[t] === undefined) {
      throw new CostUnavailable(`cost.eks.instanceTypes: ${t} has no price for ${region} in the snapshot of ${prices.snapshotDate}; ` +
        `run \`tollgate prices refresh --region ${region} --instance-types ${t}\``);
    }
  }
  return memoTypes(prices, JSON.stringify(["eks", region, pinned ?? null]), () => Object.values(regional.ec2)
    .filter((p) => pinned === undefined || pinned.includes(p.instanceType))
    .map((p) => ({
      instanceType: p.instanceType, vcpu: p.vcpu, memoryGiB: p.memoryGiB, unitMonthly: p.hourlyUsd * HOURS,
      available: eksNodeCapacity({ instanceType: p.instanceType, vcpu: p.vcpu, memoryGiB: p.memoryGiB }).available,
    })));
}

function estimateEks(demand: Demand, cost: CostConfig, prices: PriceSnapshot, region: string): PlatformWork {
  const types = eksTypes(cost, prices, region);
  const regional = prices.aws.regions![region]!;
  const need = (v: { value: number } | undefined, what: string): number => {
    if (v === undefined) {
      throw new CostUnavailable(`the price snapshot has no ${what} price for ${region}; add it to a --prices file (see docs/cost.md)`);
    }
    return v.value;
  };
  const pinned = cost.eks.instanceTypes;
  const ds = daemonSetLoad(demand.daemonSets);
  // CoreDNS: the EKS add-on runs 2 replicas at 100m / 70Mi.
  const coredns: Placed[] = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB, count: 2 }];
  const itemsNow = packItems(demand, false, coredns);
  const candidates = types.map((t) => ({ instanceType: t.instanceType, capacity: minus(t.available, ds) }));
  const unit = Object.fromEntries(types.map((t) => [t.instanceType, t.unitMonthly]));
  const choice = chooseCheapest(itemsNow, candidates, unit);
  const chosen = types.find((t) => t.instanceType === choice.choice?.instanceType);
  const byItem = new Map(itemsNow.map((i) => [i.id, i]));

  const work: PlatformWork = {
    cost: undefined as unknown as PlatformCost, ...emptyWork(), rates: { cpuHour: 0, byteHour: 0 },
  };
  const nodes: NodeLine[] = [];
  let alloc = { workloads: 0, system: 0 };
  let nodesMonthly = 0;
  if (choice.choice && chosen) {
    const n = choice.choice.nodeCount;
    nodes.push({
      instanceType: chosen.instanceType, role: "node", count: n, unitMonthly: round2(chosen.unitMonthly),
      monthly: round2(n * chosen.unitMonthly), lowerBound: choice.choice.lowerBound, vcpu: chosen.vcpu, memoryGiB: chosen.memoryGiB,
    });
    nodesMonthly = n * chosen.unitMonthly;
    alloc = allocate(choice.choice.nodes, chosen, byItem, demand.daemonSets, work.byWorkload);
    const r = rates(chosen);
    (work as { rates: PlatformWork["rates"] }).rates = { cpuHour: r.cpu / HOURS, byteHour: r.byte / HOURS };
  }
  // At HPA maximum, on the type chosen for the estimate (a node pool does not change type as it scales).
  let nodesAtMax = nodesMonthly;
  if (chosen && demand.workloads.some((d) => d.replicasMax !== undefined)) {
    const atMax = chooseCheapest(packItems(demand, true, coredns), candidates, unit, { pinned: [chosen.instanceType] });
    nodesAtMax = (atMax.choice?.nodeCount ?? 0) * chosen.unitMonthly;
  }

  const controlPlane = need(cost.eks.controlPlane === "extended" ? prices.aws.eks?.controlPlaneExtended : prices.aws.eks?.controlPlaneStandard, "EKS control plane") * HOURS;
  const ipv4Hour = need(prices.aws.publicIpv4, "public IPv4");
  const lbCount = demand.loadBalancers.length;
  const lbUnit = lbCount === 0 ? 0 : (need(regional.nlb, "NLB") + cost.eks.availabilityZones * ipv4Hour) * HOURS;
  for (const lb of demand.loadBalancers) {
    addTo(work.extraByNamespace, nsKey(lb.namespace), lbUnit);
  }
  const hasStorage = demand.claims.length > 0 || demand.workloads.some((d) => d.storage > 0);
  const gp3 = hasStorage ? need(regional.gp3, "gp3") : 0;
  const gb = storageLines(demand, gp3, work);
  const natCount = cost.eks.natGateways;
  const natMonthly = natCount === 0 ? 0 :
    natCount * (need(regional.natGatewayHourly, "NAT gateway") + ipv4Hour) * HOURS +
    cost.eks.natGigabytesPerMonth * need(regional.natGatewayPerGb, "NAT data processing");

  const other = controlPlane + lbCount * lbUnit + gb * gp3 + natMonthly;
  const monthly = nodesMonthly + other;
  const assumptions = [
    `EKS control plane ${cost.eks.controlPlane} support: $${prices.aws.eks?.[cost.eks.controlPlane === "extended" ? "controlPlaneExtended" : "controlPlaneStandard"]?.value}/hour × ${HOURS}.`,
    pinned ? `Node pool pinned to ${pinned.join(", ")} (cost.eks.instanceTypes); the cheapest total among them is used.` :
      `Nodes: every instance type priced for ${region} was packed (first fit decreasing over CPU, memory and pods) and the cheapest total chosen, as Karpenter would for a single-type pool; on-demand Linux prices, no Savings Plans or Spot.`,
    ...(chosen ? eksNodeCapacity({ instanceType: chosen.instanceType, vcpu: chosen.vcpu, memoryGiB: chosen.memoryGiB }).assumptions : []),
    "CoreDNS (EKS add-on) adds 2 pods at 100m / 70Mi.",
    ...(lbCount > 0 ? [`Each Service of type LoadBalancer is an NLB (AWS Load Balancer Controller) at $${regional.nlb?.value}/hour plus ${cost.eks.availabilityZones} public IPv4 addresses (one per AZ, cost.eks.availabilityZones) at $${ipv4Hour}/hour; NLCUs and data transfer are not modelled.`] : []),
    ...(gb > 0 ? [`Volumes are gp3 at $${gp3}/GB-month for the requested size (GiB), baseline IOPS and throughput.`] : []),
    natCount > 0 ? `${natCount} NAT gateway(s) at $${regional.natGatewayHourly?.value}/hour plus one public IPv4 each, and ${cost.eks.natGigabytesPerMonth} GB/month processed.` :
      "No NAT gateway counted (cost.eks.natGateways: 0); a private-subnet cluster needs at least one.",
  ];
  const allocation = { workloads: round2(alloc.workloads), system: round2(alloc.system), idle: round2(nodesMonthly - alloc.workloads - alloc.system) };
  (work as { cost: PlatformCost }).cost = {
    platform: "eks", region, monthly: round2(monthly), monthlyAtMax: round2(nodesAtMax + other), controlPlane: round2(controlPlane), nodes,
    loadBalancers: { count: lbCount, monthly: round2(lbCount * lbUnit), description: "NLB per Service of type LoadBalancer" },
    volumes: { gb: round2(gb), monthly: round2(gb * gp3), description: "gp3" },
    nat: { count: natCount, monthly: round2(natMonthly), description: "NAT gateway" },
    publicIpv4: { count: lbCount * cost.eks.availabilityZones + natCount, monthly: round2((lbCount * cost.eks.availabilityZones + natCount) * ipv4Hour * HOURS), description: "public IPv4 of load balancers and NAT gateways (included in their lines)" },
    allocation, unpackable: unpackableOf(choice.unpackable, demand, largestOf(types)), assumptions,
  };
  return work;
}

export const eks: PlatformEstimator = {
  name: "eks",
  label: "EKS",
  estimate: ({ demand, cost, prices, region }: EstimateInput) => estimateEks(demand, cost, prices, region),
  candidates: (cost, prices, region) => eksTypes(cost, prices, region),
};
