// Table tests per namespaces rule: what each reports, and on which line.
import type { InputFile } from "../../src/engine/check.js";
import { findingsOf, runCheck, type RunOptions } from "./helpers.js";

/** [file:line, message] of one rule's findings. */
function lines(ruleId: string, input: string | readonly InputFile[], opts: RunOptions = {}): string[] {
  return findingsOf(ruleId, input, opts).map((f) => `${f.file}:${f.line} ${f.message}`);
}
const repo = (files: Record<string, string>): InputFile[] => Object.entries(files).map(([file, text]) => ({ file, text }));

const CODEOWNERS = "* @acme/platform\n/teams/a/ @acme/a\n/teams/b/ @acme/b\n/teams/ab/ @acme/a @acme/b\n";
const ns = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;
const cm = (name: string, namespace?: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ""}`;

describe("namespaces/explicit-namespace", () => {
  const id = "namespaces/explicit-namespace";
  test.each<[string, string, RunOptions, string[]]>([
    ["namespaced kind without namespace", cm("x"), {}, ["manifests.yaml:3 ConfigMap x has no metadata.namespace; it lands in whatever namespace `kubectl apply` targets (often default)."]],
    ["with a namespace", cm("x", "a"), {}, []],
    ["cluster-scoped kind", ns("a"), {}, []],
    ["unknown kind counts as namespaced by default", "apiVersion: x.io/v1\nkind: Widget\nmetadata:\n  name: w\n", {}, ["manifests.yaml:3 Widget w has no metadata.namespace; it lands in whatever namespace `kubectl apply` targets (often default)."]],
    ["unknownKinds: cluster", "apiVersion: x.io/v1\nkind: Widget\nmetadata:\n  name: w\n", { config: "namespaces: { unknownKinds: cluster }" }, []],
    ["unknownKinds: ignore", "apiVersion: x.io/v1\nkind: Widget\nmetadata:\n  name: w\n", { config: "namespaces: { unknownKinds: ignore }" }, []],
    [
      "a cluster-scoped CRD in the run classifies its kind",
      "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.x.io\nspec:\n  scope: Cluster\n  names: { kind: Widget }\n---\napiVersion: x.io/v1\nkind: Widget\nmetadata:\n  name: w\n",
      {},
      [],
    ],
    ["a List's items are checked one by one", "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    metadata: { name: s }\n", {}, ["manifests.yaml:6 Secret s has no metadata.namespace; it lands in whatever namespace `kubectl apply` targets (often default)."]],
    ["a namespace given for the path is accepted", cm("x"), { config: 'namespaces: { pathNamespaces: { "*.yaml": a } }' }, []],
    [
      "unless acceptPathNamespace is false",
      cm("x"),
      { config: 'namespaces: { pathNamespaces: { "*.yaml": a } }\nrules: { namespaces/explicit-namespace: { options: { acceptPathNamespace: false } } }' },
      ["manifests.yaml:3 ConfigMap x has no metadata.namespace; it lands in whatever namespace `kubectl apply` targets (often default)."],
    ],
  ])("%s", (_d, yaml, opts, expected) => {
    expect(lines(id, yaml, opts)).toEqual(expected);
  });
});

describe("namespaces/no-default-namespace", () => {
  const id = "namespaces/no-default-namespace";
  test.each<[string, string, RunOptions, string[]]>([
    ["explicit default", cm("x", "default"), {}, ["manifests.yaml:5 ConfigMap default/x is in the default namespace, which no team owns and nothing fences."]],
    ["another namespace", cm("x", "a"), {}, []],
    ["no namespace at all is explicit-namespace's finding", cm("x"), {}, []],
    ["default given for the path", cm("x"), { config: 'namespaces: { pathNamespaces: { "**": default } }' }, ["manifests.yaml:3 ConfigMap x lands in the default namespace (namespaces.pathNamespaces), which no team owns and nothing fences."]],
    ["severity from config", cm("x", "default"), { config: "rules: { namespaces/no-default-namespace: warning }" }, ["manifests.yaml:5 ConfigMap default/x is in the default namespace, which no team owns and nothing fences."]],
  ])("%s", (_d, yaml, opts, expected) => {
    expect(lines(id, yaml, opts)).toEqual(expected);
  });
  test("severity comes from config", () => {
    expect(findingsOf(id, cm("x", "default"), { config: "rules: { namespaces/no-default-namespace: warning }" })[0]?.severity).toBe("warning");
  });
});

describe("namespaces/team-owns-namespace", () => {
  const id = "namespaces/team-owns-namespace";
  const base = { "teams/a/ns.yaml": ns("a"), "teams/b/ns.yaml": ns("b") };
  test.each<[string, Record<string, string>, RunOptions, string[]]>([
    ["own namespace", { ...base, "teams/a/x.yaml": cm("x", "a") }, { codeowners: CODEOWNERS }, []],
    [
      "another team's namespace",
      { ...base, "teams/a/x.yaml": "# a comment\n" + cm("x", "b") },
      { codeowners: CODEOWNERS },
      ["teams/a/x.yaml:6 teams/a/x.yaml belongs to @acme/a, but it writes ConfigMap b/x into namespace b, which @acme/b owns."],
    ],
    ["the platform team writes anywhere", { ...base, "platform/x.yaml": cm("x", "b") }, { codeowners: CODEOWNERS }, []],
    ["a file owned by two teams may write to either's namespace", { ...base, "teams/ab/x.yaml": cm("x", "b") }, { codeowners: CODEOWNERS }, []],
    ["zero config: a namespace nobody declared has no known owner", { "teams/a/x.yaml": cm("x", "elsewhere") }, { codeowners: CODEOWNERS }, []],
    ["no CODEOWNERS and no teams: nothing to decide with", { ...base, "teams/a/x.yaml": cm("x", "b") }, {}, []],
    [
      "config paths win over CODEOWNERS",
      { ...base, "teams/a/x.yaml": cm("x", "b") },
      { codeowners: CODEOWNERS, config: 'namespaces:\n  teams:\n    b: { codeowners: ["@acme/b"], paths: ["teams/a/x.yaml"] }\n' },
      [],
    ],
    [
      "explicit config: glob namespaces, the most specific wins",
      { "teams/a/x.yaml": cm("x", "b-jobs"), "teams/a/y.yaml": cm("y", "b-web") },
      { codeowners: CODEOWNERS, config: 'namespaces:\n  teams:\n    a: { codeowners: ["@acme/a"], namespaces: ["b-jobs"] }\n    b: { codeowners: ["@acme/b"], namespaces: ["b-*"] }\n' },
      ["teams/a/y.yaml:5 teams/a/y.yaml belongs to a, but it writes ConfigMap b-web/y into namespace b-web, which b owns."],
    ],
    [
      "explicit config: a namespace no team owns is the platform team's",
      { "teams/a/x.yaml": cm("x", "loose") },
      { codeowners: CODEOWNERS, config: 'namespaces:\n  teams:\n    a: { codeowners: ["@acme/a"], namespaces: [a] }\n' },
      ["teams/a/x.yaml:5 teams/a/x.yaml belongs to a, but it writes ConfigMap loose/x into namespace loose, which no team owns in .tollgate.yaml (only the platform team may write there)."],
    ],
    [
      "explicit config ignores who declares the Namespace",
      { "teams/b/ns.yaml": ns("b"), "teams/a/x.yaml": cm("x", "b") },
      { codeowners: CODEOWNERS, config: 'namespaces:\n  teams:\n    a: { codeowners: ["@acme/a"], namespaces: [b] }\n' },
      [],
    ],
  ])("%s", (_d, files, opts, expected) => {
    expect(lines(id, repo(files), opts)).toEqual(expected);
  });

  test("repoPathOf maps the file to its path in the repository", () => {
    const files = repo({ "examples/teams/b/ns.yaml": ns("b"), "examples/teams/a/x.yaml": cm("x", "b") });
    const out = lines(id, files, { codeowners: CODEOWNERS, context: { repoPathOf: (f) => f.replace(/^examples\//, "") } });
    expect(out).toEqual(["examples/teams/a/x.yaml:5 teams/a/x.yaml belongs to @acme/a, but it writes ConfigMap b/x into namespace b, which @acme/b owns."]);
  });

  test("annotation suppressions are honoured in CI but not for boundary rules in the webhook mode", () => {
    const text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: b\n  annotations:\n    tollgate.dev/ignore: namespaces/team-owns-namespace\n    tollgate.dev/ignore-reason: shared flags\n";
    const files = repo({ ...base, "teams/a/x.yaml": text });
    expect(lines(id, files, { codeowners: CODEOWNERS })).toEqual([]);
    expect(lines(id, files, { codeowners: CODEOWNERS, engine: { annotationSuppressions: "non-boundary" } })).toHaveLength(1);
  });
});

describe("namespaces/cluster-scoped-by-platform", () => {
  const id = "namespaces/cluster-scoped-by-platform";
  const role = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\nrules: []\n";
  const crd = (scope: string) =>
    `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.x.io\nspec:\n  scope: ${scope}\n  names: { kind: Widget }\n`;
  const widget = "apiVersion: x.io/v1\nkind: Widget\nmetadata:\n  name: w\n";
  test.each<[string, Record<string, string>, RunOptions, string[]]>([
    ["a team's ClusterRole", { "teams/a/r.yaml": role }, { codeowners: CODEOWNERS }, ["teams/a/r.yaml:2 ClusterRole r is cluster-scoped, so only the platform team (@acme/platform) may declare it, not teams/a/r.yaml (owned by @acme/a)."]],
    ["the platform's ClusterRole", { "platform/r.yaml": role }, { codeowners: CODEOWNERS }, []],
    ["a team's CRD", { "teams/a/crd.yaml": crd("Namespaced") }, { codeowners: CODEOWNERS }, ["teams/a/crd.yaml:2 CustomResourceDefinition widgets.x.io is cluster-scoped, so only the platform team (@acme/platform) may declare it, not teams/a/crd.yaml (owned by @acme/a)."]],
    ["a cluster-scoped custom kind (CRD in the run)", { "platform/crd.yaml": crd("Cluster"), "teams/a/w.yaml": widget }, { codeowners: CODEOWNERS }, ["teams/a/w.yaml:2 Widget w is cluster-scoped, so only the platform team (@acme/platform) may declare it, not teams/a/w.yaml (owned by @acme/a)."]],
    ["a namespaced custom kind", { "platform/crd.yaml": crd("Namespaced"), "teams/a/w.yaml": widget }, { codeowners: CODEOWNERS }, []],
    ["an unknown kind, default namespaced", { "teams/a/w.yaml": widget }, { codeowners: CODEOWNERS }, []],
    ["an unknown kind, unknownKinds: cluster", { "teams/a/w.yaml": widget }, { codeowners: CODEOWNERS, config: "namespaces: { unknownKinds: cluster }" }, ["teams/a/w.yaml:2 Widget w is cluster-scoped, so only the platform team (@acme/platform) may declare it, not teams/a/w.yaml (owned by @acme/a)."]],
    ["zero config: a team declares its own Namespace", { "teams/a/ns.yaml": ns("a") }, { codeowners: CODEOWNERS }, []],
    [
      "zero config: two teams declare the same Namespace",
      { "teams/a/ns.yaml": ns("shared"), "teams/b/ns.yaml": ns("shared"), "platform/ns.yaml": ns("shared") },
      { codeowners: CODEOWNERS },
      [
        "teams/a/ns.yaml:4 teams/a/ns.yaml (owned by @acme/a) declares Namespace shared, which @acme/b in teams/b/ns.yaml declares too; two teams cannot both own it, so assign it under namespaces.teams in .tollgate.yaml.",
        "teams/b/ns.yaml:4 teams/b/ns.yaml (owned by @acme/b) declares Namespace shared, which @acme/a in teams/a/ns.yaml declares too; two teams cannot both own it, so assign it under namespaces.teams in .tollgate.yaml.",
      ],
    ],
    [
      "explicit config: only the configured owner declares a Namespace",
      { "teams/a/ns.yaml": ns("a"), "teams/b/ns.yaml": ns("a"), "teams/b/other.yaml": ns("other") },
      { codeowners: CODEOWNERS, config: 'namespaces:\n  teams:\n    a: { codeowners: ["@acme/a"], namespaces: [a] }\n    b: { codeowners: ["@acme/b"], namespaces: [b] }\n' },
      [
        "teams/b/ns.yaml:4 teams/b/ns.yaml (owned by b) declares Namespace a, which a owns; only its owner or the platform team (@acme/platform) may declare it.",
        "teams/b/other.yaml:4 teams/b/other.yaml (owned by b) declares Namespace other, which no team owns in .tollgate.yaml; only its owner or the platform team (@acme/platform) may declare it.",
      ],
    ],
    ["a ClusterRoleBinding is left to its own rule", { "teams/a/crb.yaml": "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: x\n" }, { codeowners: CODEOWNERS }, []],
    ["config names the platform team", { "teams/a/r.yaml": role }, { codeowners: CODEOWNERS, config: 'namespaces:\n  platform: "@acme/a"\n' }, []],
  ])("%s", (_d, files, opts, expected) => {
    expect(lines(id, repo(files), opts)).toEqual(expected);
  });
});

describe("namespaces/clusterrolebinding-platform-only", () => {
  const id = "namespaces/clusterrolebinding-platform-only";
  const crb = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: x\nroleRef:\n  kind: ClusterRole\n  name: view\n";
  test.each<[string, Record<string, string>, string[]]>([
    ["a team's", { "teams/a/crb.yaml": crb }, ["teams/a/crb.yaml:5 ClusterRoleBinding x grants ClusterRole view in every namespace; only the platform team (@acme/platform) may bind cluster-wide, not teams/a/crb.yaml (owned by @acme/a)."]],
    ["the platform's", { "platform/crb.yaml": crb }, []],
  ])("%s", (_d, files, expected) => {
    expect(lines(id, repo(files), { codeowners: CODEOWNERS })).toEqual(expected);
  });
});

describe("namespaces/rolebinding-cross-namespace", () => {
  const id = "namespaces/rolebinding-cross-namespace";
  const rb = (subjects: string) =>
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: rb\n  namespace: a\nroleRef: { kind: ClusterRole, name: view }\nsubjects:\n${subjects}`;
  const owned = { "teams/a/ns.yaml": ns("a"), "teams/b/ns.yaml": ns("b"), "teams/a/ns2.yaml": ns("a2"), "platform/ns.yaml": ns("ops") };
  test.each<[string, string, string[]]>([
    ["same namespace", "  - { kind: ServiceAccount, name: s, namespace: a }\n", []],
    ["ServiceAccount without namespace means the binding's", "  - { kind: ServiceAccount, name: s }\n", []],
    ["another team's ServiceAccount", "  - { kind: ServiceAccount, name: s, namespace: b }\n", ["teams/a/rb.yaml:8 RoleBinding rb gives ServiceAccount b/s (namespace b, owned by @acme/b) access to namespace a, owned by @acme/a."]],
    ["a service account user of another team", "  - { kind: User, name: \"system:serviceaccount:b:s\" }\n", ["teams/a/rb.yaml:8 RoleBinding rb gives user system:serviceaccount:b:s (namespace b, owned by @acme/b) access to namespace a, owned by @acme/a."]],
    ["the same team's other namespace", "  - { kind: ServiceAccount, name: s, namespace: a2 }\n", []],
    ["the platform team's ServiceAccount", "  - { kind: ServiceAccount, name: prometheus, namespace: ops }\n", []],
    ["an ordinary user or group", "  - { kind: User, name: alice }\n  - { kind: Group, name: devs }\n", []],
    ["a namespace with no known owner", "  - { kind: ServiceAccount, name: s, namespace: nowhere }\n", ["teams/a/rb.yaml:8 RoleBinding rb gives ServiceAccount nowhere/s of namespace nowhere access to namespace a; no owner is known that makes them the same team."]],
  ])("%s", (_d, subjects, expected) => {
    expect(lines(id, repo({ ...owned, "teams/a/rb.yaml": rb(subjects) }), { codeowners: CODEOWNERS })).toEqual(expected);
  });
});

describe("namespaces/rolebinding-broad-subject", () => {
  const id = "namespaces/rolebinding-broad-subject";
  const rb = (namespace: string, subjects: string) =>
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: rb\n  namespace: ${namespace}\nroleRef: { kind: ClusterRole, name: edit }\nsubjects:\n${subjects}`;
  const crb = (role: string, subjects: string) =>
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: crb\nroleRef: { kind: ClusterRole, name: ${role} }\nsubjects:\n${subjects}`;
  const owned = { "teams/a/ns.yaml": ns("a"), "platform/ns.yaml": ns("ops") };
  test.each<[string, string, string, string[]]>([
    ["system:authenticated in a team's namespace", "teams/a/rb.yaml", rb("a", "  - { kind: ServiceAccount, name: s }\n  - { kind: Group, name: \"system:authenticated\", apiGroup: rbac.authorization.k8s.io }\n"),
      ["teams/a/rb.yaml:9 RoleBinding rb grants ClusterRole edit in namespace a (owned by @acme/a) to the group system:authenticated: every authenticated user and service account of the cluster."]],
    ["system:unauthenticated", "teams/a/rb.yaml", rb("a", "  - { kind: Group, name: \"system:unauthenticated\" }\n"),
      ["teams/a/rb.yaml:8 RoleBinding rb grants ClusterRole edit in namespace a (owned by @acme/a) to the group system:unauthenticated: every anonymous request."]],
    ["system:serviceaccounts (all of them)", "teams/a/rb.yaml", rb("a", "  - { kind: Group, name: \"system:serviceaccounts\" }\n"),
      ["teams/a/rb.yaml:8 RoleBinding rb grants ClusterRole edit in namespace a (owned by @acme/a) to the group system:serviceaccounts: every service account of every namespace."]],
    ["the anonymous user", "teams/a/rb.yaml", rb("a", "  - { kind: User, name: \"system:anonymous\" }\n"),
      ["teams/a/rb.yaml:8 RoleBinding rb grants ClusterRole edit in namespace a (owned by @acme/a) to the user system:anonymous: every anonymous request."]],
    ["a namespace with no known owner", "teams/a/rb.yaml", rb("nowhere", "  - { kind: Group, name: \"system:authenticated\" }\n"),
      ["teams/a/rb.yaml:8 RoleBinding rb grants ClusterRole edit in namespace nowhere to the group system:authenticated: every authenticated user and service account of the cluster."]],
    ["one namespace's service accounts are another rule's concern", "teams/a/rb.yaml", rb("a", "  - { kind: Group, name: \"system:serviceaccounts:a\" }\n"), []],
    ["the team's own group", "teams/a/rb.yaml", rb("a", "  - { kind: Group, name: \"oidc:team-a\" }\n"), []],
    ["a platform namespace", "platform/rb.yaml", rb("ops", "  - { kind: Group, name: \"system:authenticated\" }\n"), []],
    ["kube-public's cluster-info", "platform/rb.yaml", rb("kube-public", "  - { kind: Group, name: \"system:unauthenticated\" }\n"), []],
    ["a ClusterRoleBinding to everyone", "platform/crb.yaml", crb("view", "  - { kind: Group, name: \"system:authenticated\" }\n"),
      ["platform/crb.yaml:7 ClusterRoleBinding crb grants ClusterRole view in every namespace to the group system:authenticated: every authenticated user and service account of the cluster."]],
    ["Kubernetes' own discovery binding", "platform/crb.yaml", crb("system:discovery", "  - { kind: Group, name: \"system:authenticated\" }\n"), []],
  ])("%s", (_d, file, yaml, expected) => {
    expect(lines(id, repo({ ...owned, [file]: yaml }), { codeowners: CODEOWNERS })).toEqual(expected);
  });
});

describe("namespaces/rolebinding-wildcard-clusterrole", () => {
  const id = "namespaces/rolebinding-wildcard-clusterrole";
  const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\nrules:\n${rules}---\n`;
  const rb = (kind: string, name: string) =>
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: rb\n  namespace: a\nroleRef:\n  kind: ${kind}\n  name: ${name}\n`;
  test.each<[string, string, string[]]>([
    ["wildcard verbs", role("  - { apiGroups: [''], resources: [pods], verbs: ['*'] }\n") + rb("ClusterRole", "r"), ["manifests.yaml:15 RoleBinding rb binds ClusterRole r, which grants every verb (*): full control of namespace a, its RBAC and Secrets included."]],
    ["wildcard resources", role("  - { apiGroups: [''], resources: ['*'], verbs: [get] }\n") + rb("ClusterRole", "r"), ["manifests.yaml:15 RoleBinding rb binds ClusterRole r, which grants access to every resource (*): full control of namespace a, its RBAC and Secrets included."]],
    ["a role that names what it grants", role("  - { apiGroups: [''], resources: [pods], verbs: [get] }\n") + rb("ClusterRole", "r"), []],
    ["a Role, not a ClusterRole", role("  - { apiGroups: [''], resources: ['*'], verbs: ['*'] }\n") + rb("Role", "r"), []],
    ["built-in cluster-admin", rb("ClusterRole", "cluster-admin"), ["manifests.yaml:8 RoleBinding rb binds the built-in ClusterRole cluster-admin (every verb on every resource): full control of namespace a, its RBAC and Secrets included."]],
    ["built-in admin is meant for RoleBindings", rb("ClusterRole", "admin"), []],
    ["a ClusterRole not in the run", rb("ClusterRole", "somewhere"), []],
  ])("%s", (_d, yaml, expected) => {
    expect(lines(id, yaml)).toEqual(expected);
  });
});

describe("namespaces/cross-namespace-reference", () => {
  const id = "namespaces/cross-namespace-reference";
  const declared = [cm("cfg", "other"), "apiVersion: v1\nkind: Secret\nmetadata: { name: sec, namespace: other }\n", "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: pvc, namespace: other }\n", "apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: sa, namespace: other }\n", cm("loose")].join("---\n");
  const pod = (spec: string) => `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\nspec:\n${spec}`;
  // The declared objects take lines 1-22; the pod's `---` is line 23 and its spec starts at line 30.
  test.each<[string, string, string[]]>([
    ["serviceAccountName", "  serviceAccountName: sa\n  containers: [{ name: c, image: i }]\n", ["manifests.yaml:30 Pod a/p uses ServiceAccount sa, which the run declares only in namespace other; Kubernetes looks it up in a, so the pod will not start."]],
    [
      "configMap, secret, projected and PVC volumes",
      "  containers: [{ name: c, image: i }]\n  volumes:\n    - name: v1\n      configMap: { name: cfg }\n    - name: v2\n      secret: { secretName: sec }\n    - name: v3\n      projected: { sources: [{ configMap: { name: cfg } }, { secret: { name: sec, optional: true } }] }\n    - name: v4\n      persistentVolumeClaim: { claimName: pvc }\n",
      [
        "manifests.yaml:33 Pod a/p uses ConfigMap cfg, which the run declares only in namespace other; Kubernetes looks it up in a, so the pod will not start.",
        "manifests.yaml:35 Pod a/p uses Secret sec, which the run declares only in namespace other; Kubernetes looks it up in a, so the pod will not start.",
        "manifests.yaml:37 Pod a/p uses ConfigMap cfg, which the run declares only in namespace other; Kubernetes looks it up in a, so the pod will not start.",
        "manifests.yaml:39 Pod a/p uses PersistentVolumeClaim pvc, which the run declares only in namespace other; Kubernetes looks it up in a, so the pod will not start.",
      ],
    ],
    [
      "env and envFrom of app and init containers",
      "  initContainers:\n    - name: init\n      image: i\n      envFrom: [{ configMapRef: { name: cfg } }]\n  containers:\n    - name: c\n      image: i\n      env:\n        - name: X\n          valueFrom: { secretKeyRef: { name: sec, key: k } }\n",
      [
        "manifests.yaml:33 Pod a/p uses ConfigMap cfg, which the run declares only in namespace other; Kubernetes looks it up in a, so the pod will not start.",
        "manifests.yaml:39 Pod a/p uses Secret sec, which the run declares only in namespace other; Kubernetes looks it up in a, so the pod will not start.",
      ],
    ],
    ["optional references are not reported", "  containers:\n    - name: c\n      image: i\n      envFrom: [{ configMapRef: { name: cfg, optional: true } }]\n", []],
    ["an object declared without namespace may be in the pod's", "  containers:\n    - name: c\n      image: i\n      envFrom: [{ configMapRef: { name: loose } }]\n", []],
    ["objects the run does not declare", "  serviceAccountName: elsewhere\n  containers: [{ name: c, image: i }]\n", []],
  ])("%s", (_d, spec, expected) => {
    expect(lines(id, declared + pod(spec))).toEqual(expected);
  });
});

describe("per-namespace requirements", () => {
  const quota = (n: string) => `apiVersion: v1\nkind: ResourceQuota\nmetadata: { name: q, namespace: ${n} }\n`;
  const lr = (n: string) => `apiVersion: v1\nkind: LimitRange\nmetadata: { name: l, namespace: ${n} }\n`;
  const np = (n: string, spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p, namespace: ${n} }\nspec:\n${spec}`;
  const doc = (...d: string[]) => d.join("---\n");

  test.each<[string, string, string, RunOptions, string[]]>([
    ["namespaces/resource-quota-required", "missing", ns("a"), {}, ["manifests.yaml:4 Namespace a (no known owner) has no ResourceQuota in the run, so nothing caps what it can take from other teams."]],
    ["namespaces/resource-quota-required", "present", doc(ns("a"), quota("a")), {}, []],
    ["namespaces/resource-quota-required", "in another namespace", doc(ns("a"), quota("b")), {}, ["manifests.yaml:4 Namespace a (no known owner) has no ResourceQuota in the run, so nothing caps what it can take from other teams."]],
    ["namespaces/resource-quota-required", "system namespaces are excluded", ns("kube-system"), {}, []],
    ["namespaces/resource-quota-required", "exclude option", ns("sandbox-1"), { config: 'rules: { namespaces/resource-quota-required: { options: { exclude: ["sandbox-*"] } } }' }, []],
    ["namespaces/limit-range-required", "missing", ns("a"), {}, ["manifests.yaml:4 Namespace a (no known owner) has no LimitRange in the run, so containers without requests or limits get no defaults."]],
    ["namespaces/limit-range-required", "present", doc(ns("a"), lr("a")), {}, []],
    ["namespaces/default-deny-network-policy", "missing", ns("a"), {}, ["manifests.yaml:4 Namespace a (no known owner) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods."]],
    ["namespaces/default-deny-network-policy", "ingress deny without policyTypes", doc(ns("a"), np("a", "  podSelector: {}\n")), {}, []],
    ["namespaces/default-deny-network-policy", "a policy for some pods only", doc(ns("a"), np("a", "  podSelector: { matchLabels: { app: x } }\n  policyTypes: [Ingress]\n")), {}, ["manifests.yaml:4 Namespace a (no known owner) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods."]],
    ["namespaces/default-deny-network-policy", "a policy that allows ingress", doc(ns("a"), np("a", "  podSelector: {}\n  ingress: [{ from: [{ podSelector: {} }] }]\n")), {}, ["manifests.yaml:4 Namespace a (no known owner) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods."]],
    ["namespaces/default-deny-network-policy", "egress-only deny", doc(ns("a"), np("a", "  podSelector: {}\n  policyTypes: [Egress]\n")), {}, ["manifests.yaml:4 Namespace a (no known owner) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods."]],
    ["namespaces/default-deny-network-policy", "egress option: ingress only is not enough", doc(ns("a"), np("a", "  podSelector: {}\n  policyTypes: [Ingress]\n")), { config: "rules: { namespaces/default-deny-network-policy: { options: { egress: true } } }" }, ["manifests.yaml:4 Namespace a (no known owner) denies ingress by default but not egress; its pods can reach anything."]],
    ["namespaces/default-deny-network-policy", "egress option: both denied", doc(ns("a"), np("a", "  podSelector: {}\n  policyTypes: [Ingress, Egress]\n")), { config: "rules: { namespaces/default-deny-network-policy: { options: { egress: true } } }" }, []],
  ])("%s: %s", (id, _d, yaml, opts, expected) => {
    expect(lines(id, yaml, opts)).toEqual(expected);
  });

  test("severities are configurable per rule", () => {
    const found = runCheck(ns("a"), { config: "rules:\n  namespaces/default-deny-network-policy: error\n  namespaces/resource-quota-required: info\n" });
    expect(found.filter((f) => f.ruleId.startsWith("namespaces/")).map((f) => [f.ruleId, f.severity])).toEqual([
      ["namespaces/default-deny-network-policy", "error"],
      ["namespaces/limit-range-required", "warning"],
      ["namespaces/resource-quota-required", "info"],
    ]);
  });
});
