import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  __commonJS
} from "./chunk-HMYCOVW3.js";

// builtin:node:crypto
var require_node_crypto = __commonJS({
  "builtin:node:crypto"(exports) {
    var m;
    var get = () => m ??= __tollgateBuiltin("node:crypto");
    exports.createHash = (...args) => get().createHash(...args);
    exports.randomUUID = (...args) => get().randomUUID(...args);
    exports.randomBytes = (...args) => get().randomBytes(...args);
    exports.X509Certificate = (...args) => get().X509Certificate(...args);
  }
});

export {
  require_node_crypto
};
