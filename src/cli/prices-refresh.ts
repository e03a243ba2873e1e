/**
 * `tollgate prices refresh`: the one place that calls the AWS Price List API. It fetches EC2 and
 * EKS prices for a region and returns a snapshot file's data; parsing lives in src/cost/prices.
 */
import { writeFile } from "node:fs/promises";
import { paginateGetProducts, PricingClient, type PricingClientConfig } from "@aws-sdk/client-pricing";
import {
  collectEc2Prices, ec2Filters, eksFilters, parseEksControlPlane, parseRegionalPrice, pricingEndpointRegion, regionalQueries,
  type PriceListFilter,
} from "../cost/prices/aws-pricelist.js";
import { EMBEDDED_SNAPSHOT } from "../cost/prices/snapshot.js";
import type { PricedValue, PriceSnapshotFile } from "../cost/prices/types.js";

/** A refresh that failed for a reason a person can fix; the CLI prints `message`, never a stack. */
export class PricesRefreshError extends Error {
  override readonly name = "PricesRefreshError";
  constructor(message: string, readonly reason: "credentials" | "network" | "access" | "api" | "empty") {
    super(message);
  }
}

export interface RefreshAwsPricesOptions {
  /** The region whose prices to fetch, e.g. `eu-central-1`. */
  readonly region: string;
  /** Defaults to the instance types of the embedded snapshot. */
  readonly instanceTypes?: readonly string[];
  /** An injected client (tests, custom credentials); otherwise one is created for the right endpoint. */
  readonly client?: PricingClient;
  /** Overrides the Pricing endpoint URL (a loopback server in tests). */
  readonly endpoint?: string;
  /** For a created client: credentials other than the SDK's default chain (AWS_PROFILE, env, SSO, IMDS). */
  readonly credentials?: PricingClientConfig["credentials"];
  /** For a created client: attempts per request including retries of throttling (SDK default 3). */
  readonly maxAttempts?: number;
  /** The date stamped on every fetched price; defaults to today (UTC). */
  readonly asOf?: string;
  /** For a created client: ms to wait for a connection and for each response (default 30 s; connection at most 10 s). */
  readonly timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The SDK warns on stderr about Node versions it will stop supporting (a 7-line notice on Node < 22);
 * its documented switch turns that off. Only for this command, and only when the user has not set it.
 */
function quietSdk(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}

export function defaultInstanceTypes(): string[] {
  const types = new Set<string>();
  for (const region of Object.values(EMBEDDED_SNAPSHOT.aws.regions ?? {})) {
    for (const t of Object.keys(region.ec2)) types.add(t);
  }
  return [...types].sort();
}

export async function refreshAwsPrices(options: RefreshAwsPricesOptions): Promise<PriceSnapshotFile> {
  const { region } = options;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new PricesRefreshError(`"${region}" is not an AWS region code (expected something like eu-central-1)`, "api");
  }
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const wanted = new Set(options.instanceTypes ?? defaultInstanceTypes());
  const endpointRegion = pricingEndpointRegion(region);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (options.client === undefined) quietSdk();
  const client = options.client ?? new PricingClient({
    // Without these a server that accepts and never answers holds the command forever.
    requestHandler: { connectionTimeout: Math.min(timeoutMs, 10_000), requestTimeout: timeoutMs, throwOnRequestTimeout: true },
    region: endpointRegion,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
  });
  const where = options.endpoint ?? `the AWS Price List API in ${endpointRegion}`;

  try {
    // One query per region rather than per type: ~10 pages instead of one round trip per type.
    const ec2Items = await fetchAll(client, "AmazonEC2", ec2Filters(region));
    const ec2 = collectEc2Prices(ec2Items, region, asOf, wanted);
    const eks = parseEksControlPlane(await fetchAll(client, "AmazonEKS", eksFilters(region)), region, asOf);
    // gp3, NLB/ALB and NAT gateway prices: a missing one keeps the embedded value (us-east-1) or stays a note.
    const regional: Record<string, PricedValue> = {};
    for (const q of regionalQueries(region)) {
      const v = parseRegionalPrice(await fetchAll(client, q.serviceCode, q.filters), q, region, asOf);
      if (v !== undefined) regional[q.key] = v;
    }
    const regionalMissing = regionalQueries(region).map((q) => q.key).filter((k) => regional[k] === undefined);
    const found = Object.keys(ec2.entries).length;
    if (found === 0) {
      throw new PricesRefreshError(
        `the AWS Price List API returned no on-demand Linux prices for ${[...wanted].length} instance types in ${region}; ` +
        `check the region code. The embedded snapshot from ${EMBEDDED_SNAPSHOT.snapshotDate} still works.`, "empty");
    }
    const missing = [...wanted].filter((t) => ec2.entries[t] === undefined).sort();
    return {
      schemaVersion: 1,
      snapshotDate: asOf,
      aws: {
        eks,
        regions: { [region]: { ec2: ec2.entries, ...regional } },
      },
      notes: [
        `EC2 and EKS prices for ${region} fetched from the AWS Price List API on ${asOf} (${found} instance types${Object.keys(regional).length > 0 ? `; also ${Object.keys(regional).join(", ")}` : ""}).`,
        ...(regionalMissing.length === 0 ? [] : [`Not found for ${region} (add them to the file by hand if the manifests need them): ${regionalMissing.join(", ")}.`]),
        ...(missing.length === 0 ? [] : [`Not offered or not priced in ${region}: ${missing.join(", ")}.`]),
        ...(eks.controlPlaneStandard === undefined ? [`No EKS control-plane price found for ${region}; the embedded one is kept.`] : []),
      ],
    };
  } catch (e) {
    throw humanError(e, where);
  } finally {
    if (options.client === undefined) client.destroy();
  }
}

async function fetchAll(client: PricingClient, serviceCode: string, filters: readonly PriceListFilter[]): Promise<string[]> {
  const items: string[] = [];
  const pages = paginateGetProducts(
    { client, pageSize: 100 },
    { ServiceCode: serviceCode, FormatVersion: "aws_v1", Filters: filters.map((f) => ({ ...f })) },
  );
  for await (const page of pages) items.push(...(page.PriceList ?? []).map(String));
  return items;
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/** Turns SDK and socket errors into one sentence that says what to do. */
function humanError(e: unknown, where: string): PricesRefreshError {
  if (e instanceof PricesRefreshError) return e;
  const fallback = `The embedded snapshot from ${EMBEDDED_SNAPSHOT.snapshotDate} still works.`;
  const err = e as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = err?.name ?? "Error";
  if (name === "CredentialsProviderError" || (/credential/i.test(err?.message ?? "") && !err?.$metadata?.httpStatusCode)) {
    return new PricesRefreshError(
      "no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY " +
      `(any identity allowed pricing:GetProducts will do); ${fallback.charAt(0).toLowerCase()}${fallback.slice(1)}`, "credentials");
  }
  // The SDK may wrap a socket error in a plain Error (e.g. across realms), keeping only its text.
  const code = err?.code ?? /\b(E[A-Z]{4,})\b/.exec(err?.message ?? "")?.[1] ?? name;
  if (name === "TimeoutError" || /requestTimeout|timed? ?out/i.test(err?.message ?? "")) {
    return new PricesRefreshError(
      `${where} did not answer in time (${err?.message?.replace(/^@smithy\/node-http-handler - \[ERROR\] /, "") ?? code}); raise --timeout or check the network. ${fallback}`, "network");
  }
  if (NETWORK_CODES.has(code)) {
    return new PricesRefreshError(
      `could not reach ${where} (${code}); check the network or proxy settings. ${fallback}`, "network");
  }
  if (name === "AccessDeniedException" || name === "UnrecognizedClientException" || name === "InvalidSignatureException" ||
      err?.$metadata?.httpStatusCode === 403) {
    return new PricesRefreshError(
      `AWS refused the credentials (${name}): the identity needs pricing:GetProducts. ${fallback}`, "access");
  }
  return new PricesRefreshError(`the AWS Price List API request failed (${name}: ${err?.message ?? String(e)}). ${fallback}`, "api");
}

/** Writes a refreshed snapshot as the JSON that `--prices <file>` reads. */
export async function writeSnapshotFile(path: string, snapshot: PriceSnapshotFile): Promise<void> {
  await writeFile(path, `${JSON.stringify(snapshot, null, 2)}\n`, "utf8");
}
