// Commands beyond check/rules/explain (cost, serve, prices) register here, each loading its heavy
// dependencies only when it runs.
import { Option, type Command } from "commander";
import { serveCommand } from "./serve.js";

export const extraCommands: ((program: Command) => void)[] = [];

extraCommands.push((program) => {
  program
    .command("cost")
    .description("monthly cost of the manifests on EKS and k3s, and the change from --base")
    .argument("[paths...]", "files or directories", ["."])
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .option("-c, --config <file>", "config file (default: the nearest .tollgate.yaml)")
    .option("--base <dir-or-ref>", "compare with a base (a directory or a git revision)")
    .option("--platform <list>", "platforms to estimate, comma-separated (eks,k3s)")
    .option("--region <region>", "AWS region for EKS prices (default cost.region or us-east-1)")
    .option("--prices <file>", "price snapshot file (from `tollgate prices refresh`) laid over the embedded one")
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("--allow-empty", "exit 0 when the paths hold no manifest (default: exit 2)")
    .action(async (paths: string[], opts) => {
      const { runCost } = await import("./cost.js");
      process.exitCode = await runCost(paths, opts);
    });
  const prices = program.command("prices").description("price snapshot tools");
  prices
    .command("refresh")
    .description("fetch EC2 and EKS on-demand prices for a region from the AWS Price List API")
    .requiredOption("--region <region>", "AWS region, e.g. eu-central-1")
    .option("-o, --output <file>", "write the snapshot file here (default: stdout)")
    .option("--instance-types <list>", "comma-separated instance types (default: the embedded snapshot's)")
    .option("--timeout <seconds>", "seconds to wait for a connection and for each response (default 30)")
    .action(async (opts) => {
      const { runPricesRefresh } = await import("./prices.js");
      process.exitCode = await runPricesRefresh(opts);
    });
});

extraCommands.push(serveCommand);
