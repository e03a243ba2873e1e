// Commands beyond check/rules/explain (cost, serve, prices) register here, each loading its heavy
// dependencies only when it runs.
import type { Command } from "commander";

export const extraCommands: ((program: Command) => void)[] = [];
