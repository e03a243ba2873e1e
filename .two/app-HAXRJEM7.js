import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  IGNORE_ANNOTATION,
  Run,
  checkDocuments,
  resolveRules
} from "./chunk-YOIGH54F.js";
import {
  admissionSettings,
  documentFromValue
} from "./chunk-D7ZPSO3Y.js";
import {
  Ownership,
  describeObject,
  globMatch,
  isRecord,
  makeObject
} from "./chunk-Q5AAYJWF.js";
import {
  clip
} from "./chunk-TRBOOR5D.js";
import {
  kindLabel,
  ruleLabeller
} from "./chunk-MNWIGC3S.js";
import {
  builtinScope
} from "./chunk-UEKSHHOG.js";
import "./chunk-HMYCOVW3.js";

// src/admission/app.ts
import express from "express";

// src/admission/messages.ts
var MAX_DENY_MESSAGE = 1024;
var MAX_WARNING = 120;
var MAX_WARNINGS_TOTAL = 4096;
function denyMessage(what, violations, internalErrors = []) {
  const lines = [];
  for (const f of violations) {
    const where = f.container ? ` (container ${f.container})` : "";
    const fix = f.remediation ? ` Fix: ${f.remediation}` : "";
    lines.push(oneLine(`- ${f.ruleId}${where}: ${firstClause(f.message)}.${fix}`));
  }
  for (const e of internalErrors) lines.push(oneLine(`- tollgate internal error: ${e}`));
  const count = violations.length;
  const header = count > 0 ? `${what} violates ${count === 1 ? "a tollgate rule" : `${count} tollgate rules`}:` : `tollgate could not evaluate ${what} and is configured to deny (onError: deny):`;
  let out = header;
  for (let i = 0; i < lines.length; i++) {
    const more = lines.length - i - 1;
    const tail = more > 0 ? `
\u2026and ${more} more` : "";
    const line = truncate(lines[i], MAX_DENY_MESSAGE - header.length - 16);
    if (byteLength(out + "\n" + line + tail) > MAX_DENY_MESSAGE) {
      out += `
\u2026and ${lines.length - i} more`;
      break;
    }
    out += "\n" + line;
  }
  return out;
}
function warningList(findings, extra = []) {
  const items = [...extra, ...findings.map(warningText)].map((s) => truncate(oneLine(s), MAX_WARNING));
  const out = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const reserve = i < items.length - 1 ? 40 : 0;
    if (total + byteLength(item) + reserve > MAX_WARNINGS_TOTAL) {
      out.push(`\u2026and ${items.length - i} more tollgate warnings`);
      break;
    }
    out.push(item);
    total += byteLength(item);
  }
  return out;
}
function warningText(f) {
  const full = oneLine(`${f.ruleId}: ${f.message}`);
  return Array.from(full).length <= MAX_WARNING ? full : `${f.ruleId}: ${firstClause(f.message)}`;
}
function firstClause(message) {
  const at = message.indexOf("; ");
  return (at > 0 ? message.slice(0, at) : message).replace(/[.\s]+$/, "");
}
function oneLine(s) {
  return s.replace(/\s+/g, " ").trim();
}
function truncate(s, max) {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  return chars.slice(0, max - 1).join("").trimEnd() + "\u2026";
}
function byteLength(s) {
  return Buffer.byteLength(s, "utf8");
}

// src/admission/evaluate.ts
var RULE_ERROR = "tollgate/rule-error";
var SCALE_FAMILIES = /* @__PURE__ */ new Set(["cost", "bluegreen"]);
function createEvaluator(options) {
  const { config } = options;
  const settings = admissionSettings(config, options.ownNamespace);
  const resolved = resolveRules(options.rules, config);
  const modes = /* @__PURE__ */ new Map();
  for (const r of resolved) if (r.setting.mode) modes.set(r.rule.id, r.setting.mode);
  const modeOf = (ruleId) => modes.get(ruleId) ?? settings.mode;
  const actionOf = (f) => {
    const mode = modeOf(f.ruleId);
    if (mode === "audit" || f.severity === "info") return "audit";
    if (mode === "warn" || f.severity === "warning") return "warn";
    return "deny";
  };
  const boundaryIds = new Set(options.rules.filter((r) => r.meta.boundary === true).map((r) => r.id));
  const sets = {
    all: { rules: options.rules, resolved },
    boundary: subset((r) => r.meta.boundary === true),
    scale: subset((r) => r.meta.boundary === true || SCALE_FAMILIES.has(r.meta.family))
  };
  function subset(keep) {
    return { rules: options.rules.filter(keep), resolved: resolved.filter((r) => keep(r.rule)) };
  }
  const ownership = new Ownership(config.namespaces);
  const mayExempt = (u) => {
    const by = settings.exemptionsBy;
    if (by === void 0) return ownership.isPlatformUser(u) || ownership.isPlatform(ownership.teamsOfUser(u));
    const groups = u.groups ?? [];
    return u.username !== void 0 && by.users.some((p) => globMatch(p, u.username)) || by.groups.some((p) => groups.some((g) => globMatch(p, g)));
  };
  const honoured = { annotationSuppressions: settings.annotationExemptions };
  const ignored = { annotationSuppressions: "none" };
  const findingsFor = (set, value, index, context, exempt, baseRun) => checkDocuments({
    documents: [documentFromValue(value, index)],
    rules: set.rules,
    resolved: set.resolved,
    config,
    context,
    engine: exempt ? honoured : ignored,
    ...baseRun ? { baseRun } : {}
  }).findings;
  function evaluate(req) {
    const skip = skipReason(req, settings);
    if (skip) return { response: { uid: req.uid, allowed: true }, decision: "skip", skipped: skip, denied: [], warned: [], audited: [], errors: [] };
    const subject = subjectOf(req, options.workloadOf);
    if (subject === void 0) {
      return { response: { uid: req.uid, allowed: true }, decision: "skip", skipped: "subresource", denied: [], warned: [], audited: [], errors: [] };
    }
    const set = isKubernetesItself(req.userInfo) ? sets.boundary : sets[subject.set];
    const { object, old: oldValue } = subject;
    const old = oldObjectOf(oldValue);
    const context = {
      origin: "admission",
      admission: {
        operation: req.operation,
        userInfo: req.userInfo,
        ...req.namespace !== "" ? { namespace: req.namespace } : {},
        dryRun: req.dryRun,
        ...old ? { oldObject: old } : {}
      }
    };
    const exempt = settings.annotationExemptions !== "none" && hasIgnoreAnnotation(object) && mayExempt(req.userInfo);
    const errors = [];
    let findings;
    try {
      findings = findingsFor(set, object, 0, context, exempt, old ? new Run([old], context) : void 0);
    } catch (e) {
      errors.push({ message: `the engine failed: ${e instanceof Error ? e.message : String(e)}` });
      findings = [];
    }
    const notHonoured = exempt || settings.annotationExemptions === "none" || set === sets.boundary ? void 0 : ignoredAnnotation(object);
    if (findings.length === 0 && errors.length === 0 && notHonoured === void 0) {
      return { response: { uid: req.uid, allowed: true }, decision: "allow", denied: [], warned: [], audited: [], errors };
    }
    const deny = [];
    const warn = [];
    const audit = [];
    for (const f of findings) {
      if (f.ruleId === RULE_ERROR) {
        errors.push({ rule: /^rule (\S+) failed/.exec(f.message)?.[1] ?? "unknown", message: f.message });
        continue;
      }
      const a = actionOf(f);
      (a === "deny" ? deny : a === "warn" ? warn : audit).push(f);
    }
    const preexisting = [];
    const grandfather = settings.update === "new-only" || subject.set !== "all" || oldValue !== void 0 && judgedEqual(oldValue, object);
    if (deny.some((f) => !boundaryIds.has(f.ruleId)) && req.operation === "UPDATE" && grandfather && oldValue) {
      let before;
      try {
        before = new Set(findingsFor(set, oldValue, 1, context, exempt).filter((f) => !boundaryIds.has(f.ruleId)).map(identity));
      } catch {
        before = void 0;
      }
      if (before) {
        for (let i = deny.length - 1; i >= 0; i--) {
          const f = deny[i];
          if (!boundaryIds.has(f.ruleId) && before.has(identity(f))) preexisting.unshift(...deny.splice(i, 1));
        }
      }
    }
    const failClosed = errors.length > 0 && settings.onError === "deny";
    const warnings = warningList([
      ...warn.filter((f) => f.severity === "error"),
      ...preexisting.map((f) => ({ ...f, message: `(already present, not blocking) ${f.message}` })),
      ...warn.filter((f) => f.severity !== "error")
    ], [
      ...notHonoured ? [notHonoured] : [],
      ...failClosed ? [] : errors.map((e) => `tollgate could not evaluate ${e.rule ?? "this object"}; allowed (onError: allow)`)
    ]);
    const kind = subject.kind;
    const name = nameOf(req);
    const what = describeObject({
      kind,
      // cluster-scoped objects have no namespace (the API server sends a Namespace's own name there)
      ...req.namespace && builtinScope(kind) !== "Cluster" ? { namespace: req.namespace } : {},
      ...name ? { name } : {}
    });
    let response;
    if (deny.length > 0 || failClosed) {
      const message = denyMessage(what, deny, failClosed ? errors.map((e) => e.message) : []);
      response = {
        uid: req.uid,
        allowed: false,
        status: deny.length > 0 ? { code: 403, reason: "Forbidden", message } : { code: 500, reason: "InternalError", message },
        ...warnings.length > 0 ? { warnings } : {}
      };
    } else {
      response = { uid: req.uid, allowed: true, ...warnings.length > 0 ? { warnings } : {} };
    }
    return {
      response,
      decision: response.allowed ? warnings.length > 0 ? "warn" : "allow" : "deny",
      denied: deny.map((f) => f.ruleId),
      warned: [...warn, ...preexisting].map((f) => f.ruleId),
      audited: audit.map((f) => f.ruleId),
      errors
    };
  }
  return { settings, evaluate };
}
var SCALABLE = {
  deployments: "Deployment",
  statefulsets: "StatefulSet",
  replicasets: "ReplicaSet",
  replicationcontrollers: "ReplicationController"
};
function subjectOf(req, workloadOf) {
  const object = req.object;
  const old = req.oldObject ?? void 0;
  if (!req.subResource) return { object, old, kind: req.kind.kind || String(object.kind ?? "object"), set: "all" };
  if (req.subResource === "ephemeralcontainers" && req.resource.resource === "pods" && object.kind === "Pod") {
    return { object, old, kind: "Pod", set: "boundary" };
  }
  const kind = SCALABLE[req.resource.resource];
  if (req.subResource === "scale" && kind !== void 0) {
    const apiVersion = req.resource.group ? `${req.resource.group}/${req.resource.version}` : req.resource.version;
    const name = nameOf(req) ?? "";
    const replicas = replicasOf(object);
    const oldReplicas = old ? replicasOf(old) : void 0;
    const workload = workloadOf?.({ apiVersion, kind, namespace: req.namespace, name });
    if (workload && replicas !== void 0) {
      return {
        object: withReplicas(workload, replicas),
        old: oldReplicas !== void 0 ? withReplicas(workload, oldReplicas) : void 0,
        kind,
        set: "scale"
      };
    }
    const stub = { apiVersion, kind, metadata: { name, ...req.namespace ? { namespace: req.namespace } : {} }, spec: replicas !== void 0 ? { replicas } : {} };
    return { object: stub, old: void 0, kind, set: "boundary" };
  }
  return void 0;
}
function replicasOf(scale) {
  const r = isRecord(scale.spec) ? scale.spec.replicas : void 0;
  return typeof r === "number" && Number.isInteger(r) && r >= 0 ? r : void 0;
}
function withReplicas(workload, replicas) {
  return { ...workload, spec: { ...isRecord(workload.spec) ? workload.spec : {}, replicas } };
}
function isKubernetesItself(u) {
  const name = u.username ?? "";
  return name.startsWith("system:serviceaccount:kube-system:") || name.startsWith("system:node:") || name === "system:apiserver" || name === "system:kube-controller-manager" || name === "system:kube-scheduler" || (u.groups ?? []).includes("system:nodes");
}
function hasIgnoreAnnotation(object) {
  const md = object.metadata;
  return isRecord(md) && isRecord(md.annotations) && md.annotations[IGNORE_ANNOTATION] !== void 0;
}
function ignoredAnnotation(object) {
  const md = isRecord(object.metadata) ? object.metadata : void 0;
  const value = md && isRecord(md.annotations) ? md.annotations[IGNORE_ANNOTATION] : void 0;
  if (typeof value !== "string") return void 0;
  const entries = value.split(",").map((e) => e.trim()).filter((e) => e !== "");
  if (entries.length === 0) return void 0;
  const shown = entries.slice(0, 10).join(", ") + (entries.length > 10 ? `, \u2026and ${entries.length - 10} more` : "");
  return `${IGNORE_ANNOTATION} not honoured (admission.exemptionsBy): ${shown}`;
}
var UNJUDGED_METADATA = /* @__PURE__ */ new Set(["annotations", "finalizers", "ownerReferences", "managedFields", "resourceVersion", "generation", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink"]);
var RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";
function judgedEqual(a, b) {
  return deepEqual(judged(a), judged(b));
}
function judged(o) {
  const out = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === "status") continue;
    if (k === "metadata" && isRecord(v)) {
      const md = {};
      for (const [mk, mv] of Object.entries(v)) if (!UNJUDGED_METADATA.has(mk)) md[mk] = mv;
      const ann = isRecord(v.annotations) ? Object.entries(v.annotations).filter(([ak]) => ak.startsWith("tollgate.dev/")) : [];
      if (ann.length > 0) md.annotations = Object.fromEntries(ann);
      out[k] = md;
    } else if (k === "spec" && isRecord(v)) {
      out[k] = withoutRestartedAt(v);
    } else out[k] = v;
  }
  return out;
}
function withoutRestartedAt(spec) {
  const strip = (template) => {
    if (!isRecord(template) || !isRecord(template.metadata) || !isRecord(template.metadata.annotations)) return template;
    if (!(RESTARTED_AT in template.metadata.annotations)) return template;
    const { [RESTARTED_AT]: _gone, ...annotations } = template.metadata.annotations;
    const { annotations: _all, ...metadata } = template.metadata;
    return { ...template, metadata: Object.keys(annotations).length > 0 ? { ...metadata, annotations } : metadata };
  };
  let out = spec;
  if (isRecord(spec.template)) out = { ...out, template: strip(spec.template) };
  if (isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec) && isRecord(spec.jobTemplate.spec.template)) {
    out = { ...out, jobTemplate: { ...spec.jobTemplate, spec: { ...spec.jobTemplate.spec, template: strip(spec.jobTemplate.spec.template) } } };
  }
  return out;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (!isRecord(a) || !isRecord(b) || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
function nameOf(req) {
  if (req.name) return req.name;
  const md = req.object?.metadata;
  if (isRecord(md)) {
    if (typeof md.name === "string" && md.name) return md.name;
    if (typeof md.generateName === "string" && md.generateName) return md.generateName;
  }
  return void 0;
}
function skipReason(req, s) {
  if (req.operation !== "CREATE" && req.operation !== "UPDATE") return "operation";
  if (req.subResource && req.object === null) return "subresource";
  if (req.namespace && s.exemptNamespaces.some((p) => globMatch(p, req.namespace))) return "namespace";
  const user = req.userInfo.username;
  if (user !== void 0 && s.exemptUsers.some((p) => globMatch(p, user))) return "user";
  const groups = req.userInfo.groups ?? [];
  if (s.exemptGroups.some((p) => groups.some((g) => globMatch(p, g)))) return "group";
  return void 0;
}
function oldObjectOf(o) {
  if (!o || typeof o.kind !== "string" || typeof o.apiVersion !== "string") return void 0;
  return makeObject(o, documentFromValue(o, 1), "");
}
function identity(f) {
  const pointer = f.pointer ?? "";
  const field = f.container !== void 0 ? pointer.replace(/^.*\/(containers|initContainers|ephemeralContainers)\/\d+/, "/$1/*") : pointer;
  return `${f.ruleId}\0${f.container ?? ""}\0${field}`;
}

// src/admission/review.ts
var REVIEW_API_VERSION = "admission.k8s.io/v1";
var REVIEW_KIND = "AdmissionReview";
var OPERATIONS = ["CREATE", "UPDATE", "DELETE", "CONNECT"];
var BadReview = class extends Error {
};
function parseReview(body) {
  if (body === void 0 || isRecord(body) && Object.keys(body).length === 0) throw new BadReview("the body is empty");
  if (!isRecord(body)) throw new BadReview("the body is not a JSON object");
  if (body.kind !== REVIEW_KIND) throw new BadReview(`kind must be "${REVIEW_KIND}"`);
  if (body.apiVersion !== REVIEW_API_VERSION) {
    throw new BadReview(`apiVersion must be "${REVIEW_API_VERSION}" (set admissionReviewVersions: [v1] in the webhook configuration)`);
  }
  const r = body.request;
  if (!isRecord(r)) throw new BadReview("request is missing");
  if (typeof r.uid !== "string" || r.uid === "") throw new BadReview("request.uid is missing");
  if (typeof r.operation !== "string" || !OPERATIONS.includes(r.operation)) {
    throw new BadReview(`request.operation must be one of ${OPERATIONS.join(", ")}`);
  }
  const operation = r.operation;
  const kind = isRecord(r.kind) ? r.kind : {};
  const resource = isRecord(r.resource) ? r.resource : {};
  const object = isRecord(r.object) ? r.object : null;
  const oldObject = isRecord(r.oldObject) ? r.oldObject : null;
  if ((operation === "CREATE" || operation === "UPDATE") && object === null && !r.subResource) {
    throw new BadReview(`request.object is missing for ${operation}`);
  }
  const u = isRecord(r.userInfo) ? r.userInfo : {};
  const userInfo = {};
  if (typeof u.username === "string") userInfo.username = u.username;
  if (typeof u.uid === "string") userInfo.uid = u.uid;
  if (Array.isArray(u.groups)) userInfo.groups = u.groups.filter((g) => typeof g === "string");
  return {
    uid: r.uid,
    kind: { group: str(kind.group), version: str(kind.version), kind: str(kind.kind) },
    resource: { group: str(resource.group), version: str(resource.version), resource: str(resource.resource) },
    ...typeof r.subResource === "string" && r.subResource !== "" ? { subResource: r.subResource } : {},
    name: str(r.name),
    namespace: str(r.namespace),
    operation,
    userInfo,
    object,
    oldObject,
    dryRun: r.dryRun === true
  };
}
function uidOf(body) {
  if (!isRecord(body) || !isRecord(body.request)) return void 0;
  return typeof body.request.uid === "string" ? body.request.uid : void 0;
}
function reviewResponse(response) {
  return { apiVersion: REVIEW_API_VERSION, kind: REVIEW_KIND, response };
}
function str(v) {
  return typeof v === "string" ? v : "";
}

// src/admission/app.ts
var DEFAULT_BODY_LIMIT = "8mb";
function createApp(deps) {
  const { logger, metrics, readiness } = deps;
  const clock = deps.clock ?? (() => performance.now());
  const evaluator = createEvaluator({ rules: deps.rules, config: deps.config, ...deps.ownNamespace ? { ownNamespace: deps.ownNamespace } : {} });
  const onError = evaluator.settings.onError;
  const ruleLabel = ruleLabeller(deps.rules.map((r) => r.id));
  const serveMetrics = deps.serveMetrics ?? true;
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.post(
    "/validate",
    // /validate is the first route: under load it is nearly every request, so only the in-flight
    // count runs before it, and the content type is looked at again only when express.json() did
    // not take the body.
    (_req, res, next) => {
      metrics.inFlight.inc();
      res.once("close", () => metrics.inFlight.dec());
      next();
    },
    express.json({ limit: deps.bodyLimit ?? DEFAULT_BODY_LIMIT, strict: true }),
    (req, res) => {
      const started = clock();
      if (req.body === void 0 && !req.is("application/json")) {
        sendError(res, 415, "unsupported-media-type", `Content-Type must be application/json, got ${JSON.stringify(req.get("content-type") ?? "(none)")}`);
        metrics.errors.inc({ type: "unsupported_media_type" });
        logger.log("warn", "rejected request", { status: 415, error: "unsupported-media-type" });
        return;
      }
      let request;
      try {
        request = parseReview(req.body);
      } catch (e) {
        if (!(e instanceof BadReview)) throw e;
        const uid = uidOf(req.body);
        sendError(res, 400, "bad-review", `not an admission.k8s.io/v1 AdmissionReview: ${e.message}`);
        metrics.errors.inc({ type: "bad_request" });
        logger.log("warn", "rejected request", { status: 400, error: "bad-review", reason: e.message, uid: uid === void 0 ? void 0 : clip(uid, MAX_LOGGED_UID) });
        return;
      }
      let outcome;
      try {
        outcome = evaluator.evaluate(request);
      } catch (e) {
        outcome = failureOutcome(request, onError, `the webhook failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      res.json(reviewResponse(outcome.response));
      record(request, outcome, (clock() - started) / 1e3);
    }
  );
  app.get("/healthz", (_req, res) => {
    res.type("text/plain").send("ok");
  });
  app.get("/readyz", (_req, res) => {
    const ok = readiness.ready && !readiness.shuttingDown;
    res.status(ok ? 200 : 503).type("text/plain").send(ok ? "ok" : readiness.shuttingDown ? "shutting down" : "not ready");
  });
  if (serveMetrics) {
    app.get("/metrics", async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  const routes = `POST /validate, GET /healthz, /readyz${serveMetrics ? " and /metrics" : " (/metrics is on the metrics port)"}`;
  app.use((_req, res) => {
    sendError(res, 404, "not-found", `tollgate answers ${routes}`);
  });
  app.use((err, req, res, _next) => {
    const type = err.type;
    const encoding = req.get("content-encoding")?.toLowerCase() ?? "identity";
    if (type === void 0 && encoding !== "identity" && isDecompressionError(err)) {
      sendError(res, 400, "bad-encoding", `the body is not valid ${clip(encoding, 16)} data (Content-Encoding)`);
      metrics.errors.inc({ type: "bad_encoding" });
      logger.log("warn", "rejected request", { status: 400, error: "bad-encoding", encoding: clip(encoding, 16) });
    } else if (type === "entity.too.large") {
      const limit = err.limit;
      sendError(res, 413, "too-large", `the body exceeds the webhook's limit of ${limit ?? deps.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes`);
      metrics.errors.inc({ type: "too_large" });
      logger.log("warn", "rejected request", { status: 413, error: "too-large" });
    } else if (type === "entity.parse.failed") {
      sendError(res, 400, "invalid-json", "the body is not valid JSON");
      metrics.errors.inc({ type: "bad_request" });
      logger.log("warn", "rejected request", { status: 400, error: "invalid-json" });
    } else if (type === "encoding.unsupported" || type === "charset.unsupported") {
      sendError(res, 415, "unsupported-media-type", "the body must be UTF-8 JSON");
      metrics.errors.inc({ type: "unsupported_media_type" });
      logger.log("warn", "rejected request", { status: 415, error: type });
    } else if (type === "request.aborted" || type === "request.size.invalid" || type === "stream.encoding.set") {
      sendError(res, 400, "bad-request", "the request body was incomplete");
      metrics.errors.inc({ type: "bad_request" });
    } else {
      sendError(res, 500, "internal", "internal error");
      metrics.errors.inc({ type: "internal" });
      logger.log("error", "unhandled error", { error: err instanceof Error ? err.message : String(err) });
    }
  });
  function record(req, o, seconds) {
    metrics.requests.inc({ operation: req.operation, kind: kindLabel(req.kind.kind), decision: o.decision });
    metrics.duration.observe({ operation: req.operation }, seconds);
    for (const rule of o.denied) metrics.violations.inc({ rule: ruleLabel(rule), action: "deny" });
    for (const rule of o.warned) metrics.violations.inc({ rule: ruleLabel(rule), action: "warn" });
    for (const rule of o.audited) metrics.violations.inc({ rule: ruleLabel(rule), action: "audit" });
    for (const e of o.errors) metrics.errors.inc({ type: e.rule ? "rule_error" : "engine_error" });
    const name = nameOf(req);
    logger.log(o.errors.length > 0 ? "error" : "info", "admission", {
      uid: clip(req.uid, MAX_LOGGED_UID),
      kind: clip(req.kind.kind || "unknown", MAX_LOGGED_KIND),
      namespace: req.namespace ? clip(req.namespace) : void 0,
      name: name === void 0 ? void 0 : clip(name),
      operation: req.operation,
      subResource: req.subResource === void 0 ? void 0 : clip(req.subResource, MAX_LOGGED_KIND),
      user: req.userInfo.username === void 0 ? void 0 : clip(req.userInfo.username),
      dryRun: req.dryRun || void 0,
      decision: o.decision,
      skipped: o.skipped,
      durationMs: Math.round(seconds * 1e6) / 1e3,
      denied: o.denied.length > 0 ? unique(o.denied) : void 0,
      warned: o.warned.length > 0 ? unique(o.warned) : void 0,
      audited: o.audited.length > 0 ? unique(o.audited) : void 0,
      errors: o.errors.length > 0 ? o.errors.map((e) => clip(e.message, 300)) : void 0
    });
  }
  return app;
}
function failureOutcome(req, onError, reason) {
  const errors = [{ message: reason }];
  if (onError === "allow") {
    return {
      response: { uid: req.uid, allowed: true, warnings: ["tollgate could not evaluate this object; allowed (onError: allow)"] },
      decision: "warn",
      denied: [],
      warned: [],
      audited: [],
      errors
    };
  }
  return {
    response: { uid: req.uid, allowed: false, status: { code: 500, reason: "InternalError", message: `tollgate could not evaluate this object and is configured to deny (onError: deny): ${reason}`.slice(0, 1024) } },
    decision: "deny",
    denied: [],
    warned: [],
    audited: [],
    errors
  };
}
var MAX_LOGGED_UID = 64;
var MAX_LOGGED_KIND = 63;
function isDecompressionError(err) {
  const code = err.code;
  return typeof err.errno === "number" || typeof code === "string" && /^(Z_|ERR__ERROR_|ERR_BROTLI)/.test(code);
}
function sendError(res, status, error, message) {
  res.status(status).json({ error, message });
}
function unique(xs) {
  return [...new Set(xs)];
}
export {
  DEFAULT_BODY_LIMIT,
  createApp
};
