/**
 * Shapes of the price data tollgate carries: plain, JSON-serializable and readonly, so the
 * embedded snapshot, a refreshed file and the cost report's `prices` block are the same data.
 */

/** An ISO calendar date (`2026-11-22`) or month (`2026-11`) when only the month is known. */
export type IsoDate = string;

/** Where a figure comes from and when it was true. Every price carries one. */
export interface Provenance {
  /** A URL, a repository file, or "AWS Price List API". */
  readonly source: string;
  readonly asOf: IsoDate;
}

/** A single price with its unit spelled out, e.g. `{ value: 0.08, currency: "USD", unit: "GB-month" }`. */
export interface PricedValue extends Provenance {
  readonly value: number;
  readonly currency: "USD" | "EUR";
  readonly unit: string;
}

export interface Ec2InstancePrice extends Provenance {
  readonly instanceType: string;
  readonly vcpu: number;
  /** Memory as AWS lists it, in GiB. */
  readonly memoryGiB: number;
  readonly arch: "x86_64" | "arm64";
  /** On-demand, Linux, shared tenancy, no pre-installed software. */
  readonly hourlyUsd: number;
  /** GPUs (nvidia.com/gpu) the type carries; absent or 0 for none. */
  readonly gpus?: number;
  readonly gpuModel?: string;
}

export interface AwsRegionPrices {
  readonly ec2: Readonly<Record<string, Ec2InstancePrice>>;
  readonly gp3?: PricedValue;
  readonly gp2?: PricedValue;
  readonly io1?: PricedValue;
  readonly io2?: PricedValue;
  readonly st1?: PricedValue;
  readonly sc1?: PricedValue;
  /** EFS Standard storage. */
  readonly efs?: PricedValue;
  readonly alb?: PricedValue;
  readonly nlb?: PricedValue;
  readonly natGatewayHourly?: PricedValue;
  readonly natGatewayPerGb?: PricedValue;
}

export interface AwsPrices {
  readonly eks?: {
    readonly controlPlaneStandard?: PricedValue;
    readonly controlPlaneExtended?: PricedValue;
  };
  /** Public IPv4 is one global price. */
  readonly publicIpv4?: PricedValue;
  readonly regions?: Readonly<Record<string, AwsRegionPrices>>;
}

export interface GkePrices {
  readonly clusterFee: PricedValue;
  /** Monthly credit per billing account (one zonal or Autopilot cluster free). */
  readonly monthlyCredit: PricedValue;
}

/** One dated list price of a Hetzner server, and to whom it applies. */
export interface HetznerPricePoint {
  readonly effectiveFrom: IsoDate;
  readonly appliesTo: "existing servers" | "new orders";
  readonly monthlyEur: number;
}

export interface HetznerServerPrice extends Provenance {
  readonly name: string;
  readonly vcpu: number;
  /** Hetzner lists "GB"; treated as GiB (see capacity assumptions). */
  readonly memoryGiB: number;
  readonly arch: "x86_64" | "arm64";
  /** EUR per month excluding VAT: the new-order price, which is the default tollgate uses. */
  readonly monthlyEur: number;
  readonly priceHistory: readonly HetznerPricePoint[];
}

export interface HetznerPrices {
  readonly servers?: Readonly<Record<string, HetznerServerPrice>>;
  readonly volume?: PricedValue;
  readonly primaryIpv4?: PricedValue;
  readonly loadBalancers?: Readonly<Record<string, PricedValue>>;
}

export interface ExchangeRate extends Provenance {
  /** USD per 1 unit of `from`. */
  readonly rate: number;
  readonly from: "EUR";
  readonly to: "USD";
}

/** A complete price snapshot: what tollgate embeds and what cost reports cite. */
export interface PriceSnapshot {
  readonly schemaVersion: 1;
  readonly snapshotDate: IsoDate;
  readonly hoursPerMonth: 730;
  readonly aws: AwsPrices;
  readonly gke: GkePrices;
  readonly hetzner: HetznerPrices;
  readonly exchangeRates: { readonly EURUSD: ExchangeRate };
  /** Human-readable caveats, including everything left out because it could not be verified. */
  readonly notes: readonly string[];
}

/**
 * A snapshot file as `--prices <file>` reads it: every section optional, so a refresh can write
 * only the AWS part and {@link mergeSnapshot} lays it over the embedded snapshot.
 */
export interface PriceSnapshotFile {
  readonly schemaVersion: 1;
  readonly snapshotDate: IsoDate;
  readonly hoursPerMonth?: 730;
  readonly aws?: AwsPrices;
  readonly gke?: GkePrices;
  readonly hetzner?: HetznerPrices;
  readonly exchangeRates?: { readonly EURUSD: ExchangeRate };
  readonly notes?: readonly string[];
}
