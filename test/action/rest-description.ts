// The committed subset of GitHub's REST description, compiled for checking: route matching,
// parameter and body validation, response validation. The fake answers nothing it cannot check here.
import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

export type JsonSchema = { readonly [key: string]: unknown };

export interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required?: boolean;
  readonly schema: JsonSchema;
  readonly "x-multi-segment"?: boolean;
}

export interface Operation {
  readonly method: string;
  readonly template: string;
  readonly operationId: string;
  readonly docsUrl: string;
  readonly parameters: readonly Parameter[];
  readonly requestBody?: { readonly required?: boolean; readonly schema: JsonSchema };
  /** Status code (as in the description) to the JSON schema of its body, or null when the status has no JSON body. */
  readonly responses: ReadonlyMap<string, JsonSchema | null>;
}

export interface RouteMatch {
  readonly operation: Operation;
  readonly params: Readonly<Record<string, string>>;
}

export interface SchemaProblem {
  readonly at: string;
  readonly message: string;
}

interface SubsetDocument {
  openapi: string;
  info: { version: string; "x-extracted": { packageVersion: string; extractedAt: string } };
  paths: Record<string, Record<string, RawOperation>>;
  components: Record<string, Record<string, unknown>>;
}

interface RawOperation {
  operationId: string;
  externalDocs?: { url: string };
  parameters?: unknown[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, unknown>;
}

const SUBSET_URL = new URL("./fixtures/github-rest-subset.json", import.meta.url);
const DOC_ID = "https://tollgate.invalid/github-rest-subset.json";

/** ajv format checks for the formats GitHub's description uses (OpenAPI's int64 and uri-template are not checked). */
const FORMATS = {
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: (value: string) => URL.canParse(value),
  email: /^[^@\s]+@[^@\s]+$/,
  "uri-template": true,
  int64: true,
  int32: true,
  timestamp: true,
} as const;

/**
 * OpenAPI 3.0 schema to the JSON Schema ajv understands: `nullable: true` becomes an explicit
 * null branch (ajv's own `nullable` support needs a sibling `type`, which GitHub's allOf-wrapped
 * refs lack), and local refs become absolute so inline schemas compile on their own.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) out[key] = DOC_ID + value;
    else if (key === "enum" || key === "default" || key === "const") out[key] = value;
    else if (key === "nullable") continue;
    else if (NAME_MAPS.has(key) && value && typeof value === "object" && !Array.isArray(value)) {
      // Keys here are names (a property may be called "nullable"); only the values are schemas.
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
    } else out[key] = toJsonSchema(value);
  }
  if ((node as { nullable?: unknown }).nullable === true) return { anyOf: [out, { type: "null" }] };
  return out;
}

const NAME_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "schemas"]);

export class RestDescription {
  readonly operations: readonly Operation[];
  readonly packageVersion: string;
  readonly extractedAt: string;
  private readonly doc: SubsetDocument;
  private readonly ajv: Ajv;
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  private readonly routes: ReadonlyArray<{ operation: Operation; pattern: RegExp; names: string[] }>;

  constructor(doc: SubsetDocument) {
    this.doc = doc;
    this.packageVersion = doc.info["x-extracted"].packageVersion;
    this.extractedAt = doc.info["x-extracted"].extractedAt;
    this.ajv = new Ajv({ strict: false, allErrors: true, formats: FORMATS });
    this.ajv.addSchema({ $id: DOC_ID, components: toJsonSchema(doc.components) as object });

    const operations: Operation[] = [];
    const routes: Array<{ operation: Operation; pattern: RegExp; names: string[] }> = [];
    for (const [template, methods] of Object.entries(doc.paths)) {
      for (const [method, raw] of Object.entries(methods)) {
        const parameters = (raw.parameters ?? []).map((p) => this.deref(p) as Parameter);
        const body = raw.requestBody?.content?.["application/json"]?.schema;
        const responses = new Map<string, JsonSchema | null>();
        for (const [status, response] of Object.entries(raw.responses)) {
          const resolved = this.deref(response) as { content?: Record<string, { schema?: JsonSchema }> };
          responses.set(status, resolved.content?.["application/json"]?.schema ?? null);
        }
        const operation: Operation = {
          method: method.toUpperCase(),
          template,
          operationId: raw.operationId,
          docsUrl: raw.externalDocs?.url ?? "https://docs.github.com/rest",
          parameters,
          requestBody: body ? { required: raw.requestBody?.required, schema: body } : undefined,
          responses,
        };
        operations.push(operation);
        const names: string[] = [];
        const source = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
          if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
          names.push(name);
          const multi = parameters.find((p) => p.name === name && p.in === "path")?.["x-multi-segment"];
          return multi ? "(.+)" : "([^/]+)";
        });
        routes.push({ operation, pattern: new RegExp(`^${source}$`), names });
      }
    }
    this.operations = operations;
    this.routes = routes;
  }

  static load(): RestDescription {
    return new RestDescription(JSON.parse(readFileSync(SUBSET_URL, "utf8")) as SubsetDocument);
  }

  operation(operationId: string): Operation {
    const found = this.operations.find((op) => op.operationId === operationId);
    if (!found) throw new Error(`operation ${operationId} is not in the REST subset`);
    return found;
  }

  /** Matches a request path; `pathKnown` tells an unknown path from a known path with another method. */
  match(method: string, path: string): { route?: RouteMatch; pathKnown: boolean } {
    let pathKnown = false;
    for (const { operation, pattern, names } of this.routes) {
      const m = pattern.exec(path);
      if (!m) continue;
      pathKnown = true;
      if (operation.method !== method) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { route: { operation, params }, pathKnown };
    }
    return { pathKnown };
  }

  /** Resolves a `#/components/...` reference in the raw (OpenAPI) document; other values pass through. */
  deref(node: unknown): unknown {
    let current = node;
    for (let hops = 0; hops < 20; hops++) {
      const ref = (current as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== "string") return current;
      const [, kind, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref) ?? [];
      const target = kind && name ? this.doc.components[kind]?.[name] : undefined;
      if (target === undefined) throw new Error(`dangling $ref ${ref}`);
      current = target;
    }
    throw new Error("$ref chain too long");
  }

  /** The raw OpenAPI schema of a named component (for building instances). */
  componentSchema(name: string): JsonSchema {
    const schema = this.doc.components.schemas?.[name];
    if (!schema) throw new Error(`schema ${name} is not in the REST subset`);
    return schema as JsonSchema;
  }

  /** Every `$ref` in the committed document, for the consistency test. */
  allRefs(): string[] {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object")
        for (const [k, v] of Object.entries(node)) k === "$ref" && typeof v === "string" ? refs.push(v) : walk(v);
    };
    walk(this.doc);
    return refs;
  }

  validate(schema: JsonSchema, value: unknown): SchemaProblem[] {
    let fn = this.compiled.get(schema);
    if (!fn) {
      fn = this.ajv.compile(toJsonSchema(schema) as object);
      this.compiled.set(schema, fn);
    }
    return fn(value) ? [] : (fn.errors ?? []).map(describe);
  }
}

function describe(error: ErrorObject): SchemaProblem {
  const at = error.instancePath || "/";
  if (error.keyword === "required") return { at, message: `"${String(error.params.missingProperty)}" wasn't supplied.` };
  if (error.keyword === "additionalProperties")
    return { at, message: `"${String(error.params.additionalProperty)}" is not a permitted key.` };
  return { at, message: error.message ?? error.keyword };
}
