// The cost family's rules, in the order `tollgate rules` lists them.
import type { AnyRule } from "../../engine/rule.js";
import budget from "./budget.js";
import increase from "./increase.js";
import unpackable from "./unpackable.js";
import unpriced from "./unpriced.js";

export const costRules: readonly AnyRule[] = [budget, increase, unpackable, unpriced];
