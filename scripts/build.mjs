// Bundles the CLI into dist/. What every command needs (yaml, commander) is bundled in, so
// start-up resolves few packages; the heavy doors' dependencies (express, prom-client, the AWS SDK)
// stay external and load only in their own chunks, so `tollgate check` never loads them. ajv is
// loaded only when something must be compiled: dist/validators.js holds ajv's standalone code for the
// config schema, the policy file schema and the built-in policies, generated here (not committed).
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// Bundled CommonJS code calls require() (for Node built-ins, and ajv when it must compile).
// __tollgateBuiltin is the same function under a name esbuild does not resolve (see lazyBuiltins).
const banner = { js: 'import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url), __tollgateBuiltin = require;' };

// Node built-ins are loaded on first use, not at start-up. An ESM `import … from "node:crypto"` loads
// the module and builds its ESM facade before any code runs, reading every export (node:fs's facade
// loads the whole streams stack for fs.ReadStream); a profile of `check` of one file put ~14 ms under
// that step, for crypto and child_process it never calls (wall time: 84 to 80 ms on Node 24, 40 runs).
// Each built-in becomes a small CommonJS module whose exports are getters that require() the real one
// when first read. The names come from the Node running the build; lazyBuiltinsMissing() below fails
// the build when the bundle reads a name that Node does not export (a Node 22 API built on Node 20
// would otherwise be undefined at a user's run).
const shimNames = new Map();
const lazyBuiltins = {
  name: "lazy-builtins",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (a) => (a.path === "node:module" ? undefined : { path: a.path, namespace: "lazy-builtin" }));
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, async (a) => {
      const names = Object.keys(await import(a.path)).filter((n) => n !== "default" && /^[A-Za-z_$][\w$]*$/.test(n));
      shimNames.set(a.path, new Set(names));
      const id = JSON.stringify(a.path);
      return {
        loader: "js",
        contents: [
          `let loaded; const load = () => (loaded ??= __tollgateBuiltin(${id}));`,
          `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
          `Object.defineProperty(exports, "default", { enumerable: false, get: load });`,
        ].join("\n"),
      };
    });
  },
};

// Relative to the working directory, as npm runs it (a test builds a scratch copy this way).
const root = resolve(".");
// Built beside dist/ and swapped in at the end: a clean dist/ (chunk names carry hashes, and stale
// ones would ship in the package) without a moment where tests running the CLI find none.
const final = join(root, "dist");
const dist = join(root, `.dist-${process.pid}`);
const gen = join(dist, ".validators");
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: [join(root, "src/cli/main.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  external: ["express", "prom-client", "@aws-sdk/*", "ajv", "ajv/*"],
  plugins: [lazyBuiltins],
  banner,
  splitting: true,
  outdir: dist,
  sourcemap: true,
  logLevel: "warning",
});

// The generator is TypeScript: bundle it, run it, then bundle what it wrote.
mkdirSync(gen, { recursive: true });
await build({
  entryPoints: [join(root, "src/policies/precompile.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  banner,
  outfile: join(gen, "precompile.mjs"),
  logLevel: "warning",
});
const { precompiledValidators } = await import(join(gen, "precompile.mjs"));
const policyDir = join(root, "policies");
const texts = readdirSync(policyDir)
  .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
  .sort()
  .map((f) => ({ file: `policies/${f}`, text: readFileSync(join(policyDir, f), "utf8") }));
const { files, skipped } = precompiledValidators(texts, { keywords: join(root, "src/policies/keyword-checks.ts"), regexp: join(root, "src/policies/regexp.ts") });
for (const [name, text] of Object.entries(files)) writeFileSync(join(gen, name), text);
if (skipped.length > 0) console.warn(`build: compiled at run time (not precompiled): ${skipped.join(", ")}`);
await build({
  entryPoints: [join(gen, "index.mjs")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  // ajv's small runtime helpers (equal, ucs2length) are bundled in, not its compiler.
  banner,
  outfile: join(dist, "validators.js"),
  logLevel: "warning",
});
rmSync(gen, { recursive: true, force: true });
const missing = lazyBuiltinsMissing(dist);
if (missing.length > 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`build: the bundle uses built-in exports this Node (${process.version}) does not have: ${missing.join(", ")}; build with the Node the package requires (package.json engines)`);
  process.exit(1);
}
rmSync(final, { recursive: true, force: true });
renameSync(dist, final);

/**
 * esbuild names a built-in's import `import_node_<module>[n]` and reads `.name` from it: every name read
 * must be one the shim defines. (A module whose last segment differs, like node:fs/promises, is
 * `import_<segment>`; both spellings are checked.)
 */
function lazyBuiltinsMissing(dir) {
  const byVar = new Map();
  for (const [id, names] of shimNames) {
    const bare = id.slice("node:".length);
    byVar.set(`import_node_${bare.replace(/[^\w]/g, "_")}`, { id, names });
    byVar.set(`import_${bare.split("/").at(-1).replace(/[^\w]/g, "_")}`, { id, names });
  }
  const missing = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    for (const m of readFileSync(join(dir, file), "utf8").matchAll(/\b(import_\w+)\.([A-Za-z_$][\w$]*)/g)) {
      // A second import of the same module gets a number: import_node_path5, import_node_v82.
      let name = m[1];
      while (!byVar.has(name) && /\d$/.test(name)) name = name.slice(0, -1);
      const shim = byVar.get(name);
      if (shim && !shim.names.has(m[2])) missing.add(`${shim.id}.${m[2]} (${file})`);
    }
  }
  return [...missing];
}
