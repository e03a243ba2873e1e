// Rewrites the command outputs quoted in README.md and docs/*.md (between `<!-- OUTPUT: args -->`
// and `<!-- /OUTPUT -->`) by running the built CLI, so the docs show what the tool really prints.
// `--check` exits 1 when a page is stale instead of writing it (the test suite uses that).
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

export function renderReadme(text) {
  return text.replace(/(<!-- OUTPUT: (.+?) -->\n)[\s\S]*?(<!-- \/OUTPUT -->)/g, (_m, open, args, close) => {
    const r = spawnSync(process.execPath, [join(root, "bin/tollgate.js"), ...args.split(" ")], {
      cwd: root,
      encoding: "utf8",
      // The pinned renderers first (scripts/install-renderers.sh): outputs of overlays and charts do not depend on the machine.
      env: { ...process.env, NO_COLOR: "1", PATH: `${join(root, ".tools/bin")}:${process.env.PATH ?? ""}` },
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`tollgate ${args} exited ${r.status}: ${r.stderr}`);
    return `${open}\`\`\`console\n$ tollgate ${args}\n${r.stdout.trimEnd()}\n\`\`\`\n${close}`;
  });
}

const pages = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const stale = [];
for (const page of pages) {
  const path = join(root, page);
  const current = readFileSync(path, "utf8");
  const next = renderReadme(current);
  if (next === current) continue;
  if (check) stale.push(page);
  else writeFileSync(path, next);
}
if (stale.length > 0) {
  process.stderr.write(`command outputs are stale in ${stale.join(", ")}: run \`npm run readme\`\n`);
  process.exit(1);
}
