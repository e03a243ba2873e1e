// The explicit list of code rules, by family. A test fails when a rule here lacks tests or docs.
import type { AnyRule } from "../engine/rule.js";
import { metaRules } from "./meta.js";
import cpuLimitRequired from "./resources/cpu-limit-required.js";
import cpuRequestRequired from "./resources/cpu-request-required.js";
import ephemeralStorageRequired from "./resources/ephemeral-storage-required.js";
import invalidQuantity from "./resources/invalid-quantity.js";
import limitBelowRequest from "./resources/limit-below-request.js";
import limitRequestRatio from "./resources/limit-request-ratio.js";
import memoryLimitRequired from "./resources/memory-limit-required.js";
import memoryRequestRequired from "./resources/memory-request-required.js";
import { namespacesRules } from "./namespaces/index.js";
import { bluegreenRules } from "./bluegreen/index.js";
import { selectorsRules } from "./selectors/index.js";
import { costRules } from "./cost/index.js";

export const resourcesRules: readonly AnyRule[] = [
  cpuRequestRequired,
  memoryRequestRequired,
  memoryLimitRequired,
  cpuLimitRequired,
  ephemeralStorageRequired,
  limitBelowRequest,
  limitRequestRatio,
  invalidQuantity,
];

export const codeRules: readonly AnyRule[] = [...metaRules, ...resourcesRules, ...namespacesRules, ...selectorsRules, ...bluegreenRules, ...costRules];
