import { formatCpu, formatMemory, parseQuantity } from "../../src/model/quantity.js";

describe("parseQuantity follows the Kubernetes grammar", () => {
  test.each([
    ["100m", 0.1],
    ["0.5", 0.5],
    ["1", 1],
    [".5", 0.5],
    ["5.", 5],
    ["+2", 2],
    ["1e3", 1000],
    ["1E3", 1000],
    ["1e-3", 0.001],
    ["1.5e+2", 150],
    ["128974848", 128974848],
    ["129M", 129e6],
    ["123Mi", 123 * 2 ** 20],
    ["1Gi", 2 ** 30],
    ["1.5Gi", 1.5 * 2 ** 30],
    ["1k", 1000],
    ["2Ki", 2048],
    ["1T", 1e12],
    ["1Ti", 2 ** 40],
    ["1P", 1e15],
    ["1Pi", 2 ** 50],
    ["1E", 1e18],
    ["1Ei", 2 ** 60],
    ["0", 0],
    ["0m", 0],
    ["-1", -1],
  ])("%s = %d", (text, value) => {
    const q = parseQuantity(text);
    expect(q.ok).toBe(true);
    if (q.ok) expect(q.value).toBeCloseTo(value, 12);
  });

  test.each([
    ["", "empty"],
    ["1GB", 'unknown suffix "GB"'],
    ["512MB", 'unknown suffix "MB"'],
    ["1gi", 'unknown suffix "gi"'],
    ["1 Gi", 'unknown suffix " Gi"'],
    ["Gi", "does not start with a number"],
    ["abc", "does not start with a number"],
    ["1e", 'unknown suffix "e"'],
    ["1.2.3", 'unknown suffix ".3"'],
    ["--1", "does not start with a number"],
    ["1mi", 'unknown suffix "mi"'],
    ["0x10", 'unknown suffix "x10"'],
    ["1e3.5", 'unknown suffix "e3.5"'],
  ])("rejects %j (%s)", (text, reason) => {
    const q = parseQuantity(text);
    expect(q.ok).toBe(false);
    if (!q.ok) expect(q.reason).toContain(reason);
  });

  test("YAML numbers are quantities; other types are not", () => {
    expect(parseQuantity(2)).toEqual({ ok: true, value: 2, text: "2" });
    expect(parseQuantity(0.25)).toMatchObject({ ok: true, value: 0.25 });
    expect(parseQuantity(true).ok).toBe(false);
    expect(parseQuantity(null).ok).toBe(false);
    expect(parseQuantity({ a: 1 }).ok).toBe(false);
    expect(parseQuantity(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  test("decimal and binary units order correctly", () => {
    const v = (s: string) => (parseQuantity(s) as { value: number }).value;
    expect(v("1Gi")).toBeGreaterThan(v("1G"));
    expect(v("1000Mi")).toBeLessThan(v("1Gi"));
    expect(v("1024Mi")).toBe(v("1Gi"));
    expect(v("1500m")).toBe(v("1.5"));
  });

  test("formatting round-trips the common units", () => {
    expect(formatCpu(0.25)).toBe("250m");
    expect(formatCpu(2)).toBe("2");
    expect(formatCpu(1.5)).toBe("1500m");
    expect(formatMemory(512 * 2 ** 20)).toBe("512Mi");
    expect(formatMemory(1.5 * 2 ** 30)).toBe("1.5Gi");
    expect(formatMemory(100)).toBe("100");
    for (const s of ["250m", "2", "512Mi", "1.5Gi"]) {
      const q = parseQuantity(s) as { value: number };
      expect(s.endsWith("i") ? formatMemory(q.value) : formatCpu(q.value)).toBe(s);
    }
  });
});

describe("parsed quantities are shared, not recomputed", () => {
  test("the same text gives the same frozen result, valid or not", () => {
    for (const s of ["256Mi", "512MB"]) {
      const a = parseQuantity(s);
      expect(parseQuantity(s)).toBe(a);
      expect(Object.isFrozen(a)).toBe(true);
    }
    expect(parseQuantity("512MB")).toMatchObject({ ok: false, text: "512MB" });
  });

  test("long hostile strings are parsed each time and still answer correctly", () => {
    const long = "1".repeat(70) + "Mi";
    const a = parseQuantity(long);
    expect(a).toMatchObject({ ok: true, value: Number("1".repeat(70)) * 2 ** 20 });
    expect(parseQuantity(long)).not.toBe(a);
    expect(parseQuantity("9".repeat(400))).toMatchObject({ ok: false, reason: "the value is out of range" });
  });
});
