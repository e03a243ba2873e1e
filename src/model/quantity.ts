// Kubernetes resource quantities, parsed by the API's grammar (k8s.io/apimachinery resource.Quantity):
//   quantity ::= [+-] number suffix;  number ::= digits | digits.digits | digits. | .digits
//   suffix   ::= Ki|Mi|Gi|Ti|Pi|Ei | m|""|k|M|G|T|P|E | (e|E) [+-] digits
// Values are returned in base units (cores, bytes) as numbers; the text is kept for messages.

export type QuantityResult =
  | { readonly ok: true; readonly value: number; readonly text: string }
  | { readonly ok: false; readonly text: string; readonly reason: string };

const BINARY: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Readonly<Record<string, number>> = { m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const NUMBER = /^([+-]?)(\d+\.?\d*|\.\d+)/;
const EXPONENT = /^[eE]([+-]?\d+)$/;

// Manifests repeat a few quantity strings ("100m", "256Mi") thousands of times, and several rules and
// the cost model parse the same field: results are immutable, so one parse serves them all.
const cache = new Map<string, QuantityResult>();
const CACHE_LIMIT = 4096;

export function parseQuantity(input: unknown): QuantityResult {
  if (typeof input === "string") {
    if (input.length > 64) return parseQuantityText(input); // hostile input is not worth keeping
    let r = cache.get(input);
    if (r === undefined) {
      r = Object.freeze(parseQuantityText(input));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(input, r);
    }
    return r;
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, text: String(input), reason: "not a finite number" };
    return { ok: true, value: input, text: String(input) };
  }
  return { ok: false, text: JSON.stringify(input) ?? String(input), reason: "a quantity must be a string or a number" };
}

function parseQuantityText(text: string): QuantityResult {
  if (text === "") return { ok: false, text, reason: "empty quantity" };
  const m = NUMBER.exec(text);
  if (!m) return { ok: false, text, reason: "it does not start with a number" };
  const numberText = m[0];
  const suffix = text.slice(numberText.length);
  let value: number;
  if (suffix in BINARY) {
    value = Number(numberText) * BINARY[suffix]!;
  } else if (suffix in DECIMAL) {
    value = Number(`${numberText}e${DECIMAL[suffix]}`);
  } else {
    const e = EXPONENT.exec(suffix);
    if (!e) return { ok: false, text, reason: `unknown suffix "${suffix}" (use m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent like e3)` };
    value = Number(`${numberText}e${e[1]}`);
  }
  if (!Number.isFinite(value)) return { ok: false, text, reason: "the value is out of range" };
  return { ok: true, value: value === 0 ? 0 : value, text };
}

/** 0.25 -> "250m", 2 -> "2", 1.5 -> "1500m". */
export function formatCpu(cores: number): string {
  if (Number.isInteger(cores)) return String(cores);
  const milli = Math.round(cores * 1000 * 1000) / 1000;
  return `${Number.isInteger(milli) ? milli : milli.toFixed(1)}m`;
}

/** Bytes in the largest binary unit that keeps it readable: 536870912 -> "512Mi", 1.5 GiB -> "1.5Gi". */
export function formatMemory(bytes: number): string {
  const units: [string, number][] = [["Ti", 2 ** 40], ["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const v = bytes / size;
      return `${Number.isInteger(v) ? v : Number(v.toFixed(2))}${unit}`;
    }
  }
  return String(bytes);
}

export function formatResource(resource: string, value: number): string {
  return resource === "cpu" ? formatCpu(value) : formatMemory(value);
}
