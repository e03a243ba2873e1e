// The package installs and runs as users get it: `npm pack`, then an install of the tarball into an
// empty folder, offline (the dependencies at the versions of package-lock.json, from the npm cache
// that `npm ci` filled), then the installed `tollgate` binary on a copy of examples/.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

interface LockEntry { dev?: boolean; [key: string]: unknown }
interface Lock { packages: Record<string, LockEntry> }

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; files: string[] };
let dir = "";
let packed: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tg-install-"));
  // dist/ is already built (the suite's global setup); --ignore-scripts keeps `prepare` from rebuilding
  // it under the other tests' feet.
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const info = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0]!;
  packed = info.files.map((f) => f.path);
  const tgz = join(dir, info.filename);

  // A consumer project whose lockfile pins tollgate to the tarball and its dependencies to the
  // repository's lock, so `npm ci --offline` needs no registry metadata.
  const app = join(dir, "app");
  mkdirSync(app);
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as Lock;
  const self = lock.packages[""]!;
  const dependencies = { tollgate: `file:${tgz}` };
  const packages: Record<string, unknown> = {
    "": { name: "app", version: "1.0.0", dependencies },
    "node_modules/tollgate": {
      version: manifest.version,
      resolved: `file:${tgz}`,
      integrity: `sha512-${createHash("sha512").update(readFileSync(tgz)).digest("base64")}`,
      dependencies: self.dependencies,
      bin: self.bin,
      engines: self.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path !== "" && !entry.dev) packages[path] = entry;
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true, dependencies }));
  writeFileSync(join(app, "package-lock.json"), JSON.stringify({ name: "app", version: "1.0.0", lockfileVersion: 3, requires: true, packages }));
  execFileSync("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: app, stdio: ["ignore", "pipe", "pipe"] });
  cpSync(join(ROOT, "examples"), join(app, "examples"), { recursive: true });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const installed = (args: string[]) =>
  spawnSync(join(dir, "app", "node_modules", ".bin", "tollgate"), args, { cwd: join(dir, "app"), encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });

test("the tarball carries what the CLI needs at run time, and no sources or tests", () => {
  expect(manifest.files).toEqual(expect.arrayContaining(["bin", "dist", "policies"]));
  expect(packed).toEqual(expect.arrayContaining(["bin/tollgate.js", "dist/main.js", "package.json"]));
  expect(packed.filter((p) => p.startsWith("policies/")).length).toBeGreaterThan(0);
  expect(packed.filter((p) => /^(src|test|scripts|bench)\//.test(p))).toEqual([]);
});

test("tollgate --version prints the package version", () => {
  const r = installed(["--version"]);
  expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: "" });
});

test("tollgate check examples/ reports the examples' findings and exits 1", () => {
  const r = installed(["check", "examples/"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("examples/teams/ml/inference.yaml:27:35  error");
  expect(r.stdout).toMatch(/\d+ errors, \d+ warnings, \d+ info in \d+ files, \d+ objects\n$/);
});

test("tollgate rules lists the built-in policies from the installed package", () => {
  const r = installed(["rules", "-f", "json"]);
  expect(r.status).toBe(0);
  const ids = (JSON.parse(r.stdout) as { id: string; source: string }[]).filter((x) => x.source !== "code").map((x) => x.id);
  expect(ids.length).toBeGreaterThan(0);
});
