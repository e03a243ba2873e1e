import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  require_node_fs,
  require_node_path
} from "./chunk-4IRK2B2X.js";
import {
  __toESM
} from "./chunk-HMYCOVW3.js";

// src/workspace/files.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "vendor"]);
function isSkippedPath(repoPath) {
  const segments = repoPath.split("/");
  return segments.some((seg, i) => i < segments.length - 1 && SKIP_DIRS.has(seg) || seg.startsWith(".") && seg.length > 1 && seg !== "..");
}
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var UsageError = class extends Error {
};
function collectFiles(paths, cwd, stdin) {
  const files = [];
  const problems = [];
  const seenDirs = /* @__PURE__ */ new Set();
  const seenFiles = /* @__PURE__ */ new Set();
  const display = (abs) => {
    const rel = (0, import_node_path.relative)(cwd, abs);
    return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(import_node_path.sep).join("/");
  };
  const addFile = (abs) => {
    const real = safeRealpath(abs);
    if (real === void 0 || seenFiles.has(real)) return;
    seenFiles.add(real);
    const name = display(abs);
    try {
      const size = (0, import_node_fs.statSync)(abs).size;
      if (size > MAX_FILE_BYTES) {
        problems.push({ file: name, message: `${name} is ${(size / 1048576).toFixed(0)} MiB, larger than the ${MAX_FILE_BYTES / 1048576} MiB tollgate reads; split it or exclude it.` });
        return;
      }
      files.push({ file: name, read: () => (0, import_node_fs.readFileSync)(abs) });
    } catch (e) {
      problems.push({ file: name, message: `${name} cannot be read: ${e.code ?? e.message}` });
    }
  };
  const walk = (dir) => {
    const real = safeRealpath(dir);
    if (real === void 0 || seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: display(dir), message: `${display(dir)} cannot be read: ${e.code ?? e.message}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const p = (0, import_node_path.join)(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = (0, import_node_fs.statSync)(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (SKIP_DIRS.has(e.name) || e.name.startsWith(".")) continue;
        walk(p);
      } else if (isFile && !e.name.startsWith(".") && MANIFEST_EXTENSIONS.has((0, import_node_path.extname)(e.name).toLowerCase())) {
        addFile(p);
      }
    }
  };
  for (const p of paths) {
    if (p === "-") {
      if (!stdin) throw new UsageError("reading from stdin is not available here");
      files.push({ file: "<stdin>", text: stdin() });
      continue;
    }
    const abs = (0, import_node_path.resolve)(cwd, p);
    let st;
    try {
      st = (0, import_node_fs.statSync)(abs);
    } catch {
      throw new UsageError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) walk(abs);
    else addFile(abs);
  }
  return { files, problems };
}
function safeRealpath(p) {
  try {
    return (0, import_node_fs.realpathSync)(p);
  } catch {
    return void 0;
  }
}

export {
  MANIFEST_EXTENSIONS,
  isSkippedPath,
  MAX_FILE_BYTES,
  UsageError,
  collectFiles
};
