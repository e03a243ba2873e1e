/**
 * Base versus head: the head report with `base`, `head` and `delta` added per platform, workload
 * and namespace. Workloads and namespaces only in the base appear with head 0, so a deletion shows
 * as a saving.
 */
import type { Config } from "../core/config.js";
import type { Run } from "../model/run.js";
import { estimateCost, type EstimateOptions } from "./estimate.js";
import { round2, type CostReport, type NamespaceCost, type PerPlatform, type PlatformCost, type PlatformName, type WorkloadCost } from "./report.js";

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

  return {
    ...head,
    platforms: platformsOut,
    workloads,
    namespaces,
    diff: { baseWorkloads: base.workloads.length, headWorkloads: head.workloads.length },
  };
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
