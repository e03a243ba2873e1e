// The CLI's names for the workspace layer's file collection (other commands import them from here).
export { collectFiles, isSkippedPath, MANIFEST_EXTENSIONS, MAX_FILE_BYTES, UsageError, type CollectResult } from "../workspace/files.js";
