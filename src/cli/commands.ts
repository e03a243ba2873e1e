// Commands beyond check/rules/explain (cost, serve, prices) register here, each loading its heavy
// dependencies only when it runs.
import type { Command } from "commander";
import { serveCommand } from "./serve.js";

export const extraCommands: ((program: Command) => void)[] = [];

extraCommands.push(serveCommand);
