// The three-teams repository end to end: every namespaces finding, with its file and line, under
// zero config (CODEOWNERS only) and under explicit ownership config.
import { fixture, rows, runCheck } from "./helpers.js";

const repo = fixture("three-teams");
const namespacesRows = (config?: string) =>
  runCheck(repo.files, { codeowners: repo.codeowners, ...(config ? { config } : {}) })
    .filter((f) => f.ruleId.startsWith("namespaces/"))
    .map((f) => [f.ruleId, ...rows([f])[0]!]);

describe("three-teams fixture", () => {
  test("zero config: CODEOWNERS decides; the declaring team owns its Namespace", () => {
    expect(namespacesRows()).toEqual([
      ["namespaces/team-owns-namespace", "teams/growth/experiments.yaml:6", "teams/growth/experiments.yaml belongs to @acme/growth, but it writes ConfigMap payments/growth-flags into namespace payments, which @acme/payments owns."],
      ["namespaces/cluster-scoped-by-platform", "teams/growth/experiments.yaml:11", "ClusterRole growth-reader is cluster-scoped, so only the platform team (@acme/platform) may declare it, not teams/growth/experiments.yaml (owned by @acme/growth)."],
      ["namespaces/clusterrolebinding-platform-only", "teams/growth/experiments.yaml:23", "ClusterRoleBinding growth-reader grants ClusterRole growth-reader in every namespace; only the platform team (@acme/platform) may bind cluster-wide, not teams/growth/experiments.yaml (owned by @acme/growth)."],
      ["namespaces/explicit-namespace", "teams/growth/experiments.yaml:32", "ServiceAccount experimenter has no metadata.namespace; it lands in whatever namespace `kubectl apply` targets (often default)."],
      ["namespaces/no-default-namespace", "teams/growth/experiments.yaml:39", "Service default/landing is in the default namespace, which no team owns and nothing fences."],
      ["namespaces/default-deny-network-policy", "teams/growth/namespace.yaml:4", "Namespace growth (owned by @acme/growth) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods."],
      ["namespaces/limit-range-required", "teams/growth/namespace.yaml:4", "Namespace growth (owned by @acme/growth) has no LimitRange in the run, so containers without requests or limits get no defaults."],
      ["namespaces/resource-quota-required", "teams/growth/namespace.yaml:4", "Namespace growth (owned by @acme/growth) has no ResourceQuota in the run, so nothing caps what it can take from other teams."],
      ["namespaces/team-owns-namespace", "teams/growth/shared/scratch.yaml:5", "teams/growth/shared/scratch.yaml belongs to no team, but it writes ConfigMap growth/scratch into namespace growth, which @acme/growth owns."],
      ["namespaces/cross-namespace-reference", "teams/search/indexer.yaml:13", "Deployment search/indexer uses ServiceAccount payments-api, which the run declares only in namespace payments; Kubernetes looks it up in search, so the pod will not start."],
      ["namespaces/cross-namespace-reference", "teams/search/indexer.yaml:20", "Deployment search/indexer uses Secret payments-db, which the run declares only in namespace payments; Kubernetes looks it up in search, so the pod will not start."],
      ["namespaces/limit-range-required", "teams/search/namespace.yaml:4", "Namespace search (owned by @acme/search) has no LimitRange in the run, so containers without requests or limits get no defaults."],
      ["namespaces/rolebinding-cross-namespace", "teams/search/rbac.yaml:17", "RoleBinding growth-can-read gives ServiceAccount growth/experimenter (namespace growth, owned by @acme/growth) access to namespace search, owned by @acme/search."],
      ["namespaces/rolebinding-cross-namespace", "teams/search/rbac.yaml:20", "RoleBinding growth-can-read gives the group system:serviceaccounts:payments (namespace payments, owned by @acme/payments) access to namespace search, owned by @acme/search."],
      ["namespaces/rolebinding-wildcard-clusterrole", "teams/search/rbac.yaml:31", "RoleBinding ops binds ClusterRole ops-everything, which grants every verb (*) on every resource (*): full control of namespace search, its RBAC and Secrets included."],
      ["namespaces/rolebinding-wildcard-clusterrole", "teams/search/rbac.yaml:40", "RoleBinding break-glass binds the built-in ClusterRole cluster-admin (every verb on every resource): full control of namespace search, its RBAC and Secrets included."],
    ]);
  });

  test("explicit config: team names alias the handles; a config path gives growth its scratch space; pathNamespaces places the ServiceAccount", () => {
    const config = `
namespaces:
  platform: platform
  pathNamespaces: { "teams/growth/**": growth }
  teams:
    platform: { codeowners: ["@acme/platform"], namespaces: [monitoring] }
    payments: { codeowners: ["@acme/payments"], namespaces: [payments] }
    search: { codeowners: ["@acme/search"], namespaces: [search] }
    growth: { codeowners: ["@acme/growth"], namespaces: [growth], paths: ["teams/growth/shared/**"] }
rules:
  namespaces/limit-range-required: off
  namespaces/resource-quota-required: off
  namespaces/default-deny-network-policy: info
`;
    expect(namespacesRows(config)).toEqual([
      ["namespaces/team-owns-namespace", "teams/growth/experiments.yaml:6", "teams/growth/experiments.yaml belongs to growth, but it writes ConfigMap payments/growth-flags into namespace payments, which payments owns."],
      ["namespaces/cluster-scoped-by-platform", "teams/growth/experiments.yaml:11", "ClusterRole growth-reader is cluster-scoped, so only the platform team (platform) may declare it, not teams/growth/experiments.yaml (owned by growth)."],
      ["namespaces/clusterrolebinding-platform-only", "teams/growth/experiments.yaml:23", "ClusterRoleBinding growth-reader grants ClusterRole growth-reader in every namespace; only the platform team (platform) may bind cluster-wide, not teams/growth/experiments.yaml (owned by growth)."],
      ["namespaces/no-default-namespace", "teams/growth/experiments.yaml:39", "Service default/landing is in the default namespace, which no team owns and nothing fences."],
      ["namespaces/default-deny-network-policy", "teams/growth/namespace.yaml:4", "Namespace growth (owned by growth) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods."],
      ["namespaces/cross-namespace-reference", "teams/search/indexer.yaml:13", "Deployment search/indexer uses ServiceAccount payments-api, which the run declares only in namespace payments; Kubernetes looks it up in search, so the pod will not start."],
      ["namespaces/cross-namespace-reference", "teams/search/indexer.yaml:20", "Deployment search/indexer uses Secret payments-db, which the run declares only in namespace payments; Kubernetes looks it up in search, so the pod will not start."],
      ["namespaces/rolebinding-cross-namespace", "teams/search/rbac.yaml:17", "RoleBinding growth-can-read gives ServiceAccount growth/experimenter (namespace growth, owned by growth) access to namespace search, owned by search."],
      ["namespaces/rolebinding-cross-namespace", "teams/search/rbac.yaml:20", "RoleBinding growth-can-read gives the group system:serviceaccounts:payments (namespace payments, owned by payments) access to namespace search, owned by search."],
      ["namespaces/rolebinding-wildcard-clusterrole", "teams/search/rbac.yaml:31", "RoleBinding ops binds ClusterRole ops-everything, which grants every verb (*) on every resource (*): full control of namespace search, its RBAC and Secrets included."],
      ["namespaces/rolebinding-wildcard-clusterrole", "teams/search/rbac.yaml:40", "RoleBinding break-glass binds the built-in ClusterRole cluster-admin (every verb on every resource): full control of namespace search, its RBAC and Secrets included."],
    ]);
  });
});
