import { ConfigInvalid } from "../../src/core/config.js";
import { namespaceForFileFrom } from "../../src/ownership/paths.js";
import { configFrom } from "./helpers.js";

function errorsOf(yaml: string): string[] {
  try {
    configFrom(yaml);
  } catch (e) {
    if (e instanceof ConfigInvalid) return e.errors.map((x) => `${x.line ?? "-"} ${x.field}: ${x.message}`);
    throw e;
  }
  return [];
}

describe("namespaces: config section", () => {
  test("a complete, valid section", () => {
    const c = configFrom(`
namespaces:
  platform: platform
  adminGroups: [oidc:platform-admins]
  adminUsers: [ops@acme.dev]
  codeowners: true
  unknownKinds: cluster
  pathNamespaces: { "teams/api/**": api }
  teams:
    platform: { namespaces: [monitoring, "shared-*"], codeowners: ["@acme/platform"], groups: [oidc:platform] }
    api:
      namespaces: [api]
      paths: ["teams/api/**"]
      codeowners: ["@acme/api", "lead@acme.dev"]
      users: [alice@acme.dev]
      groups: ["oidc:api", "system:serviceaccounts:api-ci"]
`);
    expect(c.namespaces?.teams?.api?.namespaces).toEqual(["api"]);
    expect(c.namespaces?.unknownKinds).toBe("cluster");
  });

  const invalid: [string, string, string[]][] = [
    ["unknown field", "namespaces:\n  teamz: {}\n", ["2 namespaces.teamz: unknown field \"teamz\""]],
    ["unknown team field", "namespaces:\n  teams:\n    api:\n      namespace: [api]\n", ["4 namespaces.teams.api.namespace: unknown field \"namespace\""]],
    ["bad unknownKinds", "namespaces:\n  unknownKinds: maybe\n", ['2 namespaces.unknownKinds: must be one of "namespaced", "cluster", "ignore"']],
    ["namespace not a DNS label", "namespaces:\n  teams:\n    api: { namespaces: [Api_NS] }\n", ['3 namespaces.teams.api.namespaces.0: must match pattern "^[a-z0-9*?]([-a-z0-9*?]{0,61}[a-z0-9*?])?$"']],
    ["handle without @", "namespaces:\n  teams:\n    api: { codeowners: [acme/api] }\n", ["3 namespaces.teams.api.codeowners.0: must match pattern \"^@[A-Za-z0-9][-A-Za-z0-9_.]*(/[A-Za-z0-9][-A-Za-z0-9_.]*)?$|^[^@\\s]+@[^@\\s]+$\""]],
    ["pathNamespaces value", "namespaces:\n  pathNamespaces: { \"a/**\": 7 }\n", ["2 namespaces.pathNamespaces.a/**: must be string"]],
    ["platform names nothing", "namespaces:\n  platform: ops\n  teams: { api: {} }\n", ['2 namespaces.platform: "ops" is neither a team under namespaces.teams nor a CODEOWNERS handle (@org/team)']],
    [
      "namespace claimed twice",
      "namespaces:\n  teams:\n    api: { namespaces: [shared] }\n    ml: { namespaces: [ml, shared] }\n",
      ['4 namespaces.teams.ml.namespaces.1: namespace "shared" is already owned by team "api"'],
    ],
    [
      "handle claimed twice",
      "namespaces:\n  teams:\n    api: { codeowners: [\"@acme/x\"] }\n    ml: { codeowners: [\"@ACME/x\"] }\n",
      ['4 namespaces.teams.ml.codeowners.0: handle "@ACME/x" already belongs to team "api"'],
    ],
  ];
  test.each(invalid)("%s", (_d, yaml, expected) => {
    expect(errorsOf(yaml)).toEqual(expected);
  });

  test("a platform given as a handle is accepted", () => {
    expect(errorsOf("namespaces:\n  platform: \"@acme/platform\"\n")).toEqual([]);
  });
});

describe("pathNamespaces → RunContext.namespaceForFile", () => {
  const section = { pathNamespaces: { "teams/api/**": "api", "teams/api/jobs/**": "api-jobs", "*.yaml": "top" } };
  const cases: [string, string | undefined][] = [
    ["teams/api/web.yaml", "api"],
    ["teams/api/jobs/nightly.yaml", "api-jobs"],
    ["root.yaml", "top"],
    ["teams/ml/x.yaml", undefined],
  ];
  test.each(cases)("%s → %s (most specific glob wins)", (file, ns) => {
    expect(namespaceForFileFrom(section)!(file)).toBe(ns);
  });
  test("maps the file to its repository path first", () => {
    expect(namespaceForFileFrom(section, (f) => f.replace(/^examples\//, ""))!("examples/teams/api/w.yaml")).toBe("api");
  });
  test("nothing configured: no function", () => {
    expect(namespaceForFileFrom({})).toBeUndefined();
    expect(namespaceForFileFrom(undefined)).toBeUndefined();
  });
});
