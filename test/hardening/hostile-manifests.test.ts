// Hostile manifests through the real CLI, each beside a good file whose finding must still be reported:
// every hostile file ends as a finding naming it, under a hard heap cap.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

interface JsonFinding { ruleId: string; file?: string; line?: number; message: string; object?: { name?: string } }
interface RunResult { code: number | null; signal: string | null; findings: JsonFinding[]; stdout: string; stderr: string }

/**
 * The CLI with a heap cap: exceeding it kills the process (signal/abort), which fails the test. The
 * timeout only stops a hang (a busy machine is slow, not hung); speed is measured in `npm run bench`.
 */
function cli(args: string[], cwd: string, heapMb = 256, timeoutMs = 300_000): RunResult {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, join(ROOT, "bin/tollgate.js"), ...args], {
    cwd,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  let findings: JsonFinding[] = [];
  try {
    findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
  } catch {
    /* asserted by the caller through code/signal */
  }
  return { code: r.status, signal: r.signal, findings, stdout: r.stdout, stderr: r.stderr };
}

/** A Pod whose only container has no resources: known findings at line 8 (`- name: c`). */
const goodPod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: app\nspec:\n  containers:\n    - name: c\n      image: example/app:1\n`;

function aliasBomb(): string {
  let s = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  let prev = "a";
  for (const n of "bcdefghi") {
    s += `${n}: &${n} [${Array(9).fill(`*${prev}`).join(", ")}]\n`;
    prev = n;
  }
  return s; // 9^9 ≈ 387 million strings if expanded
}

const MB = 1024 * 1024;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tollgate-hostile-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes hostile files into a fresh directory, each with a good neighbour `<name>-good.yaml`. */
function scenario(name: string, files: Record<string, string | Uint8Array>): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  for (const [f, content] of Object.entries(files)) {
    writeFileSync(join(d, f), content);
    writeFileSync(join(d, `${f.replace(/\.\w+$/, "")}-good.yaml`), goodPod(`good-${f.replace(/\W/g, "-")}`));
  }
  return d;
}

function expectGoodNeighbours(r: RunResult, names: string[]): void {
  for (const n of names) {
    const good = `${n.replace(/\.\w+$/, "")}-good.yaml`;
    expect(r.findings.filter((f) => f.file === good && f.ruleId === "resources/memory-limit-required").map((f) => f.line)).toEqual([8]);
  }
}

describe("hostile manifests end as findings naming the file, and the rest of the run still reports", () => {
  test("alias bombs, 100,000-deep nesting (flow, block, JSON), binary, invalid UTF-8, tabs, BOM + CRLF", () => {
    const deep = 100_000;
    const files: Record<string, string | Uint8Array> = {
      "bomb.yaml": aliasBomb(),
      "deep-flow.yaml": `a: ${"[".repeat(deep)}${"]".repeat(deep)}\n`,
      "deep-flow-map.yaml": `${"{a: ".repeat(deep)}1${"}".repeat(deep)}\n`,
      "deep-block.yaml": `${"- ".repeat(deep)}x\n`,
      "deep-unclosed.yaml": "[".repeat(deep),
      "deep.json": `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"j"},"spec":${"[".repeat(deep)}${"]".repeat(deep)}}`,
      "binary.yaml": Uint8Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256),
      "latin1.yaml": Uint8Array.from([...Buffer.from("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf"), 0xe9, ...Buffer.from("\n")]),
      "tabs.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: tabbed\n",
      "bom-crlf.yaml": `\ufeff${goodPod("crlf").replace(/\n/g, "\r\n")}`,
    };
    const d = scenario("mixed", files);
    const r = cli(["check", "-f", "json", "."], d);
    expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toEqual({ code: 1, signal: null, stderr: "" });
    const of = (file: string) => r.findings.filter((f) => f.file === file);
    expect(of("bomb.yaml")).toEqual([expect.objectContaining({ ruleId: "parse/yaml-syntax", line: 1, message: expect.stringContaining("alias") })]);
    for (const f of ["deep-flow.yaml", "deep-flow-map.yaml", "deep-block.yaml", "deep-unclosed.yaml", "deep.json"]) {
      expect(of(f)).toEqual([expect.objectContaining({ ruleId: "parse/yaml-syntax", line: 1, message: expect.stringMatching(/nested too deeply|syntax error/) })]);
    }
    expect(of("deep-flow.yaml")[0]!.message).toContain("nested too deeply");
    expect(of("binary.yaml")).toEqual([expect.objectContaining({ ruleId: "parse/not-text", message: expect.stringContaining("binary.yaml is a binary file") })]);
    expect(of("latin1.yaml")).toEqual([expect.objectContaining({ ruleId: "parse/not-text", line: 4, message: expect.stringContaining("not valid UTF-8") })]);
    expect(of("tabs.yaml")).toEqual([expect.objectContaining({ ruleId: "parse/yaml-syntax", line: 4 })]);
    // BOM and CRLF are accepted: the Pod's findings land on the same line as with LF.
    expect(of("bom-crlf.yaml").filter((f) => f.ruleId === "resources/memory-limit-required").map((f) => f.line)).toEqual([8]);
    expectGoodNeighbours(r, Object.keys(files));
  });

  test("a 50 MB file, a 50 MB single line, thousands of documents and a file over the 64 MiB limit", () => {
    const bulk = "    " + "z".repeat(76) + "\n";
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 50 * MB; i++) {
      const doc = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  namespace: app\ndata:\n  blob: |\n${bulk.repeat(640)}---\n`;
      parts.push(doc);
      size += doc.length;
    }
    const big = parts.join("") + goodPod("last-of-50mb");
    const bigLastLine = big.split("\n").length - 2; // `- name: c` is the 8th of the Pod's 9 lines, the file ends in "\n"
    const many = Array.from({ length: 5000 }, (_, i) => goodPod(`p${i}`)).join("---\n");
    const files: Record<string, string> = {
      "big.yaml": big,
      "line.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: line, namespace: app }\ndata:\n  k: ${"x".repeat(50 * MB)}\n`,
      "quoted-line.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: quoted, namespace: app }\ndata:\n  k: "${"q".repeat(4 * MB)}"\n`,
      "many.yaml": many,
    };
    const d = scenario("big", files);
    writeFileSync(join(d, "huge.yaml"), "");
    truncateSync(join(d, "huge.yaml"), 65 * MB); // sparse: costs no disk
    writeFileSync(join(d, "huge-good.yaml"), goodPod("good-huge"));
    const r = cli(["check", "-f", "json", "."], d, 512);
    expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toEqual({ code: 1, signal: null, stderr: "" });
    const of = (file: string, rule = "resources/memory-limit-required") => r.findings.filter((f) => f.file === file && f.ruleId === rule);
    expect(of("big.yaml").map((f) => f.line)).toEqual([bigLastLine]);
    expect(r.findings.filter((f) => f.file === "line.yaml" || f.file === "quoted-line.yaml")).toEqual([]);
    expect(of("many.yaml").map((f) => f.line)).toEqual(Array.from({ length: 5000 }, (_, i) => 8 + i * 10));
    expect(r.findings.filter((f) => f.file === "huge.yaml")).toEqual([
      expect.objectContaining({ ruleId: "parse/not-text", message: expect.stringContaining("larger than the 64 MiB") }),
    ]);
    expectGoodNeighbours(r, [...Object.keys(files), "huge.yaml"]);
  });

  test("20,000 documents of double-quoted strings fit a 192 MB heap", () => {
    // yaml builds double-quoted strings (all of JSON) one character at a time; kept unflattened, these
    // 8 MB of documents needed more than 256 MB of heap and the process died with every finding.
    const quoted = Array.from({ length: 20_000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "cm-${i}"\n  namespace: "app"\ndata:\n  k: "${"v".repeat(400)}"\n`);
    const d = scenario("quoted", { "quoted.yaml": [...quoted, goodPod("last")].join("---\n") });
    const r = cli(["check", "-f", "json", "."], d, 192);
    expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toEqual({ code: 1, signal: null, stderr: "" });
    expect(r.findings.filter((f) => f.file === "quoted.yaml" && f.ruleId === "resources/memory-limit-required").map((f) => f.line)).toEqual([20_000 * 8 + 8]);
    expectGoodNeighbours(r, ["quoted.yaml"]);
  });

  test("symlink loops in directories end, and each real file is read once", () => {
    const d = scenario("links", { "app.yaml": goodPod("app") });
    mkdirSync(join(d, "sub"));
    writeFileSync(join(d, "sub", "inner.yaml"), goodPod("inner"));
    symlinkSync("..", join(d, "sub", "up")); // sub/up -> d: a cycle
    symlinkSync(join(d, "sub"), join(d, "sub", "self"));
    symlinkSync(join(d, "b"), join(d, "a")); // a -> b -> a: a dangling cycle
    symlinkSync(join(d, "a"), join(d, "b"));
    symlinkSync(join(d, "app.yaml"), join(d, "alias.yaml"));
    const r = cli(["check", "-f", "json", "."], d);
    expect({ code: r.code, signal: r.signal }).toEqual({ code: 1, signal: null });
    const limits = r.findings.filter((f) => f.ruleId === "resources/memory-limit-required");
    expect(limits.map((f) => f.object?.name).sort()).toEqual(["app", "good-app-yaml", "inner"]);
  });
});
