// The e2e harness's machinery: certificates, processes in their own process groups, a loopback
// etcd + kube-apiserver + kube-controller-manager, `tollgate serve`, and kubectl. Everything it
// starts is registered and stopped by `stopAll()`, which run.ts calls on success, failure,
// uncaught errors and SIGINT/SIGTERM.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { createServer } from "node:net";
import { Agent, request } from "node:https";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const K8S_VERSION = "v1.37.2";
export const BIN = process.env.TOLLGATE_E2E_K8S_BIN ?? join(ROOT, ".tools", `k8s-${K8S_VERSION}`);

export interface Proc {
  name: string;
  child: ChildProcess;
  log: string;
  exited: Promise<number | null>;
}

const procs: Proc[] = [];
let workDir: string | undefined;

export function makeWorkDir(): string {
  workDir = mkdtempSync(join(tmpdir(), "tollgate-e2e-"));
  return workDir;
}

/** A port the kernel just handed out on 127.0.0.1 (closed again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a command in its own process group (so stopping it stops its children), output to dir/<name>.log. */
export function start(name: string, cmd: string, args: string[], opts: { cwd?: string } = {}): Proc {
  if (!workDir) throw new Error("makeWorkDir() first");
  const log = join(workDir, `${name}.log`);
  const fd = openSync(log, "a");
  const child = spawn(cmd, args, { cwd: opts.cwd ?? workDir, detached: true, stdio: ["ignore", fd, fd] });
  closeSync(fd);
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => resolve(code));
    child.on("error", () => resolve(-1));
  });
  const p: Proc = { name, child, log, exited };
  procs.push(p);
  return p;
}

/** SIGTERM to the process group, SIGKILL after `graceMs`; resolves once the leader exited. */
export async function stop(p: Proc, graceMs = 10_000): Promise<void> {
  const pid = p.child.pid;
  if (pid === undefined || p.child.exitCode !== null || p.child.signalCode !== null) return;
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  }, graceMs);
  await p.exited;
  clearTimeout(timer);
  const i = procs.indexOf(p);
  if (i >= 0) procs.splice(i, 1);
}

/** Stops every process still running, newest first, and removes the work directory (unless kept). */
export async function stopAll(keep: boolean): Promise<void> {
  for (const p of [...procs].reverse()) await stop(p, 5_000);
  if (workDir && !keep) rmSync(workDir, { recursive: true, force: true });
}

/** The synchronous last resort for process.on("exit"): SIGKILL every group still registered. */
export function killAllNow(): void {
  for (const p of procs) {
    if (p.child.pid !== undefined && p.child.exitCode === null) {
      try {
        process.kill(-p.child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  }
}

export function tail(p: Proc, lines = 30): string {
  try {
    return readFileSync(p.log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `probe` until it returns true, or throws naming `what` (and the process's log tail). */
export async function waitFor(what: string, probe: () => Promise<boolean> | boolean, timeoutMs: number, proc?: Proc): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (proc && proc.child.exitCode !== null) throw new Error(`${proc.name} exited with ${proc.child.exitCode} while waiting for ${what}:\n${tail(proc)}`);
    if (await probe().valueOf()) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${proc ? `:\n${tail(proc)}` : ""}`);
    await sleep(250);
  }
}

/** GET over HTTPS (trusting `ca`) or HTTP; the status code, or 0 when nothing answered. */
export function httpStatus(url: string, opts: { ca?: string; token?: string } = {}): Promise<number> {
  return new Promise((resolve) => {
    const headers = opts.token ? { authorization: `Bearer ${opts.token}` } : undefined;
    const done = (res: { statusCode?: number; resume(): void }) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    };
    const req = url.startsWith("https:")
      ? request(url, { agent: new Agent({ ca: opts.ca }), headers, timeout: 2000 }, done)
      : httpRequest(url, { headers, timeout: 2000 }, done);
    req.on("error", () => resolve(0));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

// ---------------------------------------------------------------------------------------------
// Certificates: one throwaway CA (1 day) signing every serving certificate, with openssl.

function openssl(dir: string, args: string[]): void {
  const r = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl ${args.join(" ")} failed: ${r.stderr}`);
}

export interface Pki {
  caCert: string;
  /** Paths of a serving pair for 127.0.0.1 / localhost, signed by the CA. */
  serving(name: string): { cert: string; key: string };
  saKey: string;
  saPub: string;
}

export function makePki(dir: string): Pki {
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(dir, ["req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "1", "-subj", "/CN=tollgate-e2e-ca"]);
  writeFileSync(join(dir, "serving.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  openssl(dir, ["genrsa", "-out", "sa.key", "2048"]);
  openssl(dir, ["rsa", "-in", "sa.key", "-pubout", "-out", "sa.pub"]);
  return {
    caCert: join(dir, "ca.crt"),
    saKey: join(dir, "sa.key"),
    saPub: join(dir, "sa.pub"),
    serving(name) {
      openssl(dir, ["req", ...ec, "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", `/CN=${name}`]);
      openssl(dir, ["x509", "-req", "-in", `${name}.csr`, "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "1", "-extfile", "serving.ext", "-out", `${name}.crt`]);
      return { cert: join(dir, `${name}.crt`), key: join(dir, `${name}.key`) };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The control plane.

export interface Cluster {
  dir: string;
  pki: Pki;
  apiserverUrl: string;
  token: string;
  kubeconfig: string;
  etcd: Proc;
  apiserver: Proc;
  controllerManager: Proc;
}

export async function startCluster(dir: string, pki: Pki): Promise<Cluster> {
  const [etcdClient, etcdPeer, apiPort, kcmPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const etcd = start("etcd", join(BIN, "etcd"), [
    "-data-dir", join(dir, "etcd-data"),
    "-listen-client", `http://127.0.0.1:${etcdClient}`,
    "-listen-peer", `http://127.0.0.1:${etcdPeer}`,
  ]);
  await waitFor("etcd /health", async () => (await httpStatus(`http://127.0.0.1:${etcdClient}/health`)) === 200, 60_000, etcd);

  // A static token for the admin (system:masters: impersonation and everything else).
  const token = `e2e-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, "tokens.csv"), `${token},e2e-admin,e2e-admin-uid,system:masters\n`);
  const apiCert = pki.serving("apiserver");
  const apiserverUrl = `https://127.0.0.1:${apiPort}`;
  const apiserver = start("kube-apiserver", join(BIN, "kube-apiserver"), [
    `--etcd-servers=http://127.0.0.1:${etcdClient}`,
    "--bind-address=127.0.0.1",
    "--advertise-address=127.0.0.1",
    // Endpoints may not be loopback addresses; nothing here routes to the Service, so the API
    // server writes no Endpoints for default/kubernetes (it still creates the Service).
    "--endpoint-reconciler-type=none",
    `--secure-port=${apiPort}`,
    `--tls-cert-file=${apiCert.cert}`,
    `--tls-private-key-file=${apiCert.key}`,
    `--client-ca-file=${pki.caCert}`,
    `--token-auth-file=${join(dir, "tokens.csv")}`,
    "--authorization-mode=RBAC",
    "--service-account-issuer=https://kubernetes.default.svc",
    `--service-account-key-file=${pki.saPub}`,
    `--service-account-signing-key-file=${pki.saKey}`,
    "--service-cluster-ip-range=10.96.0.0/24",
    "--allow-privileged=true",
    "--profiling=false",
    `--cert-dir=${join(dir, "apiserver-certs")}`,
  ]);
  const ca = readFileSync(pki.caCert, "utf8");
  await waitFor("kube-apiserver /readyz", async () => (await httpStatus(`${apiserverUrl}/readyz`, { ca, token })) === 200, 180_000, apiserver);

  const kubeconfig = join(dir, "admin.kubeconfig");
  writeFileSync(
    kubeconfig,
    [
      "apiVersion: v1",
      "kind: Config",
      "clusters:",
      `- name: e2e\n  cluster:\n    server: ${apiserverUrl}\n    certificate-authority: ${pki.caCert}`,
      "users:",
      `- name: admin\n  user:\n    token: ${token}`,
      "contexts:",
      "- name: e2e\n  context:\n    cluster: e2e\n    user: admin\n    namespace: default",
      "current-context: e2e",
      "",
    ].join("\n"),
  );

  // The controllers the cases need: the ServiceAccount controller (the `default` ServiceAccount
  // of every namespace), Deployments → ReplicaSets → Pods, garbage collection and namespace
  // deletion. Each controller writes with its own ServiceAccount's credentials, as in a real
  // cluster, so the webhook sees `system:serviceaccount:kube-system:<controller>`.
  const kcmCert = pki.serving("kube-controller-manager");
  const controllerManager = start("kube-controller-manager", join(BIN, "kube-controller-manager"), [
    `--kubeconfig=${kubeconfig}`,
    `--authentication-kubeconfig=${kubeconfig}`,
    `--authorization-kubeconfig=${kubeconfig}`,
    "--bind-address=127.0.0.1",
    `--secure-port=${kcmPort}`,
    `--tls-cert-file=${kcmCert.cert}`,
    `--tls-private-key-file=${kcmCert.key}`,
    "--leader-elect=false",
    "--use-service-account-credentials=true",
    `--service-account-private-key-file=${pki.saKey}`,
    `--root-ca-file=${pki.caCert}`,
    "--controllers=serviceaccount-controller,deployment-controller,replicaset-controller,garbage-collector-controller,namespace-controller",
    "--profiling=false",
  ]);
  await waitFor("kube-controller-manager /healthz", async () => (await httpStatus(`https://127.0.0.1:${kcmPort}/healthz`, { ca, token })) === 200, 120_000, controllerManager);

  return { dir, pki, apiserverUrl, token, kubeconfig, etcd, apiserver, controllerManager };
}

// ---------------------------------------------------------------------------------------------
// kubectl

export interface KubectlResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface KubectlOptions {
  input?: string;
  /** Impersonated user (`--as`) and groups (`--as-group`). */
  as?: string;
  groups?: string[];
}

export function kubectlWith(kubeconfig: string) {
  return (args: string[], opts: KubectlOptions = {}): KubectlResult => {
    const imp = [...(opts.as ? [`--as=${opts.as}`] : []), ...(opts.groups ?? []).map((g) => `--as-group=${g}`)];
    const r = spawnSync(join(BIN, "kubectl"), [`--kubeconfig=${kubeconfig}`, ...imp, ...args], {
      cwd: ROOT,
      input: opts.input,
      encoding: "utf8",
      timeout: 60_000,
    });
    return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  };
}
