// Pods that controllers tollgate does not model create: operators whose custom resource carries
// the pods' labels somewhere else than spec.template (built in: the Prometheus operator), and the
// `podSources` config list for any other operator.
import type { PodSourceConfig } from "../core/config/operators.js";
import { isRecord, splitPointer, valueAt, type K8sObject } from "../core/types.js";
import { apiGroup } from "./classify.js";
import { stringMap } from "./objects.js";

interface OperatorKind {
  readonly group: string;
  readonly kind: string;
  readonly labels: readonly string[];
  /** Labels the operator itself puts on every pod, from the object's name. */
  readonly own: (name: string) => Record<string, string>;
}

const MANAGED = { "app.kubernetes.io/managed-by": "prometheus-operator" };

/**
 * The Prometheus operator (monitoring.coreos.com) runs Prometheus, Alertmanager and ThanosRuler
 * as StatefulSets whose pods carry `spec.podMetadata.labels` plus labels of its own (as seen on
 * running pods: `prometheus=<name>`, `operator.prometheus.io/name=<name>`, `alertmanager=<name>`,
 * `thanos-ruler=<name>`); Services in kube-prometheus and the operator's guides select on both.
 */
const BUILTIN: readonly OperatorKind[] = [
  {
    group: "monitoring.coreos.com",
    kind: "Prometheus",
    labels: ["spec", "podMetadata", "labels"],
    own: (name) => ({
      ...MANAGED,
      "app.kubernetes.io/name": "prometheus",
      "app.kubernetes.io/instance": name,
      prometheus: name,
      "operator.prometheus.io/name": name,
    }),
  },
  {
    group: "monitoring.coreos.com",
    kind: "Alertmanager",
    labels: ["spec", "podMetadata", "labels"],
    own: (name) => ({ ...MANAGED, "app.kubernetes.io/name": "alertmanager", "app.kubernetes.io/instance": name, alertmanager: name }),
  },
  {
    group: "monitoring.coreos.com",
    kind: "ThanosRuler",
    labels: ["spec", "podMetadata", "labels"],
    own: (name) => ({ "thanos-ruler": name }),
  },
];

/**
 * The labels of the pods an operator creates for `o`, when its kind is built in or configured;
 * undefined for every other kind. A configured entry wins over the built-in one.
 */
export function operatorPodLabels(o: K8sObject, configured: readonly PodSourceConfig[] = []): Record<string, string> | undefined {
  for (const c of configured) {
    if (c.kind !== o.kind || !apiVersionMatches(c.apiVersion, o.apiVersion)) continue;
    const labels = valueAt(o.raw, splitPointer(c.labels));
    return isRecord(labels) ? stringMap(labels) : undefined;
  }
  const group = apiGroup(o.apiVersion);
  for (const b of BUILTIN) {
    if (b.kind !== o.kind || b.group !== group) continue;
    const name = o.metadata.name ?? "";
    return { ...stringMap(valueAt(o.raw, b.labels)), ...b.own(name) };
  }
  return undefined;
}

function apiVersionMatches(wanted: string | undefined, actual: string): boolean {
  if (wanted === undefined) return true;
  return wanted.includes("/") ? wanted === actual : wanted === apiGroup(actual);
}
