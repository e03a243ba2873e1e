// The bundled Action on a repository applied as kustomize overlays: a pull request that changes one
// overlay's patch. The overlays are rendered with the pinned kubectl (scripts/install-renderers.sh),
// the finding lands on the patch line the PR changed, a base file's finding in the other overlay stays
// in the summary only, and the cost comment shows the changed overlay's increase and the other's none.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { DEFAULT_TOKEN, FakeGitHub } from "./fake-github.js";
import { createGitFixture, type GitFixture } from "./git-fixture.js";
import { lineOf, pullFiles } from "./scenario.js";
import { pullRequestEvent } from "./payloads.js";
import { runAction } from "./run-action.js";
import { ROOT } from "../helpers.js";

const TOOLS = join(ROOT, ".tools/bin");
const haveKubectl = existsSync(join(TOOLS, "kubectl"));
const describeRendered = haveKubectl ? describe : describe.skip;
if (!haveKubectl && process.env.TOLLGATE_REQUIRE_RENDERERS) {
  test("the pinned renderers are installed (TOLLGATE_REQUIRE_RENDERERS is set)", () => {
    throw new Error("run scripts/install-renderers.sh");
  });
}

/** test/workspace/fixtures/kustomize as a repository tree under deploy/. */
function fixtureTree(): Record<string, string> {
  const root = join(ROOT, "test/workspace/fixtures/kustomize");
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[`deploy/${relative(root, p)}`] = readFileSync(p, "utf8");
    }
  };
  walk(root);
  return out;
}

const HEAD = fixtureTree();
const PATCH = "deploy/overlays/prod/resources.yaml";
// At base the prod patch kept 2 replicas and a limit equal to the request; the PR raises replicas to 4
// and sets a limit below the request.
const BASE = { ...HEAD, [PATCH]: HEAD[PATCH]!.replace("replicas: 4", "replicas: 2").replace("memory: 512Mi", "memory: 1Gi") };

let repo: GitFixture;
let fake: FakeGitHub;

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist-action/index.js"))) throw new Error("build the bundle first: node scripts/build-action.mjs");
  repo = createGitFixture({ base: BASE, head: HEAD, checkout: "merge" });
});
afterAll(() => repo?.cleanup());
beforeEach(async () => {
  fake = await FakeGitHub.start({ owner: "octo-org", repo: "platform", repoId: 77 });
  fake.addPull({ number: 12, base: { sha: repo.baseSha }, head: { sha: repo.headSha, ref: "prod-scale" }, files: pullFiles(repo) });
});
afterEach(async () => {
  await fake.close();
  fake.assertNoViolations();
});

describeRendered("a pull request that changes one kustomize overlay", () => {
  test("the patch line is annotated, the other overlay's base finding is not, cost changes in the changed overlay only", async () => {
    const result = await runAction({
      event: pullRequestEvent({ owner: "octo-org", repo: "platform", repoId: 77, number: 12, baseSha: repo.baseSha, headSha: repo.headSha, headRef: "prod-scale" }),
      apiUrl: fake.baseUrl,
      token: DEFAULT_TOKEN,
      cwd: repo.dir,
      sha: repo.mergeSha,
      timeoutMs: 60_000,
      // The runner's PATH with the pinned kubectl first, as setup steps put tools on a runner.
      env: { PATH: `${TOOLS}:${process.env.PATH ?? ""}` },
    });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(1);
    // The PR changes the prod patch only: the error is on its changed limit line, and the base file's
    // missing memory limit (the staging overlay, an unchanged file) is not annotated.
    const annotated = result.annotations.filter((a) => a.file !== undefined).map((a) => [a.level, a.file, a.line, a.title]);
    expect(annotated).toEqual([["error", PATCH, lineOf(HEAD[PATCH]!, "memory: 512Mi"), "tollgate: resources/limit-below-request"]]);
    // The base file's finding names the overlay it came from.
    expect(result.summary).toMatch(/\| `resources\/memory-limit-required` \| \[`deploy\/base\/deployment\.yaml:\d+`\]\([^)]+\) in `deploy\/overlays\/staging` \|/);

    // Outputs sum the two overlays, each its own cluster; only prod moves.
    const monthly = JSON.parse(result.outputs["monthly-cost"]!) as Record<string, number>;
    const delta = JSON.parse(result.outputs["monthly-delta"]!) as Record<string, number>;
    expect(delta.eks).toBeGreaterThan(0);
    expect(delta.k3s).toBeGreaterThan(0);
    expect(result.outputs["monthly-delta-eks"]).toBe(String(delta.eks));
    expect(result.outputs["monthly-cost-eks"]).toBe(String(monthly.eks));

    const body = fake.comments(12)[0]!.body;
    const usd = (n: number) => `$${n.toFixed(2)}`;
    // One "Monthly cost" section: a row per unit and the total, then the changed unit's own details.
    expect(body.match(/^### Monthly cost$/gm)).toHaveLength(1);
    const row = (unit: string) => body.split("\n").find((l) => l.startsWith(`| \`${unit}\` |`));
    expect(row("deploy/overlays/staging")).toMatch(/^\| `deploy\/overlays\/staging` \| \$[\d,.]+ \(unchanged\) \| \$[\d,.]+ \(unchanged\) \|$/);
    expect(row("deploy/overlays/prod")).toMatch(/^\| `deploy\/overlays\/prod` \| \$[\d,.]+ \(▲ \+\$[\d,.]+\) \| \$[\d,.]+ \(▲ \+\$[\d,.]+\) \|$/);
    expect(body).toContain(`| **All units** | **${usd(monthly.eks!)} (▲ +${usd(delta.eks!)})** | **${usd(monthly.k3s!)} (▲ +${usd(delta.k3s!)})** |`);
    expect(body.match(/^#### .*$/gm)).toEqual(["#### `deploy/overlays/prod`"]);
    expect(body).toContain(`Monthly estimate increased by **${usd(delta.eks!)}** on EKS`);
    expect(body).toContain("Deployment shop-prod/web: replicas 2 → 4");
    expect(result.summary).toContain("| **All units** |");
  });
});
