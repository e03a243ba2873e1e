// Loaded with `node --import` into a tollgate process: on exit, writes its peak RSS and heap size
// to the file named by TOLLGATE_BENCH_RSS (plain JS so it needs no loader).
import { writeFileSync } from "node:fs";
import { getHeapStatistics } from "node:v8";

const out = process.env.TOLLGATE_BENCH_RSS;
if (out) {
  process.on("exit", () => {
    const h = getHeapStatistics();
    writeFileSync(out, JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS, heapTotal: h.total_heap_size, heapUsed: h.used_heap_size }));
  });
}
