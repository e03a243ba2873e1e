// `tollgate`: the command-line door. Maps argv onto one engine call and one reporter; exit codes
// 0 (nothing at or above --fail-on), 1 (findings at or above it), 2 (usage, config or I/O error).
import { Command, CommanderError, Option } from "commander";
import { ConfigInvalid, usePrecompiledConfigValidator } from "../core/config.js";
import { usePrecompiledOptionsValidators } from "../engine/engine.js";
import { usePrecompiledPolicyValidators } from "../policies/loader.js";
import { UsageError } from "./files.js";
import { runCheck } from "./check.js";
import { runExplain, runRules } from "./rules.js";
import { toolVersion } from "./setup.js";
import { errnoText } from "./usage.js";

await usePrecompiledValidators();

const program = new Command();
program
  .name("tollgate")
  .description("Policy and cost gate for Kubernetes manifests.")
  .version(toolVersion(), "-V, --version", "print the version")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command("check")
  .description("check manifests against the rules (files, directories, or - for stdin)")
  .argument("[paths...]", "files or directories", ["."])
  .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif", "markdown"]).default("text"))
  .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this").choices(["error", "warning", "info", "never"]).default("error"))
  .option("-c, --config <file>", "config file (default: the nearest .tollgate.yaml from the first path up to the current directory)")
  .option("--policies <dir...>", "extra policy directories")
  .option("--base <dir-or-ref>", "compare with a base (a directory or a git revision) for base-versus-head rules")
  .option("--no-exemptions", "ignore the config file's exemptions (suppression annotations on objects still apply)")
  .option("-o, --output <file>", "write the report to a file instead of stdout")
  .option("--cost", "add the cost report (a table in text, a section in markdown, the cost field in json; not in sarif)")
  .option("--allow-empty", "exit 0 when the paths hold no manifest (default: exit 2, a wrong path must not pass)")
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

/**
 * dist/validators.js, written by the build beside dist/main.js: ajv's standalone validators, so a run
 * neither loads nor runs ajv's compiler. Run from source (tsx), there is none and schemas compile.
 */
async function usePrecompiledValidators(): Promise<void> {
  let v: typeof import("../policies/precompiled.js");
  try {
    v = (await import(new URL("./validators.js", import.meta.url).href)) as typeof v;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") return;
    throw e;
  }
  usePrecompiledConfigValidator(v.config);
  usePrecompiledPolicyValidators(v);
  usePrecompiledOptionsValidators(v.options);
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
  // An I/O error no command named more precisely: the path and what happened, once.
  process.stderr.write(`tollgate: ${err?.code && err.path ? `${err.path}: ${errnoText(err)}` : (err?.message ?? String(e))}\n`);
  if (process.env.TOLLGATE_DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
  return 2;
}
