// `npm run test:e2e`: tollgate's admission webhook called by a real kube-apiserver.
//
// Starts etcd, kube-apiserver and kube-controller-manager (built from Go modules by
// scripts/install-k8s.sh) and `tollgate serve` on 127.0.0.1, registers the webhook with the
// ValidatingWebhookConfiguration from webhook/manifests/ (clientConfig pointed at the loopback
// server and the test CA), and checks with kubectl — exit code and exact output — what a person
// running kubectl sees. Every process runs in its own process group and is stopped at the end,
// on failure and on Ctrl-C. Prints `N passed, N failed` last.
//
// Cases in PENDING_ISSUE_17 describe the behaviour issue 17 asks for (controller safety,
// subresources and ConfigMaps sent and judged); until it merges they are reported as
// "expected to pass after issue 17 merges" instead of failing the run.
//
// TOLLGATE_E2E_KEEP=1 keeps the work directory (logs, certificates, kubeconfig) for a look.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments, stringify } from "yaml";
import {
  K8S_VERSION,
  ROOT,
  httpStatus,
  killAllNow,
  kubectlWith,
  makePki,
  makeWorkDir,
  start,
  startCluster,
  stop,
  stopAll,
  waitFor,
  type KubectlOptions,
  type KubectlResult,
  type Proc,
} from "./cluster.js";

/** Cases that need issue 17's admission changes; the lead removes names from here as it merges. */
export const PENDING_ISSUE_17 = new Set<string>([]);

const WEBHOOK = "validate.tollgate.dev";
const keep = process.env.TOLLGATE_E2E_KEEP === "1";

// Identities (impersonated with --as / --as-group; the admin token is system:masters).
const ALICE: KubectlOptions = { as: "alice@northwind.dev" }; // team api by user name
const BOB: KubectlOptions = { as: "bob@northwind.dev" }; // team ml by user name
const CAROL_ML: KubectlOptions = { as: "carol@northwind.dev", groups: ["oidc:ml"] }; // team ml by group

// ---------------------------------------------------------------------------------------------
// Assertions

type Expect = string | RegExp;
interface Expected {
  code: number;
  stdout?: Expect;
  stderr?: Expect;
}

function matches(actual: string, want: Expect): boolean {
  return typeof want === "string" ? actual === want : want.test(actual);
}

function expectKubectl(r: KubectlResult, want: Expected): void {
  const problems: string[] = [];
  if (r.code !== want.code) problems.push(`exit code ${r.code}, expected ${want.code}`);
  if (want.stdout !== undefined && !matches(r.stdout, want.stdout)) problems.push(`stdout differs, expected ${show(want.stdout)}`);
  if (want.stderr !== undefined && !matches(r.stderr, want.stderr)) problems.push(`stderr differs, expected ${show(want.stderr)}`);
  if (problems.length > 0) {
    throw new Error(`${problems.join("; ")}\n    stdout: ${JSON.stringify(r.stdout)}\n    stderr: ${JSON.stringify(r.stderr)}`);
  }
}

function show(e: Expect): string {
  return typeof e === "string" ? JSON.stringify(e) : String(e);
}

function assert(cond: boolean, message: string): void {
  if (!cond) throw new Error(message);
}

/** The API server's wording for a webhook denial of `verb` ("creating", "patching", ...) of `file`. */
function denied(verb: string, file: string, message: string): string {
  return `Error from server (Forbidden): error when ${verb} "${file}": admission webhook "${WEBHOOK}" denied the request: ${message}\n`;
}

// ---------------------------------------------------------------------------------------------
// The run

interface Case {
  name: string;
  run: () => Promise<void> | void;
}

interface Outcome {
  name: string;
  ok: boolean;
  pending: boolean;
  error?: string;
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const dir = makeWorkDir();
  console.log(`tollgate e2e against Kubernetes ${K8S_VERSION} (work directory ${dir}${keep ? ", kept" : ""})`);
  const pki = makePki(dir);
  const cluster = await startCluster(dir, pki);
  console.log(`control plane ready at ${cluster.apiserverUrl} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const kubectl = kubectlWith(cluster.kubeconfig);
  const admin = (args: string[], input?: string) => {
    const r = kubectl(args, input === undefined ? {} : { input });
    if (r.code !== 0) throw new Error(`setup: kubectl ${args.join(" ")} failed (${r.code}): ${r.stderr}`);
    return r;
  };

  // --- Before the webhook exists: namespaces, RBAC for the impersonated users, pre-existing objects.
  admin(["apply", "-f", "examples/teams/api/namespace.yaml", "-f", "examples/teams/ml/namespace.yaml"]);
  admin(["create", "namespace", "tollgate-system"]);
  admin(["apply", "-f", "-"], rbacForTeams());
  admin(["apply", "-f", "-"], deployment({ name: "legacy", namespace: "api", memoryLimit: null }));
  admin(["apply", "-f", "-"], deployment({ name: "compliant", namespace: "api" }));
  admin(["apply", "-f", "-"], deployment({ name: "big", namespace: "api", replicas: 1, cpu: "1", memory: "2Gi" }));
  // A team namespace without a LimitRange: nothing fills in a memory limit before admission.
  admin(["create", "namespace", "api-legacy"]);
  await waitFor("default ServiceAccounts in api and ml", () => kubectl(["get", "sa", "default", "-n", "api"]).code === 0 && kubectl(["get", "sa", "default", "-n", "ml"]).code === 0, 60_000, cluster.controllerManager);
  admin(["run", "target", "-n", "api", "--image=registry.k8s.io/pause:3.10", "--overrides", JSON.stringify(podOverrides())]);
  await waitFor("default ServiceAccount in api-legacy", () => kubectl(["get", "sa", "default", "-n", "api-legacy"]).code === 0, 60_000, cluster.controllerManager);
  admin(["apply", "-f", "-"], deployment({ name: "legacy", namespace: "api-legacy", memoryLimit: null }));
  await waitFor("the legacy Deployments' 2 pods each", () => podCount(kubectl, "api", "app=legacy") === 2 && podCount(kubectl, "api-legacy", "app=legacy") === 2, 60_000, cluster.controllerManager);

  // --- tollgate serve on loopback with its own certificate, and the webhook configuration.
  const serving = pki.serving("tollgate");
  const tollgate = start("tollgate", process.execPath, [
    join(ROOT, "bin", "tollgate.js"), "serve",
    "--cert", serving.cert, "--key", serving.key,
    "--host", "127.0.0.1", "--port", "0",
    "--config", join(ROOT, "test", "e2e", "tollgate.yaml"),
    "--namespace", "tollgate-system",
  ], { cwd: dir });
  let port = 0;
  await waitFor("tollgate serve listening", () => {
    const line = logLines(tollgate).find((l) => l.msg === "listening");
    port = line ? Number(new URL(String(line.address)).port) : 0;
    return port > 0;
  }, 120_000, tollgate);
  const ca = readFileSync(pki.caCert, "utf8");
  await waitFor("tollgate /readyz", async () => (await httpStatus(`https://127.0.0.1:${port}/readyz`, { ca })) === 200, 30_000, tollgate);
  const webhookUrl = `https://127.0.0.1:${port}/validate`;
  admin(["apply", "-f", "-"], webhookConfiguration(webhookUrl, ca, "Fail"));
  // The API server picks up webhook configurations from an informer: wait until it calls tollgate.
  await waitFor("the API server calling the webhook", () => kubectl(["apply", "--dry-run=server", "-f", "-"], { ...ALICE, input: deployment({ name: "probe", namespace: "api", memoryLimit: null }) }).code === 1, 30_000, tollgate);

  const cases = buildCases({ kubectl, tollgate, webhookUrl, ca, port, apiserver: cluster.apiserver, controllerManager: cluster.controllerManager });
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const pending = PENDING_ISSUE_17.has(c.name);
    try {
      await c.run();
      outcomes.push({ name: c.name, ok: true, pending });
      console.log(`  ok    ${c.name}${pending ? "  (in PENDING_ISSUE_17 but passes: take it off the list)" : ""}`);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      outcomes.push({ name: c.name, ok: false, pending, error });
      console.log(`  ${pending ? "PEND " : "FAIL "} ${c.name}${pending ? "  (expected to pass after issue 17 merges)" : ""}\n    ${error.split("\n").join("\n    ")}`);
    }
  }
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.filter((o) => !o.ok && !o.pending).length;
  const pending = outcomes.filter((o) => !o.ok && o.pending).length;
  console.log(`\n${pending} case(s) expected to pass after issue 17 merges (PENDING_ISSUE_17 in test/e2e/run.ts), counted as skipped.`);
  console.log(`e2e run took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed${pending > 0 ? `, ${pending} skipped` : ""}`);
  return failed > 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// The cases, in order (later ones rely on the state earlier ones leave).

interface Ctx {
  kubectl: ReturnType<typeof kubectlWith>;
  tollgate: Proc;
  webhookUrl: string;
  ca: string;
  port: number;
  apiserver: Proc;
  controllerManager: Proc;
}

function buildCases(ctx: Ctx): Case[] {
  const { kubectl } = ctx;
  const trainerDenial =
    "CronJob ml/nightly-trainer violates a tollgate rule:\n" +
    "- resources/memory-limit-required (container trainer): trainer has no memory limit. Fix: Set resources.limits.memory on the container (or a default for the namespace in a LimitRange).";
  return [
    // --- examples/: denied, warned, admitted; a server-side dry run judged the same way.
    {
      name: "examples: ml's trainer.yaml (no memory limit) is denied with tollgate's message",
      run: () => expectKubectl(kubectl(["apply", "-f", "examples/teams/ml/trainer.yaml"], BOB), { code: 1, stdout: "", stderr: denied("creating", "examples/teams/ml/trainer.yaml", trainerDenial) }),
    },
    {
      name: "examples: --dry-run=server of trainer.yaml is denied with the same message and persists nothing",
      run: () => {
        expectKubectl(kubectl(["apply", "--dry-run=server", "-f", "examples/teams/ml/trainer.yaml"], BOB), { code: 1, stdout: "", stderr: denied("creating", "examples/teams/ml/trainer.yaml", trainerDenial) });
        expectKubectl(kubectl(["get", "cronjob", "nightly-trainer", "-n", "ml"]), { code: 1, stderr: 'Error from server (NotFound): cronjobs.batch "nightly-trainer" not found\n' });
      },
    },
    {
      name: "examples: api's worker.yaml is admitted with the ratio finding as a Warning: line (dry run, then real)",
      run: () => {
        const warning = "Warning: resources/limit-request-ratio: worker: memory limit 4Gi is 4× its request 1Gi (maximum 2×).\n";
        expectKubectl(kubectl(["apply", "-n", "api", "--dry-run=server", "-f", "examples/teams/api/worker.yaml"], ALICE), {
          code: 0,
          stderr: warning,
          stdout: "deployment.apps/worker created (server dry run)\nconfigmap/worker-settings created (server dry run)\n",
        });
        expectKubectl(kubectl(["apply", "-n", "api", "-f", "examples/teams/api/worker.yaml"], ALICE), {
          code: 0,
          stderr: warning,
          stdout: "deployment.apps/worker created\nconfigmap/worker-settings created\n",
        });
      },
    },
    {
      name: "examples: api's web.yaml and redis.yaml are admitted without warnings",
      run: () =>
        expectKubectl(kubectl(["apply", "-f", "examples/teams/api/web.yaml", "-f", "examples/teams/api/redis.yaml"], ALICE), {
          code: 0,
          stderr: "",
          stdout: "deployment.apps/web-blue created\ndeployment.apps/web-green created\nservice/web created\nservice/web-preview created\nstatefulset.apps/redis created\nservice/redis created\n",
        }),
    },
    {
      name: "examples: ml's inference.yaml (512MB) is refused by the API server's own validation before admission",
      run: () => {
        const inference = (l: Record<string, unknown>) => l.kind === "Deployment" && l.name === "inference";
        const before = admissionLines(ctx.tollgate).filter(inference).length;
        expectKubectl(kubectl(["apply", "-f", "examples/teams/ml/inference.yaml"], BOB), { code: 1, stderr: /quantities must match the regular expression/ });
        assert(admissionLines(ctx.tollgate).filter(inference).length === before, "tollgate was called for Deployment inference although the API server refused it");
      },
    },
    {
      name: "ConfigMap: ml's feature-flags.yaml into namespace api is denied",
      run: () => expectKubectl(kubectl(["apply", "-f", "examples/teams/ml/feature-flags.yaml"], BOB), { code: 1, stdout: "", stderr: new RegExp(`^Error from server \\(Forbidden\\): error when creating "examples/teams/ml/feature-flags.yaml": admission webhook "${WEBHOOK}" denied the request: .*namespaces/team-owns-namespace`, "s") }),
    },

    // --- Namespace rules with impersonation, two teams.
    {
      name: "namespaces: alice (team api by user) creates a compliant Deployment in api",
      run: () => expectKubectl(kubectl(["apply", "-f", "-"], { ...ALICE, input: deployment({ name: "alice-app", namespace: "api" }) }), { code: 0, stderr: "", stdout: "deployment.apps/alice-app created\n" }),
    },
    {
      name: "namespaces: bob (team ml by user) is denied the same Deployment in api",
      run: () =>
        expectKubectl(kubectl(["apply", "-f", "-"], { ...BOB, input: deployment({ name: "bob-app", namespace: "api" }) }), {
          code: 1,
          stdout: "",
          stderr: denied("creating", "STDIN", teamDenial("Deployment api/bob-app", "bob@northwind.dev", "ml")),
        }),
    },
    {
      name: "namespaces: carol (team ml by --as-group oidc:ml) creates in ml and is denied in api",
      run: () => {
        expectKubectl(kubectl(["apply", "-f", "-"], { ...CAROL_ML, input: deployment({ name: "carol-app", namespace: "ml" }) }), { code: 0, stderr: "", stdout: "deployment.apps/carol-app created\n" });
        expectKubectl(kubectl(["apply", "-f", "-"], { ...CAROL_ML, input: deployment({ name: "carol-app", namespace: "api" }) }), {
          code: 1,
          stdout: "",
          stderr: denied("creating", "STDIN", teamDenial("Deployment api/carol-app", "carol@northwind.dev", "ml")),
        });
      },
    },
    {
      name: "namespaces: nothing goes into default, even for the platform admin",
      run: () => expectKubectl(kubectl(["apply", "-f", "-"], { input: deployment({ name: "stray", namespace: "default" }) }), { code: 1, stdout: "", stderr: denied("creating", "STDIN", "Deployment default/stray violates a tollgate rule:\n- namespaces/no-default-namespace: Deployment default/stray is in the default namespace, which no team owns and nothing fences. Fix: Deploy into the team's own namespace.") }),
    },

    // --- UPDATE, DELETE, scale, ephemeral containers.
    {
      name: "UPDATE: removing the memory limit of an admitted Deployment is denied",
      run: () =>
        expectKubectl(kubectl(["patch", "deployment", "compliant", "-n", "api", "--type=json", "-p", '[{"op":"remove","path":"/spec/template/spec/containers/0/resources/limits"}]'], ALICE), {
          code: 1,
          stdout: "",
          stderr: 'Error from server (Forbidden): admission webhook "validate.tollgate.dev" denied the request: Deployment api/compliant violates a tollgate rule:\n- resources/memory-limit-required (container app): app has no memory limit. Fix: Set resources.limits.memory on the container (or a default for the namespace in a LimitRange).\n',
        }),
    },
    {
      name: "UPDATE: a label on a pre-existing violating Deployment is allowed (metadata only)",
      run: () => expectKubectl(kubectl(["label", "deployment", "legacy", "-n", "api", "tier=backend"], ALICE), { code: 0, stdout: "deployment.apps/legacy labeled\n" }),
    },
    {
      name: "UPDATE: kubectl rollout restart of a pre-existing violating Deployment is allowed",
      run: () => expectKubectl(kubectl(["rollout", "restart", "deployment", "legacy", "-n", "api"], ALICE), { code: 0, stdout: "deployment.apps/legacy restarted\n" }),
    },
    {
      name: "controllers: the ReplicaSet controller creates the pods of an admitted Deployment",
      run: () => waitFor("2 pods of alice-app", () => podCount(kubectl, "api", "app=alice-app") === 2, 60_000, ctx.controllerManager),
    },
    {
      // The LimitRanger admission plugin (mutating) gives the pod namespace api's default memory
      // limit before validating webhooks run, so tollgate sees a compliant pod.
      name: "controllers: the ReplicaSet controller replaces a deleted pod of a pre-existing violating Deployment (LimitRange in the namespace)",
      run: () => replacePod(ctx, "api"),
    },
    {
      name: "controllers: the ReplicaSet controller replaces a deleted pod of a pre-existing violating Deployment",
      run: () => replacePod(ctx, "api-legacy"),
    },
    {
      name: "DELETE: alice deletes her Deployment (DELETE is not sent to the webhook)",
      run: () => {
        const before = admissionLines(ctx.tollgate).length;
        expectKubectl(kubectl(["delete", "deployment", "alice-app", "-n", "api"], ALICE), { code: 0, stderr: "", stdout: 'deployment.apps "alice-app" deleted from api namespace\n' });
        assert(!admissionLines(ctx.tollgate).slice(before).some((l) => l.operation === "DELETE"), "tollgate logged a DELETE review");
      },
    },
    {
      name: "scale: kubectl scale within the namespace budget is allowed",
      run: () => expectKubectl(kubectl(["scale", "deployment", "compliant", "-n", "api", "--replicas=3"], ALICE), { code: 0, stderr: "", stdout: "deployment.apps/compliant scaled\n" }),
    },
    {
      // A Scale carries only a replica count: the boundary rules judge it as a write to the
      // workload, but cost/budget needs the workload's pods from cluster state, which tollgate serve
      // does not read (docs/webhook.md). The budget is judged on the next CREATE/UPDATE and in CI.
      name: "scale: kubectl scale past the namespace budget is sent as deployments/scale and judged by the boundary rules only",
      run: () => {
        const before = admissionLines(ctx.tollgate).length;
        expectKubectl(kubectl(["scale", "deployment", "big", "-n", "api", "--replicas=10"], ALICE), { code: 0, stderr: "", stdout: "deployment.apps/big scaled\n" });
        const scale = admissionLines(ctx.tollgate).slice(before).find((l) => l.subResource === "scale");
        assert(scale !== undefined && scale.decision === "allow", `no allowed scale review logged: ${JSON.stringify(scale)}`);
      },
    },
    {
      // At admission the budget sees the one object in the request, not the rest of the namespace.
      name: "scale: a Deployment created past the namespace budget is denied",
      run: () => expectKubectl(kubectl(["apply", "-f", "-"], { ...ALICE, input: deployment({ name: "huge", namespace: "api", replicas: 10, cpu: "1", memory: "2Gi" }) }), {
          code: 1,
          stdout: "",
          stderr: denied("creating", "STDIN", "Deployment api/huge violates a tollgate rule:\n- cost/budget: Namespace api costs $310.25/month on EKS, over its budget of $150.00 by $160.25. Fix: Lower requests or replicas in the namespace, or raise its budget in cost.budgets."),
        }),
    },
    {
      name: "ephemeral containers: kubectl debug into another team's pod is denied",
      run: () =>
        expectKubectl(kubectl(["debug", "-n", "api", "pod/target", "--image=busybox:1.37", "--container=debugger", "--profile=sysadmin"], BOB), {
          code: 1,
          stderr: new RegExp(`admission webhook "${WEBHOOK}" denied the request: .*namespaces/team-owns-namespace`, "s"),
        }),
    },

    // --- Kubernetes' own writers in default.
    {
      name: "controllers: the API server re-creates its own default/kubernetes Service",
      run: async () => {
        expectKubectl(kubectl(["delete", "service", "kubernetes", "-n", "default"]), { code: 0, stdout: 'service "kubernetes" deleted from default namespace\n' });
        await waitFor("default/kubernetes back", () => kubectl(["get", "service", "kubernetes", "-n", "default"]).code === 0, 30_000, ctx.apiserver);
      },
    },
    {
      name: "controllers: the ServiceAccount controller re-creates default/default",
      run: async () => {
        expectKubectl(kubectl(["delete", "serviceaccount", "default", "-n", "default"]), { code: 0, stdout: 'serviceaccount "default" deleted from default namespace\n' });
        await waitFor("default/default back", () => kubectl(["get", "serviceaccount", "default", "-n", "default"]).code === 0, 30_000, ctx.controllerManager);
      },
    },
    {
      name: "controllers: the ServiceAccount controller creates the default ServiceAccount of a new team namespace",
      run: async () => {
        expectKubectl(kubectl(["create", "namespace", "platform"]), { code: 0, stdout: "namespace/platform created\n" });
        await waitFor("platform/default", () => kubectl(["get", "serviceaccount", "default", "-n", "platform"]).code === 0, 60_000, ctx.controllerManager);
      },
    },

    // --- Never sent: kube-system and the webhook's own namespace.
    {
      name: "exempt: a violating Deployment in kube-system and in tollgate-system is admitted, and never sent",
      run: () => {
        for (const ns of ["kube-system", "tollgate-system"]) {
          expectKubectl(kubectl(["apply", "-f", "-"], { input: deployment({ name: "unchecked", namespace: ns, memoryLimit: null }) }), { code: 0, stderr: "", stdout: "deployment.apps/unchecked created\n" });
        }
        const seen = admissionLines(ctx.tollgate).filter((l) => l.namespace === "kube-system" || l.namespace === "tollgate-system" || (l.kind === "Namespace" && (l.name === "kube-system" || l.name === "tollgate-system")));
        assert(seen.length === 0, `tollgate received ${seen.length} review(s) for kube-system/tollgate-system: ${JSON.stringify(seen.slice(0, 3))}`);
        const total = admissionLines(ctx.tollgate).length;
        assert(total > 0, "tollgate logged no admission review at all");
      },
    },

    // --- failurePolicy: tollgate down.
    {
      name: "failurePolicy Fail: with tollgate stopped, a write is refused",
      run: async () => {
        await stop(ctx.tollgate);
        expectKubectl(kubectl(["apply", "-f", "-"], { ...ALICE, input: deployment({ name: "while-down", namespace: "api" }) }), {
          code: 1,
          stdout: "",
          stderr: `Error from server (InternalError): error when creating "STDIN": Internal error occurred: failed calling webhook "${WEBHOOK}": failed to call webhook: Post "${ctx.webhookUrl}?timeout=5s": dial tcp 127.0.0.1:${ctx.port}: connect: connection refused\n`,
        });
      },
    },
    {
      name: "failurePolicy Ignore: with tollgate stopped, the same write is admitted",
      run: async () => {
        expectKubectl(kubectl(["apply", "-f", "-"], { input: webhookConfiguration(ctx.webhookUrl, ctx.ca, "Ignore") }), { code: 0, stdout: "validatingwebhookconfiguration.admissionregistration.k8s.io/tollgate configured\n" });
        await waitFor("the Ignore policy in effect", () => kubectl(["apply", "--dry-run=server", "-f", "-"], { ...ALICE, input: deployment({ name: "while-down", namespace: "api" }) }).code === 0, 30_000);
        expectKubectl(kubectl(["apply", "-f", "-"], { ...ALICE, input: deployment({ name: "while-down", namespace: "api" }) }), { code: 0, stderr: "", stdout: "deployment.apps/while-down created\n" });
      },
    },
  ];
}

async function replacePod(ctx: Ctx, ns: string): Promise<void> {
  // No kubelet runs, so a rollout restart earlier leaves old and new ReplicaSets side by side: the
  // count to come back to is whatever it was before the delete.
  const pods = ctx.kubectl(["get", "pods", "-n", ns, "-l", "app=legacy", "-o", "name"]).stdout.trim().split("\n");
  const before = pods.length;
  expectKubectl(ctx.kubectl(["delete", "-n", ns, pods[0]!, "--wait=false"]), { code: 0, stderr: "", stdout: `pod "${pods[0]!.slice("pod/".length)}" deleted from ${ns} namespace\n` });
  await waitFor(`${ns}/legacy back at ${before} pods`, () => podCount(ctx.kubectl, ns, "app=legacy") === before, 30_000, ctx.controllerManager);
}

function teamDenial(object: string, user: string, team: string): string {
  return (
    `${object} violates a tollgate rule:\n` +
    `- namespaces/team-owns-namespace: user ${user} (team ${team}) may not write ${object} into namespace api, which api owns. ` +
    "Fix: Move the object into a namespace the team owns, move the file to the owning team's path, or change ownership in CODEOWNERS / .tollgate.yaml."
  );
}

// ---------------------------------------------------------------------------------------------
// Objects

function deployment(o: { name: string; namespace: string; replicas?: number; memoryLimit?: string | null; cpu?: string; memory?: string }): string {
  const limits = o.memoryLimit === null ? "" : `\n            limits: { memory: ${o.memoryLimit ?? o.memory ?? "128Mi"} }`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${o.name}
  namespace: ${o.namespace}
spec:
  replicas: ${o.replicas ?? 2}
  selector:
    matchLabels: { app: ${o.name} }
  template:
    metadata:
      labels: { app: ${o.name} }
    spec:
      containers:
        - name: app
          image: registry.k8s.io/pause:3.10
          resources:
            requests: { cpu: "${o.cpu ?? "10m"}", memory: ${o.memory ?? "64Mi"} }${limits}
`;
}

function podOverrides(): object {
  return {
    spec: {
      containers: [{ name: "target", image: "registry.k8s.io/pause:3.10", resources: { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "64Mi" } } }],
    },
  };
}

function rbacForTeams(): string {
  return stringify({
    apiVersion: "v1",
    kind: "List",
    items: [
      {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRole",
        metadata: { name: "e2e-team-writer" },
        rules: [{ apiGroups: ["", "apps", "batch", "autoscaling", "networking.k8s.io", "policy"], resources: ["*"], verbs: ["*"] }],
      },
      {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRoleBinding",
        metadata: { name: "e2e-team-writer" },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "e2e-team-writer" },
        subjects: [
          ...["alice@northwind.dev", "bob@northwind.dev", "carol@northwind.dev"].map((name) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "User", name })),
          ...["oidc:api", "oidc:ml"].map((name) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name })),
        ],
      },
    ],
  });
}

/** The shipped ValidatingWebhookConfiguration (webhook/manifests/, kept equal to the chart's render), pointed at the loopback server. */
function webhookConfiguration(url: string, caPem: string, failurePolicy: "Fail" | "Ignore"): string {
  const docs = parseAllDocuments(readFileSync(join(ROOT, "webhook", "manifests", "tollgate-webhook.yaml"), "utf8")).map((d) => d.toJS() as Record<string, any>);
  const vwc = docs.find((d) => d?.kind === "ValidatingWebhookConfiguration");
  if (!vwc) throw new Error("webhook/manifests/tollgate-webhook.yaml has no ValidatingWebhookConfiguration");
  delete vwc.metadata.annotations; // cert-manager's CA injection: the test sets caBundle itself
  for (const w of vwc.webhooks) {
    w.clientConfig = { url, caBundle: Buffer.from(caPem).toString("base64") };
    w.failurePolicy = failurePolicy;
  }
  return stringify(vwc);
}

// ---------------------------------------------------------------------------------------------
// tollgate's log

function logLines(p: Proc): Record<string, unknown>[] {
  let text = "";
  try {
    text = readFileSync(p.log, "utf8");
  } catch {
    return [];
  }
  const out: Record<string, unknown>[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      out.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      /* a partial last line */
    }
  }
  return out;
}

function admissionLines(p: Proc): Record<string, unknown>[] {
  return logLines(p).filter((l) => l.msg === "admission");
}

function podCount(kubectl: Ctx["kubectl"], ns: string, selector: string): number {
  const r = kubectl(["get", "pods", "-n", ns, "-l", selector, "-o", "name"]);
  return r.code === 0 ? r.stdout.split("\n").filter((l) => l.startsWith("pod/")).length : -1;
}

// ---------------------------------------------------------------------------------------------

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stopAll(keep);
  }
  process.exit(code);
}
process.on("exit", killAllNow);
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping everything the e2e run started`);
    void shutdown(code);
  });
}

main().then(
  (code) => shutdown(code),
  (e: unknown) => {
    console.error(`e2e setup failed: ${e instanceof Error ? e.message : String(e)}`);
    console.log("0 passed, 1 failed");
    void shutdown(1);
  },
);
