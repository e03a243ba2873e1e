// The webhook soak at test size (the 20,000-request run is `npm run soak`): no wrong answer, no failed
// request, every valid review answered correctly, the certificate rotated under load, SIGTERM drops
// nothing in flight, and neither memory nor /metrics grows with random kinds.
import { ROOT } from "../helpers.js";
import { runSoak } from "./soak.js";

test("1,000 mixed requests at concurrency 64 with slow clients, a certificate rotation and SIGTERM", async () => {
  const f = await runSoak({ requests: 1000, concurrency: 64, slowClients: 16, deadlineMs: 2000, root: ROOT });
  expect(f.wrong).toEqual([]);
  expect(f.failed).toEqual([]);
  // Answers, not wall time (deadlines belong to `npm run soak`): each valid review got its own right answer.
  expect(f.validAnswered).toBe(f.validSent);
  expect(f.certRotated).toBe(true);
  expect(Object.keys(f.byKind).sort()).toEqual(["adversarial", "allow", "content-type", "delete", "deny", "exempt", "malformed", "not-a-review", "oversized", "random-kind", "rule-error", "warn"]);
  // Every review whose rule threw was counted, and nothing else was.
  expect(f.ruleErrorsCounted).toBe(f.ruleErrorsSent);
  expect(f.answeredAfterSigterm).toBe(f.inFlightAtSigterm);
  expect(f.exitCode).toBe(0);
  // Heap after warm-up (25 %) to the end: no growth with the request count.
  expect(f.heapMb[5]! - f.heapMb[2]!).toBeLessThan(64);
  // /metrics from 10 % to the end: dozens of made-up kinds add no series (only counts grow).
  expect(f.byKind["random-kind"]).toBeGreaterThan(20);
  expect(f.metricsBytes[5]! - f.metricsBytes[1]!).toBeLessThan(2048);
}, 120_000);
