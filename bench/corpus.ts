// A deterministic (seeded) generator of manifest repositories with the mix real ones have:
// Deployments with Services and HPAs, blue-green pairs, StatefulSets with claims, ConfigMaps (some
// dashboard-sized), RBAC, CRDs and their objects, namespaces with quotas, and a few broken files.

export interface CorpusFile {
  readonly file: string;
  readonly text: string;
}

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CPU = ["50m", "100m", "250m", "500m", "1", "2"];
const MEM = ["64Mi", "128Mi", "256Mi", "512Mi", "1Gi", "2Gi", "4Gi"];

export interface CorpusOptions {
  readonly documents: number;
  readonly seed?: number;
  /** Documents per file (the rest of the mix decides the exact count). */
  readonly perFile?: number;
  /** Share of files that are deliberately broken (syntax errors, unrendered templates). */
  readonly brokenShare?: number;
  /** Number of team namespaces; default one per 400 documents. A fixed number crowds namespaces as the corpus grows. */
  readonly teams?: number;
}

export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const r = rng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const files: CorpusFile[] = [];
  const teams = options.teams ?? Math.max(2, Math.round(options.documents / 400));
  let docs = 0;
  let n = 0;
  const nsOf = (i: number) => `team-${i % teams}`;

  for (let t = 0; t < teams && docs < options.documents; t++) {
    const ns = nsOf(t);
    files.push({
      file: `teams/${ns}/namespace.yaml`,
      text: [
        `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n  labels: { team: ${ns} }`,
        `apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: quota\n  namespace: ${ns}\nspec:\n  hard: { requests.cpu: "64", requests.memory: 128Gi }`,
        `apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\n  namespace: ${ns}\nspec:\n  limits:\n    - type: Container\n      defaultRequest: { cpu: 100m, memory: 128Mi }\n      default: { memory: 256Mi }`,
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: ${ns}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]`,
        `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: devs\n  namespace: ${ns}\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }\nsubjects:\n  - { kind: Group, name: ${ns}-devs, apiGroup: rbac.authorization.k8s.io }`,
      ].join("\n---\n") + "\n",
    });
    docs += 5;
  }
  files.push({
    file: "platform/crds.yaml",
    text: `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n  names: { kind: Widget, plural: widgets }\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema: { openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true } }\n`,
  });
  docs += 1;

  const container = (name: string, image: string, withLimits: boolean) => {
    const cpu = pick(CPU);
    const mem = pick(MEM);
    const limits = withLimits ? `\n            limits: { memory: ${mem} }` : "";
    return `        - name: ${name}\n          image: ${image}\n          ports:\n            - { name: http, containerPort: 8080 }\n          resources:\n            requests: { cpu: ${cpu}, memory: ${mem} }${limits}\n          readinessProbe:\n            httpGet: { path: /ready, port: http }`;
  };
  const deployment = (name: string, ns: string, labels: string, replicas: number, containers: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels: { ${labels} }\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: { ${labels} }\n  template:\n    metadata:\n      labels: { ${labels} }\n    spec:\n      containers:\n${containers}`;

  while (docs < options.documents) {
    const i = n++;
    const ns = nsOf(i);
    const app = `app-${i}`;
    const roll = r();
    const parts: string[] = [];
    if (roll < 0.45) {
      parts.push(deployment(app, ns, `app: ${app}`, 1 + Math.floor(r() * 4), container(app, `registry.example.com/${app}:1.${i % 10}.0`, r() > 0.1)));
      parts.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  selector: { app: ${app} }\n  ports:\n    - { port: 80, targetPort: http }`);
      if (r() < 0.3) parts.push(`apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${app} }\n  minReplicas: 2\n  maxReplicas: 6`);
    } else if (roll < 0.55) {
      // Both slots run the same container; only the slot label and the image tag differ.
      const c = container(app, "IMAGE", r() > 0.1);
      for (const slot of ["blue", "green"]) {
        parts.push(deployment(`${app}-${slot}`, ns, `app: ${app}, slot: ${slot}`, 2, c.replace("IMAGE", `registry.example.com/${app}:${slot === "blue" ? "1.0.0" : "1.1.0"}`)));
      }
      parts.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  selector: { app: ${app}, slot: blue }\n  ports:\n    - { port: 80, targetPort: http }`);
    } else if (roll < 0.65) {
      parts.push(
        `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  serviceName: ${app}\n  replicas: 3\n  selector:\n    matchLabels: { app: ${app} }\n  template:\n    metadata:\n      labels: { app: ${app} }\n    spec:\n      containers:\n${container("db", "postgres:16", true)}\n  volumeClaimTemplates:\n    - metadata: { name: data }\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources: { requests: { storage: ${10 * (1 + (i % 5))}Gi } }`,
      );
      parts.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  clusterIP: None\n  selector: { app: ${app} }\n  ports:\n    - { port: 5432 }`);
    } else if (roll < 0.85) {
      const big = r() < 0.1;
      const body = big
        ? `  dashboard.json: |\n${Array.from({ length: 400 }, (_, k) => `    {"id": ${k}, "title": "panel ${k}", "expr": "sum(rate(http_requests_total{app=\\"${app}\\"}[5m]))", "legendFormat": "{{instance}}"}`).join("\n")}`
        : `  LOG_LEVEL: info\n  FEATURE_${i}: "true"`;
      parts.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}-config\n  namespace: ${ns}\ndata:\n${body}`);
    } else if (roll < 0.93) {
      parts.push(`apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${app}-reader\n  namespace: ${ns}\nrules:\n  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get, list]`);
      parts.push(`apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${app}\n  namespace: ${ns}`);
    } else {
      parts.push(`apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  size: ${i % 7}`);
    }
    docs += parts.length;
    let text = parts.join("\n---\n") + "\n";
    if (r() < (options.brokenShare ?? 0.005)) {
      text = r() < 0.5 ? text.replace("spec:", "spec:\n  replicas: {{ .Values.replicas }}") : text.replace("metadata:", "metadata: [");
    }
    files.push({ file: `teams/${ns}/${app}.yaml`, text });
  }
  return files;
}
