/**
 * The refresh path with the real AWS SDK client against a loopback server that speaks the Price
 * List Query API's AWS JSON 1.1 protocol: POST /, X-Amz-Target, paginated GetProducts pages whose
 * PriceList entries are JSON strings, and a ThrottlingException the SDK must retry.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { execFile } from "node:child_process";
import { createServer as createNetServer, type AddressInfo, type Socket } from "node:net";
import { PricingClient } from "@aws-sdk/client-pricing";
import { PricesRefreshError, refreshAwsPrices } from "../../src/cli/prices-refresh.js";
import { mergeSnapshot } from "../../src/cost/prices/merge.js";
import { validateSnapshot } from "../../src/cost/prices/schema.js";
import { EMBEDDED_SNAPSHOT } from "../../src/cost/prices/snapshot.js";

const fixture = (name: string): object[] =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as object[];
const EC2_ITEMS = fixture("ec2-pricelist-eu-central-1.json");
const EKS_ITEMS = fixture("eks-pricelist-eu-central-1.json");
const PAGE = 4;
/** Product documents shaped like the Price List API's for the regional lines (values are the double's own). */
const product = (family: string, usagetype: string, unit: string, usd: string, extra: Record<string, string> = {}) => ({
  product: { productFamily: family, sku: `${usagetype}-sku`, attributes: { regionCode: "eu-central-1", usagetype, ...extra } },
  terms: { OnDemand: { "t1": { priceDimensions: { "d1": { unit, description: usagetype, pricePerUnit: { USD: usd } } } } } },
});
const REGIONAL: Record<string, object[]> = {
  Storage: [product("Storage", "EUC1-EBS:VolumeUsage.gp3", "GB-Mo", "0.0952", { volumeApiName: "gp3" })],
  "Load Balancer-Network": [product("Load Balancer-Network", "EUC1-LoadBalancerUsage", "Hrs", "0.027"), product("Load Balancer-Network", "EUC1-LCUUsage", "LCU-Hrs", "0.006")],
  "Load Balancer-Application": [product("Load Balancer-Application", "EUC1-LoadBalancerUsage", "Hrs", "0.0252")],
  "NAT Gateway": [product("NAT Gateway", "EUC1-NatGateway-Hours", "Hrs", "0.052"), product("NAT Gateway", "EUC1-NatGateway-Bytes", "GB", "0.052")],
};

interface Seen {
  readonly target: string | undefined;
  readonly contentType: string | undefined;
  readonly authorization: string | undefined;
  readonly body: { ServiceCode: string; Filters: { Type: string; Field: string; Value: string }[]; FormatVersion?: string; MaxResults?: number; NextToken?: string };
}

/** A Pricing service double: pages of PAGE items, optional throttling of the first N requests. */
function pricingServer(opts: { throttleFirst?: number } = {}) {
  const seen: Seen[] = [];
  let throttles = opts.throttleFirst ?? 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const body = JSON.parse(raw) as Seen["body"];
      seen.push({ target: req.headers["x-amz-target"] as string | undefined, contentType: req.headers["content-type"], authorization: req.headers.authorization, body });
      const send = (status: number, payload: object) => {
        res.writeHead(status, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": `req-${seen.length}` });
        res.end(JSON.stringify(payload));
      };
      if (req.method !== "POST" || req.url !== "/" || req.headers["x-amz-target"] !== "AWSPriceListService.GetProducts") {
        send(400, { __type: "com.amazon.coral.service#UnknownOperationException", message: "unknown operation" });
        return;
      }
      if (throttles > 0) {
        throttles--;
        send(400, { __type: "com.amazonaws.pricing#ThrottlingException", Message: "Rate exceeded" });
        return;
      }
      const family = body.Filters.find((f) => f.Field === "productFamily")?.Value;
      const all = family !== undefined ? REGIONAL[family] ?? [] : body.ServiceCode === "AmazonEKS" ? EKS_ITEMS : body.ServiceCode === "AmazonEC2" ? EC2_ITEMS : [];
      const start = body.NextToken === undefined ? 0 : Number(body.NextToken.replace("page-", ""));
      const next = start + PAGE;
      send(200, {
        FormatVersion: "aws_v1",
        // Exactly as the service does it: each product is a JSON document inside a string.
        PriceList: all.slice(start, next).map((p) => JSON.stringify(p)),
        ...(next < all.length ? { NextToken: `page-${next}` } : {}),
      });
    });
  });
  return {
    seen,
    async start(): Promise<string> {
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A TCP server that accepts connections and never writes a byte. */
async function silentServer(): Promise<{ server: { connections: number }; endpoint: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const srv = createNetServer((s) => { state.connections++; sockets.add(s); s.on("close", () => sockets.delete(s)); s.on("error", () => undefined); });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  return {
    server: state,
    endpoint: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); srv.close(() => r()); }),
  };
}
const ROOT_DIR = new URL("../..", import.meta.url).pathname;

const FAKE_CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const WANTED = ["m6i.large", "m6i.xlarge", "c6i.large", "r6i.large", "m7g.large", "t3.medium", "m6i.2xlarge", "m6i.4xlarge", "m5.large"];

describe("refreshAwsPrices against a loopback Price List endpoint", () => {
  test("follows every page, sends the FACTS.md filters, retries a throttle, and returns a valid snapshot file", async () => {
    const srv = pricingServer({ throttleFirst: 1 });
    const endpoint = await srv.start();
    try {
      const snap = await refreshAwsPrices({
        region: "eu-central-1", instanceTypes: WANTED, endpoint, credentials: FAKE_CREDENTIALS, asOf: "2026-11-22",
      });

      const ec2Calls = srv.seen.filter((s) => s.body.ServiceCode === "AmazonEC2" && !s.body.Filters.some((f) => f.Field === "productFamily"));
      // 9 items at 4 per page = 3 pages, plus the throttled first attempt.
      expect(ec2Calls.map((s) => s.body.NextToken)).toEqual([undefined, undefined, "page-4", "page-8"]);
      for (const s of srv.seen) {
        expect(s.target).toBe("AWSPriceListService.GetProducts");
        expect(s.contentType).toBe("application/x-amz-json-1.1");
        expect(s.body.MaxResults).toBe(100);
        expect(s.body.FormatVersion).toBe("aws_v1");
        // Signed for the Pricing endpoint region chosen for eu-central-1.
        expect(s.authorization).toMatch(/\/eu-central-1\/pricing\/aws4_request/);
      }
      expect(ec2Calls[0]!.body.Filters).toEqual([
        { Type: "TERM_MATCH", Field: "regionCode", Value: "eu-central-1" },
        { Type: "TERM_MATCH", Field: "operatingSystem", Value: "Linux" },
        { Type: "TERM_MATCH", Field: "tenancy", Value: "Shared" },
        { Type: "TERM_MATCH", Field: "preInstalledSw", Value: "NA" },
        { Type: "TERM_MATCH", Field: "capacitystatus", Value: "Used" },
        { Type: "TERM_MATCH", Field: "marketoption", Value: "OnDemand" },
      ]);
      expect(srv.seen.filter((s) => s.body.ServiceCode === "AmazonEKS")[0]!.body.Filters).toEqual([
        { Type: "TERM_MATCH", Field: "regionCode", Value: "eu-central-1" },
      ]);

      const ec2 = snap.aws!.regions!["eu-central-1"]!.ec2;
      expect(Object.keys(ec2).sort()).toEqual(["c6i.large", "m6i.large", "m6i.xlarge", "m7g.large", "r6i.large", "t3.medium"]);
      expect(ec2["m6i.large"]).toEqual({
        instanceType: "m6i.large", vcpu: 2, memoryGiB: 8, arch: "x86_64", hourlyUsd: 0.115,
        source: "AWS Price List API", asOf: "2026-11-22",
      });
      expect(ec2["m7g.large"]!.arch).toBe("arm64");
      // gp3, NLB/ALB and NAT come along (issue 20); the NLB's LCU dimension is not its hourly price.
      const region = snap.aws!.regions!["eu-central-1"]!;
      expect([region.gp3?.value, region.nlb?.value, region.alb?.value, region.natGatewayHourly?.value, region.natGatewayPerGb?.value])
        .toEqual([0.0952, 0.027, 0.0252, 0.052, 0.052]);
      expect(region.gp3).toMatchObject({ unit: "GB-month", source: "AWS Price List API", asOf: "2026-11-22" });
      expect(snap.aws!.eks!.controlPlaneStandard!.value).toBe(0.1);
      expect(snap.aws!.eks!.controlPlaneExtended!.value).toBe(0.6);
      // The Windows and reservation items were refused; m5.large was never offered.
      expect(snap.notes!.join("\n")).toMatch(/Not offered or not priced in eu-central-1: m5\.large, m6i\.2xlarge, m6i\.4xlarge/);

      expect(validateSnapshot(JSON.parse(JSON.stringify(snap)), "refreshed.json")).toMatchObject({ valid: true });
      const merged = mergeSnapshot(EMBEDDED_SNAPSHOT, snap);
      expect(merged.aws.regions!["eu-central-1"]!.ec2["m6i.large"]!.hourlyUsd).toBe(0.115);
      expect(merged.aws.regions!["us-east-1"]!.ec2["m6i.large"]!.hourlyUsd).toBe(0.096);
    } finally {
      await srv.stop();
    }
  });

  test("an injected client is used as is and not destroyed", async () => {
    const srv = pricingServer();
    const endpoint = await srv.start();
    const client = new PricingClient({ region: "ap-south-1", endpoint, credentials: FAKE_CREDENTIALS });
    try {
      await refreshAwsPrices({ region: "eu-central-1", instanceTypes: ["m6i.large"], client, asOf: "2026-11-22" });
      // Still usable afterwards.
      await refreshAwsPrices({ region: "eu-central-1", instanceTypes: ["c6i.large"], client, asOf: "2026-11-22" });
      expect(srv.seen[0]!.authorization).toMatch(/\/ap-south-1\/pricing\//);
    } finally {
      client.destroy();
      await srv.stop();
    }
  });

  test("missing credentials: a clear message naming what to set and the embedded snapshot's date", async () => {
    const srv = pricingServer();
    const endpoint = await srv.start();
    try {
      const failing = async () => {
        const e = new Error("Could not load credentials from any providers");
        e.name = "CredentialsProviderError";
        throw e;
      };
      const err = await refreshAwsPrices({ region: "us-west-2", endpoint, credentials: failing, maxAttempts: 1 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PricesRefreshError);
      expect((err as PricesRefreshError).reason).toBe("credentials");
      expect((err as Error).message).toBe(
        "no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY " +
        `(any identity allowed pricing:GetProducts will do); the embedded snapshot from ${EMBEDDED_SNAPSHOT.snapshotDate} still works.`);
      expect(srv.seen).toHaveLength(0);
    } finally {
      await srv.stop();
    }
  });

  test("no network: a clear message, not a stack trace", async () => {
    const srv = pricingServer();
    const endpoint = await srv.start();
    await srv.stop(); // nothing listens on this port any more
    const err = await refreshAwsPrices({ region: "eu-west-1", endpoint, credentials: FAKE_CREDENTIALS, maxAttempts: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PricesRefreshError);
    expect((err as PricesRefreshError).reason).toBe("network");
    expect((err as Error).message).toBe(
      `could not reach ${endpoint} (ECONNREFUSED); check the network or proxy settings. The embedded snapshot from ${EMBEDDED_SNAPSHOT.snapshotDate} still works.`);
  });

  test("a region with no prices is an error, not an empty snapshot", async () => {
    const srv = pricingServer();
    const endpoint = await srv.start();
    try {
      const err = await refreshAwsPrices({ region: "eu-central-1", instanceTypes: ["z9.large"], endpoint, credentials: FAKE_CREDENTIALS })
        .catch((e: unknown) => e);
      expect((err as PricesRefreshError).reason).toBe("empty");
      expect((err as Error).message).toMatch(/returned no on-demand Linux prices for 1 instance types in eu-central-1/);
    } finally {
      await srv.stop();
    }
  });

  test("an endpoint that accepts and never answers: a timeout error, not a hang (issue 20, case 8)", async () => {
    const { server, endpoint, close } = await silentServer();
    try {
      const err = await refreshAwsPrices({ region: "eu-central-1", endpoint, credentials: FAKE_CREDENTIALS, maxAttempts: 1, timeoutMs: 300 })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PricesRefreshError);
      expect((err as PricesRefreshError).reason).toBe("network");
      expect((err as Error).message).toMatch(new RegExp(`^${endpoint.replace(/[.]/g, "\\.")} did not answer in time \\(.*300 ms requestTimeout.*\\); raise --timeout or check the network\\.`));
      expect(server.connections).toBeGreaterThanOrEqual(1);
    } finally {
      await close();
    }
  });

  test("no SDK Node-version notice on stdout or stderr", async () => {
    const { endpoint, close } = await silentServer();
    try {
      // A fresh process: the SDK prints its notice once per process, at the first client it creates.
      const script = `import { refreshAwsPrices } from ${JSON.stringify(new URL("../../src/cli/prices-refresh.ts", import.meta.url).pathname)};
await refreshAwsPrices({ region: "eu-central-1", endpoint: ${JSON.stringify(endpoint)}, maxAttempts: 1, timeoutMs: 200,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "x" } }).catch((e) => console.log("refused:", e.reason));`;
      const env = { ...process.env };
      delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
      const out = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
        execFile(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env, cwd: ROOT_DIR, timeout: 60_000 },
          (e, stdout, stderr) => (e ? reject(e) : resolve({ stdout, stderr })));
      });
      expect(out.stdout).toBe("refused: network\n");
      expect(out.stderr).not.toMatch(/NodeVersionSupportWarning|AWS SDK for JavaScript/);
    } finally {
      await close();
    }
  });

  test("a malformed region is refused before any request", async () => {
    await expect(refreshAwsPrices({ region: "Frankfurt", credentials: FAKE_CREDENTIALS })).rejects.toThrow(/"Frankfurt" is not an AWS region code/);
  });
});
