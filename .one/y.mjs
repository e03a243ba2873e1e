import module from "node:module";
module.enableCompileCache?.();
const { parseAllDocuments } = await import("yaml");
import { readFileSync } from "node:fs";
const docs = parseAllDocuments(readFileSync(process.argv[2], "utf8"));
console.log(docs.length);
