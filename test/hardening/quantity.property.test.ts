// The quantity parser against an independent, exact reference of the Kubernetes grammar
// (k8s.io/apimachinery resource.Quantity), written here as a hand scanner over BigInt rationals:
//   quantity ::= [+-] number suffix;  number ::= digits | digits.digits | digits. | .digits
//   suffix   ::= Ki|Mi|Gi|Ti|Pi|Ei | m|""|k|M|G|T|P|E | (e|E) [+-] digits
import fc from "fast-check";
import { formatCpu, formatMemory, parseQuantity } from "../../src/model/quantity.js";

/** An exact value: sign × digits / 10^scale × 2^pow2 × 10^pow10. */
interface Exact {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly scale: number;
  readonly pow2: number;
  readonly pow10: number;
}

const BINARY_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_SUFFIX: Record<string, number> = { m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** The reference: undefined when the text is not in the grammar. */
function reference(text: string): Exact | undefined {
  let i = 0;
  let negative = false;
  if (text[i] === "+" || text[i] === "-") negative = text[i++] === "-";
  let whole = "";
  while (isDigit(text[i])) whole += text[i++];
  let frac = "";
  if (text[i] === ".") {
    i++;
    while (isDigit(text[i])) frac += text[i++];
  }
  if (whole === "" && frac === "") return undefined; // "", ".", "+", "-."
  const suffix = text.slice(i);
  const digits = BigInt(whole + frac || "0");
  const base = { negative, digits, scale: frac.length };
  if (suffix in BINARY_SUFFIX) return { ...base, pow2: BINARY_SUFFIX[suffix]!, pow10: 0 };
  if (suffix in DECIMAL_SUFFIX) return { ...base, pow2: 0, pow10: DECIMAL_SUFFIX[suffix]! };
  if (suffix[0] !== "e" && suffix[0] !== "E") return undefined;
  let j = 1;
  let expNegative = false;
  if (suffix[j] === "+" || suffix[j] === "-") expNegative = suffix[j++] === "-";
  const expDigits = suffix.slice(j);
  if (expDigits === "" || ![...expDigits].every(isDigit)) return undefined;
  const exp = Number(expDigits) * (expNegative ? -1 : 1);
  return { ...base, pow2: 0, pow10: exp };
}

/** The exact value as a decimal string; Number() of it is the correctly rounded double (ECMA-262). */
function decimalString(x: Exact): string {
  if (x.digits === 0n) return "0";
  const n = x.digits * 2n ** BigInt(x.pow2);
  const s = n.toString();
  return `${x.negative ? "-" : ""}${s}e${x.pow10 - x.scale}`;
}

/** Exact comparison of two references: -1, 0, 1. */
function compareExact(a: Exact, b: Exact): number {
  // a = ±A / 10^sa, with A integral after moving pow10 and pow2 into the numerator or denominator.
  const frac = (x: Exact): [bigint, bigint] => {
    let num = x.digits * 2n ** BigInt(x.pow2);
    let den = 10n ** BigInt(x.scale);
    if (x.pow10 >= 0) num *= 10n ** BigInt(x.pow10);
    else den *= 10n ** BigInt(-x.pow10);
    return [x.negative ? -num : num, den];
  };
  const [an, ad] = frac(a);
  const [bn, bd] = frac(b);
  const l = an * bd;
  const r = bn * ad;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** |a - b| > max(|a|, |b|) × 1e-12: far enough apart that doubles must keep them apart. */
function clearlyApart(a: Exact, b: Exact): boolean {
  const va = Number(decimalString(a));
  const vb = Number(decimalString(b));
  return Math.abs(va - vb) > Math.max(Math.abs(va), Math.abs(vb)) * 1e-12;
}

const digits = (max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: max });
const SUFFIXES = [
  "", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
  // near misses: wrong case, SI units Kubernetes does not have, spaces, half an exponent
  "K", "ki", "mi", "KB", "MB", "Gb", "u", "n", "e", "E+", "e-", " Gi", "Gi ", "i", "iB", "0x", ".", "e1.5", "mm",
];
const exponent = fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.integer({ min: 0, max: 330 })).map(([e, s, n]) => `${e}${s}${n}`);
/** Texts near the grammar: most valid, many one edit away from it. */
const quantityText = fc
  .tuple(
    fc.constantFrom("", "", "", "+", "-", "--", " ", "+-"),
    digits(20),
    fc.constantFrom("", "", ".", ".."),
    digits(12),
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SUFFIXES) }, { weight: 1, arbitrary: exponent }),
  )
  .map(([sign, whole, dot, frac, suffix]) => `${sign}${whole}${dot}${dot ? frac : ""}${suffix}`);
const anyText = fc.oneof(quantityText, fc.string({ maxLength: 12 }), fc.string({ unit: fc.constantFrom(..."0123456789.+-eEkKMGTPimn"), maxLength: 10 }));

const RUNS = { numRuns: 3000 };

describe("parseQuantity agrees with an exact reference of the grammar", () => {
  test("the reference itself knows the documented examples", () => {
    for (const ok of ["100m", "0.5", "1e3", "128974848", "129M", "123Mi", ".5", "5.", "+1", "-1E-3"]) expect(reference(ok)).toBeDefined();
    for (const bad of ["", ".", "+", "1GB", "1 Gi", "1e", "e3", "1.2.3", "--1", "0x10", "1e1.5"]) expect(reference(bad)).toBeUndefined();
    expect(decimalString(reference("1.5Ki")!)).toBe("15360e-1");
  });

  test("valid and invalid texts are told apart the same way, and the value is the correctly rounded exact one", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ref = reference(text);
        const q = parseQuantity(text);
        if (ref === undefined) {
          expect(q.ok).toBe(false);
          return;
        }
        const expected = Number(decimalString(ref));
        if (!Number.isFinite(expected)) {
          expect(q).toMatchObject({ ok: false, reason: "the value is out of range" });
          return;
        }
        expect(q.ok).toBe(true);
        if (q.ok) {
          expect(q.value).toBe(expected === 0 ? 0 : expected); // -0 is reported as 0
          expect(q.text).toBe(text);
        }
      }),
      RUNS,
    );
  });

  test("order by value is order by parsed number (a < b exactly implies parsed a <= b, strictly when they differ beyond 1e-12)", () => {
    const valid = quantityText.filter((t) => {
      const r = reference(t);
      return r !== undefined && Number.isFinite(Number(decimalString(r)));
    });
    fc.assert(
      fc.property(valid, valid, (a, b) => {
        const ra = reference(a)!;
        const rb = reference(b)!;
        const qa = parseQuantity(a);
        const qb = parseQuantity(b);
        if (!qa.ok || !qb.ok) throw new Error(`${a} or ${b} did not parse`);
        const exact = compareExact(ra, rb);
        const parsed = Math.sign(qa.value - qb.value);
        if (exact === 0) expect(parsed).toBe(0);
        else if (clearlyApart(ra, rb)) expect(parsed).toBe(exact);
        else expect(parsed === 0 || parsed === exact).toBe(true);
      }),
      RUNS,
    );
  });

  test("the same amount spelled in different units compares equal", () => {
    const spellings = fc.integer({ min: 0, max: 2 ** 20 }).chain((n) =>
      fc.constantFrom(
        [`${n}Ki`, `${n * 1024}`, `${n * 1.024}k`, `${n * 1024}e0`, `${n / 1024}Mi`],
        [`${n}m`, `${n / 1000}`, `${n}e-3`, `${n / 1e6}k`],
      ),
    );
    fc.assert(
      fc.property(spellings, (texts) => {
        // Only spellings the grammar accepts (JS may print 1e-7, which is not a quantity).
        const spelled = texts.flatMap((t) => {
          const r = reference(t);
          const q = parseQuantity(t);
          return r && q.ok ? [{ r, value: q.value }] : [];
        });
        for (const s of spelled) {
          if (compareExact(spelled[0]!.r, s.r) === 0) expect(s.value).toBe(spelled[0]!.value);
        }
      }),
      RUNS,
    );
  });

  test("YAML numbers are their own value; non-finite and non-scalar values are invalid, never NaN", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.anything().filter((v) => typeof v !== "string")), (v) => {
        const q = parseQuantity(v);
        if (q.ok) {
          expect(typeof v).toBe("number");
          expect(Number.isFinite(q.value)).toBe(true);
        } else {
          expect(typeof q.reason).toBe("string");
        }
      }),
      RUNS,
    );
  });
});

describe("formatCpu and formatMemory round-trip through the parser", () => {
  test("CPU in whole millicores comes back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e12 }), (milli) => {
        const cores = milli / 1000;
        const text = formatCpu(cores);
        const q = parseQuantity(text);
        expect(q).toMatchObject({ ok: true });
        if (q.ok) expect(q.value).toBe(cores);
        expect(reference(text)).toBeDefined();
      }),
      RUNS,
    );
  });

  test("memory in whole or quarter binary units (and plain bytes under 1Ki) comes back exactly", () => {
    const representable = fc.oneof(
      fc.integer({ min: 0, max: 1023 }),
      fc.tuple(fc.integer({ min: 4, max: 4 * 1023 }), fc.constantFrom(10, 20, 30, 40)).map(([quarters, p]) => (quarters / 4) * 2 ** p),
      fc.integer({ min: 1, max: 2 ** 20 }).map((n) => n * 2 ** 40),
    );
    fc.assert(
      fc.property(representable, (bytes) => {
        const text = formatMemory(bytes);
        expect(reference(text)).toBeDefined();
        const q = parseQuantity(text);
        expect(q).toMatchObject({ ok: true });
        if (q.ok) expect(q.value).toBe(bytes);
      }),
      RUNS,
    );
  });

  test("any byte count is shown as a valid quantity within 0.5% of its value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (bytes) => {
        const q = parseQuantity(formatMemory(bytes));
        expect(q.ok).toBe(true);
        if (q.ok) expect(Math.abs(q.value - bytes)).toBeLessThanOrEqual(bytes * 0.005);
      }),
      RUNS,
    );
  });
});
