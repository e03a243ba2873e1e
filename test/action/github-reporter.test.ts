// The Action's pure parts: changed lines from patches, path globs, which findings get the few
// annotation slots, and the size limits of the summary and the sticky comment.
import { describe, expect, test } from "@jest/globals";
import type { Finding, Severity } from "../../src/core/types.js";
import { addedLines, changesFromGitDiff, onChangedLine, toChangeSet } from "../../src/action/changes.js";
import { parsePatterns, pathMatcher } from "../../src/action/manifests.js";
import {
  buildComment,
  buildSummary,
  COMMENT_MAX_CHARS,
  commentHasContent,
  digestOf,
  planAnnotations,
  STICKY_MARKER,
  SUMMARY_MAX_BYTES,
  type ReportInput,
} from "../../src/reporters/github.js";

const finding = (file: string | undefined, line: number | undefined, severity: Severity = "error", ruleId = "resources/memory-limit-required", message = "app has no memory limit."): Finding => ({
  ruleId,
  severity,
  message,
  ...(file !== undefined ? { file } : {}),
  ...(line !== undefined ? { line, column: 3 } : {}),
  remediation: "Set resources.limits.memory.",
});

describe("addedLines: head lines a patch adds or modifies", () => {
  test.each([
    ["one added line", "@@ -1,3 +1,4 @@\n a\n+b\n c\n d", [{ start: 2, end: 2 }]],
    ["a replaced block", "@@ -5,4 +5,4 @@ spec:\n x\n-  replicas: 2\n-  image: a\n+  replicas: 6\n+  image: b\n y", [{ start: 6, end: 7 }]],
    ["two hunks", "@@ -1,2 +1,2 @@\n-a\n+A\n b\n@@ -10,2 +10,3 @@\n j\n+k\n+l", [{ start: 1, end: 1 }, { start: 11, end: 12 }]],
    ["deletions only", "@@ -1,3 +1,2 @@\n a\n-b\n c", []],
    ["no newline at end of file", "@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file", [{ start: 1, end: 1 }]],
    ["a new file (single-line hunk header)", "@@ -0,0 +1 @@\n+kind: Namespace", [{ start: 1, end: 1 }]],
    ["a blank context line kept as an empty string", "@@ -1,3 +1,4 @@\n a\n\n+c\n d", [{ start: 3, end: 3 }]],
  ])("%s", (_, patch, ranges) => {
    expect(addedLines(patch)).toEqual(ranges);
  });

  test("git diff -U0 output: per file, added files, deletions skipped", () => {
    const diff = [
      "diff --git a/k8s/api.yaml b/k8s/api.yaml",
      "index 1..2 100644",
      "--- a/k8s/api.yaml",
      "+++ b/k8s/api.yaml",
      "@@ -7 +7 @@ spec:",
      "-  replicas: 2",
      "+  replicas: 6",
      "@@ -20,0 +21,3 @@",
      "+        - name: proxy",
      "+          image: envoy",
      "+          resources: {}",
      "diff --git a/k8s/new.yaml b/k8s/new.yaml",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/k8s/new.yaml",
      "@@ -0,0 +1,2 @@",
      "+kind: Namespace",
      "+metadata: {name: x}",
      "diff --git a/k8s/gone.yaml b/k8s/gone.yaml",
      "deleted file mode 100644",
      "--- a/k8s/gone.yaml",
      "+++ /dev/null",
      "@@ -1 +0,0 @@",
      "-kind: Namespace",
      "",
    ].join("\n");
    expect(changesFromGitDiff(diff)).toEqual([
      { file: "k8s/api.yaml", status: "modified", lines: [{ start: 7, end: 7 }, { start: 21, end: 23 }] },
      { file: "k8s/new.yaml", status: "added", lines: [{ start: 1, end: 2 }] },
    ]);
  });

  test("onChangedLine: inside a range, a file without a patch counts whole, removed files and other files do not", () => {
    const changes = toChangeSet([
      { file: "a.yaml", status: "modified", lines: [{ start: 5, end: 7 }] },
      { file: "big.yaml", status: "modified" },
      { file: "gone.yaml", status: "removed", lines: [] },
    ]);
    expect([4, 5, 7, 8].map((l) => onChangedLine(changes, "a.yaml", l))).toEqual([false, true, true, false]);
    expect(onChangedLine(changes, "big.yaml", 900)).toBe(true);
    expect(onChangedLine(changes, "gone.yaml", 1)).toBe(false);
    expect(onChangedLine(changes, "other.yaml", 5)).toBe(false);
    expect(onChangedLine(changes, undefined, 5)).toBe(false);
  });
});

describe("paths input", () => {
  test.each([
    ["", ["k8s/a.yaml", "legacy/b.yaml", "charts/x/values.yaml"], [true, true, true]],
    ["k8s/**", ["k8s/a.yaml", "k8s/deep/b.yml", "legacy/b.yaml"], [true, true, false]],
    ["k8s", ["k8s/a.yaml", "k8s/deep/b.yml", "k8s-old/c.yaml"], [true, true, false]],
    ["./k8s/, apps/*.yaml", ["k8s/a.yaml", "apps/x.yaml", "apps/deep/x.yaml"], [true, true, false]],
    ["k8s/**\n!k8s/generated/**\n# a comment", ["k8s/a.yaml", "k8s/generated/b.yaml", "# a comment"], [true, false, false]],
  ])("%j", (input, paths, expected) => {
    const matches = pathMatcher(parsePatterns(input));
    expect(paths.map(matches)).toEqual(expected);
  });
});

describe("planAnnotations: the slots GitHub displays", () => {
  test("changed lines first, then severity, then position; nothing without a file", () => {
    const findings = [finding("a.yaml", 1, "warning"), finding("a.yaml", 9, "info"), finding("a.yaml", 20, "error"), finding(undefined, undefined)];
    const plan = planAnnotations(findings, (f) => f.line === 9);
    expect(plan.annotations.map((a) => [a.level, a.startLine])).toEqual([["notice", 9], ["error", 20], ["warning", 1]]);
    expect(plan.omitted).toBe(0);
    expect(plan.annotations[1]).toEqual({
      level: "error",
      message: "app has no memory limit.\nSet resources.limits.memory.",
      title: "tollgate: resources/memory-limit-required",
      file: "a.yaml",
      startLine: 20,
      startColumn: 3,
    });
  });

  test("10 per level, changed lines keep their slots, slots the Action used are taken off", () => {
    const errors = Array.from({ length: 15 }, (_, i) => finding("a.yaml", i + 1));
    const warnings = Array.from({ length: 4 }, (_, i) => finding("a.yaml", 100 + i, "warning"));
    const changed = (f: Finding) => f.line! >= 10 && f.line! < 100;
    const plan = planAnnotations([...errors, ...warnings], changed, { used: { warning: 2, error: 1 } });
    const errorLines = plan.annotations.filter((a) => a.level === "error").map((a) => a.startLine);
    expect(errorLines).toEqual([10, 11, 12, 13, 14, 15, 1, 2, 3]);
    expect(plan.annotations.filter((a) => a.level === "warning")).toHaveLength(4);
    expect(plan.omitted).toBe(6);
  });

  test("50 per job", () => {
    const many = (["error", "warning", "info"] as const).flatMap((s) => Array.from({ length: 20 }, (_, i) => finding("a.yaml", i + 1, s)));
    expect(planAnnotations(many, () => false, { perLevel: 30 }).annotations).toHaveLength(50);
  });

  test("a multi-line finding spans lines and drops the column", () => {
    const [a] = planAnnotations([{ ...finding("a.yaml", 3), endLine: 9 }], () => false).annotations;
    expect(a).toMatchObject({ startLine: 3, endLine: 9 });
    expect(a).not.toHaveProperty("startColumn");
  });
});

const report = (findings: Finding[], extra: Partial<ReportInput> = {}): ReportInput => ({
  findings,
  changedFindings: findings.filter((f) => f.file?.startsWith("k8s/")),
  isChangedLine: () => true,
  failOn: "error",
  failing: true,
  objects: findings.length,
  files: 2,
  blobUrl: "https://github.com/o/r/blob/abc",
  ...extra,
});

describe("the sticky comment", () => {
  test("marker first, findings on changed files only, cost and switches, a link to the summary", () => {
    const c = buildComment({
      ...report([finding("k8s/a.yaml", 4), finding("legacy/b.yaml", 2)], { cost: "### Monthly cost\n\nMonthly estimate increased by **$5.00** on EKS.", switches: ["shop/web: traffic moves from blue to green"] }),
      summaryUrl: "https://github.com/o/r/actions/runs/1",
    });
    expect(c.body.startsWith(`${STICKY_MARKER}\n<!-- tollgate:digest=${c.digest} -->\n### tollgate\n`)).toBe(true);
    expect(c.body).toContain("[`k8s/a.yaml:4`](https://github.com/o/r/blob/abc/k8s/a.yaml#L4)");
    expect(c.body).not.toContain("legacy/b.yaml");
    expect(c.body).toContain("1 more finding elsewhere in the repository");
    expect(c.body).toContain("### Monthly cost\n\nMonthly estimate increased by **$5.00** on EKS.");
    expect(c.body).toContain("### Blue-green switches\n\n- shop/web: traffic moves from blue to green");
    expect(c.body.trimEnd().endsWith("<sub>Every finding is in the [job summary](https://github.com/o/r/actions/runs/1).</sub>")).toBe(true);
  });

  test("the digest ignores the run link, so a re-run with the same result is recognised", () => {
    const input = report([finding("k8s/a.yaml", 4)]);
    const a = buildComment({ ...input, summaryUrl: "https://github.com/o/r/actions/runs/1" });
    const b = buildComment({ ...input, summaryUrl: "https://github.com/o/r/actions/runs/2" });
    const c = buildComment({ ...input, failOn: "warning", summaryUrl: "https://github.com/o/r/actions/runs/2" });
    expect(a.body).not.toBe(b.body);
    expect(a.digest).toBe(b.digest);
    expect(c.digest).not.toBe(a.digest);
    expect(digestOf(a.body)).toBe(a.digest);
    expect(digestOf("no digest here")).toBeUndefined();
  });

  test("trimmed below 65,536 characters, with the link to the full list", () => {
    const long = "x".repeat(400);
    const findings = Array.from({ length: 400 }, (_, i) => finding("k8s/a.yaml", i + 1, "error", "resources/memory-limit-required", `${i} ${long}`));
    const c = buildComment({ ...report(findings), summaryUrl: "https://github.com/o/r/actions/runs/1" });
    expect(c.body.length).toBeLessThan(COMMENT_MAX_CHARS);
    expect(c.body.length).toBeGreaterThan(COMMENT_MAX_CHARS - 1000);
    expect(c.body.startsWith(STICKY_MARKER)).toBe(true);
    expect(c.body).toMatch(/…and \d+ more findings\./);
    expect(c.body).toContain("Trimmed to fit a comment: every finding is in the [job summary](https://github.com/o/r/actions/runs/1).");
  });

  test("nothing to say: no findings on changed files, no cost, no switches", () => {
    expect(commentHasContent(report([finding("legacy/b.yaml", 2)]))).toBe(false);
    expect(commentHasContent(report([finding("k8s/a.yaml", 2)]))).toBe(true);
    expect(commentHasContent(report([], { cost: "### Monthly cost" }))).toBe(true);
    expect(commentHasContent(report([], { cost: "### Monthly cost", costChanged: false }))).toBe(false);
    expect(commentHasContent(report([], { cost: "### Monthly cost", costChanged: false, switches: ["s"] }))).toBe(true);
  });

  test("cells are escaped: a pipe or newline in a message cannot break the table", () => {
    const c = buildComment({ ...report([finding("k8s/a.yaml", 1, "error", "x/y", "a | b\nc <script>")]), summaryUrl: "u" });
    expect(c.body).toContain("| a `\\|` b c `<script>` |");
  });
});

describe("the job summary", () => {
  test("changed files first, then cost, switches and every finding", () => {
    const s = buildSummary(report([finding("k8s/a.yaml", 4), finding("legacy/b.yaml", 2, "warning")], { cost: "### Monthly cost\n\nx", switches: ["s1"], notes: ["The base commit could not be read."] }));
    const order = ["## tollgate", "❌ **Failing**", "> The base commit could not be read.", "### Findings on changed files", "### Monthly cost", "### Blue-green switches", "### All findings", "legacy/b.yaml:2"].map((t) => s.indexOf(t));
    expect(order.every((v, i) => v >= 0 && (i === 0 || v > order[i - 1]!))).toBe(true);
  });

  test("stays within 1 MiB however many findings there are", () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => finding(`k8s/f${i}.yaml`, i + 1, "error", "resources/memory-limit-required", "m".repeat(200)));
    const s = buildSummary(report(findings));
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(s)).toBeGreaterThan(SUMMARY_MAX_BYTES - 2000);
    expect(s).toMatch(/…and \d+ more findings\./);
  });

  test("passing outside a pull request: no changed-files section", () => {
    const s = buildSummary({ ...report([]), changedFindings: undefined, failing: false });
    expect(s).toContain("✅ **Passing** (the gate fails on error and above).");
    expect(s).not.toContain("Findings on changed files");
    expect(s).toContain("✅ No findings.");
  });
});
