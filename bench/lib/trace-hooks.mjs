// Loader hooks for trace-loads.mjs (they run on the loader thread, which shares process.env).
import { appendFileSync } from "node:fs";

export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.TOLLGATE_BENCH_TRACE, `${r.url}\n`);
  return r;
}
