import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  change,
  coverage,
  formatCostText,
  nodesSummary,
  table
} from "./chunk-DNDUEVK6.js";
import "./chunk-RS3UKRK3.js";
import "./chunk-Q5AAYJWF.js";
import "./chunk-C6Q7PKR2.js";
import "./chunk-UEKSHHOG.js";
import "./chunk-HMYCOVW3.js";
export {
  change,
  coverage,
  formatCostText,
  nodesSummary,
  table
};
