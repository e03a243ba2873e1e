import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  __commonJS
} from "./chunk-HMYCOVW3.js";

// builtin:node:fs/promises
var require_promises = __commonJS({
  "builtin:node:fs/promises"(exports, module) {
    module.exports = __tollgateBuiltin("node:fs/promises");
  }
});

export {
  require_promises
};
