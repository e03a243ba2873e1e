// Positions are the same whether the YAML AST was kept or is re-parsed on demand (a single
// document's lines, or the whole file when the slice cannot stand alone).
import { loadFiles } from "../../src/engine/check.js";
import { parseYamlText } from "../../src/parse/yaml.js";

const MULTI = [
  "# leading comment", // 1
  "apiVersion: v1", // 2
  "kind: ConfigMap", // 3
  "metadata: { name: a }", // 4
  "---", // 5
  "# between", // 6
  "--- {apiVersion: v1, kind: Service, spec: {ports: [{port: 80}, {port: 443}]}}", // 7
  "...", // 8
  "---", // 9
  "apiVersion: apps/v1", // 10
  "kind: Deployment", // 11
  "spec:", // 12
  "  template:", // 13
  "    spec:", // 14
  "      containers:", // 15
  "        - name: web", // 16
  "          resources:", // 17
  "            requests: { cpu: 100m }", // 18
  "",
].join("\n");

const DIRECTIVE = ["%YAML 1.2", "---", "apiVersion: v1", "kind: ConfigMap", "data:", "  yes: 'no'", ""].join("\n");

test.each([
  ["multi", MULTI, 0, "", 2],
  ["multi", MULTI, 0, "/metadata/name", 4],
  ["multi", MULTI, 1, "/spec/ports/1/port", 7],
  ["multi", MULTI, 2, "/spec/template/spec/containers/0/resources/requests/cpu", 18],
  ["multi", MULTI, 2, "/spec/template/spec/containers/0/resources/limits", 17], // missing: the nearest ancestor
  ["multi", MULTI, 2, "/spec/template/spec/containers/3", 15],
  ["directive", DIRECTIVE, 0, "/data/yes", 6],
])("%s document %i: %s is line %i with and without a kept AST", (_name, text, index, pointer, line) => {
  const kept = parseYamlText("m.yaml", text, { retainAst: true }).documents[index]!;
  const reparsed = parseYamlText("m.yaml", text, { retainAst: false }).documents[index]!;
  expect(kept.locate(pointer)?.line).toBe(line);
  expect(reparsed.locate(pointer)).toEqual(kept.locate(pointer));
});

test("files given as bytes locate the same as files given as text (the text is decoded again, not kept)", () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(MULTI)]);
  const fromBytes = loadFiles([{ file: "m.yaml", bytes: bom }], { retainAstBytes: 0 }).documents;
  const fromText = loadFiles([{ file: "m.yaml", text: MULTI }], { retainAstBytes: 0 }).documents;
  expect(fromBytes).toHaveLength(3);
  for (const [i, pointer] of [[0, "/metadata/name"], [1, "/spec/ports/1/port"], [2, "/spec/template/spec/containers/0/resources/requests/cpu"]] as const) {
    expect(fromBytes[i]!.locate(pointer)).toEqual(fromText[i]!.locate(pointer));
  }
  expect(fromBytes[2]!.locate("/spec/template/spec/containers/0/resources/requests/cpu")?.line).toBe(18);
});
