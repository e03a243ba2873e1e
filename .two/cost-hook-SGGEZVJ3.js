import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  combineReports,
  costForUnits,
  costUnitsJson,
  formatCostUnits
} from "./chunk-L7LQOFIY.js";
import "./chunk-IPQB3CPI.js";
import "./chunk-4IRK2B2X.js";
import "./chunk-RS3UKRK3.js";
import "./chunk-Q5AAYJWF.js";
import "./chunk-C6Q7PKR2.js";
import "./chunk-UEKSHHOG.js";
import "./chunk-HMYCOVW3.js";
export {
  combineReports,
  costForUnits,
  costUnitsJson,
  formatCostUnits
};
