import { blueGreenSettings } from "../../model/bluegreen.js";
import { describeObject, refOf } from "../../core/types.js";
import { defineRule } from "../../engine/rule.js";
import { appIdentity, DEFAULT_APP_LABELS, serviceSelector, serviceTargets } from "../../model/selectors.js";

export default defineRule({
  id: "selectors/service-spans-apps",
  target: "object",
  kinds: ["Service"],
  meta: {
    family: "selectors",
    severity: "warning",
    summary: "A Service selects the pods of one application.",
    description:
      "A Service whose selector is broad enough to match pods of different applications (different `app.kubernetes.io/name` or `app` labels) sends requests to whichever pod answers: a selector `tier: frontend` that catches both `web` and `admin`. The blue and green slots of one application are one application (a trailing `-<slot>` in the app label is ignored), and pods without an app label are not counted. Options: `appLabels`, the labels that name the application, most specific first.",
    remediation: "Add the application's label to the Service selector. If the Service fronts several applications on purpose, suppress the finding on it with a reason.",
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { appLabels: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } } },
    },
    defaultOptions: { appLabels: DEFAULT_APP_LABELS },
    messages: {
      spans: "{{service}} selects pods of {{count}} applications: {{apps}}; requests go to whichever answers.",
    },
  },
  check(ctx, svc) {
    if (!serviceSelector(svc)) return;
    const appLabels = ctx.options.appLabels as string[];
    const slotKey = blueGreenSettings(ctx.config.bluegreen).slotKey;
    const apps = new Map<string, string[]>();
    for (const t of serviceTargets(ctx.run, svc, ctx.config.podSources)) {
      let app = appIdentity(t.labels, appLabels);
      if (app === undefined) continue;
      const slot = t.labels[slotKey];
      if (slot && app.endsWith(`-${slot}`)) app = app.slice(0, -slot.length - 1);
      const l = apps.get(app);
      const name = t.object.metadata.name ?? "(unnamed)";
      if (l) l.push(`${t.object.kind} ${name}`);
      else apps.set(app, [`${t.object.kind} ${name}`]);
    }
    if (apps.size < 2) return;
    const list = [...apps].sort((a, b) => a[0].localeCompare(b[0])).map(([app, ws]) => `${app} (${ws.join(", ")})`);
    ctx.report({ messageId: "spans", at: "/spec/selector", data: { service: describeObject(refOf(svc)), count: apps.size, apps: list.join(", ") } });
  },
});
