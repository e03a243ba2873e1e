import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import "./chunk-UFZTD2B2.js";
import {
  MANIFEST_EXTENSIONS,
  MAX_FILE_BYTES,
  UsageError,
  collectFiles,
  isSkippedPath
} from "./chunk-IPQB3CPI.js";
import "./chunk-4IRK2B2X.js";
import "./chunk-HMYCOVW3.js";
export {
  MANIFEST_EXTENSIONS,
  MAX_FILE_BYTES,
  UsageError,
  collectFiles,
  isSkippedPath
};
