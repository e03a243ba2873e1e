import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  __commonJS
} from "./chunk-HMYCOVW3.js";

// builtin:node:child_process
var require_node_child_process = __commonJS({
  "builtin:node:child_process"(exports) {
    var m;
    var get = () => m ??= __tollgateBuiltin("node:child_process");
    exports.spawnSync = (...args) => get().spawnSync(...args);
    exports.execFile = (...args) => get().execFile(...args);
    exports.spawn = (...args) => get().spawn(...args);
    exports.execFileSync = (...args) => get().execFileSync(...args);
  }
});

export {
  require_node_child_process
};
