// ajv is loaded on first use, not at start-up: `tollgate check` runs the validators precompiled at
// build time (scripts/build.mjs) and never needs it unless a user policy or an option is compiled.
import { createRequire } from "node:module";

type AjvModule = typeof import("ajv");

let loaded: AjvModule | undefined;

export function ajvModule(): AjvModule {
  // A bundler sees the plain require("ajv") and bundles ajv lazily (the Action's single file) or keeps
  // it external (the CLI); ESM run from source (jest, tsx) has no require of its own.
  loaded ??= (typeof require === "function" ? require("ajv") : createRequire(import.meta.url)("ajv")) as AjvModule;
  return loaded;
}

/** A new Ajv instance (the class, loaded on first use). */
export function newAjv(options: import("ajv").Options): import("ajv").Ajv {
  return new (ajvModule().Ajv)(options);
}
