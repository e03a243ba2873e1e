// Build time only (scripts/build.mjs): ajv's standalone code for the config schema, the policy file
// schema and every built-in policy with its default options, so `tollgate check` validates without
// loading or running ajv's compiler. Each module is ESM source; `runtime` is the module the policy
// validators import their keyword and pattern functions from.
import { createRequire } from "node:module";
import { configSchema, CONFIG_AJV_OPTIONS } from "../core/config.js";
import { newAjv } from "../core/ajv.js";
import { createPolicyAjv, POLICY_AJV_OPTIONS } from "./keywords.js";
import { loadPolicy, policySchema, validatorKey } from "./loader.js";
import { policyFileSchema } from "./schema.js";
import { OPTIONS_AJV_OPTIONS } from "../engine/engine.js";
import { buildRegistry } from "../registry.js";

const require_ = createRequire(import.meta.url);

export interface PrecompiledSources {
  /** File name → ESM source. `index.mjs` exports `config`, `policyFile` and `policies` (key → validator). */
  readonly files: Record<string, string>;
  /** Policy ids that could not be precompiled (they compile at run time). */
  readonly skipped: string[];
}

export function precompiledValidators(policyTexts: readonly { file: string; text: string }[], paths: { keywords: string; regexp: string }): PrecompiledSources {
  const standaloneCode = (require_("ajv/dist/standalone") as { default: (ajv: unknown, refs: Record<string, string>) => string }).default;
  const source = { source: true, esm: true } as const;

  const plain = newAjv({ ...CONFIG_AJV_OPTIONS, code: source });
  plain.addSchema(configSchema as object, "config");
  const files: Record<string, string> = { "config.mjs": standaloneCode(plain, { config: "config" }) };

  // The policy file schema has one fixed, simple pattern: V8's default engine is fine for it.
  const fileAjv = newAjv({ ...POLICY_AJV_OPTIONS, code: source });
  fileAjv.addSchema(policyFileSchema as object, "policyFile");
  files["policy-file.mjs"] = standaloneCode(fileAjv, { policyFile: "policyFile" });

  const keys: string[] = [];
  const parsed: [string, unknown][] = [];
  const skipped: string[] = [];
  let policyModule = "";
  for (const { file, text } of policyTexts) {
    const { policy } = loadPolicy(file, text);
    parsed.push([text, policy]);
    const options = policy.options ?? {};
    const ajv = createPolicyAjv(true);
    try {
      const name = `p${keys.length}`;
      ajv.addSchema(policySchema(policy, options), name);
      const code = standaloneCode(ajv, { [name]: name });
      files[`${name}.mjs`] = `import { quantityWithin, isQuantity } from ${JSON.stringify(paths.keywords)};\nimport { linearRegExp } from ${JSON.stringify(paths.regexp)};\n${code}`;
      policyModule += `import { ${name} } from "./${name}.mjs";\n`;
      keys.push(validatorKey(policy, options));
    } catch {
      skipped.push(policy.id);
    }
  }
  // Rule options a config may set: one validator per distinct options schema (code rules and policies).
  const optionsAjv = newAjv({ ...OPTIONS_AJV_OPTIONS, code: source });
  const optionSchemas = [...new Set(buildRegistry(policyTexts).rules.flatMap((r) => (r.meta.optionsSchema ? [JSON.stringify(r.meta.optionsSchema)] : [])))];
  optionSchemas.forEach((s, i) => optionsAjv.addSchema(JSON.parse(s) as object, `o${i}`));
  files["options.mjs"] = standaloneCode(optionsAjv, Object.fromEntries(optionSchemas.map((_s, i) => [`o${i}`, `o${i}`])));

  files["index.mjs"] = [
    `export { config } from "./config.mjs";`,
    `export { policyFile } from "./policy-file.mjs";`,
    policyModule,
    `export const policies = {${keys.map((k, i) => `\n  ${JSON.stringify(k)}: p${i},`).join("")}\n};`,
    `export const parsed = ${JSON.stringify(parsed)};`,
    `import * as o from "./options.mjs";`,
    `export const options = {${optionSchemas.map((s, i) => `\n  ${JSON.stringify(s)}: o.o${i},`).join("")}\n};`,
    "",
  ].join("\n");
  return { files, skipped };
}
