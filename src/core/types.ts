// Plain, serializable data that crosses layer boundaries: sources, objects, findings, results.

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
export const severityRank: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** 1-based line and column in a source text. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** Set when the place is in another file than the document's (a rendered object's field set by a kustomize patch). */
  readonly file?: string;
}

/** One parsed document of an input file (or an AdmissionReview object, which has no text). */
export interface SourceDocument {
  /** Repo-relative path as given by the caller; absent for admission requests. */
  readonly file?: string;
  /** 0-based index of the document within its file. */
  readonly index: number;
  readonly value: unknown;
  /** Maps a JSON pointer into `value` to a position, falling back to the nearest ancestor. */
  locate(pointer: string): Position | undefined;
}

export interface ObjectRef {
  readonly apiVersion?: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name?: string;
}

export interface Metadata {
  readonly name?: string;
  readonly generateName?: string;
  readonly namespace?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

/** A Kubernetes object with where it came from; `List` items are unwrapped into their own objects. */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: Metadata;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly source: SourceDocument;
  /** Pointer of this object inside its document ("" or "/items/3" for List items). */
  readonly basePointer: string;
  /** Stable identity within a run: file#doc/pointer. */
  readonly key: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly object?: ObjectRef;
  readonly container?: string;
  readonly pointer?: string;
  readonly remediation?: string;
  readonly docs?: string;
  /** The unit the finding belongs to (a kustomize overlay, a Helm release, a folder); set when a run has more than one. */
  readonly unit?: string;
}

export interface Summary {
  readonly files: number;
  readonly documents: number;
  readonly objects: number;
  readonly skippedDocuments: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly suppressed: number;
}

export function refOf(o: K8sObject): ObjectRef {
  const ref: { apiVersion?: string; kind: string; namespace?: string; name?: string } = {
    apiVersion: o.apiVersion,
    kind: o.kind,
  };
  if (o.metadata.namespace !== undefined) ref.namespace = o.metadata.namespace;
  const name = o.metadata.name ?? o.metadata.generateName;
  if (name !== undefined) ref.name = name;
  return ref;
}

/** "Deployment api/web" — how messages name an object. */
export function describeObject(o: ObjectRef): string {
  const ns = o.namespace ? `${o.namespace}/` : "";
  return `${o.kind} ${ns}${o.name ?? "(unnamed)"}`;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function escapePointerToken(t: string | number): string {
  const s = String(t);
  // Nearly every token (field names, indexes) has neither character: skip the two regexp passes.
  if (s.indexOf("~") === -1 && s.indexOf("/") === -1) return s;
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  // A loop, not map/join: this runs for every container and quantity of every object.
  let out = base;
  for (let i = 0; i < tokens.length; i++) out += "/" + escapePointerToken(tokens[i]!);
  return out;
}

/** The value under a path of property names (or array indexes), or undefined where one is missing. */
export function valueAt(root: unknown, tokens: readonly string[]): unknown {
  let cur = root;
  for (let i = 0; i < tokens.length; i++) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[tokens[i]!];
  }
  return cur;
}

/** A read-only interface's object while it is being built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  const tokens = pointer.slice(1).split("/");
  return pointer.indexOf("~") === -1 ? tokens : tokens.map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
