// The runner's reading of workflow commands and file commands, as tables.
import { describe, expect, test } from "@jest/globals";
import { parseCommandLine, parseKeyValueFile, parseWorkflowCommands, toAnnotations } from "./workflow-commands.js";

describe("parseCommandLine", () => {
  test.each([
    ["::error::plain", { command: "error", properties: {}, data: "plain" }],
    [
      "::error file=k8s/a.yaml,line=3,endLine=4,title=rule%3A a%2C b::50%25 off%0Anext line",
      { command: "error", properties: { file: "k8s/a.yaml", line: "3", endLine: "4", title: "rule: a, b" }, data: "50% off\nnext line" },
    ],
    ["::warning title=x%250A::%250A stays", { command: "warning", properties: { title: "x%0A" }, data: "%0A stays" }],
    ["::notice::carriage%0Dreturn", { command: "notice", properties: {}, data: "carriage\rreturn" }],
    ["   ::add-mask::s3cret", { command: "add-mask", properties: {}, data: "s3cret" }],
    ["::ERROR::case-insensitive name", { command: "ERROR", properties: {}, data: "case-insensitive name" }],
    ["::error file=a,,line=2,bogus::x", { command: "error", properties: { file: "a", line: "2" }, data: "x" }],
    ["::error title=a%3Ab::data: with: colons", { command: "error", properties: { title: "a:b" }, data: "data: with: colons" }],
  ])("%s", (line, expected) => {
    expect(parseCommandLine(line)).toEqual({ ...expected, line });
  });

  test.each(["plain log line", "::unknown-command::x", "::error no terminator", ":: error::leading space in name", "##[error]legacy form"])(
    "%s is not a command",
    (line) => {
      expect(parseCommandLine(line)).toBeUndefined();
    },
  );
});

describe("parseWorkflowCommands", () => {
  test("reads both streams and honours stop-commands until its token", () => {
    const stdout = [
      "::notice::before",
      "::stop-commands::pause-1",
      "::error::not a command while stopped",
      "::pause-1::",
      "::warning::after",
    ].join("\n");
    const commands = parseWorkflowCommands(stdout, "::error::from stderr\n");
    expect(commands.map((c) => [c.stream, c.command, c.data])).toEqual([
      ["stdout", "notice", "before"],
      ["stdout", "stop-commands", "pause-1"],
      ["stdout", "warning", "after"],
      ["stderr", "error", "from stderr"],
    ]);
  });

  test("CRLF line ends", () => {
    expect(parseWorkflowCommands("::notice::a\r\n::notice::b\r\n").map((c) => c.data)).toEqual(["a", "b"]);
  });
});

describe("toAnnotations", () => {
  test("levels, numeric positions, and paths made workspace-relative like the runner", () => {
    const commands = parseWorkflowCommands(
      [
        "::error file=/ws/repo/k8s/a.yaml,line=3,endLine=4,col=2,endColumn=9,title=T::m1",
        "::warning file=outside/b.yaml,line=x::m2",
        "::notice::m3",
        "::debug::not an annotation",
      ].join("\n"),
    );
    expect(toAnnotations(commands, "/ws/repo")).toEqual([
      { level: "error", message: "m1", file: "k8s/a.yaml", line: 3, endLine: 4, col: 2, endColumn: 9, title: "T" },
      { level: "warning", message: "m2", file: "outside/b.yaml" },
      { level: "notice", message: "m3" },
    ]);
  });
});

describe("parseKeyValueFile", () => {
  test.each([
    ["name=value\n", { name: "value" }],
    ["a=1\nb=x=y\n", { a: "1", b: "x=y" }],
    ["multi<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\n", { multi: "line 1\nline 2" }],
    ["empty<<EOF\nEOF\n", { empty: "" }],
    ["k<<EOF\na=b\nEOF\nplain=1\n", { k: "a=b", plain: "1" }],
    ["a=1\n\n\nb=2", { a: "1", b: "2" }],
    ["x=1\nx=2\n", { x: "2" }],
  ])("%j", (text, values) => {
    expect(parseKeyValueFile(text)).toEqual({ values, errors: [] });
  });

  test.each([
    ["k<<EOF\nno end\n", /Matching delimiter not found 'EOF'/],
    ["k<<EOF\nvalueEOF\n", /Matching delimiter not found/],
    ["=value\n", /Name must not be empty/],
    ["<<EOF\nx\nEOF\n", /delimiter must not be empty|Name must not be empty/],
    ["just text\n", /Invalid format 'just text'/],
  ])("%j is an error the runner reports", (text, error) => {
    expect(parseKeyValueFile(text).errors.join("\n")).toMatch(error);
  });
});
