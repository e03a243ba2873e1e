// The bluegreen family's rules, in the order `tollgate rules` lists them.
import type { AnyRule } from "../../engine/rule.js";
import bothSlots from "./both-slots.js";
import liveSlotReady from "./live-slot-ready.js";
import serviceSelectsSlot from "./service-selects-slot.js";
import slotParity from "./slot-parity.js";
import switchCapacity from "./switch-capacity.js";
import switchDeploysFirst from "./switch-deploys-first.js";
import switchSummary from "./switch-summary.js";

export const bluegreenRules: readonly AnyRule[] = [
  serviceSelectsSlot,
  bothSlots,
  liveSlotReady,
  slotParity,
  switchDeploysFirst,
  switchCapacity,
  switchSummary,
];
