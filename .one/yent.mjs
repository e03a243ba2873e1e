import { parseAllDocuments } from "yaml";
import { readFileSync } from "node:fs";
const docs = parseAllDocuments(readFileSync(process.argv[2], "utf8"));
console.log(docs.length);
