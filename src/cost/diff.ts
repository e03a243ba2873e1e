/**
 * Base versus head: the head report with `base`, `head` and `delta` added per platform, workload
 * and namespace. Workloads and namespaces only in the base appear with head 0, so a deletion shows
 * as a saving.
 */
import type { Config } from "../core/config.js";
import type { Run } from "../model/run.js";
import { estimateCost, usd, type EstimateOptions } from "./estimate.js";
import { formatCpu, formatMemory } from "../model/quantity.js";
import {
  round2, type ChangeLine, type CostReport, type NamespaceCost, type PerPlatform, type PlatformChange, type PlatformCost, type PlatformName,
  type SharedCost, type WhyLine, type WorkloadCost,
} from "./report.js";

function sub(head: PerPlatform, base: PerPlatform, platforms: readonly PlatformName[]): PerPlatform {
  return Object.fromEntries(platforms.map((p) => [p, round2((head[p] ?? 0) - (base[p] ?? 0))])) as PerPlatform;
}

function zero(platforms: readonly PlatformName[]): PerPlatform {
  return Object.fromEntries(platforms.map((p) => [p, 0])) as PerPlatform;
}

const wKey = (w: { kind: string; namespace: string | null; name: string }) => `${w.kind}\0${w.namespace ?? ""}\0${w.name}`;

export function diffCost(base: CostReport, head: CostReport): CostReport {
  const platforms = head.platforms.map((p) => p.platform);
  const baseByPlatform = new Map(base.platforms.map((p) => [p.platform, p]));
  const platformsOut: PlatformCost[] = head.platforms.map((p) => {
    const b = baseByPlatform.get(p.platform)?.monthly ?? 0;
    return { ...p, base: b, head: p.monthly, delta: round2(p.monthly - b) };
  });

  const baseW = new Map(base.workloads.map((w) => [wKey(w), w]));
  const seen = new Set<string>();
  const workloads: WorkloadCost[] = head.workloads.map((w) => {
    seen.add(wKey(w));
    const b = baseW.get(wKey(w))?.monthly ?? zero(platforms);
    return { ...w, base: b, head: w.monthly, delta: sub(w.monthly, b, platforms) };
  });
  for (const [k, w] of baseW) {
    if (seen.has(k)) continue;
    const { file: _f, line: _l, ...rest } = w;
    workloads.push({ ...rest, monthly: zero(platforms), base: w.monthly, head: zero(platforms), delta: sub(zero(platforms), w.monthly, platforms) });
  }

  const baseN = new Map(base.namespaces.map((n) => [n.namespace ?? "", n]));
  const seenN = new Set<string>();
  const namespaces: NamespaceCost[] = head.namespaces.map((n) => {
    seenN.add(n.namespace ?? "");
    const b = baseN.get(n.namespace ?? "")?.monthly ?? zero(platforms);
    return { ...n, base: b, head: n.monthly, delta: sub(n.monthly, b, platforms) };
  });
  for (const [k, n] of baseN) {
    if (seenN.has(k)) continue;
    namespaces.push({ ...n, monthly: zero(platforms), base: n.monthly, head: zero(platforms), delta: sub(zero(platforms), n.monthly, platforms) });
  }
  namespaces.sort((a, b) => (a.namespace ?? "").localeCompare(b.namespace ?? ""));

  const baseS = new Map(base.shared.map((r) => [r.name, r]));
  const shared: SharedCost[] = head.shared.map((r) => {
    const b = baseS.get(r.name)?.monthly ?? zero(platforms);
    return { ...r, base: b, head: r.monthly, delta: sub(r.monthly, b, platforms) };
  });
  for (const [name, r] of baseS) {
    if (!head.shared.some((x) => x.name === name)) shared.push({ name, monthly: zero(platforms), base: r.monthly, head: zero(platforms), delta: sub(zero(platforms), r.monthly, platforms) });
  }

  return {
    ...head,
    platforms: platformsOut,
    workloads,
    namespaces,
    shared,
    diff: { baseWorkloads: base.workloads.length, headWorkloads: head.workloads.length },
    changes: head.platforms.flatMap((p) => {
      const b = baseByPlatform.get(p.platform);
      return b === undefined ? [] : [platformChange(b, p, base, head)];
    }),
  };
}

const c = (n: number | undefined): number => Math.round(Number(((n ?? 0) * 100).toPrecision(12)));
const nodesText = (p: PlatformCost, pool: string): string => {
  const ns = p.nodes.filter((n) => `${n.role}/${n.pool}` === pool);
  return ns.length === 0 ? "none" : ns.map((n) => `${n.count} × ${n.instanceType}`).join(" + ");
};
const sameInputs = (a: WorkloadCost, b: WorkloadCost): boolean =>
  a.replicas === b.replicas && a.replicasMax === b.replicasMax && a.cpu === b.cpu && a.memory === b.memory && a.storage === b.storage && a.gpu === b.gpu;
const who = (w: { kind: string; namespace: string | null; name: string }) => `${w.kind} ${w.namespace === null ? "" : `${w.namespace}/`}${w.name}`;

/**
 * Every line item base → head, and the causes of the change in cents, so they add up exactly:
 * each workload whose requests, replicas or storage changed (its share of the nodes), the load
 * balancers (with their IPv4) of Services that became or stopped being LoadBalancers, volumes,
 * and repacking — node cost no changed workload accounts for (system, idle, DaemonSets on new nodes).
 */
function platformChange(bp: PlatformCost, hp: PlatformCost, base: CostReport, head: CostReport): PlatformChange {
  const p = hp.platform;
  const lines: ChangeLine[] = [];
  const line = (item: string, b: string, h: string, delta: number) => lines.push({ item, base: b, head: h, delta: round2(delta) });
  line("Control plane", usd(bp.controlPlane), usd(hp.controlPlane), hp.controlPlane - bp.controlPlane);
  const pools = [...new Set([...bp.nodes, ...hp.nodes].map((n) => `${n.role}/${n.pool}`))];
  for (const pool of pools) {
    const sum = (x: PlatformCost) => x.nodes.filter((n) => `${n.role}/${n.pool}` === pool).reduce((s, n) => s + c(n.monthly), 0);
    const [role, kind] = pool.split("/");
    line(role === "node" ? (kind === "gpu" ? "GPU nodes" : "Nodes") : role === "server" ? "Servers" : "Agents",
      nodesText(bp, pool), nodesText(hp, pool), (sum(hp) - sum(bp)) / 100);
  }
  line("Load balancers", String(bp.loadBalancers.count), String(hp.loadBalancers.count), hp.loadBalancers.monthly - bp.loadBalancers.monthly);
  line("Volumes", `${bp.volumes.gb} GB`, `${hp.volumes.gb} GB`, hp.volumes.monthly - bp.volumes.monthly);
  line("NAT gateways", String(bp.nat.count), String(hp.nat.count), hp.nat.monthly - bp.nat.monthly);
  line("Public IPv4", String(bp.publicIpv4.count), String(hp.publicIpv4.count), hp.publicIpv4.monthly - bp.publicIpv4.monthly);
  line("CPU credits", usd(bp.cpuCredits.monthly), usd(hp.cpuCredits.monthly), hp.cpuCredits.monthly - bp.cpuCredits.monthly);
  line("Workloads' share of nodes", usd(bp.allocation.workloads), usd(hp.allocation.workloads), 0);
  line("System / idle", `${usd(bp.allocation.system)} / ${usd(bp.allocation.idle)}`, `${usd(hp.allocation.system)} / ${usd(hp.allocation.idle)}`, 0);

  const why: WhyLine[] = [];
  const nodeShare = (w: WorkloadCost | undefined) => (w === undefined ? 0 : c(w.monthly[p]) - c(w.storageMonthly?.[p]));
  const baseW = new Map(base.workloads.map((w) => [wKey(w), w]));
  const headW = new Map(head.workloads.map((w) => [wKey(w), w]));
  let explained = 0;
  for (const k of new Set([...baseW.keys(), ...headW.keys()])) {
    const b = baseW.get(k);
    const h = headW.get(k);
    if (b && h && sameInputs(b, h)) continue;
    if (b && h && h.kind === "DaemonSet" && b.cpu === h.cpu && b.memory === h.memory) continue;
    const d = nodeShare(h) - nodeShare(b);
    explained += d;
    const w = (h ?? b)!;
    const what = !b ? `${who(w)} added` : !h ? `${who(w)} removed` : describeWorkloadChange(b, h);
    why.push({ cause: "workload", what, delta: d / 100, object: { kind: w.kind, namespace: w.namespace, name: w.name } });
  }
  const nodesDelta = [...bp.nodes.map((n) => -c(n.monthly)), ...hp.nodes.map((n) => c(n.monthly))].reduce((a, b) => a + b, 0);
  why.push({ cause: "repacking", what: "node capacity no changed workload requested (system, idle, DaemonSets on added or removed nodes)", delta: (nodesDelta - explained) / 100 });
  const lbDelta = c(hp.loadBalancers.monthly) - c(bp.loadBalancers.monthly) + c(hp.loadBalancers.ipv4Monthly) - c(bp.loadBalancers.ipv4Monthly);
  const lbKey = (l: { namespace: string | null; name: string }) => `${l.namespace ?? ""}/${l.name}`;
  const baseLb = new Set(base.loadBalancerServices.map(lbKey));
  const headLb = new Set(head.loadBalancerServices.map(lbKey));
  const added = head.loadBalancerServices.filter((l) => !baseLb.has(lbKey(l)));
  const removed = base.loadBalancerServices.filter((l) => !headLb.has(lbKey(l)));
  const lbWhat = [...added.map((l) => `Service ${lbKey(l)} became type LoadBalancer`), ...removed.map((l) => `Service ${lbKey(l)} is no longer a LoadBalancer`)].join("; ") || "load balancers";
  const lbObject = added[0] ?? removed[0];
  why.push({ cause: "load balancer", what: `${lbWhat}${hp.loadBalancers.ipv4Monthly !== undefined ? " (with its public IPv4)" : ""}`, delta: lbDelta / 100,
    ...(lbObject ? { object: { kind: "Service", namespace: lbObject.namespace, name: lbObject.name } } : {}) });
  why.push({ cause: "volumes", what: "volumes (PersistentVolumeClaims, StatefulSet claims, ephemeral volumes)", delta: (c(hp.volumes.monthly) - c(bp.volumes.monthly)) / 100 });
  why.push({ cause: "control plane", what: "control plane", delta: (c(hp.controlPlane) - c(bp.controlPlane)) / 100 });
  why.push({ cause: "NAT", what: "NAT gateways", delta: (c(hp.nat.monthly) - c(bp.nat.monthly)) / 100 });
  why.push({ cause: "public IPv4", what: p === "k3s" ? "public IPv4 of added or removed nodes" : "public IPv4 of NAT gateways",
    delta: (c(hp.publicIpv4.monthly) - c(bp.publicIpv4.monthly) - (c(hp.loadBalancers.ipv4Monthly) - c(bp.loadBalancers.ipv4Monthly))) / 100 });
  why.push({ cause: "CPU credits", what: "CPU credits of burstable nodes", delta: (c(hp.cpuCredits.monthly) - c(bp.cpuCredits.monthly)) / 100 });
  const ordered = why.filter((w) => w.delta !== 0).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.what.localeCompare(b.what));
  return { platform: p, base: bp.monthly, head: hp.monthly, delta: round2(hp.monthly - bp.monthly), lines, why: ordered };
}

function describeWorkloadChange(b: WorkloadCost, h: WorkloadCost): string {
  const parts: string[] = [];
  if (b.replicas !== h.replicas) parts.push(`replicas ${b.replicas ?? "per node"} → ${h.replicas ?? "per node"}`);
  if (b.replicasMax !== h.replicasMax) parts.push(`maxReplicas ${b.replicasMax ?? "-"} → ${h.replicasMax ?? "-"}`);
  const perPod = (w: WorkloadCost, v: number) => (w.replicas ? v / w.replicas : v);
  if (perPod(b, b.cpu) !== perPod(h, h.cpu)) parts.push(`CPU ${formatCpu(perPod(b, b.cpu))} → ${formatCpu(perPod(h, h.cpu))} per pod`);
  if (perPod(b, b.memory) !== perPod(h, h.memory)) parts.push(`memory ${formatMemory(perPod(b, b.memory))} → ${formatMemory(perPod(h, h.memory))} per pod`);
  if (b.storage !== h.storage) parts.push("storage");
  return `${who(h)}: ${parts.join(", ") || "requests"}`;
}

/** The head's estimate, diffed against run.base when there is one (memoised through estimateCost). */
export function costForRun(run: Run, config: Config, options: EstimateOptions = {}): CostReport {
  const head = estimateCost(run, config, options);
  if (run.base === undefined) return head;
  return run.memo(`cost:diff:${JSON.stringify([options.platforms ?? null, options.region ?? null])}`, () =>
    diffCost(estimateCost(run.base!, config, options), head));
}

/** Percent change, or undefined when the base is 0. */
export function percentChange(base: number, delta: number): number | undefined {
  return base === 0 ? undefined : (delta / base) * 100;
}
