// The built-in rules and an empty config, built the way `tollgate check` builds them (without test/).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseConfig, type Config } from "../../src/core/config.js";
import { buildRegistry, type Registry } from "../../src/registry.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function builtinRegistry(): Registry {
  const dir = join(ROOT, "policies");
  return buildRegistry(
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => ({ file: `policies/${f}`, text: readFileSync(join(dir, f), "utf8") })),
  );
}

export function emptyConfig(): Config {
  return parseConfig(undefined, ".tollgate.yaml");
}
