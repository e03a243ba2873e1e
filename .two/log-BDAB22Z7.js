import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  MAX_LOGGED_VALUE,
  batchedWriter,
  clip,
  createJsonLogger,
  silentLogger
} from "./chunk-TRBOOR5D.js";
import "./chunk-HMYCOVW3.js";
export {
  MAX_LOGGED_VALUE,
  batchedWriter,
  clip,
  createJsonLogger,
  silentLogger
};
