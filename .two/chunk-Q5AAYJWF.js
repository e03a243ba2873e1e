import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  POD_SPEC_POINTER,
  isWorkloadKind
} from "./chunk-UEKSHHOG.js";

// src/model/quantity.ts
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
var DECIMAL = { m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var NUMBER = /^([+-]?)(\d+\.?\d*|\.\d+)/;
var EXPONENT = /^[eE]([+-]?\d+)$/;
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 4096;
function parseQuantity(input) {
  if (typeof input === "string") {
    if (input.length > 64) return parseQuantityText(input);
    let r = cache.get(input);
    if (r === void 0) {
      r = Object.freeze(parseQuantityText(input));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(input, r);
    }
    return r;
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, text: String(input), reason: "not a finite number" };
    return { ok: true, value: input, text: String(input) };
  }
  return { ok: false, text: JSON.stringify(input) ?? String(input), reason: "a quantity must be a string or a number" };
}
function parseQuantityText(text) {
  if (text === "") return { ok: false, text, reason: "empty quantity" };
  const m = NUMBER.exec(text);
  if (!m) return { ok: false, text, reason: "it does not start with a number" };
  const numberText = m[0];
  const suffix = text.slice(numberText.length);
  let value;
  if (suffix in BINARY) {
    value = Number(numberText) * BINARY[suffix];
  } else if (suffix in DECIMAL) {
    value = Number(`${numberText}e${DECIMAL[suffix]}`);
  } else {
    const e = EXPONENT.exec(suffix);
    if (!e) return { ok: false, text, reason: `unknown suffix "${suffix}" (use m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent like e3)` };
    value = Number(`${numberText}e${e[1]}`);
  }
  if (!Number.isFinite(value)) return { ok: false, text, reason: "the value is out of range" };
  return { ok: true, value: value === 0 ? 0 : value, text };
}
function formatCpu(cores) {
  if (Number.isInteger(cores)) return String(cores);
  const milli = Math.round(cores * 1e3 * 1e3) / 1e3;
  return `${Number.isInteger(milli) ? milli : milli.toFixed(1)}m`;
}
function formatMemory(bytes) {
  const units = [["Ti", 2 ** 40], ["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const v = bytes / size;
      return `${Number.isInteger(v) ? v : Number(v.toFixed(2))}${unit}`;
    }
  }
  return String(bytes);
}
function formatResource(resource, value) {
  return resource === "cpu" ? formatCpu(value) : formatMemory(value);
}

// src/core/glob.ts
var MAX_GLOB_LENGTH = 512;
var MAX_GLOB_SUBJECT = 4096;
var SLASH = 47;
function parseGlob(pattern, syntax = {}) {
  const braces = syntax.braces ?? true;
  const classes = syntax.classes ?? true;
  let i = 0;
  const p = pattern;
  const braceEnd = (open) => {
    let depth = 0;
    let comma = false;
    for (let j = open; j < p.length; j++) {
      const c = p[j];
      if (c === "\\") j++;
      else if (c === "{") depth++;
      else if (c === "}") {
        depth--;
        if (depth === 0) return comma ? j : -1;
      } else if (c === "," && depth === 1) comma = true;
    }
    return -1;
  };
  const parseClass = () => {
    let j = i + 1;
    const negated = p[j] === "!" || p[j] === "^";
    if (negated) j++;
    const ranges = [];
    let first = true;
    while (j < p.length && (p[j] !== "]" || first)) {
      first = false;
      let lo = p.charCodeAt(j);
      if (p[j] === "\\" && j + 1 < p.length) lo = p.charCodeAt(++j);
      j++;
      if (p[j] === "-" && j + 1 < p.length && p[j + 1] !== "]") {
        let hi = p.charCodeAt(j + 1);
        j += 2;
        if (p[j - 1] === "\\" && j < p.length) hi = p.charCodeAt(j++);
        ranges.push(lo <= hi ? [lo, hi] : [hi, lo]);
      } else ranges.push([lo, lo]);
    }
    if (j >= p.length) return void 0;
    i = j + 1;
    return { t: "class", negated, ranges };
  };
  const parseSeq = (top, end) => {
    const seq = [];
    const atBoundary = () => top && seq.length === 0 || seq.length > 0 && isSlash(seq[seq.length - 1]);
    while (i < end) {
      const c = p[i];
      if (c === "\\" && i + 1 < end) {
        seq.push({ t: "lit", ch: p.charCodeAt(i + 1) });
        i += 2;
      } else if (c === "*") {
        let j = i;
        while (p[j] === "*") j++;
        const boundary = atBoundary();
        const last = top && j === p.length;
        if (j - i === 2 && boundary && (last || p[j] === "/")) {
          if (last && seq.length === 0) seq.push({ t: "any" });
          else if (p[j] === "/") {
            seq.push({ t: "dirs" });
            j++;
          } else {
            seq.pop();
            seq.push({ t: "subtree" });
          }
        } else {
          seq.push({ t: "star", nonEmpty: boundary && (last || p[j] === "/") });
        }
        i = j;
      } else if (c === "?") {
        seq.push({ t: "one" });
        i++;
      } else if (c === "[" && classes) {
        const cls = parseClass();
        if (cls) seq.push(cls);
        else {
          seq.push({ t: "lit", ch: p.charCodeAt(i) });
          i++;
        }
      } else if (c === "{" && braces && braceEnd(i) > 0 && braceEnd(i) < end) {
        const close = braceEnd(i);
        const options = [];
        i++;
        for (; ; ) {
          let depth = 0;
          let j = i;
          for (; j < close; j++) {
            if (p[j] === "\\") j++;
            else if (p[j] === "{") depth++;
            else if (p[j] === "}") depth--;
            else if (p[j] === "," && depth === 0) break;
          }
          options.push(parseSeq(false, j));
          i = j + 1;
          if (j >= close) break;
        }
        seq.push({ t: "alt", options });
      } else {
        seq.push({ t: "lit", ch: p.charCodeAt(i) });
        i++;
      }
    }
    return seq;
  };
  return parseSeq(true, p.length);
}
function isSlash(n) {
  return n.t === "lit" && n.ch === SLASH;
}
var CHAR = 0;
var NOT_SLASH = 1;
var ANY = 2;
var CLASS = 3;
var SPLIT = 4;
var MATCH = 5;
var GlobMatcher = class {
  kind = [];
  arg = [];
  out1 = [];
  out2 = [];
  classes = [];
  start;
  mark = new Uint32Array(0);
  gen = 0;
  steps = 0;
  constructor(nodes) {
    const match = this.state(MATCH, 0, -1);
    this.start = this.seq(nodes, match);
    this.mark = new Uint32Array(this.kind.length);
  }
  get size() {
    return this.kind.length;
  }
  state(kind, arg, out1, out2 = -1) {
    this.kind.push(kind);
    this.arg.push(arg);
    this.out1.push(out1);
    this.out2.push(out2);
    return this.kind.length - 1;
  }
  /** Builds `nodes` followed by `next`, back to front; returns the entry state. */
  seq(nodes, next) {
    for (let k = nodes.length - 1; k >= 0; k--) next = this.node(nodes[k], next);
    return next;
  }
  /** A loop of `kind` states (zero or more), then `next`. */
  loop(kind, next) {
    const split = this.state(SPLIT, 0, -1, next);
    this.out1[split] = this.state(kind, 0, split);
    return split;
  }
  node(n, next) {
    switch (n.t) {
      case "lit":
        return this.state(CHAR, n.ch, next);
      case "one":
        return this.state(NOT_SLASH, 0, next);
      case "star": {
        const split = this.loop(NOT_SLASH, next);
        return n.nonEmpty ? this.out1[split] : split;
      }
      case "any":
        return this.loop(ANY, next);
      case "dirs": {
        const outer = this.state(SPLIT, 0, -1, next);
        const slash = this.state(CHAR, SLASH, outer);
        this.out1[outer] = this.loop(NOT_SLASH, slash);
        return outer;
      }
      case "subtree":
        return this.state(SPLIT, 0, this.state(CHAR, SLASH, this.loop(ANY, next)), next);
      case "class":
        this.classes.push({ negated: n.negated, ranges: n.ranges });
        return this.state(CLASS, this.classes.length - 1, next);
      case "alt": {
        let entry = this.seq(n.options[n.options.length - 1], next);
        for (let k = n.options.length - 2; k >= 0; k--) entry = this.state(SPLIT, 0, this.seq(n.options[k], next), entry);
        return entry;
      }
    }
  }
  accepts(s, ch) {
    switch (this.kind[s]) {
      case CHAR:
        return this.arg[s] === ch;
      case NOT_SLASH:
        return ch !== SLASH;
      case ANY:
        return true;
      case CLASS: {
        const c = this.classes[this.arg[s]];
        if (c.negated && ch === SLASH) return false;
        const hit = c.ranges.some(([lo, hi]) => ch >= lo && ch <= hi);
        return c.negated ? !hit : hit;
      }
      default:
        return false;
    }
  }
  /** Adds `s` and everything reachable from it without reading a character. */
  add(list, s, stack) {
    stack.push(s);
    while (stack.length > 0) {
      const x = stack.pop();
      if (this.mark[x] === this.gen) continue;
      this.mark[x] = this.gen;
      this.steps++;
      if (this.kind[x] === SPLIT) {
        stack.push(this.out2[x], this.out1[x]);
      } else list.push(x);
    }
  }
  nextGen() {
    if (++this.gen === 4294967295) {
      this.mark.fill(0);
      this.gen = 1;
    }
  }
  match(value) {
    this.steps = 0;
    if (value.length > MAX_GLOB_SUBJECT) return false;
    const stack = [];
    let current = [];
    this.nextGen();
    this.add(current, this.start, stack);
    for (let k = 0; k < value.length && current.length > 0; k++) {
      const ch = value.charCodeAt(k);
      const next = [];
      this.nextGen();
      for (const s of current) {
        this.steps++;
        if (this.accepts(s, ch)) this.add(next, this.out1[s], stack);
      }
      current = next;
    }
    return current.some((s) => this.kind[s] === MATCH);
  }
};
var NEVER = new GlobMatcher([{ t: "class", negated: false, ranges: [] }]);
var cache2 = /* @__PURE__ */ new Map();
var MAX_CACHED_STATES = 2e5;
var cachedStates = 0;
function globProblem(pattern) {
  return pattern.length > MAX_GLOB_LENGTH ? `the pattern is ${pattern.length} characters long, more than ${MAX_GLOB_LENGTH}; it matches nothing` : void 0;
}
function compileGlob(pattern) {
  let m = cache2.get(pattern);
  if (!m) {
    m = globProblem(pattern) ? NEVER : new GlobMatcher(parseGlob(pattern));
    if (cache2.size >= 1e4 || cachedStates + m.size > MAX_CACHED_STATES) {
      cache2.clear();
      cachedStates = 0;
    }
    cache2.set(pattern, m);
    cachedStates += m.size;
  }
  return m;
}
function globMatch(pattern, value) {
  return compileGlob(pattern).match(value);
}

// src/core/types.ts
var severityRank = { error: 3, warning: 2, info: 1 };
function refOf(o) {
  const ref = {
    apiVersion: o.apiVersion,
    kind: o.kind
  };
  if (o.metadata.namespace !== void 0) ref.namespace = o.metadata.namespace;
  const name = o.metadata.name ?? o.metadata.generateName;
  if (name !== void 0) ref.name = name;
  return ref;
}
function describeObject(o) {
  const ns = o.namespace ? `${o.namespace}/` : "";
  return `${o.kind} ${ns}${o.name ?? "(unnamed)"}`;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function escapePointerToken(t) {
  const s = String(t);
  if (s.indexOf("~") === -1 && s.indexOf("/") === -1) return s;
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(base, ...tokens) {
  let out = base;
  for (let i = 0; i < tokens.length; i++) out += "/" + escapePointerToken(tokens[i]);
  return out;
}
function valueAt(root, tokens) {
  let cur = root;
  for (let i = 0; i < tokens.length; i++) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[tokens[i]];
  }
  return cur;
}
function splitPointer(pointer) {
  if (pointer === "") return [];
  const tokens = pointer.slice(1).split("/");
  return pointer.indexOf("~") === -1 ? tokens : tokens.map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/core/config/bluegreen.ts
var bluegreenSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    slotKey: { type: "string", minLength: 1 },
    slots: { type: "array", items: { type: "string", minLength: 1 }, minItems: 2, maxItems: 2, uniqueItems: true },
    versionLabels: { type: "array", items: { type: "string", minLength: 1 } },
    previewNames: { type: "array", items: { type: "string", pattern: "^[a-z0-9]+$" } }
  }
};
var DEFAULT_SLOT_KEY = "slot";
var DEFAULT_SLOTS = ["blue", "green"];
var DEFAULT_PREVIEW_NAMES = ["preview", "idle", "next", "test"];
function resolveBlueGreen(c) {
  const slotKey = c?.slotKey ?? DEFAULT_SLOT_KEY;
  const slots = c?.slots ?? (slotKey === DEFAULT_SLOT_KEY ? DEFAULT_SLOTS : void 0);
  return {
    slotKey,
    explicit: c?.slotKey !== void 0,
    slots,
    versionLabels: (c?.versionLabels ?? ["version", "app.kubernetes.io/version"]).filter((k) => k !== slotKey),
    previewNames: new Set(c?.previewNames ?? DEFAULT_PREVIEW_NAMES)
  };
}

// src/core/config/cost.ts
var quantity = { anyOf: [{ type: "string", minLength: 1 }, { type: "number", minimum: 0 }] };
var money = { type: "number", minimum: 0 };
var platform = { enum: ["eks", "k3s"] };
var STORAGE_KINDS = ["gp2", "gp3", "io1", "io2", "st1", "sc1", "efs", "hetzner-volume", "local-path"];
var nodePool = {
  type: "object",
  additionalProperties: false,
  properties: {
    families: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
    arch: { enum: ["amd64", "arm64", "any"] },
    burstable: { type: "boolean" },
    minNodes: { type: "integer", minimum: 0 },
    maxNodes: { type: "integer", minimum: 1 }
  }
};
var costSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    platforms: { type: "array", minItems: 1, uniqueItems: true, items: platform },
    region: { type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
    currency: {
      type: "object",
      additionalProperties: false,
      properties: {
        display: { enum: ["USD", "EUR"] },
        eurUsd: { type: "number", exclusiveMinimum: 0 }
      }
    },
    nodePools: {
      type: "object",
      additionalProperties: false,
      properties: { general: nodePool, gpu: nodePool }
    },
    storageClasses: { type: "object", additionalProperties: { enum: STORAGE_KINDS } },
    allocation: {
      type: "object",
      additionalProperties: false,
      properties: { shared: { enum: ["proportional", "none"] } }
    },
    defaultRequests: {
      type: "object",
      additionalProperties: false,
      properties: { cpu: quantity, memory: quantity }
    },
    eks: {
      type: "object",
      additionalProperties: false,
      properties: {
        instanceTypes: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
        controlPlane: { enum: ["standard", "extended"] },
        natGateways: { type: "integer", minimum: 0 },
        natGigabytesPerMonth: money,
        availabilityZones: { type: "integer", minimum: 1 }
      }
    },
    k3s: {
      type: "object",
      additionalProperties: false,
      properties: {
        servers: { enum: [1, 3, "auto"] },
        haAboveAgents: { type: "integer", minimum: 0 },
        serverType: { type: "string", minLength: 1 },
        agentTypes: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
        hetznerPrices: { enum: ["new-orders", "current"] },
        loadBalancerMonthlyEur: money
      }
    },
    budgets: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["monthly"],
        oneOf: [{ required: ["namespace"] }, { required: ["team", "namespaces"] }],
        properties: {
          namespace: { type: "string", minLength: 1 },
          team: { type: "string", minLength: 1 },
          namespaces: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
          monthly: money,
          platform
        }
      }
    },
    increase: {
      type: "object",
      additionalProperties: false,
      properties: {
        absolute: money,
        percent: money,
        platforms: { type: "array", minItems: 1, items: platform }
      }
    }
  }
};
var DEFAULT_COST_CONFIG = {
  platforms: ["eks", "k3s"],
  region: "us-east-1",
  defaultRequests: { cpu: 0.1, memory: 128 * 1024 * 1024 },
  currency: { display: "USD" },
  nodePools: {
    general: { arch: "amd64", burstable: false, minNodes: 0 },
    gpu: { arch: "any", burstable: false, minNodes: 0 }
  },
  storageClasses: {
    gp2: "gp2",
    gp3: "gp3",
    io1: "io1",
    io2: "io2",
    st1: "st1",
    sc1: "sc1",
    efs: "efs",
    "efs-sc": "efs",
    "local-path": "local-path",
    "hcloud-volumes": "hetzner-volume"
  },
  allocation: { shared: "none" },
  eks: { controlPlane: "standard", natGateways: 0, natGigabytesPerMonth: 0, availabilityZones: 2 },
  k3s: { servers: "auto", haAboveAgents: 10, serverType: "CX23", hetznerPrices: "new-orders" },
  budgets: [],
  increase: { absolute: 50, percent: 10 }
};

// src/model/classify.ts
var DOTLESS_GROUPS = /* @__PURE__ */ new Set(["apps", "batch", "autoscaling", "policy", "extensions"]);
var TOOL_GROUPS = /* @__PURE__ */ new Set([
  "kind.x-k8s.io",
  // kind cluster config
  "k3d.io",
  // k3d cluster config
  "kpt.dev",
  // Kptfile
  "config.kubernetes.io",
  // kpt / kustomize function configs
  "ctlptl.dev",
  // ctlptl clusters and registries
  "kubeadm.k8s.io",
  // kubeadm ClusterConfiguration
  "audit.k8s.io",
  // the API server's audit policy file
  "k0sctl.k0sproject.io"
  // k0sctl cluster config
]);
var TOOL_KINDS_WITHOUT_API = /* @__PURE__ */ new Set(["Kustomization", "Component"]);
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
var API_VERSION = /^(?:[a-z0-9]([a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\/)?v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;
function isKubernetesApiVersion(apiVersion) {
  if (!API_VERSION.test(apiVersion)) return false;
  const group = apiGroup(apiVersion);
  if (group === "") return apiVersion === "v1";
  return DOTLESS_GROUPS.has(group) || group.includes(".");
}
function isToolConfig(apiVersion, kind) {
  const group = apiGroup(apiVersion);
  if (TOOL_GROUPS.has(group) || group.endsWith(".config.k8s.io")) return true;
  return apiVersion === "v1" && kind === "Config";
}
function classifyDocument(value) {
  if (!isRecord(value)) return { type: "skip", reason: "not-a-mapping" };
  const kind = typeof value.kind === "string" && value.kind !== "" ? value.kind : void 0;
  const apiVersion = typeof value.apiVersion === "string" && value.apiVersion !== "" ? value.apiVersion : void 0;
  if (kind === void 0 && apiVersion === void 0) return { type: "skip", reason: "no-apiversion-or-kind" };
  const hasMetadata = isRecord(value.metadata);
  if (apiVersion === void 0) {
    if (TOOL_KINDS_WITHOUT_API.has(kind)) return { type: "skip", reason: "tool-config" };
    return hasMetadata ? { type: "broken", missing: "apiVersion" } : { type: "skip", reason: "not-kubernetes" };
  }
  if (!isKubernetesApiVersion(apiVersion)) return { type: "skip", reason: "not-kubernetes" };
  if (isToolConfig(apiVersion, kind ?? "")) return { type: "skip", reason: "tool-config" };
  if (kind === void 0) {
    const builtinGroup = apiVersion !== "v1" && (DOTLESS_GROUPS.has(apiGroup(apiVersion)) || apiGroup(apiVersion).endsWith(".k8s.io"));
    return hasMetadata || builtinGroup ? { type: "broken", missing: "kind" } : { type: "skip", reason: "not-kubernetes" };
  }
  return { type: "object" };
}

// src/model/objects.ts
function objectsFromDocuments(docs) {
  const objects = [];
  const incomplete = [];
  let skipped = 0;
  for (const doc of docs) {
    const c = classifyDocument(doc.value);
    if (c.type === "skip") {
      skipped++;
      continue;
    }
    if (c.type === "broken") {
      incomplete.push({ doc, pointer: "", missing: c.missing });
      continue;
    }
    const v = doc.value;
    const kind = v.kind;
    if (kind.endsWith("List") && Array.isArray(v.items)) {
      v.items.forEach((item, i) => {
        const pointer = joinPointer("", "items", i);
        if (!isRecord(item) || typeof item.kind !== "string" || typeof item.apiVersion !== "string") {
          incomplete.push({ doc, pointer, missing: isRecord(item) && typeof item.kind === "string" ? "apiVersion" : "kind" });
          return;
        }
        objects.push(makeObject(item, doc, pointer));
      });
      continue;
    }
    objects.push(makeObject(v, doc, ""));
  }
  return { objects, skipped, incomplete };
}
function makeObject(raw, source, basePointer) {
  return {
    apiVersion: raw.apiVersion,
    kind: raw.kind,
    metadata: metadataOf(raw.metadata),
    raw,
    source,
    basePointer,
    key: `${source.file ?? "<request>"}#${source.index}${basePointer}`
  };
}
function metadataOf(m) {
  if (!isRecord(m)) return { labels: {}, annotations: {} };
  const md = {
    labels: stringMap(m.labels),
    annotations: stringMap(m.annotations)
  };
  if (typeof m.name === "string") md.name = m.name;
  if (typeof m.generateName === "string") md.generateName = m.generateName;
  if (typeof m.namespace === "string" && m.namespace !== "") md.namespace = m.namespace;
  return md;
}
function stringMap(v) {
  const out = {};
  if (!isRecord(v)) return out;
  for (const k of Object.keys(v)) {
    const val = v[k];
    if (val !== null && val !== void 0) out[k] = String(val);
  }
  return out;
}

// src/ownership/codeowners.ts
function parseCodeowners(text) {
  const entries = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const tokens = tokenize(raw);
    if (tokens.length === 0) return;
    const [pattern, ...owners] = tokens;
    if (pattern.startsWith("!")) {
      problems.push({ line, message: `negated pattern "${pattern}" is not supported by CODEOWNERS; the line is ignored` });
      return;
    }
    if (/(^|[^\\])\[/.test(pattern)) {
      problems.push({ line, message: `character range in "${pattern}" is not supported by CODEOWNERS; the line is ignored` });
      return;
    }
    if (globProblem(pattern)) {
      problems.push({ line, message: `pattern of ${pattern.length} characters is longer than ${MAX_GLOB_LENGTH}; the line is ignored` });
      return;
    }
    entries.push({ pattern, owners, line, matcher: patternMatcher(pattern) });
  });
  return { entries, problems };
}
function matchCodeowners(co, path) {
  const p = path.replace(/^\.?\//, "");
  for (let i = co.entries.length - 1; i >= 0; i--) {
    const e = co.entries[i];
    if (e.matcher.match(p)) return e;
  }
  return void 0;
}
function tokenize(line) {
  const out = [];
  let cur = "";
  let inToken = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && i + 1 < line.length) {
      cur += ch + line[i + 1];
      i++;
      inToken = true;
      continue;
    }
    if (ch === " " || ch === "	") {
      if (inToken) out.push(cur);
      cur = "";
      inToken = false;
      continue;
    }
    if (ch === "#" && !inToken) break;
    cur += ch;
    inToken = true;
  }
  if (inToken) out.push(cur);
  return out;
}
function patternMatcher(pattern) {
  if (globProblem(pattern)) return new GlobMatcher([{ t: "class", negated: false, ranges: [] }]);
  let p = pattern;
  const dirOnly = p.endsWith("/") && !p.endsWith("\\/");
  if (dirOnly) p = p.replace(/\/+$/, "");
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  const segs = p.split("/");
  const last = segs.length - 1;
  const nodes = anchored ? [] : [{ t: "dirs" }];
  segs.forEach((seg, i) => {
    if (seg === "**") {
      if (i === 0 && i === last) nodes.push({ t: "any" });
      else if (i === 0) nodes.push({ t: "dirs" });
      else if (i === last) nodes.push(SLASH2, { t: "any" });
      else nodes.push({ t: "subtree" });
      return;
    }
    if (i > 0 && !(i === 1 && segs[0] === "**")) nodes.push(SLASH2);
    nodes.push(...parseGlob(seg, { braces: false, classes: false }).map((n) => n.t === "star" ? { t: "star", nonEmpty: false } : n));
  });
  if (dirOnly) nodes.push(SLASH2, { t: "any" });
  else if (!(segs.length > 1 && segs[last] === "*")) nodes.push({ t: "subtree" });
  return new GlobMatcher(nodes);
}
var SLASH2 = { t: "lit", ch: 47 };

// src/ownership/model.ts
var SYSTEM_GROUPS = ["system:masters", "system:nodes", "system:serviceaccounts:kube-system"];
var SYSTEM_USERS = ["system:kube-controller-manager", "system:kube-scheduler", "system:apiserver"];
var SERVICE_ACCOUNT_USER = /^system:serviceaccount:([^:]+):([^:]+)$/;
var Ownership = class {
  constructor(config = {}, codeownersText, declarations = []) {
    this.config = config;
    this.teams = Object.entries(config.teams ?? {});
    for (const [team, t] of this.teams) {
      this.handles.set(team.toLowerCase(), team);
      for (const h of t.codeowners ?? []) this.handles.set(h.toLowerCase(), team);
    }
    this.codeowners = config.codeowners !== false && codeownersText !== void 0 ? parseCodeowners(codeownersText) : void 0;
    this.explicit = this.teams.some(([, t]) => (t.namespaces ?? []).length > 0);
    this.active = this.teams.length > 0 || (this.codeowners?.entries.length ?? 0) > 0;
    this.knowsUsers = this.teams.some(([, t]) => (t.users ?? []).length + (t.groups ?? []).length > 0) || (config.adminGroups ?? []).length + (config.adminUsers ?? []).length > 0;
    this.platform = this.platformTeams();
    if (!this.explicit) this.readDeclarations(declarations);
  }
  config;
  codeowners;
  /** Canonical names of the platform team (a CODEOWNERS `*` line may name several owners). */
  platform;
  /** Config assigns namespaces to teams: only configured owners (and platform) may declare Namespaces. */
  explicit;
  /** Anything to decide a path with: a CODEOWNERS file or teams in config. */
  active;
  /** Anything to decide a cluster user with: users, groups or admin groups in config. */
  knowsUsers;
  teams;
  handles = /* @__PURE__ */ new Map();
  declared = /* @__PURE__ */ new Map();
  conflicts = /* @__PURE__ */ new Map();
  pathCache = /* @__PURE__ */ new Map();
  nsCache = /* @__PURE__ */ new Map();
  /**
   * Zero config: the team owning the file that declares a Namespace owns it. A team's declaration wins
   * over the platform team's; two teams declaring the same Namespace own it neither (a conflict).
   */
  readDeclarations(declarations) {
    const byNs = /* @__PURE__ */ new Map();
    for (const d of declarations) {
      const owner = this.ownerOfPath(d.path);
      if (!owner || owner.teams.length === 0) continue;
      const list = byNs.get(d.namespace) ?? [];
      list.push({ teams: owner.teams, via: "declaration", path: d.path });
      byNs.set(d.namespace, list);
    }
    for (const [ns, list] of byNs) {
      const teams = list.filter((o) => !this.isPlatform(o.teams));
      const distinct = new Set(teams.map((o) => o.teams.join(",")));
      if (distinct.size > 1) this.conflicts.set(ns, teams);
      else this.declared.set(ns, teams[0] ?? list[0]);
    }
  }
  /** Zero config: the declarations of a Namespace that two or more teams declare (so nobody owns it). */
  conflictingDeclarations(ns) {
    return this.conflicts.get(ns) ?? [];
  }
  /** A CODEOWNERS handle or config name → the team's name in config, else the handle itself. */
  canonical(handle) {
    return this.handles.get(handle.toLowerCase()) ?? handle;
  }
  isPlatform(teams) {
    return teams.some((t) => this.platform.includes(t));
  }
  /** Teams that write `path` (repo-relative); undefined when there is nothing to decide with. */
  ownerOfPath(path) {
    const p = path.replace(/^\.?\//, "");
    if (this.pathCache.has(p)) return this.pathCache.get(p);
    const owner = this.computePathOwner(p);
    this.pathCache.set(p, owner);
    return owner;
  }
  computePathOwner(p) {
    let best;
    for (const [team, t] of this.teams) {
      for (const g of t.paths ?? []) {
        if (globMatch(g, p) && (best === void 0 || g.length > best.weight)) best = { team, weight: g.length };
      }
    }
    if (best) return { teams: [best.team], via: ".tollgate.yaml paths" };
    if (this.codeowners) {
      const e = matchCodeowners(this.codeowners, p);
      if (e) return { teams: unique(e.owners.map((o) => this.canonical(o))), via: `CODEOWNERS line ${e.line}` };
      return { teams: [], via: "CODEOWNERS" };
    }
    return this.active ? { teams: [], via: ".tollgate.yaml paths" } : void 0;
  }
  /** The team(s) owning a namespace: configured namespaces first, else (zero config) who declared it. */
  ownerOfNamespace(ns) {
    if (this.nsCache.has(ns)) return this.nsCache.get(ns);
    let best;
    for (const [team, t] of this.teams) {
      for (const g of t.namespaces ?? []) {
        const weight = g === ns ? Infinity : globMatch(g, ns) ? g.length : -1;
        if (weight >= 0 && (best === void 0 || weight > best.weight)) best = { team, weight };
      }
    }
    const owner = best ? { teams: [best.team], via: "config" } : this.declared.get(ns);
    this.nsCache.set(ns, owner);
    return owner;
  }
  /** The teams a Kubernetes user acts for: users/groups in config, and a service account's namespace owner. */
  teamsOfUser(u) {
    const groups = u.groups ?? [];
    const out = [];
    for (const [team, t] of this.teams) {
      const byUser = u.username !== void 0 && (t.users ?? []).some((g) => globMatch(g, u.username));
      const byGroup = (t.groups ?? []).some((g) => groups.some((x) => globMatch(g, x)));
      if (byUser || byGroup) out.push(team);
    }
    const sa = u.username?.match(SERVICE_ACCOUNT_USER);
    if (sa) for (const t of this.ownerOfNamespace(sa[1])?.teams ?? []) out.push(t);
    if (this.isPlatformUser(u)) out.push(...this.platform);
    return unique(out);
  }
  /** `system:masters`, Kubernetes' own components, configured admin users and groups. */
  isPlatformUser(u) {
    const groups = u.groups ?? [];
    const adminGroups = [...SYSTEM_GROUPS, ...this.config.adminGroups ?? []];
    const adminUsers = [...SYSTEM_USERS, ...this.config.adminUsers ?? []];
    if (groups.some((g) => adminGroups.some((a) => globMatch(a, g)))) return true;
    return u.username !== void 0 && adminUsers.some((a) => globMatch(a, u.username));
  }
  platformTeams() {
    if (this.config.platform !== void 0) return [this.canonical(this.config.platform)];
    const entries = this.codeowners?.entries ?? [];
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i];
      if (e.pattern === "*" || e.pattern === "**" || e.pattern === "/**") return unique(e.owners.map((o) => this.canonical(o)));
    }
    return [];
  }
};
function unique(xs) {
  return [...new Set(xs)];
}

// src/model/workload.ts
var RESOURCES = ["cpu", "memory", "ephemeral-storage"];
var TEMPLATE_PATH = Object.fromEntries(
  Object.entries(POD_SPEC_POINTER).map(([kind, pointer]) => {
    const spec = splitPointer(pointer);
    return [kind, { spec, metadata: [...spec.slice(0, -1), "metadata"] }];
  })
);
var JOB_SPEC = ["spec", "jobTemplate", "spec"];
var NO_QUANTITIES = Object.freeze({ values: Object.freeze({}), invalid: Object.freeze([]) });
function workloadOf(object) {
  if (!isWorkloadKind(object.kind)) return void 0;
  const podSpecPointer = POD_SPEC_POINTER[object.kind];
  const template = TEMPLATE_PATH[object.kind];
  const podSpec = valueAt(object.raw, template.spec);
  if (!isRecord(podSpec)) return void 0;
  const templateMeta = valueAt(object.raw, template.metadata);
  const spec = isRecord(object.raw.spec) ? object.raw.spec : {};
  let replicas;
  let replicasSet = false;
  switch (object.kind) {
    case "Pod":
      replicas = 1;
      break;
    case "DaemonSet":
      replicas = void 0;
      break;
    case "Job":
      replicasSet = typeof spec.parallelism === "number";
      replicas = replicasSet ? spec.parallelism : 1;
      break;
    case "CronJob": {
      const jobSpec = valueAt(object.raw, JOB_SPEC);
      replicasSet = isRecord(jobSpec) && typeof jobSpec.parallelism === "number";
      replicas = replicasSet ? jobSpec.parallelism : 1;
      break;
    }
    default:
      replicasSet = typeof spec.replicas === "number";
      replicas = replicasSet ? spec.replicas : 1;
  }
  const overheadPointer = joinPointer(podSpecPointer, "overhead");
  const overhead = parseResources(podSpec.overhead, overheadPointer, "overhead");
  const workload = {
    object,
    kind: object.kind,
    podSpecPointer,
    podSpec,
    podLabels: stringMap(isRecord(templateMeta) ? templateMeta.labels : void 0),
    podAnnotations: stringMap(isRecord(templateMeta) ? templateMeta.annotations : void 0),
    replicas,
    replicasSet,
    schedule: object.kind === "Job" || object.kind === "CronJob" ? "batch" : "always",
    overhead: overhead.values,
    invalidOverhead: overhead.invalid
  };
  workload.containers = [];
  workload.initContainers = [];
  workload.sidecars = [];
  workload.all = [];
  const add = (list, field) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      if (!isRecord(raw)) return;
      const base = joinPointer(podSpecPointer, field, index);
      const role = field === "containers" ? "app" : raw.restartPolicy === "Always" ? "sidecar" : "init";
      const res = isRecord(raw.resources) ? raw.resources : {};
      const requests = parseResources(res.requests, joinPointer(base, "resources", "requests"), "requests");
      const limits = parseResources(res.limits, joinPointer(base, "resources", "limits"), "limits");
      const c = {
        name: typeof raw.name === "string" ? raw.name : `#${index}`,
        role,
        index,
        raw,
        requests: requests.values,
        limits: limits.values,
        invalid: requests.invalid.length + limits.invalid.length === 0 ? [] : [...requests.invalid, ...limits.invalid],
        workload,
        pointer: (...tokens) => joinPointer(base, ...tokens)
      };
      if (typeof raw.image === "string") c.image = raw.image;
      workload.all.push(c);
      if (role === "app") workload.containers.push(c);
      else if (role === "sidecar") workload.sidecars.push(c);
      else workload.initContainers.push(c);
    });
  };
  add(podSpec.initContainers, "initContainers");
  add(podSpec.containers, "containers");
  return workload;
}
function parseResources(v, pointer, field) {
  if (!isRecord(v)) return NO_QUANTITIES;
  const values = {};
  const invalid = [];
  for (const resource of Object.keys(v)) {
    const p = joinPointer(pointer, resource);
    const q = parseQuantity(v[resource]);
    if (!q.ok) invalid.push({ resource, field, text: q.text, reason: q.reason, pointer: p });
    else if (q.value < 0) invalid.push({ resource, field, text: q.text, reason: "it is negative", pointer: p });
    else values[resource] = { value: q.value, text: q.text, pointer: p };
  }
  return { values, invalid };
}
function containerRequest(c, r, defaults) {
  return c.requests[r]?.value ?? c.limits[r]?.value ?? defaults?.defaultRequest[r] ?? defaults?.default[r];
}
function effectivePodValue(w, r, pick) {
  let missing = false;
  const get = (c) => {
    const v = pick(c, r);
    if (v === void 0) {
      missing = true;
      return 0;
    }
    return v;
  };
  let sidecarSum = 0;
  let initMax = 0;
  for (const c of w.all) {
    if (c.role === "app") break;
    const v = get(c);
    if (c.role === "sidecar") {
      sidecarSum += v;
      initMax = Math.max(initMax, sidecarSum);
    } else {
      initMax = Math.max(initMax, sidecarSum + v);
    }
  }
  let appSum = sidecarSum;
  for (const c of w.containers) appSum += get(c);
  return { value: Math.max(initMax, appSum) + (w.overhead[r]?.value ?? 0), missing };
}

export {
  MAX_GLOB_LENGTH,
  globProblem,
  globMatch,
  severityRank,
  refOf,
  describeObject,
  isRecord,
  escapePointerToken,
  joinPointer,
  valueAt,
  splitPointer,
  bluegreenSchema,
  resolveBlueGreen,
  costSchema,
  DEFAULT_COST_CONFIG,
  parseQuantity,
  formatCpu,
  formatMemory,
  formatResource,
  apiGroup,
  objectsFromDocuments,
  makeObject,
  stringMap,
  RESOURCES,
  workloadOf,
  containerRequest,
  effectivePodValue,
  Ownership
};
