#!/usr/bin/env node
// Compares `helm template` output of the webhook chart with the plain manifests, object by
// object and field by field (YAML semantics, not text), and prints every difference.
//
//   node scripts/compare-webhook-manifests.mjs --namespace tollgate-system RENDERED PLAIN...
//
// PLAIN may be files or directories of .yaml/.yml files. Allowed differences, and only these:
// the plain manifests add the release Namespace object, and leave out the two labels that
// only describe Helm (helm.sh/chart, app.kubernetes.io/managed-by). ConfigMap data entries
// named *.yaml / *.yml are compared as YAML. Exit 0 in sync, 1 drift, 2 usage or parse error.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const HELM_ONLY_LABELS = ["helm.sh/chart", "app.kubernetes.io/managed-by"];
// The API server decodes manifests as YAML 1.1 (0440 is octal, yes is a boolean).
const YAML_OPTIONS = { version: "1.1" };

class UsageError extends Error {}

function parseArgs(argv) {
  let namespace;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--namespace" || argv[i] === "-n") namespace = argv[++i];
    else files.push(argv[i]);
  }
  if (!namespace || files.length < 2)
    throw new UsageError("usage: compare-webhook-manifests.mjs --namespace NS RENDERED PLAIN...");
  return { namespace, rendered: files[0], plain: files.slice(1) };
}

function yamlFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(path, f));
}

function loadObjects(paths) {
  const objects = [];
  for (const file of paths.flatMap(yamlFiles)) {
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"), YAML_OPTIONS)) {
      if (doc.errors.length > 0) throw new UsageError(`${file}: ${doc.errors[0].message}`);
      const value = doc.toJS();
      if (value === null || value === undefined) continue;
      objects.push({ file, value });
    }
  }
  return objects;
}

const isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/** Drops the Helm-only labels wherever an object carries labels (object and pod template metadata). */
function normalize(value, kind) {
  if (Array.isArray(value)) return value.map((v) => normalize(v, kind));
  if (!isRecord(value)) return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = normalize(v, kind);
  if (isRecord(out.metadata) && isRecord(out.metadata.labels)) {
    const labels = { ...out.metadata.labels };
    for (const l of HELM_ONLY_LABELS) delete labels[l];
    out.metadata = { ...out.metadata, labels };
  }
  if (kind === "ConfigMap" && isRecord(out.data)) {
    const data = {};
    for (const [k, v] of Object.entries(out.data))
      data[k] = /\.ya?ml$/.test(k) && typeof v === "string" ? { "(parsed YAML)": parseAllDocuments(v, YAML_OPTIONS).map((d) => d.toJS()) } : v;
    out.data = data;
  }
  return out;
}

function identity(o) {
  const m = isRecord(o.metadata) ? o.metadata : {};
  return `${o.apiVersion} ${o.kind} ${m.namespace ? `${m.namespace}/` : ""}${m.name}`;
}

function index(objects, label) {
  const byId = new Map();
  for (const { file, value } of objects) {
    const id = identity(value);
    if (byId.has(id)) throw new UsageError(`${label}: ${id} appears twice (${file})`);
    byId.set(id, normalize(value, value.kind));
  }
  return byId;
}

function diff(a, b, pointer, out) {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diff(a[i], b[i], `${pointer}/${i}`, out);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
      diff(a[k], b[k], `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b))
    out.push(`${pointer || "/"}: chart ${JSON.stringify(a) ?? "(absent)"}, plain ${JSON.stringify(b) ?? "(absent)"}`);
}

function compare(renderedObjects, plainObjects, namespace) {
  const rendered = index(renderedObjects, "chart");
  const plain = index(
    // The plain manifests also create the namespace and its guard rails (quota, LimitRange,
    // default-deny NetworkPolicy), marked plain-only; a chart installs into a namespace that exists.
    plainObjects.filter(
      ({ value }) =>
        !(value.kind === "Namespace" && value.metadata?.name === namespace) &&
        value.metadata?.labels?.["tollgate.dev/plain-only"] !== "true",
    ),
    "plain",
  );
  const problems = [];
  for (const [id, value] of rendered) {
    if (!plain.has(id)) {
      problems.push(`${id}: rendered by the chart, missing from the plain manifests`);
      continue;
    }
    const fields = [];
    diff(value, plain.get(id), "", fields);
    for (const f of fields) problems.push(`${id} ${f}`);
  }
  for (const id of plain.keys())
    if (!rendered.has(id)) problems.push(`${id}: in the plain manifests, not rendered by the chart`);
  return { problems, objects: rendered.size };
}

function main() {
  try {
    const args = parseArgs(process.argv.slice(2));
    const { problems, objects } = compare(loadObjects([args.rendered]), loadObjects(args.plain), args.namespace);
    if (problems.length > 0) {
      console.error(`webhook chart and plain manifests differ (${problems.length}):`);
      for (const p of problems) console.error(`  ${p}`);
      process.exit(1);
    }
    console.log(`webhook chart and plain manifests are in sync (${objects} objects)`);
  } catch (err) {
    console.error(err instanceof UsageError ? err.message : err);
    process.exit(2);
  }
}

main();
