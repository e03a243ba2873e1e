// Usage errors the commands share: a run that found nothing to check, and files named by a flag.
import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "./files.js";

/**
 * A wrong path in CI must not go green: a run that found no manifest at all is a usage error unless
 * the caller says none may be expected (`--allow-empty`, for a monorepo folder that may hold none).
 */
export function requireManifests(found: { readonly files: readonly unknown[]; readonly problems: readonly unknown[] }, paths: readonly string[], allowEmpty: boolean | undefined): void {
  if (allowEmpty || found.files.length > 0 || found.problems.length > 0) return;
  const where = paths.map((p) => (p === "-" ? "stdin" : p)).join(", ");
  throw new UsageError(`no manifest (.yaml, .yml or .json file) found in ${where}; check the path, or pass --allow-empty if none is expected`);
}

/** `-o FILE`: a failure names the flag and the file, not the errno. */
export function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--output ${file}: ${code === "ENOENT" ? `directory ${dirname(file)} does not exist` : errnoText(e)}`);
  }
}

/** What an I/O error means, in words (the path is named by the caller). */
export function errnoText(e: unknown): string {
  switch ((e as NodeJS.ErrnoException)?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent is not a directory";
    default:
      return (e as Error)?.message ?? String(e);
  }
}
