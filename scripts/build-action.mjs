// Bundles the GitHub Action into one committed ESM file, dist-action/index.js, with every dependency
// inside (the runner installs nothing). Deterministic: the same sources give the same bytes, so a
// test can rebuild into a temp file and fail when the committed bundle is stale.
//   node scripts/build-action.mjs [--outfile <path>] [--metafile <path>]
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const outfile = arg("--outfile") ?? join(root, "dist-action/index.js");
const metafile = arg("--metafile");

const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ["src/action/main.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node24",
  outfile,
  // Bundled CommonJS dependencies call require(); ESM output has none of its own.
  banner: { js: "import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);" },
  // node_modules may be a symlink (worktrees): keep the paths esbuild writes into comments the same everywhere.
  preserveSymlinks: true,
  charset: "utf8",
  legalComments: "eof",
  sourcemap: false,
  metafile: Boolean(metafile),
  logLevel: "warning",
});
if (metafile) writeFileSync(metafile, JSON.stringify(result.metafile));
if (!arg("--outfile")) console.log(`dist-action/index.js built in ${Math.round(performance.now() - started)} ms`);
