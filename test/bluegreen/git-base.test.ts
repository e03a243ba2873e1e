// `--base <git ref>` end to end through the CLI's own functions: a real repository with two commits.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EMPTY_CONFIG } from "../../src/core/config.js";
import { filesAtRevision, loadBase } from "../../src/workspace/base.js";
import { collectFiles } from "../../src/workspace/files.js";
import { check } from "../../src/engine/check.js";
import { describeSwitches } from "../../src/model/bluegreen.js";
import { codeRules } from "../../src/rules/index.js";
import { FIXTURES } from "./helpers.js";

let repo: string;
const git = (...args: string[]) =>
  execFileSync("git", args, {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
  });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "tollgate-bluegreen-"));
  mkdirSync(join(repo, "k8s"));
  const web = readFileSync(join(FIXTURES, "main-and-preview.yaml"), "utf8");
  git("init", "-q");
  writeFileSync(join(repo, "k8s", "web.yaml"), web);
  git("add", ".");
  git("commit", "-qm", "blue live, green deployed");
  // The switch commit: main Service to green, preview to blue; nothing else changes.
  const flipped = web.replace("selector: { app: web, slot: blue }", "selector: { app: web, slot: SWAP }").replace("selector: { app: web, slot: green }", "selector: { app: web, slot: blue }").replace("slot: SWAP", "slot: green");
  expect(flipped).not.toEqual(web);
  writeFileSync(join(repo, "k8s", "web.yaml"), flipped);
  git("commit", "-qam", "switch to green");
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("--base with a git revision", () => {
  test("filesAtRevision reads the base commit and the switch is described", () => {
    const base = filesAtRevision("HEAD~1", ["k8s"], repo);
    expect(base.map((f) => f.file)).toEqual(["k8s/web.yaml"]);
    const head = collectFiles(["k8s"], repo).files;
    const result = check({ files: head, base, rules: codeRules, config: EMPTY_CONFIG });
    const bluegreen = result.findings.filter((f) => f.ruleId.startsWith("bluegreen/") || f.ruleId.startsWith("selectors/"));
    expect(bluegreen.map((f) => [f.file, f.line, f.ruleId, f.message])).toEqual([
      ["k8s/web.yaml", 65, "bluegreen/both-slots", "api/web: green is live (Service web, 4 replicas); blue is idle (preview Service web-preview, 4 replicas)."],
      ["k8s/web.yaml", 65, "bluegreen/switch-summary", "api/web: traffic moves from blue (v1.4.2, 4 replicas) to green (v1.5.0, 4 replicas); rollback = set selector slot: blue"],
    ]);
    expect(describeSwitches(result.run).map((d) => d.sentence)).toEqual([
      "api/web: traffic moves from blue (v1.4.2, 4 replicas) to green (v1.5.0, 4 replicas); rollback = set selector slot: blue",
    ]);
  });

  test("loadBase takes a ref the same way the CLI does, and the head alone reports no switch", () => {
    const base = loadBase("HEAD~1", ["k8s"], repo);
    expect(base).toHaveLength(1);
    const head = collectFiles(["k8s"], repo).files;
    const withBase = check({ files: head, base, rules: codeRules, config: EMPTY_CONFIG });
    const alone = check({ files: head, rules: codeRules, config: EMPTY_CONFIG });
    expect(withBase.findings.filter((f) => f.ruleId === "bluegreen/switch-summary")).toHaveLength(1);
    expect(alone.findings.filter((f) => f.ruleId === "bluegreen/switch-summary")).toEqual([]);
  });
});
