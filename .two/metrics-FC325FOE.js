import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  DURATION_BUCKETS,
  createMetrics,
  kindLabel,
  ruleLabeller
} from "./chunk-MNWIGC3S.js";
import "./chunk-UEKSHHOG.js";
import "./chunk-HMYCOVW3.js";
export {
  DURATION_BUCKETS,
  createMetrics,
  kindLabel,
  ruleLabeller
};
