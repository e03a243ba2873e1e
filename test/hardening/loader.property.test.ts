// The loader over arbitrary bytes and YAML-ish text: never an exception, always findings with a file;
// and findings are located the same whether a document's AST was kept or re-parsed on demand.
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { check, checkDocuments, loadFiles, type InputFile } from "../../src/engine/check.js";
import { decodeText } from "../../src/parse/yaml.js";
import { builtinRegistry, configFrom, ROOT } from "../helpers.js";

const config = configFrom("");
const rules = () => builtinRegistry().rules;

/** Fragments that exercise the YAML grammar's corners: anchors, tags, flow, block scalars, directives. */
const FRAGMENTS = [
  "apiVersion: v1\n", "kind: Pod\n", "kind: Deployment\n", "kind: List\n", "metadata:\n", "  name: x\n", "  namespace: a\n",
  "spec:\n", "  containers:\n", "    - name: c\n", "      resources: ", "{ limits: { memory: 1Gi } }", "[", "]", "{", "}", ",",
  "- ", ": ", "? ", "&a ", "*a", "*b", "<<: *a\n", "!!binary ", "!!int ", "!custom ", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n",
  "---\n", "...\n", "|\n", ">-\n", "  text\n", "\t", "\"", "'", "\\u00e9", "\\", "#c\n", "\n", "  ", "0x1F", "1e3", "~", "null",
  "{{ .Values.x }}", "\ufeff", "\r\n", "\u0000", "\u2028", "items:\n", "  - apiVersion: v1\n    kind: Pod\n",
];
const yamlish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(""));

function assertWellFormed(files: InputFile[]): void {
  const r = check({ files, rules: rules(), config });
  const names = new Set(files.map((f) => f.file));
  for (const f of r.findings) {
    expect(typeof f.ruleId).toBe("string");
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(typeof f.message).toBe("string");
    if (f.file !== undefined) expect(names.has(f.file)).toBe(true);
    if (f.line !== undefined) expect(f.line).toBeGreaterThanOrEqual(1);
  }
  expect(r.summary.errors + r.summary.warnings + r.summary.infos).toBe(r.findings.length);
}

describe("the loader never throws: bad input is findings", () => {
  test("arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => assertWellFormed([{ file: "b.yaml", bytes }])), { numRuns: 500 });
  });

  test("arbitrary strings (as UTF-8 bytes and as text)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        assertWellFormed([{ file: "s.yaml", text: s }, { file: "t.yaml", bytes: new TextEncoder().encode(s) }]);
      }),
      { numRuns: 500 },
    );
  });

  test("YAML-ish text built from the grammar's corners", () => {
    fc.assert(fc.property(yamlish, yamlish, (a, b) => assertWellFormed([{ file: "a.yaml", text: a }, { file: "b.yaml", text: b }])), { numRuns: 1500 });
  });

  test.each([
    ["a map", "&a\n<<: *a\n"],
    ["a list", "&l [1, *l]\n"],
    ["a deeper map", "apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: x\n  labels: { self: *m }\n"],
  ])("an alias inside its own anchor (%s) is a finding, not an endless walk", (_name, text) => {
    // The string-flattening walk of the loader looped forever on such a value.
    const r = check({ files: [{ file: "self.yaml", text }], rules: rules(), config });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: "parse/yaml-syntax", message: expect.stringContaining("contains itself") })]);
  });

  test("one anchor used twice is not a cycle", () => {
    const r = check({ files: [{ file: "twice.yaml", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x, namespace: a }\ndata: &d { k: v }\nbinaryData: *d\n" }], rules: rules(), config });
    expect(r.findings.filter((f) => f.ruleId.startsWith("parse/"))).toEqual([]);
    expect(r.summary.objects).toBe(1);
  });

  test.each([
    ["a Latin-1 é before a newline", [0x63, 0x61, 0x66, 0xe9, 0x0a], 1, 4],
    ["a 3-byte sequence cut by a newline", [0x61, 0x0a, 0xe2, 0x82, 0x0a], 2, 1],
    ["a 4-byte sequence cut at the end of the file", [0x61, 0x0a, 0x62, 0xf0, 0x9f, 0x98], 2, 2],
    ["a lone continuation byte", [0x61, 0x0a, 0x0a, 0x80], 3, 1],
    ["an overlong encoding", [0x61, 0xc0, 0xaf], 1, 2],
  ])("invalid UTF-8 (%s) is a finding at its line, not a crash", (_name, bytes, line, column) => {
    // A cut multi-byte sequence used to throw ERR_ENCODING_INVALID_ENCODED_DATA out of the whole run.
    const d = decodeText("x.yaml", Uint8Array.from(bytes));
    expect(d.problem).toMatchObject({ ruleId: "parse/not-text", line, column });
  });
});

/** Every manifest under examples/ and test fixtures, as the CLI would read them. */
function corpus(): InputFile[] {
  const out: InputFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(name)) out.push({ file: relative(ROOT, p), bytes: readFileSync(p) });
    }
  };
  walk(join(ROOT, "examples"));
  return out;
}

describe("findings are located the same with the AST kept or re-parsed per document", () => {
  const locateBoth = (files: InputFile[]) => {
    const kept = loadFiles(files);
    const reparsed = loadFiles(files, { retainAstBytes: 0 });
    const run = (l: typeof kept) =>
      checkDocuments({ documents: l.documents, problems: l.problems, rules: rules(), config }).findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.endLine} ${f.ruleId} ${f.pointer}`);
    return { kept: run(kept), reparsed: run(reparsed) };
  };

  test("over examples/", () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(3);
    const { kept, reparsed } = locateBoth(files);
    expect(kept.length).toBeGreaterThan(0);
    expect(reparsed).toEqual(kept);
  });

  test("over generated multi-document files with indentation, comments, directives and flow documents", () => {
    const pod = fc.record({
      indent: fc.constantFrom("", "  "),
      lead: fc.constantFrom("", "# comment\n", "\n\n", "--- # start\n", "%YAML 1.2\n---\n"),
      flow: fc.boolean(),
      name: fc.constantFrom("a", "b", "c"),
      limits: fc.boolean(),
    }).map(({ indent, lead, flow, name, limits }) => {
      const res = limits ? "{ limits: { memory: 1Gi } }" : "{}";
      if (flow) return `${lead}{ apiVersion: v1, kind: Pod, metadata: { name: ${name}, namespace: a },\n  spec: { containers: [ { name: c, image: i,\n    resources: ${res} } ] } }\n`;
      return `${lead}${indent}apiVersion: v1\n${indent}kind: Pod\n${indent}metadata: { name: ${name}, namespace: a }\n${indent}spec:\n${indent}  containers:\n${indent}    - name: c\n${indent}      image: i\n${indent}      resources: ${res}\n`;
    });
    fc.assert(
      fc.property(fc.array(pod, { minLength: 1, maxLength: 6 }), (docs) => {
        const text = docs.map((d, i) => (i === 0 || d.startsWith("---") || d.startsWith("%") ? d : `---\n${d}`)).join("");
        const { kept, reparsed } = locateBoth([{ file: "gen.yaml", text }]);
        expect(reparsed).toEqual(kept);
      }),
      { numRuns: 300 },
    );
  });
});
