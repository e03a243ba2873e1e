// The cross-resource view of one run: every object, indexed by kind and namespace, with workloads
// derived once. Cross-resource rules use these indexes instead of comparing everything with everything.
import type { K8sObject } from "../core/types.js";
import { builtinScope, type Scope } from "./kinds.js";
import { workloadOf, type Workload } from "./workload.js";

export interface UserInfo {
  readonly username?: string;
  readonly uid?: string;
  readonly groups?: readonly string[];
}

export interface AdmissionInfo {
  readonly operation: "CREATE" | "UPDATE" | "DELETE" | "CONNECT";
  readonly userInfo: UserInfo;
  /** The request's namespace: where an object without metadata.namespace lands. */
  readonly namespace?: string;
  readonly dryRun: boolean;
  readonly oldObject?: K8sObject;
}

export interface RunContext {
  readonly origin: "files" | "admission";
  readonly admission?: AdmissionInfo;
  /** Files the change touches (a PR); rules still see every object. */
  readonly changedFiles?: ReadonlySet<string>;
  /** How the unit checked is applied (a Helm release is installed into the namespace given to helm). */
  readonly unitKind?: "kustomize" | "helm" | "plain";
  /** Namespace an object without metadata.namespace lands in, when known (kustomize/`kubectl -n` per path). */
  readonly namespaceForFile?: (file: string) => string | undefined;
  /** Maps a finding's file (relative to where tollgate runs) to its path in the repository, for ownership globs. */
  readonly repoPathOf?: (file: string) => string;
  /** The repository's CODEOWNERS file, read by the door (rules do no I/O). */
  readonly codeowners?: { readonly file: string; readonly text: string };
}

/** The answer for a kind or namespace with no objects: rules ask for many of those per request. */
const NONE: readonly K8sObject[] = Object.freeze([]);

export class Run {
  readonly objects: readonly K8sObject[];
  readonly workloads: readonly Workload[];
  readonly context: RunContext;
  readonly base: Run | undefined;
  private readonly kindIndex = new Map<string, K8sObject[]>();
  private readonly nsIndex = new Map<string, K8sObject[]>();
  private readonly workloadByKey = new Map<string, Workload>();
  private readonly crdScopes = new Map<string, Scope>();
  private readonly memos = new Map<string, unknown>();

  constructor(objects: readonly K8sObject[], context: RunContext = { origin: "files" }, base?: Run) {
    this.objects = objects;
    this.context = context;
    this.base = base;
    const workloads: Workload[] = [];
    for (const o of objects) {
      push(this.kindIndex, o.kind, o);
      const ns = this.namespaceOf(o);
      if (ns !== undefined) push(this.nsIndex, ns, o);
      const w = workloadOf(o);
      if (w) {
        workloads.push(w);
        this.workloadByKey.set(o.key, w);
      }
      if (o.kind === "CustomResourceDefinition") {
        const spec = o.raw.spec as { scope?: unknown; names?: { kind?: unknown } } | undefined;
        if (typeof spec?.names?.kind === "string" && (spec.scope === "Namespaced" || spec.scope === "Cluster")) {
          this.crdScopes.set(spec.names.kind, spec.scope);
        }
      }
    }
    this.workloads = workloads;
  }

  byKind(kind: string): readonly K8sObject[] {
    return this.kindIndex.get(kind) ?? NONE;
  }

  /** Objects whose resolved namespace is `ns`. */
  inNamespace(ns: string): readonly K8sObject[] {
    return this.nsIndex.get(ns) ?? NONE;
  }

  namespaces(): string[] {
    return [...this.nsIndex.keys()];
  }

  workloadOf(o: K8sObject): Workload | undefined {
    return this.workloadByKey.get(o.key);
  }

  /** Namespaced, cluster-scoped, or unknown (a CRD not in the run). */
  scopeOf(kind: string): Scope {
    const b = builtinScope(kind);
    if (b !== "Unknown") return b;
    return this.crdScopes.get(kind) ?? "Unknown";
  }

  /**
   * Where a namespaced object lands: its metadata.namespace, else the namespace given for its path
   * or the admission request's namespace; undefined when only `kubectl apply` would decide.
   */
  namespaceOf(o: K8sObject): string | undefined {
    if (o.metadata.namespace !== undefined) return o.metadata.namespace;
    if (this.scopeOf(o.kind) === "Cluster") return undefined;
    if (this.context.admission?.namespace) return this.context.admission.namespace;
    if (o.source.file !== undefined) return this.context.namespaceForFile?.(o.source.file);
    return undefined;
  }

  /** Memoised per-run computation shared by rules and doors (LimitRange defaults, cost estimate). */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
