import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  DEFAULT_COST_CONFIG,
  Ownership,
  RESOURCES,
  apiGroup,
  containerRequest,
  describeObject,
  effectivePodValue,
  formatCpu,
  formatMemory,
  isRecord,
  joinPointer,
  parseQuantity,
  refOf,
  resolveBlueGreen,
  splitPointer,
  stringMap,
  valueAt
} from "./chunk-Q5AAYJWF.js";
import {
  EMBEDDED_SNAPSHOT
} from "./chunk-C6Q7PKR2.js";

// src/cost/report.ts
var round2 = (n) => Math.round(Number((n * 100).toPrecision(12))) / 100;

// src/cost/unavailable.ts
var CostUnavailable = class extends Error {
  name = "CostUnavailable";
};

// src/model/bluegreen-parity.ts
var VERSIONISH_ENV = /version|release|slot|colou?r|build|commit|sha|revision/i;
var MAX_DIFFERENCES = 10;
function slotDifferences(a, aSlot, b, bSlot, cfg) {
  const out = [];
  if (a.kind !== b.kind) {
    return [{ text: `${bSlot} is a ${b.kind}, ${aSlot} a ${a.kind}`, pointer: "/kind" }];
  }
  const na = normaliser(a, aSlot, cfg);
  const nb = normaliser(b, bSlot, cfg);
  const same = (x, y) => x === y || typeof x === "string" && typeof y === "string" && na(x) === nb(y);
  const say = (text, pointer) => out.push({ text: `${bSlot}: ${text}`, pointer });
  const ignoredLabels = /* @__PURE__ */ new Set([cfg.slotKey, ...cfg.versionLabels]);
  const labelsPointer = b.podSpecPointer.replace(/\/spec$/, "/metadata/labels");
  for (const k of [.../* @__PURE__ */ new Set([...Object.keys(a.podLabels), ...Object.keys(b.podLabels)])].sort()) {
    if (ignoredLabels.has(k) || same(a.podLabels[k], b.podLabels[k])) continue;
    say(`pod label ${k} ${show(b.podLabels[k])}, ${aSlot} ${show(a.podLabels[k])}`, joinPointer(labelsPointer, k));
  }
  for (const [role, label] of [["app", "container"], ["init", "init container"], ["sidecar", "sidecar"]]) {
    const as = a.all.filter((c2) => c2.role === role);
    const bs = b.all.filter((c2) => c2.role === role);
    const onlyB = bs.filter((c2) => !as.some((x) => x.name === c2.name));
    const onlyA = as.filter((c2) => !bs.some((x) => x.name === c2.name));
    if (onlyA.length === 1 && onlyB.length === 1) {
      say(`${label} name ${onlyB[0].name}, ${aSlot} ${onlyA[0].name}`, onlyB[0].pointer("name"));
      compareContainers(onlyA[0], onlyB[0], label, aSlot, same, say);
    } else {
      for (const c2 of onlyB) say(`has ${label} ${c2.name}, ${aSlot} does not`, c2.pointer("name"));
      for (const c2 of onlyA) say(`has no ${label} ${c2.name}, ${aSlot} does`, joinPointer(b.podSpecPointer, role === "app" ? "containers" : "initContainers"));
    }
    for (const cb of bs) {
      const ca = as.find((c2) => c2.name === cb.name);
      if (ca) compareContainers(ca, cb, label, aSlot, same, say);
    }
  }
  const rest = (spec) => {
    const { containers: _c, initContainers: _i, ...others } = spec;
    return others;
  };
  for (const d of deepDiff(rest(a.podSpec), rest(b.podSpec), b.podSpecPointer, same)) {
    say(`pod ${d.path} ${show(d.b)}, ${aSlot} ${show(d.a)}`, d.pointer);
  }
  return out.slice(0, MAX_DIFFERENCES);
}
function compareContainers(a, b, label, aSlot, same, say) {
  const who2 = `${label} ${b.name}`;
  if (a.image && b.image && !same(imageRepository(a.image), imageRepository(b.image))) {
    say(`${who2} image ${imageRepository(b.image)}, ${aSlot} ${imageRepository(a.image)}`, b.pointer("image"));
  }
  for (const field of ["requests", "limits"]) {
    for (const r of RESOURCES) {
      const qa = a[field][r];
      const qb = b[field][r];
      if (qa?.value === qb?.value) continue;
      say(`${who2} ${field} ${r} ${qb?.text ?? "none"}, ${aSlot} ${qa?.text ?? "none"}`, qb?.pointer ?? b.pointer("resources"));
    }
  }
  const envOf = (c2) => {
    const m = /* @__PURE__ */ new Map();
    if (Array.isArray(c2.raw.env)) {
      c2.raw.env.forEach((e, index) => {
        if (isRecord(e) && typeof e.name === "string") m.set(e.name, { value: e.value ?? e.valueFrom, index });
      });
    }
    return m;
  };
  const ea = envOf(a);
  const eb = envOf(b);
  for (const name of [.../* @__PURE__ */ new Set([...ea.keys(), ...eb.keys()])].sort()) {
    const va = ea.get(name);
    const vb = eb.get(name);
    if (va && vb && (VERSIONISH_ENV.test(name) || sameDeep(va.value, vb.value, same))) continue;
    say(
      `${who2} env ${name} ${vb ? show(vb.value) : "unset"}, ${aSlot} ${va ? show(va.value) : "unset"}`,
      vb ? b.pointer("env", vb.index) : b.pointer("env")
    );
  }
  const rest = (raw) => {
    const { name: _n, image: _i, env: _e, resources: _r, ...others } = raw;
    return others;
  };
  for (const d of deepDiff(rest(a.raw), rest(b.raw), b.pointer(), same)) {
    say(`${who2} ${d.path} ${show(d.b)}, ${aSlot} ${show(d.a)}`, d.pointer);
  }
}
function deepDiff(a, b, pointer, same, path = "") {
  const out = [];
  const walk = (x, y, ptr, p) => {
    if (isRecord(x) && isRecord(y)) {
      for (const k of [.../* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
        walk(x[k], y[k], joinPointer(ptr, k), p ? `${p}.${k}` : k);
      }
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      const named = [...x, ...y].every((i) => isRecord(i) && typeof i.name === "string");
      if (named) {
        const ix = new Map(x.map((i) => [i.name, i]));
        const iy = new Map(y.map((i, n) => [i.name, [i, n]]));
        for (const n of [.../* @__PURE__ */ new Set([...ix.keys(), ...iy.keys()])]) {
          const hit = iy.get(n);
          walk(ix.get(n), hit?.[0], hit ? joinPointer(ptr, hit[1]) : ptr, `${p}[${n}]`);
        }
      } else {
        for (let i = 0; i < Math.max(x.length, y.length); i++) walk(x[i], y[i], i < y.length ? joinPointer(ptr, i) : ptr, `${p}[${i}]`);
      }
      return;
    }
    if (!sameDeep(x, y, same)) out.push({ path: p, pointer: y === void 0 ? parentPointer(ptr) : ptr, a: x, b: y });
  };
  walk(a, b, pointer, path);
  return out;
}
function parentPointer(p) {
  return p.slice(0, Math.max(0, p.lastIndexOf("/")));
}
function sameDeep(x, y, same) {
  if (same(x, y)) return true;
  if (isRecord(x) && isRecord(y)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) if (!sameDeep(x[k], y[k], same)) return false;
    return true;
  }
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameDeep(v, y[i], same));
  return false;
}
function normaliser(w, slot, cfg) {
  const tokens = /* @__PURE__ */ new Map([[slot, "\0slot"]]);
  const v = versionOf(w, cfg);
  if (v) tokens.set(v, "\0version");
  for (const c2 of w.all) {
    const t = imageTag(c2.image);
    if (t) tokens.set(t, "\0version");
  }
  for (const k of cfg.versionLabels) {
    const lv = w.podLabels[k];
    if (lv) tokens.set(lv, "\0version");
  }
  const ordered = [...tokens.entries()].sort((x, y) => y[0].length - x[0].length);
  return (s) => {
    let r = s;
    for (const [t, ph] of ordered) r = r.split(t).join(ph);
    return r;
  };
}
function show(v) {
  if (v === void 0 || v === null) return "none";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const s = JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
function changedPaths(before, after, limit = 3) {
  const all = deepDiff(before, after, "", (x, y) => x === y);
  return { items: all.slice(0, limit).map((d) => `${d.path} ${show(d.a)} \u2192 ${show(d.b)}`), total: all.length };
}

// src/model/operators.ts
var MANAGED = { "app.kubernetes.io/managed-by": "prometheus-operator" };
var BUILTIN = [
  {
    group: "monitoring.coreos.com",
    kind: "Prometheus",
    labels: ["spec", "podMetadata", "labels"],
    own: (name) => ({
      ...MANAGED,
      "app.kubernetes.io/name": "prometheus",
      "app.kubernetes.io/instance": name,
      prometheus: name,
      "operator.prometheus.io/name": name
    })
  },
  {
    group: "monitoring.coreos.com",
    kind: "Alertmanager",
    labels: ["spec", "podMetadata", "labels"],
    own: (name) => ({ ...MANAGED, "app.kubernetes.io/name": "alertmanager", "app.kubernetes.io/instance": name, alertmanager: name })
  },
  {
    group: "monitoring.coreos.com",
    kind: "ThanosRuler",
    labels: ["spec", "podMetadata", "labels"],
    own: (name) => ({ "thanos-ruler": name })
  }
];
function operatorPodLabels(o, configured = []) {
  for (const c2 of configured) {
    if (c2.kind !== o.kind || !apiVersionMatches(c2.apiVersion, o.apiVersion)) continue;
    const labels = valueAt(o.raw, splitPointer(c2.labels));
    return isRecord(labels) ? stringMap(labels) : void 0;
  }
  const group = apiGroup(o.apiVersion);
  for (const b of BUILTIN) {
    if (b.kind !== o.kind || b.group !== group) continue;
    const name = o.metadata.name ?? "";
    return { ...stringMap(valueAt(o.raw, b.labels)), ...b.own(name) };
  }
  return void 0;
}
function apiVersionMatches(wanted, actual) {
  if (wanted === void 0) return true;
  return wanted.includes("/") ? wanted === actual : wanted === apiGroup(actual);
}

// src/model/selectors.ts
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function parseLabelSelector(raw) {
  if (!isRecord(raw)) return void 0;
  const matchExpressions = [];
  if (Array.isArray(raw.matchExpressions)) {
    for (const e of raw.matchExpressions) {
      if (!isRecord(e) || typeof e.key !== "string" || typeof e.operator !== "string" || !OPERATORS.has(e.operator)) return void 0;
      const values = Array.isArray(e.values) ? e.values.filter((v) => v !== null && v !== void 0).map(String) : [];
      matchExpressions.push({ key: e.key, operator: e.operator, values });
    }
  }
  return { matchLabels: stringMap(raw.matchLabels), matchExpressions };
}
function selectorFromMap(map) {
  return { matchLabels: map, matchExpressions: [] };
}
function isEmptySelector(s) {
  return Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
}
function selectorMatches(s, labels) {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const e of s.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case "In":
        if (!has || !e.values.includes(labels[e.key])) return false;
        break;
      case "NotIn":
        if (has && e.values.includes(labels[e.key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
    }
  }
  return true;
}
function formatSelector(s) {
  const parts = Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions) {
    if (e.operator === "Exists") parts.push(e.key);
    else if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === "In" ? "in" : "notin"} (${e.values.join(",")})`);
  }
  return parts.join(",") || "(everything)";
}
function serviceSelector(o) {
  if (o.kind !== "Service") return void 0;
  const spec = isRecord(o.raw.spec) ? o.raw.spec : {};
  if (spec.type === "ExternalName") return void 0;
  const sel = stringMap(spec.selector);
  return Object.keys(sel).length === 0 ? void 0 : sel;
}
function workloadSelector(w) {
  const spec = isRecord(w.object.raw.spec) ? w.object.raw.spec : {};
  const present = spec.selector !== void 0 && spec.selector !== null;
  switch (w.kind) {
    case "Deployment":
    case "ReplicaSet":
    case "StatefulSet":
    case "DaemonSet":
      return {
        selector: parseLabelSelector(spec.selector),
        pointer: "/spec/selector",
        present,
        required: w.object.apiVersion === "apps/v1"
      };
    case "ReplicationController":
    case "DeploymentConfig":
      return present ? { selector: selectorFromMap(stringMap(spec.selector)), pointer: "/spec/selector", present, required: false } : void 0;
    case "Job":
      return spec.manualSelector === true && present ? { selector: parseLabelSelector(spec.selector), pointer: "/spec/selector", present, required: false } : void 0;
    default:
      return void 0;
  }
}
var PodIndex = class {
  byNs = /* @__PURE__ */ new Map();
  byPair = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  constructor(run, configured = []) {
    for (const o of run.objects) {
      const w = run.workloadOf(o);
      let source;
      if (w) source = { object: o, labels: w.podLabels, workload: w };
      else if (run.scopeOf(o.kind) !== "Cluster" && !isBuiltinNonWorkload(o)) {
        const operated = operatorPodLabels(o, configured);
        if (operated) source = { object: o, labels: operated };
        const tmpl = isRecord(o.raw.spec) && isRecord(o.raw.spec.template) ? o.raw.spec.template : void 0;
        if (!source && tmpl && isRecord(tmpl.metadata) && isRecord(tmpl.spec)) source = { object: o, labels: stringMap(tmpl.metadata.labels) };
      }
      if (!source) continue;
      const ns = nsKey(run, o);
      push(this.byNs, ns, source);
      const pairs = getOrCreate(this.byPair, ns);
      const keys = getOrCreate(this.byKey, ns);
      for (const [k, v] of Object.entries(source.labels)) {
        push(pairs, `${k}=${v}`, source);
        push(keys, k, source);
      }
    }
  }
  /** Every pod source in a namespace. */
  inNamespace(ns) {
    return this.byNs.get(ns ?? "") ?? [];
  }
  /** Pod sources in `ns` whose template labels match `selector`. */
  matching(ns, selector) {
    const key2 = ns ?? "";
    const all = this.byNs.get(key2);
    if (!all) return [];
    let best = all;
    const consider = (list) => {
      const l = list ?? [];
      if (l.length < best.length) best = l;
    };
    const pairs = this.byPair.get(key2);
    const keys = this.byKey.get(key2);
    for (const [k, v] of Object.entries(selector.matchLabels)) consider(pairs.get(`${k}=${v}`));
    for (const e of selector.matchExpressions) {
      if (e.operator === "Exists") consider(keys.get(e.key));
      else if (e.operator === "In" && e.values.length === 1) consider(pairs.get(`${e.key}=${e.values[0]}`));
    }
    return best.filter((s) => selectorMatches(selector, s.labels));
  }
};
function podIndex(run, configured) {
  const key2 = configured === void 0 || configured.length === 0 ? "" : JSON.stringify(configured);
  return run.memo(`selectors/pod-index/${key2}`, () => new PodIndex(run, configured));
}
function serviceTargets(run, service, configured) {
  const key2 = configured === void 0 || configured.length === 0 ? "" : JSON.stringify(configured);
  const cache = run.memo(`selectors/service-targets/${key2}`, () => /* @__PURE__ */ new Map());
  let hit = cache.get(service.key);
  if (!hit) {
    const sel = serviceSelector(service);
    hit = sel ? podIndex(run, configured).matching(run.namespaceOf(service), selectorFromMap(sel)) : [];
    cache.set(service.key, hit);
  }
  return hit;
}
function nsKey(run, o) {
  return run.namespaceOf(o) ?? "";
}
var DEFAULT_APP_LABELS = ["app.kubernetes.io/name", "app"];
function appIdentity(labels, appLabels = DEFAULT_APP_LABELS) {
  for (const k of appLabels) if (labels[k] !== void 0 && labels[k] !== "") return labels[k];
  return void 0;
}
function isBuiltinNonWorkload(o) {
  return o.kind === "PodTemplate" || o.kind === "Service";
}
function push(m, k, v) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
function getOrCreate(m, k) {
  let v = m.get(k);
  if (!v) {
    v = /* @__PURE__ */ new Map();
    m.set(k, v);
  }
  return v;
}
function unmetRequirements(s, labels) {
  const out = [];
  const has = (k) => Object.prototype.hasOwnProperty.call(labels, k);
  const now = (k) => has(k) ? `${k}=${labels[k]}` : `no ${k}`;
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) out.push(`${k}=${v} (template has ${now(k)})`);
  for (const e of s.matchExpressions) {
    if (selectorMatches({ matchLabels: {}, matchExpressions: [e] }, labels)) continue;
    out.push(`${formatSelector({ matchLabels: {}, matchExpressions: [e] })} (template has ${now(e.key)})`);
  }
  return out;
}

// src/model/bluegreen-detect.ts
var SLOT_KEYS = /* @__PURE__ */ new Set(["slot", "color", "colour", "version", "app.kubernetes.io/version"]);
var COLOURS = /* @__PURE__ */ new Set(["blue", "green", "red", "black", "yellow", "orange", "purple"]);
var VERSION = /^v?\d+(\.\d+){0,3}([-+.][0-9A-Za-z.-]+)?$/;
function slotLike(key2, values) {
  if (SLOT_KEYS.has(key2)) return true;
  return values.every((v) => COLOURS.has(v.toLowerCase())) || values.every((v) => VERSION.test(v));
}
function settingsForKey(base, key2) {
  return { ...base, slotKey: key2, slots: void 0, explicit: false, versionLabels: base.versionLabels.filter((k) => k !== key2) };
}
function candidateKeys(selectors, skip) {
  const keys = /* @__PURE__ */ new Set();
  for (const s of selectors) for (const k of Object.keys(s)) if (k !== skip) keys.add(k);
  return [...keys].sort();
}
function formsSlots(workloads, settings) {
  const key2 = settings.slotKey;
  const byValue = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    const v = w.podLabels[key2];
    const sig = signature(w, v, settings);
    const list = byValue.get(v);
    if (list) list.push(sig);
    else byValue.set(v, [sig]);
  }
  if (byValue.size < 2 || !slotLike(key2, [...byValue.keys()])) return false;
  const sets = [...byValue.values()].map((l) => l.sort().join("\n"));
  return sets.every((s) => s === sets[0]);
}
function signature(w, value, settings) {
  const norm = normaliser(w, value, settings);
  const ignored = /* @__PURE__ */ new Set([settings.slotKey, ...settings.versionLabels]);
  const labels = Object.keys(w.podLabels).filter((k) => !ignored.has(k)).sort().map((k) => `${k}=${norm(w.podLabels[k])}`);
  const containers = w.all.map((c2) => `${c2.role}:${norm(c2.name)}:${c2.image ? norm(imageRepository(c2.image)) : ""}`);
  return `${w.kind}|${labels.join(",")}|${containers.join(",")}`;
}
function slotCandidates(index, ns, selector, key2, isSlot) {
  const rest = { ...selector };
  delete rest[key2];
  return index.matching(ns, selectorFromMap(rest)).filter((s) => s.workload !== void 0 && isSlot(s.labels[key2])).map((s) => s.workload);
}

// src/model/bluegreen.ts
var ROLE_ANNOTATION = "tollgate.dev/bluegreen-role";
function blueGreenOf(run, config) {
  const { key: key2, resolved } = settingsOf(config);
  return run.memo(key2, () => analyse(run, resolved));
}
var NO_CONFIG = { key: "bluegreen/analysis/{}", resolved: resolveBlueGreen(void 0) };
var settingsByConfig = /* @__PURE__ */ new WeakMap();
function blueGreenSettings(config) {
  return settingsOf(config).resolved;
}
function settingsOf(config) {
  if (config === void 0) return NO_CONFIG;
  let s = settingsByConfig.get(config);
  if (s === void 0) settingsByConfig.set(config, s = { key: `bluegreen/analysis/${JSON.stringify(config)}`, resolved: resolveBlueGreen(config) });
  return s;
}
function analyse(run, cfg) {
  const services = run.byKind("Service");
  if (services.length === 0) return { config: cfg, groups: [], byService: /* @__PURE__ */ new Map() };
  const index = podIndex(run);
  const building = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  collect(run, services, index, cfg, building, claimed, void 0);
  if (!cfg.explicit) {
    const selectors = services.map(serviceSelector).filter((x) => x !== void 0);
    for (const key2 of candidateKeys(selectors, cfg.slotKey)) {
      const settings = settingsForKey(cfg, key2);
      const isSlot = (v) => v !== void 0 && v !== "";
      const established = /* @__PURE__ */ new Set();
      const tried = /* @__PURE__ */ new Set();
      for (const svc of services) {
        const selector = serviceSelector(svc);
        const value = selector?.[key2];
        if (!selector || value === void 0 || claimed.has(svc.key) || Object.keys(selector).length < 2 || !slotLike(key2, [value])) continue;
        const ns = nsKey(run, svc);
        const rest = Object.entries(selector).filter(([k]) => k !== key2).sort().join(",");
        if (tried.has(`${ns}
${rest}`)) continue;
        tried.add(`${ns}
${rest}`);
        const workloads = slotCandidates(index, ns, selector, key2, isSlot);
        if (formsSlots(workloads, settings)) established.add(setKey(ns, workloads));
      }
      if (established.size > 0) collect(run, services, index, settings, building, claimed, established);
    }
  }
  const groups = [];
  const byService = /* @__PURE__ */ new Map();
  for (const g of building.values()) {
    const slotKey = g.settings.slotKey;
    const slots = /* @__PURE__ */ new Map();
    for (const w of g.workloads) {
      const v = w.podLabels[slotKey];
      const l = slots.get(v);
      if (l) l.push(w);
      else slots.set(v, [w]);
    }
    const slotValues = g.settings.slots ?? [...slots.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const mainSlots = [...new Set(g.services.filter((s) => s.role === "main" && s.slot !== void 0).map((s) => s.slot))];
    const live = mainSlots.length === 1 ? mainSlots[0] : void 0;
    const others = live !== void 0 ? slotValues.filter((v) => v !== live) : [];
    const idle = others.length === 1 ? others[0] : void 0;
    const firstMain = g.services.find((s) => s.role === "main") ?? g.services[0];
    const app = appIdentity(g.workloads[0].podLabels) ?? firstMain.object.metadata.name ?? "(unnamed)";
    const group = {
      namespace: g.ns === "" ? void 0 : g.ns,
      label: g.ns === "" ? app : `${g.ns}/${app}`,
      slotKey,
      settings: g.settings,
      slotValues,
      slots,
      services: g.services,
      live,
      idle,
      mainSlots
    };
    groups.push(group);
    for (const s of g.services) byService.set(s.object.key, { group, service: s });
  }
  return { config: cfg, groups, byService };
}
function setKey(ns, workloads) {
  return ns + "\n" + workloads.map((w) => w.object.key).sort().join("\n");
}
function collect(run, services, index, settings, building, claimed, only) {
  const isSlot = (v) => v !== void 0 && v !== "" && (settings.slots ? settings.slots.includes(v) : true);
  const joined = [];
  for (const svc of services) {
    if (claimed.has(svc.key)) continue;
    const selector = serviceSelector(svc);
    if (!selector) continue;
    const ns = nsKey(run, svc);
    const workloads = slotCandidates(index, ns, selector, settings.slotKey, isSlot);
    if (workloads.length === 0) continue;
    const key2 = setKey(ns, workloads);
    if (only && !only.has(key2)) continue;
    const groupKey = `${settings.slotKey}
${key2}`;
    let g = building.get(groupKey);
    if (!g) {
      g = { ns, settings, workloads, services: [] };
      building.set(groupKey, g);
    }
    g.services.push({ object: svc, selector, slot: selector[settings.slotKey], role: roleOf(svc, settings, selector[settings.slotKey]) });
    joined.push(svc.key);
  }
  for (const k of joined) claimed.add(k);
}
function roleOf(svc, cfg, slot) {
  const declared = svc.metadata.annotations[ROLE_ANNOTATION];
  if (declared === "preview") return "preview";
  if (declared === "main" || declared === "live") return "main";
  if (declared === "slot") return "slot";
  const name = svc.metadata.name ?? "";
  const segments = name.split(/[-.]/);
  if (segments.some((s) => cfg.previewNames.has(s))) return "preview";
  if (slot !== void 0 && (segments.includes(slot) || name.endsWith(`-${slot}`))) return "slot";
  return "main";
}
function hpaFor(run, w) {
  const index = run.memo("bluegreen/hpa-index", () => {
    const m = /* @__PURE__ */ new Map();
    for (const h of run.byKind("HorizontalPodAutoscaler")) {
      const ref = isRecord(h.raw.spec) && isRecord(h.raw.spec.scaleTargetRef) ? h.raw.spec.scaleTargetRef : void 0;
      if (typeof ref?.kind === "string" && typeof ref.name === "string") m.set(`${nsKey(run, h)}|${ref.kind}|${ref.name}`, h);
    }
    return m;
  });
  return index.get(`${nsKey(run, w.object)}|${w.kind}|${w.object.metadata.name ?? ""}`);
}
function capacityOf(run, w) {
  const hpa = hpaFor(run, w);
  if (hpa) {
    const spec = hpa.raw.spec;
    const min = typeof spec.minReplicas === "number" ? spec.minReplicas : 1;
    const max = typeof spec.maxReplicas === "number" ? spec.maxReplicas : min;
    return { min, max, hpa };
  }
  return { min: w.replicas ?? 0, max: void 0, hpa: void 0 };
}
function slotCapacity(run, workloads) {
  const caps = workloads.map((w) => capacityOf(run, w));
  const min = caps.reduce((n, c2) => n + c2.min, 0);
  const max = caps.some((c2) => c2.max !== void 0) ? caps.reduce((n, c2) => n + (c2.max ?? c2.min), 0) : void 0;
  return { min, max };
}
function formatCapacity(c2) {
  if (c2.max !== void 0) return `HPA ${c2.min}\u2013${c2.max} replicas`;
  return `${c2.min} replica${c2.min === 1 ? "" : "s"}`;
}
function imageTag(image) {
  if (!image) return void 0;
  const at = image.indexOf("@");
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  if (colon > slash) return name.slice(colon + 1);
  if (at >= 0) return image.slice(at + 1, at + 1 + 19);
  return void 0;
}
function imageRepository(image) {
  const at = image.indexOf("@");
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  return colon > slash ? name.slice(0, colon) : name;
}
function versionOf(w, cfg = resolveBlueGreen(void 0)) {
  for (const c2 of w.containers) {
    const t = imageTag(c2.image);
    if (t !== void 0 && t !== "latest") return t;
  }
  for (const k of cfg.versionLabels) {
    const v = w.podLabels[k] ?? w.object.metadata.labels[k];
    if (v) return v;
  }
  return void 0;
}
function slotVersion(workloads, cfg) {
  const vs = [...new Set(workloads.map((w) => versionOf(w, cfg)).filter((v) => v !== void 0))];
  return vs.length === 0 ? void 0 : vs.join("+");
}
function idleSlots(run, config) {
  const out = [];
  for (const g of blueGreenOf(run, config).groups) {
    if (g.live === void 0) continue;
    for (const [slot, workloads] of g.slots) {
      if (slot !== g.live) out.push({ namespace: g.namespace, group: g.label, slot, liveSlot: g.live, workloads });
    }
  }
  return out;
}
function switchesOf(run, config) {
  const base = run.base;
  if (!base) return [];
  return run.memo(`bluegreen/switches/${settingsOf(config).key}`, () => {
    const head = blueGreenOf(run, config);
    const before = blueGreenOf(base, config);
    const baseServices = /* @__PURE__ */ new Map();
    for (const s of base.byKind("Service")) baseServices.set(`${nsKey(base, s)}|${s.metadata.name ?? ""}`, s);
    const out = [];
    for (const { group, service } of head.byService.values()) {
      if (service.role !== "main" || service.slot === void 0) continue;
      const old = baseServices.get(`${nsKey(run, service.object)}|${service.object.metadata.name ?? ""}`);
      const oldSlot = old ? serviceSelector(old)?.[group.slotKey] : void 0;
      if (!old || oldSlot === void 0 || oldSlot === service.slot) continue;
      const oldGroup = before.byService.get(old.key)?.group;
      const fromBase = oldGroup?.slots.get(oldSlot);
      out.push({
        group,
        service: service.object,
        baseService: old,
        from: oldSlot,
        to: service.slot,
        toWorkloads: group.slots.get(service.slot) ?? [],
        fromWorkloads: fromBase ?? group.slots.get(oldSlot) ?? [],
        fromRun: fromBase ? base : run
      });
    }
    return out.sort((a, b) => a.service.key.localeCompare(b.service.key));
  });
}
function describeSwitch(run, s, config) {
  const cfg = s.group.settings;
  const fromCap = slotCapacity(s.fromRun, s.fromWorkloads);
  const toCap2 = slotCapacity(run, s.toWorkloads);
  const fromVersion = slotVersion(s.fromWorkloads, cfg);
  const toVersion = slotVersion(s.toWorkloads, cfg);
  const side = (slot, version, cap) => `${slot} (${version !== void 0 ? `${version}, ` : ""}${formatCapacity(cap)})`;
  const ns = run.namespaceOf(s.service);
  const name = s.service.metadata.name ?? "(unnamed)";
  const rollback = `set selector ${s.group.slotKey}: ${s.from}`;
  return {
    namespace: ns,
    service: refOf(s.service),
    file: s.service.source.file,
    slotKey: s.group.slotKey,
    from: s.from,
    to: s.to,
    fromVersion,
    toVersion,
    fromReplicas: fromCap.min,
    toReplicas: toCap2.min,
    rollback,
    sentence: `${ns ? `${ns}/` : ""}${name}: traffic moves from ${side(s.from, fromVersion, fromCap)} to ${side(s.to, toVersion, toCap2)}; rollback = ${rollback}`
  };
}
function nameOf(w) {
  return describeObject(refOf(w.object));
}

// src/ownership/run.ts
function ownershipOf(run, config) {
  return run.memo("namespaces/ownership", () => {
    const declarations = [];
    for (const o of run.byKind("Namespace")) {
      if (o.metadata.name !== void 0 && o.source.file !== void 0) {
        declarations.push({ namespace: o.metadata.name, path: repoPath(run, o.source.file) });
      }
    }
    if (declarations.length === 0 && run.context.codeowners === void 0) {
      let shared = configOnly.get(config);
      if (shared === void 0) configOnly.set(config, shared = new Ownership(config.namespaces));
      return shared;
    }
    return new Ownership(config.namespaces, run.context.codeowners?.text, declarations);
  });
}
var configOnly = /* @__PURE__ */ new WeakMap();
function repoPath(run, file) {
  return (run.context.repoPathOf?.(file) ?? file).replace(/^\.?\//, "");
}
function writerOf(run, config, o) {
  const model = ownershipOf(run, config);
  if (run.context.origin === "admission") {
    const u = run.context.admission?.userInfo;
    if (!u || !model.knowsUsers) return void 0;
    const teams = model.teamsOfUser(u);
    return { via: "user", name: u.username ?? "(anonymous)", teams, platform: model.isPlatformUser(u) || model.isPlatform(teams) };
  }
  if (o.source.file === void 0) return void 0;
  const path = repoPath(run, o.source.file);
  const owner = model.ownerOfPath(path);
  if (!owner) return void 0;
  return { via: "file", name: path, teams: owner.teams, platform: model.isPlatform(owner.teams) };
}
function describeWriter(w) {
  const teams = w.teams.length > 0 ? w.teams.join(", ") : "no team";
  return w.via === "file" ? `${w.name} (owned by ${teams})` : `user ${w.name} (${w.teams.length > 0 ? "team " + teams : "no team"})`;
}
function describeTeams(teams) {
  return teams.length > 0 ? teams.join(", ") : "no team";
}

// src/cost/run-inputs.ts
function runCostInputs(run, config) {
  return run.memo("cost:inputs", () => {
    const ownership = ownershipOf(run, config);
    const idle = idleSlots(run, config.bluegreen).flatMap(
      (s) => s.workloads.map((w) => ({
        workloadKey: w.object.key,
        description: `${s.group}: the idle ${s.slot} slot (${s.liveSlot} is live), kept for instant rollback`
      }))
    );
    return {
      ...ownership.active ? {
        teamOfNamespace: (ns) => {
          const teams = ownership.ownerOfNamespace(ns)?.teams ?? [];
          return teams.length > 0 ? teams.join(", ") : void 0;
        }
      } : {},
      idleSlots: idle
    };
  });
}

// src/model/limitrange.ts
function limitRangeDefaults(run, namespace) {
  if (namespace === void 0) return void 0;
  const all = run.memo("limitrange-defaults", () => {
    const byNs = /* @__PURE__ */ new Map();
    for (const lr of run.byKind("LimitRange")) {
      const ns = run.namespaceOf(lr);
      if (ns === void 0) continue;
      const limits = lr.raw.spec?.limits;
      if (!Array.isArray(limits)) continue;
      const defaultRequest = { ...byNs.get(ns)?.defaultRequest };
      const def = { ...byNs.get(ns)?.default };
      for (const item of limits) {
        if (!isRecord(item) || item.type !== "Container") continue;
        for (const r of RESOURCES) {
          const dr = isRecord(item.defaultRequest) ? parseQuantity(item.defaultRequest[r]) : void 0;
          if (dr?.ok) defaultRequest[r] = dr.value;
          const d = isRecord(item.default) ? parseQuantity(item.default[r]) : void 0;
          if (d?.ok) def[r] = d.value;
        }
      }
      byNs.set(ns, { limitRange: lr, defaultRequest, default: def });
    }
    return byNs;
  });
  return all.get(namespace);
}

// src/cost/demand.ts
var UNSET_NAMESPACE = void 0;
function describeWorkload(d) {
  return `${d.kind} ${d.namespace === void 0 ? "" : `${d.namespace}/`}${d.name}`;
}
function hpaTargets(run) {
  const out = /* @__PURE__ */ new Map();
  for (const hpa of run.byKind("HorizontalPodAutoscaler")) {
    const ref = hpa.raw.spec?.scaleTargetRef;
    if (typeof ref?.kind !== "string" || typeof ref.name !== "string") continue;
    out.set(`${run.namespaceOf(hpa) ?? ""}/${ref.kind}/${ref.name}`, hpa);
  }
  return out;
}
function hpaRange(hpa) {
  const spec = hpa.raw.spec;
  const max = spec?.maxReplicas;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1) return void 0;
  const min = typeof spec?.minReplicas === "number" && Number.isInteger(spec.minReplicas) && spec.minReplicas >= 1 ? spec.minReplicas : 1;
  return { min: Math.min(min, max), max };
}
var GPU_RESOURCE = "nvidia.com/gpu";
var CORE_RESOURCES = /* @__PURE__ */ new Set(["cpu", "memory", "ephemeral-storage", "storage"]);
function classOf(spec) {
  const c2 = isRecord(spec) ? spec.storageClassName : void 0;
  return typeof c2 === "string" && c2 !== "" ? c2 : void 0;
}
function volumesOf(w) {
  const out = [];
  if (w.kind === "StatefulSet") {
    const templates = w.object.raw.spec?.volumeClaimTemplates;
    if (Array.isArray(templates)) {
      for (const t of templates) {
        const spec = isRecord(t) ? t.spec : void 0;
        const bytes = storageOf(spec);
        if (bytes > 0) out.push({ bytes, storageClass: classOf(spec), source: "template" });
      }
    }
  }
  const podSpec = valueAt(w.object.raw, splitPointer(w.podSpecPointer));
  const volumes = isRecord(podSpec) && Array.isArray(podSpec.volumes) ? podSpec.volumes : [];
  for (const v of volumes) {
    const eph = isRecord(v) && isRecord(v.ephemeral) && isRecord(v.ephemeral.volumeClaimTemplate) ? v.ephemeral.volumeClaimTemplate.spec : void 0;
    const bytes = storageOf(eph);
    if (bytes > 0) out.push({ bytes, storageClass: classOf(eph), source: "ephemeral" });
  }
  return out;
}
function unpricedOf(w) {
  const names = /* @__PURE__ */ new Set();
  for (const c2 of w.all) {
    for (const r of [...Object.keys(c2.requests), ...Object.keys(c2.limits)]) {
      if (!CORE_RESOURCES.has(r) && r !== GPU_RESOURCE && !r.startsWith("hugepages-")) names.add(r);
    }
  }
  return [...names].sort().map((r) => `${r}: ${effectivePodValue(w, r, (c2, x) => containerRequest(c2, x)).value}`);
}
function storageOf(spec) {
  const req = isRecord(spec) && isRecord(spec.resources) && isRecord(spec.resources.requests) ? spec.resources.requests.storage : void 0;
  const q = parseQuantity(req);
  return q.ok && q.value > 0 ? q.value : 0;
}
function computeDemand(run, cost) {
  const hpas = hpaTargets(run);
  const workloads = [];
  const daemonSets = [];
  const batch = [];
  const defaultedAll = [];
  const invalid = [];
  for (const w of run.workloads) {
    const o = w.object;
    const namespace = run.namespaceOf(o) ?? UNSET_NAMESPACE;
    const name = o.metadata.name ?? o.metadata.generateName ?? "(unnamed)";
    const lr = limitRangeDefaults(run, namespace);
    const defaulted = [];
    const seen = /* @__PURE__ */ new Set();
    const pick = (c2, r) => {
      const v = containerRequest(c2, r, lr);
      if (v !== void 0) return v;
      if (r === "ephemeral-storage") return void 0;
      if (!seen.has(c2.name)) {
        seen.add(c2.name);
        defaulted.push(c2.name);
      }
      return r === "cpu" ? cost.defaultRequests.cpu : cost.defaultRequests.memory;
    };
    const cpu = effectivePodValue(w, "cpu", pick).value;
    const memory = effectivePodValue(w, "memory", pick).value;
    for (const c2 of w.all) {
      for (const bad of c2.invalid) {
        if (bad.field !== "requests" || bad.resource !== "cpu" && bad.resource !== "memory") continue;
        const r = bad.resource;
        const used = c2.limits[r] !== void 0 ? `its limit ${c2.limits[r].text}` : lr?.defaultRequest[r] !== void 0 || lr?.default[r] !== void 0 ? "the LimitRange default" : `the default ${r === "cpu" ? formatCpu(cost.defaultRequests.cpu) : formatMemory(cost.defaultRequests.memory)} (cost.defaultRequests)`;
        invalid.push(`${describeWorkload({ kind: o.kind, namespace, name })} container ${c2.name}: requests.${r} "${bad.text}" is not a valid quantity (${bad.reason}; see resources/invalid-quantity); the estimate used ${used}`);
      }
    }
    const gpu = effectivePodValue(w, GPU_RESOURCE, (c2, r) => containerRequest(c2, r)).value;
    const unpriced = unpricedOf(w);
    const hpa = hpas.size === 0 ? void 0 : hpas.get(`${namespace ?? ""}/${o.kind}/${name}`);
    const range = hpa ? hpaRange(hpa) : void 0;
    const replicas = w.kind === "DaemonSet" ? 0 : range?.min ?? w.replicas ?? 1;
    const volumes = volumesOf(w);
    const storage = volumes.reduce((s, v) => s + v.bytes, 0);
    const d = {
      key: o.key,
      workload: w,
      kind: o.kind,
      namespace,
      name,
      replicas,
      cpu,
      memory,
      storage,
      volumes,
      gpu,
      unpriced,
      defaulted
    };
    if (range) d.replicasMax = range.max;
    if (hpa) d.hpa = hpa;
    if (defaulted.length > 0) defaultedAll.push(`${describeWorkload(d)} (${defaulted.join(", ")})`);
    if (w.schedule === "batch") batch.push(d);
    else if (w.kind === "DaemonSet") daemonSets.push(d);
    else workloads.push(d);
  }
  const claims = [];
  for (const pvc of run.byKind("PersistentVolumeClaim")) {
    const bytes = storageOf(pvc.raw.spec);
    if (bytes > 0) {
      claims.push({ object: pvc, namespace: run.namespaceOf(pvc), name: pvc.metadata.name ?? "(unnamed)", bytes, storageClass: classOf(pvc.raw.spec) });
    }
  }
  const loadBalancers = [];
  for (const svc of run.byKind("Service")) {
    if (svc.raw.spec?.type === "LoadBalancer") {
      loadBalancers.push({ object: svc, namespace: run.namespaceOf(svc), name: svc.metadata.name ?? "(unnamed)" });
    }
  }
  const assumptions = [];
  if (defaultedAll.length > 0) {
    assumptions.push(
      `Containers without a CPU or memory request (and no LimitRange default) are counted at ${formatCpu(cost.defaultRequests.cpu)} CPU / ${formatMemory(cost.defaultRequests.memory)} (cost.defaultRequests): ${defaultedAll.join("; ")}.`
    );
  }
  if (invalid.length > 0) assumptions.push(...invalid.map((t) => `${t}.`));
  const scaled = workloads.filter((d) => d.replicasMax !== void 0);
  if (scaled.length > 0) {
    assumptions.push(`Workloads scaled by a HorizontalPodAutoscaler are estimated at minReplicas; the "at max" figure uses maxReplicas: ${scaled.map((d) => `${describeWorkload(d)} ${d.replicas}\u2013${d.replicasMax}`).join(", ")}.`);
  }
  if (daemonSets.length > 0) {
    assumptions.push(`DaemonSets run one pod on every node (node selectors and tolerations are not evaluated): ${daemonSets.map(describeWorkload).join(", ")}.`);
  }
  if (batch.length > 0) {
    assumptions.push(`Jobs and CronJobs are not always on: each is packed in its own pass onto the cheapest node type that fits one run (parallelism pods) and listed with what one hour of a run costs, not in the monthly total (${batch.map(describeWorkload).join(", ")}).`);
  }
  return { workloads, daemonSets, batch, claims, loadBalancers, assumptions };
}

// src/cost/capacity.ts
var MiB = 1024 * 1024;
var GiB = 1024 * MiB;
var DEFAULT_VM_MEMORY_OVERHEAD = 0.075;
var SIZE_ENIS = {
  large: [3, 10],
  xlarge: [4, 15],
  "2xlarge": [4, 15],
  "4xlarge": [8, 30]
};
var ENI_TABLE = {
  ...Object.fromEntries(["t3", "t3a", "t4g"].flatMap((f) => [
    [`${f}.medium`, [3, 6]],
    [`${f}.large`, [3, 12]],
    [`${f}.xlarge`, [4, 15]],
    [`${f}.2xlarge`, [4, 15]]
  ])),
  ...Object.fromEntries(
    ["m5", "m6i", "m7i", "c6i", "c7i", "r6i", "r7i", "m7g", "c7g", "r7g", "m6a", "m6g", "c6g", "g5", "g6"].flatMap((family) => Object.entries(SIZE_ENIS).map(([size, enis]) => [`${family}.${size}`, enis]))
  )
};
function eksMaxPods(instanceType) {
  const enis = ENI_TABLE[instanceType];
  if (enis === void 0) return { maxPods: 110, known: false };
  return { maxPods: enis[0] * (enis[1] - 1) + 2, known: true };
}
function eksKubeReservedMillicores(vcpu) {
  const tiers = [[1, 60], [1, 10], [2, 5]];
  let left = vcpu;
  let reserved = 0;
  for (const [cores, perCore] of tiers) {
    const n = Math.min(left, cores);
    reserved += n * perCore;
    left -= n;
  }
  return reserved + left * 2.5;
}
function eksKubeReservedMemoryMiB(maxPods) {
  return 11 * maxPods + 255;
}
var EKS_EVICTION_HARD_MIB = 100;
var EKS_DEFAULT_DAEMONSET_OVERHEAD = { cpu: 0.18, memory: 250 * MiB, pods: 3 };
function eksNodeCapacity(machine, options = {}) {
  const overhead = options.vmMemoryOverhead ?? DEFAULT_VM_MEMORY_OVERHEAD;
  const ds = options.daemonSetOverhead ?? EKS_DEFAULT_DAEMONSET_OVERHEAD;
  const { maxPods, known } = eksMaxPods(machine.instanceType);
  const listedMiB = machine.memoryGiB * 1024;
  const capacityMiB = listedMiB - Math.ceil(listedMiB * overhead);
  const reservedMiB = eksKubeReservedMemoryMiB(maxPods) + EKS_EVICTION_HARD_MIB;
  const cpuMillis = machine.vcpu * 1e3 - eksKubeReservedMillicores(machine.vcpu);
  const allocatable = {
    cpu: cpuMillis / 1e3,
    memory: Math.max(0, capacityMiB - reservedMiB) * MiB,
    pods: maxPods
  };
  const assumptions = [
    `EKS ${machine.instanceType}: max pods ${maxPods} ${known ? "= ENIs \xD7 (IPv4 per ENI \u2212 1) + 2 (VPC CNI without prefix delegation)" : "(instance type not in the ENI table; the kubelet default 110 is assumed)"}.`,
    `EKS ${machine.instanceType}: memory capacity = ${machine.memoryGiB} GiB listed minus ${(overhead * 100).toFixed(1)} % VM overhead (Karpenter's default), minus kube-reserved 11 MiB \xD7 max pods + 255 MiB and the 100 MiB hard eviction threshold.`,
    `EKS ${machine.instanceType}: kube-reserved CPU ${eksKubeReservedMillicores(machine.vcpu)}m (6 % of the first core, 1 % of the second, 0.5 % of cores 3\u20134, 0.25 % beyond).`,
    `EKS ${machine.instanceType}: every node runs DaemonSets (aws-node, kube-proxy, ebs-csi-node) assumed to request ${Math.round(ds.cpu * 1e3)}m CPU and ${Math.round(ds.memory / MiB)} Mi; measured 170\u2013195m and ~250 Mi.`
  ];
  return { platform: "eks", instanceType: machine.instanceType, allocatable, available: subtract(allocatable, ds), assumptions };
}
var K3S_SERVER_FOOTPRINT = { cpu: 0.1, memory: 16e8, pods: 0 };
var K3S_AGENT_FOOTPRINT = { cpu: 0, memory: 275e6, pods: 0 };
var K3S_MAX_PODS = 110;
function k3sNodeCapacity(machine, role, options = {}) {
  const overhead = options.vmMemoryOverhead ?? DEFAULT_VM_MEMORY_OVERHEAD;
  const footprint = role === "server" ? options.serverFootprint ?? K3S_SERVER_FOOTPRINT : options.agentFootprint ?? K3S_AGENT_FOOTPRINT;
  const listedMiB = machine.memoryGiB * 1024;
  const allocatable = {
    cpu: machine.vcpu,
    memory: (listedMiB - Math.ceil(listedMiB * overhead)) * MiB,
    pods: K3S_MAX_PODS
  };
  const assumptions = [
    `k3s ${machine.instanceType}: no kube-reserved, system-reserved or memory eviction threshold (k3s defaults); ${K3S_MAX_PODS} pods per node.`,
    `k3s ${machine.instanceType}: memory = ${machine.memoryGiB} GB listed (read as GiB) minus ${(overhead * 100).toFixed(1)} % VM overhead, the same allowance as EKS so the platforms compare fairly.`,
    role === "server" ? `k3s server node: the control plane (API server, datastore, controllers) takes about ${footprint.memory / 1e9} GB RAM and ${Math.round(footprint.cpu * 1e3)}m CPU ("a few %" of a core, rounded up).` : `k3s agent node: the k3s agent takes about ${Math.round(footprint.memory / 1e6)} MB RAM; its CPU use is not reserved.`
  ];
  return { platform: "k3s", instanceType: machine.instanceType, allocatable, available: subtract(allocatable, footprint), assumptions };
}
function subtract(a, b) {
  return {
    // Rounded to whole millicores so 1.93 − 0.18 is 1.75, not 1.7499999999999998.
    cpu: Math.max(0, Math.round((a.cpu - b.cpu) * 1e3) / 1e3),
    memory: Math.max(0, a.memory - b.memory),
    pods: Math.max(0, a.pods - b.pods)
  };
}
var BYTES = { MiB, GiB };

// src/cost/pack.ts
function prepare(items) {
  const n = items.length;
  const p = {
    ids: items.map((i) => i.id),
    cpu: new Float64Array(n),
    mem: new Float64Array(n),
    pods: new Float64Array(n),
    count: new Float64Array(n)
  };
  for (let i = 0; i < n; i++) {
    const it = items[i];
    const pods = it.pods ?? 1;
    for (const [name, v] of [["cpu", it.cpu], ["memory", it.memory], ["count", it.count], ["pods", pods]]) {
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`pack item "${it.id}": ${name} must be a finite number >= 0 (got ${v})`);
    }
    if (!Number.isInteger(it.count) || !Number.isInteger(pods)) throw new RangeError(`pack item "${it.id}": count and pods must be whole numbers`);
    p.cpu[i] = Math.round(it.cpu * 1e3);
    p.mem[i] = Math.round(it.memory);
    p.pods[i] = pods;
    p.count[i] = it.count;
  }
  return p;
}
function toCap(c2) {
  if (!(c2.cpu >= 0 && c2.memory >= 0 && c2.pods >= 0 && Number.isFinite(c2.cpu + c2.memory + c2.pods))) {
    for (const name of ["cpu", "memory", "pods"]) {
      const v = c2[name];
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`node capacity ${name} must be a finite number >= 0 (got ${v})`);
    }
  }
  return { c: Math.round(c2.cpu * 1e3), m: Math.round(c2.memory), p: Math.floor(c2.pods) };
}
function fitsEmpty(p, i, cap) {
  return p.cpu[i] <= cap.c && p.mem[i] <= cap.m && p.pods[i] <= cap.p;
}
function lowerBoundOf(p, cap, include) {
  let c2 = 0, m = 0, pods = 0;
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i)) continue;
    const k = p.count[i];
    c2 += p.cpu[i] * k;
    m += p.mem[i] * k;
    pods += p.pods[i] * k;
  }
  const dim = (sum, capacity) => sum === 0 ? 0 : Math.ceil(sum / capacity);
  let bigC = 0, bigM = 0;
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i)) continue;
    if (p.cpu[i] * 2 > cap.c) bigC += p.count[i];
    if (p.mem[i] * 2 > cap.m) bigM += p.count[i];
  }
  return Math.max(dim(c2, cap.c), dim(m, cap.m), dim(pods, cap.p), bigC, bigM);
}
function packCore(p, cap, include) {
  const order = [];
  const key2 = new Float64Array(p.ids.length);
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i) || p.count[i] === 0) continue;
    order.push(i);
    key2[i] = Math.max(cap.c === 0 ? 0 : p.cpu[i] / cap.c, cap.m === 0 ? 0 : p.mem[i] / cap.m, cap.p === 0 ? 0 : p.pods[i] / cap.p);
  }
  order.sort((a, b) => key2[b] - key2[a] || p.cpu[b] + p.mem[b] / 1048576 - (p.cpu[a] + p.mem[a] / 1048576) || (p.ids[a] < p.ids[b] ? -1 : p.ids[a] > p.ids[b] ? 1 : 0));
  const n = order.length;
  const minC = new Float64Array(n + 1).fill(Infinity);
  const minM = new Float64Array(n + 1).fill(Infinity);
  const minP = new Float64Array(n + 1).fill(Infinity);
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k];
    minC[k] = Math.min(minC[k + 1], p.cpu[i]);
    minM[k] = Math.min(minM[k + 1], p.mem[i]);
    minP[k] = Math.min(minP[k + 1], p.pods[i]);
  }
  let size = 64;
  let remC = new Float64Array(size), remM = new Float64Array(size), remP = new Float64Array(size);
  let nodeCount = 0;
  let firstOpen = 0;
  const placements = [];
  const room = (rem, d) => d === 0 ? Infinity : Math.floor(rem / d);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const c2 = p.cpu[i], m = p.mem[i], pd = p.pods[i];
    let left = p.count[i];
    let j = firstOpen;
    while (left > 0) {
      for (; j < nodeCount; j++) {
        if (remC[j] >= c2 && remM[j] >= m && remP[j] >= pd) break;
      }
      if (j === nodeCount) {
        if (nodeCount === size) {
          size *= 2;
          const grow = (a) => {
            const b = new Float64Array(size);
            b.set(a);
            return b;
          };
          remC = grow(remC);
          remM = grow(remM);
          remP = grow(remP);
        }
        remC[j] = cap.c;
        remM[j] = cap.m;
        remP[j] = cap.p;
        nodeCount++;
      }
      const take = Math.min(left, room(remC[j], c2), room(remM[j], m), room(remP[j], pd));
      remC[j] = remC[j] - take * c2;
      remM[j] = remM[j] - take * m;
      remP[j] = remP[j] - take * pd;
      placements.push(i, j, take);
      left -= take;
      j++;
    }
    while (firstOpen < nodeCount && (remC[firstOpen] < minC[k + 1] || remM[firstOpen] < minM[k + 1] || remP[firstOpen] < minP[k + 1])) {
      firstOpen++;
    }
  }
  return { nodeCount, placements, remC, remM, remP };
}
function materialize(p, cap, packing) {
  const perNode = Array.from({ length: packing.nodeCount }, () => []);
  const pl = packing.placements;
  for (let t = 0; t < pl.length; t += 3) perNode[pl[t + 1]].push({ id: p.ids[pl[t]], count: pl[t + 2] });
  return perNode.map((items, j) => ({
    items,
    used: {
      cpu: (cap.c - packing.remC[j]) / 1e3,
      memory: cap.m - packing.remM[j],
      pods: cap.p - packing.remP[j]
    }
  }));
}
function describeMiss(p, i, cap, what) {
  const over = [];
  if (p.cpu[i] > cap.c) over.push(`CPU ${p.cpu[i] / 1e3} > ${cap.c / 1e3} cores`);
  if (p.mem[i] > cap.m) over.push(`memory ${fmtBytes(p.mem[i])} > ${fmtBytes(cap.m)}`);
  if (p.pods[i] > cap.p) over.push(`pods ${p.pods[i]} > ${cap.p}`);
  return `one replica exceeds ${what} (${over.join(", ")})`;
}
function fmtBytes(b) {
  return `${Math.round(b / 1048576 * 10) / 10}Mi`;
}
function packFirstFitDecreasing(items, capacity) {
  const p = prepare(items);
  const cap = toCap(capacity);
  const unpackable = [];
  for (let i = 0; i < p.ids.length; i++) {
    if (p.count[i] > 0 && !fitsEmpty(p, i, cap)) {
      unpackable.push({ id: p.ids[i], count: p.count[i], reason: describeMiss(p, i, cap, "an empty node") });
    }
  }
  const include = (i) => fitsEmpty(p, i, cap);
  const packing = packCore(p, cap, include);
  return { nodeCount: packing.nodeCount, lowerBound: lowerBoundOf(p, cap, include), nodes: materialize(p, cap, packing), unpackable };
}
function sortOut(p, caps) {
  const packable = new Uint8Array(p.ids.length);
  const unpackable = [];
  for (let i = 0; i < p.ids.length; i++) {
    if (p.count[i] === 0) continue;
    if (caps.some((cap) => fitsEmpty(p, i, cap))) packable[i] = 1;
    else {
      const largest = caps.reduce((a, b) => ({ c: Math.max(a.c, b.c), m: Math.max(a.m, b.m), p: Math.max(a.p, b.p) }), { c: 0, m: 0, p: 0 });
      unpackable.push({
        id: p.ids[i],
        count: p.count[i],
        reason: caps.length === 0 ? "no candidate instance types" : describeMiss(p, i, largest, "every candidate node")
      });
    }
  }
  return { packable, unpackable };
}
function unpackableItems(items, candidates) {
  let caps = capsMemo.get(candidates);
  if (caps === void 0) capsMemo.set(candidates, caps = candidates.map((c2) => toCap(c2.capacity)));
  const doubtful = items.filter((it) => !plainlyFits(it, caps));
  return doubtful.length === 0 ? [] : sortOut(prepare(doubtful), caps).unpackable;
}
function plainlyFits(it, caps) {
  const pods = it.pods ?? 1;
  if (!(it.cpu >= 0 && it.memory >= 0 && it.count >= 0 && pods >= 0 && Number.isFinite(it.cpu + it.memory))) return false;
  if (!Number.isInteger(it.count) || !Number.isInteger(pods)) return false;
  if (it.count === 0) return true;
  const c2 = Math.round(it.cpu * 1e3);
  const m = Math.round(it.memory);
  for (const cap of caps) if (c2 <= cap.c && m <= cap.m && pods <= cap.p) return true;
  return false;
}
var capsMemo = /* @__PURE__ */ new WeakMap();
function chooseCheapest(items, candidates, prices, options = {}) {
  const p = prepare(items);
  const known = new Set(candidates.map((c2) => c2.instanceType));
  const pinned = options.pinned === void 0 ? void 0 : new Set(options.pinned);
  const unknownPinned = options.pinned?.filter((t) => !known.has(t)) ?? [];
  const pool = candidates.filter((c2) => pinned === void 0 || pinned.has(c2.instanceType));
  const caps = pool.map((c2) => toCap(c2.capacity));
  const { packable, unpackable } = sortOut(p, caps);
  const include = (i) => packable[i] === 1;
  const outcomes = new Array(pool.length);
  const bounded = [];
  for (let ci = 0; ci < pool.length; ci++) {
    const cand = pool[ci];
    const cap = caps[ci];
    const unitPrice = prices[cand.instanceType];
    if (unitPrice === void 0 || !Number.isFinite(unitPrice)) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: "no price for this instance type" };
      continue;
    }
    let misfit = -1;
    for (let i = 0; i < p.ids.length && misfit < 0; i++) if (packable[i] === 1 && !fitsEmpty(p, i, cap)) misfit = i;
    if (misfit >= 0) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: `${p.ids[misfit]}: ${describeMiss(p, misfit, cap, "this node")}` };
      continue;
    }
    bounded.push({ ci, lb: lowerBoundOf(p, cap, include), unitPrice });
  }
  bounded.sort((a, b) => a.lb * a.unitPrice - b.lb * b.unitPrice || a.ci - b.ci);
  let best;
  for (const { ci, lb, unitPrice } of bounded) {
    const cand = pool[ci];
    const b = best?.outcome;
    if (b !== void 0 && lb * unitPrice > b.total) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: `its lower bound of ${lb} nodes already costs more than ${b.nodeCount} \xD7 ${b.instanceType}` };
      continue;
    }
    const packing = packCore(p, caps[ci], include);
    const outcome = {
      instanceType: cand.instanceType,
      eligible: true,
      nodeCount: packing.nodeCount,
      lowerBound: lb,
      unitPrice,
      total: packing.nodeCount * unitPrice
    };
    outcomes[ci] = outcome;
    if (b === void 0 || outcome.total < b.total || outcome.total === b.total && (outcome.nodeCount < b.nodeCount || outcome.nodeCount === b.nodeCount && outcome.instanceType < b.instanceType)) {
      best = { index: ci, packing, outcome };
    }
  }
  const choice = best === void 0 ? void 0 : {
    instanceType: best.outcome.instanceType,
    unitPrice: best.outcome.unitPrice,
    nodeCount: best.outcome.nodeCount,
    lowerBound: best.outcome.lowerBound,
    total: best.outcome.total,
    nodes: materialize(p, caps[best.index], best.packing)
  };
  return { choice, candidates: outcomes, unpackable, unknownPinned };
}

// src/cost/platforms/platform.ts
var HOURS = 730;
var { GiB: GiB2 } = BYTES;
var OPENCOST_CPU = 0.031611;
var OPENCOST_RAM = 4237e-6;
function extendedUnpriced(demand, reason) {
  const out = [];
  for (const d of [...demand.workloads, ...demand.daemonSets, ...demand.batch]) {
    for (const what of d.unpriced) out.push({ kind: d.kind, namespace: d.namespace ?? null, name: d.name, what, reason });
  }
  return out;
}
function emptyWork() {
  return { byWorkload: /* @__PURE__ */ new Map(), extraByNamespace: /* @__PURE__ */ new Map(), storageByWorkload: /* @__PURE__ */ new Map(), batch: /* @__PURE__ */ new Map() };
}
var cents = (n) => Math.round(Number((n * 100).toPrecision(12)));
function poolTypes(all, pool, gpu) {
  return all.filter((t) => t.gpus > 0 === gpu && (pool.families === void 0 || pool.families.includes(t.family)) && (pool.arch === "any" || (pool.arch === "amd64" ? t.arch === "x86_64" : t.arch === "arm64")) && (pool.burstable || !t.burstable));
}
function describePool(name, pool) {
  return `${name} pool: ${pool.families ? `families ${pool.families.join(", ")}` : "every family in the snapshot"}, ${pool.arch === "any" ? "amd64 or arm64" : `${pool.arch} only`}${pool.burstable ? "" : ", burstable types (t3, t3a, t4g) left out for sustained load"}${pool.minNodes > 0 ? `, at least ${pool.minNodes} node(s)` : ""}${pool.maxNodes !== void 0 ? `, at most ${pool.maxNodes}` : ""} (cost.nodePools.${name})`;
}
function blendedRates(nodes) {
  let cpuCost = 0, byteCost = 0, cores = 0, bytes = 0;
  for (const { type, count } of nodes) {
    const r = rates(type);
    cpuCost += count * r.cpu * type.vcpu;
    byteCost += count * r.byte * type.memoryGiB * GiB2;
    cores += count * type.vcpu;
    bytes += count * type.memoryGiB * GiB2;
  }
  return { cpu: cores === 0 ? 0 : cpuCost / cores, byte: bytes === 0 ? 0 : byteCost / bytes };
}
function allocateBlended(demand, general, gpuNodes, system, byWorkload) {
  const r = blendedRates(general);
  const generalCost = general.reduce((s2, n) => s2 + n.count * n.type.unitMonthly, 0);
  const generalNodes = general.reduce((s2, n) => s2 + n.count, 0);
  const gpuCost = gpuNodes.reduce((s2, n) => s2 + n.count * n.type.unitMonthly, 0);
  const gpus = gpuNodes.reduce((s2, n) => s2 + n.count * n.type.gpus, 0);
  let workloads = 0;
  for (const d of demand.workloads) {
    if (d.replicas === 0) continue;
    const v = d.gpu > 0 ? gpus === 0 ? 0 : d.replicas * d.gpu * (gpuCost / gpus) : d.replicas * (d.cpu * r.cpu + d.memory * r.byte);
    const c2 = cents(v) / 100;
    addTo(byWorkload, d.key, c2);
    workloads += c2;
  }
  for (const d of demand.daemonSets) {
    const c2 = cents(generalNodes * (d.cpu * r.cpu + d.memory * r.byte)) / 100;
    addTo(byWorkload, d.key, c2);
    workloads += c2;
  }
  let sys = system.reduce((s2, p) => s2 + p.count * (p.cpu * r.cpu + p.memory * r.byte), 0);
  for (const { type, count } of general) {
    const reserved = minus({ cpu: type.vcpu, memory: type.memoryGiB * GiB2, pods: 0 }, type.available);
    sys += count * (reserved.cpu * r.cpu + reserved.memory * r.byte);
  }
  const nodes = cents(generalCost) + cents(gpuCost);
  const w = cents(workloads);
  const s = Math.min(cents(sys), nodes - w);
  return { workloads: w / 100, system: s / 100, idle: (nodes - w - s) / 100 };
}
function rates(t) {
  const cpuPart = t.vcpu * OPENCOST_CPU;
  const ramPart = t.memoryGiB * OPENCOST_RAM;
  const share = cpuPart / (cpuPart + ramPart);
  return { cpu: t.unitMonthly * share / t.vcpu, byte: t.unitMonthly * (1 - share) / (t.memoryGiB * GiB2) };
}
function minus(a, b) {
  return {
    cpu: Math.max(0, Math.round((a.cpu - b.cpu) * 1e3) / 1e3),
    memory: Math.max(0, a.memory - b.memory),
    pods: Math.max(0, a.pods - b.pods)
  };
}
function daemonSetLoad(ds) {
  return ds.reduce((s, d) => ({ cpu: s.cpu + d.cpu, memory: s.memory + d.memory, pods: s.pods + 1 }), { cpu: 0, memory: 0, pods: 0 });
}
var nsKey2 = (ns) => ns ?? "";
function addTo(m, k, v) {
  m.set(k, (m.get(k) ?? 0) + v);
}
function packItems(demand, atMax, system) {
  const out = [];
  for (const d of demand.workloads) {
    const count = atMax ? d.replicasMax ?? d.replicas : d.replicas;
    if (count > 0) out.push({ id: d.key, cpu: d.cpu, memory: d.memory, count, workloadKey: d.key });
  }
  if (system.length > 0) out.push(...system);
  return out;
}
function unpackableOf(ids, demand, largest) {
  if (ids.length === 0) return [];
  const byKey = new Map([...demand.workloads, ...demand.batch].map((d) => [d.key, d]));
  return ids.flatMap((u) => {
    const d = byKey.get(u.id);
    return d ? [{ kind: d.kind, namespace: d.namespace ?? null, name: d.name, reason: u.reason, largest }] : [];
  });
}
function largestOf(types) {
  let best;
  for (const t of types) if (best === void 0 || t.vcpu > best.vcpu || t.vcpu === best.vcpu && t.memoryGiB > best.memoryGiB) best = t;
  return best?.instanceType ?? "(none)";
}
function priceVolumes(demand, cost, priceOf, defaultKind, work) {
  const byKind = /* @__PURE__ */ new Map();
  const unpriced = [];
  let atMax = 0;
  let claimsTotal = 0;
  const kindOf = (cls) => cls === void 0 ? cost.storageClasses.default ?? defaultKind : cost.storageClasses[cls];
  const price = (cls, who2, gb) => {
    const kind = kindOf(cls);
    const p = kind === void 0 ? { unpriced: `storage class ${cls} is not mapped to a price kind (cost.storageClasses)` } : priceOf(kind);
    if ("unpriced" in p) {
      unpriced.push({ kind: who2.kind, namespace: who2.namespace ?? null, name: who2.name, what: `${gb} GiB of storage class ${cls ?? "(default)"}`, reason: p.unpriced });
      return void 0;
    }
    const e = byKind.get(p.label) ?? { gb: 0, perGb: p.perGbMonth };
    e.gb += gb;
    byKind.set(p.label, e);
    return p.perGbMonth;
  };
  for (const d of [...demand.workloads, ...demand.daemonSets]) {
    let perReplica = 0;
    for (const v of d.volumes) {
      const gb = v.bytes / GiB2;
      const per = price(v.storageClass, d, gb * d.replicas);
      if (per !== void 0) perReplica += gb * per;
    }
    if (perReplica === 0) continue;
    work.storageByWorkload.set(d.key, cents(perReplica * d.replicas) / 100);
    atMax += perReplica * (d.replicasMax ?? d.replicas);
  }
  for (const c2 of demand.claims) {
    const gb = c2.bytes / GiB2;
    const per = price(c2.storageClass, { kind: "PersistentVolumeClaim", namespace: c2.namespace, name: c2.name }, gb);
    if (per === void 0) continue;
    addTo(work.extraByNamespace, nsKey2(c2.namespace), cents(gb * per) / 100);
    claimsTotal += cents(gb * per);
    atMax += gb * per;
  }
  const byClass = [...byKind].map(([kind, e]) => ({ kind, gb: round2(e.gb), perGbMonth: e.perGb, monthly: round2(e.gb * e.perGb) }));
  const monthly = ([...work.storageByWorkload.values()].reduce((s, v) => s + cents(v), 0) + claimsTotal) / 100;
  return {
    line: {
      gb: round2(byClass.reduce((s, c2) => s + c2.gb, 0)),
      monthly: round2(monthly),
      description: byClass.length === 0 ? "none" : byClass.map((c2) => c2.kind).join(", "),
      byClass
    },
    atMaxMonthly: atMax,
    unpriced,
    kindsUsed: byClass.map((c2) => c2.kind)
  };
}
var typeMemo = /* @__PURE__ */ new WeakMap();
function memoTypes(prices, key2, build) {
  let m = typeMemo.get(prices);
  if (m === void 0) typeMemo.set(prices, m = /* @__PURE__ */ new Map());
  if (!m.has(key2)) m.set(key2, build());
  return m.get(key2);
}
var byConfig = /* @__PURE__ */ new WeakMap();
function memoByConfig(cost, prices, key2, build) {
  let byPrices = byConfig.get(cost);
  if (byPrices === void 0) byConfig.set(cost, byPrices = /* @__PURE__ */ new WeakMap());
  let m = byPrices.get(prices);
  if (m === void 0) byPrices.set(prices, m = /* @__PURE__ */ new Map());
  if (!m.has(key2)) m.set(key2, build());
  return m.get(key2);
}

// src/cost/platforms/eks.ts
var { MiB: MiB2 } = BYTES;
var CPU_CREDIT_USD_PER_VCPU_HOUR = 0.05;
var BURST_BASELINE = { medium: 0.2 };
var EKS_EXTENDED = "no EKS instance type in the snapshot is priced for this extended resource";
var COREDNS = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB2, count: 2 }];
function eksTypes(cost, prices, region) {
  return memoByConfig(cost, prices, `eks/${region}`, () => buildEksTypes(cost, prices, region));
}
function buildEksTypes(cost, prices, region) {
  const regional = prices.aws.regions?.[region];
  if (regional === void 0) {
    const have = Object.keys(prices.aws.regions ?? {}).sort().join(", ");
    throw new CostUnavailable(
      `no EC2 prices for ${region} in the price snapshot of ${prices.snapshotDate} (it has ${have || "no AWS region"}); run \`tollgate prices refresh --region ${region} --output prices-${region}.json\` and pass \`--prices prices-${region}.json\``
    );
  }
  for (const t of cost.eks.instanceTypes ?? []) {
    if (regional.ec2[t] === void 0) {
      throw new CostUnavailable(`cost.eks.instanceTypes: ${t} has no price for ${region} in the snapshot of ${prices.snapshotDate}; run \`tollgate prices refresh --region ${region} --instance-types ${t}\``);
    }
  }
  return memoTypes(prices, JSON.stringify(["eks", region]), () => Object.values(regional.ec2).map((p) => {
    const family = p.instanceType.split(".")[0];
    return {
      instanceType: p.instanceType,
      vcpu: p.vcpu,
      memoryGiB: p.memoryGiB,
      unitMonthly: p.hourlyUsd * HOURS,
      available: eksNodeCapacity({ instanceType: p.instanceType, vcpu: p.vcpu, memoryGiB: p.memoryGiB }).available,
      arch: p.arch,
      gpus: p.gpus ?? 0,
      burstable: /^t\d/.test(family),
      family
    };
  }));
}
function pools(cost, prices, region) {
  return memoByConfig(cost, prices, `eks-pools/${region}`, () => buildPools(cost, eksTypes(cost, prices, region)));
}
function buildPools(cost, types) {
  const pinned = cost.eks.instanceTypes;
  const known = (t) => !t.burstable || BURST_BASELINE[t.instanceType.split(".")[1]] !== void 0;
  const general = pinned ? types.filter((t) => pinned.includes(t.instanceType) && t.gpus === 0) : poolTypes(types, cost.nodePools.general, false).filter(known);
  const gpu = pinned && types.some((t) => pinned.includes(t.instanceType) && t.gpus > 0) ? types.filter((t) => pinned.includes(t.instanceType) && t.gpus > 0) : poolTypes(types, cost.nodePools.gpu, true);
  return { general, gpu };
}
var afterDs = (types, ds) => types.map((t) => ({ instanceType: t.instanceType, capacity: minus(t.available, ds) }));
var gpuCandidates = (types, ds) => types.map((t) => ({ instanceType: t.instanceType, capacity: { ...minus(t.available, ds), pods: t.gpus } }));
var unitPrices = (types) => Object.fromEntries(types.map((t) => [t.instanceType, t.unitMonthly]));
function generalItems(demand, atMax) {
  return packItems({ ...demand, workloads: demand.workloads.filter((d) => d.gpu === 0) }, atMax, COREDNS);
}
function gpuItems(demand, atMax) {
  return demand.workloads.filter((d) => d.gpu > 0).map((d) => ({
    id: d.key,
    cpu: d.cpu,
    memory: d.memory,
    count: atMax ? d.replicasMax ?? d.replicas : d.replicas,
    pods: Math.ceil(d.gpu)
  })).filter((i) => i.count > 0);
}
function creditsMonthly(type, nodes) {
  if (!type.burstable || nodes === void 0) return 0;
  const baseline = BURST_BASELINE[type.instanceType.split(".")[1]] ?? 0;
  return nodes.nodes.reduce((s, n) => s + Math.max(0, n.used.cpu - baseline * type.vcpu), 0) * CPU_CREDIT_USD_PER_VCPU_HOUR * HOURS;
}
function chooseGeneral(items, types, ds, pinnedTo) {
  const cands = afterDs(types, ds);
  const unit = unitPrices(types);
  const steady = types.filter((t) => !t.burstable).map((t) => t.instanceType);
  let best;
  const consider = (pinned) => {
    if (pinned.length === 0) return;
    const result = chooseCheapest(items, cands, unit, { pinned });
    const type = types.find((t) => t.instanceType === result.choice?.instanceType);
    if (type === void 0) return;
    const credits = creditsMonthly(type, result.choice);
    if (best === void 0 || result.choice.total + credits < best.result.choice.total + best.credits) best = { result, type, credits };
  };
  if (pinnedTo !== void 0) consider([pinnedTo]);
  else {
    consider(steady);
    for (const t of types) if (t.burstable) consider([t.instanceType]);
  }
  return { best, unpackable: unpackableItems(items, cands) };
}
function storagePrice(prices, region) {
  const regional = prices.aws.regions[region];
  return (kind) => {
    if (kind === "local-path") return { perGbMonth: 0, label: "local-path (node disk)" };
    if (kind === "hetzner-volume") return { unpriced: "a Hetzner Cloud volume does not exist on EKS" };
    const p = regional[kind];
    return p === void 0 ? { unpriced: `the price snapshot has no ${kind} price for ${region}` } : { perGbMonth: p.value, label: kind };
  };
}
function nodeLine(type, count, lowerBound, pool) {
  return {
    instanceType: type.instanceType,
    role: "node",
    count,
    unitMonthly: round2(type.unitMonthly),
    monthly: round2(count * type.unitMonthly),
    lowerBound,
    vcpu: type.vcpu,
    memoryGiB: type.memoryGiB,
    arch: type.arch,
    pool,
    ...type.gpus > 0 ? { gpus: type.gpus } : {}
  };
}
function estimateEks({ demand, cost, prices, region }) {
  const { general, gpu } = pools(cost, prices, region);
  const regional = prices.aws.regions[region];
  const need = (v, what) => {
    if (v === void 0) throw new CostUnavailable(`the price snapshot has no ${what} price for ${region}; add it to a --prices file (see docs/cost.md)`);
    return v.value;
  };
  const ds = daemonSetLoad(demand.daemonSets);
  const work = { cost: void 0, ...emptyWork() };
  const unpackable = [];
  const assumptions = [];
  const gen = chooseGeneral(generalItems(demand, false), general, ds);
  unpackable.push(...unpackableOf(gen.unpackable, demand, largestOf(general)));
  const genType = gen.best?.type;
  const minNodes = cost.nodePools.general.minNodes;
  const genCount = gen.best ? Math.max(gen.best.result.choice.nodeCount, minNodes) : 0;
  const nodes = genType ? [nodeLine(genType, genCount, gen.best.result.choice.lowerBound, "general")] : [];
  const maxNodes = cost.nodePools.general.maxNodes;
  if (maxNodes !== void 0 && genCount > maxNodes) {
    assumptions.push(`The general pool needs ${genCount} \xD7 ${genType.instanceType}, above cost.nodePools.general.maxNodes ${maxNodes}: pods would stay Pending; the estimate counts what the manifests ask for.`);
  }
  const gItems = gpuItems(demand, false);
  let gpuType;
  let gpuCount = 0;
  if (gItems.length > 0) {
    const g = chooseCheapest(gItems, gpuCandidates(gpu, ds), unitPrices(gpu));
    unpackable.push(...unpackableOf(g.unpackable.map((u) => ({ ...u, reason: gpu.length === 0 ? "requests nvidia.com/gpu and no GPU instance type is in the GPU pool" : u.reason })), demand, largestOf(gpu)));
    gpuType = gpu.find((t) => t.instanceType === g.choice?.instanceType);
    if (gpuType && g.choice) {
      gpuCount = g.choice.nodeCount;
      nodes.push(nodeLine(gpuType, gpuCount, g.choice.lowerBound, "gpu"));
    }
  }
  const genAtMax = genType ? Math.max(chooseGeneral(generalItems(demand, true), general, ds, genType.instanceType).best?.result.choice?.nodeCount ?? 0, minNodes) : 0;
  const gpuAtMax = gpuType ? chooseCheapest(gpuItems(demand, true), gpuCandidates(gpu, ds), unitPrices(gpu), { pinned: [gpuType.instanceType] }).choice?.nodeCount ?? 0 : 0;
  const creditsAtMax = genType?.burstable ? creditsMonthly(genType, chooseGeneral(generalItems(demand, true), general, ds, genType.instanceType).best?.result.choice) : 0;
  for (const b of demand.batch) {
    const pool = b.gpu > 0 ? gpu : general;
    const item = { id: b.key, cpu: b.cpu, memory: b.memory, count: Math.max(1, b.replicas), ...b.gpu > 0 ? { pods: Math.ceil(b.gpu) } : {} };
    const r = chooseCheapest([item], b.gpu > 0 ? gpuCandidates(pool, ds) : afterDs(pool, ds), unitPrices(pool));
    if (r.choice && r.unpackable.length === 0) work.batch.set(b.key, { hourly: r.choice.total / HOURS, nodes: `${r.choice.nodeCount} \xD7 ${r.choice.instanceType}` });
    else {
      work.batch.set(b.key, { hourly: 0, nodes: "does not fit" });
      unpackable.push(...unpackableOf(r.unpackable, demand, largestOf(pool)));
    }
  }
  const unpriced = extendedUnpriced(demand, EKS_EXTENDED);
  const credits = genType ? cents(gen.best.credits) / 100 : 0;
  const alloc = allocateBlended(demand, genType ? [{ type: genType, count: genCount }] : [], gpuType ? [{ type: gpuType, count: gpuCount }] : [], COREDNS, work.byWorkload);
  const controlPlane = round2(need(cost.eks.controlPlane === "extended" ? prices.aws.eks?.controlPlaneExtended : prices.aws.eks?.controlPlaneStandard, "EKS control plane") * HOURS);
  const ipv4Hour = need(prices.aws.publicIpv4, "public IPv4");
  const lbCount = demand.loadBalancers.length;
  const nlbHour = lbCount === 0 ? 0 : need(regional.nlb, "NLB");
  const lbUnit = round2(nlbHour * HOURS);
  const lbIpv4Unit = round2(cost.eks.availabilityZones * ipv4Hour * HOURS);
  for (const lb of demand.loadBalancers) addTo(work.extraByNamespace, nsKey2(lb.namespace), lbUnit + lbIpv4Unit);
  const vols = priceVolumes(demand, cost, storagePrice(prices, region), "gp3", work);
  unpriced.push(...vols.unpriced);
  const natCount = cost.eks.natGateways;
  const nat = natCount === 0 ? 0 : round2(natCount * need(regional.natGatewayHourly, "NAT gateway") * HOURS + cost.eks.natGigabytesPerMonth * need(regional.natGatewayPerGb, "NAT data processing"));
  const ipv4Count = lbCount * cost.eks.availabilityZones + natCount;
  const ipv4 = (cents(lbCount * lbIpv4Unit) + cents(natCount * ipv4Hour * HOURS)) / 100;
  const nodesMonthly = nodes.reduce((s, n) => s + cents(n.monthly), 0) / 100;
  const lbMonthly = round2(lbCount * lbUnit);
  const monthly = (cents(controlPlane) + cents(nodesMonthly) + cents(lbMonthly) + cents(vols.line.monthly) + cents(nat) + cents(ipv4) + cents(credits)) / 100;
  const atMax = controlPlane + (genType ? genAtMax * genType.unitMonthly : 0) + (gpuType ? gpuAtMax * gpuType.unitMonthly : 0) + lbMonthly + vols.atMaxMonthly + nat + ipv4 + creditsAtMax;
  const pinned = cost.eks.instanceTypes;
  assumptions.unshift(
    `EKS control plane ${cost.eks.controlPlane} support: $${prices.aws.eks?.[cost.eks.controlPlane === "extended" ? "controlPlaneExtended" : "controlPlaneStandard"]?.value}/hour \xD7 ${HOURS}.`,
    pinned ? `Node pool pinned to ${pinned.join(", ")} (cost.eks.instanceTypes); the cheapest total among them is used.` : `Nodes: every instance type of the ${describePool("general", cost.nodePools.general)} priced for ${region} was packed (first fit decreasing over CPU, memory and pods) and the cheapest total chosen, as Karpenter would for a single-type pool; on-demand Linux prices, no Savings Plans or Spot.`,
    ...genType ? [`The general pool runs ${genType.instanceType} (${genType.arch === "arm64" ? "arm64, Graviton: every image must be built for arm64" : "x86_64/amd64"}).`] : [],
    ...genType ? eksNodeCapacity({ instanceType: genType.instanceType, vcpu: genType.vcpu, memoryGiB: genType.memoryGiB }).assumptions : [],
    ...genType?.burstable ? [`${genType.instanceType} is burstable: a baseline of ${(BURST_BASELINE[genType.instanceType.split(".")[1]] * 100).toFixed(0)} % per vCPU; CPU requested above it all month is priced as Unlimited surplus credits at $${CPU_CREDIT_USD_PER_VCPU_HOUR}/vCPU-hour (${"$"}${credits.toFixed(2)}/month).`] : [],
    ...gItems.length > 0 ? [`Pods requesting nvidia.com/gpu run in a GPU pool (${gpu.map((t) => t.instanceType).join(", ") || "no GPU types"}), GPUs as the packing's slot count; GPU node cost is allocated by GPUs requested${gpuType ? ` (${gpuType.instanceType}, ${gpuType.gpus} GPU per node)` : ""}.`] : [],
    "CoreDNS (EKS add-on) adds 2 pods at 100m / 70Mi.",
    ...lbCount > 0 ? [`Each Service of type LoadBalancer is an NLB (AWS Load Balancer Controller) at $${regional.nlb?.value}/hour; its ${cost.eks.availabilityZones} public IPv4 addresses (one per AZ, cost.eks.availabilityZones) at $${ipv4Hour}/hour are in the public IPv4 line; NLCUs and data transfer are not modelled.`] : [],
    ...vols.line.byClass.map((c2) => `Volumes ${c2.kind}: ${c2.gb} GiB at $${c2.perGbMonth}/GB-month for the requested size${c2.kind === "io2" ? " (provisioned IOPS not modelled)" : ""}.`),
    ...vols.line.byClass.length > 0 || vols.unpriced.length > 0 ? ['Claims without a storageClassName are priced as gp3 (map `default` in cost.storageClasses to change it); StatefulSet claims and generic ephemeral volumes count once per replica, at maxReplicas for the "at max" figure.'] : [],
    natCount > 0 ? `${natCount} NAT gateway(s) at $${regional.natGatewayHourly?.value}/hour (their public IPv4 in the public IPv4 line) and ${cost.eks.natGigabytesPerMonth} GB/month processed.` : "No NAT gateway counted (cost.eks.natGateways: 0); a private-subnet cluster needs at least one.",
    ...unpriced.map((u) => `Not priced: ${describeWorkload({ kind: u.kind, namespace: u.namespace ?? void 0, name: u.name })} ${u.what} \u2014 ${u.reason}.`)
  );
  work.cost = {
    platform: "eks",
    region,
    monthly,
    monthlyAtMax: round2(atMax),
    controlPlane,
    nodes,
    loadBalancers: { count: lbCount, monthly: lbMonthly, description: "NLB per Service of type LoadBalancer", ipv4Monthly: round2(lbCount * lbIpv4Unit) },
    volumes: vols.line,
    nat: { count: natCount, monthly: nat, description: "NAT gateway" },
    publicIpv4: { count: ipv4Count, monthly: ipv4, description: "public IPv4 of load balancers (one per AZ) and NAT gateways" },
    cpuCredits: { count: genType?.burstable ? genCount : 0, monthly: credits, description: "Unlimited surplus CPU credits of burstable nodes" },
    allocation: alloc,
    unpackable,
    unpriced,
    assumptions
  };
  return work;
}
function unpackableEks({ demand, cost, prices, region }) {
  const { general, gpu } = pools(cost, prices, region);
  const ds = daemonSetLoad(demand.daemonSets);
  const isGpu = (d) => d.gpu > 0;
  const item = (d) => ({ id: d.key, cpu: d.cpu, memory: d.memory, count: 1, ...isGpu(d) ? { pods: Math.ceil(d.gpu) } : {} });
  const all = [...demand.workloads, ...demand.batch];
  return [
    ...unpackableOf(unpackableItems(all.filter((d) => !isGpu(d)).map(item), memoCandidates(general, ds, false)), demand, largestOf(general)),
    ...unpackableOf(unpackableItems(all.filter(isGpu).map(item), memoCandidates(gpu, ds, true)), demand, largestOf(gpu)).map((u) => gpu.length === 0 ? { ...u, reason: "requests nvidia.com/gpu and no GPU instance type is in the GPU pool" } : u)
  ];
}
var candidateMemo = /* @__PURE__ */ new WeakMap();
function memoCandidates(types, ds, gpu) {
  let byLoad = candidateMemo.get(types);
  if (byLoad === void 0) candidateMemo.set(types, byLoad = /* @__PURE__ */ new Map());
  const k = `${ds.cpu}/${ds.memory}/${ds.pods}/${gpu}`;
  let c2 = byLoad.get(k);
  if (c2 === void 0) {
    c2 = gpu ? gpuCandidates(types, ds) : afterDs(types, ds);
    if (byLoad.size >= 16) byLoad.delete(byLoad.keys().next().value);
    byLoad.set(k, c2);
  }
  return c2;
}
function unpricedEks({ demand, cost, prices, region }) {
  eksTypes(cost, prices, region);
  return [...extendedUnpriced(demand, EKS_EXTENDED), ...priceVolumes(demand, cost, storagePrice(prices, region), "gp3", emptyWork()).unpriced];
}
var eks = { name: "eks", label: "EKS", estimate: estimateEks, unpackable: unpackableEks, unpriced: unpricedEks };

// src/cost/platforms/k3s.ts
var { MiB: MiB3 } = BYTES;
var familyOf = (name) => /^[A-Za-z]+/.exec(name)?.[0] ?? name;
function shapeOf(s) {
  return {
    instanceType: s.name,
    vcpu: s.vcpu,
    memoryGiB: s.memoryGiB,
    unitMonthly: 0,
    available: { cpu: 0, memory: 0, pods: 0 },
    arch: s.arch,
    gpus: 0,
    burstable: false,
    family: familyOf(s.name)
  };
}
function eurUsdOf(cost, prices) {
  return cost.currency.eurUsd ?? prices.exchangeRates.EURUSD.rate;
}
function hetznerMonthlyEur(s, list) {
  if (list === "current") return s.priceHistory.find((p) => p.appliesTo === "existing servers")?.monthlyEur ?? s.monthlyEur;
  return s.monthlyEur;
}
function k3sTypes(cost, prices) {
  return memoByConfig(cost, prices, "k3s", () => buildK3sTypes(cost, prices));
}
function buildK3sTypes(cost, prices) {
  const servers = prices.hetzner.servers ?? {};
  const check = (name, what) => {
    const s = servers[name];
    if (s === void 0) {
      throw new CostUnavailable(`${what}: Hetzner server type ${name} is not in the price snapshot (it has ${Object.keys(servers).sort().join(", ")})`);
    }
    return s;
  };
  check(cost.k3s.serverType, "cost.k3s.serverType");
  const agentNames = cost.k3s.agentTypes ?? poolTypes(Object.values(servers).map((s) => shapeOf(s)), cost.nodePools.general, false).map((t) => t.instanceType);
  for (const n of agentNames) check(n, "cost.k3s.agentTypes");
  const eurUsd = eurUsdOf(cost, prices);
  return memoTypes(prices, JSON.stringify(["k3s", cost.k3s.serverType, agentNames, cost.k3s.hetznerPrices, eurUsd]), () => {
    const typeOf = (name, role) => {
      const s = servers[name];
      return {
        instanceType: name,
        vcpu: s.vcpu,
        memoryGiB: s.memoryGiB,
        unitMonthly: hetznerMonthlyEur(s, cost.k3s.hetznerPrices) * eurUsd,
        available: k3sNodeCapacity({ instanceType: name, vcpu: s.vcpu, memoryGiB: s.memoryGiB }, role).available,
        arch: s.arch,
        gpus: 0,
        burstable: false,
        family: familyOf(name)
      };
    };
    const serverType = typeOf(cost.k3s.serverType, "server");
    const agents = agentNames.map((n) => typeOf(n, "agent"));
    return { serverType, agents, agentNames, all: [serverType, ...agents] };
  });
}
var COREDNS2 = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB3, count: 1 }];
function packK3s(items, nServers, serverType, agents, ds, pinAgent) {
  const onServers = packFirstFitDecreasing(items, minus(serverType.available, ds));
  const placedOnServers = onServers.nodes.slice(0, nServers);
  const placed = /* @__PURE__ */ new Map();
  for (const n of placedOnServers) for (const p of n.items) placed.set(p.id, (placed.get(p.id) ?? 0) + p.count);
  const rest = items.map((i) => ({ ...i, count: i.count - (placed.get(i.id) ?? 0) })).filter((i) => i.count > 0);
  const agentChoice = rest.length === 0 ? void 0 : chooseCheapest(
    rest,
    agents.map((a) => ({ instanceType: a.instanceType, capacity: minus(a.available, ds) })),
    Object.fromEntries(agents.map((a) => [a.instanceType, a.unitMonthly])),
    pinAgent === void 0 ? {} : { pinned: [pinAgent] }
  );
  return { placedOnServers, agentChoice };
}
function estimateK3s({ demand, cost, prices }) {
  const { serverType, agents, agentNames } = k3sTypes(cost, prices);
  const eurUsd = eurUsdOf(cost, prices);
  const ds = daemonSetLoad(demand.daemonSets);
  const work = { cost: void 0, ...emptyWork() };
  const cpuOnly = { ...demand, workloads: demand.workloads.filter((d) => d.gpu === 0) };
  const itemsNow = packItems(cpuOnly, false, COREDNS2);
  let nServers = cost.k3s.servers === "auto" ? 1 : cost.k3s.servers;
  let now = packK3s(itemsNow, nServers, serverType, agents, ds);
  if (cost.k3s.servers === "auto" && (now.agentChoice?.choice?.nodeCount ?? 0) > cost.k3s.haAboveAgents) {
    nServers = 3;
    now = packK3s(itemsNow, nServers, serverType, agents, ds);
  }
  const c2 = now.agentChoice?.choice;
  const agentType = agents.find((a) => a.instanceType === c2?.instanceType);
  const nodes = [{
    instanceType: serverType.instanceType,
    role: "server",
    count: nServers,
    unitMonthly: round2(serverType.unitMonthly),
    monthly: round2(nServers * serverType.unitMonthly),
    vcpu: serverType.vcpu,
    memoryGiB: serverType.memoryGiB,
    arch: serverType.arch,
    pool: "general"
  }];
  const agentCount = c2 && agentType ? c2.nodeCount : 0;
  if (c2 && agentType) {
    nodes.push({
      instanceType: agentType.instanceType,
      role: "agent",
      count: c2.nodeCount,
      unitMonthly: round2(agentType.unitMonthly),
      monthly: round2(c2.nodeCount * agentType.unitMonthly),
      lowerBound: c2.lowerBound,
      vcpu: agentType.vcpu,
      memoryGiB: agentType.memoryGiB,
      arch: agentType.arch,
      pool: "general"
    });
  }
  const nodeCount = nServers + agentCount;
  const alloc = allocateBlended(cpuOnly, [{ type: serverType, count: nServers }, ...agentType ? [{ type: agentType, count: agentCount }] : []], [], COREDNS2, work.byWorkload);
  let nodesAtMax = nServers * serverType.unitMonthly + agentCount * (agentType?.unitMonthly ?? 0);
  let nodeCountAtMax = nodeCount;
  if (demand.workloads.some((d) => d.replicasMax !== void 0)) {
    const max = packK3s(packItems(cpuOnly, true, COREDNS2), nServers, serverType, agentType ? [agentType] : agents, ds, agentType?.instanceType);
    const mc = max.agentChoice?.choice;
    const mType = agents.find((a) => a.instanceType === mc?.instanceType);
    nodesAtMax = nServers * serverType.unitMonthly + (mc && mType ? mc.nodeCount * mType.unitMonthly : 0);
    nodeCountAtMax = nServers + (mc?.nodeCount ?? 0);
  }
  const unpackable = [
    ...unpackableOf(now.agentChoice?.unpackable ?? [], demand, largestOf([serverType, ...agents])),
    ...gpuUnpackable(demand)
  ];
  for (const b of demand.batch) {
    if (b.gpu > 0) {
      work.batch.set(b.key, { hourly: 0, nodes: "does not fit" });
      continue;
    }
    const r = chooseCheapest(
      [{ id: b.key, cpu: b.cpu, memory: b.memory, count: Math.max(1, b.replicas) }],
      agents.map((a) => ({ instanceType: a.instanceType, capacity: minus(a.available, ds) })),
      Object.fromEntries(agents.map((a) => [a.instanceType, a.unitMonthly]))
    );
    if (r.choice && r.unpackable.length === 0) work.batch.set(b.key, { hourly: r.choice.total / HOURS, nodes: `${r.choice.nodeCount} \xD7 ${r.choice.instanceType}` });
    else {
      work.batch.set(b.key, { hourly: 0, nodes: "does not fit" });
      unpackable.push(...unpackableOf(r.unpackable, demand, largestOf(agents)));
    }
  }
  const ipv4Eur = prices.hetzner.primaryIpv4?.value;
  if (ipv4Eur === void 0) throw new CostUnavailable("the price snapshot has no Hetzner primary IPv4 price");
  const ipv4Unit = ipv4Eur * eurUsd;
  const lbCount = demand.loadBalancers.length;
  const lbUnit = cost.k3s.loadBalancerMonthlyEur === void 0 ? 0 : round2(cost.k3s.loadBalancerMonthlyEur * eurUsd);
  if (lbUnit > 0) for (const lb of demand.loadBalancers) addTo(work.extraByNamespace, nsKey2(lb.namespace), lbUnit);
  const volEur = prices.hetzner.volume?.value;
  const vols = priceVolumes(demand, cost, storagePrice2(cost, prices), "hetzner-volume", work);
  const unpriced = [...vols.unpriced, ...extendedUnpriced(demand, K3S_EXTENDED)];
  const nodesMonthly = nodes.reduce((s, n) => s + cents(n.monthly), 0) / 100;
  const ipv4 = round2(nodeCount * ipv4Unit);
  const lbMonthly = round2(lbCount * lbUnit);
  const monthly = (cents(nodesMonthly) + cents(ipv4) + cents(lbMonthly) + cents(vols.line.monthly)) / 100;
  const rate = prices.exchangeRates.EURUSD;
  const gpuPods = demand.workloads.filter((d) => d.gpu > 0);
  const assumptions = [
    `Hetzner Cloud prices in EUR excluding VAT (${cost.k3s.hetznerPrices === "current" ? "the 2026-04-01 price list for existing servers" : "the price for new orders from 2026-06-15"}; cost.k3s.hetznerPrices), converted at ${eurUsd} USD/EUR (${cost.currency.eurUsd !== void 0 ? "cost.currency.eurUsd" : `${rate.asOf}, ${rate.source}`}).`,
    `k3s control plane on ${nServers} server node(s) of type ${serverType.instanceType} (${nServers === 3 ? "HA with embedded etcd" : "single server, no HA"}${cost.k3s.servers === "auto" ? `; cost.k3s.servers auto: 3 once more than ${cost.k3s.haAboveAgents} agents` : ""}); the servers are schedulable and take workloads first.`,
    ...k3sNodeCapacity({ instanceType: serverType.instanceType, vcpu: serverType.vcpu, memoryGiB: serverType.memoryGiB }, "server").assumptions,
    ...agentType ? [
      `Agents: ${agentNames.join(", ")} were packed and the cheapest total chosen (${agentType.instanceType}, ${agentType.arch}); ${cost.k3s.agentTypes ? "cost.k3s.agentTypes" : describePool("general", cost.nodePools.general)}.`,
      ...k3sNodeCapacity({ instanceType: agentType.instanceType, vcpu: agentType.vcpu, memoryGiB: agentType.memoryGiB }, "agent").assumptions
    ] : [],
    "CoreDNS (bundled with k3s) adds 1 pod at 100m / 70Mi.",
    `Every node has a primary IPv4 at \u20AC${ipv4Eur}/month.`,
    ...lbCount > 0 ? [cost.k3s.loadBalancerMonthlyEur === void 0 ? "Services of type LoadBalancer use k3s's bundled ServiceLB (node IPs, no extra charge); a Hetzner load balancer is not in the price snapshot \u2014 set cost.k3s.loadBalancerMonthlyEur to count one per Service." : `Each Service of type LoadBalancer is a Hetzner load balancer at \u20AC${cost.k3s.loadBalancerMonthlyEur}/month (cost.k3s.loadBalancerMonthlyEur).`] : [],
    ...vols.line.byClass.map((v) => `Volumes ${v.kind}: ${v.gb} GiB at $${round2(v.perGbMonth * 1e4) / 1e4}/GB-month${v.kind === "Hetzner Cloud volume" ? ` (\u20AC${volEur}/GB-month)` : ""}.`),
    ...vols.line.byClass.length > 0 || vols.unpriced.length > 0 ? ["Claims without a storageClassName (and EBS classes) are priced as Hetzner Cloud volumes (hcloud-csi); k3s's bundled local-path class costs nothing extra but ties the data to one node."] : [],
    ...gpuPods.length > 0 ? [`No Hetzner Cloud server type in the snapshot has a GPU: ${gpuPods.map(describeWorkload).join(", ")} cannot run on k3s here (cost/unpackable).`] : [],
    ...unpriced.map((u) => `Not priced: ${describeWorkload({ kind: u.kind, namespace: u.namespace ?? void 0, name: u.name })} ${u.what} \u2014 ${u.reason}.`)
  ];
  work.cost = {
    platform: "k3s",
    region: "hetzner-eu",
    monthly,
    monthlyAtMax: round2(nodesAtMax + nodeCountAtMax * ipv4Unit + lbMonthly + vols.atMaxMonthly),
    controlPlane: 0,
    nodes,
    loadBalancers: { count: lbCount, monthly: lbMonthly, description: cost.k3s.loadBalancerMonthlyEur === void 0 ? "ServiceLB (bundled, no charge)" : "Hetzner load balancer" },
    volumes: vols.line,
    nat: { count: 0, monthly: 0, description: "not needed (nodes have public IPv4)" },
    publicIpv4: { count: nodeCount, monthly: ipv4, description: "primary IPv4 per node" },
    cpuCredits: { count: 0, monthly: 0, description: "no burstable servers" },
    allocation: alloc,
    unpackable,
    unpriced,
    assumptions
  };
  return work;
}
var K3S_EXTENDED = "no Hetzner Cloud server type in the snapshot offers this extended resource";
function storagePrice2(cost, prices) {
  const volEur = prices.hetzner.volume?.value;
  const eurUsd = eurUsdOf(cost, prices);
  return (kind) => {
    if (kind === "local-path") return { perGbMonth: 0, label: "local-path (node disk)" };
    if (kind === "efs") return { unpriced: "no shared file system (EFS equivalent) is in the Hetzner price snapshot" };
    if (volEur === void 0) return { unpriced: "the price snapshot has no Hetzner volume price" };
    return { perGbMonth: volEur * eurUsd, label: "Hetzner Cloud volume" };
  };
}
function unpricedK3s({ demand, cost, prices }) {
  k3sTypes(cost, prices);
  return [...priceVolumes(demand, cost, storagePrice2(cost, prices), "hetzner-volume", emptyWork()).unpriced, ...extendedUnpriced(demand, K3S_EXTENDED)];
}
function gpuUnpackable(demand) {
  return [...demand.workloads, ...demand.batch].filter((d) => d.gpu > 0).map((d) => ({
    kind: d.kind,
    namespace: d.namespace ?? null,
    name: d.name,
    reason: `requests nvidia.com/gpu ${d.gpu} and no Hetzner Cloud server type in the snapshot has a GPU`,
    largest: "(no GPU server)"
  }));
}
function unpackableK3s({ demand, cost, prices }) {
  const types = k3sTypes(cost, prices);
  const ds = daemonSetLoad(demand.daemonSets);
  const items = [...demand.workloads, ...demand.batch].filter((d) => d.gpu === 0).map((d) => ({ id: d.key, cpu: d.cpu, memory: d.memory, count: 1 }));
  return [...unpackableOf(unpackableItems(items, memoCandidates(types.all, ds, false)), demand, largestOf(types.all)), ...gpuUnpackable(demand)];
}
var k3s = { name: "k3s", label: "k3s", estimate: estimateK3s, unpackable: unpackableK3s, unpriced: unpricedK3s };

// src/cost/platforms/index.ts
var PLATFORMS = { eks, k3s };

// src/cost/settings.ts
function quantityOf(v, fallback) {
  if (v === void 0) return fallback;
  const q = parseQuantity(v);
  return q.ok ? q.value : fallback;
}
var resolvedSections = /* @__PURE__ */ new WeakMap();
function resolveCostConfig(raw) {
  if (raw === void 0) return DEFAULT_COST_CONFIG;
  let resolved = resolvedSections.get(raw);
  if (resolved === void 0) resolvedSections.set(raw, resolved = resolveSection(raw));
  return resolved;
}
function resolveSection(raw) {
  const d = DEFAULT_COST_CONFIG;
  const r = raw;
  return {
    platforms: r.platforms ?? d.platforms,
    region: r.region ?? d.region,
    defaultRequests: {
      cpu: quantityOf(r.defaultRequests?.cpu, d.defaultRequests.cpu),
      memory: quantityOf(r.defaultRequests?.memory, d.defaultRequests.memory)
    },
    currency: { ...d.currency, ...r.currency },
    nodePools: { general: { ...d.nodePools.general, ...r.nodePools?.general }, gpu: { ...d.nodePools.gpu, ...r.nodePools?.gpu } },
    storageClasses: { ...d.storageClasses, ...r.storageClasses },
    allocation: { ...d.allocation, ...r.allocation },
    eks: { ...d.eks, ...r.eks },
    k3s: { ...d.k3s, ...r.k3s },
    budgets: (r.budgets ?? []).map((b, index) => ({ ...b, index })),
    increase: r.increase ?? d.increase
  };
}

// src/cost/estimate.ts
function demandOf(run, cost) {
  return run.memo(`cost:demand:${idOf(cost)}`, () => computeDemand(run, cost));
}
var milli = (cores) => Math.round(cores * 1e3) / 1e3;
var key = (ns) => ns ?? "";
function fileLine(d) {
  const o = d.workload.object;
  const pos = o.source.locate(o.basePointer);
  return { ...o.source.file !== void 0 ? { file: o.source.file } : {}, ...pos ? { line: pos.line } : {} };
}
function snapshotSource(prices) {
  const sources = /* @__PURE__ */ new Set(["AWS and Hetzner list prices"]);
  if (prices !== EMBEDDED_SNAPSHOT) sources.add("a --prices snapshot file merged over the embedded snapshot");
  else sources.add("tollgate's embedded snapshot (every price's own source is in docs/cost.md)");
  return [...sources].join("; ");
}
function buildReport(run, config, options) {
  const cost = resolveCostConfig(config.cost);
  const prices = options.prices ?? EMBEDDED_SNAPSHOT;
  const platforms = options.platforms ?? cost.platforms;
  const region = options.region ?? cost.region;
  const demand = demandOf(run, cost);
  const works = /* @__PURE__ */ new Map();
  for (const p of platforms) works.set(p, PLATFORMS[p].estimate({ demand, cost, prices, region }));
  const perPlatform = (f) => Object.fromEntries([...works].map(([p, w]) => [p, round2(f(w))]));
  const workloadMonthly = (d) => perPlatform((w) => (w.byWorkload.get(d.key) ?? 0) + (w.storageByWorkload.get(d.key) ?? 0));
  const workloads = [...demand.workloads, ...demand.daemonSets].map((d) => ({
    kind: d.kind,
    namespace: d.namespace ?? null,
    name: d.name,
    replicas: d.kind === "DaemonSet" ? null : d.replicas,
    ...d.replicasMax !== void 0 ? { replicasMax: d.replicasMax } : {},
    cpu: milli(d.kind === "DaemonSet" ? d.cpu : d.cpu * d.replicas),
    memory: Math.round(d.kind === "DaemonSet" ? d.memory : d.memory * d.replicas),
    storage: d.storage * d.replicas,
    ...d.gpu > 0 ? { gpu: d.gpu * d.replicas } : {},
    monthly: workloadMonthly(d),
    storageMonthly: perPlatform((w) => w.storageByWorkload.get(d.key) ?? 0),
    ...fileLine(d)
  }));
  const { namespaces, shared } = namespaceRows(demand, works, cost.allocation.shared, options.teamOfNamespace);
  let teams;
  if (options.teamOfNamespace) {
    const byTeam = /* @__PURE__ */ new Map();
    for (const n of namespaces) {
      if (n.team === void 0 || n.namespace === null) continue;
      const t = byTeam.get(n.team) ?? { namespaces: [], monthly: /* @__PURE__ */ new Map() };
      t.namespaces.push(n.namespace);
      for (const [p, v] of Object.entries(n.monthly)) t.monthly.set(p, (t.monthly.get(p) ?? 0) + v);
      byTeam.set(n.team, t);
    }
    teams = [...byTeam].sort(([a], [b]) => a.localeCompare(b)).map(([team, t]) => ({
      team,
      namespaces: t.namespaces,
      monthly: Object.fromEntries([...t.monthly].map(([p, v]) => [p, round2(v)]))
    }));
  }
  const batch = demand.batch.map((d) => ({
    kind: d.kind,
    namespace: d.namespace ?? null,
    name: d.name,
    pods: d.replicas,
    cpu: milli(d.cpu * d.replicas),
    memory: Math.round(d.memory * d.replicas),
    hourly: perPlatform((w) => w.batch.get(d.key)?.hourly ?? 0),
    nodes: Object.fromEntries([...works].map(([p, w]) => [p, w.batch.get(d.key)?.nodes ?? "does not fit"]))
  }));
  const all = new Map([...demand.workloads, ...demand.daemonSets].map((d) => [d.key, d]));
  const idleSlots2 = (options.idleSlots ?? []).flatMap((s) => {
    const d = all.get(s.workloadKey);
    return d ? [{ kind: d.kind, namespace: d.namespace ?? null, name: d.name, description: s.description, monthly: workloadMonthly(d) }] : [];
  });
  const platformAssumptions = [...works.values()].map((w) => w.cost);
  const rate = prices.exchangeRates.EURUSD;
  return {
    hoursPerMonth: 730,
    currency: "USD",
    prices: {
      snapshotDate: prices.snapshotDate,
      source: snapshotSource(prices),
      exchangeRate: { EURUSD: rate.rate, asOf: rate.asOf, source: rate.source }
    },
    platforms: platformAssumptions.map((p) => ({ ...p, assumptions: [...demand.assumptions, ...p.assumptions] })),
    workloads,
    namespaces,
    shared,
    loadBalancerServices: demand.loadBalancers.map((l) => ({ namespace: l.namespace ?? null, name: l.name })),
    ...teams ? { teams } : {},
    batch,
    idleSlots: idleSlots2,
    assumptions: [
      "Monthly = hourly \xD7 730. List prices, excluding taxes, on-demand.",
      "A workload's cost is its share of its node pool by requests: the pool's price is split into CPU and RAM in the ratio of OpenCost's default prices ($0.031611/vCPU-hour, $0.004237/GB-hour) and every core and byte costs the same on every node of the pool, so identical workloads cost the same wherever they land; GPU nodes are split by GPUs. What no workload requests is shown as system (reservations, platform pods) and idle.",
      cost.allocation.shared === "proportional" ? "Control plane, system, idle, NAT, node IPv4 and CPU credits are spread over the namespaces in proportion to their own cost (cost.allocation.shared: proportional), so namespace totals add up to the bill." : "Namespace and team totals cover their workloads, volumes and load balancers only; control plane, system, idle, NAT, node IPv4 and CPU credits are shared rows (cost.allocation.shared: proportional spreads them).",
      ...prices.notes.map((n) => `Price snapshot note: ${n}`),
      ...demand.assumptions
    ]
  };
}
function namespaceRows(demand, works, mode, teamOf) {
  const nsCents = /* @__PURE__ */ new Map();
  const add = (ns, p, c2) => {
    const m = nsCents.get(ns) ?? /* @__PURE__ */ new Map();
    m.set(p, (m.get(p) ?? 0) + c2);
    nsCents.set(ns, m);
  };
  const sharedRows = /* @__PURE__ */ new Map();
  const addShared = (name, p, c2) => {
    if (c2 === 0) return;
    const m = sharedRows.get(name) ?? /* @__PURE__ */ new Map();
    m.set(p, (m.get(p) ?? 0) + c2);
    sharedRows.set(name, m);
  };
  for (const [p, w] of works) {
    for (const d of [...demand.workloads, ...demand.daemonSets]) {
      add(key(d.namespace), p, cents(w.byWorkload.get(d.key) ?? 0) + cents(w.storageByWorkload.get(d.key) ?? 0));
    }
    for (const [ns, v] of w.extraByNamespace) add(ns, p, cents(v));
    const c2 = w.cost;
    let direct = 0;
    for (const m of nsCents.values()) direct += m.get(p) ?? 0;
    addShared("control plane", p, cents(c2.controlPlane));
    addShared("system (reservations, platform pods)", p, cents(c2.allocation.system));
    addShared("idle (node capacity nobody requested)", p, cents(c2.allocation.idle));
    addShared("NAT gateways", p, cents(c2.nat.monthly));
    addShared("CPU credits", p, cents(c2.cpuCredits.monthly));
    let named = 0;
    for (const m of sharedRows.values()) named += m.get(p) ?? 0;
    addShared("public IPv4 (nodes, NAT gateways)", p, cents(c2.monthly) - direct - named);
  }
  const keys = [...nsCents.keys()].sort((a, b) => a.localeCompare(b));
  if (mode === "proportional") {
    for (const p of works.keys()) {
      let pool = 0;
      for (const m of sharedRows.values()) pool += m.get(p) ?? 0;
      const base = keys.map((k) => nsCents.get(k).get(p) ?? 0);
      const sum = base.reduce((a, b) => a + b, 0);
      if (sum <= 0 || pool === 0) continue;
      const exact = base.map((b) => b * pool / sum);
      const floors = exact.map(Math.floor);
      let left = pool - floors.reduce((a, b) => a + b, 0);
      const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
      for (const [, i] of order) {
        if (left <= 0) break;
        floors[i]++;
        left--;
      }
      keys.forEach((k, i) => nsCents.get(k).set(p, (nsCents.get(k).get(p) ?? 0) + floors[i]));
      for (const m of sharedRows.values()) m.delete(p);
    }
  }
  const toPer = (m) => Object.fromEntries([...m].map(([p, c2]) => [p, c2 / 100]));
  const namespaces = keys.map((ns) => {
    const team = ns === "" ? void 0 : teamOf?.(ns);
    return { namespace: ns === "" ? null : ns, ...team !== void 0 ? { team } : {}, monthly: toPer(nsCents.get(ns)) };
  });
  const shared = [...sharedRows].filter(([, m]) => m.size > 0).map(([name, m]) => ({ name, monthly: toPer(m) }));
  return { namespaces, shared };
}
var memoKeys = /* @__PURE__ */ new WeakMap();
var nextId = 1;
function idOf(o) {
  if (o === void 0) return 0;
  let id = memoKeys.get(o);
  if (id === void 0) memoKeys.set(o, id = nextId++);
  return id;
}
function slotsKey(run, slots) {
  if (slots === void 0) return 0;
  const ids = run.memo("cost:idle-slot-ids", () => ({ byList: /* @__PURE__ */ new WeakMap(), byContent: /* @__PURE__ */ new Map() }));
  let id = ids.byList.get(slots);
  if (id === void 0) {
    const content = JSON.stringify(slots);
    id = ids.byContent.get(content);
    if (id === void 0) ids.byContent.set(content, id = ids.byContent.size + 1);
    ids.byList.set(slots, id);
  }
  return id;
}
function estimateCost(run, config, given = {}) {
  const options = { ...runCostInputs(run, config), ...given };
  const memo = run.memo("cost:estimate", () => /* @__PURE__ */ new Map());
  const k = JSON.stringify([
    idOf(config),
    idOf(options.prices),
    options.platforms ?? null,
    options.region ?? null,
    idOf(options.teamOfNamespace),
    slotsKey(run, options.idleSlots)
  ]);
  let report = memo.get(k);
  if (report === void 0) {
    report = buildReport(run, config, options);
    memo.set(k, report);
  }
  return report;
}
function unpackablePods(run, config, given = {}) {
  const memo = run.memo("cost:fit", () => /* @__PURE__ */ new Map());
  const k = `${idOf(config)}/${idOf(given.prices)}/${given.platforms?.join(",") ?? "-"}/${given.region ?? "-"}`;
  let fit = memo.get(k);
  if (fit === void 0) {
    const cost = resolveCostConfig(config.cost);
    const prices = given.prices ?? EMBEDDED_SNAPSHOT;
    const demand = demandOf(run, cost);
    const region = given.region ?? cost.region;
    fit = (given.platforms ?? cost.platforms).map((platform) => ({ platform, unpackable: PLATFORMS[platform].unpackable({ demand, cost, prices, region }) }));
    memo.set(k, fit);
  }
  return fit;
}
function unpricedItems(run, config) {
  return run.memo(`cost:unpriced:${idOf(config)}`, () => {
    const cost = resolveCostConfig(config.cost);
    const demand = demandOf(run, cost);
    return cost.platforms.map((platform) => ({
      platform,
      unpriced: PLATFORMS[platform].unpriced({ demand, cost, prices: EMBEDDED_SNAPSHOT, region: cost.region })
    }));
  });
}
function sameCostInputs(a, b, config) {
  return costSignature(a, config) === costSignature(b, config);
}
function costSignature(run, config) {
  return run.memo(`cost:signature:${idOf(config)}`, () => {
    const d = demandOf(run, resolveCostConfig(config.cost));
    const sig = (w) => [
      w.kind,
      w.namespace ?? null,
      w.name,
      w.cpu,
      w.memory,
      w.replicas,
      w.replicasMax ?? null,
      w.gpu,
      w.volumes.map((v) => [v.bytes, v.storageClass ?? null])
    ];
    const items = [...d.workloads.map((w) => ({ id: w.key, sig: sig(w) })), { id: "(system) coredns", sig: ["coredns"] }].sort((x, y) => x.id < y.id ? -1 : x.id > y.id ? 1 : 0).map((x) => x.sig);
    return JSON.stringify([
      items,
      d.daemonSets.map(sig),
      d.claims.map((c2) => [c2.namespace ?? null, c2.bytes, c2.storageClass ?? null]),
      d.loadBalancers.map((l) => l.namespace ?? null)
    ]);
  });
}
function estimateIfAvailable(compute) {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CostUnavailable) return void 0;
    throw e;
  }
}
var PLATFORM_LABEL = { eks: PLATFORMS.eks.label, k3s: PLATFORMS.k3s.label };
function usd(n) {
  const sign = n < 0 ? "-" : "";
  return `${sign}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

// src/cost/diff.ts
function sub(head, base, platforms) {
  return Object.fromEntries(platforms.map((p) => [p, round2((head[p] ?? 0) - (base[p] ?? 0))]));
}
function zero(platforms) {
  return Object.fromEntries(platforms.map((p) => [p, 0]));
}
var wKey = (w) => `${w.kind}\0${w.namespace ?? ""}\0${w.name}`;
function diffCost(base, head) {
  const platforms = head.platforms.map((p) => p.platform);
  const baseByPlatform = new Map(base.platforms.map((p) => [p.platform, p]));
  const platformsOut = head.platforms.map((p) => {
    const b = baseByPlatform.get(p.platform)?.monthly ?? 0;
    return { ...p, base: b, head: p.monthly, delta: round2(p.monthly - b) };
  });
  const baseW = new Map(base.workloads.map((w) => [wKey(w), w]));
  const seen = /* @__PURE__ */ new Set();
  const workloads = head.workloads.map((w) => {
    seen.add(wKey(w));
    const b = baseW.get(wKey(w))?.monthly ?? zero(platforms);
    return { ...w, base: b, head: w.monthly, delta: sub(w.monthly, b, platforms) };
  });
  for (const [k, w] of baseW) {
    if (seen.has(k)) continue;
    const { file: _f, line: _l, ...rest } = w;
    workloads.push({ ...rest, monthly: zero(platforms), base: w.monthly, head: zero(platforms), delta: sub(zero(platforms), w.monthly, platforms) });
  }
  const baseN = new Map(base.namespaces.map((n) => [n.namespace ?? "", n]));
  const seenN = /* @__PURE__ */ new Set();
  const namespaces = head.namespaces.map((n) => {
    seenN.add(n.namespace ?? "");
    const b = baseN.get(n.namespace ?? "")?.monthly ?? zero(platforms);
    return { ...n, base: b, head: n.monthly, delta: sub(n.monthly, b, platforms) };
  });
  for (const [k, n] of baseN) {
    if (seenN.has(k)) continue;
    namespaces.push({ ...n, monthly: zero(platforms), base: n.monthly, head: zero(platforms), delta: sub(zero(platforms), n.monthly, platforms) });
  }
  namespaces.sort((a, b) => (a.namespace ?? "").localeCompare(b.namespace ?? ""));
  const baseS = new Map(base.shared.map((r) => [r.name, r]));
  const shared = head.shared.map((r) => {
    const b = baseS.get(r.name)?.monthly ?? zero(platforms);
    return { ...r, base: b, head: r.monthly, delta: sub(r.monthly, b, platforms) };
  });
  for (const [name, r] of baseS) {
    if (!head.shared.some((x) => x.name === name)) shared.push({ name, monthly: zero(platforms), base: r.monthly, head: zero(platforms), delta: sub(zero(platforms), r.monthly, platforms) });
  }
  return {
    ...head,
    platforms: platformsOut,
    workloads,
    namespaces,
    shared,
    diff: { baseWorkloads: base.workloads.length, headWorkloads: head.workloads.length },
    changes: head.platforms.flatMap((p) => {
      const b = baseByPlatform.get(p.platform);
      return b === void 0 ? [] : [platformChange(b, p, base, head)];
    })
  };
}
var c = (n) => Math.round(Number(((n ?? 0) * 100).toPrecision(12)));
var nodesText = (p, pool) => {
  const ns = p.nodes.filter((n) => `${n.role}/${n.pool}` === pool);
  return ns.length === 0 ? "none" : ns.map((n) => `${n.count} \xD7 ${n.instanceType}`).join(" + ");
};
var sameInputs = (a, b) => a.replicas === b.replicas && a.replicasMax === b.replicasMax && a.cpu === b.cpu && a.memory === b.memory && a.storage === b.storage && a.gpu === b.gpu;
var who = (w) => `${w.kind} ${w.namespace === null ? "" : `${w.namespace}/`}${w.name}`;
function platformChange(bp, hp, base, head) {
  const p = hp.platform;
  const lines = [];
  const line = (item, b, h, delta) => lines.push({ item, base: b, head: h, delta: round2(delta) });
  line("Control plane", usd(bp.controlPlane), usd(hp.controlPlane), hp.controlPlane - bp.controlPlane);
  const pools2 = [...new Set([...bp.nodes, ...hp.nodes].map((n) => `${n.role}/${n.pool}`))];
  for (const pool of pools2) {
    const sum = (x) => x.nodes.filter((n) => `${n.role}/${n.pool}` === pool).reduce((s, n) => s + c(n.monthly), 0);
    const [role, kind] = pool.split("/");
    line(
      role === "node" ? kind === "gpu" ? "GPU nodes" : "Nodes" : role === "server" ? "Servers" : "Agents",
      nodesText(bp, pool),
      nodesText(hp, pool),
      (sum(hp) - sum(bp)) / 100
    );
  }
  line("Load balancers", String(bp.loadBalancers.count), String(hp.loadBalancers.count), hp.loadBalancers.monthly - bp.loadBalancers.monthly);
  line("Volumes", `${bp.volumes.gb} GB`, `${hp.volumes.gb} GB`, hp.volumes.monthly - bp.volumes.monthly);
  line("NAT gateways", String(bp.nat.count), String(hp.nat.count), hp.nat.monthly - bp.nat.monthly);
  line("Public IPv4", String(bp.publicIpv4.count), String(hp.publicIpv4.count), hp.publicIpv4.monthly - bp.publicIpv4.monthly);
  line("CPU credits", usd(bp.cpuCredits.monthly), usd(hp.cpuCredits.monthly), hp.cpuCredits.monthly - bp.cpuCredits.monthly);
  line("Workloads' share of nodes", usd(bp.allocation.workloads), usd(hp.allocation.workloads), 0);
  line("System / idle", `${usd(bp.allocation.system)} / ${usd(bp.allocation.idle)}`, `${usd(hp.allocation.system)} / ${usd(hp.allocation.idle)}`, 0);
  const why = [];
  const nodeShare = (w) => w === void 0 ? 0 : c(w.monthly[p]) - c(w.storageMonthly?.[p]);
  const baseW = new Map(base.workloads.map((w) => [wKey(w), w]));
  const headW = new Map(head.workloads.map((w) => [wKey(w), w]));
  let explained = 0;
  for (const k of /* @__PURE__ */ new Set([...baseW.keys(), ...headW.keys()])) {
    const b = baseW.get(k);
    const h = headW.get(k);
    if (b && h && sameInputs(b, h)) continue;
    if (b && h && h.kind === "DaemonSet" && b.cpu === h.cpu && b.memory === h.memory) continue;
    const d = nodeShare(h) - nodeShare(b);
    explained += d;
    const w = h ?? b;
    const what = !b ? `${who(w)} added` : !h ? `${who(w)} removed` : describeWorkloadChange(b, h);
    why.push({ cause: "workload", what, delta: d / 100, object: { kind: w.kind, namespace: w.namespace, name: w.name } });
  }
  const nodesDelta = [...bp.nodes.map((n) => -c(n.monthly)), ...hp.nodes.map((n) => c(n.monthly))].reduce((a, b) => a + b, 0);
  why.push({ cause: "repacking", what: "node capacity no changed workload requested (system, idle, DaemonSets on added or removed nodes)", delta: (nodesDelta - explained) / 100 });
  const lbDelta = c(hp.loadBalancers.monthly) - c(bp.loadBalancers.monthly) + c(hp.loadBalancers.ipv4Monthly) - c(bp.loadBalancers.ipv4Monthly);
  const lbKey = (l) => `${l.namespace ?? ""}/${l.name}`;
  const baseLb = new Set(base.loadBalancerServices.map(lbKey));
  const headLb = new Set(head.loadBalancerServices.map(lbKey));
  const added = head.loadBalancerServices.filter((l) => !baseLb.has(lbKey(l)));
  const removed = base.loadBalancerServices.filter((l) => !headLb.has(lbKey(l)));
  const lbWhat = [...added.map((l) => `Service ${lbKey(l)} became type LoadBalancer`), ...removed.map((l) => `Service ${lbKey(l)} is no longer a LoadBalancer`)].join("; ") || "load balancers";
  const lbObject = added[0] ?? removed[0];
  why.push({
    cause: "load balancer",
    what: `${lbWhat}${hp.loadBalancers.ipv4Monthly !== void 0 ? " (with its public IPv4)" : ""}`,
    delta: lbDelta / 100,
    ...lbObject ? { object: { kind: "Service", namespace: lbObject.namespace, name: lbObject.name } } : {}
  });
  why.push({ cause: "volumes", what: "volumes (PersistentVolumeClaims, StatefulSet claims, ephemeral volumes)", delta: (c(hp.volumes.monthly) - c(bp.volumes.monthly)) / 100 });
  why.push({ cause: "control plane", what: "control plane", delta: (c(hp.controlPlane) - c(bp.controlPlane)) / 100 });
  why.push({ cause: "NAT", what: "NAT gateways", delta: (c(hp.nat.monthly) - c(bp.nat.monthly)) / 100 });
  why.push({
    cause: "public IPv4",
    what: p === "k3s" ? "public IPv4 of added or removed nodes" : "public IPv4 of NAT gateways",
    delta: (c(hp.publicIpv4.monthly) - c(bp.publicIpv4.monthly) - (c(hp.loadBalancers.ipv4Monthly) - c(bp.loadBalancers.ipv4Monthly))) / 100
  });
  why.push({ cause: "CPU credits", what: "CPU credits of burstable nodes", delta: (c(hp.cpuCredits.monthly) - c(bp.cpuCredits.monthly)) / 100 });
  const ordered = why.filter((w) => w.delta !== 0).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.what.localeCompare(b.what));
  return { platform: p, base: bp.monthly, head: hp.monthly, delta: round2(hp.monthly - bp.monthly), lines, why: ordered };
}
function describeWorkloadChange(b, h) {
  const parts = [];
  if (b.replicas !== h.replicas) parts.push(`replicas ${b.replicas ?? "per node"} \u2192 ${h.replicas ?? "per node"}`);
  if (b.replicasMax !== h.replicasMax) parts.push(`maxReplicas ${b.replicasMax ?? "-"} \u2192 ${h.replicasMax ?? "-"}`);
  const perPod = (w, v) => w.replicas ? v / w.replicas : v;
  if (perPod(b, b.cpu) !== perPod(h, h.cpu)) parts.push(`CPU ${formatCpu(perPod(b, b.cpu))} \u2192 ${formatCpu(perPod(h, h.cpu))} per pod`);
  if (perPod(b, b.memory) !== perPod(h, h.memory)) parts.push(`memory ${formatMemory(perPod(b, b.memory))} \u2192 ${formatMemory(perPod(h, h.memory))} per pod`);
  if (b.storage !== h.storage) parts.push("storage");
  return `${who(h)}: ${parts.join(", ") || "requests"}`;
}
function costForRun(run, config, options = {}) {
  const head = estimateCost(run, config, options);
  if (run.base === void 0) return head;
  return run.memo(`cost:diff:${JSON.stringify([options.platforms ?? null, options.region ?? null])}`, () => diffCost(estimateCost(run.base, config, options), head));
}
function percentChange(base, delta) {
  return base === 0 ? void 0 : delta / base * 100;
}

export {
  slotDifferences,
  changedPaths,
  selectorFromMap,
  isEmptySelector,
  selectorMatches,
  formatSelector,
  serviceSelector,
  workloadSelector,
  podIndex,
  serviceTargets,
  nsKey,
  DEFAULT_APP_LABELS,
  appIdentity,
  unmetRequirements,
  blueGreenOf,
  blueGreenSettings,
  capacityOf,
  slotCapacity,
  formatCapacity,
  switchesOf,
  describeSwitch,
  nameOf,
  ownershipOf,
  writerOf,
  describeWriter,
  describeTeams,
  limitRangeDefaults,
  round2,
  CostUnavailable,
  resolveCostConfig,
  estimateCost,
  unpackablePods,
  unpricedItems,
  sameCostInputs,
  estimateIfAvailable,
  PLATFORM_LABEL,
  usd,
  costForRun,
  percentChange
};
