// The one Ajv for declarative policies, with keywords that compare Kubernetes quantities.
import { Ajv } from "ajv";
import { parseQuantity } from "../model/quantity.js";
import { linearRegExpEngine } from "./regexp.js";

function bound(name: "quantityMinimum" | "quantityMaximum", ok: (v: number, b: number) => boolean) {
  return {
    keyword: name,
    type: ["string", "number"] as ("string" | "number")[],
    schemaType: ["string", "number"] as ("string" | "number")[],
    errors: true as const,
    compile(schema: string | number) {
      const b = parseQuantity(schema);
      if (!b.ok) throw new Error(`${name}: "${String(schema)}" is not a valid quantity (${b.reason})`);
      const fn = (data: unknown): boolean => {
        const q = parseQuantity(data);
        if (!q.ok) return true; // invalid quantities are reported by resources/invalid-quantity
        if (ok(q.value, b.value)) return true;
        (fn as unknown as { errors: unknown[] }).errors = [
          { keyword: name, message: `${name === "quantityMinimum" ? "is below the minimum" : "is above the maximum"} ${b.text}`, params: { limit: b.text } },
        ];
        return false;
      };
      return fn;
    },
  };
}

export function createPolicyAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { regExp: linearRegExpEngine } });
  ajv.addKeyword(bound("quantityMinimum", (v, b) => v >= b));
  ajv.addKeyword(bound("quantityMaximum", (v, b) => v <= b));
  ajv.addKeyword({
    keyword: "quantity",
    schemaType: "boolean",
    errors: true,
    compile(expected: boolean) {
      const fn = (data: unknown): boolean => {
        const valid = parseQuantity(data).ok;
        if (valid === expected) return true;
        (fn as unknown as { errors: unknown[] }).errors = [{ keyword: "quantity", message: expected ? "is not a valid quantity" : "is a quantity", params: {} }];
        return false;
      };
      return fn;
    },
  });
  return ajv;
}
