/**
 * Pure translation between the AWS Price List Query API and snapshot entries: the filters a
 * GetProducts call sends, the Pricing endpoint to call, and parsing of `PriceList` items, which
 * AWS returns as JSON *strings*, one product with its terms each.
 */
import type { Ec2InstancePrice, PricedValue } from "./types.js";

/** The SDK's `Filter` shape, restated so this layer does not import the SDK. */
export interface PriceListFilter {
  readonly Type: "TERM_MATCH";
  readonly Field: string;
  readonly Value: string;
}

export const AWS_PRICE_LIST_SOURCE = "AWS Price List API";

/** Filters for on-demand Linux EC2 prices as the EC2 pricing page lists them. */
export function ec2Filters(regionCode: string, instanceType?: string): PriceListFilter[] {
  const f = (Field: string, Value: string): PriceListFilter => ({ Type: "TERM_MATCH", Field, Value });
  return [
    f("regionCode", regionCode),
    ...(instanceType === undefined ? [] : [f("instanceType", instanceType)]),
    f("operatingSystem", "Linux"),
    f("tenancy", "Shared"),
    f("preInstalledSw", "NA"),
    // "Used" is the instance-hour price; AllocatedCapacityReservation etc. are reservation SKUs.
    f("capacitystatus", "Used"),
    f("marketoption", "OnDemand"),
  ];
}

export function eksFilters(regionCode: string): PriceListFilter[] {
  return [{ Type: "TERM_MATCH", Field: "regionCode", Value: regionCode }];
}

/**
 * The Price List Query API has endpoints only in us-east-1, eu-central-1 and ap-south-1; any of
 * them answers for every region, the nearest one answers fastest.
 */
export function pricingEndpointRegion(targetRegion: string): "us-east-1" | "eu-central-1" | "ap-south-1" {
  if (/^(eu|af|me|il)-/.test(targetRegion)) return "eu-central-1";
  if (/^ap-/.test(targetRegion)) return "ap-south-1";
  return "us-east-1";
}

interface PriceDimension {
  readonly unit?: string;
  readonly description?: string;
  readonly pricePerUnit?: Readonly<Record<string, string>>;
}
interface Term {
  readonly effectiveDate?: string;
  readonly priceDimensions?: Readonly<Record<string, PriceDimension>>;
}
/** The parts of a Price List product document tollgate reads. */
export interface PriceListProduct {
  readonly product: {
    readonly productFamily?: string;
    readonly sku?: string;
    readonly attributes: Readonly<Record<string, string>>;
  };
  readonly terms?: { readonly OnDemand?: Readonly<Record<string, Term>> };
  readonly publicationDate?: string;
}

export class PriceListParseError extends Error {
  override readonly name = "PriceListParseError";
}

/** Parses one `PriceList` entry; the SDK hands them over as strings (older SDKs as objects). */
export function parsePriceListItem(item: string | object): PriceListProduct {
  let doc: unknown = item;
  if (typeof item === "string") {
    try {
      doc = JSON.parse(item);
    } catch (e) {
      throw new PriceListParseError(`a PriceList item is not valid JSON: ${(e as Error).message}`);
    }
  }
  const attrs = (doc as { product?: { attributes?: unknown } } | null)?.product?.attributes;
  if (attrs === null || typeof attrs !== "object") {
    throw new PriceListParseError("a PriceList item has no product.attributes");
  }
  return doc as PriceListProduct;
}

/** Every on-demand USD price per unit in the document, with its unit and description. */
function onDemandPrices(p: PriceListProduct): { usd: number; unit: string; description: string }[] {
  const out: { usd: number; unit: string; description: string }[] = [];
  for (const term of Object.values(p.terms?.OnDemand ?? {})) {
    for (const dim of Object.values(term.priceDimensions ?? {})) {
      const raw = dim.pricePerUnit?.USD;
      const usd = raw === undefined ? NaN : Number(raw);
      if (Number.isFinite(usd)) out.push({ usd, unit: dim.unit ?? "", description: dim.description ?? "" });
    }
  }
  return out;
}

/** "8 GiB", "0.5 GiB", "1,952 GiB" -> GiB; undefined when AWS says "NA". */
export function parseMemoryGiB(text: string | undefined): number | undefined {
  const m = /^\s*([\d,]+(?:\.\d+)?)\s*GiB\s*$/i.exec(text ?? "");
  return m === null ? undefined : Number(m[1]!.replace(/,/g, ""));
}

function archOf(attrs: Readonly<Record<string, string>>): "x86_64" | "arm64" {
  const text = `${attrs.physicalProcessor ?? ""} ${attrs.processorArchitecture ?? ""}`;
  return /graviton|arm/i.test(text) ? "arm64" : "x86_64";
}

export type Ec2ParseOutcome =
  | { readonly ok: true; readonly entry: Ec2InstancePrice; readonly regionCode: string }
  | { readonly ok: false; readonly instanceType?: string; readonly reason: string };

const EC2_EXPECTED: Readonly<Record<string, string>> = {
  operatingSystem: "Linux",
  tenancy: "Shared",
  preInstalledSw: "NA",
  capacitystatus: "Used",
  marketoption: "OnDemand",
};

/**
 * One EC2 product document to a snapshot entry. Documents that the filters should have excluded
 * are refused rather than trusted, so a loosened filter can never mix Windows or dedicated-host
 * prices into the snapshot.
 */
export function ec2EntryFromPriceList(item: string | object, asOf: string): Ec2ParseOutcome {
  const p = parsePriceListItem(item);
  const a = p.product.attributes;
  const instanceType = a.instanceType;
  if (instanceType === undefined) return { ok: false, reason: "no instanceType attribute" };
  for (const [field, want] of Object.entries(EC2_EXPECTED)) {
    // marketoption is absent from some older documents; the rest must match.
    if (a[field] === undefined && field === "marketoption") continue;
    if (a[field] !== want) return { ok: false, instanceType, reason: `${field} is ${a[field] ?? "missing"}, not ${want}` };
  }
  const vcpu = Number(a.vcpu);
  const memoryGiB = parseMemoryGiB(a.memory);
  if (!(vcpu > 0) || memoryGiB === undefined || !(memoryGiB > 0)) {
    return { ok: false, instanceType, reason: `unreadable vcpu "${a.vcpu}" or memory "${a.memory}"` };
  }
  const hourly = onDemandPrices(p).filter((d) => /^hrs?$/i.test(d.unit));
  const distinct = [...new Set(hourly.map((d) => d.usd))];
  if (distinct.length !== 1) {
    return { ok: false, instanceType, reason: distinct.length === 0 ? "no on-demand hourly USD price" : `several hourly prices (${distinct.join(", ")})` };
  }
  const hourlyUsd = distinct[0]!;
  if (!(hourlyUsd > 0)) return { ok: false, instanceType, reason: "hourly price is 0" };
  return {
    ok: true,
    regionCode: a.regionCode ?? "",
    entry: { instanceType, vcpu, memoryGiB, arch: archOf(a), hourlyUsd, source: AWS_PRICE_LIST_SOURCE, asOf },
  };
}

export interface Ec2Collection {
  readonly entries: Readonly<Record<string, Ec2InstancePrice>>;
  readonly skipped: readonly { readonly instanceType?: string; readonly reason: string }[];
}

/** All items of one region's pages; keeps only `wanted` types when given. */
export function collectEc2Prices(
  items: Iterable<string | object>, regionCode: string, asOf: string, wanted?: ReadonlySet<string>,
): Ec2Collection {
  const entries: Record<string, Ec2InstancePrice> = {};
  const skipped: { instanceType?: string; reason: string }[] = [];
  for (const item of items) {
    const r = ec2EntryFromPriceList(item, asOf);
    if (!r.ok) {
      if (r.instanceType === undefined || wanted === undefined || wanted.has(r.instanceType)) skipped.push(r);
      continue;
    }
    if (wanted !== undefined && !wanted.has(r.entry.instanceType)) continue;
    if (r.regionCode !== regionCode) {
      skipped.push({ instanceType: r.entry.instanceType, reason: `regionCode is ${r.regionCode}, not ${regionCode}` });
      continue;
    }
    const prior = entries[r.entry.instanceType];
    if (prior !== undefined && prior.hourlyUsd !== r.entry.hourlyUsd) {
      skipped.push({ instanceType: r.entry.instanceType, reason: `two products disagree (${prior.hourlyUsd} and ${r.entry.hourlyUsd}); kept the first` });
      continue;
    }
    entries[r.entry.instanceType] = r.entry;
  }
  return { entries, skipped };
}

export interface EksControlPlanePrices {
  readonly controlPlaneStandard?: PricedValue;
  readonly controlPlaneExtended?: PricedValue;
}

/**
 * EKS control-plane prices from AmazonEKS products. The cluster-hour SKUs are told apart by their
 * usagetype (`USE1-AmazonEKS-Hours:perCluster` standard, `...:extendedSupport` extended);
 * Fargate, Auto Mode, hybrid-node and provisioned-tier SKUs are ignored.
 */
export function parseEksControlPlane(items: Iterable<string | object>, regionCode: string, asOf: string): EksControlPlanePrices {
  let standard: number | undefined;
  let extended: number | undefined;
  for (const item of items) {
    const p = parsePriceListItem(item);
    const a = p.product.attributes;
    if (a.regionCode !== undefined && a.regionCode !== regionCode) continue;
    const usage = a.usagetype ?? "";
    const kind = /AmazonEKS-Hours:perCluster$/i.test(usage) ? "standard"
      : /AmazonEKS-Hours:extendedSupport$/i.test(usage) ? "extended" : undefined;
    if (kind === undefined) continue;
    const hourly = onDemandPrices(p).find((d) => /^(hrs?|hours)$/i.test(d.unit) && d.usd > 0);
    if (hourly === undefined) continue;
    if (kind === "standard") standard = hourly.usd;
    else extended = hourly.usd;
  }
  const priced = (value: number): PricedValue =>
    ({ value, currency: "USD", unit: "cluster-hour", source: AWS_PRICE_LIST_SOURCE, asOf });
  return {
    ...(standard === undefined ? {} : { controlPlaneStandard: priced(standard) }),
    ...(extended === undefined ? {} : { controlPlaneExtended: priced(extended) }),
  };
}

/** A regional line item the Price List API has besides instance hours: what to ask for and how to read it. */
export interface RegionalQuery {
  readonly key: "gp3" | "nlb" | "alb" | "natGatewayHourly" | "natGatewayPerGb";
  readonly serviceCode: "AmazonEC2" | "AWSELB";
  readonly filters: readonly PriceListFilter[];
  /** The price dimension's unit (`GB-Mo`, `Hrs`, `GB`). */
  readonly unit: RegExp;
  /** The product's usagetype, to tell hours from bytes and capacity units. */
  readonly usage: RegExp;
  readonly snapshotUnit: string;
}

/** gp3 storage, NLB and ALB hours, NAT gateway hours and data: the regional lines the estimate uses. */
export function regionalQueries(regionCode: string): RegionalQuery[] {
  const f = (Field: string, Value: string): PriceListFilter => ({ Type: "TERM_MATCH", Field, Value });
  const region = f("regionCode", regionCode);
  return [
    { key: "gp3", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "Storage"), f("volumeApiName", "gp3")], unit: /^GB-Mo$/i, usage: /VolumeUsage\.gp3$/i, snapshotUnit: "GB-month" },
    { key: "nlb", serviceCode: "AWSELB", filters: [region, f("productFamily", "Load Balancer-Network")], unit: /^hrs?$/i, usage: /LoadBalancerUsage$/i, snapshotUnit: "hour (plus NLCUs, not modelled)" },
    { key: "alb", serviceCode: "AWSELB", filters: [region, f("productFamily", "Load Balancer-Application")], unit: /^hrs?$/i, usage: /LoadBalancerUsage$/i, snapshotUnit: "hour (plus LCUs, not modelled)" },
    { key: "natGatewayHourly", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "NAT Gateway")], unit: /^hrs?$/i, usage: /NatGateway-Hours$/i, snapshotUnit: "hour" },
    { key: "natGatewayPerGb", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "NAT Gateway")], unit: /^GB$/i, usage: /NatGateway-Bytes$/i, snapshotUnit: "GB processed" },
  ];
}

/** The one on-demand USD price of a query's products, or undefined when none (or several that disagree). */
export function parseRegionalPrice(items: Iterable<string | object>, q: RegionalQuery, regionCode: string, asOf: string): PricedValue | undefined {
  const found = new Set<number>();
  for (const item of items) {
    const p = parsePriceListItem(item);
    const a = p.product.attributes;
    if (a.regionCode !== undefined && a.regionCode !== regionCode) continue;
    if (!q.usage.test(a.usagetype ?? "")) continue;
    for (const d of onDemandPrices(p)) if (q.unit.test(d.unit) && d.usd > 0) found.add(d.usd);
  }
  if (found.size !== 1) return undefined;
  return { value: [...found][0]!, currency: "USD", unit: q.snapshotUnit, source: AWS_PRICE_LIST_SOURCE, asOf };
}
