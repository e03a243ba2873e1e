// Blue-green selector switches a change makes, as sentences for the PR comment.
import type { Config } from "../core/config.js";
import { describeSwitches } from "../model/bluegreen.js";
import type { Run } from "../model/run.js";

/** One sentence per Service whose slot selector flips between base and head (needs `run.base`). */
export function switchSentences(run: Run, config: Config): string[] {
  if (!run.base) return [];
  return describeSwitches(run, config.bluegreen).map((s) => (s.file ? `${s.sentence} (\`${s.file}\`)` : s.sentence));
}
