/** ESM TypeScript under ts-jest; type checking runs once in `npm run typecheck`, so tests only transpile. */
import { availableParallelism } from "node:os";

export default {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, diagnostics: false }],
  },
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  testTimeout: 30000,
  // Jest's default (one worker fewer than the CPUs) is a single worker on a 2-core machine, yet most
  // test time is spent waiting on the CLI processes tests start: two workers halve the suite there
  // (203 s to 107 s measured on 2 cores). Nothing rebuilds dist/ during the run (the global setup builds
  // it once), so workers cannot race on it.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  globalSetup: "<rootDir>/test/global-setup.js",
};
