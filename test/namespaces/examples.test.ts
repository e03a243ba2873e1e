// examples/ as `tollgate check examples/` sees it: the door's config, CODEOWNERS and repo paths.
import { join, relative, resolve, sep } from "node:path";
import { collectFiles } from "../../src/workspace/files.js";
import { loadConfigFile, readCodeowners, repoRoot } from "../../src/workspace/config.js";
import { check } from "../../src/engine/check.js";
import { namespaceForFileFrom } from "../../src/ownership/paths.js";
import { codeRules } from "../../src/rules/index.js";

test("examples/ shows the boundary violations with their lines", () => {
  const cwd = resolve(import.meta.dirname, "..", "..");
  const { config, file } = loadConfigFile(undefined, cwd, "examples");
  const root = repoRoot(file, cwd);
  expect(root).toBe(join(cwd, "examples"));
  const repoPathOf = (f: string) => relative(root, resolve(cwd, f)).split(sep).join("/");
  const namespaceForFile = namespaceForFileFrom(config.namespaces, repoPathOf);
  const codeowners = readCodeowners(root);
  const result = check({
    // The plain folders as one pile (the kustomize and Helm units beside them are test/workspace's).
    files: collectFiles(["examples/platform", "examples/teams"], cwd).files,
    rules: codeRules,
    config,
    context: { origin: "files", repoPathOf, ...(namespaceForFile ? { namespaceForFile } : {}), ...(codeowners ? { codeowners } : {}) },
  });
  expect(result.findings.filter((f) => f.ruleId.startsWith("namespaces/")).map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
    "namespaces/explicit-namespace examples/teams/api/worker.yaml:25",
    "namespaces/team-owns-namespace examples/teams/ml/feature-flags.yaml:6",
    "namespaces/default-deny-network-policy examples/teams/ml/namespace.yaml:4",
  ]);
});
