import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  ConfigInvalid,
  EMPTY_CONFIG,
  ajvModule,
  defineRule,
  humanErrors,
  newAjv,
  parseConfig,
  parseYamlText
} from "./chunk-D7ZPSO3Y.js";
import {
  UsageError
} from "./chunk-IPQB3CPI.js";
import {
  require_node_fs,
  require_node_path
} from "./chunk-4IRK2B2X.js";
import {
  DEFAULT_APP_LABELS,
  PLATFORM_LABEL,
  appIdentity,
  blueGreenOf,
  blueGreenSettings,
  capacityOf,
  changedPaths,
  costForRun,
  describeSwitch,
  describeTeams,
  describeWriter,
  estimateCost,
  estimateIfAvailable,
  formatCapacity,
  formatSelector,
  isEmptySelector,
  limitRangeDefaults,
  nameOf,
  nsKey,
  ownershipOf,
  percentChange,
  podIndex,
  resolveCostConfig,
  sameCostInputs,
  selectorFromMap,
  selectorMatches,
  serviceSelector,
  serviceTargets,
  slotCapacity,
  slotDifferences,
  switchesOf,
  unmetRequirements,
  unpackablePods,
  unpricedItems,
  usd,
  workloadSelector,
  writerOf
} from "./chunk-RS3UKRK3.js";
import {
  RESOURCES,
  describeObject,
  formatResource,
  globMatch,
  isRecord,
  joinPointer,
  parseQuantity,
  refOf
} from "./chunk-Q5AAYJWF.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HMYCOVW3.js";

// builtin:node:v8
var require_node_v8 = __commonJS({
  "builtin:node:v8"(exports) {
    var m;
    var get = () => m ??= __tollgateBuiltin("node:v8");
    exports.setFlagsFromString = (...args) => get().setFlagsFromString(...args);
    exports.getHeapStatistics = (...args) => get().getHeapStatistics(...args);
  }
});

// builtin:node:url
var require_node_url = __commonJS({
  "builtin:node:url"(exports, module) {
    module.exports = __tollgateBuiltin("node:url");
  }
});

// src/policies/keyword-checks.ts
function quantityWithin(data, bound2, minimum) {
  const q = parseQuantity(data);
  if (!q.ok) return true;
  return minimum ? q.value >= bound2 : q.value <= bound2;
}
function isQuantity(data) {
  return parseQuantity(data).ok;
}

// src/policies/regexp.ts
var import_node_v8 = __toESM(require_node_v8(), 1);
var enabled = false;
function linearFlag() {
  if (enabled) return;
  (0, import_node_v8.setFlagsFromString)("--enable-experimental-regexp-engine");
  enabled = true;
}
var UnsafePattern = class extends Error {
  constructor(pattern, message) {
    super(message);
    this.pattern = pattern;
  }
  pattern;
};
var FALLBACK_MAX_INPUT = 4096;
function linearRegExp(pattern) {
  linearFlag();
  let unicode;
  try {
    unicode = new RegExp(pattern, "u");
  } catch (e) {
    throw new UnsafePattern(pattern, `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${e.message}`);
  }
  if (/\\[pP]\{|\\u\{/.test(pattern)) {
    throw new UnsafePattern(pattern, `pattern ${JSON.stringify(pattern)} uses \\p{\u2026} or \\u{\u2026}, which tollgate cannot match in linear time; list the characters instead`);
  }
  const shape = quantifierShape(pattern);
  if (!shape.lookaroundOrBackref) {
    try {
      return new RegExp(pattern, "l");
    } catch {
    }
  }
  if (shape.lookaroundOrBackref || shape.nested || shape.unbounded > 1) {
    throw new UnsafePattern(
      pattern,
      `pattern ${JSON.stringify(pattern)} cannot be matched in linear time (${shape.lookaroundOrBackref ? "backreferences and lookahead/lookbehind are refused" : shape.nested ? "a repeated group holds another repeat" : "more than one unbounded repeat beside large counted ones"}), so a manifest could make the check hang; simplify it`
    );
  }
  return {
    test(s) {
      if (s.length > FALLBACK_MAX_INPUT) {
        throw new Error(`a ${s.length}-character value is too long for pattern ${JSON.stringify(pattern)} (at most ${FALLBACK_MAX_INPUT} characters are matched with it)`);
      }
      return unicode.test(s);
    }
  };
}
function quantifierShape(pattern) {
  let nested = false;
  let unbounded = 0;
  let lookaroundOrBackref = false;
  const groups = [{ repeats: false }];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    let atomGroup;
    if (c === "\\") {
      if (/[1-9k]/.test(pattern[i + 1] ?? "")) lookaroundOrBackref = true;
      i++;
    } else if (c === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
    } else if (c === "(") {
      if (/^\?(=|!|<=|<!)/.test(pattern.slice(i + 1, i + 4))) lookaroundOrBackref = true;
      groups.push({ repeats: false });
      continue;
    } else if (c === ")") {
      atomGroup = groups.length > 1 ? groups.pop() : void 0;
      if (atomGroup?.repeats) groups[groups.length - 1].repeats = true;
    } else if (c === "|") {
      groups[groups.length - 1].repeats = true;
      continue;
    }
    const q = /^(?:[*+]|\{\d+,\d*\}|\{\d+\})/.exec(pattern.slice(i + 1));
    if (q) {
      const m = /^\{(\d+)(,(\d*))?\}$/.exec(q[0]);
      const many = !m || m[2] !== void 0 ? true : Number(m[1]) > 1;
      if (!m || m[2] !== void 0 && m[3] === "") unbounded++;
      if (many) {
        if (atomGroup?.repeats) nested = true;
        groups[groups.length - 1].repeats = true;
      }
      i += q[0].length;
    } else if (pattern[i + 1] === "?") {
      i++;
    }
  }
  return { nested, unbounded, lookaroundOrBackref };
}
var linearRegExpEngine = Object.assign((pattern) => linearRegExp(pattern), {
  code: "linearRegExp"
});

// src/policies/keywords.ts
function boundOf(name, schema) {
  const b = parseQuantity(schema);
  if (!b.ok) throw new Error(`${name}: "${String(schema)}" is not a valid quantity (${b.reason})`);
  return b;
}
function bound(name) {
  const { _, str } = ajvModule();
  const minimum = name === "quantityMinimum";
  return {
    keyword: name,
    type: ["string", "number"],
    schemaType: ["string", "number"],
    error: {
      message: ({ schema }) => str`${minimum ? "is below the minimum" : "is above the maximum"} ${boundOf(name, schema).text}`,
      params: ({ schema }) => _`{limit: ${boundOf(name, schema).text}}`
    },
    code(cxt) {
      const b = boundOf(name, cxt.schema);
      const within = cxt.gen.scopeValue("func", { ref: quantityWithin, code: _`quantityWithin` });
      cxt.fail(_`!${within}(${cxt.data}, ${b.value}, ${minimum})`);
    }
  };
}
var POLICY_AJV_OPTIONS = { allErrors: true, strict: false, verbose: true };
function createPolicyAjv(standalone = false) {
  const { _, str } = ajvModule();
  const ajv2 = newAjv({ ...POLICY_AJV_OPTIONS, code: { regExp: linearRegExpEngine, ...standalone ? { source: true, esm: true } : {} } });
  ajv2.addKeyword(bound("quantityMinimum"));
  ajv2.addKeyword(bound("quantityMaximum"));
  ajv2.addKeyword({
    keyword: "quantity",
    schemaType: "boolean",
    error: { message: ({ schema }) => str`${schema ? "is not a valid quantity" : "is a quantity"}` },
    code(cxt) {
      const test = cxt.gen.scopeValue("func", { ref: isQuantity, code: _`isQuantity` });
      cxt.fail(_`${test}(${cxt.data}) !== ${cxt.schema}`);
    }
  });
  return ajv2;
}

// src/policies/schema.ts
var policyFileSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "severity", "target", "schema", "message", "remediation", "examples"],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$" },
    title: { type: "string", minLength: 5 },
    description: { type: "string" },
    severity: { enum: ["error", "warning", "info"] },
    target: { enum: ["container", "workload", "object"] },
    kinds: { type: "array", items: { type: "string" }, minItems: 1 },
    optIn: { type: "boolean" },
    options: { type: "object", description: "option name -> default value; `${name}` strings in schema are replaced" },
    schema: { type: "object" },
    message: { type: "string", minLength: 5 },
    remediation: { type: "string", minLength: 5 },
    examples: {
      type: "object",
      additionalProperties: false,
      required: ["pass", "fail"],
      properties: {
        pass: { type: "array", minItems: 1, items: { type: "string" } },
        fail: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["manifest", "lines"],
            properties: {
              manifest: { type: "string" },
              lines: { type: "array", items: { type: "integer", minimum: 1 }, minItems: 1 },
              options: { type: "object" }
            }
          }
        }
      }
    }
  }
};

// src/policies/loader.ts
var policyAjv;
var ajv = () => policyAjv ??= createPolicyAjv();
var policyFileValidator;
var validatePolicyFile = (value) => {
  policyFileValidator ??= ajv().compile(policyFileSchema);
  return policyFileValidator(value);
};
function usePrecompiledPolicyValidators(v) {
  policyFileValidator = v.policyFile;
  for (const [key, fn] of Object.entries(v.policies)) compiled.set(key, fn);
  for (const [text, policy] of v.parsed) preparsed.set(text, policy);
}
var preparsed = /* @__PURE__ */ new Map();
function loadPolicy(file, text) {
  const known = preparsed.get(text);
  if (known) return { rule: policyRule(known), policy: known, file };
  const parsed = parseYamlText(file, text);
  if (parsed.problems.length > 0 || parsed.documents.length !== 1) {
    const p = parsed.problems[0];
    throw new ConfigInvalid(file, [{ field: "(file)", message: p?.message ?? "a policy file holds exactly one YAML document", ...p?.line ? { line: p.line } : {} }]);
  }
  const doc = parsed.documents[0];
  if (!validatePolicyFile(doc.value)) throw new ConfigInvalid(file, humanErrors(policyFileValidator?.errors ?? [], doc));
  const policy = doc.value;
  try {
    compileSchema(policy, policy.options ?? {});
  } catch (e) {
    const at = e instanceof UnsafePattern ? patternPointer(policy.schema, e.pattern, "/schema") : void 0;
    const pointer = at ?? "/schema";
    const pos = doc.locate(pointer);
    const field = pointer.slice(1).split("/").join(".");
    throw new ConfigInvalid(file, [{ field, message: e instanceof Error ? e.message : String(e), ...pos ? { line: pos.line, column: pos.column } : {} }]);
  }
  return { rule: policyRule(policy), policy, file };
}
function patternPointer(node, pattern, at) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const p = patternPointer(node[i], pattern, `${at}/${i}`);
      if (p) return p;
    }
  } else if (isRecord(node)) {
    for (const [k, v] of Object.entries(node)) {
      const here = `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (k === "pattern" && v === pattern) return here;
      if (k === "patternProperties" && isRecord(v) && pattern in v) return `${here}/${pattern.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const p = patternPointer(v, pattern, here);
      if (p) return p;
    }
  }
  return void 0;
}
var compiled = /* @__PURE__ */ new Map();
var byOptions = /* @__PURE__ */ new WeakMap();
function compileSchema(policy, options) {
  let perPolicy = byOptions.get(options);
  if (!perPolicy) byOptions.set(options, perPolicy = /* @__PURE__ */ new Map());
  let hit = perPolicy.get(policy);
  if (!hit) perPolicy.set(policy, hit = compileByKey(policy, options));
  return hit;
}
function validatorKey(policy, options) {
  return `${policy.id}\0${JSON.stringify(policy.schema)}\0${JSON.stringify(options)}`;
}
function policySchema(policy, options) {
  return substitute(policy.schema, { ...policy.options, ...options });
}
function compileByKey(policy, options) {
  const key = validatorKey(policy, options);
  let v = compiled.get(key);
  if (!v) {
    v = ajv().compile(policySchema(policy, options));
    compiled.set(key, v);
  }
  return v;
}
function substitute(node, options) {
  if (typeof node === "string") {
    const m = /^\$\{([\w-]+)\}$/.exec(node);
    if (m && m[1] in options) return options[m[1]];
    return node;
  }
  if (Array.isArray(node)) return node.map((n) => substitute(n, options));
  if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, substitute(v, options)]));
  return node;
}
function policyRule(policy) {
  const meta = {
    family: policy.id.split("/")[0],
    severity: policy.severity,
    summary: policy.title,
    ...policy.description ? { description: policy.description } : {},
    remediation: policy.remediation,
    messages: { violation: policy.message },
    ...policy.options ? { defaultOptions: policy.options, optionsSchema: optionsSchemaFor(policy.options) } : {},
    ...policy.optIn ? { optIn: true } : {},
    source: "policy"
  };
  const kinds = policy.kinds ? { kinds: policy.kinds } : {};
  const evaluate = (options, value, base, report) => {
    const validate = compileSchema(policy, options);
    if (validate(value)) return;
    for (const e of dedupe(validate.errors ?? [])) {
      const path = e.instancePath + (e.keyword === "required" ? "" : "");
      report({
        messageId: "violation",
        at: base + path,
        data: {
          ...stringOptions(options),
          path: path === "" ? "(root)" : path.slice(1).replace(/\//g, "."),
          value: typeof e.data === "object" ? JSON.stringify(e.data) : String(e.data),
          problem: humanErrors([e])[0]?.message ?? e.message ?? "is invalid"
        }
      });
    }
  };
  switch (policy.target) {
    case "container":
      return defineRule({ id: policy.id, target: "container", ...kinds, meta, check: (ctx, c) => evaluate(ctx.options, c.raw, c.pointer(), ctx.report) });
    case "workload":
      return defineRule({ id: policy.id, target: "workload", ...kinds, meta, check: (ctx, w) => evaluate(ctx.options, w.object.raw, "", ctx.report) });
    default:
      return defineRule({ id: policy.id, target: "object", ...kinds, meta, check: (ctx, o) => evaluate(ctx.options, o.raw, "", ctx.report) });
  }
}
var QUANTITY_PATTERN = "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$";
function optionsSchemaFor(defaults) {
  const properties = {};
  for (const [name, value] of Object.entries(defaults)) {
    if (typeof value === "string" && parseQuantity(value).ok) properties[name] = { type: ["string", "number"], pattern: QUANTITY_PATTERN };
    else if (value === null) properties[name] = {};
    else properties[name] = { type: Array.isArray(value) ? "array" : typeof value === "object" ? "object" : typeof value };
  }
  return { type: "object", additionalProperties: false, properties };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "oneOf") return false;
    const k = `${e.instancePath}|${e.keyword}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function stringOptions(o) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}

// src/workspace/config.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_url = __toESM(require_node_url(), 1);

// src/ownership/paths.ts
function namespaceForFileFrom(section, repoPathOf = (f) => f) {
  const entries = Object.entries(section?.pathNamespaces ?? {}).sort((a, b) => b[0].length - a[0].length);
  if (entries.length === 0) return void 0;
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    if (cache.has(file)) return cache.get(file);
    const path = repoPathOf(file).replace(/^\.?\//, "");
    const hit = entries.find(([glob]) => globMatch(glob, path))?.[1];
    cache.set(file, hit);
    return hit;
  };
}

// src/rules/meta.ts
var source = (id, severity, summary, remediation, description) => defineRule({
  id,
  target: "source",
  meta: { family: id.split("/")[0], severity, summary, remediation, messages: {}, ...description ? { description } : {} },
  check() {
  }
});
var metaRules = [
  source("parse/yaml-syntax", "error", "Files parse as YAML or JSON.", "Fix the syntax error at the reported line; `kubectl apply` would reject the file too."),
  source("parse/duplicate-key", "error", "Mappings have no duplicate keys.", "Remove one of the duplicate keys: only the last one takes effect, silently.", "YAML parsers used by kubectl keep the last of two equal keys, so the first value is lost without a word. This is almost always a merge mistake."),
  source("parse/helm-template", "error", "Files are rendered manifests, not Helm templates.", "Render the chart with `helm template <release> <chart> -f values.yaml` and check the output instead of the templates.", "Outside a chart's templates/ folder a file is a Helm template only when it fails to parse because of its `{{ }}` actions (it parses once they are taken out) or parses into a mapping key that is itself a mapping (`name: {{ .Values.name }}`). Braces inside valid YAML strings are data: Prometheus alert templates, Grafana legends and Alertmanager templates are checked like any other manifest."),
  source("parse/chart-not-rendered", "info", "Helm chart templates are checked as rendered manifests.", "Render the chart (`helm template`) and check its output; tollgate renders charts itself when helm is available.", "A file under a chart's templates/ folder (a folder with a Chart.yaml among the files checked) is a Helm template, not a manifest: the chart gets one info and its templates are skipped, never an error per file. Chart.yaml, values files and the chart's other files are metadata and are skipped silently; files under crds/ are plain manifests and are checked."),
  source("parse/missing-kind", "warning", "Kubernetes documents have both apiVersion and kind.", "Add the missing apiVersion or kind; the document is skipped until then.", "Only Kubernetes objects are objects. Skipped silently and counted: documents with neither field (values, compose files, CI workflows), an apiVersion no Kubernetes API can have (Chart.yaml's `v2`, `skaffold/v4beta11`: every group but apps, batch, autoscaling, policy and extensions has a dot), and tool configs (kustomize.config.k8s.io and other *.config.k8s.io groups, kind.x-k8s.io, k3d.io, kpt.dev, config.kubernetes.io, ctlptl.dev, kubeadm.k8s.io, audit.k8s.io, a kubeconfig's `v1 Config`, a bare `kind: Kustomization` or `Component`). Reported: a document with a `metadata` mapping and only one of the two fields, or with only an apiVersion of a built-in group other than core v1 (`apps/v1`)."),
  source("parse/duplicate-object", "error", "An object is defined once per unit.", "Remove one of the two definitions, or move them into separate environment folders (or kustomize overlays).", "Two documents in one unit (a kustomize overlay, a Helm release, a folder) with the same API group, kind, namespace and name: `kubectl apply` keeps whichever comes last. The same object in two sibling folders is two environments and is not reported."),
  source("render/not-rendered", "info", "Kustomize overlays and Helm charts are rendered.", "Install kustomize or kubectl (for overlays) and helm (for charts), or name them under `renderers:` in .tollgate.yaml.", "Without a renderer an overlay is checked from its resource files with its namespace applied (patches are never read as objects), and a chart's templates are not checked."),
  source("render/failed", "error", "Kustomize overlays and Helm charts render without errors.", "Run the renderer named in the message on the unit and fix what it reports; `kubectl apply -k` or `helm install` would fail the same way."),
  source("parse/empty-file", "info", "Manifest files are not empty.", "Delete the empty file or add its manifests."),
  source("parse/not-text", "error", "Manifest files are UTF-8 text.", "Re-save the file as UTF-8 or exclude the binary file from the paths tollgate checks."),
  source("tollgate/suppression-without-reason", "warning", "Every tollgate.dev/ignore annotation has a tollgate.dev/ignore-reason.", "Add tollgate.dev/ignore-reason explaining why the rules do not apply."),
  source("tollgate/unused-suppression", "warning", "Suppressions suppress something.", "Remove the stale entry from tollgate.dev/ignore so it cannot hide a future problem."),
  source("tollgate/unused-exemption", "warning", "Config exemptions match at least one finding.", "Delete the exemption or fix its patterns."),
  source("tollgate/rule-error", "error", "Rules run without internal errors.", "Report the bug with the manifest that triggers it; the webhook answers per its failure mode.")
];

// src/rules/resources/required.ts
var LABEL = { cpu: "CPU", memory: "memory", "ephemeral-storage": "ephemeral-storage" };
function requiredResourceRule(spec) {
  const what = `${LABEL[spec.resource]} ${spec.field === "requests" ? "request" : "limit"}`;
  return defineRule({
    id: spec.id,
    target: "container",
    meta: {
      family: "resources",
      severity: spec.severity,
      summary: `Containers set ${/^[aeiou]/i.test(what) ? "an" : "a"} ${what}.`,
      description: spec.description,
      remediation: `Set resources.${spec.field}.${spec.resource} on the container (or a default for the namespace in a LimitRange).`,
      ...spec.optIn ? { optIn: true } : {},
      messages: {
        missing: `{{container}} has no ${what}; ${spec.why}`,
        fromLimit: `{{container}} sets no ${what}; Kubernetes uses its limit ({{value}}) as the request.`,
        fromLimitRange: `{{container}} sets no ${what}; LimitRange {{limitRange}} in namespace {{namespace}} supplies {{value}}.`
      }
    },
    check(ctx, c) {
      if (c[spec.field][spec.resource] !== void 0) return;
      if (c.invalid.some((i) => i.resource === spec.resource && i.field === spec.field)) return;
      const at = c.pointer("resources");
      if (spec.field === "requests" && c.limits[spec.resource] !== void 0) {
        ctx.report({ messageId: "fromLimit", at, severity: "info", data: { value: c.limits[spec.resource].text } });
        return;
      }
      const ns = ctx.run.namespaceOf(c.workload.object);
      const defaults = limitRangeDefaults(ctx.run, ns);
      const fromLr = spec.field === "requests" ? defaults?.defaultRequest[spec.resource] ?? defaults?.default[spec.resource] : defaults?.default[spec.resource];
      if (defaults && fromLr !== void 0) {
        ctx.report({
          messageId: "fromLimitRange",
          at,
          severity: "info",
          data: { limitRange: defaults.limitRange.metadata.name ?? "(unnamed)", namespace: ns, value: formatResource(spec.resource, fromLr) }
        });
        return;
      }
      ctx.report({ messageId: "missing", at });
    }
  });
}

// src/rules/resources/cpu-limit-required.ts
var cpu_limit_required_default = requiredResourceRule({
  id: "resources/cpu-limit-required",
  resource: "cpu",
  field: "limits",
  severity: "warning",
  optIn: true,
  why: "it may use every idle core on the node.",
  description: "Off by default: many teams deliberately run without CPU limits, because a CPU limit becomes a CFS quota that throttles a container even when the node is idle. Enable it where noisy neighbours matter more than latency. A LimitRange `default` in the same namespace in the same run satisfies it (info)."
});

// src/rules/resources/cpu-request-required.ts
var cpu_request_required_default = requiredResourceRule({
  id: "resources/cpu-request-required",
  resource: "cpu",
  field: "requests",
  severity: "warning",
  why: "the scheduler places it as if it needed no CPU, and under contention it gets the smallest share.",
  description: "Without a CPU request a container is scheduled as if it used no CPU, so nodes are over-packed, and its cgroup gets the minimum cpu.weight, so it starves first under contention. A CPU limit alone is enough: Kubernetes copies it into the request (reported as info). A LimitRange default in the same namespace in the same run also satisfies this rule (info)."
});

// src/rules/resources/ephemeral-storage-required.ts
var ephemeral_storage_required_default = requiredResourceRule({
  id: "resources/ephemeral-storage-required",
  resource: "ephemeral-storage",
  field: "limits",
  severity: "warning",
  optIn: true,
  why: "logs and scratch files can fill the node's disk and get every pod on it evicted.",
  description: "Off by default. When enabled, every container sets an ephemeral-storage limit, so the kubelet evicts only the pod that writes too much instead of the node hitting DiskPressure."
});

// src/rules/resources/invalid-quantity.ts
var invalid_quantity_default = defineRule({
  id: "resources/invalid-quantity",
  target: "workload",
  meta: {
    family: "resources",
    severity: "error",
    summary: "Resource quantities follow the Kubernetes quantity grammar.",
    description: "Quantities are parsed exactly as the API server does (`100m`, `0.5`, `1e3`, `128974848`, `129M`, `123Mi`). `1GB`, `512mb` or `2 cores` are rejected by the API server; tollgate reports them instead of computing with a wrong number.",
    remediation: "Use a Kubernetes quantity: CPU in cores or millicores (`500m`), memory in bytes with a suffix (`512Mi`, `1Gi`, `1G`).",
    messages: {
      invalid: '{{where}} {{field}}.{{resource}} is "{{text}}", not a valid quantity: {{reason}}.'
    }
  },
  check(ctx, w) {
    for (const i of w.invalidOverhead) {
      ctx.report({ messageId: "invalid", at: i.pointer, data: { where: "pod", field: i.field, resource: i.resource, text: i.text, reason: i.reason } });
    }
    for (const c of w.all) {
      for (const i of c.invalid) {
        ctx.report({
          messageId: "invalid",
          at: i.pointer,
          container: c.name,
          data: { where: c.name, field: `resources.${i.field}`, resource: i.resource, text: i.text, reason: i.reason }
        });
      }
    }
  }
});

// src/rules/resources/limit-below-request.ts
var limit_below_request_default = defineRule({
  id: "resources/limit-below-request",
  target: "container",
  meta: {
    family: "resources",
    severity: "error",
    summary: "Limits are not below requests.",
    description: "The API server rejects a container whose limit is below its request. That includes a limit the namespace's LimitRange fills in: a container that requests 16Gi with no limit, in a namespace whose LimitRange defaults the limit to 256Mi, is rejected at apply time. Catching it in review saves a failed rollout.",
    remediation: "Raise the limit to at least the request (set it explicitly when the LimitRange default is too small), or lower the request.",
    messages: {
      below: "{{container}}: {{resource}} limit {{limit}} is below its request {{request}}; the API server will reject it.",
      belowDefault: "{{container}}: no {{resource}} limit, so LimitRange {{limitRange}} applies its default {{limit}}, below the request {{request}}; the API server will reject the pod."
    }
  },
  check(ctx, c) {
    for (const r of RESOURCES) {
      const req = c.requests[r];
      const lim = c.limits[r];
      if (!req) continue;
      if (lim) {
        if (lim.value < req.value) ctx.report({ messageId: "below", at: lim.pointer, data: { resource: r, limit: lim.text, request: req.text } });
        continue;
      }
      const defaults = limitRangeDefaults(ctx.run, ctx.run.namespaceOf(c.workload.object));
      const def = defaults?.default[r];
      if (defaults && def !== void 0 && def < req.value) {
        ctx.report({
          messageId: "belowDefault",
          at: req.pointer,
          data: { resource: r, limit: formatResource(r, def), request: req.text, limitRange: defaults.limitRange.metadata.name ?? "(unnamed)" }
        });
      }
    }
  }
});

// src/rules/resources/limit-request-ratio.ts
var limit_request_ratio_default = defineRule({
  id: "resources/limit-request-ratio",
  target: "container",
  meta: {
    family: "resources",
    severity: "warning",
    summary: "Limits stay within a maximum ratio of requests.",
    description: "A memory limit far above the request overcommits the node: the scheduler packs by requests, and when several pods grow towards their limits at once the node runs out and the kernel kills. Options: `memory` and `cpu` (maximum limit \xF7 request; default memory 2, cpu 10).",
    remediation: "Raise the request closer to real usage or lower the limit.",
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { memory: { type: "number", exclusiveMinimum: 0 }, cpu: { type: "number", exclusiveMinimum: 0 } }
    },
    defaultOptions: { memory: 2, cpu: 10 },
    messages: { ratio: "{{container}}: {{resource}} limit {{limit}} is {{ratio}}\xD7 its request {{request}} (maximum {{max}}\xD7)." }
  },
  check(ctx, c) {
    for (const r of ["cpu", "memory"]) {
      const max = ctx.options[r];
      const req = c.requests[r];
      const lim = c.limits[r];
      if (max === void 0 || !req || !lim || req.value === 0) continue;
      const ratio = lim.value / req.value;
      if (ratio > max + 1e-9) {
        ctx.report({
          messageId: "ratio",
          at: lim.pointer,
          data: { resource: r, limit: lim.text, request: req.text, ratio: Number(ratio.toFixed(2)), max }
        });
      }
    }
  }
});

// src/rules/resources/memory-limit-required.ts
var memory_limit_required_default = requiredResourceRule({
  id: "resources/memory-limit-required",
  resource: "memory",
  field: "limits",
  severity: "error",
  why: "a leak can use the whole node's memory and take its neighbours down with it.",
  description: "The memory limit becomes the cgroup's memory.max: without one a container can grow until the node runs out and the kernel's OOM killer or the kubelet's eviction picks victims among its neighbours. A LimitRange `default` in the same namespace in the same run satisfies this rule (info). Unlike kube-linter's unset-memory-requirements, the request is checked by its own rule."
});

// src/rules/resources/memory-request-required.ts
var memory_request_required_default = requiredResourceRule({
  id: "resources/memory-request-required",
  resource: "memory",
  field: "requests",
  severity: "error",
  why: "the scheduler places it as if it needed no memory and it is among the first evicted under memory pressure.",
  description: "Memory is not compressible: a pod scheduled with no memory request lands on nodes that cannot hold it, and the kubelet evicts pods that exceed their requests first. A memory limit alone is enough (Kubernetes copies it into the request, reported as info), and so is a LimitRange default in the same namespace in the same run."
});

// src/rules/namespaces/scope.ts
function unknownKinds(config) {
  return config.namespaces?.unknownKinds ?? "namespaced";
}
function scopeFor(run, config, kind) {
  const s = run.scopeOf(kind);
  if (s !== "Unknown") return s;
  const u = unknownKinds(config);
  return u === "namespaced" ? "Namespaced" : u === "cluster" ? "Cluster" : "Ignore";
}
function namespacePointer(o) {
  return o.metadata.namespace !== void 0 ? "/metadata/namespace" : "/metadata";
}
var SYSTEM_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease", "default"];
var excludeOptionSchema = {
  type: "array",
  items: { type: "string", minLength: 1 },
  description: "Namespace names or globs this rule does not require anything of."
};
function excluded(ns, options) {
  const list = options.exclude ?? SYSTEM_NAMESPACES;
  return list.some((g) => globMatch(g, ns));
}

// src/rules/namespaces/explicit-namespace.ts
var explicit_namespace_default = defineRule({
  id: "namespaces/explicit-namespace",
  target: "object",
  meta: {
    family: "namespaces",
    severity: "warning",
    summary: "Namespaced objects set metadata.namespace.",
    description: "An object without metadata.namespace lands in whatever namespace `kubectl apply` targets: the current context's, often `default`. Ownership cannot be checked and the same file deploys differently from two laptops. A namespace given for the file's path in `namespaces.pathNamespaces` (what kustomize's `namespace:` or `kubectl apply -n` does for a directory) is accepted unless `acceptPathNamespace` is false. Kinds unknown to tollgate and to the CRDs in the run count as namespaced unless `namespaces.unknownKinds` says otherwise. Not checked at admission, where the request's namespace is the answer.",
    remediation: "Set metadata.namespace, or map the directory to its namespace in .tollgate.yaml under namespaces.pathNamespaces.",
    messages: {
      missing: "{{object}} has no metadata.namespace; it lands in whatever namespace `kubectl apply` targets (often default)."
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { acceptPathNamespace: { type: "boolean" } }
    },
    defaultOptions: { acceptPathNamespace: true }
  },
  check(ctx, o) {
    if (ctx.run.context.origin === "admission") return;
    if (o.metadata.namespace !== void 0) return;
    if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
    if (ctx.options.acceptPathNamespace !== false && o.source.file !== void 0 && ctx.run.context.namespaceForFile?.(o.source.file) !== void 0) return;
    ctx.report({ messageId: "missing", at: "/metadata", data: { object: describeObject(refOf(o)) } });
  }
});

// src/rules/namespaces/no-default-namespace.ts
var no_default_namespace_default = defineRule({
  id: "namespaces/no-default-namespace",
  target: "object",
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Nothing is deployed to the default namespace.",
    description: "The `default` namespace belongs to no team, usually has no ResourceQuota, LimitRange or NetworkPolicy, and is where objects land by accident. Checked on metadata.namespace, on the namespace given for the file's path, and at admission on the request's namespace.",
    remediation: "Deploy into the team's own namespace.",
    messages: {
      explicit: "{{object}} is in the default namespace, which no team owns and nothing fences.",
      implied: "{{object}} lands in the default namespace ({{via}}), which no team owns and nothing fences."
    }
  },
  check(ctx, o) {
    if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
    if (ctx.run.namespaceOf(o) !== "default") return;
    const object = describeObject(refOf(o));
    if (o.metadata.namespace !== void 0) ctx.report({ messageId: "explicit", at: namespacePointer(o), data: { object } });
    else {
      const via = ctx.run.context.origin === "admission" ? "the request's namespace" : "namespaces.pathNamespaces";
      ctx.report({ messageId: "implied", at: "/metadata", data: { object, via } });
    }
  }
});

// src/rules/namespaces/team-owns-namespace.ts
var team_owns_namespace_default = defineRule({
  id: "namespaces/team-owns-namespace",
  target: "object",
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Teams write only into namespaces they own.",
    description: "In CI the writer is the team owning the file (namespaces.teams.*.paths, else CODEOWNERS, last matching line wins); in the cluster it is the requesting user's team (namespaces.teams.*.users/groups, a service account's namespace owner). The namespace's owner comes from namespaces.teams.*.namespaces, or with zero config from the team owning the file that declares the Namespace. The platform team may write anywhere. With explicit namespace config, a namespace assigned to no team is the platform team's alone. Silent when there is nothing to decide with (no CODEOWNERS, no teams).",
    remediation: "Move the object into a namespace the team owns, move the file to the owning team's path, or change ownership in CODEOWNERS / .tollgate.yaml.",
    boundary: true,
    messages: {
      fileForeign: "{{path}} belongs to {{team}}, but it writes {{object}} into namespace {{namespace}}, which {{owner}} owns.",
      userForeign: "user {{user}} ({{team}}) may not write {{object}} into namespace {{namespace}}, which {{owner}} owns.",
      fileUnassigned: "{{path}} belongs to {{team}}, but it writes {{object}} into namespace {{namespace}}, which no team owns in .tollgate.yaml (only the platform team may write there).",
      userUnassigned: "user {{user}} ({{team}}) may not write {{object}} into namespace {{namespace}}, which no team owns in .tollgate.yaml (only the platform team may write there)."
    }
  },
  check(ctx, o) {
    if (o.kind === "Namespace") return;
    if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
    const namespace = ctx.run.namespaceOf(o);
    if (namespace === void 0) return;
    const writer = writerOf(ctx.run, ctx.config, o);
    if (!writer || writer.platform) return;
    const model = ownershipOf(ctx.run, ctx.config);
    const owner = model.ownerOfNamespace(namespace);
    if (!owner && !model.explicit) return;
    if (!owner && namespace === "default") return;
    if (owner && owner.teams.some((t) => writer.teams.includes(t))) return;
    const file = writer.via === "file";
    ctx.report({
      messageId: owner ? file ? "fileForeign" : "userForeign" : file ? "fileUnassigned" : "userUnassigned",
      at: namespacePointer(o),
      data: {
        path: writer.name,
        user: writer.name,
        team: file ? describeTeams(writer.teams) : writer.teams.length > 0 ? `team ${describeTeams(writer.teams)}` : "no team",
        object: describeObject(refOf(o)),
        namespace,
        owner: owner ? describeTeams(owner.teams) : void 0
      }
    });
  }
});

// src/rules/namespaces/cluster-scoped-by-platform.ts
var cluster_scoped_by_platform_default = defineRule({
  id: "namespaces/cluster-scoped-by-platform",
  target: "object",
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Only the platform team declares cluster-scoped objects.",
    description: "Cluster-scoped kinds (Namespace, ClusterRole, CustomResourceDefinition, PersistentVolume, StorageClass, PriorityClass, webhook configurations, ...) affect every team. Built-in kinds are classified by tollgate, custom kinds by the CRDs in the same run (spec.scope), other kinds by namespaces.unknownKinds (`cluster` makes them platform-only). A Namespace is the exception: with zero config the team owning the file that declares it owns it (when two teams declare the same Namespace, both declarations are reported and neither team owns it); with explicit namespace config only its configured owner or the platform team may declare it. ClusterRoleBindings have their own rule, namespaces/clusterrolebinding-platform-only.",
    remediation: "Move the object to a path the platform team owns (or ask the platform team to add it); for a Namespace, assign it to the team in namespaces.teams.",
    boundary: true,
    messages: {
      clusterScoped: "{{object}} is cluster-scoped, so only the platform team ({{platform}}) may declare it, not {{writer}}.",
      namespaceConflict: "{{writer}} declares Namespace {{namespace}}, which {{others}} declares too; two teams cannot both own it, so assign it under namespaces.teams in .tollgate.yaml.",
      namespaceNotYours: "{{writer}} declares Namespace {{namespace}}, which {{owner}}; only its owner or the platform team ({{platform}}) may declare it."
    }
  },
  check(ctx, o) {
    if (o.kind === "ClusterRoleBinding") return;
    if (scopeFor(ctx.run, ctx.config, o.kind) !== "Cluster") return;
    const writer = writerOf(ctx.run, ctx.config, o);
    if (!writer || writer.platform) return;
    const model = ownershipOf(ctx.run, ctx.config);
    const platform = model.platform.length > 0 ? describeTeams(model.platform) : "none configured";
    const who = describeWriter(writer);
    const namespace = o.metadata.name;
    if (o.kind === "Namespace" && namespace !== void 0) {
      const owner = model.ownerOfNamespace(namespace);
      if (owner?.teams.some((t) => writer.teams.includes(t))) return;
      if (!model.explicit) {
        const others = model.conflictingDeclarations(namespace).filter((d) => d.path !== writer.name && !d.teams.some((t) => writer.teams.includes(t)));
        if (others.length === 0) return;
        const list = others.map((d) => `${describeTeams(d.teams)} in ${d.path}`).join(", ");
        ctx.report({ messageId: "namespaceConflict", at: "/metadata/name", data: { namespace, writer: who, others: list } });
        return;
      }
      ctx.report({
        messageId: "namespaceNotYours",
        at: "/metadata/name",
        data: { namespace, writer: who, platform, owner: owner ? `${describeTeams(owner.teams)} owns` : "no team owns in .tollgate.yaml" }
      });
      return;
    }
    ctx.report({ messageId: "clusterScoped", at: "/kind", data: { object: describeObject(refOf(o)), platform, writer: who } });
  }
});

// src/rules/namespaces/clusterrolebinding-platform-only.ts
var clusterrolebinding_platform_only_default = defineRule({
  id: "namespaces/clusterrolebinding-platform-only",
  target: "object",
  kinds: ["ClusterRoleBinding"],
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Only the platform team binds roles cluster-wide.",
    description: "A ClusterRoleBinding grants its role in every namespace, every team's included; a team that needs permissions in its own namespace uses a RoleBinding there. Decided by the file's owner in CI and by the requesting user at admission, like namespaces/team-owns-namespace.",
    remediation: "Use a RoleBinding in the team's namespace, or have the platform team own the ClusterRoleBinding.",
    boundary: true,
    messages: {
      notPlatform: "ClusterRoleBinding {{name}} grants {{role}} in every namespace; only the platform team ({{platform}}) may bind cluster-wide, not {{writer}}."
    }
  },
  check(ctx, o) {
    const writer = writerOf(ctx.run, ctx.config, o);
    if (!writer || writer.platform) return;
    const model = ownershipOf(ctx.run, ctx.config);
    const ref = isRecord(o.raw.roleRef) ? o.raw.roleRef : {};
    ctx.report({
      messageId: "notPlatform",
      at: isRecord(o.raw.roleRef) ? "/roleRef" : "/kind",
      data: {
        name: o.metadata.name ?? "(unnamed)",
        role: `${typeof ref.kind === "string" ? ref.kind : "ClusterRole"} ${typeof ref.name === "string" ? ref.name : "(unnamed)"}`,
        platform: model.platform.length > 0 ? describeTeams(model.platform) : "none configured",
        writer: describeWriter(writer)
      }
    });
  }
});

// src/rules/namespaces/rolebinding-cross-namespace.ts
var SA_USER = /^system:serviceaccount:([^:]+):([^:]+)$/;
var SA_GROUP = /^system:serviceaccounts:([^:]+)$/;
var rolebinding_cross_namespace_default = defineRule({
  id: "namespaces/rolebinding-cross-namespace",
  target: "object",
  kinds: ["RoleBinding"],
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "RoleBindings do not grant access to another team's service accounts.",
    description: "A RoleBinding subject that is a ServiceAccount of another namespace (kind ServiceAccount with another namespace, the user system:serviceaccount:<ns>:<name>, or the group system:serviceaccounts:<ns>) lets whoever runs pods there act in this namespace. Allowed when both namespaces have the same owner or the subject's namespace belongs to the platform team; reported as a cross-team grant when the owners differ and as a cross-namespace grant when an owner is unknown.",
    remediation: "Run the workload in the namespace it needs access to, or bind a service account of this namespace.",
    boundary: true,
    messages: {
      otherTeam: "RoleBinding {{name}} gives {{subject}} (namespace {{subjectNamespace}}, owned by {{subjectOwner}}) access to namespace {{namespace}}, owned by {{owner}}.",
      otherNamespace: "RoleBinding {{name}} gives {{subject}} of namespace {{subjectNamespace}} access to namespace {{namespace}}; no owner is known that makes them the same team."
    }
  },
  check(ctx, o) {
    const namespace = ctx.run.namespaceOf(o);
    const subjects = o.raw.subjects;
    if (namespace === void 0 || !Array.isArray(subjects)) return;
    const model = ownershipOf(ctx.run, ctx.config);
    const owner = model.ownerOfNamespace(namespace);
    subjects.forEach((s, i) => {
      if (!isRecord(s) || typeof s.name !== "string") return;
      let subjectNamespace;
      let subject;
      if (s.kind === "ServiceAccount") {
        subjectNamespace = typeof s.namespace === "string" && s.namespace !== "" ? s.namespace : namespace;
        subject = `ServiceAccount ${subjectNamespace}/${s.name}`;
      } else if (s.kind === "User" && SA_USER.test(s.name)) {
        subjectNamespace = SA_USER.exec(s.name)[1];
        subject = `user ${s.name}`;
      } else if (s.kind === "Group" && SA_GROUP.test(s.name)) {
        subjectNamespace = SA_GROUP.exec(s.name)[1];
        subject = `the group ${s.name}`;
      } else return;
      if (subjectNamespace === void 0 || subjectNamespace === namespace) return;
      const subjectOwner = model.ownerOfNamespace(subjectNamespace);
      if (subjectOwner && model.isPlatform(subjectOwner.teams)) return;
      const at = `/subjects/${i}`;
      const data = { name: o.metadata.name ?? "(unnamed)", subject, subjectNamespace, namespace };
      if (owner && subjectOwner) {
        if (subjectOwner.teams.some((t) => owner.teams.includes(t))) return;
        ctx.report({ messageId: "otherTeam", at, data: { ...data, subjectOwner: describeTeams(subjectOwner.teams), owner: describeTeams(owner.teams) } });
      } else {
        ctx.report({ messageId: "otherNamespace", at, data });
      }
    });
  }
});

// src/rules/namespaces/rolebinding-broad-subject.ts
var EVERYONE = {
  "system:authenticated": "every authenticated user and service account of the cluster",
  "system:unauthenticated": "every anonymous request",
  "system:serviceaccounts": "every service account of every namespace",
  "system:anonymous": "every anonymous request"
};
var PUBLIC_CLUSTER_ROLES = /* @__PURE__ */ new Set(["system:basic-user", "system:discovery", "system:public-info-viewer"]);
var PUBLIC_NAMESPACES = /* @__PURE__ */ new Set(["kube-public"]);
var rolebinding_broad_subject_default = defineRule({
  id: "namespaces/rolebinding-broad-subject",
  target: "object",
  kinds: ["RoleBinding", "ClusterRoleBinding"],
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Bindings do not grant a team's namespace (or the cluster) to everyone.",
    description: "A RoleBinding whose subject is the group system:authenticated, system:unauthenticated or system:serviceaccounts (or the user system:anonymous) gives every user, every anonymous caller or every pod of the cluster the role in that namespace. Reported in every namespace except those the platform team owns and kube-public. A ClusterRoleBinding to those subjects is reported unless it binds Kubernetes' own discovery roles (system:basic-user, system:discovery, system:public-info-viewer). Service accounts of one other namespace are namespaces/rolebinding-cross-namespace's concern.",
    remediation: "Bind the team's own group, users or service accounts instead of a group that means everyone.",
    boundary: true,
    messages: {
      namespace: "{{kind}} {{name}} grants {{role}} in namespace {{namespace}}{{owner}} to {{subject}}: {{who}}.",
      cluster: "ClusterRoleBinding {{name}} grants {{role}} in every namespace to {{subject}}: {{who}}."
    }
  },
  check(ctx, o) {
    const subjects = o.raw.subjects;
    if (!Array.isArray(subjects)) return;
    const ref = isRecord(o.raw.roleRef) ? o.raw.roleRef : {};
    const roleName = typeof ref.name === "string" ? ref.name : "(unnamed)";
    const role = `${ref.kind === "Role" ? "Role" : "ClusterRole"} ${roleName}`;
    const name = o.metadata.name ?? "(unnamed)";
    let namespace;
    let owner = "";
    if (o.kind === "RoleBinding") {
      namespace = ctx.run.namespaceOf(o);
      if (namespace !== void 0 && PUBLIC_NAMESPACES.has(namespace)) return;
      const model = ownershipOf(ctx.run, ctx.config);
      const nsOwner = namespace !== void 0 ? model.ownerOfNamespace(namespace) : void 0;
      if (nsOwner && model.isPlatform(nsOwner.teams)) return;
      if (nsOwner) owner = ` (owned by ${describeTeams(nsOwner.teams)})`;
    } else if (ref.kind === "ClusterRole" && PUBLIC_CLUSTER_ROLES.has(roleName)) {
      return;
    }
    subjects.forEach((s, i) => {
      if (!isRecord(s) || typeof s.name !== "string") return;
      const who = EVERYONE[s.name];
      if (who === void 0) return;
      if (s.name === "system:anonymous" ? s.kind !== "User" : s.kind !== "Group") return;
      const subject = `${s.kind === "User" ? "the user" : "the group"} ${s.name}`;
      if (o.kind === "RoleBinding") {
        ctx.report({ messageId: "namespace", at: `/subjects/${i}`, data: { kind: o.kind, name, role, namespace: namespace ?? "(unset)", owner, subject, who } });
      } else {
        ctx.report({ messageId: "cluster", at: `/subjects/${i}`, data: { name, role, subject, who } });
      }
    });
  }
});

// src/rules/namespaces/rolebinding-wildcard-clusterrole.ts
var BUILTIN_WILDCARD = /* @__PURE__ */ new Set(["cluster-admin"]);
var rolebinding_wildcard_clusterrole_default = defineRule({
  id: "namespaces/rolebinding-wildcard-clusterrole",
  target: "object",
  kinds: ["RoleBinding"],
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "RoleBindings do not bind ClusterRoles that grant wildcard verbs or resources.",
    description: "A RoleBinding to a ClusterRole with `*` in verbs or resources gives full control of the namespace, including its Roles, RoleBindings and Secrets, so the wall can be rebuilt from inside. ClusterRoles are looked up in the run; the built-in cluster-admin is always a wildcard role. The built-in admin, edit and view roles are designed to be bound per namespace and are not reported.",
    remediation: "Bind a ClusterRole or Role that lists the verbs and resources the subject needs.",
    boundary: true,
    messages: {
      wildcard: "RoleBinding {{name}} binds ClusterRole {{role}}, which grants {{what}}: full control of namespace {{namespace}}, its RBAC and Secrets included.",
      builtin: "RoleBinding {{name}} binds the built-in ClusterRole {{role}} (every verb on every resource): full control of namespace {{namespace}}, its RBAC and Secrets included."
    }
  },
  check(ctx, o) {
    const ref = o.raw.roleRef;
    if (!isRecord(ref) || ref.kind !== "ClusterRole" || typeof ref.name !== "string") return;
    const data = { name: o.metadata.name ?? "(unnamed)", role: ref.name, namespace: ctx.run.namespaceOf(o) ?? "(unknown)" };
    const role = clusterRoles(ctx.run).get(ref.name);
    if (role) {
      const what = wildcards(role);
      if (what) ctx.report({ messageId: "wildcard", at: "/roleRef/name", data: { ...data, what } });
    } else if (BUILTIN_WILDCARD.has(ref.name)) {
      ctx.report({ messageId: "builtin", at: "/roleRef/name", data });
    }
  }
});
function clusterRoles(run) {
  return run.memo("namespaces/cluster-roles", () => {
    const m = /* @__PURE__ */ new Map();
    for (const r of run.byKind("ClusterRole")) if (r.metadata.name !== void 0 && !m.has(r.metadata.name)) m.set(r.metadata.name, r);
    return m;
  });
}
function wildcards(role) {
  const rules = Array.isArray(role.raw.rules) ? role.raw.rules : [];
  let verbs = false;
  let resources = false;
  for (const r of rules) {
    if (!isRecord(r)) continue;
    if (Array.isArray(r.verbs) && r.verbs.includes("*")) verbs = true;
    if (Array.isArray(r.resources) && r.resources.includes("*")) resources = true;
  }
  if (verbs && resources) return "every verb (*) on every resource (*)";
  if (verbs) return "every verb (*)";
  if (resources) return "access to every resource (*)";
  return void 0;
}

// src/rules/namespaces/cross-namespace-reference.ts
var REF_KINDS = ["ServiceAccount", "ConfigMap", "Secret", "PersistentVolumeClaim"];
var cross_namespace_reference_default = defineRule({
  id: "namespaces/cross-namespace-reference",
  target: "workload",
  meta: {
    family: "namespaces",
    severity: "error",
    summary: "Workloads reference ServiceAccounts, ConfigMaps, Secrets and PVCs of their own namespace.",
    description: "Kubernetes resolves a pod's serviceAccountName, configMap/secret volumes and env references, and persistentVolumeClaim volumes in the pod's own namespace. When the run declares the referenced object only in other namespaces, the pod will not start (or, for a ServiceAccount, will not be created). References marked optional, the `default` ServiceAccount and objects the run does not declare at all are not reported.",
    remediation: "Declare the object in the workload's namespace (or move the workload to the namespace that has it).",
    messages: {
      elsewhere: "{{object}} uses {{kind}} {{name}}, which the run declares only in namespace {{others}}; Kubernetes looks it up in {{namespace}}, so the pod will not start."
    }
  },
  check(ctx, w) {
    const namespace = ctx.run.namespaceOf(w.object);
    if (namespace === void 0) return;
    const index = declared(ctx.run);
    for (const ref of referencesOf(w)) {
      const d = index.get(`${ref.kind}/${ref.name}`);
      if (!d || d.unresolved || d.namespaces.has(namespace)) continue;
      ctx.report({
        messageId: "elsewhere",
        at: ref.pointer,
        data: { object: describeObject(refOf(w.object)), kind: ref.kind, name: ref.name, others: [...d.namespaces].sort().join(", "), namespace }
      });
    }
  }
});
function declared(run) {
  return run.memo("namespaces/declared-references", () => {
    const m = /* @__PURE__ */ new Map();
    for (const kind of REF_KINDS) {
      for (const o of run.byKind(kind)) {
        if (o.metadata.name === void 0) continue;
        const key = `${kind}/${o.metadata.name}`;
        let d = m.get(key);
        if (!d) m.set(key, d = { namespaces: /* @__PURE__ */ new Set(), unresolved: false });
        const ns = run.namespaceOf(o);
        if (ns === void 0) d.unresolved = true;
        else d.namespaces.add(ns);
      }
    }
    return m;
  });
}
function referencesOf(w) {
  const out = [];
  const spec = w.podSpec;
  const base = w.podSpecPointer;
  const add = (kind, name, pointer, optional) => {
    if (typeof name === "string" && name !== "" && optional !== true) out.push({ kind, name, pointer });
  };
  const sa = typeof spec.serviceAccountName === "string" ? "serviceAccountName" : "serviceAccount";
  if (spec[sa] !== "default") add("ServiceAccount", spec[sa], joinPointer(base, sa));
  if (Array.isArray(spec.volumes)) {
    spec.volumes.forEach((v, i) => {
      if (!isRecord(v)) return;
      const at = (...t) => joinPointer(base, "volumes", i, ...t);
      if (isRecord(v.configMap)) add("ConfigMap", v.configMap.name, at("configMap", "name"), v.configMap.optional);
      if (isRecord(v.secret)) add("Secret", v.secret.secretName, at("secret", "secretName"), v.secret.optional);
      if (isRecord(v.persistentVolumeClaim)) add("PersistentVolumeClaim", v.persistentVolumeClaim.claimName, at("persistentVolumeClaim", "claimName"));
      const sources = isRecord(v.projected) && Array.isArray(v.projected.sources) ? v.projected.sources : [];
      sources.forEach((s, j) => {
        if (!isRecord(s)) return;
        if (isRecord(s.configMap)) add("ConfigMap", s.configMap.name, at("projected", "sources", j, "configMap", "name"), s.configMap.optional);
        if (isRecord(s.secret)) add("Secret", s.secret.name, at("projected", "sources", j, "secret", "name"), s.secret.optional);
      });
    });
  }
  for (const c of w.all) {
    const env = c.raw.env;
    if (Array.isArray(env)) {
      env.forEach((e, k) => {
        const from = isRecord(e) && isRecord(e.valueFrom) ? e.valueFrom : void 0;
        if (!from) return;
        if (isRecord(from.configMapKeyRef)) add("ConfigMap", from.configMapKeyRef.name, c.pointer("env", k, "valueFrom", "configMapKeyRef", "name"), from.configMapKeyRef.optional);
        if (isRecord(from.secretKeyRef)) add("Secret", from.secretKeyRef.name, c.pointer("env", k, "valueFrom", "secretKeyRef", "name"), from.secretKeyRef.optional);
      });
    }
    const envFrom = c.raw.envFrom;
    if (Array.isArray(envFrom)) {
      envFrom.forEach((e, k) => {
        if (!isRecord(e)) return;
        if (isRecord(e.configMapRef)) add("ConfigMap", e.configMapRef.name, c.pointer("envFrom", k, "configMapRef", "name"), e.configMapRef.optional);
        if (isRecord(e.secretRef)) add("Secret", e.secretRef.name, c.pointer("envFrom", k, "secretRef", "name"), e.secretRef.optional);
      });
    }
  }
  return out;
}

// src/rules/namespaces/namespace-requirement.ts
function namespaceRequirementRule(spec) {
  return defineRule({
    id: spec.id,
    target: "object",
    kinds: ["Namespace"],
    meta: {
      family: "namespaces",
      severity: "warning",
      summary: spec.summary,
      description: `${spec.description} Checked for every Namespace declared in the run except those in the \`exclude\` option (default: kube-system, kube-public, kube-node-lease, default); not checked at admission.`,
      remediation: spec.remediation,
      messages: spec.messages,
      optionsSchema: {
        type: "object",
        additionalProperties: false,
        properties: { exclude: excludeOptionSchema, ...spec.optionsSchema }
      },
      ...spec.defaultOptions ? { defaultOptions: spec.defaultOptions } : {}
    },
    check(ctx, o) {
      if (ctx.run.context.origin === "admission") return;
      const namespace = o.metadata.name;
      if (namespace === void 0 || excluded(namespace, ctx.options)) return;
      const messageId = spec.missing(ctx.run.inNamespace(namespace), ctx.options, ctx.run);
      if (messageId === void 0) return;
      const owner = ownershipOf(ctx.run, ctx.config).ownerOfNamespace(namespace);
      ctx.report({
        messageId,
        at: "/metadata/name",
        data: { namespace, owner: owner ? `owned by ${describeTeams(owner.teams)}` : "no known owner" }
      });
    }
  });
}

// src/rules/namespaces/resource-quota-required.ts
var resource_quota_required_default = namespaceRequirementRule({
  id: "namespaces/resource-quota-required",
  summary: "Team namespaces have a ResourceQuota.",
  description: "Without a ResourceQuota one team's runaway Deployment or forgotten Job can take the whole cluster's capacity from every other team.",
  remediation: "Add a ResourceQuota to the namespace (requests.cpu, requests.memory, limits.memory at least).",
  messages: { missing: "Namespace {{namespace}} ({{owner}}) has no ResourceQuota in the run, so nothing caps what it can take from other teams." },
  missing: (objects) => objects.some((o) => o.kind === "ResourceQuota") ? void 0 : "missing"
});

// src/rules/namespaces/limit-range-required.ts
var limit_range_required_default = namespaceRequirementRule({
  id: "namespaces/limit-range-required",
  summary: "Team namespaces have a LimitRange.",
  description: "A LimitRange gives containers that set no requests or limits sane defaults; with a ResourceQuota on requests or limits, pods without them are otherwise rejected outright.",
  remediation: "Add a LimitRange with defaultRequest and default for containers.",
  messages: { missing: "Namespace {{namespace}} ({{owner}}) has no LimitRange in the run, so containers without requests or limits get no defaults." },
  missing: (objects) => objects.some((o) => o.kind === "LimitRange") ? void 0 : "missing"
});

// src/rules/namespaces/default-deny-network-policy.ts
var default_deny_network_policy_default = namespaceRequirementRule({
  id: "namespaces/default-deny-network-policy",
  summary: "Team namespaces have a default-deny NetworkPolicy.",
  description: "RBAC walls off the API, not the network: without a NetworkPolicy every pod in the cluster can reach every pod in the namespace. A default deny is a NetworkPolicy with an empty podSelector whose policyTypes include Ingress (policyTypes absent means Ingress) and which allows no ingress; with the option `egress: true` the same is required for Egress.",
  remediation: "Add a NetworkPolicy with `podSelector: {}` and `policyTypes: [Ingress, Egress]` and no rules, then allow what each workload needs.",
  messages: {
    missing: "Namespace {{namespace}} ({{owner}}) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods.",
    missingEgress: "Namespace {{namespace}} ({{owner}}) denies ingress by default but not egress; its pods can reach anything."
  },
  optionsSchema: { egress: { type: "boolean", description: "Also require a default deny for Egress." } },
  defaultOptions: { egress: false },
  missing(objects, options) {
    const policies = objects.filter((o) => o.kind === "NetworkPolicy" && selectsAll(o));
    if (!policies.some((p) => denies(p, "Ingress"))) return "missing";
    if (options.egress === true && !policies.some((p) => denies(p, "Egress"))) return "missingEgress";
    return void 0;
  }
});
function selectsAll(p) {
  const spec = isRecord(p.raw.spec) ? p.raw.spec : {};
  const sel = spec.podSelector;
  if (sel === void 0 || sel === null) return true;
  if (!isRecord(sel)) return false;
  const labels = isRecord(sel.matchLabels) ? Object.keys(sel.matchLabels).length : 0;
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0;
  return labels === 0 && exprs === 0;
}
function denies(p, type) {
  const spec = isRecord(p.raw.spec) ? p.raw.spec : {};
  const field = type === "Ingress" ? spec.ingress : spec.egress;
  const allowsNothing = field === void 0 || field === null || Array.isArray(field) && field.length === 0;
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : ["Ingress"];
  return types.includes(type) && allowsNothing;
}

// src/rules/namespaces/index.ts
var namespacesRules = [
  explicit_namespace_default,
  no_default_namespace_default,
  team_owns_namespace_default,
  cluster_scoped_by_platform_default,
  clusterrolebinding_platform_only_default,
  rolebinding_cross_namespace_default,
  rolebinding_broad_subject_default,
  rolebinding_wildcard_clusterrole_default,
  cross_namespace_reference_default,
  resource_quota_required_default,
  limit_range_required_default,
  default_deny_network_policy_default
];

// src/rules/bluegreen/both-slots.ts
var both_slots_default = defineRule({
  id: "bluegreen/both-slots",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "warning",
    summary: "Both slots of a blue-green application exist, and it is clear which is live.",
    description: "The idle slot is the instant rollback: switching back is a one-line selector change only while the previous version is still deployed. This rule warns when a slot is missing or when two main Services select different slots (nobody can tell which is live), and otherwise reports, as an info, which slot is live and which is idle with their replicas and preview Services. The live slot is the one the main Service selects; Services whose name has a `preview`, `idle`, `next` or `test` segment (configurable with `bluegreen.previewNames`) or the annotation `tollgate.dev/bluegreen-role: preview` are previews; a Service named after the slot it selects (`web-blue` selecting blue, or annotated `slot`) fronts that slot for good and is neither.",
    remediation: "Keep the previous slot deployed (it may be scaled down) until the new one has proven itself; mark preview Services with a `-preview` name or the annotation tollgate.dev/bluegreen-role: preview.",
    messages: {
      missing: "{{group}} has no {{missing}} slot (no workload with {{slotKey}}: {{missing}}): there is no instant rollback.",
      single: "{{group}} has only one slot ({{slotKey}}: {{present}}): there is no instant rollback.",
      ambiguous: "{{group}}: Services {{services}} select different slots; mark the preview one with a -preview name or the annotation tollgate.dev/bluegreen-role: preview.",
      liveIdle: "{{group}}: {{live}} is live ({{liveDetail}}); {{idle}} is idle ({{idleDetail}})."
    }
  },
  check(ctx, run) {
    for (const g of blueGreenOf(run, ctx.config.bluegreen).groups) {
      const main = g.services.find((s) => s.role === "main" && s.slot !== void 0) ?? g.services[0];
      const object = main.object;
      const at = main.slot !== void 0 ? joinPointer("/spec/selector", g.slotKey) : "/spec/selector";
      const base = { group: g.label, slotKey: g.slotKey };
      if (g.mainSlots.length > 1) {
        const services = g.services.filter((s) => s.role === "main" && s.slot !== void 0).map((s) => `${s.object.metadata.name} (${s.slot})`);
        ctx.report({ messageId: "ambiguous", object, at, data: { ...base, services: services.join(", ") } });
      }
      const missing = g.slotValues.filter((v) => !g.slots.has(v));
      if (g.slots.size < 2) {
        if (missing.length === 1) ctx.report({ messageId: "missing", object, at, data: { ...base, missing: missing[0] } });
        else ctx.report({ messageId: "single", object, at, data: { ...base, present: [...g.slots.keys()].join(", ") } });
        continue;
      }
      if (g.live === void 0 || !g.slots.has(g.live)) continue;
      const idle = [...g.slots.keys()].filter((s) => s !== g.live);
      ctx.report({
        messageId: "liveIdle",
        severity: "info",
        object,
        at,
        data: {
          ...base,
          live: g.live,
          liveDetail: detail(run, g, g.live),
          idle: idle.join(", "),
          idleDetail: idle.map((s) => detail(run, g, s)).join("; ")
        }
      });
    }
  }
});
function detail(run, g, slot) {
  const parts = [formatCapacity(slotCapacity(run, g.slots.get(slot)))];
  const services = g.services.filter((s) => s.slot === slot).map((s) => `${s.role === "preview" ? "preview " : ""}Service ${s.object.metadata.name}`);
  return [...services, ...parts].join(", ");
}

// src/rules/bluegreen/live-slot-ready.ts
var live_slot_ready_default = defineRule({
  id: "bluegreen/live-slot-ready",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "error",
    summary: "The live slot runs at least one replica and every app container has a readiness probe.",
    description: "The slot the main Service selects takes all traffic. With 0 replicas (or an HPA whose minReplicas is 0) the Service has no endpoints. Without a readiness probe a pod takes traffic as soon as its process starts, so a switch to a slot that is not actually serving goes unnoticed until users see errors; the probe is also what makes `kubectl rollout status` and the smoke test via the preview Service meaningful.",
    remediation: "Scale the live slot to at least 1 replica (HPA minReplicas \u2265 1) and give every app container a readinessProbe.",
    messages: {
      noReplicas: "{{workload}} is the live slot ({{slot}}) of {{group}} but has 0 replicas: the Service routes to nothing.",
      hpaZero: "{{hpa}} may scale the live slot {{workload}} ({{slot}} of {{group}}) to 0 replicas; set minReplicas to at least 1.",
      noReadiness: "{{container}} in the live slot ({{slot}}) of {{group}} has no readinessProbe: pods take traffic before they are ready."
    }
  },
  check(ctx, run) {
    for (const g of blueGreenOf(run, ctx.config.bluegreen).groups) {
      if (g.live === void 0) continue;
      for (const w of g.slots.get(g.live) ?? []) {
        const data = { workload: describeObject(refOf(w.object)), slot: g.live, group: g.label };
        const cap = capacityOf(run, w);
        if (cap.min < 1) {
          if (cap.hpa) ctx.report({ messageId: "hpaZero", object: cap.hpa, at: "/spec/minReplicas", data: { ...data, hpa: describeObject(refOf(cap.hpa)) } });
          else if (w.replicas !== void 0) ctx.report({ messageId: "noReplicas", object: w.object, at: "/spec/replicas", data });
        }
        for (const c of w.containers) {
          if (c.raw.readinessProbe === void 0 || c.raw.readinessProbe === null) {
            ctx.report({ messageId: "noReadiness", object: w.object, at: c.pointer(), container: c.name, data });
          }
        }
      }
    }
  }
});

// src/rules/bluegreen/service-selects-slot.ts
var service_selects_slot_default = defineRule({
  id: "bluegreen/service-selects-slot",
  target: "object",
  kinds: ["Service"],
  meta: {
    family: "bluegreen",
    severity: "error",
    summary: "A Service in front of slot-labelled workloads selects exactly one existing slot.",
    description: "Blue-green by selector runs two full copies of an application whose pods carry a slot label (`slot: blue` / `slot: green`; without `bluegreen.slotKey` in the config, also any Service selector key that tells apart otherwise identical workloads, such as `version: blue|green`, `color: blue|green` or `version: v1.0.0|v2.0.0`, see docs/bluegreen.md) and routes traffic with one Service whose selector names the live slot. A Service that fronts such workloads without selecting on the slot key sends traffic to both versions at once, which is exactly what blue-green exists to prevent. A Service that names a slot nobody has routes to nothing. A preview Service (name segment `preview`, `idle`, `next` or `test`, or annotation `tollgate.dev/bluegreen-role: preview`) pointing at a slot that does not exist is only an info.",
    remediation: "Add the slot key to the Service's selector with the slot that should take traffic (for example `slot: blue`), or fix the slot value.",
    messages: {
      split: "{{service}} fronts slot-labelled workloads but its selector has no {{slotKey}}: traffic is split across {{slots}}.",
      unknownSlot: "{{service}} selects {{slotKey}}: {{slot}}, which is not a slot ({{slotValues}}); it routes to nothing.",
      emptySlot: "{{service}} selects {{slotKey}}: {{slot}}, but no workload of {{group}} is in that slot (present: {{present}}); it routes to nothing.",
      emptyPreview: "Preview {{service}} selects {{slotKey}}: {{slot}}, which has no workload of {{group}} (present: {{present}}); deploy the slot before smoke-testing it."
    }
  },
  check(ctx, svc) {
    const hit = blueGreenOf(ctx.run, ctx.config.bluegreen).byService.get(svc.key);
    if (!hit) return;
    const { group, service } = hit;
    const data = { service: describeObject(refOf(svc)), slotKey: group.slotKey, group: group.label };
    if (service.slot === void 0) {
      const slots = [...group.slots].map(([slot, ws]) => `${slot} (${ws.map(nameOf).join(", ")})`).join(" and ");
      ctx.report({ messageId: "split", at: "/spec/selector", data: { ...data, slots } });
      return;
    }
    const at = joinPointer("/spec/selector", group.slotKey);
    if (!group.slotValues.includes(service.slot)) {
      ctx.report({ messageId: "unknownSlot", at, data: { ...data, slot: service.slot, slotValues: group.slotValues.join(", ") } });
      return;
    }
    if (!group.slots.has(service.slot)) {
      const present = [...group.slots.keys()].join(", ");
      if (service.role === "preview") ctx.report({ messageId: "emptyPreview", at, severity: "info", data: { ...data, slot: service.slot, present } });
      else ctx.report({ messageId: "emptySlot", at, data: { ...data, slot: service.slot, present } });
    }
  }
});

// src/rules/bluegreen/slot-parity.ts
var slot_parity_default = defineRule({
  id: "bluegreen/slot-parity",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "warning",
    summary: "The two slots differ only in the slot label, versions and image tags.",
    description: "A switch should change one thing: the version. When the idle slot also differs in ports, probes, resources, container names, volumes, environment or scheduling, the switch changes those too, and a rollback restores them, which nobody reviewed as such. Workloads are paired across slots by name with the slot value removed (`web-blue` and `web-green`). Strings that differ only by the slot value or the version (`web-config-blue`, `APP_VERSION`) count as equal, and env vars named like a version, release, build or commit may differ. Each difference is reported on the non-live slot with both values.",
    remediation: "Make the slots identical apart from the slot label, version labels and image tag; ship other changes through both slots (deploy to idle, switch) rather than side by side.",
    messages: {
      differs: "{{difference}} (the slots of {{group}} should differ only in slot, version and image tag).",
      unpaired: "{{workload}} in slot {{slot}} of {{group}} has no counterpart in slot {{other}}."
    }
  },
  check(ctx, run) {
    for (const g of blueGreenOf(run, ctx.config.bluegreen).groups) {
      const cfg = g.settings;
      if (g.slots.size < 2) continue;
      const ref = g.live !== void 0 && g.slots.has(g.live) ? g.live : [...g.slots.keys()].sort((a, b) => g.slotValues.indexOf(a) - g.slotValues.indexOf(b))[0];
      const refWorkloads = g.slots.get(ref);
      for (const [slot, workloads] of g.slots) {
        if (slot === ref) continue;
        for (const { a, b } of pair(
          refWorkloads,
          ref,
          workloads,
          slot,
          (w, unpairedSlot, other) => ctx.report({ messageId: "unpaired", object: w.object, at: "/metadata/name", data: { workload: nameOf(w), slot: unpairedSlot, other, group: g.label } })
        )) {
          for (const d of slotDifferences(a, ref, b, slot, cfg)) {
            ctx.report({ messageId: "differs", object: b.object, at: d.pointer, data: { difference: d.text, group: g.label } });
          }
        }
      }
    }
  }
});
function pair(as, aSlot, bs, bSlot, unpaired) {
  if (as.length === 1 && bs.length === 1) return [{ a: as[0], b: bs[0] }];
  const key = (w, slot) => `${w.kind}/${(w.object.metadata.name ?? "").split(slot).join("\0")}`;
  const byKey = new Map(as.map((w) => [key(w, aSlot), w]));
  const out = [];
  const used = /* @__PURE__ */ new Set();
  for (const b of bs) {
    const a = byKey.get(key(b, bSlot));
    if (a) {
      out.push({ a, b });
      used.add(a);
    } else unpaired(b, bSlot, aSlot);
  }
  for (const a of as) if (!used.has(a)) unpaired(a, aSlot, bSlot);
  return out;
}

// src/rules/bluegreen/switch-capacity.ts
var switch_capacity_default = defineRule({
  id: "bluegreen/switch-capacity",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "error",
    boundary: true,
    summary: "The slot a switch moves traffic to has at least the replicas of the slot it replaces.",
    description: "Needs a base (`--base`). When a change flips a Service's selector, the target slot takes the whole load at once; it needs at least as many replicas as the slot that served it before the change (with an HPA, its minReplicas counts, since that is what runs when traffic arrives). The replaced slot's capacity is taken from the base, where it was serving.",
    remediation: "Scale the target slot up to the live slot's replicas (or HPA minimum) in an earlier change, let it become ready, then switch.",
    messages: {
      tooSmall: "{{service}} switches traffic from {{from}} ({{fromCapacity}}) to {{to}} ({{toCapacity}}); {{to}} needs at least {{needed}} replicas to take the load."
    }
  },
  check(ctx, run) {
    for (const s of switchesOf(run, ctx.config.bluegreen)) {
      const from = slotCapacity(s.fromRun, s.fromWorkloads);
      const to = slotCapacity(run, s.toWorkloads);
      if (to.min >= from.min) continue;
      ctx.report({
        messageId: "tooSmall",
        object: s.service,
        at: joinPointer("/spec/selector", s.group.slotKey),
        data: { service: describeObject(refOf(s.service)), from: s.from, to: s.to, fromCapacity: formatCapacity(from), toCapacity: formatCapacity(to), needed: from.min }
      });
    }
  }
});

// src/rules/bluegreen/switch-deploys-first.ts
var switch_deploys_first_default = defineRule({
  id: "bluegreen/switch-deploys-first",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "error",
    boundary: true,
    summary: "A change that switches slots does not also change the slot it switches to.",
    description: "Needs a base (`tollgate check --base <dir or git ref>`; the Action passes the pull request's base). Deploy first, switch second: the new version goes to the idle slot in one change, is rolled out and smoke-tested through the preview Service, and only then does a second change flip the main Service's selector. A change that flips the selector and also edits (or creates) the target slot's workload sends traffic to pods that do not exist yet or were never tested. Only the target slot's spec and labels count; annotations and the other slot may change.",
    remediation: "Split the change: first the target slot's workload (deploy and smoke-test it via the preview Service), then the selector flip on its own.",
    messages: {
      changed: "{{service}} switches traffic from {{from}} to {{to}} in the same change that modifies {{workload}} ({{changes}}); deploy {{to}} first, switch in a separate change.",
      created: "{{service}} switches traffic from {{from}} to {{to}} in the same change that creates {{workload}}; deploy {{to}} first, switch in a separate change."
    }
  },
  check(ctx, run) {
    const base = run.base;
    if (!base) return;
    const index = baseIndex(base);
    for (const s of switchesOf(run, ctx.config.bluegreen)) {
      const at = joinPointer("/spec/selector", s.group.slotKey);
      const data = { service: describeObject(refOf(s.service)), from: s.from, to: s.to };
      for (const w of s.toWorkloads) {
        const before = index.get(`${w.kind}|${nsKey(run, w.object)}|${w.object.metadata.name ?? ""}`);
        const workload = describeObject(refOf(w.object));
        if (!before) {
          ctx.report({ messageId: "created", object: s.service, at, data: { ...data, workload } });
          continue;
        }
        const diff = changedPaths(relevant(before), relevant(w.object));
        if (diff.total === 0) continue;
        const more = diff.total > diff.items.length ? `, and ${diff.total - diff.items.length} more` : "";
        ctx.report({ messageId: "changed", object: s.service, at, data: { ...data, workload, changes: diff.items.join("; ") + more } });
      }
    }
  }
});
function baseIndex(base) {
  return base.memo("bluegreen/base-objects", () => {
    const m = /* @__PURE__ */ new Map();
    for (const o of base.objects) m.set(`${o.kind}|${nsKey(base, o)}|${o.metadata.name ?? ""}`, o);
    return m;
  });
}
function relevant(o) {
  return { metadata: { labels: o.metadata.labels }, spec: o.raw.spec };
}

// src/rules/bluegreen/switch-summary.ts
var switch_summary_default = defineRule({
  id: "bluegreen/switch-summary",
  target: "run",
  meta: {
    family: "bluegreen",
    severity: "info",
    boundary: true,
    summary: "A slot switch says what it does and how to roll it back.",
    description: "Needs a base (`--base`). For every main Service whose slot selector differs between base and head, one info finding in plain words: which slot and version traffic leaves and which it goes to, with replicas (or the HPA range), and the one-line rollback. The Action puts the same sentences in the pull request comment.",
    remediation: "Nothing to fix: read it to be sure the switch is the one you meant.",
    messages: {
      summary: "{{sentence}}"
    }
  },
  check(ctx, run) {
    for (const s of switchesOf(run, ctx.config.bluegreen)) {
      const d = describeSwitch(run, s, ctx.config.bluegreen);
      ctx.report({ messageId: "summary", object: s.service, at: joinPointer("/spec/selector", s.group.slotKey), data: { sentence: d.sentence } });
    }
  }
});

// src/rules/bluegreen/index.ts
var bluegreenRules = [
  service_selects_slot_default,
  both_slots_default,
  live_slot_ready_default,
  slot_parity_default,
  switch_deploys_first_default,
  switch_capacity_default,
  switch_summary_default
];

// src/rules/selectors/overlapping-workloads.ts
var overlapping_workloads_default = defineRule({
  id: "selectors/overlapping-workloads",
  target: "run",
  meta: {
    family: "selectors",
    severity: "warning",
    summary: "No two workloads in a namespace select each other's pods.",
    description: "When a controller's selector also matches the pods of another workload in the same namespace, the controllers compete: a ReplicaSet adopts matching orphan pods and counts them as its replicas, rollouts report the wrong pods, and PodDisruptionBudgets or Services built on the same labels cover both. Kubernetes does not stop it. Blue-green slots are kept apart by the slot label in each selector; a selector on the app label alone overlaps the other slot.",
    remediation: "Add a distinguishing label to each pod template and to the workload's selector (for blue-green: the slot), so each selector matches only its own pods.",
    messages: {
      overlaps: "{{workload}}'s selector {{selector}} also matches the pods of {{other}}; the two controllers will fight over them.",
      mutual: "{{workload}} ({{selector}}) and {{other}} ({{otherSelector}}) select each other's pods; the two controllers will fight over them."
    }
  },
  check(ctx, run) {
    if (run.objects.length < 2) return;
    const index = podIndex(run);
    const reported = /* @__PURE__ */ new Set();
    for (const w of run.workloads) {
      const ws = workloadSelector(w);
      if (!ws?.selector || isEmptySelector(ws.selector)) continue;
      for (const other of index.matching(nsKey(run, w.object), ws.selector)) {
        if (!other.workload || other.object === w.object) continue;
        const pair2 = [w.object.key, other.object.key].sort().join("\n");
        if (reported.has(pair2)) continue;
        reported.add(pair2);
        const back = workloadSelector(other.workload)?.selector;
        const mutual = back !== void 0 && !isEmptySelector(back) && selectorMatches(back, w.podLabels);
        ctx.report({
          messageId: mutual ? "mutual" : "overlaps",
          object: w.object,
          at: ws.pointer,
          data: { workload: describeObject(refOf(w.object)), other: describeObject(refOf(other.object)), selector: formatSelector(ws.selector), otherSelector: back ? formatSelector(back) : "" }
        });
      }
    }
  }
});

// src/rules/selectors/selector-matches-template.ts
var selector_matches_template_default = defineRule({
  id: "selectors/selector-matches-template",
  target: "workload",
  meta: {
    family: "selectors",
    severity: "error",
    summary: "A workload's selector matches its own pod template labels.",
    description: "For Deployments, ReplicaSets, StatefulSets and DaemonSets in apps/v1 the API server requires spec.selector and rejects one that does not match spec.template.metadata.labels (`selector does not match template labels`); an empty selector is rejected too. ReplicationControllers and Jobs with manualSelector are checked when they set a selector. Catching it in review saves a failed apply.",
    remediation: "Make spec.selector a subset of the pod template's labels (usually the app label, plus the slot for blue-green workloads). The selector is immutable after creation, so get it right before the first apply.",
    messages: {
      missing: "{{workload}} has no spec.selector; apps/v1 requires one that matches the pod template labels.",
      malformed: "{{workload}} has a spec.selector that is not a valid label selector (matchExpressions need key and an operator In, NotIn, Exists or DoesNotExist).",
      empty: "{{workload}} has an empty spec.selector, which would select every pod in the namespace; the API server rejects it.",
      mismatch: "{{workload}}'s selector {{selector}} does not match its own pod template: {{unmet}}; the API server rejects it."
    }
  },
  check(ctx, w) {
    const ws = workloadSelector(w);
    if (!ws) return;
    const workload = describeObject(refOf(w.object));
    if (!ws.present) {
      if (ws.required) ctx.report({ messageId: "missing", at: "/spec", data: { workload } });
      return;
    }
    if (!ws.selector) {
      ctx.report({ messageId: "malformed", at: ws.pointer, data: { workload } });
      return;
    }
    if (isEmptySelector(ws.selector)) {
      if (ws.required) ctx.report({ messageId: "empty", at: ws.pointer, data: { workload } });
      return;
    }
    if (selectorMatches(ws.selector, w.podLabels)) return;
    ctx.report({
      messageId: "mismatch",
      at: ws.pointer,
      data: { workload, selector: formatSelector(ws.selector), unmet: unmetRequirements(ws.selector, w.podLabels).join(", ") }
    });
  }
});

// src/rules/selectors/service-matches-nothing.ts
var service_matches_nothing_default = defineRule({
  id: "selectors/service-matches-nothing",
  target: "object",
  kinds: ["Service"],
  meta: {
    family: "selectors",
    severity: "warning",
    summary: "Service selectors match the pods of some workload.",
    description: "A Service whose selector matches no pod template in the run has no endpoints: requests to it fail. The workload may legitimately live elsewhere (another repository, a Helm release), so this is a warning by default, and an info when the run holds no workload at all in that namespace (only some files were checked). Namespaces are compared after resolving unset ones the way `kubectl apply` would. ExternalName Services and Services without a selector (endpoints managed by hand) are not checked. Custom resources with a pod template (an Argo Rollout, for instance) count as workloads. Blue-green Services whose slot has no workload are reported by the bluegreen rules instead.",
    remediation: "Fix the selector or the pod template labels so they match. If the pods are deployed from elsewhere, lower this rule's severity in .tollgate.yaml or exempt the Service.",
    messages: {
      nothing: "{{service}} selects {{selector}}, which matches no workload's pods in namespace {{namespace}}; it will have no endpoints.",
      emptyNamespace: "{{service}} selects {{selector}}, but no workload in namespace {{namespace}} is part of this check; if its pods are deployed from elsewhere this is fine."
    }
  },
  check(ctx, svc) {
    const selector = serviceSelector(svc);
    if (!selector) return;
    if (serviceTargets(ctx.run, svc, ctx.config.podSources).length > 0) return;
    if (blueGreenOf(ctx.run, ctx.config.bluegreen).byService.has(svc.key)) return;
    const ns = ctx.run.namespaceOf(svc);
    const anyInNamespace = podIndex(ctx.run, ctx.config.podSources).inNamespace(ns).length > 0;
    ctx.report({
      messageId: anyInNamespace ? "nothing" : "emptyNamespace",
      at: "/spec/selector",
      ...anyInNamespace ? {} : { severity: "info" },
      data: { service: describeObject(refOf(svc)), selector: formatSelector(selectorFromMap(selector)), namespace: ns ?? "(unset)" }
    });
  }
});

// src/rules/selectors/service-spans-apps.ts
var service_spans_apps_default = defineRule({
  id: "selectors/service-spans-apps",
  target: "object",
  kinds: ["Service"],
  meta: {
    family: "selectors",
    severity: "warning",
    summary: "A Service selects the pods of one application.",
    description: "A Service whose selector is broad enough to match pods of different applications (different `app.kubernetes.io/name` or `app` labels) sends requests to whichever pod answers: a selector `tier: frontend` that catches both `web` and `admin`. The blue and green slots of one application are one application (a trailing `-<slot>` in the app label is ignored), and pods without an app label are not counted. Options: `appLabels`, the labels that name the application, most specific first.",
    remediation: "Add the application's label to the Service selector. If the Service fronts several applications on purpose, suppress the finding on it with a reason.",
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { appLabels: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } } }
    },
    defaultOptions: { appLabels: DEFAULT_APP_LABELS },
    messages: {
      spans: "{{service}} selects pods of {{count}} applications: {{apps}}; requests go to whichever answers."
    }
  },
  check(ctx, svc) {
    if (!serviceSelector(svc)) return;
    const appLabels = ctx.options.appLabels;
    const slotKey = blueGreenSettings(ctx.config.bluegreen).slotKey;
    const apps = /* @__PURE__ */ new Map();
    for (const t of serviceTargets(ctx.run, svc, ctx.config.podSources)) {
      let app = appIdentity(t.labels, appLabels);
      if (app === void 0) continue;
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
  }
});

// src/rules/selectors/index.ts
var selectorsRules = [service_matches_nothing_default, selector_matches_template_default, overlapping_workloads_default, service_spans_apps_default];

// src/rules/cost/budget.ts
var budget_default = defineRule({
  id: "cost/budget",
  target: "run",
  meta: {
    family: "cost",
    severity: "warning",
    summary: "A namespace or team stays within its monthly budget.",
    description: "Budgets come from `cost.budgets` in config: `{ namespace, monthly }` or `{ team, namespaces: [...], monthly }`, in USD per month, on one platform (`platform`, default the first of `cost.platforms`). The namespace's cost is its workloads' share of the nodes (by requests) plus their volumes and load balancers, as `tollgate cost` shows it. The finding is on the Namespace object when the run declares it, else on the namespace's first object.",
    remediation: "Lower requests or replicas in the namespace, or raise its budget in cost.budgets.",
    messages: {
      over: "{{subject}} costs {{cost}}/month on {{platform}}, over its budget of {{budget}} by {{over}}; the largest item is {{largest}}."
    }
  },
  check(ctx, run) {
    const cost = resolveCostConfig(ctx.config.cost);
    if (cost.budgets.length === 0) return;
    const report = estimateIfAvailable(() => estimateCost(run, ctx.config));
    if (report === void 0) return;
    for (const b of cost.budgets) {
      const platform = b.platform ?? cost.platforms[0];
      if (!report.platforms.some((p) => p.platform === platform)) continue;
      const namespaces = b.namespace !== void 0 ? [b.namespace] : [...b.namespaces ?? []];
      const total = report.namespaces.filter((n) => n.namespace !== null && namespaces.includes(n.namespace)).reduce((s, n) => s + (n.monthly[platform] ?? 0), 0);
      if (total <= b.monthly + 5e-3) continue;
      const anchor = namespaces.map((ns) => run.byKind("Namespace").find((o) => o.metadata.name === ns) ?? run.inNamespace(ns)[0]).find((o) => o !== void 0);
      if (anchor === void 0) continue;
      const largest = report.workloads.filter((w) => w.namespace !== null && namespaces.includes(w.namespace)).sort((x, y) => (y.monthly[platform] ?? 0) - (x.monthly[platform] ?? 0))[0];
      ctx.report({
        messageId: "over",
        object: anchor,
        at: anchor.kind === "Namespace" ? "/metadata/name" : "",
        data: {
          subject: b.namespace !== void 0 ? `Namespace ${b.namespace}` : `Team ${b.team} (${namespaces.join(", ")})`,
          cost: usd(total),
          platform: PLATFORM_LABEL[platform],
          budget: usd(b.monthly),
          over: usd(total - b.monthly),
          largest: largest ? `${largest.kind} ${largest.namespace}/${largest.name} at ${usd(largest.monthly[platform] ?? 0)}` : "its load balancers and volumes"
        }
      });
    }
  }
});

// src/rules/cost/increase.ts
var increase_default = defineRule({
  id: "cost/increase",
  target: "run",
  meta: {
    family: "cost",
    severity: "warning",
    summary: "A change does not raise the monthly cost above the configured threshold.",
    description: "Compares the estimate of the base (`--base <dir or git ref>`, the PR's base in the Action) with the head. It reports when the monthly total on a platform rises by more than `cost.increase.absolute` dollars or more than `cost.increase.percent` percent (defaults $50 and 10 %; either one exceeded is enough; a percentage needs a base above $0). The message names the largest line of the change's explanation (a workload, a Service that became a LoadBalancer, volumes, or repacking) and the finding is on that workload or Service when there is one. Without a base the rule says nothing.",
    remediation: "Check the requests and replicas the change adds; if the increase is intended, raise cost.increase or accept the warning.",
    boundary: true,
    messages: {
      increase: "Monthly cost on {{platform}} rises by {{delta}} ({{percent}}) to {{head}}; the largest change is {{workload}} ({{workloadDelta}})."
    }
  },
  check(ctx, run) {
    if (run.base === void 0 || sameCostInputs(run, run.base, ctx.config)) return;
    const cost = resolveCostConfig(ctx.config.cost);
    const report = estimateIfAvailable(() => costForRun(run, ctx.config));
    if (report === void 0) return;
    const { absolute, percent } = cost.increase;
    for (const p of report.platforms) {
      if (cost.increase.platforms && !cost.increase.platforms.includes(p.platform)) continue;
      const delta = p.delta ?? 0;
      const base = p.base ?? 0;
      if (delta <= 0) continue;
      const pct = percentChange(base, delta);
      const overAbsolute = absolute !== void 0 && delta > absolute;
      const overPercent = percent !== void 0 && pct !== void 0 && pct > percent;
      if (!overAbsolute && !overPercent) continue;
      const top = report.changes?.find((c) => c.platform === p.platform)?.why[0];
      const o = top?.object;
      const object = (o && run.objects.find((x) => x.kind === o.kind && x.metadata.name === o.name && (run.namespaceOf(x) ?? null) === o.namespace)) ?? run.objects[0];
      if (object === void 0) continue;
      ctx.report({
        messageId: "increase",
        object,
        at: "",
        data: {
          platform: PLATFORM_LABEL[p.platform],
          delta: usd(delta),
          percent: pct === void 0 ? "new" : `+${pct.toFixed(1)} %`,
          head: usd(p.monthly),
          workload: top ? top.what : "nodes",
          workloadDelta: top ? `${top.delta >= 0 ? "+" : "-"}${usd(Math.abs(top.delta))}` : usd(delta)
        }
      });
    }
  }
});

// src/rules/cost/unpackable.ts
var unpackable_default = defineRule({
  id: "cost/unpackable",
  target: "workload",
  meta: {
    family: "cost",
    severity: "warning",
    summary: "Every pod fits on at least one candidate node type.",
    description: "A pod whose requests exceed what the largest candidate node offers after reservations and DaemonSets stays Pending forever. Candidates are the instance types of the node pool on EKS (`cost.nodePools`, or `cost.eks.instanceTypes` when pinned; GPU types for pods requesting nvidia.com/gpu), and the server and agent types on k3s (servers are schedulable; no Hetzner server has a GPU). Jobs and CronJobs are checked too: one run's pod must fit a node. The pod is left out of the estimate; the finding names the largest candidate and the dimension that does not fit. Only sizes are compared, nothing is packed or priced, so the rule is cheap enough for every admission request.",
    remediation: "Lower the pod's requests, or add a larger instance type to cost.eks.instanceTypes / cost.k3s.agentTypes.",
    messages: {
      unpackable: "{{workload}} fits no {{platform}} node: {{reason}}; the largest candidate is {{largest}}."
    }
  },
  check(ctx, w) {
    if (w.kind === "DaemonSet") return;
    const fit = estimateIfAvailable(() => unpackablePods(ctx.run, ctx.config));
    if (fit === void 0) return;
    const ns = ctx.run.namespaceOf(w.object) ?? null;
    const name = w.object.metadata.name ?? w.object.metadata.generateName ?? "(unnamed)";
    const first = w.containers[0];
    for (const p of fit) {
      const u = p.unpackable.find((x) => x.kind === w.kind && x.namespace === ns && x.name === name);
      if (u === void 0) continue;
      ctx.report({
        messageId: "unpackable",
        at: first ? first.pointer("resources") : w.podSpecPointer,
        data: { workload: `${w.kind} ${ns === null ? "" : `${ns}/`}${name}`, platform: PLATFORM_LABEL[p.platform], reason: u.reason, largest: u.largest }
      });
    }
  }
});

// src/rules/cost/unpriced.ts
var unpriced_default = defineRule({
  id: "cost/unpriced",
  target: "run",
  meta: {
    family: "cost",
    severity: "warning",
    summary: "Everything the manifests ask for has a price on every platform.",
    description: "The estimate never guesses: an extended resource other than nvidia.com/gpu (an FPGA, a custom device), a volume of a storage class that `cost.storageClasses` does not map, or a price kind the snapshot lacks (gp2, io1; EFS on k3s) is left out of the total and listed in the assumptions. This rule makes each one a finding on the object that asks for it, so the total is never read as complete.",
    remediation: "Map the storage class in cost.storageClasses, add the missing price to a --prices snapshot file, or accept the gap.",
    messages: {
      unpriced: "{{subject}}: {{what}} is not priced on {{platform}} ({{reason}}); the total leaves it out."
    }
  },
  check(ctx, run) {
    const platforms = estimateIfAvailable(() => unpricedItems(run, ctx.config));
    if (platforms === void 0) return;
    for (const p of platforms) {
      for (const u of p.unpriced) {
        const object = run.objects.find((o) => o.kind === u.kind && o.metadata.name === u.name && (run.namespaceOf(o) ?? null) === u.namespace);
        if (object === void 0) continue;
        ctx.report({
          messageId: "unpriced",
          object,
          at: "",
          data: { subject: `${u.kind} ${u.namespace === null ? "" : `${u.namespace}/`}${u.name}`, what: u.what, platform: PLATFORM_LABEL[p.platform], reason: u.reason }
        });
      }
    }
  }
});

// src/rules/cost/index.ts
var costRules = [budget_default, increase_default, unpackable_default, unpriced_default];

// src/rules/index.ts
var resourcesRules = [
  cpu_request_required_default,
  memory_request_required_default,
  memory_limit_required_default,
  cpu_limit_required_default,
  ephemeral_storage_required_default,
  limit_below_request_default,
  limit_request_ratio_default,
  invalid_quantity_default
];
var codeRules = [...metaRules, ...resourcesRules, ...namespacesRules, ...selectorsRules, ...bluegreenRules, ...costRules];

// src/registry.ts
function buildRegistry(policyTexts) {
  const policies = policyTexts.map((p) => loadPolicy(p.file, p.text));
  const seen = new Map(codeRules.map((r) => [r.id, "built-in code rule"]));
  for (const p of policies) {
    const other = seen.get(p.rule.id);
    if (other) throw new ConfigInvalid(p.file, [{ field: "id", message: `rule id "${p.rule.id}" is already defined by ${other}` }]);
    seen.set(p.rule.id, p.file);
  }
  return { rules: [...codeRules, ...policies.map((p) => p.rule)], policies };
}

// src/workspace/config.ts
function packageRoot() {
  let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json")) && (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "policies"))) return dir;
    dir = (0, import_node_path.dirname)(dir);
  }
  throw new Error("cannot find tollgate's package root (policies/ missing from the installation)");
}
function toolVersion() {
  try {
    return JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}
function loadConfigFile(explicit, cwd, firstPath) {
  const candidates = explicit ? [explicit] : configCandidates(cwd, firstPath);
  for (const c of candidates) {
    const abs = (0, import_node_path.resolve)(cwd, c);
    if (!(0, import_node_fs.existsSync)(abs)) {
      if (explicit) throw new UsageError(`config file ${explicit} not found`);
      continue;
    }
    const text = (0, import_node_fs.readFileSync)(abs, "utf8");
    const parsed = parseYamlText(c, text);
    if (parsed.problems.length > 0) {
      const p = parsed.problems[0];
      throw new ConfigInvalid(c, [{ field: "(file)", message: p.message, ...p.line ? { line: p.line, column: p.column ?? 1 } : {} }]);
    }
    const doc = parsed.documents[0];
    return { config: parseConfig(doc?.value, c, doc), file: abs };
  }
  return { config: EMPTY_CONFIG };
}
function configCandidates(cwd, firstPath) {
  const out = [];
  let dir = firstPath && firstPath !== "-" ? (0, import_node_path.resolve)(cwd, firstPath) : cwd;
  if ((0, import_node_fs.existsSync)(dir) && !(0, import_node_fs.statSync)(dir).isDirectory()) dir = (0, import_node_path.dirname)(dir);
  const stop = (0, import_node_path.resolve)(cwd);
  for (let i = 0; i < 64; i++) {
    for (const n of [".tollgate.yaml", ".tollgate.yml"]) out.push((0, import_node_path.relative)(cwd, (0, import_node_path.join)(dir, n)) || n);
    if (dir === stop || !dir.startsWith(stop + import_node_path.sep)) break;
    dir = (0, import_node_path.dirname)(dir);
  }
  if (!out.includes(".tollgate.yaml")) out.push(".tollgate.yaml", ".tollgate.yml");
  return out;
}
function readCodeowners(root) {
  for (const p of [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]) {
    const abs = (0, import_node_path.join)(root, p);
    if ((0, import_node_fs.existsSync)(abs)) return { file: p, text: (0, import_node_fs.readFileSync)(abs, "utf8") };
  }
  return void 0;
}
function repoRoot(configFile, cwd) {
  if (configFile) return (0, import_node_path.dirname)(configFile);
  let dir = (0, import_node_path.resolve)(cwd);
  for (let i = 0; i < 64; i++) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git"))) return dir;
    const up = (0, import_node_path.dirname)(dir);
    if (up === dir) break;
    dir = up;
  }
  return (0, import_node_path.resolve)(cwd);
}
function fileRunContext(config, configFile, cwd) {
  const root = repoRoot(configFile, cwd);
  const codeowners = readCodeowners(root);
  const repoPathOf = (file) => file === "<stdin>" ? file : (0, import_node_path.relative)(root, (0, import_node_path.resolve)(cwd, file)).split(import_node_path.sep).join("/");
  const namespaceForFile = namespaceForFileFrom(config.namespaces, repoPathOf);
  return {
    origin: "files",
    repoPathOf,
    ...namespaceForFile ? { namespaceForFile } : {},
    ...codeowners ? { codeowners } : {}
  };
}
function readPolicyDir(dir, label) {
  if (!(0, import_node_fs.existsSync)(dir)) throw new UsageError(`policy directory ${label} not found`);
  return (0, import_node_fs.readdirSync)(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort().map((f) => ({ file: `${label}/${f}`, text: (0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, f), "utf8") }));
}
function loadRegistry(config, configFile, cwd, extraDirs = [], builtinDir = (0, import_node_path.join)(packageRoot(), "policies")) {
  const texts = readPolicyDir(builtinDir, "policies");
  const base = configFile ? (0, import_node_path.dirname)(configFile) : cwd;
  config.policies.forEach((d, i) => {
    const dir = (0, import_node_path.resolve)(base, d);
    if (configFile && !(0, import_node_fs.existsSync)(dir)) {
      const at = config.source?.locate(`/policies/${i}`);
      throw new ConfigInvalid((0, import_node_path.relative)(cwd, configFile) || configFile, [{ field: `policies[${i}]`, message: `policy directory ${d} not found (${dir}; relative to the config file)`, ...at ? { line: at.line, column: at.column } : {} }]);
    }
    texts.push(...readPolicyDir(dir, d));
  });
  for (const d of extraDirs) texts.push(...readPolicyDir((0, import_node_path.resolve)(cwd, d), d));
  return buildRegistry(texts);
}

export {
  require_node_v8,
  usePrecompiledPolicyValidators,
  packageRoot,
  toolVersion,
  loadConfigFile,
  readCodeowners,
  repoRoot,
  fileRunContext,
  readPolicyDir,
  loadRegistry
};
