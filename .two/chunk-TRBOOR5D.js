import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;

// src/admission/log.ts
var RANK = { debug: 10, info: 20, warn: 30, error: 40 };
function createJsonLogger(write, options = {}) {
  const min = RANK[options.level ?? "info"];
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  return {
    log(level, msg, fields = {}) {
      if (RANK[level] < min) return;
      const time = fields.time !== void 0 ? fields.time : now().toISOString();
      const lvl = fields.level !== void 0 ? fields.level : level;
      const text = fields.msg !== void 0 ? fields.msg : msg;
      let line = `{"time":${JSON.stringify(time)},"level":${JSON.stringify(lvl)},"msg":${JSON.stringify(text)}`;
      for (const k of Object.keys(fields)) {
        const v = fields[k];
        if (v !== void 0 && k !== "time" && k !== "level" && k !== "msg") line += quotedKey(k) + JSON.stringify(v);
      }
      write(line + "}\n");
    }
  };
}
var quotedKeys = /* @__PURE__ */ new Map();
function quotedKey(k) {
  let q = quotedKeys.get(k);
  if (q === void 0) {
    q = `,${JSON.stringify(k)}:`;
    if (quotedKeys.size < 1024) quotedKeys.set(k, q);
  }
  return q;
}
var silentLogger = { log() {
} };
var MAX_LOGGED_VALUE = 253;
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function clip(value, max = MAX_LOGGED_VALUE) {
  let s = value;
  if (s.length > max) {
    let end = max;
    const c = s.charCodeAt(end - 1);
    if (c >= 55296 && c <= 56319) end--;
    s = `${s.slice(0, end)}\u2026(${value.length} characters)`;
  }
  return s.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function batchedWriter(write) {
  let pending = [];
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
    flush
  };
}

export {
  createJsonLogger,
  silentLogger,
  MAX_LOGGED_VALUE,
  clip,
  batchedWriter
};
