// Runs the built CLI as a user would (the suite's global setup builds dist/ first).
import { spawnSync } from "node:child_process";
import { delimiter, join } from "node:path";
import { ROOT } from "../helpers.js";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function tollgate(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/tollgate.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    // The pinned renderers (scripts/install-renderers.sh) before any other kubectl or helm on the machine.
    env: { ...process.env, NO_COLOR: "1", PATH: `${join(ROOT, ".tools/bin")}${delimiter}${process.env.PATH ?? ""}`, ...options.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
