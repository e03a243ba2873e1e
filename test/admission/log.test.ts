// The webhook's JSON log lines: one object per line, fixed fields first, undefined fields left out.
import { createJsonLogger } from "../../src/admission/log.js";

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
