// What the quantity keywords' generated code calls: kept apart from keywords.ts so the precompiled
// validators (dist/validators.js) bundle these few lines and not ajv.
import { parseQuantity } from "../model/quantity.js";

/** Whether a value is within a bound; invalid quantities pass (resources/invalid-quantity reports them). */
export function quantityWithin(data: unknown, bound: number, minimum: boolean): boolean {
  const q = parseQuantity(data);
  if (!q.ok) return true;
  return minimum ? q.value >= bound : q.value <= bound;
}

export function isQuantity(data: unknown): boolean {
  return parseQuantity(data).ok;
}
