// Structured logs: one JSON object per line. Callers pass only identifiers and decisions, never object contents.
export type Level = "debug" | "info" | "warn" | "error";
const RANK: Readonly<Record<Level, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Readonly<Record<string, string | number | boolean | readonly string[] | undefined | null>>;

export interface Logger {
  log(level: Level, msg: string, fields?: LogFields): void;
}

/** A logger writing JSON lines to `write` (stdout in `tollgate serve`, an array in tests). */
export function createJsonLogger(write: (line: string) => void, options: { level?: Level; now?: () => Date } = {}): Logger {
  const min = RANK[options.level ?? "info"];
  const now = options.now ?? (() => new Date());
  return {
    log(level, msg, fields = {}) {
      if (RANK[level] < min) return;
      // One line per admission request, built as text rather than as an object to stringify (a third
      // of the cost). A field named like a fixed one takes that one's place, as Object.assign would.
      const time = fields.time !== undefined ? fields.time : now().toISOString();
      const lvl = fields.level !== undefined ? fields.level : level;
      const text = fields.msg !== undefined ? fields.msg : msg;
      let line = `{"time":${JSON.stringify(time)},"level":${JSON.stringify(lvl)},"msg":${JSON.stringify(text)}`;
      for (const k of Object.keys(fields)) {
        const v = fields[k];
        if (v !== undefined && k !== "time" && k !== "level" && k !== "msg") line += quotedKey(k) + JSON.stringify(v);
      }
      write(line + "}\n");
    },
  };
}

// Field names are the same few on every line: each is quoted once, not on every request.
const quotedKeys = new Map<string, string>();
function quotedKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = `,${JSON.stringify(k)}:`;
    if (quotedKeys.size < 1024) quotedKeys.set(k, q);
  }
  return q;
}

export const silentLogger: Logger = { log() {} };

/** Longest request-derived value a log line carries: a DNS subdomain (object names) is at most 253. */
export const MAX_LOGGED_VALUE = 253;

// C0 and C1 controls, line and paragraph separators, bidirectional overrides and isolates: JSON
// keeps them inside the string, but a terminal or `jq -r` would print them as new lines or reorder
// the text around them, so a name could pass for another field or another line.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A request-derived string (uid, kind, name, user, ...) made fit for a log field: at most `max`
 * characters of it, the cut marked with the original length, and unsafe characters written as
 * visible `\uXXXX` escapes. The answer to the API server still carries the value unchanged.
 */
export function clip(value: string, max = MAX_LOGGED_VALUE): string {
  let s = value;
  if (s.length > max) {
    let end = max;
    const c = s.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--; // never split a surrogate pair
    s = `${s.slice(0, end)}…(${value.length} characters)`;
  }
  return s.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Batches lines written in the same event-loop turn into one write: under load one syscall per
 * request is a measurable share of the webhook's time. `flush()` writes what is pending at once.
 */
export function batchedWriter(write: (chunk: string) => void): { write: (line: string) => void; flush: () => void } {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const chunk = pending.join("");
    pending = [];
    write(chunk);
  };
  return {
    write(line) {
      pending.push(line);
      if (pending.length >= 256) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
