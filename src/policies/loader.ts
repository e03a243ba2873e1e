// Compiles policies/*.yaml into the same Rule interface as code rules. Texts come from the door.
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { humanErrors, ConfigInvalid } from "../core/config.js";
import { isRecord } from "../core/types.js";
import { defineRule, type AnyRule, type Report } from "../engine/rule.js";
import { parseQuantity } from "../model/quantity.js";
import { parseYamlText } from "../parse/yaml.js";
import { createPolicyAjv } from "./keywords.js";
import { UnsafePattern } from "./regexp.js";
import { policyFileSchema, type PolicyFile } from "./schema.js";

// Created on first compile: with the build's precompiled validators a run over the built-in policies
// never needs one.
let policyAjv: Ajv | undefined;
const ajv = (): Ajv => (policyAjv ??= createPolicyAjv());
let policyFileValidator: ValidateFunction | undefined;
const validatePolicyFile = (value: unknown): value is PolicyFile => {
  policyFileValidator ??= ajv().compile(policyFileSchema);
  return policyFileValidator(value) as boolean;
};

/**
 * The build's precompiled validators (dist/validators.js): the policy file schema, and built-in policy
 * schemas by validatorKey. A policy whose schema or options differ from the precompiled ones is compiled.
 */
export function usePrecompiledPolicyValidators(v: { policyFile: ValidateFunction; policies: Readonly<Record<string, ValidateFunction>>; parsed: readonly (readonly [string, PolicyFile])[] }): void {
  policyFileValidator = v.policyFile;
  for (const [key, fn] of Object.entries(v.policies)) compiled.set(key, fn);
  for (const [text, policy] of v.parsed) preparsed.set(text, policy);
}

/** Built-in policy texts the build already parsed and validated, by their exact text. */
const preparsed = new Map<string, PolicyFile>();

export interface LoadedPolicy {
  readonly rule: AnyRule;
  readonly policy: PolicyFile;
  readonly file: string;
}

/** Parses and validates one policy file; throws ConfigInvalid naming the file, line and field. */
export function loadPolicy(file: string, text: string): LoadedPolicy {
  const known = preparsed.get(text);
  if (known) return { rule: policyRule(known), policy: known, file };
  const parsed = parseYamlText(file, text);
  if (parsed.problems.length > 0 || parsed.documents.length !== 1) {
    const p = parsed.problems[0];
    throw new ConfigInvalid(file, [{ field: "(file)", message: p?.message ?? "a policy file holds exactly one YAML document", ...(p?.line ? { line: p.line } : {}) }]);
  }
  const doc = parsed.documents[0]!;
  if (!validatePolicyFile(doc.value)) throw new ConfigInvalid(file, humanErrors(policyFileValidator?.errors ?? [], doc));
  const policy = doc.value as PolicyFile;
  try {
    compileSchema(policy, policy.options ?? {});
  } catch (e) {
    const at = e instanceof UnsafePattern ? patternPointer(policy.schema, e.pattern, "/schema") : undefined;
    const pointer = at ?? "/schema";
    const pos = doc.locate(pointer);
    const field = pointer.slice(1).split("/").join(".");
    throw new ConfigInvalid(file, [{ field, message: e instanceof Error ? e.message : String(e), ...(pos ? { line: pos.line, column: pos.column } : {}) }]);
  }
  return { rule: policyRule(policy), policy, file };
}

/** Where in the schema a pattern sits (a `pattern` value or a `patternProperties` key), for the error. */
function patternPointer(node: unknown, pattern: string, at: string): string | undefined {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const p = patternPointer(node[i], pattern, `${at}/${i}`);
      if (p) return p;
    }
  } else if (isRecord(node)) {
    for (const [k, v] of Object.entries(node)) {
      const here = `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (k === "pattern" && v === pattern) return here;
      if (k === "patternProperties" && isRecord(v) && pattern in v) return `${here}/${pattern.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const p = patternPointer(v, pattern, here);
      if (p) return p;
    }
  }
  return undefined;
}

const compiled = new Map<string, ValidateFunction>();
// Resolved rules keep one options object for their lifetime (the webhook resolves once): looking the
// validator up by that object skips re-serialising the schema on every check.
const byOptions = new WeakMap<object, Map<PolicyFile, ValidateFunction>>();

function compileSchema(policy: PolicyFile, options: Readonly<Record<string, unknown>>): ValidateFunction {
  let perPolicy = byOptions.get(options);
  if (!perPolicy) byOptions.set(options, (perPolicy = new Map()));
  let hit = perPolicy.get(policy);
  if (!hit) perPolicy.set(policy, (hit = compileByKey(policy, options)));
  return hit;
}

/** Identifies a policy schema with options: the cache key, and the key of a precompiled validator. */
export function validatorKey(policy: PolicyFile, options: Readonly<Record<string, unknown>>): string {
  return `${policy.id}\u0000${JSON.stringify(policy.schema)}\u0000${JSON.stringify(options)}`;
}

/** The schema a policy's validator checks: `${name}` strings replaced by the options. */
export function policySchema(policy: PolicyFile, options: Readonly<Record<string, unknown>>): object {
  return substitute(policy.schema, { ...policy.options, ...options }) as object;
}

function compileByKey(policy: PolicyFile, options: Readonly<Record<string, unknown>>): ValidateFunction {
  const key = validatorKey(policy, options);
  let v = compiled.get(key);
  if (!v) {
    v = ajv().compile(policySchema(policy, options));
    compiled.set(key, v);
  }
  return v;
}

/** Replaces strings that are exactly "${name}" with the option's value. */
function substitute(node: unknown, options: Readonly<Record<string, unknown>>): unknown {
  if (typeof node === "string") {
    const m = /^\$\{([\w-]+)\}$/.exec(node);
    if (m && m[1]! in options) return options[m[1]!];
    return node;
  }
  if (Array.isArray(node)) return node.map((n) => substitute(n, options));
  if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, substitute(v, options)]));
  return node;
}

function policyRule(policy: PolicyFile): AnyRule {
  const meta = {
    family: policy.id.split("/")[0]!,
    severity: policy.severity,
    summary: policy.title,
    ...(policy.description ? { description: policy.description } : {}),
    remediation: policy.remediation,
    messages: { violation: policy.message },
    ...(policy.options ? { defaultOptions: policy.options, optionsSchema: optionsSchemaFor(policy.options) } : {}),
    ...(policy.optIn ? { optIn: true } : {}),
    source: "policy" as const,
  };
  const kinds = policy.kinds ? { kinds: policy.kinds } : {};
  const evaluate = (
    options: Readonly<Record<string, unknown>>,
    value: unknown,
    base: string,
    report: (r: Report) => void,
  ) => {
    const validate = compileSchema(policy, options);
    if (validate(value)) return;
    for (const e of dedupe(validate.errors ?? [])) {
      const path = e.instancePath + (e.keyword === "required" ? "" : "");
      report({
        messageId: "violation",
        at: base + path,
        data: {
          ...stringOptions(options),
          path: path === "" ? "(root)" : path.slice(1).replace(/\//g, "."),
          value: typeof e.data === "object" ? JSON.stringify(e.data) : String(e.data),
          problem: humanErrors([e])[0]?.message ?? e.message ?? "is invalid",
        },
      });
    }
  };
  switch (policy.target) {
    case "container":
      return defineRule({ id: policy.id, target: "container", ...kinds, meta, check: (ctx, c) => evaluate(ctx.options, c.raw, c.pointer(), ctx.report) });
    case "workload":
      return defineRule({ id: policy.id, target: "workload", ...kinds, meta, check: (ctx, w) => evaluate(ctx.options, w.object.raw, "", ctx.report) });
    default:
      return defineRule({ id: policy.id, target: "object", ...kinds, meta, check: (ctx, o) => evaluate(ctx.options, o.raw, "", ctx.report) });
  }
}

const QUANTITY_PATTERN = "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$";

/**
 * Options a config may set: the policy's own, each of its default's type (a quantity default takes
 * quantities). Checked when rules are resolved, so a bad value stops the run with the config's line
 * instead of failing the rule on every object (which the webhook's onError: allow would wave through).
 */
function optionsSchemaFor(defaults: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(defaults)) {
    if (typeof value === "string" && parseQuantity(value).ok) properties[name] = { type: ["string", "number"], pattern: QUANTITY_PATTERN };
    else if (value === null) properties[name] = {};
    else properties[name] = { type: Array.isArray(value) ? "array" : typeof value === "object" ? "object" : typeof value };
  }
  return { type: "object", additionalProperties: false, properties };
}

function dedupe(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "oneOf") return false;
    const k = `${e.instancePath}|${e.keyword}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function stringOptions(o: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}
