import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import "./chunk-UFZTD2B2.js";
import {
  UsageError
} from "./chunk-IPQB3CPI.js";
import "./chunk-4IRK2B2X.js";
import "./chunk-HMYCOVW3.js";

// src/cli/prices.ts
async function runPricesRefresh(opts) {
  const { refreshAwsPrices, writeSnapshotFile, PricesRefreshError } = await import("./prices-refresh-L5A5PCAK.js");
  const instanceTypes = opts.instanceTypes?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  let timeoutMs;
  if (opts.timeout !== void 0) {
    const seconds = Number(opts.timeout);
    if (!(seconds > 0) || !Number.isFinite(seconds)) throw new UsageError(`prices refresh --timeout ${opts.timeout}: expected a number of seconds above 0`);
    timeoutMs = Math.round(seconds * 1e3);
  }
  try {
    const snapshot = await refreshAwsPrices({
      region: opts.region,
      ...instanceTypes && instanceTypes.length > 0 ? { instanceTypes } : {},
      ...timeoutMs === void 0 ? {} : { timeoutMs }
    });
    if (opts.output) {
      await writeSnapshotFile(opts.output, snapshot);
      process.stderr.write(`tollgate: wrote ${opts.output} (${snapshot.notes?.[0] ?? ""}); use it with --prices ${opts.output}
`);
    } else {
      process.stdout.write(`${JSON.stringify(snapshot, null, 2)}
`);
    }
    return 0;
  } catch (e) {
    if (e instanceof PricesRefreshError) throw new UsageError(`prices refresh: ${e.message}`);
    throw e;
  }
}
export {
  runPricesRefresh
};
