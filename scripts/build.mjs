// Bundles the CLI into dist/ with dependencies left external; heavy doors (serve, prices) stay in
// their own chunks so `tollgate check` never loads express or the AWS SDK.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  packages: "external",
  splitting: true,
  outdir: "dist",
  sourcemap: true,
  logLevel: "warning",
});
