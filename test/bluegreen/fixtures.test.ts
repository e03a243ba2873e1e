// Fixture table: every selectors/ and bluegreen/ finding of each real pattern, with its line.
import { describe, expect, test } from "@jest/globals";
import { configFrom, findingsOf, fixture } from "./helpers.js";

interface Case {
  readonly fixture: string;
  readonly config?: string;
  readonly expected: readonly [number, string, string, string][];
}

const cases: readonly Case[] = [
  {
    fixture: "single-service.yaml",
    expected: [
      [40, "info", "bluegreen/both-slots", "shop/shop: blue is live (Service shop, 3 replicas); green is idle (0 replicas)."],
    ],
  },
  {
    fixture: "main-and-preview.yaml",
    expected: [
      [65, "info", "bluegreen/both-slots", "api/web: blue is live (Service web, 4 replicas); green is idle (preview Service web-preview, 4 replicas)."],
    ],
  },
  {
    fixture: "version-slot.yaml",
    config: "bluegreen: { slotKey: version }",
    expected: [
      [34, "info", "bluegreen/both-slots", "bookinfo/reviews: v1 is live (Service reviews, 2 replicas); v2 is idle (preview Service reviews-next, 2 replicas)."],
    ],
  },
  {
    // Recognised without config: two otherwise identical Deployments told apart by `version`.
    fixture: "version-slot.yaml",
    expected: [
      [34, "info", "bluegreen/both-slots", "bookinfo/reviews: v1 is live (Service reviews, 2 replicas); v2 is idle (preview Service reviews-next, 2 replicas)."],
    ],
  },
  {
    fixture: "argo-rollout.yaml",
    expected: [
    ],
  },
  {
    fixture: "split-traffic.yaml",
    expected: [
      [26, "error", "bluegreen/service-selects-slot", "Service pay/api fronts slot-labelled workloads but its selector has no slot: traffic is split across blue (Deployment pay/api-blue) and green (Deployment pay/api-green)."],
      [33, "error", "bluegreen/service-selects-slot", "Service pay/api-internal selects slot: gren, which is not a slot (blue, green); it routes to nothing."],
    ],
  },
  {
    fixture: "missing-slot.yaml",
    expected: [
      [17, "warning", "bluegreen/both-slots", "iam/auth: Services auth (blue), auth-admin (green) select different slots; mark the preview one with a -preview name or the annotation tollgate.dev/bluegreen-role: preview."],
      [17, "warning", "bluegreen/both-slots", "iam/auth has no green slot (no workload with slot: green): there is no instant rollback."],
      [23, "info", "bluegreen/service-selects-slot", "Preview Service iam/auth-preview selects slot: green, which has no workload of iam/auth (present: blue); deploy the slot before smoke-testing it."],
      [30, "error", "bluegreen/service-selects-slot", "Service iam/auth-admin selects slot: green, but no workload of iam/auth is in that slot (present: blue); it routes to nothing."],
    ],
  },
  {
    fixture: "live-not-ready.yaml",
    expected: [
      [5, "error", "bluegreen/live-slot-ready", "Deployment shop/cart-blue is the live slot (blue) of shop/cart but has 0 replicas: the Service routes to nothing."],
      [11, "error", "bluegreen/live-slot-ready", "cart in the live slot (blue) of shop/cart has no readinessProbe: pods take traffic before they are ready."],
      [37, "info", "bluegreen/both-slots", "shop/cart: blue is live (Service cart, 0 replicas); green is idle (0 replicas)."],
      [65, "error", "bluegreen/live-slot-ready", "HorizontalPodAutoscaler shop/search-green may scale the live slot Deployment shop/search-green (green of shop/search) to 0 replicas; set minReplicas to at least 1."],
      [72, "info", "bluegreen/both-slots", "shop/search: green is live (Service search, HPA 0–5 replicas); blue is idle (1 replica)."],
    ],
  },
  {
    fixture: "parity.yaml",
    expected: [
      [31, "warning", "bluegreen/slot-parity", "green: pod label tier backend, blue frontend (the slots of api/web should differ only in slot, version and image tag)."],
      [36, "warning", "bluegreen/slot-parity", "green: container web ports[http].containerPort 8081, blue 8080 (the slots of api/web should differ only in slot, version and image tag)."],
      [40, "warning", "bluegreen/slot-parity", "green: container web env LOG_LEVEL debug, blue info (the slots of api/web should differ only in slot, version and image tag)."],
      [41, "warning", "bluegreen/slot-parity", "green: container web requests cpu 500m, blue 250m (the slots of api/web should differ only in slot, version and image tag)."],
      [42, "warning", "bluegreen/slot-parity", "green: container web readinessProbe.periodSeconds 10, blue 5 (the slots of api/web should differ only in slot, version and image tag)."],
      [44, "warning", "bluegreen/slot-parity", "green: has container debug, blue does not (the slots of api/web should differ only in slot, version and image tag)."],
      [53, "info", "bluegreen/both-slots", "api/web: blue is live (Service web, 2 replicas); green is idle (2 replicas)."],
    ],
  },
  {
    fixture: "selectors.yaml",
    expected: [
      [5, "warning", "selectors/overlapping-workloads", "Deployment shop/orders (app=orders) and Deployment shop/backend-canary (tier=backend) select each other's pods; the two controllers will fight over them."],
      [16, "error", "selectors/selector-matches-template", "Deployment shop/billing's selector app=billing,tier in (backend) does not match its own pod template: app=billing (template has app=invoices); the API server rejects it."],
      [28, "error", "selectors/selector-matches-template", "StatefulSet shop/ledger has no spec.selector; apps/v1 requires one that matches the pod template labels."],
      [40, "warning", "selectors/overlapping-workloads", "Deployment shop/backend-canary's selector tier=backend also matches the pods of Deployment shop/billing; the two controllers will fight over them."],
      [40, "warning", "selectors/overlapping-workloads", "Deployment shop/backend-canary's selector tier=backend also matches the pods of StatefulSet shop/ledger; the two controllers will fight over them."],
      [51, "warning", "selectors/service-spans-apps", "Service shop/backend selects pods of 3 applications: invoices (Deployment billing), ledger (StatefulSet ledger), orders (Deployment orders, Deployment backend-canary); requests go to whichever answers."],
      [58, "warning", "selectors/service-matches-nothing", "Service shop/payments selects app=payments, which matches no workload's pods in namespace shop; it will have no endpoints."],
      [65, "info", "selectors/service-matches-nothing", "Service legacy/legacy selects app=legacy, but no workload in namespace legacy is part of this check; if its pods are deployed from elsewhere this is fine."],
    ],
  },
];

describe("selectors and blue-green fixtures", () => {
  test.each(cases.map((c) => [`${c.fixture}${c.config ? ` with ${c.config}` : ""}`, c] as const))("%s", (_name, c) => {
    const opts = c.config ? { config: configFrom(c.config) } : {};
    const got = [...findingsOf("selectors/", [fixture(c.fixture)], opts), ...findingsOf("bluegreen/", [fixture(c.fixture)], opts)]
      .sort((a, b) => a.line! - b.line! || a.ruleId.localeCompare(b.ruleId))
      .map((f) => [f.line, f.severity, f.ruleId, f.message]);
    expect(got).toEqual(c.expected);
  });
});
