// The CLI's names for the workspace layer's config and registry loading (serve, rules import them from here).
export { fileRunContext, loadConfigFile, loadRegistry, packageRoot, readCodeowners, readPolicyDir, repoRoot, toolVersion } from "../workspace/config.js";
