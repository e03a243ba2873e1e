// Loads .tollgate.yaml and policy files from disk and builds the registry: shared by every command.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseConfig, ConfigInvalid, EMPTY_CONFIG, type Config } from "../core/config.js";
import { parseYamlText } from "../parse/yaml.js";
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

export function loadConfigFile(explicit: string | undefined, cwd: string): { config: Config; file?: string } {
  const candidates = explicit ? [explicit] : [".tollgate.yaml", ".tollgate.yml"];
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

export function readPolicyDir(dir: string, label: string): PolicyText[] {
  if (!existsSync(dir)) throw new UsageError(`policy directory ${label} not found`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => ({ file: `${label}/${f}`, text: readFileSync(join(dir, f), "utf8") }));
}

/** Built-in policies plus the config's `policies:` directories (relative to the config file) and extra ones. */
export function loadRegistry(config: Config, configFile: string | undefined, cwd: string, extraDirs: readonly string[] = []): Registry {
  const texts = readPolicyDir(join(packageRoot(), "policies"), "policies");
  const base = configFile ? dirname(configFile) : cwd;
  for (const d of config.policies) texts.push(...readPolicyDir(resolve(base, d), d));
  for (const d of extraDirs) texts.push(...readPolicyDir(resolve(cwd, d), d));
  return buildRegistry(texts);
}
