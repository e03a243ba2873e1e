#!/usr/bin/env node
// Node 22.1+ keeps the compiled code of dist/ on disk between runs (start-up), older Node ignores it.
import module from "node:module";

module.enableCompileCache?.();
await import("../dist/main.js");
