// The webhook's deployment, checked without a cluster: the hard requirements on the plain
// manifests (what `kubectl apply` installs), the chart (rendered with helm when available),
// the image's Dockerfile and the certificate script for clusters without cert-manager.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request, createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";

// Manifests are untyped data by nature.
type Manifest = any;

const root = fileURLToPath(new URL("../../", import.meta.url));
const plainFile = join(root, "webhook/manifests/tollgate-webhook.yaml");
const NS = "tollgate-system";
const CLUSTER_SCOPED = new Set(["Namespace", "ValidatingWebhookConfiguration"]);

// The API server reads manifests as YAML 1.1.
function parseManifests(text: string): Manifest[] {
  return parseAllDocuments(text, { version: "1.1" })
    .map((d) => {
      if (d.errors.length > 0) throw d.errors[0];
      return d.toJS();
    })
    .filter((v) => v !== null && v !== undefined);
}

function only(objects: Manifest[], kind: string, name?: string): Manifest {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata?.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind}${name ? ` ${name}` : ""}, found ${found.length}`);
  return found[0];
}

/** Objects the chart renders too (the plain manifests add namespace guard rails marked plain-only). */
const chartShaped = (objects: Manifest[]) => objects.filter((o) => o.metadata?.labels?.["tollgate.dev/plain-only"] !== "true");

const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** The view of one rendering that every requirement below is stated against. */
function view(objects: Manifest[], namespace: string) {
  const webhookConfig = only(objects, "ValidatingWebhookConfiguration");
  const hook = webhookConfig.webhooks[0];
  const service = only(objects, "Service", hook.clientConfig.service.name);
  const deployment = only(objects, "Deployment");
  const pod = deployment.spec.template;
  const container = pod.spec.containers[0];
  const containerPort = (nameOrNumber: string | number) =>
    typeof nameOrNumber === "number"
      ? nameOrNumber
      : container.ports.find((p: Manifest) => p.name === nameOrNumber)?.containerPort;
  return { objects, namespace, webhookConfig, hook, service, deployment, pod, container, containerPort };
}

const plain = view(parseManifests(readFileSync(plainFile, "utf8")), NS);

describe("plain manifests: objects and namespaces", () => {
  test.each([
    ["Namespace"],
    ["ServiceAccount"],
    ["ConfigMap"],
    ["Service"],
    ["Deployment"],
    ["PodDisruptionBudget"],
    ["NetworkPolicy"],
    ["ValidatingWebhookConfiguration"],
  ])("declares exactly one %s", (kind) => {
    expect(chartShaped(plain.objects).filter((o) => o.kind === kind)).toHaveLength(1);
  });

  it("guards its own namespace: quota, LimitRange and a default-deny NetworkPolicy, plain-only", () => {
    const guards = plain.objects.filter((o) => o.metadata?.labels?.["tollgate.dev/plain-only"] === "true");
    expect(guards.map((o) => o.kind).sort()).toEqual(["LimitRange", "NetworkPolicy", "ResourceQuota"]);
    const deny = guards.find((o) => o.kind === "NetworkPolicy")!;
    expect(deny.spec.podSelector).toEqual({});
    expect(deny.spec.policyTypes).toEqual(["Ingress", "Egress"]);
  });

  it("declares the tollgate-system namespace with the restricted Pod Security Standard", () => {
    const ns = only(plain.objects, "Namespace");
    expect(ns.metadata.name).toBe(NS);
    expect(ns.metadata.labels["pod-security.kubernetes.io/enforce"]).toBe("restricted");
  });

  it("gives every namespaced object an explicit metadata.namespace of tollgate-system", () => {
    const namespaced = plain.objects.filter((o) => !CLUSTER_SCOPED.has(o.kind));
    expect(namespaced.length).toBeGreaterThan(8);
    for (const o of namespaced) expect([o.kind, o.metadata.name, o.metadata.namespace]).toEqual([o.kind, o.metadata.name, NS]);
    for (const o of plain.objects.filter((o) => CLUSTER_SCOPED.has(o.kind))) expect(o.metadata.namespace).toBeUndefined();
  });

  it("labels every object as part of tollgate, and no object as managed by Helm", () => {
    for (const o of plain.objects) {
      expect(o.metadata.labels?.["app.kubernetes.io/part-of"]).toBe("tollgate");
      expect(o.metadata.labels?.["app.kubernetes.io/managed-by"]).toBeUndefined();
    }
  });
});

function webhookRequirements(v: ReturnType<typeof view>) {
  it("speaks admission.k8s.io/v1 only, has no side effects and a short timeout", () => {
    expect(v.hook.admissionReviewVersions).toEqual(["v1"]);
    expect(v.hook.sideEffects).toBe("None");
    expect(v.hook.timeoutSeconds).toBeGreaterThanOrEqual(1);
    expect(v.hook.timeoutSeconds).toBeLessThanOrEqual(5);
    expect(v.hook.matchPolicy).toBe("Equivalent");
    expect(v.hook.name.split(".").length).toBeGreaterThanOrEqual(3);
  });

  it("excludes kube-system and its own namespace by the kubernetes.io/metadata.name label", () => {
    const exclusions = (v.hook.namespaceSelector?.matchExpressions ?? []).filter(
      (e: Manifest) => e.key === "kubernetes.io/metadata.name" && e.operator === "NotIn",
    );
    expect(exclusions).toHaveLength(1);
    expect(exclusions[0].values).toEqual(expect.arrayContaining(["kube-system", v.namespace]));
    expect(v.hook.namespaceSelector.matchLabels).toBeUndefined();
  });

  it("never relies on an objectSelector, which whoever writes the object controls", () => {
    const os = v.hook.objectSelector;
    expect(os === undefined || (Object.keys(os.matchLabels ?? {}).length === 0 && (os.matchExpressions ?? []).length === 0)).toBe(true);
  });

  it("calls the Service's /validate over its port 443, never a URL", () => {
    expect(v.hook.clientConfig.url).toBeUndefined();
    expect(v.hook.clientConfig.service).toEqual({ name: v.service.metadata.name, namespace: v.namespace, path: "/validate", port: 443 });
    expect(v.service.spec.ports.map((p: Manifest) => p.port)).toContain(443);
  });

  const expectedResources: [string, string][] = [
    ["", "pods"], ["", "replicationcontrollers"], ["", "services"], ["", "namespaces"],
    ["", "serviceaccounts"], ["", "persistentvolumeclaims"], ["", "resourcequotas"], ["", "limitranges"],
    // Judged by the namespace-ownership rules only.
    ["", "configmaps"], ["", "secrets"],
    ["apps", "deployments"], ["apps", "replicasets"], ["apps", "statefulsets"], ["apps", "daemonsets"],
    ["batch", "jobs"], ["batch", "cronjobs"], ["autoscaling", "horizontalpodautoscalers"],
    ["networking.k8s.io", "networkpolicies"], ["networking.k8s.io", "ingresses"],
    ["discovery.k8s.io", "endpointslices"], ["policy", "poddisruptionbudgets"],
    ["rbac.authorization.k8s.io", "roles"], ["rbac.authorization.k8s.io", "rolebindings"],
    ["rbac.authorization.k8s.io", "clusterroles"], ["rbac.authorization.k8s.io", "clusterrolebindings"],
    // Subresources the API server sends only when named: a debug container added to a running
    // pod, and replicas changed through scale (kubectl scale, HPAs).
    ["", "pods/ephemeralcontainers"], ["", "replicationcontrollers/scale"],
    ["apps", "deployments/scale"], ["apps", "replicasets/scale"], ["apps", "statefulsets/scale"],
  ];
  const covered = () =>
    v.hook.rules.flatMap((r: Manifest) => r.apiGroups.flatMap((g: string) => r.resources.map((res: string) => `${g}/${res}`)));

  test.each(expectedResources.map(([g, r]) => [`${g || "core"}/${r}`, g, r]))("sends %s to the webhook", (_label, group, resource) => {
    expect(covered()).toContain(`${group}/${resource}`);
  });

  it("sends only the kinds the rules judge (CREATE, UPDATE) and the named subresources (UPDATE), no wildcards", () => {
    expect(new Set(covered())).toEqual(new Set(expectedResources.map(([g, r]) => `${g}/${r}`)));
    for (const r of v.hook.rules) {
      const subresources = r.resources.filter((res: string) => res.includes("/"));
      // A rule mixes no main resources with subresources: their operations differ.
      expect(subresources.length === 0 || subresources.length === r.resources.length).toBe(true);
      expect(r.operations).toEqual(subresources.length > 0 ? ["UPDATE"] : ["CREATE", "UPDATE"]);
      for (const res of r.resources) expect(res).toMatch(/^[a-z]+(\/(scale|ephemeralcontainers))?$/);
      expect(r.apiGroups).not.toContain("*");
    }
  });
}

function certificateRequirements(v: ReturnType<typeof view>) {
  const certificate = (name: string) => only(v.objects.filter((o) => o.metadata.namespace === v.namespace), "Certificate", name);
  const issuer = (name: string) => only(v.objects.filter((o) => o.metadata.namespace === v.namespace), "Issuer", name);

  it("has cert-manager inject the CA of a Certificate that exists in the webhook's namespace", () => {
    const ref = v.webhookConfig.metadata.annotations["cert-manager.io/inject-ca-from"];
    expect(ref).toMatch(/^[^/]+\/[^/]+$/);
    const [ns, name] = ref.split("/");
    expect(ns).toBe(v.namespace);
    expect(() => certificate(name)).not.toThrow();
    expect(v.hook.clientConfig.caBundle).toBeUndefined();
  });

  it("issues the serving certificate for the names the API server dials", () => {
    const serving = certificate(v.webhookConfig.metadata.annotations["cert-manager.io/inject-ca-from"].split("/")[1]);
    const svc = `${v.service.metadata.name}.${v.namespace}.svc`;
    expect(serving.spec.dnsNames).toEqual(expect.arrayContaining([svc, `${svc}.cluster.local`]));
    expect(serving.spec.usages).toContain("server auth");
    expect(serving.spec.isCA).not.toBe(true);
  });

  it("mounts the serving certificate's Secret at /tls as a whole directory, so rotation reaches the server", () => {
    const serving = certificate(v.webhookConfig.metadata.annotations["cert-manager.io/inject-ca-from"].split("/")[1]);
    const volume = v.pod.spec.volumes.find((vol: Manifest) => vol.secret?.secretName === serving.spec.secretName);
    expect(volume).toBeDefined();
    const mount = v.container.volumeMounts.find((m: Manifest) => m.name === volume.name);
    expect(mount).toMatchObject({ mountPath: "/tls", readOnly: true });
    expect(mount.subPath).toBeUndefined();
  });

  it("chains self-signed Issuer -> CA Certificate -> CA Issuer -> serving Certificate", () => {
    const serving = certificate(v.webhookConfig.metadata.annotations["cert-manager.io/inject-ca-from"].split("/")[1]);
    expect(serving.spec.issuerRef.kind).toBe("Issuer");
    const caIssuer = issuer(serving.spec.issuerRef.name);
    const ca = v.objects.find((o) => o.kind === "Certificate" && o.spec.secretName === caIssuer.spec.ca.secretName);
    expect(ca?.spec.isCA).toBe(true);
    expect(issuer(ca.spec.issuerRef.name).spec.selfSigned).toEqual({});
  });
}

function podRequirements(v: ReturnType<typeof view>) {
  it("runs two or more replicas, spread across nodes, and never fewer while rolling", () => {
    expect(v.deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(selects(v.deployment.spec.selector.matchLabels, v.pod.metadata.labels)).toBe(true);
    const [term] = v.pod.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution;
    expect(term.podAffinityTerm.topologyKey).toBe("kubernetes.io/hostname");
    expect(selects(term.podAffinityTerm.labelSelector.matchLabels, v.pod.metadata.labels)).toBe(true);
    expect(v.deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  it("has a PodDisruptionBudget that selects the Deployment's pods and leaves one up", () => {
    const pdb = only(v.objects, "PodDisruptionBudget");
    expect(pdb.spec.minAvailable).toBe(1);
    expect(pdb.spec.minAvailable).toBeLessThan(v.deployment.spec.replicas);
    expect(selects(pdb.spec.selector.matchLabels, v.pod.metadata.labels)).toBe(true);
  });

  it("has a Service whose selector matches the pods and whose port 443 reaches the serving port 8443", () => {
    expect(selects(v.service.spec.selector, v.pod.metadata.labels)).toBe(true);
    const port = v.service.spec.ports.find((p: Manifest) => p.port === 443);
    expect(v.containerPort(port.targetPort)).toBe(8443);
  });

  test.each([
    ["readinessProbe", "/readyz"],
    ["livenessProbe", "/healthz"],
  ])("%s asks %s over HTTPS on the serving port", (probe, path) => {
    const get = v.container[probe].httpGet;
    expect(get.path).toBe(path);
    expect(get.scheme).toBe("HTTPS");
    expect(v.containerPort(get.port)).toBe(8443);
  });

  it("runs the server with the image's contract: serve with the mounted cert, key and config on 8443, metrics on 9090", () => {
    expect(v.container.args).toEqual([
      "serve", "--cert", "/tls/tls.crt", "--key", "/tls/tls.key", "--port", "8443", "--metrics-port", "9090",
      "--max-connections", "512", "--config", "/config/.tollgate.yaml",
    ]);
    expect(v.containerPort("https")).toBe(8443);
    const configVolume = v.pod.spec.volumes.find((vol: Manifest) => vol.configMap);
    expect(v.container.volumeMounts.find((m: Manifest) => m.name === configVolume.name)).toMatchObject({ mountPath: "/config" });
    const configMap = only(v.objects, "ConfigMap", configVolume.configMap.name);
    expect(configMap.metadata.namespace).toBe(v.namespace);
    expect(parse(configMap.data[".tollgate.yaml"]).admission.mode).toMatch(/^(enforce|warn|audit)$/);
  });

  it("locks the pod down: non-root, read-only root, no privilege escalation, no capabilities, RuntimeDefault seccomp", () => {
    const pod = v.pod.spec.securityContext;
    expect(pod.runAsNonRoot).toBe(true);
    expect(pod.runAsUser).toBeGreaterThan(0);
    expect(pod.seccompProfile).toEqual({ type: "RuntimeDefault" });
    for (const c of [...v.pod.spec.containers, ...(v.pod.spec.initContainers ?? [])]) {
      expect(c.securityContext).toMatchObject({
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
      });
      expect(c.securityContext.capabilities.add).toBeUndefined();
      expect(c.securityContext.privileged).not.toBe(true);
    }
  });

  it("mounts no service account token (the server never calls the API)", () => {
    expect(v.pod.spec.automountServiceAccountToken).toBe(false);
    const sa = only(v.objects, "ServiceAccount", v.pod.spec.serviceAccountName);
    expect(sa.metadata.namespace).toBe(v.namespace);
    expect(sa.automountServiceAccountToken).toBe(false);
  });

  it("sets CPU and memory requests and limits on every container", () => {
    for (const c of [...v.pod.spec.containers, ...(v.pod.spec.initContainers ?? [])]) {
      expect(Object.keys(c.resources.requests).sort()).toEqual(["cpu", "memory"]);
      expect(Object.keys(c.resources.limits).sort()).toEqual(["cpu", "memory"]);
    }
  });

  it("lets 8443 in from anywhere, the metrics port only from the monitoring namespace, and nothing out", () => {
    const np = only(chartShaped(v.objects), "NetworkPolicy");
    expect(selects(np.spec.podSelector.matchLabels, v.pod.metadata.labels)).toBe(true);
    expect(np.spec.policyTypes).toEqual(["Ingress", "Egress"]);
    expect(np.spec.ingress).toEqual([
      { ports: [{ protocol: "TCP", port: 8443 }] },
      { ports: [{ protocol: "TCP", port: 9090 }], from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } }] },
    ]);
    expect(np.spec.egress).toBeUndefined();
  });

  it("exposes /metrics on a port of its own, named metrics on the pod and the Service, and annotates the pod for scraping", () => {
    expect(v.containerPort("metrics")).toBe(9090);
    const port = v.service.spec.ports.find((p: Manifest) => p.name === "metrics");
    expect(port).toMatchObject({ port: 9090, targetPort: "metrics", protocol: "TCP" });
    expect(v.pod.metadata.annotations).toMatchObject({
      "prometheus.io/scrape": "true",
      "prometheus.io/port": "9090",
      "prometheus.io/path": "/metrics",
      "prometheus.io/scheme": "http",
    });
    // The probes stay on the HTTPS port.
    expect(v.containerPort(v.container.readinessProbe.httpGet.port)).toBe(8443);
  });
}

describe("plain manifests: ValidatingWebhookConfiguration", () => {
  it("fails closed by default", () => expect(plain.hook.failurePolicy).toBe("Fail"));
  webhookRequirements(plain);
});
describe("plain manifests: certificates", () => certificateRequirements(plain));
describe("plain manifests: Deployment, Service, PDB", () => podRequirements(plain));

// ---------------------------------------------------------------------------------------
// Dockerfile

interface Instruction {
  readonly op: string;
  readonly args: string;
}

function dockerStages(text: string): { from: string; name?: string; instructions: Instruction[] }[] {
  const lines = text.replace(/\\\n/g, " ").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const stages: { from: string; name?: string; instructions: Instruction[] }[] = [];
  for (const line of lines) {
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(line)!;
    if (op.toUpperCase() === "FROM") {
      const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
      stages.push({ from: m[1], name: m[2], instructions: [] });
    } else if (stages.length > 0) stages[stages.length - 1].instructions.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

describe("webhook/Dockerfile", () => {
  const text = readFileSync(join(root, "webhook/Dockerfile"), "utf8");
  const stages = dockerStages(text);
  const runtime = stages[stages.length - 1];
  const args = (op: string) => runtime.instructions.filter((i) => i.op === op).map((i) => i.args);

  it("builds from an official Node 24 image pinned by its full version", () => {
    const image = /^ARG NODE_IMAGE=(\S+)$/m.exec(text)?.[1];
    expect(image).toMatch(/^node:24\.\d+\.\d+-(alpine|bookworm-slim|trixie-slim)/);
    for (const s of stages) expect(s.from).toBe("${NODE_IMAGE}");
  });

  it("runs as a numeric non-root user, the one the Deployment declares", () => {
    const user = args("USER");
    expect(user).toHaveLength(1);
    const [uid, gid] = user[0].split(":").map(Number);
    expect(uid).toBeGreaterThan(0);
    expect(gid).toBeGreaterThan(0);
    expect(uid).toBe(plain.pod.spec.securityContext.runAsUser);
    expect(gid).toBe(plain.pod.spec.securityContext.runAsGroup);
  });

  it("copies policies/, bin/, the built dist/ and production node_modules into /app", () => {
    expect(args("WORKDIR")).toEqual(["/app"]);
    const copies = args("COPY");
    expect(copies).toContain("policies ./policies");
    expect(copies).toContain("bin ./bin");
    expect(copies).toContain("--from=build /src/dist ./dist");
    expect(copies).toContain("--from=deps /app/node_modules ./node_modules");
    const deps = stages.find((s) => s.name === "deps")!;
    expect(deps.instructions.find((i) => i.op === "RUN")?.args).toMatch(/npm ci --omit=dev --ignore-scripts/);
  });

  it("needs no shell at run time: exec-form node entrypoint, no RUN in the final stage", () => {
    expect(args("RUN")).toEqual([]);
    expect(JSON.parse(args("ENTRYPOINT")[0])).toEqual(["node", "/app/bin/tollgate.js"]);
    expect(JSON.parse(args("CMD")[0])).toEqual(plain.container.args);
  });

  it("sends the builder everything the Dockerfile copies from the context, and nothing else", () => {
    const ignore = readFileSync(join(root, "webhook/Dockerfile.dockerignore"), "utf8")
      .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    expect(ignore[0]).toBe("*");
    const allowed = new Set(ignore.filter((l) => l.startsWith("!")).map((l) => l.slice(1).replace(/\/$/, "")));
    const sources = stages
      .flatMap((s) => s.instructions)
      .filter((i) => i.op === "COPY" && !i.args.startsWith("--from"))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(5);
    expect(new Set(sources.map((src) => src.replace(/\/$/, "")))).toEqual(allowed);
  });
});

// ---------------------------------------------------------------------------------------
// gen-certs.sh (the documented path without cert-manager)

const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;
(hasOpenssl ? describe : describe.skip)("webhook/gen-certs.sh", () => {
  let dir: string;
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tollgate-certs-"));
    run = spawnSync("bash", [join(root, "webhook/gen-certs.sh"), "--out", dir], { encoding: "utf8" });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the caBundle: the base64 of the CA's PEM on one line", () => {
    expect(run.status).toBe(0);
    const bundle = run.stdout.trim();
    expect(bundle).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(Buffer.from(bundle, "base64").toString()).toBe(readFileSync(join(dir, "ca.crt"), "utf8"));
    expect(run.stderr).toContain(`create secret tls tollgate-tls`);
  });

  // A real TLS handshake, verified the way the API server verifies: against the caBundle, by SAN.
  function handshake(servername: string): Promise<string> {
    const server = createServer(
      { key: readFileSync(join(dir, "tls.key")), cert: readFileSync(join(dir, "tls.crt")) },
      (_req, res) => res.end("ok"),
    );
    return new Promise((resolve, reject) => {
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo;
        const req = request(
          { host: "127.0.0.1", port, servername, ca: readFileSync(join(dir, "ca.crt")), path: "/healthz" },
          (res) => {
            let body = "";
            res.on("data", (c) => (body += c));
            res.on("end", () => server.close(() => resolve(body)));
          },
        );
        req.on("error", (err) => server.close(() => reject(err)));
        req.end();
      });
    });
  }

  test.each([["tollgate.tollgate-system.svc"], ["tollgate.tollgate-system.svc.cluster.local"]])(
    "serves a certificate the caBundle verifies for %s",
    async (name) => {
      await expect(handshake(name)).resolves.toBe("ok");
    },
  );

  it("is not valid for another Service's name", async () => {
    await expect(handshake("tollgate.default.svc")).rejects.toMatchObject({ code: "ERR_TLS_CERT_ALTNAME_INVALID" });
  });

  it("reuses the CA on a second run, so the caBundle in the cluster stays valid", () => {
    const firstCert = readFileSync(join(dir, "tls.crt"), "utf8");
    const again = spawnSync("bash", [join(root, "webhook/gen-certs.sh"), "--out", dir], { encoding: "utf8" });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(run.stdout);
    expect(readFileSync(join(dir, "tls.crt"), "utf8")).not.toBe(firstCert);
  });

  it("puts --service and --namespace into the SANs", () => {
    const other = mkdtempSync(join(tmpdir(), "tollgate-certs-"));
    try {
      const r = spawnSync("bash", [join(root, "webhook/gen-certs.sh"), "--out", other, "--service", "gate", "--namespace", "policy"], { encoding: "utf8" });
      expect(r.status).toBe(0);
      const text = spawnSync("openssl", ["x509", "-in", join(other, "tls.crt"), "-noout", "-ext", "subjectAltName"], { encoding: "utf8" }).stdout;
      expect(text).toContain("DNS:gate.policy.svc, DNS:gate.policy.svc.cluster.local");
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------
// The chart, rendered by a real helm: $HELM, .tools/bin/helm (scripts/install-helm.sh), PATH.

function findHelm(): string | undefined {
  const candidates = [
    process.env.HELM,
    join(root, ".tools/bin/helm"),
    ...(process.env.PATH ?? "").split(delimiter).map((d) => join(d, "helm")),
  ];
  return candidates.find((c) => c && existsSync(c) && spawnSync(c, ["version", "--short"]).status === 0);
}

const helm = findHelm();
const chart = join(root, "webhook/chart/tollgate");

function helmTemplate(release: string, namespace: string, ...set: string[]) {
  const r = spawnSync(helm!, ["template", release, chart, "--namespace", namespace, ...set.flatMap((s) => ["--set", s])], { encoding: "utf8" });
  return { status: r.status, stderr: r.stderr, objects: r.status === 0 ? parseManifests(r.stdout) : [] };
}

if (!helm) {
  const reason = "helm not found ($HELM, .tools/bin/helm, PATH): chart tests skipped; run scripts/install-helm.sh";
  if (process.env.TOLLGATE_REQUIRE_HELM) test("helm is available (TOLLGATE_REQUIRE_HELM is set)", () => { throw new Error(reason); });
  else console.warn(reason);
}

(helm ? describe : describe.skip)("chart and plain manifests stay in sync", () => {
  it("scripts/check-webhook-sync.sh finds no difference", () => {
    const r = spawnSync("bash", [join(root, "scripts/check-webhook-sync.sh")], { encoding: "utf8", env: { ...process.env, HELM: helm } });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/in sync \(\d+ objects\)/);
  });

  it("the comparison reports a drifted field with its object and path", () => {
    const dir = mkdtempSync(join(tmpdir(), "tollgate-sync-"));
    try {
      const rendered = spawnSync(helm!, ["template", "tollgate", chart, "--namespace", NS], { encoding: "utf8" }).stdout;
      writeFileSync(join(dir, "rendered.yaml"), rendered);
      const drifted = readFileSync(plainFile, "utf8").replace("  replicas: 2\n", "  replicas: 3\n").replace("timeoutSeconds: 5", "timeoutSeconds: 7");
      writeFileSync(join(dir, "plain.yaml"), drifted);
      const r = spawnSync("node", [join(root, "scripts/compare-webhook-manifests.mjs"), "--namespace", NS, join(dir, "rendered.yaml"), join(dir, "plain.yaml")], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("apps/v1 Deployment tollgate-system/tollgate /spec/replicas: chart 2, plain 3");
      expect(r.stderr).toContain("ValidatingWebhookConfiguration tollgate /webhooks/0/timeoutSeconds: chart 5, plain 7");
      expect(r.stderr).toContain("differ (2)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("helm lint --strict passes", () => {
    const r = spawnSync(helm!, ["lint", "--strict", chart], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toContain("0 chart(s) failed");
    expect(r.status).toBe(0);
  });
});

(helm ? describe : describe.skip)("chart: another release in another namespace", () => {
  const r = helm ? helmTemplate("gate", "policy") : { objects: [] as Manifest[] };
  if (!helm) return;
  const v = view(r.objects, "policy");
  webhookRequirements(v);
  certificateRequirements(v);
  podRequirements(v);
  it("names everything after the release and excludes the release's namespace", () => {
    expect(v.service.metadata.name).toBe("gate-tollgate");
    expect(v.webhookConfig.metadata.name).toBe("gate-tollgate");
    expect(v.hook.namespaceSelector.matchExpressions[0].values).toEqual(["kube-system", "policy"]);
    for (const o of v.objects.filter((o) => !CLUSTER_SCOPED.has(o.kind))) expect(o.metadata.namespace).toBe("policy");
  });
});

(helm ? describe : describe.skip)("chart values", () => {
  test.each([
    ["timeoutSeconds=31", "/timeoutSeconds"],
    ["timeoutSeconds=0", "/timeoutSeconds"],
    ["failurePolicy=Maybe", "/failurePolicy"],
    ["mode=block", "/mode"],
    ["replicas=0", "/replicas"],
    ["webhookName=tollgate", "/webhookName"],
    ["metrics.port=8443", "/metrics/port"],
    ["metrics.port=0", "/metrics/port"],
    ["maxConnections=0", "/maxConnections"],
    ["metrics.serviceMonitor.interval=often", "/metrics/serviceMonitor/interval"],
  ])("the schema rejects %s", (set, path) => {
    const r = helmTemplate("tollgate", NS, set);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(path);
  });

  it("failurePolicy=Ignore and timeoutSeconds reach the webhook configuration", () => {
    const v = view(helmTemplate("tollgate", NS, "failurePolicy=Ignore", "timeoutSeconds=3").objects, NS);
    expect(v.hook.failurePolicy).toBe("Ignore");
    expect(v.hook.timeoutSeconds).toBe(3);
  });

  it("mode=warn reaches .tollgate.yaml and rolls the pods through the config checksum", () => {
    const warn = view(helmTemplate("tollgate", NS, "mode=warn").objects, NS);
    const cm = only(warn.objects, "ConfigMap");
    expect(parse(cm.data[".tollgate.yaml"])).toEqual({ admission: { mode: "warn" } });
    expect(warn.pod.metadata.annotations["checksum/config"]).toMatch(/^[0-9a-f]{64}$/);
    expect(warn.pod.metadata.annotations["checksum/config"]).not.toBe(plain.pod.metadata.annotations["checksum/config"]);
  });

  it("config keeps the user's settings next to admission.mode", () => {
    const r = helmTemplate("tollgate", NS, "mode=audit", "config.admission.rules.resources/cpu-limit-required=warn", "config.failOn=warning");
    expect(parse(only(r.objects, "ConfigMap").data[".tollgate.yaml"])).toEqual({
      failOn: "warning",
      admission: { mode: "audit", rules: { "resources/cpu-limit-required": "warn" } },
    });
  });

  it("extra excluded namespaces keep kube-system and the release namespace excluded", () => {
    const v = view(helmTemplate("tollgate", NS, "namespaceSelector.excludeNamespaces={cert-manager,kube-system}").objects, NS);
    expect(v.hook.namespaceSelector.matchExpressions[0].values).toEqual(["kube-system", NS, "cert-manager"]);
  });

  it("extra matchExpressions are ANDed with the namespace exclusion", () => {
    const optOut = "namespaceSelector.matchExpressions[0].key=tollgate.dev/webhook,namespaceSelector.matchExpressions[0].operator=NotIn,namespaceSelector.matchExpressions[0].values={disabled}";
    const v = view(helmTemplate("tollgate", NS, optOut).objects, NS);
    expect(v.hook.namespaceSelector.matchExpressions).toEqual([
      { key: "kubernetes.io/metadata.name", operator: "NotIn", values: ["kube-system", NS] },
      { key: "tollgate.dev/webhook", operator: "NotIn", values: ["disabled"] },
    ]);
  });

  it("without cert-manager, refuses to render until caBundle is set", () => {
    const r = helmTemplate("tollgate", NS, "certManager.enabled=false");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("set caBundle");
  });

  it("without cert-manager, uses the given caBundle and Secret and renders no cert-manager objects", () => {
    const v = view(helmTemplate("tollgate", NS, "certManager.enabled=false", "caBundle=Q0E=", "tls.secretName=own-tls").objects, NS);
    expect(v.objects.filter((o) => o.apiVersion.startsWith("cert-manager.io/"))).toEqual([]);
    expect(v.webhookConfig.metadata.annotations).toBeUndefined();
    expect(v.hook.clientConfig.caBundle).toBe("Q0E=");
    const tls = v.pod.spec.volumes.find((vol: Manifest) => vol.name === "tls");
    expect(tls.secret.secretName).toBe("own-tls");
  });

  it("renders no ServiceMonitor by default (it needs the Prometheus operator's CRD)", () => {
    expect(plain.objects.map((o) => o.kind)).not.toContain("ServiceMonitor");
    expect(helmTemplate("tollgate", NS).objects.map((o) => o.kind)).not.toContain("ServiceMonitor");
  });

  it("serviceMonitor.enabled scrapes the Service's metrics port, which reaches the pod's metrics port", () => {
    const v = view(helmTemplate("tollgate", NS, "metrics.serviceMonitor.enabled=true", "metrics.serviceMonitor.labels.release=prom").objects, NS);
    const sm = only(v.objects, "ServiceMonitor");
    expect(sm.apiVersion).toBe("monitoring.coreos.com/v1");
    expect(sm.metadata.labels.release).toBe("prom");
    expect(selects(sm.spec.selector.matchLabels, v.service.metadata.labels)).toBe(true);
    expect(sm.spec.namespaceSelector).toEqual({ matchNames: [NS] });
    expect(sm.spec.endpoints).toEqual([{ port: "metrics", scheme: "http", path: "/metrics", interval: "30s", scrapeTimeout: "10s" }]);
    const port = v.service.spec.ports.find((p: Manifest) => p.name === "metrics");
    expect(v.containerPort(port.targetPort)).toBe(9090);
  });

  it("metrics.port and maxConnections reach the args, ports, annotations and NetworkPolicy", () => {
    const v = view(helmTemplate("tollgate", NS, "metrics.port=9102", "maxConnections=64", "metrics.podAnnotations=false").objects, NS);
    expect(v.container.args.slice(7, 11)).toEqual(["--metrics-port", "9102", "--max-connections", "64"]);
    expect(v.containerPort("metrics")).toBe(9102);
    expect(v.pod.metadata.annotations["prometheus.io/scrape"]).toBeUndefined();
    const np = only(v.objects, "NetworkPolicy");
    expect(np.spec.ingress[1].ports).toEqual([{ protocol: "TCP", port: 9102 }]);
  });

  it("networkPolicy.admissionFrom restricts the admission port; metricsFrom picks the scrapers' namespaces", () => {
    const v = view(helmTemplate("tollgate", NS,
      "networkPolicy.admissionFrom[0].ipBlock.cidr=172.16.0.0/28",
      "networkPolicy.metricsFrom.namespaceSelector.matchLabels.team=observability",
      "networkPolicy.metricsFrom.podSelector.matchLabels.app=prometheus",
    ).objects, NS);
    const np = only(v.objects, "NetworkPolicy");
    expect(np.spec.ingress).toEqual([
      { ports: [{ protocol: "TCP", port: 8443 }], from: [{ ipBlock: { cidr: "172.16.0.0/28" } }] },
      {
        ports: [{ protocol: "TCP", port: 9090 }],
        from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring", team: "observability" } }, podSelector: { matchLabels: { app: "prometheus" } } }],
      },
    ]);
  });

  it("the PDB and NetworkPolicy can be turned off; the image can be pinned by digest", () => {
    const digest = "sha256:" + "a".repeat(64);
    const v = view(helmTemplate("tollgate", NS, "podDisruptionBudget.enabled=false", "networkPolicy.enabled=false", `image.digest=${digest}`).objects, NS);
    expect(v.objects.map((o) => o.kind)).not.toContain("PodDisruptionBudget");
    expect(v.objects.map((o) => o.kind)).not.toContain("NetworkPolicy");
    expect(v.container.image).toBe(`ghcr.io/tollgate-dev/tollgate@${digest}`);
  });
});
