// SourceDocuments -> K8sObjects: unwraps `v1 List` and `*List` kinds, keeps each object's origin.
import { isRecord, joinPointer, type K8sObject, type Metadata, type SourceDocument } from "../core/types.js";
import { classifyDocument } from "./classify.js";

export interface ObjectsResult {
  readonly objects: K8sObject[];
  /** Documents that are not Kubernetes objects (values, Chart.yaml, tool configs; see classify.ts): skipped and counted. */
  readonly skipped: number;
  readonly incomplete: { readonly doc: SourceDocument; readonly pointer: string; readonly missing: string }[];
}

export function objectsFromDocuments(docs: readonly SourceDocument[]): ObjectsResult {
  const objects: K8sObject[] = [];
  const incomplete: ObjectsResult["incomplete"][number][] = [];
  let skipped = 0;
  for (const doc of docs) {
    const c = classifyDocument(doc.value);
    if (c.type === "skip") { skipped++; continue; }
    if (c.type === "broken") {
      incomplete.push({ doc, pointer: "", missing: c.missing });
      continue;
    }
    const v = doc.value as Record<string, unknown>;
    const kind = v.kind as string;
    if (kind.endsWith("List") && Array.isArray(v.items)) {
      v.items.forEach((item, i) => {
        const pointer = joinPointer("", "items", i);
        if (!isRecord(item) || typeof item.kind !== "string" || typeof item.apiVersion !== "string") {
          incomplete.push({ doc, pointer, missing: isRecord(item) && typeof item.kind === "string" ? "apiVersion" : "kind" });
          return;
        }
        objects.push(makeObject(item, doc, pointer));
      });
      continue;
    }
    objects.push(makeObject(v, doc, ""));
  }
  return { objects, skipped, incomplete };
}

export function makeObject(raw: Record<string, unknown>, source: SourceDocument, basePointer: string): K8sObject {
  return {
    apiVersion: raw.apiVersion as string,
    kind: raw.kind as string,
    metadata: metadataOf(raw.metadata),
    raw,
    source,
    basePointer,
    key: `${source.file ?? "<request>"}#${source.index}${basePointer}`,
  };
}

function metadataOf(m: unknown): Metadata {
  if (!isRecord(m)) return { labels: {}, annotations: {} };
  const md: { name?: string; generateName?: string; namespace?: string; labels: Record<string, string>; annotations: Record<string, string> } = {
    labels: stringMap(m.labels),
    annotations: stringMap(m.annotations),
  };
  if (typeof m.name === "string") md.name = m.name;
  if (typeof m.generateName === "string") md.generateName = m.generateName;
  if (typeof m.namespace === "string" && m.namespace !== "") md.namespace = m.namespace;
  return md;
}

/** Label and annotation maps as strings; YAML may have parsed `true` or `1` unquoted. */
export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const k of Object.keys(v)) {
    const val = v[k];
    if (val !== null && val !== undefined) out[k] = String(val);
  }
  return out;
}
