// The PR every Action test starts from: raises cost, breaks a policy, flips a blue-green selector,
// and leaves a legacy violation untouched; plus the builders and GitHub's file list for a fixture.
import type { FileSpec } from "./fake-github.js";
import type { GitFixture, Tree } from "./git-fixture.js";

export const deployment = (name: string, replicas: number, extra: { labels?: string; sidecar?: boolean; memLimit?: boolean } = {}) => {
  const labels = extra.labels ?? `app: ${name}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {${labels}}
  template:
    metadata:
      labels: {${labels}}
    spec:
      containers:
        - name: app
          image: shop/${name}:1.0
          readinessProbe:
            httpGet: {path: /healthz, port: 8080}
          resources:
            requests: {cpu: 500m, memory: 512Mi}
            ${extra.memLimit === false ? "" : "limits: {memory: 512Mi}"}
${
  extra.sidecar
    ? `        - name: proxy
          image: envoyproxy/envoy:v1.31
          resources:
            requests: {cpu: 100m, memory: 128Mi}
`
    : ""
}`;
};

export const service = (slot: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector: {app: web, slot: ${slot}}
  ports:
    - port: 80
`;

export const BASE: Tree = {
  "k8s/api.yaml": deployment("api", 2),
  "k8s/web.yaml": [deployment("web-blue", 3, { labels: "app: web, slot: blue" }), deployment("web-green", 3, { labels: "app: web, slot: green" })].join("---\n"),
  "k8s/web-svc.yaml": service("blue"),
  // A violation the PR does not touch: reported in the summary, never annotated, never failing the PR.
  "legacy/old.yaml": deployment("old", 1, { memLimit: false }),
  "README.md": "# manifests\n",
};
export const HEAD: Tree = {
  ...BASE,
  // Raises cost (2 → 6 replicas) and adds a sidecar with no memory limit.
  "k8s/api.yaml": deployment("api", 6, { sidecar: true }),
  // Flips the blue-green selector.
  "k8s/web-svc.yaml": service("green"),
};

/** GitHub's `patch` for each changed file: the diff from the first hunk on. */
export function pullFiles(repo: GitFixture): FileSpec[] {
  return repo.changed.map((c) => {
    const diff = repo.git("diff", repo.baseSha, repo.headSha, "--", c.path);
    const patch = diff.slice(diff.indexOf("@@"));
    const added = patch.split("\n").filter((l) => l.startsWith("+")).length;
    const removed = patch.split("\n").filter((l) => l.startsWith("-")).length;
    return { filename: c.path, status: c.status === "A" ? "added" : "modified", additions: added, deletions: removed, patch };
  });
}

export const lineOf = (text: string, needle: string, nth = 1): number => {
  let seen = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && ++seen === nth) return i + 1;
  throw new Error(`${needle} not found`);
};

