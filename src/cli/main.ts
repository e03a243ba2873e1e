// `tollgate`: the command-line door. Maps argv onto one engine call and one reporter; exit codes
// 0 (nothing at or above --fail-on), 1 (findings at or above it), 2 (usage, config or I/O error).
import { Command, CommanderError, Option } from "commander";
import { ConfigInvalid } from "../core/config.js";
import { UsageError } from "./files.js";
import { runCheck } from "./check.js";
import { runExplain, runRules } from "./rules.js";

const program = new Command();
program
  .name("tollgate")
  .description("Policy and cost gate for Kubernetes manifests.")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command("check")
  .description("check manifests against the rules (files, directories, or - for stdin)")
  .argument("[paths...]", "files or directories", ["."])
  .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif", "markdown"]).default("text"))
  .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this").choices(["error", "warning", "info", "never"]).default("error"))
  .option("-c, --config <file>", "config file (default: .tollgate.yaml in the current directory)")
  .option("--policies <dir...>", "extra policy directories")
  .option("--base <dir-or-ref>", "compare with a base (a directory or a git revision) for base-versus-head rules")
  .option("--no-exemptions", "ignore config exemptions and suppression annotations' config counterparts")
  .option("-o, --output <file>", "write the report to a file instead of stdout")
  .option("--cost", "include the cost report in json output")
  .action(async (paths: string[], opts) => {
    process.exitCode = await runCheck(paths, opts);
  });

program
  .command("rules")
  .description("list every rule: id, severity, family, summary")
  .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
  .option("-c, --config <file>", "config file (adds its policy directories)")
  .action((opts) => {
    process.exitCode = runRules(opts);
  });

program
  .command("explain")
  .description("print a rule's documentation")
  .argument("<rule>", "rule id, e.g. resources/memory-limit-required")
  .option("-c, --config <file>", "config file (adds its policy directories)")
  .action((rule: string, opts) => {
    process.exitCode = runExplain(rule, opts);
  });

for (const extra of (await import("./commands.js")).extraCommands) extra(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.exitCode = reportError(e);
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
    return 2; // commander already printed the message
  }
  if (e instanceof ConfigInvalid || e instanceof UsageError) {
    process.stderr.write(`tollgate: ${e.message}\n`);
    return 2;
  }
  const err = e as NodeJS.ErrnoException;
  process.stderr.write(`tollgate: ${err?.code ? `${err.code}: ` : ""}${err?.message ?? String(e)}\n`);
  if (process.env.TOLLGATE_DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
  return 2;
}
