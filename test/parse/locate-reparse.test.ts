// Positions are the same whether the YAML AST was kept or is re-parsed on demand (a single
// document's lines, or the whole file when the slice cannot stand alone).
import { loadFiles } from "../../src/engine/check.js";
import { parseYamlText, RecentAsts } from "../../src/parse/yaml.js";

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

test("re-parsed documents are cached across files, a bounded few in all, and still locate right", () => {
  // A cache with room for two, shared by three files, records which file each AST belongs to.
  const recentAsts = new RecentAsts(2);
  const stored: { file: number; index: number }[] = [];
  const set = recentAsts.set.bind(recentAsts);
  recentAsts.set = (file, index, ast) => {
    stored.push({ file, index });
    set(file, index, ast);
  };
  const pointer = "/spec/template/spec/containers/0/resources/requests/cpu";
  const docs = ["a.yaml", "b.yaml", "c.yaml"].map((file) => parseYamlText(file, MULTI, { retainAst: false, recentAsts }).documents[2]!);
  for (const d of docs) expect(d.locate(pointer)?.line).toBe(18);
  expect(new Set(stored.map((s) => s.file)).size).toBe(3);
  // The oldest file's AST was dropped; the last two are kept for their next findings.
  expect(stored.map((s) => recentAsts.get(s.file, s.index) !== undefined)).toEqual([false, true, true]);
  // A dropped AST is re-parsed on demand, at the same position.
  expect(docs[0]!.locate(pointer)?.line).toBe(18);
});

describe("files the door reads on demand (read instead of bytes)", () => {
  const pointer = "/spec/template/spec/containers/0/resources/requests/cpu";
  const encoded = new TextEncoder().encode(MULTI);

  test("are read to parse and again only to locate, at the same positions", () => {
    let reads = 0;
    const { documents, problems } = loadFiles([{ file: "m.yaml", read: () => (reads++, encoded) }], { retainAstBytes: 0 });
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(3);
    expect(reads).toBe(1);
    expect(documents[2]!.locate(pointer)?.line).toBe(18);
    expect(reads).toBe(2);
  });

  test("a file that changed before its finding is located gives no line rather than a wrong one", () => {
    let current = encoded;
    const { documents } = loadFiles([{ file: "m.yaml", read: () => current }], { retainAstBytes: 0 });
    current = new TextEncoder().encode("# edited meanwhile\n" + MULTI);
    expect(documents[2]!.locate(pointer)).toBeUndefined();
    expect(documents[2]!.locate("")?.line).toBe(10); // the root position was taken when parsed
  });

  test("a file that cannot be read is a finding naming it, and the other files still load", () => {
    const gone = Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT" });
    const { documents, problems } = loadFiles([
      { file: "gone.yaml", read: () => { throw gone; } },
      { file: "m.yaml", read: () => encoded },
    ]);
    expect(problems).toEqual([{ ruleId: "parse/not-text", file: "gone.yaml", message: "gone.yaml cannot be read: ENOENT" }]);
    expect(documents).toHaveLength(3);
  });
});
