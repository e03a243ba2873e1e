// Which findings become annotations (the `annotate` input). GitHub shows few of them, and a PR's
// reviewers care about its own lines; the job summary and SARIF always have everything.
import type { Finding } from "../core/types.js";
import { UsageError } from "../workspace/files.js";

export const ANNOTATE_MODES = ["changed-lines", "changed-files", "all", "none"] as const;
export type AnnotateMode = (typeof ANNOTATE_MODES)[number];

export function parseAnnotateMode(value: string): AnnotateMode {
  const mode = value === "" ? "changed-files" : value;
  if (!(ANNOTATE_MODES as readonly string[]).includes(mode)) throw new UsageError(`annotate must be one of ${ANNOTATE_MODES.join(", ")} (got "${value}")`);
  return mode as AnnotateMode;
}

/**
 * The findings to annotate. Outside a pull request (no changed files known) `changed-lines` and
 * `changed-files` mean every finding, as the gate does.
 */
export function findingsToAnnotate(
  mode: AnnotateMode,
  findings: readonly Finding[],
  changedFindings: readonly Finding[] | undefined,
  isChangedLine: (f: Finding) => boolean,
): readonly Finding[] {
  switch (mode) {
    case "none":
      return [];
    case "all":
      return findings;
    case "changed-files":
      return changedFindings ?? findings;
    case "changed-lines":
      return changedFindings ? changedFindings.filter(isChangedLine) : findings;
  }
}
