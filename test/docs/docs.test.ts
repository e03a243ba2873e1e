// Docs that cannot drift: README.md and docs/*.md are read as a user would paste from them. Command
// output is generated (`<!-- OUTPUT -->` blocks, checked in test/engine/registry.test.ts); every YAML
// example is loaded by the code that will read it; every runnable `tollgate` command is run; every
// link inside the repository resolves, anchors included.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse as parseYaml, parseAllDocuments } from "yaml";
import { Ajv } from "ajv";
import { loadPolicy } from "../../src/policies/loader.js";
import { parseYamlText } from "../../src/parse/yaml.js";
import { ROOT } from "../helpers.js";
import { tollgate } from "../cli/cli.js";

const PAGES = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const text = (page: string) => readFileSync(join(ROOT, page), "utf8");

interface Block { page: string; line: number; lang: string; body: string; generated: boolean }

function blocks(page: string): Block[] {
  const out: Block[] = [];
  const src = text(page);
  const lines = src.split("\n");
  let generated = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith("<!-- OUTPUT:")) generated = true;
    if (lines[i]!.startsWith("<!-- /OUTPUT")) generated = false;
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    out.push({ page, line: start + 1, lang: open[1]!, body: body.join("\n"), generated });
  }
  return out;
}
const ALL = PAGES.flatMap(blocks);
const where = (b: Block) => `${b.page}:${b.line}`;

test("every console block, and every block showing `$ tollgate …`, is generated from the CLI", () => {
  const pasted = ALL.filter((b) => !b.generated && (b.lang === "console" || /^\$ (tollgate|node bin\/tollgate\.js)\b/m.test(b.body))).map(where);
  expect(pasted).toEqual([]);
  expect(ALL.filter((b) => b.generated).length).toBeGreaterThan(0);
});

// ---- YAML examples -------------------------------------------------------------------------------

const CONFIG_KEYS = new Set(["rules", "policies", "exemptions", "namespaces", "bluegreen", "cost", "admission", "units", "renderers", "podSources"]);
type Kind = "config" | "policy" | "manifest" | "workflow" | "values";

/** The webhook chart's values: an example is checked against values.schema.json over the defaults. */
const CHART = join(ROOT, "webhook/chart/tollgate");
const VALUES_SCHEMA = JSON.parse(readFileSync(join(CHART, "values.schema.json"), "utf8")) as { properties: Record<string, unknown> };
const VALUES_KEYS = new Set(Object.keys(VALUES_SCHEMA.properties));
function merged(base: unknown, over: unknown): unknown {
  if (typeof base !== "object" || base === null || Array.isArray(base) || typeof over !== "object" || over === null || Array.isArray(over)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merged(out[k], v);
  return out;
}

function classify(body: string): Kind | undefined {
  const docs = parseAllDocuments(body);
  const value = docs[0]?.toJS() as unknown;
  if (Array.isArray(value)) return value.every((s) => typeof s === "object" && s !== null && ("uses" in s || "run" in s)) ? "workflow" : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => CONFIG_KEYS.has(k))) return "config";
  if (keys.length > 0 && keys.every((k) => VALUES_KEYS.has(k))) return "values";
  if ("apiVersion" in value && "kind" in value) return "manifest";
  if ("id" in value && "schema" in value && "target" in value) return "policy";
  if (keys.some((k) => ["on", "jobs", "permissions", "name", "steps"].includes(k))) return "workflow";
  return undefined;
}

const yamlBlocks = ALL.filter((b) => b.lang === "yaml" || b.lang === "yml");

test.each(yamlBlocks.map((b) => [where(b), b] as const))("YAML example %s is what its reader accepts", (_at, b) => {
  const kind = classify(b.body);
  expect({ at: where(b), kind }).toEqual({ at: where(b), kind: expect.any(String) });
  switch (kind) {
    case "config": {
      // The real loader and the real run: a config file beside one manifest, policy directories it
      // names created empty (they are the reader's own).
      const dir = mkdtempSync(join(tmpdir(), "tg-docs-config-"));
      writeFileSync(join(dir, ".tollgate.yaml"), b.body);
      const value = parseAllDocuments(b.body)[0]!.toJS() as { policies?: string[] };
      for (const p of value.policies ?? []) mkdirSync(resolve(dir, p), { recursive: true });
      writeFileSync(join(dir, "app.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: app, namespace: app }\n");
      const r = tollgate(["check", "."], { cwd: dir });
      expect({ at: where(b), stderr: r.stderr }).toEqual({ at: where(b), stderr: "" });
      expect([0, 1]).toContain(r.code);
      break;
    }
    case "policy":
      expect(() => loadPolicy(`${where(b)}.yaml`, b.body)).not.toThrow();
      break;
    case "manifest": {
      const parsed = parseYamlText(where(b), b.body);
      expect(parsed.problems).toEqual([]);
      break;
    }
    case "workflow":
      expect(parseAllDocuments(b.body).flatMap((d) => d.errors.map((e) => e.message))).toEqual([]);
      break;
    case "values": {
      const validate = new Ajv({ strict: false }).compile(VALUES_SCHEMA);
      const values = merged(parseYaml(readFileSync(join(CHART, "values.yaml"), "utf8")), parseYaml(b.body));
      expect({ at: where(b), valid: validate(values), errors: validate.errors ?? null }).toEqual({ at: where(b), valid: true, errors: null });
      break;
    }
  }
});

// ---- shell commands ------------------------------------------------------------------------------

const SUBCOMMANDS_RUN = new Set(["check", "cost", "rules", "explain"]);

/** `tollgate …` commands of sh blocks, without comments; `npm ci && node bin/tollgate.js …` included. */
function commands(): { at: string; args: string[] }[] {
  const out: { at: string; args: string[] }[] = [];
  for (const b of ALL.filter((x) => x.lang === "sh" || x.lang === "bash")) {
    b.body.split("\n").forEach((raw, i) => {
      const line = raw.replace(/\s+#\s.*$/, "").trim();
      for (const part of line.split("&&").map((s) => s.trim())) {
        const m = /^(?:tollgate|node bin\/tollgate\.js)(?:\s+(.*))?$/.exec(part);
        if (m) out.push({ at: `${b.page}:${b.line + 1 + i}`, args: (m[1] ?? "").split(/\s+/).filter(Boolean) });
      }
    });
  }
  return out;
}

/** Runnable here: a read-only subcommand whose paths exist in the repository (not `k8s/`, not a git ref). */
function runnable(args: string[]): boolean {
  if (args.some((a) => /[<>…|]/.test(a))) return false; // a placeholder: `explain <rule>`
  if (args.length === 1 && (args[0] === "--version" || args[0] === "--help")) return true;
  if (!SUBCOMMANDS_RUN.has(args[0]!)) return false;
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--base" || a === "--prices" || a === "-o" || a === "--output" || a === "-c" || a === "--config") return false;
    if (a.startsWith("-")) {
      if (["-f", "--format", "--fail-on", "--platform", "--region"].includes(a)) i++;
      continue;
    }
    if (args[0] === "explain") continue;
    if (!existsSync(join(ROOT, a))) return false;
  }
  return true;
}

const CMDS = commands();

test("the commands a new user runs first are in the docs, and run", () => {
  const run = CMDS.filter((c) => runnable(c.args)).map((c) => c.args.join(" "));
  expect(run).toEqual(expect.arrayContaining(["--version", "check examples/", "rules"]));
  expect(run.some((c) => c.startsWith("explain "))).toBe(true);
  expect(CMDS.filter((c) => c.at.startsWith("README.md:")).length).toBeGreaterThan(0);
});

test.each(CMDS.filter((c) => runnable(c.args)).map((c) => [`${c.at}: tollgate ${c.args.join(" ")}`, c] as const))("%s", (_name, c) => {
  const r = tollgate(c.args);
  expect({ stderr: r.stderr }).toEqual({ stderr: "" });
  expect([0, 1]).toContain(r.code);
  expect(r.stdout.length).toBeGreaterThan(0);
});

// ---- links ---------------------------------------------------------------------------------------

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(page: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fenced = false;
  for (const line of text(page).split("\n")) {
    if (/^```/.test(line)) fenced = !fenced;
    const h = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const base = h[1]!.replace(/<[^>]+>/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, "").replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

test.each(PAGES)("links in %s resolve, anchors included", (page) => {
  const prose = text(page).replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const broken: string[] = [];
  for (const m of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]!;
    if (/^[a-z]+:/i.test(target)) continue; // http(s), mailto
    const [path, anchor] = target.split("#") as [string, string | undefined];
    const file = path === "" ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), path);
    if (!existsSync(file)) {
      broken.push(`${target} (no such file)`);
      continue;
    }
    if (anchor && file.endsWith(".md") && !anchors(file.slice(ROOT.length).replace(/^\//, "")).has(anchor)) broken.push(`${target} (no such heading)`);
  }
  expect(broken).toEqual([]);
});

// ---- the README's shape (issue 21) -----------------------------------------------------------------

test("the README stays short: at most 250 lines, a quick start whose output fits in 30 lines", () => {
  const readme = text("README.md");
  expect(readme.split("\n").length).toBeLessThanOrEqual(250);
  const quick = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));
  const out = blocks("README.md").filter((b) => b.generated && quick.includes(b.body));
  expect(out.map((b) => b.body.split("\n")[0])).toEqual(["$ tollgate check examples/"]);
  expect(out[0]!.body.split("\n").length).toBeLessThanOrEqual(30);
  // The two commands of a fresh clone, the first one ending in the check whose output is shown.
  const commands = blocks("README.md").find((b) => b.lang === "sh" && quick.includes(b.body))!.body.split("\n").map((l) => l.replace(/\s+#.*$/, ""));
  expect(commands).toEqual(["npm ci && bash scripts/install-renderers.sh && node bin/tollgate.js check examples/", "npm test"]);
});
