import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  __commonJS
} from "./chunk-HMYCOVW3.js";

// builtin:node:fs
var require_node_fs = __commonJS({
  "builtin:node:fs"(exports, module) {
    module.exports = __tollgateBuiltin("node:fs");
  }
});

// builtin:node:path
var require_node_path = __commonJS({
  "builtin:node:path"(exports, module) {
    module.exports = __tollgateBuiltin("node:path");
  }
});

export {
  require_node_path,
  require_node_fs
};
