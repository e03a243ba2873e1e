// What `check` and `cost` share: config, the head's units and, with --base, the base's units,
// each a workspace the engine checks unit by unit. Messages for stderr are returned, not printed.
import { dirname } from "node:path";
import type { Config } from "../core/config.js";
import type { InputFile } from "../engine/check.js";
import type { RunContext } from "../model/run.js";
import { openBase } from "./base.js";
import { collectFiles } from "./files.js";
import { loadWorkspace, type Workspace } from "./load.js";

export interface SessionInput {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly config: Config;
  readonly configFile?: string;
  readonly context: RunContext;
  readonly base?: string;
  readonly stdin?: () => string;
}

export interface Session {
  readonly head: Workspace;
  readonly base?: Workspace;
  readonly problems: { file: string; message: string }[];
  readonly headFiles: readonly InputFile[];
  /** Lines for stderr: which base was read, warnings about it. */
  readonly messages: string[];
  dispose(): void;
}

export async function openSession(input: SessionInput): Promise<Session> {
  const collected = collectFiles(input.paths, input.cwd, input.stdin);
  const configDir = input.configFile ? dirname(input.configFile) : input.cwd;
  const repoPathOf = input.context.repoPathOf ?? ((f: string) => f);
  const head = await loadWorkspace({ files: collected.files, cwd: input.cwd, config: input.config, configDir, repoPathOf });
  const messages: string[] = [];
  let base: Workspace | undefined;
  let dispose = () => {};
  if (input.base !== undefined) {
    const opened = openBase(input.base, input.paths, input.cwd, collected.files);
    dispose = () => opened.dispose();
    messages.push(`tollgate: --base: reading ${opened.description} (${opened.files.length} file${opened.files.length === 1 ? "" : "s"})`);
    if (opened.warning) messages.push(`tollgate: warning: ${opened.warning}`);
    try {
      base = await loadWorkspace({ files: opened.files, cwd: opened.cwd, config: input.config, configDir, repoPathOf });
    } catch (e) {
      dispose();
      throw e;
    }
  }
  return { head, ...(base ? { base } : {}), problems: collected.problems, headFiles: collected.files, messages, dispose };
}
