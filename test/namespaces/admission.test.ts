// The same rules at admission: the writer is the requesting user, documents have no files.
import { admissionFindingsOf } from "./helpers.js";

const config = `
namespaces:
  platform: platform
  adminGroups: ["oidc:sre"]
  teams:
    platform: { namespaces: [monitoring] }
    api:
      namespaces: [api, "api-*"]
      users: [alice@acme.dev]
      groups: ["oidc:api-devs"]
    ml:
      namespaces: [ml]
      groups: ["oidc:ml"]
`;
const cm = (namespace?: string) => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x", ...(namespace ? { namespace } : {}) } });
const role = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name: "r" }, rules: [] };
const crb = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", metadata: { name: "b" }, roleRef: { kind: "ClusterRole", name: "view" } };
const nsObj = (name: string) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
const messages = (ruleId: string, objects: unknown[], userInfo: object, namespace?: string, extra: object = {}) =>
  admissionFindingsOf(ruleId, objects, { userInfo, ...(namespace ? { namespace } : {}) }, { config, ...extra }).map((f) => {
    expect(f.line).toBeUndefined();
    return f.message;
  });

describe("admission: namespaces/team-owns-namespace", () => {
  const id = "namespaces/team-owns-namespace";
  test.each<[string, object, string | undefined, unknown, string[]]>([
    ["a team member in the team's namespace", { username: "alice@acme.dev" }, "api", cm("api"), []],
    ["by OIDC group, glob namespace", { username: "bob", groups: ["oidc:api-devs"] }, "api-jobs", cm("api-jobs"), []],
    ["another team's namespace", { username: "carol", groups: ["oidc:ml"] }, "api", cm("api"), ["user carol (team ml) may not write ConfigMap api/x into namespace api, which api owns."]],
    ["the request's namespace when the object has none", { username: "carol", groups: ["oidc:ml"] }, "api", cm(), ["user carol (team ml) may not write ConfigMap x into namespace api, which api owns."]],
    ["a user in no team", { username: "mallory", groups: ["system:authenticated"] }, "ml", cm("ml"), ["user mallory (no team) may not write ConfigMap ml/x into namespace ml, which ml owns."]],
    ["a namespace no team owns", { username: "alice@acme.dev" }, "loose", cm("loose"), ["user alice@acme.dev (team api) may not write ConfigMap loose/x into namespace loose, which no team owns in .tollgate.yaml (only the platform team may write there)."]],
    ["a service account acts for its namespace's owner", { username: "system:serviceaccount:api:deployer", groups: ["system:serviceaccounts", "system:serviceaccounts:api"] }, "api-jobs", cm("api-jobs"), []],
    ["a service account of another team's namespace", { username: "system:serviceaccount:ml:runner", groups: ["system:serviceaccounts:ml"] }, "api", cm("api"), ["user system:serviceaccount:ml:runner (team ml) may not write ConfigMap api/x into namespace api, which api owns."]],
    ["system:masters is the platform", { username: "admin", groups: ["system:masters"] }, "api", cm("api"), []],
    ["a configured admin group is the platform", { username: "sre1", groups: ["oidc:sre"] }, "ml", cm("ml"), []],
    ["controllers create pods everywhere", { username: "system:serviceaccount:kube-system:replicaset-controller", groups: ["system:serviceaccounts:kube-system"] }, "ml", cm("ml"), []],
  ])("%s", (_d, userInfo, namespace, object, expected) => {
    expect(messages(id, [object], userInfo, namespace)).toEqual(expected);
  });

  test("annotation suppressions do not apply to boundary rules in the webhook", () => {
    const annotated = { ...cm("api"), metadata: { name: "x", namespace: "api", annotations: { "tollgate.dev/ignore": "namespaces/team-owns-namespace", "tollgate.dev/ignore-reason": "trust me" } } };
    const user = { username: "carol", groups: ["oidc:ml"] };
    expect(messages(id, [annotated], user, "api", { engine: { annotationSuppressions: "non-boundary" } })).toHaveLength(1);
    expect(messages(id, [annotated], user, "api", { engine: { annotationSuppressions: "all" } })).toHaveLength(0);
  });

  test("without users or groups in config the cluster side decides nothing", () => {
    const found = admissionFindingsOf(id, [cm("api")], { userInfo: { username: "carol" }, namespace: "api" }, { config: "namespaces:\n  teams:\n    api: { namespaces: [api] }\n" });
    expect(found).toEqual([]);
  });
});

describe("admission: cluster-scoped objects", () => {
  test.each<[string, string, unknown, object, string[]]>([
    ["namespaces/cluster-scoped-by-platform", "a team member's ClusterRole", role, { username: "alice@acme.dev" }, ["ClusterRole r is cluster-scoped, so only the platform team (platform) may declare it, not user alice@acme.dev (team api)."]],
    ["namespaces/cluster-scoped-by-platform", "system:masters", role, { username: "admin", groups: ["system:masters"] }, []],
    ["namespaces/cluster-scoped-by-platform", "a team creates its own Namespace", nsObj("api-preview"), { username: "alice@acme.dev" }, []],
    ["namespaces/cluster-scoped-by-platform", "a team creates another team's Namespace", nsObj("ml"), { username: "alice@acme.dev" }, ["user alice@acme.dev (team api) declares Namespace ml, which ml owns; only its owner or the platform team (platform) may declare it."]],
    ["namespaces/clusterrolebinding-platform-only", "a team member's ClusterRoleBinding", crb, { username: "bob", groups: ["oidc:ml"] }, ["ClusterRoleBinding b grants ClusterRole view in every namespace; only the platform team (platform) may bind cluster-wide, not user bob (team ml)."]],
    ["namespaces/clusterrolebinding-platform-only", "an admin group's", crb, { username: "sre1", groups: ["oidc:sre"] }, []],
  ])("%s: %s", (id, _d, object, userInfo, expected) => {
    expect(messages(id, [object], userInfo)).toEqual(expected);
  });
});

describe("admission: rules that need the whole repository stay quiet", () => {
  test.each([
    ["namespaces/explicit-namespace", cm()],
    ["namespaces/resource-quota-required", nsObj("api")],
    ["namespaces/limit-range-required", nsObj("api")],
    ["namespaces/default-deny-network-policy", nsObj("api")],
  ])("%s", (id, object) => {
    expect(messages(id, [object], { username: "alice@acme.dev" }, "api")).toEqual([]);
  });

  test("no-default-namespace uses the request's namespace", () => {
    expect(messages("namespaces/no-default-namespace", [cm()], { username: "alice@acme.dev" }, "default")).toEqual([
      "ConfigMap x lands in the default namespace (the request's namespace), which no team owns and nothing fences.",
    ]);
  });
});
