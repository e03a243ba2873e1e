// Blue-green selector switches a change makes, as sentences for the PR comment.
import type { Config } from "../core/config.js";
import type { Run } from "../model/run.js";

/** One sentence per Service whose slot selector flips between base and head (needs `run.base`). */
export function switchSentences(_run: Run, _config: Config): string[] {
  return [];
}
