// computeDemand is linear in the number of containers (issue 17, item 8): a Deployment with 40,000
// minimal containers took 4.7 s on CREATE because every defaulted container searched the list of
// those already defaulted. Work is compared across input sizes in one run, never against a clock.
import { expect, test } from "@jest/globals";
import { DEFAULT_COST_CONFIG } from "../../src/core/config/cost.js";
import { computeDemand } from "../../src/cost/demand.js";
import { makeObject } from "../../src/model/objects.js";
import { Run } from "../../src/model/run.js";
import { documentFromValue } from "../../src/parse/yaml.js";

function deployment(containers: number): Run {
  const raw = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "wide", namespace: "shop" },
    spec: {
      replicas: 2,
      template: { spec: { containers: Array.from({ length: containers }, (_, i) => ({ name: `c${i}`, image: "i" })) } },
    },
  };
  return new Run([makeObject(raw, documentFromValue(raw), "")]);
}

/** CPU time of this process (not wall time: other processes on a busy machine do not count). */
function timed(containers: number): { ms: number; demand: ReturnType<typeof computeDemand> } {
  const run = deployment(containers);
  const started = process.cpuUsage();
  const demand = computeDemand(run, DEFAULT_COST_CONFIG);
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, demand };
}

test("40,000 containers without requests: every one is defaulted once and counted", () => {
  const { demand } = timed(40_000);
  const w = demand.workloads[0]!;
  expect(w.defaulted).toHaveLength(40_000);
  expect(w.defaulted[39_999]).toBe("c39999");
  expect(w.cpu).toBeCloseTo(40_000 * 0.1, 6);
  expect(w.memory).toBe(40_000 * 128 * 1024 * 1024);
  expect(w.replicas).toBe(2);
});

test("ten times the containers costs about ten times the work, not a hundred", () => {
  timed(2_000); // warm up the JIT
  const small = Math.min(...[0, 1, 2, 3, 4].map(() => timed(4_000).ms));
  const large = Math.min(...[0, 1, 2, 3, 4].map(() => timed(40_000).ms));
  // linear: ~10; quadratic (the old includes): ~100. The bound leaves room for a noisy shared machine.
  expect(large / small).toBeLessThan(40);
});
