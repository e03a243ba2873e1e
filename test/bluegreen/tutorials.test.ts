// Three real tutorial layouts of blue-green, checked with no tollgate config: recognised, and the
// switch rules (base versus head) say what a selector flip does.
import { describe, expect, test } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { InputFile } from "../../src/engine/check.js";
import { describeSwitches } from "../../src/model/bluegreen.js";
import { configFrom, FIXTURES, runCheck } from "./helpers.js";

/** A tutorial's files, named `tutorials/<layout>/<file>`, with `edit` applied to each text. */
function layout(name: string, edit: (file: string, text: string) => string = (_f, t) => t): InputFile[] {
  const dir = join(FIXTURES, "tutorials", name);
  return readdirSync(dir).sort().map((f) => ({ file: `tutorials/${name}/${f}`, text: edit(f, readFileSync(join(dir, f), "utf8")) }));
}

/** Replaces `from` (which must occur) in the named file. */
const change = (file: string, from: string, to: string) => (f: string, text: string) => {
  if (f !== file) return text;
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

const bluegreen = (r: ReturnType<typeof runCheck>) =>
  r.findings.filter((f) => f.ruleId.startsWith("bluegreen/") || f.ruleId.startsWith("selectors/")).map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId} ${f.message}`);

describe("(a) one Service switching version: blue|green", () => {
  const base = layout("single-service");
  const flipped = layout("single-service", change("app.yaml", "    app: myapp\n    version: blue\n  ports", "    app: myapp\n    version: green\n  ports"));

  test("recognised without config: live and idle slot", () => {
    expect(bluegreen(runCheck(base))).toEqual([
      "tutorials/single-service/app.yaml:68 info bluegreen/both-slots demo/myapp: blue is live (Service myapp, 3 replicas); green is idle (3 replicas).",
    ]);
  });

  test("a clean flip is summarised, nothing else", () => {
    expect(bluegreen(runCheck(flipped, { base }))).toEqual([
      "tutorials/single-service/app.yaml:68 info bluegreen/both-slots demo/myapp: green is live (Service myapp, 3 replicas); blue is idle (3 replicas).",
      "tutorials/single-service/app.yaml:68 info bluegreen/switch-summary demo/myapp: traffic moves from blue (1.25.3, 3 replicas) to green (1.27.0, 3 replicas); rollback = set selector version: blue",
    ]);
    expect(describeSwitches(runCheck(flipped, { base }).run)).toMatchObject([{ slotKey: "version", from: "blue", to: "green", rollback: "set selector version: blue" }]);
  });

  test("a flip that also changes the target slot's image and scales it down", () => {
    const head = layout("single-service", (f, t) =>
      change("app.yaml", "    app: myapp\n    version: blue\n  ports", "    app: myapp\n    version: green\n  ports")(f, t)
        .replace("nginx:1.27.0", "nginx:1.27.1")
        .replace("  name: myapp-green\n  namespace: demo\nspec:\n  replicas: 3", "  name: myapp-green\n  namespace: demo\nspec:\n  replicas: 1"));
    const got = bluegreen(runCheck(head, { base })).filter((l) => l.includes("switch-"));
    expect(got).toEqual([
      "tutorials/single-service/app.yaml:68 error bluegreen/switch-capacity Service demo/myapp switches traffic from blue (3 replicas) to green (1 replica); green needs at least 3 replicas to take the load.",
      "tutorials/single-service/app.yaml:68 error bluegreen/switch-deploys-first Service demo/myapp switches traffic from blue to green in the same change that modifies Deployment demo/myapp-green (spec.replicas 3 → 1; spec.template.spec.containers[myapp].image nginx:1.27.0 → nginx:1.27.1); deploy green first, switch in a separate change.",
      "tutorials/single-service/app.yaml:68 info bluegreen/switch-summary demo/myapp: traffic moves from blue (1.25.3, 3 replicas) to green (1.27.1, 1 replica); rollback = set selector version: blue",
    ]);
  });

  test("bluegreen.slotKey stays the override: another key configured, nothing recognised", () => {
    expect(bluegreen(runCheck(base, { config: configFrom("bluegreen: { slotKey: slot }") }))).toEqual([]);
  });
});

describe("(b) version: v1.0.0|v2.0.0, the Service patched to the new version", () => {
  const base = layout("version-numbers");
  const flipped = layout("version-numbers", change("app-v1.yaml", "    app: my-app\n    version: v1.0.0\n---", "    app: my-app\n    version: v2.0.0\n---"));

  test("recognised without config", () => {
    expect(bluegreen(runCheck(base))).toEqual([
      "tutorials/version-numbers/app-v1.yaml:18 info bluegreen/both-slots strategies/my-app: v1.0.0 is live (Service my-app, 3 replicas); v2.0.0 is idle (3 replicas).",
    ]);
  });

  test("the patch is a switch; the version comes from the label when the image has no tag", () => {
    expect(bluegreen(runCheck(flipped, { base })).filter((l) => l.includes("switch-"))).toEqual([
      "tutorials/version-numbers/app-v1.yaml:18 info bluegreen/switch-summary strategies/my-app: traffic moves from v1.0.0 (3 replicas) to v2.0.0 (3 replicas); rollback = set selector version: v1.0.0",
    ]);
  });

  test("a v2 that differs beyond the version is a parity finding on the idle slot", () => {
    const head = layout("version-numbers", change("app-v2.yaml", "            periodSeconds: 5\n          readinessProbe", "            periodSeconds: 15\n          readinessProbe"));
    expect(bluegreen(runCheck(head)).filter((l) => l.includes("slot-parity"))).toEqual([
      "tutorials/version-numbers/app-v2.yaml:40 warning bluegreen/slot-parity v2.0.0: container my-app livenessProbe.periodSeconds 15, v1.0.0 5 (the slots of strategies/my-app should differ only in slot, version and image tag).",
    ]);
  });
});

describe("(c) a Service per slot plus main and preview Services on color:", () => {
  const base = layout("service-per-slot");
  const flip = (f: string, t: string) =>
    f !== "services.yaml" ? t : t.replace("  name: web\n  namespace: store\nspec:\n  selector:\n    app: web\n    color: blue", "  name: web\n  namespace: store\nspec:\n  selector:\n    app: web\n    color: green")
      .replace("  name: web-preview\n  namespace: store\nspec:\n  selector:\n    app: web\n    color: green", "  name: web-preview\n  namespace: store\nspec:\n  selector:\n    app: web\n    color: blue");
  const flipped = layout("service-per-slot", flip);

  test("recognised without config; the per-slot Services are neither a second main nor ambiguous", () => {
    expect(bluegreen(runCheck(base))).toEqual([
      "tutorials/service-per-slot/services.yaml:31 info bluegreen/both-slots store/web: blue is live (Service web-blue, Service web, 2 replicas); green is idle (Service web-green, preview Service web-preview, 2 replicas).",
    ]);
  });

  test("flipping main and preview is one switch, of the main Service", () => {
    expect(bluegreen(runCheck(flipped, { base })).filter((l) => l.includes("switch-"))).toEqual([
      "tutorials/service-per-slot/services.yaml:31 info bluegreen/switch-summary store/web: traffic moves from blue (3.1.0, 2 replicas) to green (3.2.0, 2 replicas); rollback = set selector color: blue",
    ]);
  });
});

describe("no false blue-green", () => {
  const deployment = (name: string, labels: string, image: string, container = "web") => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: shop }
spec:
  selector: { matchLabels: ${labels} }
  template:
    metadata: { labels: ${labels} }
    spec: { containers: [{ name: ${container}, image: "${image}", resources: { requests: { cpu: 10m, memory: 10Mi }, limits: { memory: 10Mi } }, readinessProbe: { tcpSocket: { port: 80 } } }] }
---
`;
  const service = (selector: string) => `apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { selector: ${selector}, ports: [{ port: 80 }] }
`;
  test.each([
    ["one Deployment with a version label", deployment("web", "{ app: web, version: v1.2.0 }", "web:1.2.0") + service("{ app: web, version: v1.2.0 }")],
    ["two versions of different things (a worker beside the web app)", deployment("web", "{ app: web, version: v1 }", "web:1") + deployment("web-worker", "{ app: web, version: v2 }", "worker:2", "worker") + service("{ app: web, version: v1 }")],
    ["two applications told apart by app", deployment("web", "{ app: web, tier: front }", "example/web:1") + deployment("shop", "{ app: shop, tier: front }", "example/shop:1", "shop") + service("{ app: web, tier: front }")],
    ["a selector of the version alone", deployment("web-v1", "{ app: web, version: v1 }", "web:1") + deployment("web-v2", "{ app: web, version: v2 }", "web:2") + service("{ version: v1 }")],
  ])("%s", (_name, text) => {
    const r = runCheck(text);
    expect(r.findings.filter((f) => f.ruleId.startsWith("bluegreen/"))).toEqual([]);
  });
});
