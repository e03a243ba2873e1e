// Runs a JavaScript action the way the runner's NodeScriptActionHandler does: `node <main>` in the
// workspace, an environment built from scratch (nothing GITHUB_* or INPUT_* leaks in from the host),
// inputs as INPUT_<NAME> with action.yml defaults applied, then reads back what the runner reads.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import {
  parseKeyValueFile,
  parseWorkflowCommands,
  toAnnotations,
  type Annotation,
  type WorkflowCommand,
} from "./workflow-commands.js";

export type { Annotation, WorkflowCommand } from "./workflow-commands.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_ENTRY = join(REPO_ROOT, "dist-action/index.js");

/** The runner refuses a step summary above 1 MiB. */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024;

export type InputValue = string | number | boolean;

export interface RunActionOptions {
  /** The bundled file to run; default: `runs.main` of action.yml, else dist-action/index.js. */
  readonly entry?: string;
  /** action.yml whose input defaults the runner applies; default: <repo>/action.yml if present; false: none. */
  readonly actionYml?: string | false;
  /** `with:` values by input name as written in the workflow (e.g. "fail-on"). */
  readonly inputs?: Readonly<Record<string, InputValue>>;
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  readonly event?: object;
  /** Default: "pull_request" when the payload has a pull_request, else "push". */
  readonly eventName?: string;
  /** "owner/name"; default: the payload's repository.full_name. */
  readonly repo?: string;
  /** GITHUB_API_URL: the loopback fake's base URL. */
  readonly apiUrl: string;
  readonly serverUrl?: string;
  /** The workflow token, substituted for `${{ github.token }}` in action.yml defaults. */
  readonly token?: string;
  /** GITHUB_WORKSPACE and the working directory; default: an empty temp directory. */
  readonly cwd?: string;
  /** GITHUB_SHA and GITHUB_REF; defaults follow the event like the runner's. */
  readonly sha?: string;
  readonly ref?: string;
  /** Extra environment (a workflow's `env:`); undefined removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs?: number;
  /** RUNNER_DEBUG=1, as when a run is re-run with debug logging. */
  readonly debug?: boolean;
  /** Keep tempDir (RUNNER_TEMP, the event file, the file-command files, a default workspace) for inspection. */
  readonly keepTemp?: boolean;
}

export interface RunActionResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  /** What the runner would report: a non-zero exit or a file command it could not process. */
  readonly failed: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly commands: readonly WorkflowCommand[];
  readonly annotations: readonly Annotation[];
  /** Values registered with `::add-mask::`. */
  readonly masks: readonly string[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly exportedEnv: Readonly<Record<string, string>>;
  readonly state: Readonly<Record<string, string>>;
  readonly addedPath: readonly string[];
  readonly summary: string;
  /** Problems the runner would report while reading the file commands and the summary. */
  readonly fileCommandErrors: readonly string[];
  /** Inputs given but not declared in action.yml (the runner warns about them). */
  readonly unexpectedInputs: readonly string[];
  /** The exact environment the action ran with. */
  readonly env: Readonly<Record<string, string>>;
  readonly workspace: string;
  readonly tempDir: string;
}

/** The runner's rule: spaces to `_`, upper-cased, everything else (hyphens) kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** Host variables a process needs to start at all; everything else is the runner's to set. */
const HOST_ENV = ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "TEMP", "TMP", "SystemRoot", "windir", "ComSpec", "PATHEXT"];

interface ActionManifest {
  readonly main?: string;
  readonly using?: string;
  readonly inputs: ReadonlyMap<string, { default?: string }>;
}

function readManifest(path: string): ActionManifest {
  const doc = parseYaml(readFileSync(path, "utf8")) as {
    inputs?: Record<string, { default?: unknown } | null>;
    runs?: { using?: string; main?: string };
  };
  const inputs = new Map<string, { default?: string }>();
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const value = spec?.default;
    inputs.set(name, value === undefined || value === null ? {} : { default: String(value) });
  }
  return {
    main: doc.runs?.main ? resolve(dirname(path), doc.runs.main) : undefined,
    using: doc.runs?.using,
    inputs,
  };
}

/** The few expressions action.yml defaults use; anything else is an error, not a silent empty string. */
function evaluateDefault(value: string, context: Record<string, string | undefined>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expr: string) => {
    const v = context[expr];
    if (v === undefined) throw new Error(`action.yml default uses \${{ ${expr} }}, which runAction cannot evaluate (give it as an input)`);
    return v;
  });
}

/** The parts of a webhook payload the runner derives GITHUB_* variables from. */
interface EventShape {
  readonly pull_request?: {
    readonly number: number;
    readonly merge_commit_sha?: string | null;
    readonly base?: { readonly ref: string; readonly sha: string };
    readonly head?: { readonly ref: string; readonly sha: string };
  };
  readonly ref?: string;
  readonly after?: string;
  readonly repository?: { readonly full_name?: string; readonly id?: number; readonly default_branch?: string; readonly owner?: { readonly id?: number } };
  readonly sender?: { readonly login?: string; readonly id?: number };
}

interface EventFacts {
  sha: string;
  ref: string;
  refName: string;
  refType: string;
  baseRef: string;
  headRef: string;
}

function eventFacts(eventName: string, event: EventShape, defaultBranch: string): EventFacts {
  const pr = event.pull_request;
  const none = "0".repeat(40);
  if (pr && (eventName === "pull_request" || eventName === "pull_request_review" || eventName === "pull_request_review_comment")) {
    return {
      sha: pr.merge_commit_sha ?? pr.head?.sha ?? none,
      ref: `refs/pull/${pr.number}/merge`,
      refName: `${pr.number}/merge`,
      refType: "branch",
      baseRef: pr.base?.ref ?? "",
      headRef: pr.head?.ref ?? "",
    };
  }
  if (pr && eventName === "pull_request_target") {
    // Runs in the base branch's context: never the PR's code.
    const base = pr.base?.ref ?? defaultBranch;
    return { sha: pr.base?.sha ?? none, ref: `refs/heads/${base}`, refName: base, refType: "branch", baseRef: base, headRef: pr.head?.ref ?? "" };
  }
  if (eventName === "push" && typeof event.ref === "string") {
    const tag = event.ref.startsWith("refs/tags/");
    return { sha: event.after ?? none, ref: event.ref, refName: event.ref.replace(/^refs\/(heads|tags)\//, ""), refType: tag ? "tag" : "branch", baseRef: "", headRef: "" };
  }
  return { sha: none, ref: `refs/heads/${defaultBranch}`, refName: defaultBranch, refType: "branch", baseRef: "", headRef: "" };
}

export async function runAction(options: RunActionOptions): Promise<RunActionResult> {
  const temp = mkdtempSync(join(tmpdir(), "tollgate-run-action-"));
  const runnerTemp = join(temp, "_temp");
  const fileCommands = join(runnerTemp, "_runner_file_commands");
  mkdirSync(fileCommands, { recursive: true });
  mkdirSync(join(temp, "_tool"), { recursive: true });
  const workspace = options.cwd ? resolve(options.cwd) : join(temp, "workspace");
  mkdirSync(workspace, { recursive: true });

  const event = (options.event ?? {}) as EventShape;
  const eventName = options.eventName ?? (event.pull_request ? "pull_request" : "push");
  const repo = options.repo ?? event.repository?.full_name;
  if (!repo || !/^[^/]+\/[^/]+$/.test(repo)) throw new Error("runAction needs repo (owner/name) or a payload with repository.full_name");
  const facts = eventFacts(eventName, event, event.repository?.default_branch ?? "main");
  const sha = options.sha ?? facts.sha;
  const ref = options.ref ?? facts.ref;
  const serverUrl = options.serverUrl ?? "https://github.com";

  const manifestPath = options.actionYml === false ? undefined : options.actionYml ?? join(REPO_ROOT, "action.yml");
  const manifest = manifestPath && existsSync(manifestPath) ? readManifest(manifestPath) : undefined;
  if (options.actionYml && !manifest) throw new Error(`action.yml not found: ${options.actionYml}`);
  // TOLLGATE_ACTION_ENTRY runs the same tests against another build (e.g. main's bundle, to see a repro fail there).
  const entry = resolve(options.entry ?? process.env.TOLLGATE_ACTION_ENTRY ?? manifest?.main ?? DEFAULT_ENTRY);
  if (!existsSync(entry)) throw new Error(`action entry ${entry} does not exist (build the bundle first)`);

  const eventPath = join(temp, "event.json");
  writeFileSync(eventPath, JSON.stringify(event, null, 2));
  const files = {
    GITHUB_OUTPUT: join(fileCommands, "set_output_1"),
    GITHUB_ENV: join(fileCommands, "set_env_1"),
    GITHUB_STATE: join(fileCommands, "save_state_1"),
    GITHUB_PATH: join(fileCommands, "add_path_1"),
    GITHUB_STEP_SUMMARY: join(fileCommands, "step_summary_1"),
  };
  for (const f of Object.values(files)) writeFileSync(f, "");

  const env: Record<string, string> = {};
  for (const name of HOST_ENV) if (process.env[name] !== undefined) env[name] = process.env[name]!;
  const [owner] = repo.split("/");
  Object.assign(env, {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION: "tollgate",
    GITHUB_ACTOR: event.sender?.login ?? owner,
    GITHUB_ACTOR_ID: String(event.sender?.id ?? 1),
    GITHUB_TRIGGERING_ACTOR: event.sender?.login ?? owner,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_BASE_REF: facts.baseRef,
    GITHUB_HEAD_REF: facts.headRef,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: "check",
    GITHUB_REF: ref,
    GITHUB_REF_NAME: facts.refName,
    GITHUB_REF_TYPE: facts.refType,
    GITHUB_REF_PROTECTED: "false",
    GITHUB_REPOSITORY: repo,
    GITHUB_REPOSITORY_ID: String(event.repository?.id ?? 1),
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_OWNER_ID: String(event.repository?.owner?.id ?? 1),
    GITHUB_RETENTION_DAYS: "90",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_RUN_ID: "4242424242",
    GITHUB_RUN_NUMBER: "1",
    GITHUB_SHA: sha,
    GITHUB_WORKFLOW: "tollgate",
    GITHUB_WORKFLOW_REF: `${repo}/.github/workflows/tollgate.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_WORKSPACE: workspace,
    ...files,
    RUNNER_ARCH: process.arch === "arm64" ? "ARM64" : process.arch === "arm" ? "ARM" : "X64",
    RUNNER_ENVIRONMENT: "github-hosted",
    RUNNER_NAME: "GitHub Actions 1",
    RUNNER_OS: process.platform === "darwin" ? "macOS" : process.platform === "win32" ? "Windows" : "Linux",
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(temp, "_tool"),
    RUNNER_WORKSPACE: dirname(workspace),
  });
  if (options.debug) env.RUNNER_DEBUG = "1";

  const given = options.inputs ?? {};
  const unexpectedInputs = manifest ? Object.keys(given).filter((name) => !manifest.inputs.has(name)) : [];
  if (manifest) {
    const context = {
      "github.token": options.token,
      "github.workspace": workspace,
      "github.repository": repo,
      "github.repository_owner": owner,
      "github.server_url": serverUrl,
      "github.api_url": options.apiUrl,
      "github.event_name": eventName,
      "github.sha": sha,
      "github.ref": ref,
      "runner.temp": runnerTemp,
    };
    for (const [name, spec] of manifest.inputs) {
      if (!(name in given) && spec.default !== undefined) env[inputEnvName(name)] = evaluateDefault(spec.default, context);
    }
  }
  for (const [name, value] of Object.entries(given)) env[inputEnvName(name)] = String(value);
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const child = spawn(process.execPath, [entry], {
    cwd: workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: process.platform !== "win32", // its own process group, so a timeout kills grandchildren too
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => stdout.push(c));
  child.stderr.on("data", (c: Buffer) => stderr.push(c));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      if (process.platform !== "win32" && child.pid) process.kill(-child.pid, "SIGKILL");
      else child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }, options.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolveExit, reject) => {
    child.once("error", reject);
    child.once("close", (code, sig) => resolveExit([code, sig]));
  }).finally(() => clearTimeout(timer));

  const out = Buffer.concat(stdout).toString("utf8");
  const err = Buffer.concat(stderr).toString("utf8");
  const commands = parseWorkflowCommands(out, err);
  const fileCommandErrors: string[] = [];
  const readKeyValue = (name: keyof typeof files) => {
    const parsed = parseKeyValueFile(readFileSync(files[name], "utf8"));
    fileCommandErrors.push(...parsed.errors.map((e) => `${name}: ${e}`));
    return parsed.values;
  };
  const outputs = readKeyValue("GITHUB_OUTPUT");
  const exportedEnv = readKeyValue("GITHUB_ENV");
  const state = readKeyValue("GITHUB_STATE");
  const addedPath = readFileSync(files.GITHUB_PATH, "utf8").split("\n").filter((l) => l !== "");
  const summaryBytes = readFileSync(files.GITHUB_STEP_SUMMARY);
  if (summaryBytes.length > STEP_SUMMARY_MAX_BYTES) {
    fileCommandErrors.push(`GITHUB_STEP_SUMMARY: supports content up to a size of 1024k, got ${Math.floor(summaryBytes.length / 1024)}k`);
  }
  // Like the end of a job: RUNNER_TEMP goes; a workspace passed in as cwd stays with its owner.
  if (!options.keepTemp) rmSync(temp, { recursive: true, force: true });

  return {
    exitCode,
    signal,
    timedOut,
    failed: exitCode !== 0 || fileCommandErrors.length > 0,
    stdout: out,
    stderr: err,
    commands,
    annotations: toAnnotations(commands, workspace),
    masks: commands.filter((c) => c.command.toLowerCase() === "add-mask").map((c) => c.data),
    outputs,
    exportedEnv,
    state,
    addedPath,
    summary: summaryBytes.toString("utf8"),
    fileCommandErrors,
    unexpectedInputs,
    env,
    workspace,
    tempDir: temp,
  };
}
