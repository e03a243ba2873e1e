// Base versus head: a change that flips a Service's slot selector.
import { describe, expect, test } from "@jest/globals";
import { describeSwitches, idleSlots } from "../../src/model/bluegreen.js";
import { findingsOf, lines, runCheck } from "./helpers.js";

interface Slot {
  readonly version?: string;
  readonly replicas?: number;
  readonly cpu?: string;
}

/** The api/web blue-green app; the Service's `slot:` selector is on line 37. */
function web(live: string, blue: Slot = {}, green: Slot | null = {}, extra = ""): string {
  const deployment = (slot: string, s: Slot) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web-${slot}, namespace: api }
spec:
  replicas: ${s.replicas ?? 4}
  selector: { matchLabels: { app: web, slot: ${slot} } }
  template:
    metadata: { labels: { app: web, slot: ${slot}, version: ${s.version ?? (slot === "blue" ? "v1.4.2" : "v1.5.0")} } }
    spec:
      containers:
        - name: web
          image: ghcr.io/northwind/web:${s.version ?? (slot === "blue" ? "v1.4.2" : "v1.5.0")}
          resources: { requests: { cpu: ${s.cpu ?? "250m"} } }
          readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
---
`;
  const greenDoc = green ? deployment("green", green) : "# no green\n" + "#\n".repeat(14) + "---\n";
  return `${deployment("blue", blue)}${greenDoc}apiVersion: v1
kind: Service
metadata: { name: web, namespace: api }
spec:
  selector:
    app: web
    slot: ${live}
${extra}`;
}

const hpa = (target: string, min: number, max: number) => `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: ${target}, namespace: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${target} }
  minReplicas: ${min}
  maxReplicas: ${max}
`;

const SUMMARY = "api/web: traffic moves from blue (v1.4.2, 4 replicas) to green (v1.5.0, 4 replicas); rollback = set selector slot: blue";

describe("switch rules (base versus head)", () => {
  const cases: readonly { name: string; base: string; head: string; rule: string; expected: [number, string, string][] }[] = [
    { name: "a clean flip is summarised", base: web("blue"), head: web("green"), rule: "bluegreen/switch-summary", expected: [[37, "info", SUMMARY]] },
    { name: "a clean flip changes nothing else", base: web("blue"), head: web("green"), rule: "bluegreen/switch-deploys-first", expected: [] },
    { name: "a clean flip has the capacity", base: web("blue"), head: web("green"), rule: "bluegreen/switch-capacity", expected: [] },
    { name: "no flip, no summary", base: web("blue"), head: web("blue", {}, { version: "v1.5.1" }), rule: "bluegreen/switch-summary", expected: [] },
    { name: "no flip: deploying to idle is the first step", base: web("blue"), head: web("blue", {}, { version: "v1.5.1" }), rule: "bluegreen/switch-deploys-first", expected: [] },
    {
      name: "flip and new image in one change",
      base: web("blue"),
      head: web("green", {}, { version: "v1.5.1" }),
      rule: "bluegreen/switch-deploys-first",
      expected: [[37, "error",
        "Service api/web switches traffic from blue to green in the same change that modifies Deployment api/web-green (spec.template.metadata.labels.version v1.5.0 → v1.5.1; spec.template.spec.containers[web].image ghcr.io/northwind/web:v1.5.0 → ghcr.io/northwind/web:v1.5.1); deploy green first, switch in a separate change."]],
    },
    {
      name: "flip and scale-up in one change",
      base: web("blue", {}, { replicas: 0 }),
      head: web("green"),
      rule: "bluegreen/switch-deploys-first",
      expected: [[37, "error",
        "Service api/web switches traffic from blue to green in the same change that modifies Deployment api/web-green (spec.replicas 0 → 4); deploy green first, switch in a separate change."]],
    },
    {
      name: "flip to a slot created in the same change",
      base: web("blue", {}, null),
      head: web("green"),
      rule: "bluegreen/switch-deploys-first",
      expected: [[37, "error", "Service api/web switches traffic from blue to green in the same change that creates Deployment api/web-green; deploy green first, switch in a separate change."]],
    },
    {
      name: "flip to a smaller slot",
      base: web("blue", {}, { replicas: 2 }),
      head: web("green", {}, { replicas: 2 }),
      rule: "bluegreen/switch-capacity",
      expected: [[37, "error", "Service api/web switches traffic from blue (4 replicas) to green (2 replicas); green needs at least 4 replicas to take the load."]],
    },
    {
      name: "flip to a slot whose HPA minimum is too small",
      base: web("blue", {}, {}, hpa("web-green", 2, 10)),
      head: web("green", {}, {}, hpa("web-green", 2, 10)),
      rule: "bluegreen/switch-capacity",
      expected: [[37, "error", "Service api/web switches traffic from blue (4 replicas) to green (HPA 2–10 replicas); green needs at least 4 replicas to take the load."]],
    },
    {
      name: "the summary shows an HPA range",
      base: web("blue", {}, {}, hpa("web-green", 4, 10)),
      head: web("green", {}, {}, hpa("web-green", 4, 10)),
      rule: "bluegreen/switch-summary",
      expected: [[37, "info", "api/web: traffic moves from blue (v1.4.2, 4 replicas) to green (v1.5.0, HPA 4–10 replicas); rollback = set selector slot: blue"]],
    },
    {
      name: "rolling back is a switch too",
      base: web("green"),
      head: web("blue"),
      rule: "bluegreen/switch-summary",
      expected: [[37, "info", "api/web: traffic moves from green (v1.5.0, 4 replicas) to blue (v1.4.2, 4 replicas); rollback = set selector slot: green"]],
    },
  ];
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    expect(lines(findingsOf(c.rule, c.head, { base: c.base })).map(([l, s, m]) => [l, s, m])).toEqual(c.expected);
  });

  test("without a base the switch rules say nothing", () => {
    expect(findingsOf("bluegreen/switch-summary", web("green"))).toEqual([]);
    expect(describeSwitches(runCheck(web("green")).run)).toEqual([]);
  });
});

describe("describeSwitches and idleSlots (for the Action and the cost family)", () => {
  test("describeSwitches returns plain data and the sentence", () => {
    const { run } = runCheck(web("green"), { base: web("blue") });
    expect(describeSwitches(run)).toEqual([
      {
        namespace: "api",
        service: { apiVersion: "v1", kind: "Service", namespace: "api", name: "web" },
        file: "test.yaml",
        slotKey: "slot",
        from: "blue",
        to: "green",
        fromVersion: "v1.4.2",
        toVersion: "v1.5.0",
        fromReplicas: 4,
        toReplicas: 4,
        rollback: "set selector slot: blue",
        sentence: SUMMARY,
      },
    ]);
    expect(JSON.parse(JSON.stringify(describeSwitches(run)))).toEqual(describeSwitches(run));
  });

  test("idleSlots lists the slot that takes no main traffic", () => {
    const idle = idleSlots(runCheck(web("blue", {}, { replicas: 1 })).run);
    expect(idle.map((s) => [s.group, s.slot, s.liveSlot, s.workloads.map((w) => w.object.metadata.name), s.workloads.map((w) => w.replicas)])).toEqual([
      ["api/web", "green", "blue", ["web-green"], [1]],
    ]);
  });

  test("idleSlots is empty when no Service decides which slot is live", () => {
    expect(idleSlots(runCheck(web("blue").replace("slot: blue\n", "tier: web\n")).run)).toEqual([]);
  });
});
