// The one Ajv for declarative policies, with keywords that compare Kubernetes quantities. The keywords
// generate code (rather than wrapping a function) so the build can precompile the built-in policies
// into standalone validators; the functions they call are in keyword-checks.ts.
import type { Ajv, CodeKeywordDefinition } from "ajv";
import { ajvModule, newAjv } from "../core/ajv.js";
import { parseQuantity } from "../model/quantity.js";
import { isQuantity, quantityWithin } from "./keyword-checks.js";
import { linearRegExpEngine } from "./regexp.js";

function boundOf(name: string, schema: unknown): { value: number; text: string } {
  const b = parseQuantity(schema);
  if (!b.ok) throw new Error(`${name}: "${String(schema)}" is not a valid quantity (${b.reason})`);
  return b;
}

function bound(name: "quantityMinimum" | "quantityMaximum"): CodeKeywordDefinition {
  const { _, str } = ajvModule();
  const minimum = name === "quantityMinimum";
  return {
    keyword: name,
    type: ["string", "number"],
    schemaType: ["string", "number"],
    error: {
      message: ({ schema }) => str`${minimum ? "is below the minimum" : "is above the maximum"} ${boundOf(name, schema).text}`,
      params: ({ schema }) => _`{limit: ${boundOf(name, schema).text}}`,
    },
    code(cxt) {
      const b = boundOf(name, cxt.schema);
      const within = cxt.gen.scopeValue("func", { ref: quantityWithin, code: _`quantityWithin` });
      cxt.fail(_`!${within}(${cxt.data}, ${b.value}, ${minimum})`);
    },
  };
}

/** The options policy schemas are compiled with, here and by the build. */
export const POLICY_AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

/** `standalone`: keep the generated source, as ESM, for the build's precompiled validators. */
export function createPolicyAjv(standalone = false): Ajv {
  const { _, str } = ajvModule();
  const ajv = newAjv({ ...POLICY_AJV_OPTIONS, code: { regExp: linearRegExpEngine, ...(standalone ? { source: true, esm: true } : {}) } });
  ajv.addKeyword(bound("quantityMinimum"));
  ajv.addKeyword(bound("quantityMaximum"));
  ajv.addKeyword({
    keyword: "quantity",
    schemaType: "boolean",
    error: { message: ({ schema }) => str`${schema ? "is not a valid quantity" : "is a quantity"}` },
    code(cxt) {
      const test = cxt.gen.scopeValue("func", { ref: isQuantity, code: _`isQuantity` });
      cxt.fail(_`${test}(${cxt.data}) !== ${cxt.schema as boolean}`);
    },
  });
  return ajv;
}
