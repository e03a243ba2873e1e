// SARIF for code scanning (issue 19, repro 5): findings code scanning must keep apart have their
// own fingerprints (SHA-256, platform included), URIs are RFC 3986 references, at most 25,000
// results with errors first, and a finding without a file still has a location.
import { describe, expect, test } from "@jest/globals";
import { EMPTY_CONFIG } from "../../src/core/config.js";
import type { Finding, Severity } from "../../src/core/types.js";
import { check, type InputFile } from "../../src/engine/check.js";
import { fingerprint, formatSarif, SARIF_MAX_RESULTS, sarifUri } from "../../src/reporters/sarif.js";
import { builtinRegistry } from "../helpers.js";
import { BASE, HEAD } from "./scenario.js";
import type { Tree } from "./git-fixture.js";

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  runs: { results: SarifResult[]; invocations: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[];
}

const rules = builtinRegistry().rules;
const sarifOf = (findings: readonly Finding[], maxResults?: number): SarifLog => JSON.parse(formatSarif(findings, rules, "0.0.0-test", maxResults ? { maxResults } : {}));

/** RFC 3986 relative-ref with a path only: unreserved, sub-delims, ":", "@", "/" and %XX escapes (no ":" in the first segment). */
const RELATIVE_PATH_REF = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|%[0-9A-Fa-f]{2})+(?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*$/;

function finding(severity: Severity, i: number, extra: Partial<Finding> = {}): Finding {
  return { ruleId: "resources/memory-limit-required", severity, message: `c${i} has no memory limit.`, file: `k8s/f${i}.yaml`, line: 3, column: 5, ...extra };
}

describe("fingerprints", () => {
  test("the EKS and k3s cost/increase results on one object are two alerts", () => {
    const files = (tree: Tree): InputFile[] => Object.entries(tree).filter(([f]) => f.endsWith(".yaml")).map(([file, text]) => ({ file, text: text as string }));
    const { findings } = check({ files: files(HEAD), base: files(BASE), rules, config: EMPTY_CONFIG });
    const cost = sarifOf(findings).runs[0]!.results.filter((r) => r.ruleId === "cost/increase");
    expect(cost.map((r) => r.message.text)).toEqual([expect.stringContaining("on EKS"), expect.stringContaining("on k3s")]);
    expect(cost[0]!.locations).toEqual(cost[1]!.locations);
    expect(cost[0]!.partialFingerprints["tollgate/v2"]).not.toBe(cost[1]!.partialFingerprints["tollgate/v2"]);
  });

  test.each<[string, Partial<Finding>, Partial<Finding>, boolean]>([
    ["the same finding on another line", { line: 3 }, { line: 40 }, true],
    ["another container", { container: "app" }, { container: "proxy" }, false],
    ["another file", { file: "a.yaml" }, { file: "b.yaml" }, false],
    ["another pointer", { pointer: "/spec/a" }, { pointer: "/spec/b" }, false],
  ])("%s: same fingerprint = %s", (_, a, b, same) => {
    const base = finding("error", 1);
    expect(fingerprint({ ...base, ...a }) === fingerprint({ ...base, ...b })).toBe(same);
  });

  test("a SHA-256, not a 32-bit hash", () => {
    expect(sarifOf([finding("error", 1)]).runs[0]!.results[0]!.partialFingerprints).toEqual({ "tollgate/v2": expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

describe("URIs", () => {
  test.each([
    ["k8s/api.yaml", "k8s/api.yaml"],
    ["odd dir/a,b%c.yaml", "odd%20dir/a%2Cb%25c.yaml"],
    ["weird/a:b#c?d.yaml", "weird/a%3Ab%23c%3Fd.yaml"],
    ["C:x/ü (1).yaml", "C%3Ax/%C3%BC%20(1).yaml"],
    ["./k8s\\win.yaml", "k8s/win.yaml"],
  ])("%j → %j, a valid relative reference that decodes back", (path, uri) => {
    const [result] = sarifOf([finding("error", 1, { file: path })]).runs[0]!.results;
    const got = result!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(got).toBe(uri);
    expect(got).toMatch(RELATIVE_PATH_REF);
    expect(got.split("/").map(decodeURIComponent).join("/")).toBe(path.replace(/\\/g, "/").replace(/^\.\//, ""));
    expect(sarifUri(path)).toBe(uri);
  });

  test("a finding without a file is placed at the repository root", () => {
    const noFile: Finding = { ruleId: "cost/budget", severity: "error", message: "Namespace shop costs $900/month on EKS, over its budget." };
    const [result] = sarifOf([noFile]).runs[0]!.results;
    expect(result!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: "." } } }]);
  });
});

describe("the 25,000-result cap", () => {
  test("errors first, then warnings, then infos; a notification says how many were left out", () => {
    const findings = [
      ...Array.from({ length: 30 }, (_, i) => finding("info", i)),
      ...Array.from({ length: 30 }, (_, i) => finding("warning", 100 + i)),
      ...Array.from({ length: 30 }, (_, i) => finding("error", 200 + i)),
    ];
    const run = sarifOf(findings, 50).runs[0]!;
    expect(run.results.map((r) => r.level)).toEqual([...Array(30).fill("error"), ...Array(20).fill("warning")]);
    expect(run.results[0]!.message.text).toBe("c200 has no memory limit.");
    expect(run.invocations[0]!.toolExecutionNotifications).toEqual([{ level: "warning", message: { text: expect.stringMatching(/^40 of 90 findings are not in this file: code scanning accepts 50 results per run/) } }]);
  });

  test("at the real limit: 25,001 findings give 25,000 results", () => {
    expect(SARIF_MAX_RESULTS).toBe(25_000);
    const findings = Array.from({ length: SARIF_MAX_RESULTS + 1 }, (_, i) => finding(i === SARIF_MAX_RESULTS ? "error" : "warning", i));
    const run = sarifOf(findings).runs[0]!;
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(run.results[0]!.level).toBe("error");
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.message.text).toMatch(/^1 of 25001 findings .* 25,000 results per run/);
  });

  test("under the limit: every result, no notification", () => {
    const run = sarifOf([finding("info", 1), finding("error", 2)]).runs[0]!;
    expect(run.results.map((r) => r.level)).toEqual(["error", "note"]);
    expect(run.invocations[0]!.toolExecutionNotifications).toEqual([]);
  });
});
