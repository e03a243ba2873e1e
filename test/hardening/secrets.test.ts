// Secrets never leak: a canary placed in Secret data/stringData, env values and annotations (also in
// Secrets whose YAML is broken, which yaml's messages used to quote) appears in no finding, report
// format, log line, metric, admission answer, job summary, PR comment, annotation or SARIF file.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServer } from "../admission/harness.js";
import { DEFAULT_TOKEN, FakeGitHub, GITHUB_ACTIONS_BOT, type FileSpec } from "../action/fake-github.js";
import { createGitFixture, type GitFixture, type Tree } from "../action/git-fixture.js";
import { pullRequestEvent } from "../action/payloads.js";
import { runAction, type RunActionResult } from "../action/run-action.js";
import { ROOT } from "../helpers.js";

const CANARY = "CANARY-7f3a9c1e-s3cr3t";
const B64 = Buffer.from(CANARY).toString("base64");

/** A Deployment that breaks rules (so it is reported), carrying the canary in env and annotations. */
const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
  annotations:
    example.com/token: "${CANARY}"
    tollgate.dev/ignore: "resources/cpu-limit-required"
    tollgate.dev/ignore-reason: "${CANARY}"
spec:
  replicas: 2
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata:
      labels: { app: ${name} }
      annotations: { example.com/key: "${CANARY}" }
    spec:
      containers:
        - name: app
          image: shop/${name}:1.0
          env:
            - { name: API_TOKEN, value: "${CANARY}" }
            - { name: BAD_CPU, value: "${CANARY}" }
          resources:
            requests: { cpu: lots, memory: 64Mi }
`;

const secret = `apiVersion: v1
kind: Secret
metadata:
  name: creds
  namespace: shop
  annotations: { note: "${CANARY}" }
type: Opaque
data:
  password: ${B64}
stringData:
  token: "${CANARY}"
  ${CANARY}: key-is-secret-too
`;

/** Secrets whose YAML is broken around the value: each must be a finding that does not quote it. */
const brokenSecrets: Record<string, string> = {
  "broken/alias.yaml": `apiVersion: v1\nkind: Secret\nmetadata: { name: a, namespace: shop }\nstringData:\n  password: *${CANARY}\n`,
  "broken/unclosed.yaml": `apiVersion: v1\nkind: Secret\nmetadata: { name: b, namespace: shop }\nstringData:\n  password: "${CANARY}\n  other: x\n`,
  "broken/flow.yaml": `apiVersion: v1\nkind: Secret\nmetadata: { name: c, namespace: shop }\nstringData: { password: ${CANARY}\n`,
  "broken/block-header.yaml": `apiVersion: v1\nkind: Secret\nmetadata: { name: d, namespace: shop }\nstringData:\n  password: |${CANARY}\n    x\n`,
  "broken/helm.yaml": `apiVersion: v1\nkind: Secret\nmetadata: { name: f, namespace: shop }\nstringData:\n  password: {{ ${CANARY} }}\n`,
  "broken/compact.yaml": `apiVersion: v1\nkind: Secret\nmetadata: { name: g, namespace: shop }\nstringData:\n  password: ${CANARY}: x: y\n`,
  "broken/flow-junk.yaml": `apiVersion: v1\nkind: Secret\nmetadata: { name: h, namespace: shop }\nstringData: { password: [ ${CANARY} ] ${CANARY} }\n`,
};

const TREE: Record<string, string> = {
  "k8s/app.yaml": deployment("app"),
  "k8s/secret.yaml": secret,
  "k8s/secret.json": JSON.stringify({ apiVersion: "v1", kind: "Secret", metadata: { name: "j", namespace: "shop" }, stringData: { token: CANARY } }),
  // An unknown tag is only a warning to yaml (which it printed to stderr, quoting the tag).
  "k8s/tagged.yaml": `apiVersion: v1\nkind: Secret\nmetadata: { name: e, namespace: shop }\nstringData:\n  password: !${CANARY} x\n`,
  ...brokenSecrets,
};

const leaks = (texts: Record<string, string>) =>
  Object.entries(texts)
    .filter(([, t]) => t.includes(CANARY) || t.includes(B64))
    .map(([where, t]) => `${where}: …${t.slice(Math.max(0, t.indexOf(CANARY) - 120), t.indexOf(CANARY) + 40)}…`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tollgate-secrets-"));
  for (const [f, t] of Object.entries(TREE)) {
    mkdirSync(join(dir, f, ".."), { recursive: true });
    writeFileSync(join(dir, f), t);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("check: no canary in text, json (with cost), sarif or markdown output, nor on stderr", () => {
  const outputs: Record<string, string> = {};
  for (const args of [["-f", "text"], ["-f", "json", "--cost"], ["-f", "sarif"], ["-f", "markdown"], ["-f", "json", "--fail-on", "never"]]) {
    const r = spawnSync(process.execPath, [join(ROOT, "bin/tollgate.js"), "check", ...args, "."], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status).toBe(args.includes("never") ? 0 : 1);
    outputs[`stdout ${args.join(" ")}`] = r.stdout;
    outputs[`stderr ${args.join(" ")}`] = r.stderr;
  }
  // The run did see the broken Secrets and the reported Deployment (a test that cannot fail is a defect).
  const json = JSON.parse(outputs["stdout -f json --fail-on never"]!) as { findings: { file: string; ruleId: string }[] };
  for (const f of Object.keys(brokenSecrets)) expect(json.findings.filter((x) => x.file === f).map((x) => x.ruleId)).toEqual([expect.stringMatching(/^parse\//)]);
  expect(json.findings.some((x) => x.file === "k8s/app.yaml" && x.ruleId === "resources/invalid-quantity")).toBe(true);
  expect(leaks(outputs)).toEqual([]);
});

test("the webhook: no canary in answers, logs or metrics", async () => {
  const server = await startTestServer();
  try {
    const parse = (yaml: string) => (JSON.parse(spawnSync(process.execPath, ["-e", "process.stdout.write(JSON.stringify(require('yaml').parse(require('fs').readFileSync(0,'utf8'))))"], { input: yaml, encoding: "utf8", cwd: ROOT }).stdout) as Record<string, unknown>);
    const dep = parse(deployment("web"));
    const sec = parse(secret);
    const answers: Record<string, string> = {};
    const denied = await server.review({ object: dep });
    expect(denied.response.allowed).toBe(false);
    answers.deny = denied.text;
    answers.secret = (await server.review({ object: sec })).text;
    answers.update = (await server.review({ operation: "UPDATE", object: dep, oldObject: dep })).text;
    answers.del = (await server.review({ operation: "DELETE", object: null, oldObject: sec })).text;
    // A review that is not one: the parser's message must not echo the body either.
    answers.invalid = (await server.post(undefined, { raw: `{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"${CANARY}"` })).text;
    answers.metrics = (await server.get("/metrics")).text;
    answers.logs = server.logs.join("\n");
    expect(server.logs.length).toBeGreaterThan(3);
    expect(leaks(answers)).toEqual([]);
  } finally {
    await server.close();
  }
});

describe("the Action: no canary and no token in summary, comment, annotations, SARIF or output, also under API faults", () => {
  let repo: GitFixture;
  let fake: FakeGitHub;
  beforeAll(() => {
    const base: Tree = { "README.md": "# manifests\n" };
    repo = createGitFixture({ base, head: { ...base, ...TREE }, checkout: "merge" });
  });
  afterAll(() => repo.cleanup());
  beforeEach(async () => {
    fake = await FakeGitHub.start({ owner: "octo-org", repo: "manifests", repoId: 4242 });
    const files: FileSpec[] = repo.changed.map((c) => {
      const diff = repo.git("diff", repo.baseSha, repo.headSha, "--", c.path);
      return { filename: c.path, status: "added", patch: diff.slice(diff.indexOf("@@")) };
    });
    fake.addPull({ number: 9, base: { sha: repo.baseSha }, head: { sha: repo.headSha, ref: "secrets" }, files });
  });
  afterEach(async () => {
    await fake.close();
    fake.assertNoViolations();
  });

  const act = (token = DEFAULT_TOKEN): Promise<RunActionResult> =>
    runAction({
      event: pullRequestEvent({ owner: "octo-org", repo: "manifests", repoId: 4242, number: 9, baseSha: repo.baseSha, headSha: repo.headSha, headRef: "secrets" }),
      apiUrl: fake.baseUrl,
      token,
      cwd: repo.dir,
      sha: repo.mergeSha,
      timeoutMs: 60_000,
      inputs: { "sarif-file": "tollgate.sarif" },
    });

  const everything = (r: RunActionResult, token: string): Record<string, string> => ({
    stdout: r.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n"),
    stderr: r.stderr,
    summary: r.summary,
    outputs: JSON.stringify(r.outputs),
    annotations: JSON.stringify(r.annotations),
    sarif: readFileSync(join(repo.dir, "tollgate.sarif"), "utf8"),
    comments: fake.comments(9).map((c) => c.body).join("\n"),
    ...Object.fromEntries(fake.requests.map((q, i) => [`request ${i}`, JSON.stringify([q.url, q.body])])),
    token: [r.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n"), r.stderr, r.summary, JSON.stringify(r.outputs), fake.comments(9).map((c) => c.body).join("\n")].join("\n").includes(token) ? `token ${token} printed` : "",
  });

  let baseline: RunActionResult;
  test("a normal run: findings reported, nothing leaked", async () => {
    baseline = await act();
    expect(baseline.exitCode).toBe(1);
    expect(baseline.annotations.some((a) => a.file === "k8s/app.yaml")).toBe(true);
    expect(fake.comments(9)).toHaveLength(1);
    expect(leaks(everything(baseline, DEFAULT_TOKEN)).concat(everything(baseline, DEFAULT_TOKEN).token || [])).toEqual([]);
  });

  test.each([
    ["a fork's read-only token (403 on the comment)", () => fake.addToken("ghs_forktoken123", { kind: "installation", user: GITHUB_ACTIONS_BOT, access: "read" }), "ghs_forktoken123", "failed"],
    ["the primary rate limit, forever, on the comment", () => fake.fail("issues/create-comment", { kind: "rate-limit", status: 403 }, Infinity), DEFAULT_TOKEN, "failed"],
    ["a 429 secondary rate limit with retry-after, then success", () => fake.fail("issues/create-comment", { kind: "secondary-rate-limit", status: 429, retryAfter: 1 }, 1), DEFAULT_TOKEN, "created"],
    ["a 502 then success on the comment list", () => fake.fail("issues/list-comments", { kind: "server-error", status: 502 }, 1), DEFAULT_TOKEN, "created"],
  ])("%s: the same result, nothing leaked", async (_name, arrange, token, comment) => {
    arrange();
    const r = await act(token);
    expect(r.exitCode).toBe(baseline.exitCode);
    expect(r.annotations.filter((a) => a.file)).toEqual(baseline.annotations.filter((a) => a.file));
    expect(r.outputs.errors).toBe(baseline.outputs.errors);
    expect(r.outputs.comment).toBe(comment);
    const all = everything(r, token);
    expect(leaks(all).concat(all.token || [])).toEqual([]);
  });
});
