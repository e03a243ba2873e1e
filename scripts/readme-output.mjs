// Rewrites the command outputs quoted in README.md (between `<!-- OUTPUT: args -->` and
// `<!-- /OUTPUT -->`) by running the built CLI, so the README shows what the tool really prints.
// `--check` exits 1 when the README is stale instead of writing it (the test suite uses that).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const readmePath = join(root, "README.md");
const check = process.argv.includes("--check");

export function renderReadme(text) {
  return text.replace(/(<!-- OUTPUT: (.+?) -->\n)[\s\S]*?(<!-- \/OUTPUT -->)/g, (_m, open, args, close) => {
    const r = spawnSync(process.execPath, [join(root, "bin/tollgate.js"), ...args.split(" ")], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`tollgate ${args} exited ${r.status}: ${r.stderr}`);
    return `${open}\`\`\`console\n$ tollgate ${args}\n${r.stdout.trimEnd()}\n\`\`\`\n${close}`;
  });
}

const current = readFileSync(readmePath, "utf8");
const next = renderReadme(current);
if (check) {
  if (next !== current) {
    process.stderr.write("README.md command outputs are stale: run `npm run readme`\n");
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(readmePath, next);
}
