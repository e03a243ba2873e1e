// What the cost estimate takes from the other families by default: which team owns each namespace
// (ownership model) and which workloads are an idle blue-green slot (named as their own line).
import type { Config } from "../core/config.js";
import { idleSlots } from "../model/bluegreen.js";
import type { Run } from "../model/run.js";
import { ownershipOf } from "../ownership/run.js";

export interface RunCostInputs {
  readonly teamOfNamespace?: (ns: string) => string | undefined;
  readonly idleSlots: readonly { readonly workloadKey: string; readonly description: string }[];
}

export function runCostInputs(run: Run, config: Config): RunCostInputs {
  return run.memo("cost:inputs", () => {
    const ownership = ownershipOf(run, config);
    const idle = idleSlots(run, config.bluegreen).flatMap((s) =>
      s.workloads.map((w) => ({
        workloadKey: w.object.key,
        description: `${s.group}: the idle ${s.slot} slot (${s.liveSlot} is live), kept for instant rollback`,
      })),
    );
    return {
      ...(ownership.active
        ? {
            teamOfNamespace: (ns: string) => {
              const teams = ownership.ownerOfNamespace(ns)?.teams ?? [];
              return teams.length > 0 ? teams.join(", ") : undefined;
            },
          }
        : {}),
      idleSlots: idle,
    };
  });
}
