import module from "node:module";
module.enableCompileCache?.();
await import("./ybundle.mjs");
