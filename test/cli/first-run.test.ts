// What a new user meets first: --version, no green run on a wrong path, errors that name the flag or
// the file, help text that says what the command really does.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";
import { tollgate } from "./cli.js";

const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

test.each([["--version"], ["-V"]])("%s prints the package version", (flag) => {
  const r = tollgate([flag]);
  expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
});

describe("no manifest under the given paths is exit 2 naming them, unless --allow-empty", () => {
  const dir = mkdtempSync(join(tmpdir(), "tg-empty-"));
  mkdirSync(join(dir, "k8s"));
  writeFileSync(join(dir, "k8s", "README.md"), "# not a manifest\n");
  writeFileSync(join(dir, "k8s", ".hidden.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
  mkdirSync(join(dir, "overlays"));

  test.each([
    [["check", "k8s"], 2, "no manifest (.yaml, .yml or .json file) found in k8s"],
    [["check", "k8s", "overlays"], 2, "found in k8s, overlays;"],
    [["cost", "k8s"], 2, "no manifest (.yaml, .yml or .json file) found in k8s"],
    [["check", "k8s", "--allow-empty"], 0, ""],
    [["cost", "k8s", "--allow-empty"], 0, ""],
  ])("%j exits %i", (args, code, message) => {
    const r = tollgate(args, { cwd: dir });
    expect(r.code).toBe(code);
    if (message) expect(r.stderr).toContain(message);
    else expect(r.stderr).toBe("");
  });

  test("stdin with a manifest is not empty", () => {
    const r = tollgate(["check", "-"], { cwd: dir, input: "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a, namespace: a }\n" });
    expect(r.code).toBe(0);
  });
});

describe("errors name the flag or the file, once, without an errno prefix", () => {
  test.each([
    [["check", "examples/teams/api/web.yaml", "-o", "/nonexistent/x"], "tollgate: --output /nonexistent/x: directory /nonexistent does not exist\n"],
    [["cost", "examples/teams/api/web.yaml", "-o", "/nonexistent/x"], "tollgate: --output /nonexistent/x: directory /nonexistent does not exist\n"],
    [["serve", "--cert", "nope.crt", "--key", "nope.key"], "tollgate: --cert nope.crt: no such file\n"],
    [["serve", "--cert", "examples/teams/api/web.yaml", "--key", "nope.key"], "tollgate: --key nope.key: no such file\n"],
  ])("%j", (args, stderr) => {
    const r = tollgate(args);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr });
  });
});

test("markdown counts are singular for one", () => {
  const r = tollgate(["check", "examples/teams/api/web.yaml", "-f", "markdown"]);
  expect(r.stdout.split("\n")[0]).toBe("**0** errors · **0** warnings · **1** info — 4 objects in 1 file");
});

describe("check --help says what check does", () => {
  const help = tollgate(["check", "--help"]).stdout.replace(/\s+/g, " ");
  test.each([
    ["the config is the nearest one from the first path", "-c, --config <file> config file (default: the nearest .tollgate.yaml from the first path up to the current directory)"],
    ["--cost prints in text, markdown and json", "--cost add the cost report (a table in text, a section in markdown, the cost field in json; not in sarif)"],
    ["--no-exemptions is about the config's exemptions", "--no-exemptions ignore the config file's exemptions (suppression annotations on objects still apply)"],
    ["--allow-empty", "--allow-empty exit 0 when the paths hold no manifest"],
  ])("%s", (_what, text) => {
    expect(help).toContain(text);
  });
});

test.each([
  ["text", "Monthly cost estimate"],
  ["markdown", "### Monthly cost"],
  ["json", '"cost": {'],
])("check --cost prints the cost report in %s", (format, marker) => {
  const r = tollgate(["check", "examples/", "--cost", "-f", format]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(marker);
});

test("a policies: directory that does not exist names the config file and line", () => {
  const dir = mkdtempSync(join(tmpdir(), "tg-policies-"));
  writeFileSync(join(dir, ".tollgate.yaml"), "rules:\n  resources/cpu-limit-required: on\npolicies: [./policies]\n");
  writeFileSync(join(dir, "a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a, namespace: a }\n");
  const r = tollgate(["check", "."], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(".tollgate.yaml:3:12 policies[0]: policy directory ./policies not found");
});
