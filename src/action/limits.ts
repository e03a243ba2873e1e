// Time limits of the Action's GitHub API phase. The defaults suit a runner; the environment can
// shorten them (tests against a loopback API that never answers) or lengthen them (a slow proxy).
import { UsageError } from "../workspace/files.js";
import { DEFAULT_LIMITS, type ClientLimits } from "./github-api.js";

const VARIABLES: Readonly<Record<keyof ClientLimits, string>> = {
  requestTimeoutMs: "TOLLGATE_API_TIMEOUT_MS",
  deadlineMs: "TOLLGATE_API_DEADLINE_MS",
  maxRateLimitWaitS: "TOLLGATE_API_MAX_RATE_LIMIT_WAIT_S",
};

/** DEFAULT_LIMITS with any of the TOLLGATE_API_* variables that hold a positive number. */
export function apiLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): ClientLimits {
  const out: Record<keyof ClientLimits, number> = { ...DEFAULT_LIMITS };
  for (const [key, name] of Object.entries(VARIABLES) as [keyof ClientLimits, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number (got "${raw}")`);
    out[key] = n;
  }
  return out;
}
