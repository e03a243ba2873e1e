// The `cost:` config section with defaults filled in (quantities parsed here: core does not know them).
import { DEFAULT_COST_CONFIG, type CostBudget, type CostConfig, type CostPlatform, type NodePool } from "../core/config/cost.js";
import { parseQuantity } from "../model/quantity.js";

function quantityOf(v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  const q = parseQuantity(v);
  return q.ok ? q.value : fallback;
}

// Config is plain read-only data loaded once; rules resolve its cost section on every run (every
// admission request), so each section object is resolved once.
const resolvedSections = new WeakMap<object, CostConfig>();

/** The raw, schema-valid `cost:` section (or none) with defaults applied. */
export function resolveCostConfig(raw: Readonly<Record<string, unknown>> | undefined): CostConfig {
  if (raw === undefined) return DEFAULT_COST_CONFIG;
  let resolved = resolvedSections.get(raw);
  if (resolved === undefined) resolvedSections.set(raw, (resolved = resolveSection(raw)));
  return resolved;
}

function resolveSection(raw: Readonly<Record<string, unknown>>): CostConfig {
  const d = DEFAULT_COST_CONFIG;
  const r = raw as {
    platforms?: CostPlatform[]; region?: string; defaultRequests?: { cpu?: unknown; memory?: unknown };
    eks?: Partial<CostConfig["eks"]>; k3s?: Partial<CostConfig["k3s"]>;
    budgets?: Omit<CostBudget, "index">[]; increase?: CostConfig["increase"];
    currency?: Partial<CostConfig["currency"]>; storageClasses?: CostConfig["storageClasses"];
    nodePools?: { general?: Partial<NodePool>; gpu?: Partial<NodePool> }; allocation?: Partial<CostConfig["allocation"]>;
  };
  return {
    platforms: r.platforms ?? d.platforms,
    region: r.region ?? d.region,
    defaultRequests: {
      cpu: quantityOf(r.defaultRequests?.cpu, d.defaultRequests.cpu),
      memory: quantityOf(r.defaultRequests?.memory, d.defaultRequests.memory),
    },
    currency: { ...d.currency, ...r.currency },
    nodePools: { general: { ...d.nodePools.general, ...r.nodePools?.general }, gpu: { ...d.nodePools.gpu, ...r.nodePools?.gpu } },
    storageClasses: { ...d.storageClasses, ...r.storageClasses },
    allocation: { ...d.allocation, ...r.allocation },
    eks: { ...d.eks, ...r.eks },
    k3s: { ...d.k3s, ...r.k3s },
    budgets: (r.budgets ?? []).map((b, index) => ({ ...b, index })),
    increase: r.increase ?? d.increase,
  };
}
