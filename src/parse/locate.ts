// Maps a JSON pointer to a 1-based line/column by walking the YAML AST, falling back to the
// nearest ancestor that exists (a missing field is reported where it should have been).
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from "yaml";
import { splitPointer, type Position } from "../core/types.js";

export function locateInDocument(doc: Document, lineCounter: Pick<LineCounter, "linePos">, pointer: string): Position | undefined {
  let node: unknown = doc.contents;
  let range: readonly number[] | undefined = (doc.contents as Node | null)?.range ?? undefined;
  for (const token of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === token);
      if (!pair) break;
      range = (pair.key as Node | null)?.range ?? (pair.value as Node | null)?.range ?? range;
      node = pair.value;
    } else if (isSeq(node)) {
      const i = /^\d+$/.test(token) ? Number(token) : -1;
      const item = i >= 0 ? node.items[i] : undefined;
      if (item === undefined) break;
      range = (item as Node | null)?.range ?? range;
      node = item;
    } else {
      break;
    }
  }
  if (!range) return undefined;
  const start = lineCounter.linePos(range[0]!);
  const end = lineCounter.linePos(Math.max(range[0]!, (range[1] ?? range[0]!) - 1));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return String(key);
}
