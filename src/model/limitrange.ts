// Container defaults a LimitRange gives pods in its namespace (the admission plugin applies them).
import { isRecord, type K8sObject } from "../core/types.js";
import { parseQuantity } from "./quantity.js";
import type { Run } from "./run.js";
import { RESOURCES, type ContainerDefaults, type ResourceName } from "./workload.js";

export interface NamespaceDefaults extends ContainerDefaults {
  readonly limitRange: K8sObject;
}

export function limitRangeDefaults(run: Run, namespace: string | undefined): NamespaceDefaults | undefined {
  if (namespace === undefined) return undefined;
  const all = run.memo("limitrange-defaults", () => {
    const byNs = new Map<string, NamespaceDefaults>();
    for (const lr of run.byKind("LimitRange")) {
      const ns = run.namespaceOf(lr);
      if (ns === undefined) continue;
      const limits = (lr.raw.spec as { limits?: unknown } | undefined)?.limits;
      if (!Array.isArray(limits)) continue;
      const defaultRequest: Partial<Record<ResourceName, number>> = { ...byNs.get(ns)?.defaultRequest };
      const def: Partial<Record<ResourceName, number>> = { ...byNs.get(ns)?.default };
      for (const item of limits) {
        if (!isRecord(item) || item.type !== "Container") continue;
        for (const r of RESOURCES) {
          const dr = isRecord(item.defaultRequest) ? parseQuantity(item.defaultRequest[r]) : undefined;
          if (dr?.ok) defaultRequest[r] = dr.value;
          const d = isRecord(item.default) ? parseQuantity(item.default[r]) : undefined;
          if (d?.ok) def[r] = d.value;
        }
      }
      byNs.set(ns, { limitRange: lr, defaultRequest, default: def });
    }
    return byNs;
  });
  return all.get(namespace);
}
