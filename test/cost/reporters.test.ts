import { configFrom, runCheck } from "../helpers.js";
import { estimateCost } from "../../src/cost/estimate.js";
import { diffCost } from "../../src/cost/diff.js";
import { formatCostMarkdown } from "../../src/reporters/cost-markdown.js";
import { formatCostText } from "../../src/reporters/cost-text.js";

function deploys(n: number, replicas: number, ns = "api"): string {
  return Array.from({ length: n }, (_, i) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: app-${i}, namespace: ${ns}-${i % 7} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: a${i} } }
  template:
    metadata: { labels: { app: a${i} } }
    spec:
      containers: [{ name: c, image: example/c:1, resources: { requests: { cpu: 100m, memory: 128Mi } } }]
`).join("---\n");
}
const est = (yaml: string) => estimateCost(runCheck(yaml).run, configFrom(""));

describe("markdown for PR comments", () => {
  test("a diff: headline, base/change/head with arrows and percent, chart, top changes, breakdown, assumptions, 730 hours", () => {
    const md = formatCostMarkdown(diffCost(est(deploys(3, 1)), est(deploys(3, 6))));
    expect(md).toMatch(/^### Monthly cost\n\nMonthly estimate increased by \*\*\$[\d,.]+\*\* on EKS \(to \$[\d,.]+\), /);
    expect(md).toContain("| Platform | Base | Change | Head |");
    expect(md).toMatch(/\| EKS \(us-east-1\) \| \$[\d,.]+ \| ▲ \+\$[\d,.]+ \(\+[\d.]+ %\) \| \$[\d,.]+ \|/);
    expect(md).toContain("xychart-beta");
    // One chart per platform (issue 20, case 5): EKS and k3s scales never share an axis.
    expect(md).toContain('title "EKS (us-east-1): monthly USD"');
    expect(md).toContain('title "k3s (hetzner-eu): monthly USD"');
    expect(md.match(/x-axis \["base", "head"\]/g)).toHaveLength(2);
    expect(md).toContain("| Line item | Base | Head | Change |");
    expect(md).toContain("Why:");
    expect(md).toContain("<details><summary>Breakdown</summary>");
    expect(md).toContain("<details><summary>Assumptions</summary>");
    expect(md).toContain("730 hours/month");
    expect(md).toContain("snapshot of 2026-11-22");
  });

  test("a decrease points down", () => {
    const md = formatCostMarkdown(diffCost(est(deploys(3, 6)), est(deploys(3, 1))));
    expect(md).toMatch(/▼ −\$[\d,.]+ \(−[\d.]+ %\)/);
    expect(md).toContain("Monthly estimate decreased by");
  });

  test("2,000 workloads stay under 20 KB with 'and N more'", () => {
    const big = deploys(2000, 1);
    const md = formatCostMarkdown(diffCost(est(deploys(1000, 1)), est(big)));
    expect(Buffer.byteLength(md)).toBeLessThan(20_000);
    expect(md).toMatch(/… and \d+ more/);
  });
});

describe("text table", () => {
  test("platform columns, totals, namespaces, workloads and numbered assumptions", () => {
    const text = formatCostText(est(deploys(2, 2)));
    expect(text).toContain("Monthly cost estimate — 730 hours/month, USD, list prices of 2026-11-22");
    expect(text).toMatch(/Total\s+\$[\d,.]+\s+\$[\d,.]+/);
    expect(text).toMatch(/Deployment api-0\/app-0\s+2\s+200m\s+256Mi/);
    expect(text).toMatch(/\n {2}1\. Monthly = hourly × 730/);
  });
});
