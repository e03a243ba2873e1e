// One registry, checked: every rule has docs and tests, ids match files, the reference is current.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { formatRulesMarkdown } from "../../src/reporters/rules-reference.js";
import { builtinRegistry, ROOT } from "../helpers.js";

const rules = builtinRegistry().rules;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const testText = walk(join(ROOT, "test"))
  .filter((f) => f.endsWith(".ts") || f.endsWith(".yaml"))
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

test("rule ids are unique and family/kebab-case", () => {
  const ids = rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
});

test.each(rules.map((r) => [r.id, r] as const))("%s has docs, messages and tests", (id, r) => {
  expect(r.meta.summary.length).toBeGreaterThan(10);
  expect(r.meta.remediation.length).toBeGreaterThan(10);
  expect(id.startsWith(`${r.meta.family}/`)).toBe(true);
  if (r.target !== "source") expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
  expect(testText).toContain(id);
});

test("code rules live in the file their id names", () => {
  for (const r of rules) {
    if (r.target === "source" || r.meta.source === "policy") continue;
    const file = join(ROOT, "src/rules", `${r.id}.ts`);
    expect(relative(ROOT, file) + (existsSync(file) ? "" : " is missing")).toBe(relative(ROOT, file));
  }
});

test("docs/rules.md matches the registry (run `npm run docs`)", () => {
  const onDisk = readFileSync(join(ROOT, "docs/rules.md"), "utf8");
  expect(onDisk).toBe(formatRulesMarkdown(rules));
});

test("the command outputs quoted in README.md are what the CLI prints (run `npm run readme`)", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/readme-output.mjs"), "--check"], { cwd: ROOT, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});
