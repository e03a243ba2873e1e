// The webhook's own manifests pass tollgate check with no findings at all.
import { tollgate } from "../cli/cli.js";

test("tollgate check webhook/manifests reports nothing", () => {
  const r = tollgate(["check", "webhook/manifests", "--format", "json", "--fail-on", "info"]);
  const report = JSON.parse(r.stdout);
  expect(report.findings).toEqual([]);
  expect(report.summary.objects).toBeGreaterThanOrEqual(12);
  expect(r.code).toBe(0);
});
