import { defineRule } from "../../engine/rule.js";
import { describeObject, isRecord, joinPointer, refOf } from "../../core/types.js";
import type { Run } from "../../model/run.js";
import type { Workload } from "../../model/workload.js";

type RefKind = "ServiceAccount" | "ConfigMap" | "Secret" | "PersistentVolumeClaim";
const REF_KINDS: readonly RefKind[] = ["ServiceAccount", "ConfigMap", "Secret", "PersistentVolumeClaim"];

interface Reference {
  readonly kind: RefKind;
  readonly name: string;
  /** Relative to the object. */
  readonly pointer: string;
}

interface Declared {
  readonly namespaces: Set<string>;
  /** Declared somewhere without a namespace: it may well land in the pod's. */
  unresolved: boolean;
}

export default defineRule({
  id: "namespaces/cross-namespace-reference",
  target: "workload",
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Workloads reference ServiceAccounts, ConfigMaps, Secrets and PVCs of their own namespace.",
    description:
      "Kubernetes resolves a pod's serviceAccountName, configMap/secret volumes and env references, and persistentVolumeClaim volumes in the pod's own namespace. When the run declares the referenced object only in other namespaces, the pod will not start (or, for a ServiceAccount, will not be created). References marked optional, the `default` ServiceAccount and objects the run does not declare at all are not reported.",
    remediation: "Declare the object in the workload's namespace (or move the workload to the namespace that has it).",
    messages: {
      elsewhere: "{{object}} uses {{kind}} {{name}}, which the run declares only in namespace {{others}}; Kubernetes looks it up in {{namespace}}, so the pod will not start.",
    },
  },
  check(ctx, w) {
    const namespace = ctx.run.namespaceOf(w.object);
    if (namespace === undefined) return;
    const index = declared(ctx.run);
    for (const ref of referencesOf(w)) {
      const d = index.get(`${ref.kind}/${ref.name}`);
      if (!d || d.unresolved || d.namespaces.has(namespace)) continue;
      ctx.report({
        messageId: "elsewhere",
        at: ref.pointer,
        data: { object: describeObject(refOf(w.object)), kind: ref.kind, name: ref.name, others: [...d.namespaces].sort().join(", "), namespace },
      });
    }
  },
});

function declared(run: Run): Map<string, Declared> {
  return run.memo("namespaces/declared-references", () => {
    const m = new Map<string, Declared>();
    for (const kind of REF_KINDS) {
      for (const o of run.byKind(kind)) {
        if (o.metadata.name === undefined) continue;
        const key = `${kind}/${o.metadata.name}`;
        let d = m.get(key);
        if (!d) m.set(key, (d = { namespaces: new Set(), unresolved: false }));
        const ns = run.namespaceOf(o);
        if (ns === undefined) d.unresolved = true;
        else d.namespaces.add(ns);
      }
    }
    return m;
  });
}

function referencesOf(w: Workload): Reference[] {
  const out: Reference[] = [];
  const spec = w.podSpec;
  const base = w.podSpecPointer;
  const add = (kind: RefKind, name: unknown, pointer: string, optional?: unknown) => {
    if (typeof name === "string" && name !== "" && optional !== true) out.push({ kind, name, pointer });
  };
  const sa = typeof spec.serviceAccountName === "string" ? "serviceAccountName" : "serviceAccount";
  if (spec[sa] !== "default") add("ServiceAccount", spec[sa], joinPointer(base, sa));
  if (Array.isArray(spec.volumes)) {
    spec.volumes.forEach((v, i) => {
      if (!isRecord(v)) return;
      const at = (...t: (string | number)[]) => joinPointer(base, "volumes", i, ...t);
      if (isRecord(v.configMap)) add("ConfigMap", v.configMap.name, at("configMap", "name"), v.configMap.optional);
      if (isRecord(v.secret)) add("Secret", v.secret.secretName, at("secret", "secretName"), v.secret.optional);
      if (isRecord(v.persistentVolumeClaim)) add("PersistentVolumeClaim", v.persistentVolumeClaim.claimName, at("persistentVolumeClaim", "claimName"));
      const sources = isRecord(v.projected) && Array.isArray(v.projected.sources) ? v.projected.sources : [];
      sources.forEach((s, j) => {
        if (!isRecord(s)) return;
        if (isRecord(s.configMap)) add("ConfigMap", s.configMap.name, at("projected", "sources", j, "configMap", "name"), s.configMap.optional);
        if (isRecord(s.secret)) add("Secret", s.secret.name, at("projected", "sources", j, "secret", "name"), s.secret.optional);
      });
    });
  }
  for (const c of w.all) {
    const env = c.raw.env;
    if (Array.isArray(env)) {
      env.forEach((e, k) => {
        const from = isRecord(e) && isRecord(e.valueFrom) ? e.valueFrom : undefined;
        if (!from) return;
        if (isRecord(from.configMapKeyRef)) add("ConfigMap", from.configMapKeyRef.name, c.pointer("env", k, "valueFrom", "configMapKeyRef", "name"), from.configMapKeyRef.optional);
        if (isRecord(from.secretKeyRef)) add("Secret", from.secretKeyRef.name, c.pointer("env", k, "valueFrom", "secretKeyRef", "name"), from.secretKeyRef.optional);
      });
    }
    const envFrom = c.raw.envFrom;
    if (Array.isArray(envFrom)) {
      envFrom.forEach((e, k) => {
        if (!isRecord(e)) return;
        if (isRecord(e.configMapRef)) add("ConfigMap", e.configMapRef.name, c.pointer("envFrom", k, "configMapRef", "name"), e.configMapRef.optional);
        if (isRecord(e.secretRef)) add("Secret", e.secretRef.name, c.pointer("envFrom", k, "secretRef", "name"), e.secretRef.optional);
      });
    }
  }
  return out;
}
