// The webhook's JSON log lines: one object per line, fixed fields first, undefined fields left out.
import { clip, createJsonLogger } from "../../src/admission/log.js";

const NOW = new Date("2026-12-02T10:00:00.000Z");

function lines(level: "debug" | "info" | "warn" | "error", emit: (log: ReturnType<typeof createJsonLogger>) => void): string[] {
  const out: string[] = [];
  emit(createJsonLogger((l) => out.push(l), { level, now: () => NOW }));
  return out;
}

test.each([
  ["no fields", {}, { time: NOW.toISOString(), level: "info", msg: "m" }],
  [
    "every kind of value, in the order given",
    { uid: "u-1", n: 1.5, ok: false, none: null, list: ["a", "b\"c"], skip: undefined, quote: "line\nbreak \u2028" },
    { time: NOW.toISOString(), level: "info", msg: "m", uid: "u-1", n: 1.5, ok: false, none: null, list: ["a", "b\"c"], quote: "line\nbreak \u2028" },
  ],
  ["a field named like a fixed one replaces it in place", { msg: "other", x: 1 }, { time: NOW.toISOString(), level: "info", msg: "other", x: 1 }],
])("%s", (_name, fields, expected) => {
  const [line, ...rest] = lines("info", (log) => log.log("info", "m", fields));
  expect(rest).toEqual([]);
  expect(line!.endsWith("}\n")).toBe(true);
  expect(line!.slice(0, -1)).not.toContain("\n");
  expect(JSON.parse(line!)).toEqual(expected);
  expect(Object.keys(JSON.parse(line!))).toEqual(Object.keys(expected));
});

test("levels below the threshold are not written", () => {
  const out = lines("warn", (log) => {
    log.log("debug", "d");
    log.log("info", "i");
    log.log("warn", "w");
    log.log("error", "e");
  });
  expect(out.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(["w", "e"]);
});

describe("clip: request-derived values in log fields", () => {
  test.each([
    ["a short value is kept", "web-7d9f", 253, "web-7d9f"],
    ["a long value is cut and says how long it was", "a".repeat(300), 10, "aaaaaaaaaa…(300 characters)"],
    ["newlines and carriage returns become visible escapes", 'web\n{"level":"error"}\r', 253, 'web\\u000a{"level":"error"}\\u000d'],
    ["line separators, C1 controls and bidi overrides too", "a\u2028b\u0085c\u202ed\u2066e", 253, "a\\u2028b\\u0085c\\u202ed\\u2066e"],
    ["a surrogate pair is never split", "ab😀cd", 3, "ab…(6 characters)"],
    ["unicode that prints safely is kept", "équipe-ñ-東京", 253, "équipe-ñ-東京"],
  ])("%s", (_name, value, max, expected) => {
    expect(clip(value, max)).toBe(expected);
  });

  test("a clipped value in a log line is one field of one line", () => {
    const forged = 'x","level":"error","msg":"forged\n{"time":"x","level":"error","msg":"forged"}';
    const [line, ...rest] = lines("info", (log) => log.log("info", "admission", { name: clip(forged) }));
    expect(rest).toEqual([]);
    const parsed = JSON.parse(line!) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["time", "level", "msg", "name"]);
    expect(parsed.level).toBe("info");
    expect(String(parsed.name)).not.toContain("\n");
  });
});
