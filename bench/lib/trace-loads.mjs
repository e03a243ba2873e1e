// Loaded with `node --import`: records every module URL the ESM loader resolves (the CLI's own chunks
// and its packages) to the file named by TOLLGATE_BENCH_TRACE, to show what a command really loads.
import { register } from "node:module";

if (process.env.TOLLGATE_BENCH_TRACE) register("./trace-hooks.mjs", import.meta.url);
