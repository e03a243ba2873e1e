// Maps rendered objects back to where a person edits them. Kustomize: the origin annotation names
// the source file; a field is located by JSON pointer in that file's object, else in the patch that
// set it, else at its nearest ancestor in the source. Helm: the `# Source:` comment names the
// template; the object and its fields are found by indentation in the template text.
import { readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parse, parseAllDocuments, type Document, type Node } from "yaml";
import { isRecord, splitPointer, type Position, type SourceDocument } from "../core/types.js";
import { locateInDocument, rangePosition } from "../parse/locate.js";
import type { Kustomization } from "./kustomization.js";

const ORIGIN = "config.kubernetes.io/origin";
const TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";

interface ParsedSource {
  readonly docs: readonly Document[];
  readonly lc: LineCounter;
}

/** Source files parsed once per run, for locating. */
export class SourceFiles {
  private readonly cache = new Map<string, ParsedSource | undefined>();
  get(abs: string): ParsedSource | undefined {
    if (!this.cache.has(abs)) {
      try {
        const lc = new LineCounter();
        const docs = parseAllDocuments(readFileSync(abs, "utf8"), { lineCounter: lc });
        this.cache.set(abs, Array.isArray(docs) ? { docs, lc } : undefined);
      } catch {
        this.cache.set(abs, undefined);
      }
    }
    return this.cache.get(abs);
  }
  text(abs: string): string | undefined {
    try {
      return readFileSync(abs, "utf8");
    } catch {
      return undefined;
    }
  }
}

/** Removes the two kustomize annotations (and an annotations map they leave empty). */
function stripAnnotations(value: Record<string, unknown>): { origin?: string; transformations?: string } {
  const md = value.metadata;
  if (!isRecord(md) || !isRecord(md.annotations)) return {};
  const a = md.annotations;
  const origin = typeof a[ORIGIN] === "string" ? (a[ORIGIN] as string) : undefined;
  const transformations = typeof a[TRANSFORMATIONS] === "string" ? (a[TRANSFORMATIONS] as string) : undefined;
  delete a[ORIGIN];
  delete a[TRANSFORMATIONS];
  if (Object.keys(a).length === 0) delete md.annotations;
  return { ...(origin !== undefined ? { origin } : {}), ...(transformations !== undefined ? { transformations } : {}) };
}

const nameOf = (v: unknown) => (isRecord(v) && isRecord(v.metadata) && typeof v.metadata.name === "string" ? v.metadata.name : undefined);
const kindOf = (v: unknown) => (isRecord(v) && typeof v.kind === "string" ? v.kind : undefined);

/** The source document holding the rendered object: same kind and name (a prefix or suffix allowed), else the only one of its kind. */
function findObject(src: ParsedSource, kind: string | undefined, name: string | undefined): Document | undefined {
  const values = src.docs.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown);
  const sameKind = src.docs.filter((_, i) => kindOf(values[i]) === kind);
  const exact = sameKind.find((d) => nameOf(d.toJS({ maxAliasCount: 100 })) === name);
  if (exact) return exact;
  const within = sameKind.filter((d) => {
    const n = nameOf(d.toJS({ maxAliasCount: 100 }));
    return n !== undefined && name !== undefined && name.includes(n);
  });
  if (within.length === 1) return within[0];
  return sameKind.length === 1 ? sameKind[0] : undefined;
}

/**
 * The pointer's node in a source document, only when every step exists. A list item is matched by
 * its `name` in the rendered object (a patch lists only the containers it changes).
 */
function locateExact(doc: Document, lc: LineCounter, pointer: string, rendered: unknown): Position | undefined {
  let node: unknown = doc.contents;
  let value: unknown = rendered;
  let range: readonly number[] | undefined;
  for (const token of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === token);
      if (!pair) return undefined;
      range = (pair.key as Node | null)?.range ?? undefined;
      node = pair.value;
      value = isRecord(value) ? value[token] : undefined;
    } else if (isSeq(node)) {
      const i = Number(token);
      const item = Array.isArray(value) ? value[i] : undefined;
      const want = nameOf({ metadata: item }) ?? (isRecord(item) && typeof item.name === "string" ? item.name : undefined);
      const found = want !== undefined
        ? node.items.find((n) => isMap(n) && n.items.some((p) => isPair(p) && isScalar(p.key) && p.key.value === "name" && isScalar(p.value) && p.value.value === want))
        : node.items[i];
      if (found === undefined) return undefined;
      range = (found as Node).range ?? undefined;
      node = found;
      value = item;
    } else {
      return undefined;
    }
  }
  if (!range) return undefined;
  return rangePosition(lc, range);
}

export interface MapContext {
  readonly cwd: string;
  readonly sources: SourceFiles;
  /** Kustomizations of the unit, by absolute file, for the patches they apply. */
  readonly kustomizations: ReadonlyMap<string, Kustomization>;
}

const shown = (cwd: string, abs: string) => {
  const rel = relative(cwd, abs);
  return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(sep).join("/");
};

/** A rendered kustomize object as a document of its source file. */
export function kustomizeDocument(value: Record<string, unknown>, index: number, wrapperDir: string, overlayFile: string, ctx: MapContext): SourceDocument {
  const { origin, transformations } = stripAnnotations(value);
  const originPath = origin ? pathField(origin) : undefined;
  const originFile = originPath ? resolve(wrapperDir, originPath) : overlayFile;
  const patchKustomizations = transformations ? configuredIn(transformations).map((p) => resolve(wrapperDir, p)) : [];
  const kind = kindOf(value);
  const name = nameOf(value);
  const sourceDoc = () => {
    const src = ctx.sources.get(originFile);
    const doc = src ? findObject(src, kind, name) : undefined;
    return src && doc ? { doc, lc: src.lc } : undefined;
  };
  const file = shown(ctx.cwd, originFile);
  return {
    file,
    index,
    value,
    locate(pointer: string): Position | undefined {
      const s = sourceDoc();
      const exact = s ? locateExact(s.doc, s.lc, pointer, value) : undefined;
      if (exact) return exact;
      for (const kf of patchKustomizations) {
        const k = ctx.kustomizations.get(kf);
        for (const patch of k?.patchFiles ?? []) {
          const p = locateInPatch(ctx.sources.get(patch), kind, name, pointer, value);
          if (p) return { ...p, file: shown(ctx.cwd, patch) };
        }
      }
      if (s) return locateInDocument(s.doc, s.lc, pointer);
      return { line: 1, column: 1 };
    },
  };
}

function locateInPatch(src: ParsedSource | undefined, kind: string | undefined, name: string | undefined, pointer: string, rendered: unknown): Position | undefined {
  if (!src) return undefined;
  for (const doc of src.docs) {
    const v = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (Array.isArray(v) && isSeq(doc.contents)) {
      // JSON 6902: the operation whose path is the pointer or an ancestor of it.
      const i = v.findIndex((op) => isRecord(op) && typeof op.path === "string" && (pointer === op.path || pointer.startsWith(op.path + "/")));
      if (i >= 0) {
        const item = doc.contents.items[i] as Node | undefined;
        if (item?.range) return rangePosition(src.lc, item.range);
      }
      continue;
    }
    if (kindOf(v) !== kind) continue;
    const n = nameOf(v);
    if (n !== undefined && name !== undefined && !name.includes(n)) continue;
    const p = locateExact(doc, src.lc, pointer, rendered);
    if (p) return p;
  }
  return undefined;
}

function pathField(text: string): string | undefined {
  try {
    const v = parse(text) as unknown;
    if (isRecord(v) && typeof v.path === "string") return v.path;
    if (isRecord(v) && isRecord(v.configuredIn) && typeof v.configuredIn === "string") return v.configuredIn;
    if (isRecord(v) && typeof v.configuredIn === "string") return v.configuredIn;
  } catch {
    // an annotation someone wrote by hand: the object is placed at the overlay
  }
  return undefined;
}

function configuredIn(text: string): string[] {
  try {
    const v = parse(text) as unknown;
    if (!Array.isArray(v)) return [];
    return [...new Set(v.filter((t) => isRecord(t) && typeof t.configuredIn === "string" && isRecord(t.configuredBy) && String(t.configuredBy.kind).includes("Patch")).map((t) => (t as { configuredIn: string }).configuredIn))];
  } catch {
    return [];
  }
}

/** Helm: `# Source: <chart>/templates/x.yaml` → the file under the chart folder. */
export function helmSourceFile(chartDir: string, source: string): string {
  const parts = source.split("/");
  const file = join(chartDir, ...parts.slice(1));
  // The comment is template output a chart can forge: never point outside the chart.
  return file.startsWith(chartDir + sep) ? file : join(chartDir, "Chart.yaml");
}

/** A rendered Helm object as a document of its template: fields found by indentation. */
export function helmDocument(value: Record<string, unknown>, index: number, templateFile: string, nth: number, ctx: MapContext): SourceDocument {
  const file = shown(ctx.cwd, templateFile);
  let lines: string[] | undefined;
  return {
    file,
    index,
    value,
    locate(pointer: string): Position | undefined {
      lines ??= (ctx.sources.text(templateFile) ?? "").split("\n");
      return locateInTemplate(lines, nth, pointer);
    },
  };
}

const INDENT = /^(\s*)(- )?/;
const blankOrDirective = (l: string) => /^\s*(#.*)?$/.test(l) || /^\s*\{\{[^}]*\}\}\s*$/.test(l);

/** The nth document of a template (a `range` may render several from one), then the pointer's keys by indentation. */
export function locateInTemplate(lines: readonly string[], nth: number, pointer: string): Position {
  const starts = [0];
  lines.forEach((l, i) => { if (/^---/.test(l)) starts.push(i + 1); });
  const chunks = starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1]! - 1 : lines.length] as const)
    .filter(([s, e]) => lines.slice(s, e).some((l) => /^\s*(apiVersion|kind):/.test(l)));
  const [from, to] = chunks[Math.min(nth, chunks.length - 1)] ?? [0, lines.length];
  let line = from;
  while (line < to && !/^\s*(apiVersion|kind)\s*:/.test(lines[line]!)) line++;
  if (line >= to) return { line: from + 1, column: 1 };
  let found = { line, column: (INDENT.exec(lines[line]!)![1]!.length) + 1 };
  let start = from;
  let end = to;
  let parentIndent = -1;
  for (const token of splitPointer(pointer)) {
    let hit = -1;
    let hitIndent = -1;
    if (/^\d+$/.test(token)) {
      const items: number[] = [];
      let itemIndent = -1;
      for (let i = start; i < end; i++) {
        const l = lines[i]!;
        if (blankOrDirective(l)) continue;
        const m = /^(\s*)- /.exec(l);
        if (!m) continue;
        if (m[1]!.length <= parentIndent) continue;
        if (itemIndent === -1) itemIndent = m[1]!.length;
        if (m[1]!.length === itemIndent) items.push(i);
      }
      if (items.length === 0) break;
      hit = items[Math.min(Number(token), items.length - 1)]!;
      hitIndent = itemIndent;
    } else {
      const key = new RegExp(`^(\\s*)(- )?["']?${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
      for (let i = start; i < end; i++) {
        const m = key.exec(lines[i]!);
        if (m && m[1]!.length + (m[2] ? 2 : 0) > parentIndent) {
          hit = i;
          hitIndent = m[1]!.length + (m[2] ? 2 : 0);
          break;
        }
      }
      if (hit === -1) break;
    }
    found = { line: hit, column: hitIndent + 1 };
    // The node's block: the following lines indented more deeply.
    let blockEnd = hit + 1;
    while (blockEnd < end && (blankOrDirective(lines[blockEnd]!) || INDENT.exec(lines[blockEnd]!)![1]!.length > hitIndent)) blockEnd++;
    start = /^\d+$/.test(token) ? hit : hit + 1;
    end = blockEnd;
    parentIndent = /^\d+$/.test(token) ? hitIndent - 1 : hitIndent;
    if (/^\d+$/.test(token)) {
      // An item's own keys sit at its dash + 2.
      parentIndent = hitIndent + 1;
      start = hit;
    }
  }
  return { line: found.line + 1, column: found.column };
}

