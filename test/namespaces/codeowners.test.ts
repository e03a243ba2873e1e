import { matchCodeowners, parseCodeowners } from "../../src/ownership/codeowners.js";

/** Owners of `path` under `text` ("-" when no line matches, "" when the last match has no owners). */
function ownersOf(text: string, path: string): string {
  const e = matchCodeowners(parseCodeowners(text), path);
  return e === undefined ? "-" : e.owners.join(" ");
}

describe("CODEOWNERS patterns (gitignore semantics as GitHub applies them)", () => {
  const cases: [string, string, string, string][] = [
    // [description, CODEOWNERS, path, expected owners]
    ["catch-all matches everything", "* @o/all", "a/b/c.yaml", "@o/all"],
    ["last matching line wins", "* @o/all\n/teams/ @o/teams", "teams/x.yaml", "@o/teams"],
    ["an earlier, more specific line loses to a later one", "/teams/api/ @o/api\n/teams/ @o/teams", "teams/api/x.yaml", "@o/teams"],
    ["a line without owners un-owns", "* @o/all\n/scratch/", "scratch/x.yaml", ""],
    ["anchored directory", "/docs/ @o/docs", "docs/a.md", "@o/docs"],
    ["anchored directory does not match deeper", "/docs/ @o/docs", "src/docs/a.md", "-"],
    ["unanchored directory matches at any depth", "apps/ @o/apps", "src/apps/x/y.yaml", "@o/apps"],
    ["unanchored name matches a file at any depth", "deploy.yaml @o/d", "a/b/deploy.yaml", "@o/d"],
    ["a name matches a directory and what is inside", "build @o/b", "x/build/out/z", "@o/b"],
    ["a slash in the middle anchors", "teams/api @o/api", "other/teams/api/x", "-"],
    ["a slash in the middle anchors (match)", "teams/api @o/api", "teams/api/x", "@o/api"],
    ["* does not cross directories", "/teams/*.yaml @o/t", "teams/api/x.yaml", "-"],
    ["* within a segment", "/teams/*.yaml @o/t", "teams/x.yaml", "@o/t"],
    ["dir/* matches only files directly inside", "docs/* @o/d", "docs/build/x.md", "-"],
    ["dir/* matches a file directly inside", "docs/* @o/d", "docs/x.md", "@o/d"],
    ["unanchored extension", "*.json @o/j", "a/b/c.json", "@o/j"],
    ["leading **/", "**/logs @o/l", "deep/er/logs/x", "@o/l"],
    ["trailing /**", "/teams/** @o/t", "teams/a/b/c", "@o/t"],
    ["middle /**/ matches zero directories", "/a/**/b @o/ab", "a/b", "@o/ab"],
    ["middle /**/ matches several directories", "/a/**/b @o/ab", "a/x/y/b/z", "@o/ab"],
    ["? matches one character", "/v? @o/v", "v1/x", "@o/v"],
    ["? does not match a slash", "/a?b @o/v", "a/b", "-"],
    ["matching is case-sensitive", "/Teams/ @o/t", "teams/x", "-"],
    ["escaped # starts a pattern, not a comment", "\\#notes @o/n", "#notes", "@o/n"],
    ["escaped space in a pattern", "/my\\ dir/ @o/s", "my dir/x", "@o/s"],
    ["inline comment ends the owners", "/a/ @o/a # the a team @o/not", "a/x", "@o/a"],
    ["several owners", "/a/ @o/a @o/b user@example.com", "a/x", "@o/a @o/b user@example.com"],
    ["dots are literal", "/a.b/ @o/a", "axb/c", "-"],
    ["leading ./ in the path is ignored", "/a/ @o/a", "./a/x", "@o/a"],
  ];
  test.each(cases)("%s", (_d, text, path, expected) => {
    expect(ownersOf(text, path)).toBe(expected);
  });

  test("comments and blank lines are skipped; lines keep their numbers", () => {
    const co = parseCodeowners("# comment\n\n   # indented comment\n/a/ @o/a\n");
    expect(co.entries.map((e) => [e.line, e.pattern, e.owners])).toEqual([[4, "/a/", ["@o/a"]]]);
  });

  test("negation and character ranges are unsupported by GitHub: the line is skipped and reported", () => {
    const co = parseCodeowners("* @o/all\n!/a/ @o/a\n/b[12]/ @o/b\n");
    expect(co.entries.map((e) => e.line)).toEqual([1]);
    expect(co.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(ownersOf("* @o/all\n!/a/ @o/a", "a/x")).toBe("@o/all");
  });
});
