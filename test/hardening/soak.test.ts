// The webhook soak at test size (the 20,000-request run is `npm run soak`): no wrong answer, no failed
// request, the certificate rotated under load, SIGTERM drops nothing in flight. Latency is a figure of
// `npm run soak`, not an assertion here: on a busy machine it measures the machine.
import { ROOT } from "../helpers.js";
import { runSoak } from "./soak.js";

test("1,000 mixed requests at concurrency 64 with slow clients, a certificate rotation and SIGTERM", async () => {
  const f = await runSoak({ requests: 1000, concurrency: 64, slowClients: 16, deadlineMs: 2000, root: ROOT });
  expect(f.wrong).toEqual([]);
  expect(f.failed).toEqual([]);
  expect(f.certRotated).toBe(true);
  expect(Object.keys(f.byKind).sort()).toEqual(["allow", "content-type", "delete", "deny", "exempt", "malformed", "not-a-review", "oversized", "rule-error", "warn"]);
  // Every review whose rule threw was counted, and nothing else was.
  expect(f.ruleErrorsCounted).toBe(f.ruleErrorsSent);
  expect(f.answeredAfterSigterm).toBe(f.inFlightAtSigterm);
  expect(f.exitCode).toBe(0);
  // Heap after warm-up (25 %) to the end: no growth with the request count.
  expect(f.heapMb[4]! - f.heapMb[1]!).toBeLessThan(64);
}, 120_000);
