// The built CLI on examples/: `cost --format json` follows the contract; errors exit 2 without a stack.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

const bin = join(ROOT, "bin/tollgate.js");
function tollgate(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, PATH: `${join(ROOT, ".tools/bin")}:${process.env.PATH ?? ""}`, AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", AWS_PROFILE: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// dist/ is built once by the suite's global setup (test/global-setup.js).
beforeAll(() => {
  expect(existsSync(bin)).toBe(true);
});

test("tollgate cost examples/ --format json follows the cost-report contract", () => {
  const r = tollgate("cost", "examples/", "--format", "json");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report).toMatchObject({ hoursPerMonth: 730, currency: "USD", prices: { snapshotDate: "2026-11-22" } });
  expect(typeof report.prices.source).toBe("string");
  expect(report.platforms.map((p: { platform: string }) => p.platform)).toEqual(["eks", "k3s"]);
  for (const p of report.platforms) {
    expect(p).toEqual(expect.objectContaining({
      region: expect.any(String), monthly: expect.any(Number), controlPlane: expect.any(Number),
      loadBalancers: expect.objectContaining({ count: 1 }), volumes: expect.objectContaining({ gb: 20 }), nat: expect.any(Object),
      assumptions: expect.arrayContaining([expect.any(String)]),
    }));
    for (const n of p.nodes) expect(n).toEqual(expect.objectContaining({ instanceType: expect.any(String), count: expect.any(Number), monthly: expect.any(Number) }));
  }
  // examples/ holds four units (plain folders, two overlays, a chart): each is its own cluster.
  expect(report.units.length).toBe(4);
  expect(report.platforms[0].controlPlane).toBe(73 * 4);
  const web = report.workloads.find((w: { name: string }) => w.name === "web-blue");
  expect(web).toEqual(expect.objectContaining({ kind: "Deployment", namespace: "api", replicas: expect.any(Number), cpu: expect.any(Number), memory: expect.any(Number), monthly: { eks: expect.any(Number), k3s: expect.any(Number) } }));
  expect(report.namespaces.map((n: { unit: string; namespace: string }) => `${n.unit} ${n.namespace}`)).toEqual([
    "examples api", "examples ml", "examples platform", "examples/charts/status platform", "examples/shop/overlays/prod shop-prod", "examples/shop/overlays/staging shop-staging",
  ]);
  expect(report.batch.map((b: { name: string }) => b.name)).toEqual(["nightly-trainer"]);
}, 30_000);

test("--base with a directory adds base, head and delta", () => {
  const r = tollgate("cost", "examples/", "--base", ".", "--format", "json", "--platform", "k3s");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.platforms).toEqual([expect.objectContaining({ platform: "k3s", delta: 0 })]);
  expect(report.workloads[0]).toEqual(expect.objectContaining({ base: expect.any(Object), head: expect.any(Object), delta: { k3s: 0 } }));
}, 30_000);

test("a region not in the snapshot: exit 2 and the refresh command, no stack", () => {
  const r = tollgate("cost", "examples/", "--region", "eu-west-1");
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("no EC2 prices for eu-west-1");
  expect(r.stderr).toContain("tollgate prices refresh --region eu-west-1");
  expect(r.stderr).not.toMatch(/\n\s+at /);
}, 30_000);

test("check --cost puts the report in the json cost field", () => {
  const r = tollgate("check", "examples/", "--format", "json", "--cost", "--fail-on", "never");
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.cost).toMatchObject({ hoursPerMonth: 730, platforms: [{ platform: "eks" }, { platform: "k3s" }] });
}, 30_000);

test("prices refresh without credentials: a clear message, exit 2, no stack", () => {
  const r = spawnSync(process.execPath, [bin, "prices", "refresh", "--region", "eu-west-1"], {
    cwd: ROOT, encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: "/nonexistent", AWS_EC2_METADATA_DISABLED: "true", AWS_CONFIG_FILE: "/nonexistent", AWS_SHARED_CREDENTIALS_FILE: "/nonexistent" },
    timeout: 25_000,
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^tollgate: prices refresh: (no AWS credentials found|could not reach)/m);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}, 30_000);

test("--platform gke is refused with a reason", () => {
  const r = tollgate("cost", "examples/", "--platform", "gke");
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("GKE node prices are not in the snapshot");
}, 30_000);
