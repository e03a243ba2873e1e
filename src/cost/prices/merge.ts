/**
 * Lays a snapshot file (typically a refreshed AWS part) over the embedded snapshot. The override
 * replaces only what it covers: one EC2 instance type, one region line item, one Hetzner server
 * at a time, so a refresh of us-west-2 never drops the embedded us-east-1 prices.
 */
import type { AwsPrices, AwsRegionPrices, HetznerPrices, PriceSnapshot, PriceSnapshotFile } from "./types.js";

export function mergeSnapshot(embedded: PriceSnapshot, override: PriceSnapshotFile): PriceSnapshot {
  return {
    schemaVersion: 1,
    // The newer date describes the merged data; each price keeps its own asOf regardless.
    snapshotDate: override.snapshotDate > embedded.snapshotDate ? override.snapshotDate : embedded.snapshotDate,
    hoursPerMonth: 730,
    aws: override.aws === undefined ? embedded.aws : mergeAws(embedded.aws, override.aws),
    gke: override.gke ?? embedded.gke,
    hetzner: override.hetzner === undefined ? embedded.hetzner : mergeHetzner(embedded.hetzner, override.hetzner),
    exchangeRates: override.exchangeRates ?? embedded.exchangeRates,
    notes: [
      ...embedded.notes,
      ...(override.notes ?? []),
      `Prices from a snapshot file dated ${override.snapshotDate} replace the embedded ${embedded.snapshotDate} prices where it has them.`,
    ],
  };
}

function mergeAws(base: AwsPrices, over: AwsPrices): AwsPrices {
  const regions: Record<string, AwsRegionPrices> = { ...base.regions };
  for (const [name, region] of Object.entries(over.regions ?? {})) {
    const old = regions[name];
    regions[name] = old === undefined ? region : { ...old, ...region, ec2: { ...old.ec2, ...region.ec2 } };
  }
  const eks = base.eks === undefined && over.eks === undefined ? undefined : { ...base.eks, ...over.eks };
  const publicIpv4 = over.publicIpv4 ?? base.publicIpv4;
  return {
    ...(eks === undefined ? {} : { eks }),
    ...(publicIpv4 === undefined ? {} : { publicIpv4 }),
    regions,
  };
}

function mergeHetzner(base: HetznerPrices, over: HetznerPrices): HetznerPrices {
  return {
    ...base,
    ...over,
    servers: { ...base.servers, ...over.servers },
    loadBalancers: { ...base.loadBalancers, ...over.loadBalancers },
  };
}
