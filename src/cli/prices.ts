// `tollgate prices refresh`: fetch a region's EC2 and EKS prices and write a snapshot file for --prices.
import { UsageError } from "./files.js";

export interface PricesRefreshOptions {
  region: string;
  output?: string;
  instanceTypes?: string;
  /** Seconds to wait for a connection and for each response. */
  timeout?: string;
}

export async function runPricesRefresh(opts: PricesRefreshOptions): Promise<number> {
  const { refreshAwsPrices, writeSnapshotFile, PricesRefreshError } = await import("./prices-refresh.js");
  const instanceTypes = opts.instanceTypes?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  let timeoutMs: number | undefined;
  if (opts.timeout !== undefined) {
    const seconds = Number(opts.timeout);
    if (!(seconds > 0) || !Number.isFinite(seconds)) throw new UsageError(`prices refresh --timeout ${opts.timeout}: expected a number of seconds above 0`);
    timeoutMs = Math.round(seconds * 1000);
  }
  try {
    const snapshot = await refreshAwsPrices({
      region: opts.region, ...(instanceTypes && instanceTypes.length > 0 ? { instanceTypes } : {}), ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    if (opts.output) {
      await writeSnapshotFile(opts.output, snapshot);
      process.stderr.write(`tollgate: wrote ${opts.output} (${snapshot.notes?.[0] ?? ""}); use it with --prices ${opts.output}\n`);
    } else {
      process.stdout.write(`${JSON.stringify(snapshot, null, 2)}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof PricesRefreshError) throw new UsageError(`prices refresh: ${e.message}`);
    throw e;
  }
}
