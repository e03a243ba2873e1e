// ajv is loaded on first use, not at start-up: `tollgate check` runs the validators precompiled at
// build time (scripts/build.mjs) and never needs it unless a user policy or an option is compiled.
import { createRequire } from "node:module";

type AjvModule = typeof import("ajv");

let loaded: AjvModule | undefined;

export function ajvModule(): AjvModule {
  loaded ??= createRequire(import.meta.url)("ajv") as AjvModule;
  return loaded;
}

/** A new Ajv instance (the class, loaded on first use). */
export function newAjv(options: import("ajv").Options): import("ajv").Ajv {
  return new (ajvModule().Ajv)(options);
}
