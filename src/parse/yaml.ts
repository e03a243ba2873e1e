// Turns file bytes into SourceDocuments and parse findings. Bad input is data, never an exception.
import { isCollection, LineCounter, parseAllDocuments, visit, type Document } from "yaml";
import type { Position, SourceDocument } from "../core/types.js";
import { locateInDocument } from "./locate.js";

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
  /** Keep the YAML AST for locating findings while under this many bytes of source; above it, re-parse on demand. */
  readonly retainAst?: boolean;
  readonly maxAliasCount?: number;
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
  if (text.trim() === "") {
    problems.push({ ruleId: "parse/empty-file", file, message: `${file} is empty.` });
    return { file, documents: [], problems };
  }
  const hasBraces = text.includes("{{");
  let docs: Document.Parsed[];
  const lineCounter = new LineCounter();
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: false }) as Document.Parsed[];
  } catch (e) {
    problems.push({ ruleId: "parse/yaml-syntax", file, line: 1, column: 1, message: `${file} could not be parsed: ${errorText(e)}` });
    return { file, documents: [], problems };
  }
  if (!Array.isArray(docs)) docs = [docs];

  if (hasBraces && (docs.some((d) => d.errors.length > 0) || docs.some(hasTemplateStructure))) {
    const line = firstLineWith(text, "{{");
    problems.push({
      ruleId: "parse/helm-template",
      file,
      line,
      column: 1,
      message: `${file} looks like an unrendered Helm template ({{ … }} at line ${line}); render it with \`helm template\` first and check the output.`,
    });
    return { file, documents: [], problems };
  }

  let cached: { docs: Document.Parsed[]; lc: LineCounter } | undefined = options.retainAst === false ? undefined : { docs, lc: lineCounter };
  const astFor = (): { docs: Document.Parsed[]; lc: LineCounter } => {
    if (!cached) {
      const lc = new LineCounter();
      cached = { docs: parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false }) as Document.Parsed[], lc };
    }
    return cached;
  };

  const documents: SourceDocument[] = [];
  docs.forEach((doc, index) => {
    const fatal = doc.errors.filter((e) => e.code !== "DUPLICATE_KEY");
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
        message: `YAML syntax error in document ${index + 1}: ${firstLine(err.message)}`,
      });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
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
    documents.push({
      file,
      index,
      value,
      locate(pointer: string): Position | undefined {
        const ast = astFor();
        const d = ast.docs[index];
        return d ? locateInDocument(d, ast.lc, pointer) : undefined;
      },
    });
  });
  if (options.retainAst === false) cached = undefined;
  return { file, documents, problems };
}

/**
 * Template actions in YAML structure: an unquoted scalar holding {{ }} or a mapping key that is itself
 * a collection (what `key: {{ .Values.x }}` parses into). Braces inside quoted or block strings —
 * Prometheus rules, Grafana dashboards, Alertmanager templates — are data, not templates.
 */
function hasTemplateStructure(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === "PLAIN" && typeof node.value === "string" && (node.value.includes("{{") || node.value.includes("}}"))) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
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

function errorText(e: unknown): string {
  if (e instanceof RangeError) return "the document is nested too deeply to process";
  return e instanceof Error ? firstLine(e.message) : String(e);
}

/** A document from an AdmissionReview or other in-memory JSON value: no text, no positions. */
export function documentFromValue(value: unknown, index = 0): SourceDocument {
  return { index, value, locate: () => undefined };
}
