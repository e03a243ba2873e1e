// The PR comment and the annotations (issue 19, repro 6): the rows that fit are the ones that
// matter, the marks are explained, nothing from a manifest can mention, link or break the markdown,
// untouched workloads appear only with their reason, and `annotate:` chooses what is annotated.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { costSection } from "../../src/action/cost.js";
import { EMPTY_CONFIG } from "../../src/core/config.js";
import type { Finding, Severity } from "../../src/core/types.js";
import { check, sortFindings, type InputFile } from "../../src/engine/check.js";
import { buildComment, buildSummary, type ReportInput } from "../../src/reporters/github.js";
import { codeSpan, proseWithValues } from "../../src/reporters/markdown.js";
import { builtinRegistry } from "../helpers.js";
import { DEFAULT_TOKEN, FakeGitHub } from "./fake-github.js";
import { createGitFixture, type GitFixture, type Tree } from "./git-fixture.js";
import { pullRequestEvent } from "./payloads.js";
import { runAction, type RunActionResult } from "./run-action.js";
import { BASE, HEAD, lineOf, pullFiles } from "./scenario.js";

const finding = (file: string, line: number, severity: Severity, message = "app has no memory limit."): Finding => ({
  ruleId: severity === "error" ? "resources/memory-limit-required" : "resources/cpu-request-required",
  severity,
  message,
  file,
  line,
  column: 3,
});

const input = (findings: Finding[], extra: Partial<ReportInput> = {}) => ({
  findings,
  changedFindings: findings,
  isChangedLine: (f: Finding) => f.line === 1,
  failOn: "error" as const,
  failing: true,
  objects: findings.length,
  files: 3,
  blobUrl: "https://github.com/o/r/blob/abc",
  summaryUrl: "https://github.com/o/r/actions/runs/1",
  ...extra,
});

/** The comment's text outside code spans (what GitHub turns into mentions, references and links). */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)[\s\S]*?\1/g, "");
}

describe("row order: the rows that fit are the ones that matter", () => {
  test("a large PR: errors on changed lines, then errors, warnings, infos, whatever the file names", () => {
    // Sorted by file as the engine sorts them: the infos and warnings come first.
    const findings = [
      ...Array.from({ length: 8 }, (_, i) => finding("k8s/a-infos.yaml", i + 2, "info")),
      ...Array.from({ length: 55 }, (_, i) => finding("k8s/b-warnings.yaml", i + 2, "warning")),
      ...Array.from({ length: 2200 }, (_, i) => finding(`k8s/z-errors-${i}.yaml`, i === 2199 ? 1 : 2, "error", `e${i} has no memory limit.`)),
    ];
    sortFindings(findings);
    expect(findings[0]!.severity).toBe("info");
    const body = buildComment(input(findings), 20_000).body;
    const rows = body.split("\n").filter((l) => /^\| (🔴|🟠|🔵)/.test(l));
    expect(rows.length).toBeGreaterThan(20);
    // The one error on a changed line is first, and only errors fit.
    expect(rows[0]).toContain("e2199 has no memory limit.");
    expect(rows[0]).toMatch(/^\| 🔴 ✏️ \|/);
    expect(rows.every((r) => r.startsWith("| 🔴"))).toBe(true);
    expect(body).toContain(`…and ${findings.length - rows.length} more findings.`);
  });

  test("the job summary's tables follow the same order", () => {
    const findings = [finding("a.yaml", 5, "info"), finding("b.yaml", 5, "warning"), finding("c.yaml", 5, "error"), finding("d.yaml", 1, "error")];
    const summary = buildSummary(input(findings));
    const at = (needle: string) => summary.indexOf(needle);
    expect([at("`d.yaml:1`"), at("`c.yaml:5`"), at("`b.yaml:5`"), at("`a.yaml:5`")].every((v, i, a) => v > 0 && (i === 0 || v > a[i - 1]!))).toBe(true);
  });
});

describe("the comment explains its marks", () => {
  test("a legend for the icons and ✏️", () => {
    const body = buildComment(input([finding("k8s/a.yaml", 1, "error")])).body;
    expect(body).toContain("<sub>🔴 error · 🟠 warning · 🔵 info · ✏️ on a line this pull request adds or modifies</sub>");
  });
});

describe("nothing from a manifest mentions, links or breaks the markdown", () => {
  test.each([
    ["a team mention in a quantity", 'memory request "@octo-org/admins" is not a valid quantity.', '`"@octo-org/admins"`'],
    ["an issue reference and a bare domain", "image from #12 at www.evil.example/x is not pinned.", "`#12`"],
    ["a markdown link", "label [click](https://evil.example) is not allowed.", "`[click](https://evil.example)`"],
    ["backticks in a value", "name a`b`c is odd.", "``a`b`c``"],
    ["a pipe and a newline", "value a|b\nnext", "`a\\|b`"],
  ])("%s", (_, message, expected) => {
    const body = buildComment(input([finding("k8s/a.yaml", 4, "error", message)])).body;
    const row = body.split("\n").find((l) => l.startsWith("| 🔴"))!;
    expect(row).toContain(expected);
    const prose = outsideCode(row);
    expect(prose).not.toMatch(/@|#\d|www\.|\]\(https:\/\/evil/);
    // Four cells, so the table is intact.
    expect(row.replace(/\\\|/g, "").split("|").length).toBe(6);
  });

  test("a `)` or a space in a file name does not break the link", () => {
    const body = buildComment(input([finding("k8s/odd (copy)).yaml", 4, "error")])).body;
    const link = /\[(`[^`]+`)\]\((\S+)\)/.exec(body)!;
    expect(link[1]).toBe("`k8s/odd (copy)).yaml:4`");
    expect(link[2]).toBe("https://github.com/o/r/blob/abc/k8s/odd%20%28copy%29%29.yaml#L4");
    expect(decodeURIComponent(link[2]!)).toBe("https://github.com/o/r/blob/abc/k8s/odd (copy)).yaml#L4");
  });

  test.each([
    ["plain", "`plain`"],
    ["a`b", "``a`b``"],
    ["`edge`", "`` `edge` ``"],
  ])("codeSpan(%j) = %j", (text, span) => {
    expect(codeSpan(text)).toBe(span);
  });

  test("prose stays prose: words, numbers and prices are not wrapped", () => {
    expect(proseWithValues("Monthly cost on EKS rises by $60.74 (+37.0 %) to $224.84; the largest change is Deployment shop/api (+$35.55).")).toBe(
      "Monthly cost on EKS rises by $60.74 (+37.0 %) to $224.84; the largest change is Deployment `shop/api` (+$35.55).",
    );
  });
});

describe("workloads the PR did not touch", () => {
  test("appear only with their reason (repacked), not as changes of their own", () => {
    const files = (tree: Tree): InputFile[] => Object.entries(tree).filter(([f]) => f.endsWith(".yaml")).map(([file, text]) => ({ file, text: text as string }));
    const { run } = check({ files: files(HEAD), base: files(BASE), rules: builtinRegistry().rules, config: EMPTY_CONFIG });
    const request = { head: run, config: EMPTY_CONFIG, platforms: ["eks", "k3s"], region: "us-east-1" };
    const plain = costSection(request);
    // The engine does move the untouched legacy workload's share (the repro).
    expect(plain.report.workloads.find((w) => w.name === "old")!.delta!.k3s).toBeLessThan(0);
    // The cost report's "why" lists name only workloads that changed; repacking is its own line.
    const whyOf = (md: string) => md.slice(md.indexOf("Why:"), md.indexOf("```mermaid"));
    expect(whyOf(plain.markdown)).not.toContain("shop/old");

    const section = costSection({ ...request, changedFiles: new Set(["k8s/api.yaml", "k8s/web-svc.yaml"]) });
    const why = whyOf(section.markdown);
    expect(why).toContain("Deployment shop/api: replicas 2 → 6");
    expect(why).not.toContain("shop/old");
    expect(section.markdown).toMatch(/3 workload\(s\) in files this pull request does not touch \(`Deployment shop\/web-blue`, `Deployment shop\/web-green`, `Deployment shop\/old`\) move by −\$0\.\d\d on k3s in total: repacked, not changed/);
    // The totals and outputs are the engine's, untouched.
    expect(section.outputs).toEqual(plain.outputs);
  });
});

describe("the annotate input", () => {
  let repo: GitFixture;
  let fake: FakeGitHub;
  const PROXY_RESOURCES = lineOf(HEAD["k8s/api.yaml"] as string, "resources:", 2);
  const SELECTOR = lineOf(HEAD["k8s/web-svc.yaml"] as string, "selector:");

  beforeAll(() => {
    if (!existsSync(join(process.cwd(), "dist-action/index.js"))) throw new Error("build the bundle first: node scripts/build-action.mjs");
    repo = createGitFixture({ base: BASE, head: HEAD, checkout: "merge" });
  });
  afterAll(() => repo.cleanup());
  beforeEach(async () => {
    fake = await FakeGitHub.start({ owner: "octo-org", repo: "manifests", repoId: 4242 });
    fake.addPull({ number: 7, base: { sha: repo.baseSha }, head: { sha: repo.headSha }, files: pullFiles(repo) });
  });
  afterEach(async () => {
    await fake.close();
    fake.assertNoViolations();
  });

  const placed = (r: RunActionResult) => r.annotations.filter((a) => a.file !== undefined).map((a) => `${a.level} ${a.file}:${a.line}`);

  test.each<[string, string[]]>([
    ["changed-lines", [`error k8s/api.yaml:${PROXY_RESOURCES}`, `notice k8s/web-svc.yaml:${SELECTOR}`, `notice k8s/web-svc.yaml:${SELECTOR}`]],
    ["changed-files", [`error k8s/api.yaml:${PROXY_RESOURCES}`, `notice k8s/web-svc.yaml:${SELECTOR}`, `notice k8s/web-svc.yaml:${SELECTOR}`, "warning k8s/api.yaml:1", "warning k8s/api.yaml:1"]],
    ["all", [`error k8s/api.yaml:${PROXY_RESOURCES}`, `notice k8s/web-svc.yaml:${SELECTOR}`, `notice k8s/web-svc.yaml:${SELECTOR}`, expect.stringMatching(/^error legacy\/old\.yaml:\d+$/) as unknown as string, "warning k8s/api.yaml:1", "warning k8s/api.yaml:1"]],
    ["none", []],
  ])("annotate: %s", async (mode, expected) => {
    const result = await runAction({
      event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 7, baseSha: repo.baseSha, headSha: repo.headSha }),
      apiUrl: fake.baseUrl,
      token: DEFAULT_TOKEN,
      cwd: repo.dir,
      sha: repo.mergeSha,
      timeoutMs: 60_000,
      inputs: { annotate: mode, comment: false },
    });
    expect(result.unexpectedInputs).toEqual([]);
    expect(placed(result)).toEqual(expected);
    // The gate and the outputs do not depend on what is annotated.
    expect(result.exitCode).toBe(1);
    expect(result.outputs["changed-errors"]).toBe("1");
  });

  test("an unknown mode fails with the choices", async () => {
    const result = await runAction({
      event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 7, baseSha: repo.baseSha, headSha: repo.headSha }),
      apiUrl: fake.baseUrl,
      token: DEFAULT_TOKEN,
      cwd: repo.dir,
      inputs: { annotate: "some" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message)).toEqual(['annotate must be one of changed-lines, changed-files, all, none (got "some")']);
  });
});
