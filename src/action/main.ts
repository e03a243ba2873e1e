// The GitHub Action's door: inputs, the event and the checkout in; one engine call over the whole
// manifest set at head (and base for pull requests); annotations, job summary, outputs, SARIF and
// the sticky PR comment out. API failures degrade to a warning, never to a failed check.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { ConfigInvalid } from "../core/config.js";
import type { Finding, Severity } from "../core/types.js";
import { checkUnits, failsAt, sortFindings, type InputFile, type UnitInput } from "../engine/check.js";
import { Run, type RunContext } from "../model/run.js";
import { isSkippedPath, UsageError } from "../workspace/files.js";
import { loadConfigFile, loadRegistry, readCodeowners, toolVersion } from "../workspace/config.js";
import {
  buildComment,
  buildSummary,
  commentHasContent,
  countFindings,
  planAnnotations,
  SUMMARY_MAX_BYTES,
  type ReportInput,
} from "../reporters/github.js";
import { formatSarif } from "../reporters/sarif.js";
import { type AnnotateMode, findingsToAnnotate, parseAnnotateMode } from "./annotate.js";
import { changedManifestsNotFound, existsAtCommit, existsInCheckout, findCheckout, rebasePatterns } from "./checkout.js";
import { changesFromGitDiff, onChangedLine, toChangeSet, type ChangeSet } from "./changes.js";
import { costSection, unitsCost, type CostSection } from "./cost.js";
import { type ApiClient, createClient, describeApiError, listChangedFiles, upsertStickyComment, type CommentOutcome } from "./github-api.js";
import { apiLimitsFromEnv } from "./limits.js";
import { parsePatterns, pathMatcher } from "./manifests.js";
import { ensureCommit, filesAtCommit, filesInTree, gitDiff } from "../workspace/git.js";
import { openBase } from "../workspace/base.js";
import { loadWorkspace } from "../workspace/load.js";
import { switchSentences } from "./switches.js";

const FAIL_ON = new Set(["error", "warning", "info", "never"]);
const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

interface Inputs {
  readonly patterns: string[];
  readonly config?: string;
  readonly policies: string[];
  readonly failOn: Severity | "never";
  readonly platforms: string[];
  readonly region: string;
  readonly comment: boolean;
  readonly sarifFile?: string;
  readonly basePath?: string;
  readonly workingDirectory?: string;
  readonly annotate: AnnotateMode;
  readonly token: string;
}

function readInputs(): Inputs {
  const token = core.getInput("github-token");
  if (token) core.setSecret(token);
  const failOn = core.getInput("fail-on") || "error";
  if (!FAIL_ON.has(failOn)) throw new UsageError(`fail-on must be one of error, warning, info, never (got "${failOn}")`);
  const optional = (name: string) => core.getInput(name) || undefined;
  return {
    patterns: parsePatterns(core.getInput("paths")),
    config: optional("config"),
    policies: parsePatterns(core.getInput("policies")),
    failOn: failOn as Severity | "never",
    platforms: parsePatterns(core.getInput("platforms") || "eks,k3s"),
    region: core.getInput("region") || "us-east-1",
    comment: core.getInput("comment") === "" ? true : core.getBooleanInput("comment"),
    sarifFile: optional("sarif-file"),
    basePath: optional("base-path"),
    workingDirectory: optional("working-directory"),
    annotate: parseAnnotateMode(core.getInput("annotate")),
    token,
  };
}

/** Warnings the Action itself prints use the same per-step display slots as findings. */
class Log {
  warnings = 0;
  warn(message: string): void {
    this.warnings++;
    core.warning(message);
  }
}

interface PullRequestFacts {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
}

function pullRequestOf(): PullRequestFacts | undefined {
  const pr = github.context.payload.pull_request as { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  if (!PR_EVENTS.has(github.context.eventName) || !pr?.number || !pr.base?.sha || !pr.head?.sha) return undefined;
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
}

function ioFindings(problems: readonly { file: string; message: string }[]): Finding[] {
  return problems.map((p) => ({
    ruleId: "parse/not-text",
    severity: "error",
    message: p.message,
    file: p.file,
    remediation: "Make the file readable UTF-8 text, or leave it out of the checked paths.",
  }));
}

let client: ApiClient | undefined;
/** One octokit per run, so its throttling queue and the API deadline see every request. */
function api(token: string): ApiClient {
  return (client ??= createClient(token, apiLimitsFromEnv(process.env)));
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const log = new Log();
  const workspaceDir = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  // File names are the repository's (as GitHub names changed files, annotations and SARIF URIs);
  // paths given in inputs are relative to working-directory, else the workspace, like a `run` step's.
  const checkout = findCheckout(workspaceDir, { workingDirectory: inputs.workingDirectory, patterns: inputs.patterns, exclude: inputs.basePath ? [inputs.basePath] : [] });
  const root = checkout.root;
  const inputsDir = inputs.workingDirectory ? resolve(workspaceDir, inputs.workingDirectory) : workspaceDir;
  core.info(`Repository root: ${root} (${checkout.how}).`);
  const { context } = github;
  const pr = pullRequestOf();
  const targetEvent = context.eventName === "pull_request_target";
  const notes: string[] = [];

  const { config, file: configFile } = loadConfigFile(inputs.config, inputs.config ? inputsDir : root);
  const builtinPolicies = fileURLToPath(new URL("../policies", import.meta.url));
  const registry = loadRegistry(config, configFile, inputsDir, inputs.policies, builtinPolicies);
  const matches = pathMatcher(rebasePatterns(inputs.patterns, checkout.prefix));

  // Head: the checkout; under pull_request_target the checkout is the trusted base, so the PR's
  // manifests are read from git objects as data (nothing of the PR is checked out or run).
  const baseRoot = { dir: root };
  const disposers: (() => void)[] = [];
  let headFiles: InputFile[];
  let headProblems: { file: string; message: string }[] = [];
  let baseFiles: InputFile[] | undefined;
  if (pr && targetEvent) {
    const missing = ensureCommit(pr.headSha, root, [`refs/pull/${pr.number}/head`]);
    if (missing) throw new UsageError(`cannot read the pull request's head: ${missing}`);
    headFiles = filesAtCommit(pr.headSha, root, matches);
    baseFiles = filesInTree(root, matches).files;
  } else {
    const tree = filesInTree(root, matches);
    headFiles = tree.files;
    headProblems = tree.problems;
    if (pr) baseFiles = readBase(inputs, pr, root, inputsDir, matches, notes, log, baseRoot, disposers);
  }

  if (headFiles.length === 0) log.warn(`No manifest files (.yaml, .yml, .json) matched paths ${inputs.patterns.length ? `"${inputs.patterns.join(", ")}"` : "(the whole repository)"}; nothing was checked.`);

  // What the PR changes: the API's file list with patches, else `git diff`, else unknown.
  let changes: ChangeSet | undefined;
  if (pr) {
    const read = await readChanges(inputs.token, pr, root, targetEvent ? pr.headSha : "HEAD", notes, log);
    changes = read?.changes;
    // The API names the PR's files relative to the repository; if none of its manifests is here, the
    // names do not meet and a green check would mean nothing.
    const notFound = read?.fromApi ? changedManifestsNotFound(read.changes.keys(), new Set(headFiles.map((f) => f.file)), targetEvent ? existsAtCommit(root, pr.headSha) : existsInCheckout(root)) : undefined;
    if (notFound) {
      const shown = notFound.slice(0, 5).join(", ") + (notFound.length > 5 ? `, and ${notFound.length - 5} more` : "");
      throw new UsageError(
        `none of the ${notFound.length} manifest file(s) this pull request changes (${shown}) is in the checkout at ${root} (${checkout.how}). ` +
          "GitHub names them relative to the repository root: check the repository out at the workspace root, or set working-directory to where actions/checkout put it (its path: input).",
      );
    }
  }

  const codeowners = readCodeowners(root);
  const runContext: RunContext = {
    origin: "files",
    repoPathOf: (file) => file,
    ...(codeowners ? { codeowners } : {}),
    ...(changes ? { changedFiles: new Set(changes.keys()) } : {}),
  };
  // Units (overlays, charts, folders), rendered; under pull_request_target the PR's files are data only.
  const unitsOf = async (files: InputFile[], cwd: string, render: boolean): Promise<UnitInput[]> =>
    (await loadWorkspace({ files, cwd, config, configDir: configFile ? dirname(configFile) : root, repoPathOf: runContext.repoPathOf!, render, configRenderers: false })).units;
  let headUnits: UnitInput[];
  let baseUnits: UnitInput[] | undefined;
  try {
    headUnits = await unitsOf(headFiles, root, !targetEvent);
    baseUnits = baseFiles ? await unitsOf(baseFiles, baseRoot.dir, !targetEvent) : undefined;
  } finally {
    for (const d of disposers) d();
  }
  const result = checkUnits({ units: headUnits, ...(baseUnits ? { baseUnits } : {}), rules: registry.rules, config, context: runContext });
  const findings = [...ioFindings(headProblems), ...result.findings];
  sortFindings(findings);

  const changedFindings = changes ? findings.filter((f) => f.file !== undefined && changes.has(f.file)) : undefined;
  const isChangedLine = changes ? (f: Finding) => onChangedLine(changes, f.file, f.line) : () => false;
  const gated = changedFindings ?? findings;
  const failing = failsAt(gated, inputs.failOn);

  let cost: CostSection | undefined;
  try {
    const withObjects = result.units.filter((u) => u.run.objects.length > 0 || (u.run.base?.objects.length ?? 0) > 0);
    const costed = withObjects.length > 0 ? withObjects.map((u) => ({ name: u.unit.name, run: u.run })) : [{ name: "", run: result.units[0]?.run ?? new Run([], runContext) }];
    const changedFiles = changes ? { changedFiles: new Set(changes.keys()) } : {};
    cost = unitsCost(costed.map((u) => ({ name: u.name, section: costSection({ head: u.run, config, platforms: inputs.platforms, region: inputs.region, ...changedFiles }) })))!;
    for (const n of cost.notes) log.warn(n);
  } catch (err) {
    // Prices that do not cover the region or an instance type: the findings still stand.
    log.warn(`tollgate could not estimate cost: ${(err as Error).message}`);
    notes.push(`No cost estimate: ${(err as Error).message}`);
  }
  let switches: string[] = [];
  try {
    switches = result.units.flatMap((u) => (u.run.base ? switchSentences(u.run, config) : []));
  } catch (err) {
    log.warn(`tollgate could not describe blue-green switches: ${(err as Error).message}`);
  }

  let sarifPath: string | undefined;
  if (inputs.sarifFile) {
    sarifPath = resolve(inputsDir, inputs.sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, formatSarif(findings, registry.rules, toolVersion()));
  }

  const repoUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}`;
  const report: ReportInput = {
    findings,
    ...(changedFindings ? { changedFindings, isChangedLine } : {}),
    failOn: inputs.failOn,
    failing,
    objects: result.summary.objects,
    files: result.summary.files,
    ...(cost ? { cost: cost.markdown, costChanged: cost.report.platforms.some((p) => Math.abs(p.delta ?? 0) >= 0.005) } : {}),
    switches,
    notes,
    blobUrl: `${repoUrl}/blob/${pr?.headSha ?? context.sha}`,
  };

  let outcome: CommentOutcome | "skipped" | "failed" | "disabled" | "not-a-pull-request" = pr ? "disabled" : "not-a-pull-request";
  if (pr && inputs.comment) {
    const summaryUrl = `${repoUrl}/actions/runs/${context.runId}`;
    const comment = buildComment({ ...report, summaryUrl });
    if (!inputs.token) {
      outcome = "skipped";
      log.warn("No github-token: the pull request comment was skipped; findings are in the job summary and annotations.");
    } else {
      try {
        outcome = await upsertStickyComment(api(inputs.token), context.repo, pr.number, comment, commentHasContent(report));
        if (outcome.deleted?.length) core.info(`Deleted ${outcome.deleted.length} older tollgate comment(s) (${outcome.deleted.join(", ")}): one sticky comment per pull request, the newest kept.`);
      } catch (err) {
        outcome = "failed";
        const reason = describeApiError(err);
        const fork = (err as { status?: number }).status === 403 ? " (a pull request from a fork gets a read-only token)" : "";
        log.warn(`tollgate could not post its pull request comment: ${reason}${fork}. The findings are in the job summary and annotations; the check result does not depend on the comment.`);
        notes.push(`The pull request comment could not be posted: ${reason}${fork}.`);
      }
    }
  }

  // Annotations last, so the Action's own warnings and the failure message keep their display slots.
  const used = { warning: log.warnings, error: failing ? 1 : 0 };
  const annotated = findingsToAnnotate(inputs.annotate, findings, changedFindings, isChangedLine);
  let plan = planAnnotations(annotated, isChangedLine, { used: { ...used, notice: 1 } });
  if (plan.omitted === 0) plan = planAnnotations(annotated, isChangedLine, { used });
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, ...(a.endLine ? { endLine: a.endLine } : {}), ...(a.startColumn ? { startColumn: a.startColumn } : {}) };
    if (a.level === "error") core.error(a.message, props);
    else if (a.level === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (plan.omitted > 0) core.notice(`${plan.omitted} more finding(s) ${changedFindings && inputs.annotate !== "all" ? `on changed ${inputs.annotate === "changed-lines" ? "lines" : "files"} ` : ""}are not annotated (GitHub shows 10 per level); all are in the job summary.`);

  await core.summary.addRaw(buildSummary(report, SUMMARY_MAX_BYTES - 4096)).write();

  const all = countFindings(findings);
  const onChanged = countFindings(gated);
  core.setOutput("errors", all.errors);
  core.setOutput("warnings", all.warnings);
  core.setOutput("infos", all.infos);
  core.setOutput("changed-errors", onChanged.errors);
  core.setOutput("changed-warnings", onChanged.warnings);
  core.setOutput("changed-infos", onChanged.infos);
  for (const [name, value] of Object.entries(cost?.outputs ?? {})) core.setOutput(name, value);
  if (sarifPath) core.setOutput("sarif-file", sarifPath);
  core.setOutput("comment", typeof outcome === "string" ? outcome : outcome.action);
  if (typeof outcome !== "string" && "url" in outcome) core.setOutput("comment-url", outcome.url);

  if (failing) {
    const n = gated.filter((f) => failsAt([f], inputs.failOn)).length;
    core.setFailed(`tollgate: ${n} finding(s) at or above ${inputs.failOn}${changedFindings ? " in the files this pull request changes" : ""}.`);
  }
}

function readBase(inputs: Inputs, pr: PullRequestFacts, root: string, inputsDir: string, matches: (p: string) => boolean, notes: string[], log: Log, baseRoot: { dir: string }, disposers: (() => void)[]): InputFile[] | undefined {
  if (inputs.basePath) {
    const dir = resolve(inputsDir, inputs.basePath);
    baseRoot.dir = dir;
    try {
      return filesInTree(dir, matches).files;
    } catch (err) {
      log.warn(`base-path ${inputs.basePath} cannot be read (${(err as Error).message}); base-versus-head checks and the cost change are skipped.`);
      notes.push(`The base checkout \`${inputs.basePath}\` could not be read: base-versus-head checks and the cost change are skipped.`);
      return undefined;
    }
  }
  const missing = ensureCommit(pr.baseSha, root);
  try {
    if (missing) throw new Error(missing);
    const opened = openBase(pr.baseSha, ["."], root, []);
    disposers.push(() => opened.dispose());
    baseRoot.dir = opened.cwd;
    return opened.files.filter((f) => !isSkippedPath(f.file) && matches(f.file));
  } catch (err) {
    log.warn(`The pull request's base ${pr.baseSha.slice(0, 7)} cannot be read: ${(err as Error).message}. Use actions/checkout with fetch-depth: 0 or the base-path input; base-versus-head checks and the cost change are skipped.`);
    notes.push(`The base commit ${pr.baseSha.slice(0, 7)} could not be read: base-versus-head checks and the cost change are skipped.`);
    return undefined;
  }
}

async function readChanges(token: string, pr: PullRequestFacts, root: string, head: string, notes: string[], log: Log): Promise<{ changes: ChangeSet; fromApi: boolean } | undefined> {
  let reason = "no github-token";
  if (token) {
    try {
      const listed = await listChangedFiles(api(token), github.context.repo, pr.number);
      if (!listed.truncated) return { changes: toChangeSet(listed.files), fromApi: true };
      reason = "the pull request changes more than the 3,000 files GitHub lists";
    } catch (err) {
      reason = describeApiError(err);
    }
  }
  const diff = ensureCommit(pr.baseSha, root) === undefined ? gitDiff(pr.baseSha, head, root) : undefined;
  if (diff !== undefined) {
    core.info(`Changed files from git diff ${pr.baseSha.slice(0, 7)}..${head}: the pull request's file list is unavailable (${reason}).`);
    return { changes: toChangeSet(changesFromGitDiff(diff)), fromApi: false };
  }
  log.warn(`tollgate cannot tell which files this pull request changes (${reason}; the base commit is not in the checkout): every finding counts toward fail-on.`);
  notes.push("The changed files could not be determined: every finding counts toward fail-on.");
  return undefined;
}

run().catch((err: unknown) => {
  if (err instanceof ConfigInvalid || err instanceof UsageError) core.setFailed(err.message);
  else core.setFailed(`tollgate failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
});
