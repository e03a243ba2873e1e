// Blue-green selector switches a change makes, as sentences for the PR comment.
import type { Config } from "../core/config.js";
import { describeSwitches } from "../model/bluegreen.js";
import type { Run } from "../model/run.js";
import { codeSpan, proseWithValues } from "../reporters/markdown.js";

/** One markdown sentence per Service whose slot selector flips between base and head (needs `run.base`); manifest values in code spans. */
export function switchSentences(run: Run, config: Config): string[] {
  if (!run.base) return [];
  return describeSwitches(run, config.bluegreen).map((s) => proseWithValues(s.sentence) + (s.file ? ` (${codeSpan(s.file)})` : ""));
}
