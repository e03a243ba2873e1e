// Cuts the operations tollgate's Action calls out of GitHub's REST description (@octokit/openapi),
// with every component they reach, so the loopback fake can check requests without a 600 MB dependency.
//
//   node scripts/extract-github-openapi.mjs <octokit-openapi-X.tgz | package dir | api.github.com.json>
//   node scripts/extract-github-openapi.mjs --fetch          # npm pack @octokit/openapi into a temp dir
//   options: --out <file> (default test/action/fixtures/github-rest-subset.json)
//            SOURCE_DATE_EPOCH=<seconds> pins the recorded extraction date
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SPEC_IN_PACKAGE = "generated/api.github.com.json";

/** What the Action uses; octokit's names in comments. */
export const OPERATIONS = [
  ["get", "/repos/{owner}/{repo}/issues/{issue_number}/comments"], // issues.listComments
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/comments"], // issues.createComment
  ["patch", "/repos/{owner}/{repo}/issues/comments/{comment_id}"], // issues.updateComment
  ["delete", "/repos/{owner}/{repo}/issues/comments/{comment_id}"], // issues.deleteComment (extra sticky comments)
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}/files"], // pulls.listFiles
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}"], // pulls.get
  ["get", "/user"], // users.getAuthenticated
  ["get", "/repos/{owner}/{repo}/compare/{basehead}"], // repos.compareCommitsWithBasehead
];

// Documentation-only keywords; dropped wherever they are keywords (never as property names).
const STRIP = new Set(["description", "summary", "title", "example", "examples", "tags", "x-github", "x-octokit"]);
// Objects whose keys are names chosen by the author, not keywords.
const NAME_MAPS = new Set(["properties", "patternProperties", "responses", "content", "headers", "mapping", "schemas", "parameters", "paths", "encoding"]);
// Values that are data, not schema: copied as they are.
const DATA = new Set(["enum", "default", "const"]);

function clean(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => clean(item, ""));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  const keysAreNames = NAME_MAPS.has(parentKey);
  for (const [key, value] of Object.entries(node)) {
    if (!keysAreNames && STRIP.has(key)) continue;
    out[key] = keysAreNames ? clean(value, "") : DATA.has(key) ? value : clean(value, key);
  }
  return out;
}

function collectRefs(node, found) {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, found);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.add(value);
      else if (key === "mapping" && value && typeof value === "object") for (const v of Object.values(value)) found.add(v);
      else collectRefs(value, found);
    }
  }
}

export function extractSubset(spec, meta, operations = OPERATIONS) {
  const paths = {};
  for (const [method, path] of operations) {
    const item = spec.paths[path];
    const op = item?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the description`);
    const operation = clean(op, "");
    // Path-level parameters apply to every method; fold them in so each operation stands alone.
    if (item.parameters) operation.parameters = [...clean(item.parameters, ""), ...(operation.parameters ?? [])];
    (paths[path] ??= {})[method] = operation;
  }

  const components = {};
  const queue = new Set();
  collectRefs(paths, queue);
  const done = new Set();
  for (const ref of queue) {
    if (done.has(ref)) continue;
    done.add(ref);
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
    if (!match) throw new Error(`unsupported $ref ${ref}`);
    const [, kind, name] = match;
    const target = spec.components?.[kind]?.[name];
    if (target === undefined) throw new Error(`dangling $ref ${ref}`);
    const cleaned = clean(target, "");
    (components[kind] ??= {})[name] = cleaned;
    collectRefs(cleaned, queue); // a Set iterates over members added during iteration
  }
  for (const kind of Object.keys(components)) {
    components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)));
  }

  return {
    openapi: spec.openapi,
    info: {
      title: "GitHub REST API: the operations tollgate's Action uses",
      version: spec.info?.version,
      "x-extracted": {
        package: "@octokit/openapi",
        packageVersion: meta.packageVersion,
        file: SPEC_IN_PACKAGE,
        extractedAt: meta.extractedAt,
        by: "scripts/extract-github-openapi.mjs",
        stripped: [...STRIP].sort(),
        operations: operations.map(([m, p]) => `${m.toUpperCase()} ${p}`),
      },
    },
    servers: spec.servers,
    paths,
    components,
  };
}

function readFromPackageDir(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (pkg.name !== "@octokit/openapi") throw new Error(`${dir} holds ${pkg.name}, not @octokit/openapi`);
  return { spec: JSON.parse(readFileSync(join(dir, SPEC_IN_PACKAGE), "utf8")), packageVersion: pkg.version };
}

function readSource(source) {
  const stat = statSync(source);
  if (stat.isDirectory()) return readFromPackageDir(source);
  if (/\.(tgz|tar\.gz)$/.test(source)) {
    // Only the two entries we need: the tarball unpacks to 600 MB.
    const dir = mkdtempSync(join(tmpdir(), "octokit-openapi-"));
    try {
      execFileSync("tar", ["-xzf", source, "-C", dir, "package/package.json", `package/${SPEC_IN_PACKAGE}`]);
      return readFromPackageDir(join(dir, "package"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // A bare api.github.com.json: the version comes from a package.json two levels up, if any.
  const spec = JSON.parse(readFileSync(source, "utf8"));
  const pkgJson = join(dirname(source), "..", "package.json");
  const packageVersion = existsSync(pkgJson) ? JSON.parse(readFileSync(pkgJson, "utf8")).version : spec.info?.version;
  return { spec, packageVersion };
}

function fetchTarball() {
  const dir = mkdtempSync(join(tmpdir(), "octokit-openapi-pack-"));
  const out = execFileSync("npm", ["pack", "@octokit/openapi", "--pack-destination", dir, "--json"], { encoding: "utf8" });
  const [{ filename }] = JSON.parse(out);
  return { tarball: join(dir, filename), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function main(argv) {
  let out = join(ROOT, "test/action/fixtures/github-rest-subset.json");
  let source;
  let fetch = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") out = resolve(argv[++i]);
    else if (argv[i] === "--fetch") fetch = true;
    else if (argv[i].startsWith("-")) throw new Error(`unknown option ${argv[i]}`);
    else source = resolve(argv[i]);
  }
  if (!fetch && !source) throw new Error("usage: extract-github-openapi.mjs <tgz | package dir | api.github.com.json> | --fetch [--out file]");

  let cleanup = () => {};
  if (fetch) ({ tarball: source, cleanup } = fetchTarball());
  try {
    const { spec, packageVersion } = readSource(source);
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const extractedAt = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
    const subset = extractSubset(spec, { packageVersion, extractedAt });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(subset, null, 1) + "\n");
    const counts = Object.entries(subset.components).map(([k, v]) => `${Object.keys(v).length} ${k}`).join(", ");
    console.error(`wrote ${out}: @octokit/openapi ${packageVersion}, ${OPERATIONS.length} operations, ${counts}`);
  } finally {
    cleanup();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exitCode = 2;
  });
}
