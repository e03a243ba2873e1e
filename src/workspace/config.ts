// Loads .tollgate.yaml and policy files from disk and builds the registry: shared by every command.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseConfig, ConfigInvalid, EMPTY_CONFIG, type Config } from "../core/config.js";
import { parseYamlText } from "../parse/yaml.js";
import type { RunContext } from "../model/run.js";
import { namespaceForFileFrom } from "../ownership/paths.js";
import { buildRegistry, type PolicyText, type Registry } from "../registry.js";
import { UsageError } from "./files.js";

/** Package root (dist/ and src/cli/ are both two levels below it or one for dist). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "policies"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("cannot find tollgate's package root (policies/ missing from the installation)");
}

export function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}

/**
 * The config file: --config, else the nearest .tollgate.yaml from the first checked path up to the
 * current directory (so `tollgate check examples/` uses examples/.tollgate.yaml), else none.
 */
export function loadConfigFile(explicit: string | undefined, cwd: string, firstPath?: string): { config: Config; file?: string } {
  const candidates = explicit ? [explicit] : configCandidates(cwd, firstPath);
  for (const c of candidates) {
    const abs = resolve(cwd, c);
    if (!existsSync(abs)) {
      if (explicit) throw new UsageError(`config file ${explicit} not found`);
      continue;
    }
    const text = readFileSync(abs, "utf8");
    const parsed = parseYamlText(c, text);
    if (parsed.problems.length > 0) {
      const p = parsed.problems[0]!;
      throw new ConfigInvalid(c, [{ field: "(file)", message: p.message, ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}) }]);
    }
    const doc = parsed.documents[0];
    return { config: parseConfig(doc?.value, c, doc), file: abs };
  }
  return { config: EMPTY_CONFIG };
}

function configCandidates(cwd: string, firstPath: string | undefined): string[] {
  const out: string[] = [];
  let dir = firstPath && firstPath !== "-" ? resolve(cwd, firstPath) : cwd;
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  const stop = resolve(cwd);
  for (let i = 0; i < 64; i++) {
    for (const n of [".tollgate.yaml", ".tollgate.yml"]) out.push(relative(cwd, join(dir, n)) || n);
    if (dir === stop || !dir.startsWith(stop + sep)) break;
    dir = dirname(dir);
  }
  if (!out.includes(".tollgate.yaml")) out.push(".tollgate.yaml", ".tollgate.yml");
  return out;
}

/** CODEOWNERS as GitHub finds it: .github/, the root, then docs/ of the repository root. */
export function readCodeowners(root: string): { file: string; text: string } | undefined {
  for (const p of [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]) {
    const abs = join(root, p);
    if (existsSync(abs)) return { file: p, text: readFileSync(abs, "utf8") };
  }
  return undefined;
}

/**
 * The repository root for ownership paths: the config file's directory, else the git top level of
 * the first path, else the current directory.
 */
export function repoRoot(configFile: string | undefined, cwd: string): string {
  if (configFile) return dirname(configFile);
  let dir = resolve(cwd);
  for (let i = 0; i < 64; i++) {
    if (existsSync(join(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return resolve(cwd);
}

/**
 * The context of a run over repository files: paths as the repository names them (for CODEOWNERS
 * and ownership globs), the CODEOWNERS text, and namespaces given per path in config.
 */
export function fileRunContext(config: Config, configFile: string | undefined, cwd: string): RunContext {
  const root = repoRoot(configFile, cwd);
  const codeowners = readCodeowners(root);
  const repoPathOf = (file: string) => (file === "<stdin>" ? file : relative(root, resolve(cwd, file)).split(sep).join("/"));
  const namespaceForFile = namespaceForFileFrom(config.namespaces, repoPathOf);
  return {
    origin: "files",
    repoPathOf,
    ...(namespaceForFile ? { namespaceForFile } : {}),
    ...(codeowners ? { codeowners } : {}),
  };
}

export function readPolicyDir(dir: string, label: string): PolicyText[] {
  if (!existsSync(dir)) throw new UsageError(`policy directory ${label} not found`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => ({ file: `${label}/${f}`, text: readFileSync(join(dir, f), "utf8") }));
}

/**
 * Built-in policies plus the config's `policies:` directories (relative to the config file) and extra
 * ones. `builtinDir`: where the built-in policies are (the Action's sit next to its action.yml).
 */
export function loadRegistry(
  config: Config,
  configFile: string | undefined,
  cwd: string,
  extraDirs: readonly string[] = [],
  builtinDir: string = join(packageRoot(), "policies"),
): Registry {
  const texts = readPolicyDir(builtinDir, "policies");
  const base = configFile ? dirname(configFile) : cwd;
  config.policies.forEach((d, i) => {
    const dir = resolve(base, d);
    // A missing directory named in the config is a config error: name the file and the line.
    if (configFile && !existsSync(dir)) {
      const at = config.source?.locate(`/policies/${i}`);
      throw new ConfigInvalid(relative(cwd, configFile) || configFile, [{ field: `policies[${i}]`, message: `policy directory ${d} not found (${dir}; relative to the config file)`, ...(at ? { line: at.line, column: at.column } : {}) }]);
    }
    texts.push(...readPolicyDir(dir, d));
  });
  for (const d of extraDirs) texts.push(...readPolicyDir(resolve(cwd, d), d));
  return buildRegistry(texts);
}
