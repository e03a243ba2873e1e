// Turns file bytes into SourceDocuments and parse findings. Bad input is data, never an exception.
import { Composer, isCollection, LineCounter, parseAllDocuments, Parser, visit, type Document } from "yaml";
import type { Position, SourceDocument } from "../core/types.js";
import { locateInDocument, rangePosition } from "./locate.js";

export interface ParseProblem {
  readonly ruleId: string;
  readonly message: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ParsedFile {
  readonly file: string;
  readonly documents: SourceDocument[];
  readonly problems: ParseProblem[];
}

export interface ParseOptions {
  /** Keep every document's YAML AST for locating findings (default); when false, each document is re-parsed on demand. */
  readonly retainAst?: boolean;
  readonly maxAliasCount?: number;
  /**
   * Gives the same text again, for locating findings later (the CLI re-decodes the file's bytes it
   * holds anyway). Without it the text itself is kept as long as the documents are.
   */
  readonly reload?: () => string;
  /**
   * Where re-parsed documents are kept for the next findings. Share one across the files of a run
   * (loadFiles does): one cache per file kept a few ASTs alive for every file with a finding.
   */
  readonly recentAsts?: RecentAsts;
}

type Ast = { readonly doc: Document; readonly lc: LinePos };

/** The last few documents re-parsed to locate findings, across files (findings come sorted by file). */
export class RecentAsts {
  private readonly entries = new Map<string, Ast>();
  private files = 0;
  constructor(private readonly limit = 16) {}

  /** A key for the documents of one more file. */
  newFile(): number {
    return this.files++;
  }

  get(file: number, index: number): Ast | undefined {
    return this.entries.get(`${file}/${index}`);
  }

  set(file: number, index: number, ast: Ast): void {
    this.entries.set(`${file}/${index}`, ast);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}

export function decodeText(file: string, bytes: Uint8Array): { text?: string; problem?: ParseProblem } {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { problem: { ruleId: "parse/not-text", file, message: `${file} is a binary file (it contains NUL bytes), not a manifest.` } };
  }
  try {
    let text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      problem: {
        ruleId: "parse/not-text",
        file,
        line: at.line,
        column: at.column,
        message: `${file} is not valid UTF-8 (first invalid byte at line ${at.line}); Kubernetes manifests must be UTF-8.`,
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest valid prefix. Stream mode tolerates a cut inside a sequence; a fresh
  // decoder per probe, never flushed, since flushing a cut sequence throws.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // A sequence cut short is only pending in stream mode: the invalid part starts at its lead byte.
  for (let k = 0; k < 3 && lo > 0; k++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, lo));
      break;
    } catch {
      lo--;
    }
  }
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < lo; i++) if (bytes[i] === 10) { line++; lastNl = i; }
  return { line, column: lo - lastNl };
}

export function parseYamlText(file: string, text: string, options: ParseOptions = {}): ParsedFile {
  const problems: ParseProblem[] = [];
  if (!/\S/.test(text)) {
    problems.push({ ruleId: "parse/empty-file", file, message: `${file} is empty.` });
    return { file, documents: [], problems };
  }
  const hasBraces = text.includes("{{");
  // Template evidence: a key that is a mapping (`key: {{ x }}`), or a syntax error the actions cause.
  let templateSeen = false;
  let syntaxErrorSeen = false;
  const lineCounter = new LineCounter();
  const retain = options.retainAst !== false;
  // Documents are composed one at a time and dropped once converted (unless retained for locating):
  // holding every AST of a 50 MB file at once needs gigabytes.
  const retained: Document.Parsed[] = [];
  const ranges: (readonly [number, number])[] = [];
  const documents: SourceDocument[] = [];
  // Closures read the text through `source`, so `text` itself is not kept when reload is given.
  const astAt = documentAsts(options.reload ?? keep(text), lineCounter, retained, ranges, retain, options.recentAsts ?? new RecentAsts());

  const take = (doc: Document.Parsed, index: number) => {
    ranges[index] = [doc.range[0], doc.range[2]];
    if (retain) retained[index] = doc;
    const fatal = doc.errors.filter((e) => e.code !== "DUPLICATE_KEY");
    if (fatal.length > 0) syntaxErrorSeen = true;
    else if (hasBraces && !templateSeen && hasTemplateStructure(doc)) templateSeen = true;
    for (const err of doc.errors) {
      const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
      if (err.code === "DUPLICATE_KEY") {
        problems.push({
          ruleId: "parse/duplicate-key",
          file,
          line: pos.line,
          column: pos.col,
          message: `duplicate key at ${file}:${pos.line}: kubectl keeps only the last value, so the earlier one is silently lost.`,
        });
      }
    }
    if (fatal.length > 0) {
      const err = fatal[0]!;
      const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
      problems.push({
        ruleId: "parse/yaml-syntax",
        file,
        line: pos.line,
        column: pos.col,
        message: `YAML syntax error in document ${index + 1}: ${syntaxText(err.message)}`,
      });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
      if (!flattenStrings(value)) throw new SelfReference();
    } catch (e) {
      const start = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
      const pos = lineCounter.linePos(start);
      problems.push({
        ruleId: "parse/yaml-syntax",
        file,
        line: pos.line,
        column: pos.col,
        message: `document ${index + 1} cannot be expanded: ${errorText(e)} (YAML alias expansion is limited to guard against alias bombs).`,
      });
      return;
    }
    if (value === null || value === undefined) return; // an empty document between `---` separators
    // The document root's position costs nothing now and is what whole-object findings and the cost
    // report ask for; deeper pointers walk the AST, kept or re-parsed on demand.
    const rootRange = (doc.contents as { range?: number[] } | null)?.range;
    const root: Position | undefined = rootRange ? rangePosition(lineCounter, rootRange) : undefined;
    documents.push({
      file,
      index,
      value,
      locate(pointer: string): Position | undefined {
        if (pointer === "") return root;
        const ast = astAt(index);
        return ast ? locateInDocument(ast.doc, ast.lc, pointer) : undefined;
      },
    });
  };

  let index = 0;
  try {
    // logLevel error: yaml's warnings quote the document (a Secret's value) on stderr.
    const composer = new Composer({ uniqueKeys: true, strict: false, logLevel: "error" });
    for (const doc of composer.compose(new Parser(lineCounter.addNewLine).parse(text))) take(doc as Document.Parsed, index++);
  } catch (e) {
    problems.push({ ruleId: "parse/yaml-syntax", file, line: 1, column: 1, message: `${file} could not be parsed: ${errorText(e)}` });
    return { file, documents: [], problems };
  }

  if (hasBraces && (templateSeen || (syntaxErrorSeen && parsesWithoutActions(text)))) {
    const line = firstLineWith(text, "{{");
    return {
      file,
      documents: [],
      problems: [{
        ruleId: "parse/helm-template",
        file,
        line,
        column: 1,
        message: `${file} looks like an unrendered Helm template ({{ … }} at line ${line}); render it with \`helm template\` first and check the output.`,
      }],
    };
  }
  return { file, documents, problems };
}

type LinePos = Pick<LineCounter, "linePos">;

function keep(text: string): () => string {
  return () => text;
}

/**
 * The AST of document `index` for locating findings: the retained one, else that document's text
 * re-parsed on its own (positions shifted back into the file), a few kept for the next findings.
 */
function documentAsts(
  source: () => string,
  lineCounter: LineCounter,
  retained: readonly Document.Parsed[],
  ranges: readonly (readonly [number, number])[],
  retain: boolean,
  recent: RecentAsts,
): (index: number) => Ast | undefined {
  const fileKey = recent.newFile();
  return (index) => {
    if (retain) {
      const doc = retained[index];
      return doc ? { doc, lc: lineCounter } : undefined;
    }
    const hit = recent.get(fileKey, index);
    if (hit) return hit;
    const range = ranges[index];
    if (!range) return undefined;
    const text = source();
    // From the start of the document's first line, so indentation is what it was in the file.
    const lineStart = text.lastIndexOf("\n", range[0] - 1) + 1;
    const slice = text.slice(lineStart, range[0]).replace(/[^\t]/g, " ") + text.slice(range[0], range[1]);
    const docs = parseAllDocuments(slice, { uniqueKeys: false });
    const doc = Array.isArray(docs) && docs.length === 1 ? docs[0]! : undefined;
    if (!doc) return undefined;
    const ast: Ast = { doc, lc: { linePos: (offset: number) => lineCounter.linePos(offset + lineStart) } };
    recent.set(fileKey, index, ast);
    return ast;
  };
}

/**
 * Strings as yaml builds them keep more alive than their text. Double-quoted scalars (all of JSON)
 * are built one character at a time: a tree of concatenations costing ~32 bytes per character
 * until something reads it whole (a 50 MB JSON file kept ~1.3 GB alive). Plain and block scalars
 * are slices of the file's text, and V8 keeps a slice of 13 characters or more as a pointer into
 * its parent, so one label value kept the whole file (live heap after loading the 50,000-document
 * benchmark corpus: 206 MB, 168 MB with copies). Each string is replaced by a flat copy of its own.
 */
const SLICE_MIN = 13;

function ownString(s: string): string {
  if (s.length < SLICE_MIN) {
    s.charCodeAt(0); // short strings are copies already; a short concatenation flattens in place
    return s;
  }
  // Slicing a fresh concatenation flattens it into a new string of its own, and the slice points
  // into that (one character larger), not into the file.
  return (" " + s).slice(1);
}

function flattenStrings(root: unknown): boolean {
  // Depth first with exit markers, so `onPath` holds exactly the ancestors of the node taken: an
  // alias inside its own anchor (`&a` … `*a`) makes a value that contains itself, which is refused.
  const done = new Set<object>();
  const onPath = new Set<object>();
  const stack: { node: object; exit?: true }[] = [];
  if (root !== null && typeof root === "object") stack.push({ node: root });
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      onPath.delete(node);
      done.add(node);
      continue;
    }
    if (onPath.has(node)) return false;
    if (done.has(node)) continue; // the same anchor used twice: already flattened
    onPath.add(node);
    stack.push({ node, exit: true });
    // Object.keys gives an array's indexes too, so one loop serves both.
    const record = node as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      const v = record[k];
      if (typeof v === "string") record[k] = ownString(v);
      else if (v !== null && typeof v === "object") stack.push({ node: v });
    }
  }
  return true;
}

/**
 * A document that parses only into nonsense because of template actions: `key: {{ .Values.x }}`
 * reads as a mapping whose key is itself a mapping, which no Kubernetes object has (the API
 * server's JSON cannot even express it). Braces inside strings, plain or quoted (Prometheus alert
 * templates, Grafana legends, Alertmanager templates), are data: a file is a Helm template only
 * inside a chart's templates/ (see layout.ts) or when it fails to parse because of them.
 */
function hasTemplateStructure(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Whether the text parses once its template actions are taken out: an action alone on its line
 * (`{{- if .Values.x }}`) becomes blank, any other becomes a plain word of the same length, so
 * the syntax error was caused by the actions and nothing else.
 */
function parsesWithoutActions(text: string): boolean {
  const stripped = text
    .replace(/^[ \t]*\{\{[^\n]*?\}\}[ \t]*$/gm, (m) => " ".repeat(m.length))
    .replace(/\{\{[^\n]*?\}\}/g, (m) => "x".repeat(m.length));
  try {
    const docs = parseAllDocuments(stripped, { uniqueKeys: false, logLevel: "silent" });
    const list = Array.isArray(docs) ? docs : [docs];
    return list.every((d) => d.errors.length === 0);
  } catch {
    return false;
  }
}

function firstLineWith(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) return 1;
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.trim();
}

/** The parser's message, or what a stack overflow in it means for the user. */
function syntaxText(message: string): string {
  const first = firstLine(message);
  return /call stack/i.test(first) ? "the document is nested too deeply to parse" : withheld(first);
}

class SelfReference extends Error {}

function errorText(e: unknown): string {
  if (e instanceof SelfReference) return "an alias is used inside its own anchor, so the document contains itself";
  if (e instanceof RangeError) return "the document is nested too deeply to process";
  return withheld(e instanceof Error ? firstLine(e.message) : String(e));
}

/**
 * yaml quotes the offending source in some messages ("Unresolved alias …: *value", "Block scalar
 * header includes extra characters: …", an unexpected token's text). The source may be a Secret's
 * value, and messages end up in PR comments, annotations and logs: keep the message, drop the quote.
 */
function withheld(message: string): string {
  return message
    .replace(/^(Unresolved alias \(the anchor must be set before the alias\)|Unresolved tag|Block scalar header includes extra characters):.*$/, "$1")
    .replace(/: ".*$/, "")
    .replace(/^Unexpected (\S{3,}|\S+\s.*?) in (flow \w+|collection)$/, "Unexpected text in $2");
}

/** A document from an AdmissionReview or other in-memory JSON value: no text, no positions. */
export function documentFromValue(value: unknown, index = 0): SourceDocument {
  return { index, value, locate: () => undefined };
}
