// Builds the CLI bundle once before the suite, so tests can run `node bin/tollgate.js` as users do.
import { execFileSync } from "node:child_process";

export default function globalSetup() {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
