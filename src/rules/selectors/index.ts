// The selectors family's rules, in the order `tollgate rules` lists them.
import type { AnyRule } from "../../engine/rule.js";
import overlappingWorkloads from "./overlapping-workloads.js";
import selectorMatchesTemplate from "./selector-matches-template.js";
import serviceMatchesNothing from "./service-matches-nothing.js";
import serviceSpansApps from "./service-spans-apps.js";

export const selectorsRules: readonly AnyRule[] = [serviceMatchesNothing, selectorMatchesTemplate, overlappingWorkloads, serviceSpansApps];
