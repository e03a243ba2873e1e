// The git fixture: reproducible SHAs, the base commit reachable from the checkout, changes as git sees them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "@jest/globals";
import { createGitFixture, type GitFixture } from "./git-fixture.js";

const base = {
  "k8s/api.yaml": "kind: Deployment\nmetadata:\n  name: api\n",
  "k8s/old.yaml": "kind: Service\n",
  "README.md": "manifests\n",
};
const head = {
  "k8s/api.yaml": "kind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n",
  "k8s/new.yaml": "kind: ConfigMap\n",
  "README.md": "manifests\n",
};

const made: GitFixture[] = [];
const fixture = (options: Parameters<typeof createGitFixture>[0]) => {
  const f = createGitFixture(options);
  made.push(f);
  return f;
};

afterEach(() => {
  for (const f of made.splice(0)) f.cleanup();
});

describe("createGitFixture", () => {
  test("same trees, same SHAs: fixed identity and dates", () => {
    const a = fixture({ base, head });
    const b = fixture({ base, head });
    expect(a.dir).not.toBe(b.dir);
    expect([a.baseSha, a.headSha]).toEqual([b.baseSha, b.headSha]);
    expect(a.baseSha).toMatch(/^[0-9a-f]{40}$/);
    expect(a.git("log", "-1", "--format=%an <%ae> %aI %cI", a.headSha)).toBe(
      "tollgate fixture <fixture@tollgate.invalid> 2026-01-02T00:00:00Z 2026-01-02T00:00:00Z".replace(/Z/g, "+00:00"),
    );
  });

  test("head checked out on its branch, base commit reachable, changes listed", () => {
    const f = fixture({ base, head, baseBranch: "main", headBranch: "raise-cost" });
    expect(f.checkedOut).toBe(f.headSha);
    expect(f.git("rev-parse", "--abbrev-ref", "HEAD")).toBe("raise-cost");
    expect(f.git("cat-file", "-t", f.baseSha)).toBe("commit");
    expect(f.git("rev-parse", `${f.headSha}^`)).toBe(f.baseSha);
    expect(f.git("rev-parse", "main")).toBe(f.baseSha);
    expect(readFileSync(join(f.dir, "k8s/api.yaml"), "utf8")).toContain("replicas: 3");
    expect(f.changed).toEqual([
      { status: "M", path: "k8s/api.yaml" },
      { status: "A", path: "k8s/new.yaml" },
      { status: "D", path: "k8s/old.yaml" },
    ]);
    expect(f.git("status", "--porcelain")).toBe("");
  });

  test("merge checkout: GitHub's test merge commit with base and head as parents", () => {
    const f = fixture({ base, head, checkout: "merge" });
    expect(f.mergeSha).toMatch(/^[0-9a-f]{40}$/);
    expect(f.checkedOut).toBe(f.mergeSha);
    expect(f.git("log", "-1", "--format=%P", f.mergeSha!)).toBe(`${f.baseSha} ${f.headSha}`);
    expect(f.git("log", "-1", "--format=%s")).toBe(`Merge ${f.headSha} into ${f.baseSha}`);
    expect(f.git("diff", "--stat", f.headSha, f.mergeSha!)).toBe("");
  });

  test("base checkout", () => {
    const f = fixture({ base, head, checkout: "base" });
    expect(f.checkedOut).toBe(f.baseSha);
    expect(readFileSync(join(f.dir, "k8s/old.yaml"), "utf8")).toBe("kind: Service\n");
  });

  test("trees from directories, renames detected", () => {
    const src = mkdtempSync(join(tmpdir(), "tollgate-tree-"));
    try {
      for (const [side, name] of [["a", "k8s/before.yaml"], ["b", "k8s/after.yaml"]] as const) {
        mkdirSync(join(src, side, "k8s"), { recursive: true });
        writeFileSync(join(src, side, name), "kind: Service\nmetadata:\n  name: same-content\n");
      }
      const f = fixture({ base: join(src, "a"), head: join(src, "b") });
      expect(f.changed).toEqual([{ status: "R100", path: "k8s/after.yaml", previousPath: "k8s/before.yaml" }]);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });

  test("paths that escape the repository are refused and nothing is left behind", () => {
    expect(() => createGitFixture({ base: { "../evil": "x" }, head: {} })).toThrow(/inside the repository/);
  });
});
