// scripts/build.mjs loads Node built-ins lazily through shims whose export names come from the Node
// running the build. A name that Node lacks (an API of a newer Node, built on an older one) would be
// undefined at a user's run, so the build refuses it, naming the built-in and the name.
import { expect, test } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

test("a built-in export the building Node does not have fails the build with its name", () => {
  const work = mkdtempSync(join(tmpdir(), "tollgate-build-"));
  try {
    cpSync(join(ROOT, "src"), join(work, "src"), { recursive: true });
    for (const d of ["node_modules", "policies"]) symlinkSync(join(ROOT, d), join(work, d));
    copyFileSync(join(ROOT, "package.json"), join(work, "package.json"));
    const heap = join(work, "src/cli/heap.ts");
    const text = readFileSync(heap, "utf8");
    // Used where the bundle keeps it: boundHeapGrowth runs on every check.
    writeFileSync(heap, text.replace('import { setFlagsFromString } from "node:v8";', 'import { notInAnyNode } from "node:v8";').replace("setFlagsFromString(`", "notInAnyNode(`"));
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { cwd: work, encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^build: the bundle uses built-in exports this Node \\(${process.version.replace(/\./g, "\\.")}\\) does not have: node:v8\\.notInAnyNode \\(chunk-\\w+\\.js\\); build with the Node the package requires \\(package\\.json engines\\)\n$`));
    expect(readdirSync(work).filter((f) => f.includes("dist"))).toEqual([]); // nothing half-built is left
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 60_000);
