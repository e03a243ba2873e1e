// The cost family's rules, in the order `tollgate rules` lists them.
import type { AnyRule } from "../../engine/rule.js";

export const costRules: readonly AnyRule[] = [];
