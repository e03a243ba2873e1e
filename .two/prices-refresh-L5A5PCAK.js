import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  require_promises
} from "./chunk-CRUB2UZN.js";
import {
  EMBEDDED_SNAPSHOT
} from "./chunk-C6Q7PKR2.js";
import {
  __toESM
} from "./chunk-HMYCOVW3.js";

// src/cli/prices-refresh.ts
var import_promises = __toESM(require_promises(), 1);
import { paginateGetProducts, PricingClient } from "@aws-sdk/client-pricing";

// src/cost/prices/aws-pricelist.ts
var AWS_PRICE_LIST_SOURCE = "AWS Price List API";
function ec2Filters(regionCode, instanceType) {
  const f = (Field, Value) => ({ Type: "TERM_MATCH", Field, Value });
  return [
    f("regionCode", regionCode),
    ...instanceType === void 0 ? [] : [f("instanceType", instanceType)],
    f("operatingSystem", "Linux"),
    f("tenancy", "Shared"),
    f("preInstalledSw", "NA"),
    // "Used" is the instance-hour price; AllocatedCapacityReservation etc. are reservation SKUs.
    f("capacitystatus", "Used"),
    f("marketoption", "OnDemand")
  ];
}
function eksFilters(regionCode) {
  return [{ Type: "TERM_MATCH", Field: "regionCode", Value: regionCode }];
}
function pricingEndpointRegion(targetRegion) {
  if (/^(eu|af|me|il)-/.test(targetRegion)) return "eu-central-1";
  if (/^ap-/.test(targetRegion)) return "ap-south-1";
  return "us-east-1";
}
var PriceListParseError = class extends Error {
  name = "PriceListParseError";
};
function parsePriceListItem(item) {
  let doc = item;
  if (typeof item === "string") {
    try {
      doc = JSON.parse(item);
    } catch (e) {
      throw new PriceListParseError(`a PriceList item is not valid JSON: ${e.message}`);
    }
  }
  const attrs = doc?.product?.attributes;
  if (attrs === null || typeof attrs !== "object") {
    throw new PriceListParseError("a PriceList item has no product.attributes");
  }
  return doc;
}
function onDemandPrices(p) {
  const out = [];
  for (const term of Object.values(p.terms?.OnDemand ?? {})) {
    for (const dim of Object.values(term.priceDimensions ?? {})) {
      const raw = dim.pricePerUnit?.USD;
      const usd = raw === void 0 ? NaN : Number(raw);
      if (Number.isFinite(usd)) out.push({ usd, unit: dim.unit ?? "", description: dim.description ?? "" });
    }
  }
  return out;
}
function parseMemoryGiB(text) {
  const m = /^\s*([\d,]+(?:\.\d+)?)\s*GiB\s*$/i.exec(text ?? "");
  return m === null ? void 0 : Number(m[1].replace(/,/g, ""));
}
function archOf(attrs) {
  const text = `${attrs.physicalProcessor ?? ""} ${attrs.processorArchitecture ?? ""}`;
  return /graviton|arm/i.test(text) ? "arm64" : "x86_64";
}
var EC2_EXPECTED = {
  operatingSystem: "Linux",
  tenancy: "Shared",
  preInstalledSw: "NA",
  capacitystatus: "Used",
  marketoption: "OnDemand"
};
function ec2EntryFromPriceList(item, asOf) {
  const p = parsePriceListItem(item);
  const a = p.product.attributes;
  const instanceType = a.instanceType;
  if (instanceType === void 0) return { ok: false, reason: "no instanceType attribute" };
  for (const [field, want] of Object.entries(EC2_EXPECTED)) {
    if (a[field] === void 0 && field === "marketoption") continue;
    if (a[field] !== want) return { ok: false, instanceType, reason: `${field} is ${a[field] ?? "missing"}, not ${want}` };
  }
  const vcpu = Number(a.vcpu);
  const memoryGiB = parseMemoryGiB(a.memory);
  if (!(vcpu > 0) || memoryGiB === void 0 || !(memoryGiB > 0)) {
    return { ok: false, instanceType, reason: `unreadable vcpu "${a.vcpu}" or memory "${a.memory}"` };
  }
  const hourly = onDemandPrices(p).filter((d) => /^hrs?$/i.test(d.unit));
  const distinct = [...new Set(hourly.map((d) => d.usd))];
  if (distinct.length !== 1) {
    return { ok: false, instanceType, reason: distinct.length === 0 ? "no on-demand hourly USD price" : `several hourly prices (${distinct.join(", ")})` };
  }
  const hourlyUsd = distinct[0];
  if (!(hourlyUsd > 0)) return { ok: false, instanceType, reason: "hourly price is 0" };
  return {
    ok: true,
    regionCode: a.regionCode ?? "",
    entry: { instanceType, vcpu, memoryGiB, arch: archOf(a), hourlyUsd, source: AWS_PRICE_LIST_SOURCE, asOf }
  };
}
function collectEc2Prices(items, regionCode, asOf, wanted) {
  const entries = {};
  const skipped = [];
  for (const item of items) {
    const r = ec2EntryFromPriceList(item, asOf);
    if (!r.ok) {
      if (r.instanceType === void 0 || wanted === void 0 || wanted.has(r.instanceType)) skipped.push(r);
      continue;
    }
    if (wanted !== void 0 && !wanted.has(r.entry.instanceType)) continue;
    if (r.regionCode !== regionCode) {
      skipped.push({ instanceType: r.entry.instanceType, reason: `regionCode is ${r.regionCode}, not ${regionCode}` });
      continue;
    }
    const prior = entries[r.entry.instanceType];
    if (prior !== void 0 && prior.hourlyUsd !== r.entry.hourlyUsd) {
      skipped.push({ instanceType: r.entry.instanceType, reason: `two products disagree (${prior.hourlyUsd} and ${r.entry.hourlyUsd}); kept the first` });
      continue;
    }
    entries[r.entry.instanceType] = r.entry;
  }
  return { entries, skipped };
}
function parseEksControlPlane(items, regionCode, asOf) {
  let standard;
  let extended;
  for (const item of items) {
    const p = parsePriceListItem(item);
    const a = p.product.attributes;
    if (a.regionCode !== void 0 && a.regionCode !== regionCode) continue;
    const usage = a.usagetype ?? "";
    const kind = /AmazonEKS-Hours:perCluster$/i.test(usage) ? "standard" : /AmazonEKS-Hours:extendedSupport$/i.test(usage) ? "extended" : void 0;
    if (kind === void 0) continue;
    const hourly = onDemandPrices(p).find((d) => /^(hrs?|hours)$/i.test(d.unit) && d.usd > 0);
    if (hourly === void 0) continue;
    if (kind === "standard") standard = hourly.usd;
    else extended = hourly.usd;
  }
  const priced = (value) => ({ value, currency: "USD", unit: "cluster-hour", source: AWS_PRICE_LIST_SOURCE, asOf });
  return {
    ...standard === void 0 ? {} : { controlPlaneStandard: priced(standard) },
    ...extended === void 0 ? {} : { controlPlaneExtended: priced(extended) }
  };
}
function regionalQueries(regionCode) {
  const f = (Field, Value) => ({ Type: "TERM_MATCH", Field, Value });
  const region = f("regionCode", regionCode);
  return [
    { key: "gp3", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "Storage"), f("volumeApiName", "gp3")], unit: /^GB-Mo$/i, usage: /VolumeUsage\.gp3$/i, snapshotUnit: "GB-month" },
    { key: "nlb", serviceCode: "AWSELB", filters: [region, f("productFamily", "Load Balancer-Network")], unit: /^hrs?$/i, usage: /LoadBalancerUsage$/i, snapshotUnit: "hour (plus NLCUs, not modelled)" },
    { key: "alb", serviceCode: "AWSELB", filters: [region, f("productFamily", "Load Balancer-Application")], unit: /^hrs?$/i, usage: /LoadBalancerUsage$/i, snapshotUnit: "hour (plus LCUs, not modelled)" },
    { key: "natGatewayHourly", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "NAT Gateway")], unit: /^hrs?$/i, usage: /NatGateway-Hours$/i, snapshotUnit: "hour" },
    { key: "natGatewayPerGb", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "NAT Gateway")], unit: /^GB$/i, usage: /NatGateway-Bytes$/i, snapshotUnit: "GB processed" }
  ];
}
function parseRegionalPrice(items, q, regionCode, asOf) {
  const found = /* @__PURE__ */ new Set();
  for (const item of items) {
    const p = parsePriceListItem(item);
    const a = p.product.attributes;
    if (a.regionCode !== void 0 && a.regionCode !== regionCode) continue;
    if (!q.usage.test(a.usagetype ?? "")) continue;
    for (const d of onDemandPrices(p)) if (q.unit.test(d.unit) && d.usd > 0) found.add(d.usd);
  }
  if (found.size !== 1) return void 0;
  return { value: [...found][0], currency: "USD", unit: q.snapshotUnit, source: AWS_PRICE_LIST_SOURCE, asOf };
}

// src/cli/prices-refresh.ts
var PricesRefreshError = class extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "PricesRefreshError";
};
var DEFAULT_TIMEOUT_MS = 3e4;
function quietSdk() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}
function defaultInstanceTypes() {
  const types = /* @__PURE__ */ new Set();
  for (const region of Object.values(EMBEDDED_SNAPSHOT.aws.regions ?? {})) {
    for (const t of Object.keys(region.ec2)) types.add(t);
  }
  return [...types].sort();
}
async function refreshAwsPrices(options) {
  const { region } = options;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new PricesRefreshError(`"${region}" is not an AWS region code (expected something like eu-central-1)`, "api");
  }
  const asOf = options.asOf ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const wanted = new Set(options.instanceTypes ?? defaultInstanceTypes());
  const endpointRegion = pricingEndpointRegion(region);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (options.client === void 0) quietSdk();
  const client = options.client ?? new PricingClient({
    // Without these a server that accepts and never answers holds the command forever.
    requestHandler: { connectionTimeout: Math.min(timeoutMs, 1e4), requestTimeout: timeoutMs, throwOnRequestTimeout: true },
    region: endpointRegion,
    ...options.endpoint === void 0 ? {} : { endpoint: options.endpoint },
    ...options.credentials === void 0 ? {} : { credentials: options.credentials },
    ...options.maxAttempts === void 0 ? {} : { maxAttempts: options.maxAttempts }
  });
  const where = options.endpoint ?? `the AWS Price List API in ${endpointRegion}`;
  try {
    const ec2Items = await fetchAll(client, "AmazonEC2", ec2Filters(region));
    const ec2 = collectEc2Prices(ec2Items, region, asOf, wanted);
    const eks = parseEksControlPlane(await fetchAll(client, "AmazonEKS", eksFilters(region)), region, asOf);
    const regional = {};
    for (const q of regionalQueries(region)) {
      const v = parseRegionalPrice(await fetchAll(client, q.serviceCode, q.filters), q, region, asOf);
      if (v !== void 0) regional[q.key] = v;
    }
    const regionalMissing = regionalQueries(region).map((q) => q.key).filter((k) => regional[k] === void 0);
    const found = Object.keys(ec2.entries).length;
    if (found === 0) {
      throw new PricesRefreshError(
        `the AWS Price List API returned no on-demand Linux prices for ${[...wanted].length} instance types in ${region}; check the region code. The embedded snapshot from ${EMBEDDED_SNAPSHOT.snapshotDate} still works.`,
        "empty"
      );
    }
    const missing = [...wanted].filter((t) => ec2.entries[t] === void 0).sort();
    return {
      schemaVersion: 1,
      snapshotDate: asOf,
      aws: {
        eks,
        regions: { [region]: { ec2: ec2.entries, ...regional } }
      },
      notes: [
        `EC2 and EKS prices for ${region} fetched from the AWS Price List API on ${asOf} (${found} instance types${Object.keys(regional).length > 0 ? `; also ${Object.keys(regional).join(", ")}` : ""}).`,
        ...regionalMissing.length === 0 ? [] : [`Not found for ${region} (add them to the file by hand if the manifests need them): ${regionalMissing.join(", ")}.`],
        ...missing.length === 0 ? [] : [`Not offered or not priced in ${region}: ${missing.join(", ")}.`],
        ...eks.controlPlaneStandard === void 0 ? [`No EKS control-plane price found for ${region}; the embedded one is kept.`] : []
      ]
    };
  } catch (e) {
    throw humanError(e, where);
  } finally {
    if (options.client === void 0) client.destroy();
  }
}
async function fetchAll(client, serviceCode, filters) {
  const items = [];
  const pages = paginateGetProducts(
    { client, pageSize: 100 },
    { ServiceCode: serviceCode, FormatVersion: "aws_v1", Filters: filters.map((f) => ({ ...f })) }
  );
  for await (const page of pages) items.push(...(page.PriceList ?? []).map(String));
  return items;
}
var NETWORK_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);
function humanError(e, where) {
  if (e instanceof PricesRefreshError) return e;
  const fallback = `The embedded snapshot from ${EMBEDDED_SNAPSHOT.snapshotDate} still works.`;
  const err = e;
  const name = err?.name ?? "Error";
  if (name === "CredentialsProviderError" || /credential/i.test(err?.message ?? "") && !err?.$metadata?.httpStatusCode) {
    return new PricesRefreshError(
      `no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (any identity allowed pricing:GetProducts will do); ${fallback.charAt(0).toLowerCase()}${fallback.slice(1)}`,
      "credentials"
    );
  }
  const code = err?.code ?? /\b(E[A-Z]{4,})\b/.exec(err?.message ?? "")?.[1] ?? name;
  if (name === "TimeoutError" || /requestTimeout|timed? ?out/i.test(err?.message ?? "")) {
    return new PricesRefreshError(
      `${where} did not answer in time (${err?.message?.replace(/^@smithy\/node-http-handler - \[ERROR\] /, "") ?? code}); raise --timeout or check the network. ${fallback}`,
      "network"
    );
  }
  if (NETWORK_CODES.has(code)) {
    return new PricesRefreshError(
      `could not reach ${where} (${code}); check the network or proxy settings. ${fallback}`,
      "network"
    );
  }
  if (name === "AccessDeniedException" || name === "UnrecognizedClientException" || name === "InvalidSignatureException" || err?.$metadata?.httpStatusCode === 403) {
    return new PricesRefreshError(
      `AWS refused the credentials (${name}): the identity needs pricing:GetProducts. ${fallback}`,
      "access"
    );
  }
  return new PricesRefreshError(`the AWS Price List API request failed (${name}: ${err?.message ?? String(e)}). ${fallback}`, "api");
}
async function writeSnapshotFile(path, snapshot) {
  await (0, import_promises.writeFile)(path, `${JSON.stringify(snapshot, null, 2)}
`, "utf8");
}
export {
  DEFAULT_TIMEOUT_MS,
  PricesRefreshError,
  defaultInstanceTypes,
  refreshAwsPrices,
  writeSnapshotFile
};
