import { readFileSync } from "node:fs";
import {
  collectEc2Prices, ec2EntryFromPriceList, ec2Filters, parseEksControlPlane, parseMemoryGiB,
  parsePriceListItem, PriceListParseError, pricingEndpointRegion,
} from "../../src/cost/prices/aws-pricelist.js";
import { mergeSnapshot } from "../../src/cost/prices/merge.js";
import { fieldPath, validateSnapshot } from "../../src/cost/prices/schema.js";
import { EMBEDDED_SNAPSHOT } from "../../src/cost/prices/snapshot.js";
import type { PriceSnapshotFile } from "../../src/cost/prices/types.js";

const fixture = (name: string): object[] =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as object[];
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("embedded snapshot", () => {
  test("is valid against its own schema and survives a JSON round trip unchanged", () => {
    const json = clone(EMBEDDED_SNAPSHOT);
    expect(json).toEqual(EMBEDDED_SNAPSHOT);
    expect(validateSnapshot(json, "embedded")).toEqual({ valid: true, snapshot: json, errors: [] });
  });

  test("every price carries a source and a date", () => {
    const walk = (x: unknown, path: string): void => {
      if (x === null || typeof x !== "object") return;
      const o = x as Record<string, unknown>;
      const isPrice = ["value", "hourlyUsd", "monthlyEur", "rate"].some((k) => typeof o[k] === "number") && !("effectiveFrom" in o);
      if (isPrice) {
        expect([path, typeof o.source, typeof o.asOf]).toEqual([path, "string", "string"]);
        expect((o.source as string).length).toBeGreaterThan(10);
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(EMBEDDED_SNAPSHOT, "snapshot");
  });

  test("agrees with every us-east-1 anchor in FACTS.md", () => {
    const ec2 = EMBEDDED_SNAPSHOT.aws.regions!["us-east-1"]!.ec2;
    const anchors: [string, number, number, number][] = [
      ["t3.medium", 2, 4, 0.0416], ["t3.large", 2, 8, 0.0832], ["t3.xlarge", 4, 16, 0.1664],
      ["m5.large", 2, 8, 0.096], ["m5.xlarge", 4, 16, 0.192], ["m6i.large", 2, 8, 0.096], ["m6i.xlarge", 4, 16, 0.192],
      ["c6i.large", 2, 4, 0.085], ["r6i.large", 2, 16, 0.126], ["m7g.large", 2, 8, 0.0816],
    ];
    for (const [t, vcpu, mem, price] of anchors) {
      expect([t, ec2[t]?.vcpu, ec2[t]?.memoryGiB, ec2[t]?.hourlyUsd]).toEqual([t, vcpu, mem, price]);
    }
    expect(EMBEDDED_SNAPSHOT.aws.eks?.controlPlaneStandard?.value).toBe(0.1);
    expect(EMBEDDED_SNAPSHOT.aws.eks?.controlPlaneExtended?.value).toBe(0.6);
    expect(EMBEDDED_SNAPSHOT.gke.monthlyCredit.value).toBe(74.4);
  });

  test("covers the requested families and sizes in us-east-1, doubling price with size", () => {
    const ec2 = EMBEDDED_SNAPSHOT.aws.regions!["us-east-1"]!.ec2;
    for (const family of ["m5", "m6i", "m7i", "c6i", "c7i", "r6i", "r7i", "m7g", "c7g", "r7g"]) {
      const [l, x, x2, x4] = ["large", "xlarge", "2xlarge", "4xlarge"].map((s) => ec2[`${family}.${s}`]!);
      expect([family, x!.hourlyUsd, x2!.hourlyUsd, x4!.hourlyUsd]).toEqual(
        [family, round(l!.hourlyUsd * 2), round(l!.hourlyUsd * 4), round(l!.hourlyUsd * 8)]);
      expect(l!.arch).toBe(family.endsWith("g") ? "arm64" : "x86_64");
    }
  });

  test("Hetzner defaults to the new-order price and keeps the 2026-04-01 price where known", () => {
    const cx23 = EMBEDDED_SNAPSHOT.hetzner.servers!.CX23!;
    expect(cx23.monthlyEur).toBe(5.49);
    expect(cx23.priceHistory).toEqual([
      { effectiveFrom: "2026-04-01", appliesTo: "existing servers", monthlyEur: 3.99 },
      { effectiveFrom: "2026-06-15", appliesTo: "new orders", monthlyEur: 5.49 },
    ]);
    for (const s of Object.values(EMBEDDED_SNAPSHOT.hetzner.servers!)) {
      expect(s.monthlyEur).toBe(s.priceHistory.find((p) => p.appliesTo === "new orders")!.monthlyEur);
    }
    expect(EMBEDDED_SNAPSHOT.notes.join("\n")).toMatch(/CPX/);
  });

  test("notes list the regions left out", () => {
    const notes = EMBEDDED_SNAPSHOT.notes.join("\n");
    for (const r of ["us-west-2", "eu-central-1", "eu-west-1", "ap-south-1"]) {
      if (EMBEDDED_SNAPSHOT.aws.regions![r] === undefined) expect(notes).toContain(r);
    }
  });
});

const round = (x: number) => Math.round(x * 1e6) / 1e6;

describe("validateSnapshot names the field to fix", () => {
  const base = (): Record<string, any> => clone(EMBEDDED_SNAPSHOT) as any;

  test.each<[string, (s: Record<string, any>) => void, string]>([
    ["wrong type", (s) => { s.aws.regions["us-east-1"].ec2["m5.large"].hourlyUsd = "0.096"; },
      'prices.json: aws.regions["us-east-1"].ec2["m5.large"].hourlyUsd must be a number (got "0.096")'],
    ["missing field", (s) => { delete s.hetzner.servers.CX23.source; },
      "prices.json: hetzner.servers.CX23.source is required"],
    ["unknown field", (s) => { s.gke.clusterFee.vaule = 1; },
      'prices.json: gke.clusterFee has an unknown field "vaule"'],
    ["bad date", (s) => { s.snapshotDate = "22.11.2026"; },
      'prices.json: snapshotDate must be a date as YYYY-MM-DD or YYYY-MM (got "22.11.2026")'],
    ["negative price", (s) => { s.aws.regions["us-east-1"].gp3.value = -1; },
      'prices.json: aws.regions["us-east-1"].gp3.value must be >= 0 (got -1)'],
    ["bad enum", (s) => { s.hetzner.servers.CAX11.arch = "aarch64"; },
      'prices.json: hetzner.servers.CAX11.arch must be one of "x86_64", "arm64" (got "aarch64")'],
    ["key mismatch", (s) => { s.aws.regions["us-east-1"].ec2["m5.large"].instanceType = "m5.xlarge"; },
      'prices.json: aws.regions["us-east-1"].ec2["m5.large"].instanceType is "m5.xlarge" but the entry is keyed "m5.large"'],
    ["wrong version", (s) => { s.schemaVersion = 2; },
      "prices.json: schemaVersion must be 1 (got 2)"],
  ])("%s", (_name, mutate, message) => {
    const s = base();
    mutate(s);
    const r = validateSnapshot(s, "prices.json");
    expect(r.valid).toBe(false);
    expect(r.errors).toContain(message);
  });

  test("a minimal file with only the AWS part is valid", () => {
    const file: PriceSnapshotFile = { schemaVersion: 1, snapshotDate: "2026-11-23", aws: { regions: { "eu-west-1": { ec2: {} } } } };
    expect(validateSnapshot(file, "f.json").valid).toBe(true);
  });

  test("not an object at all", () => {
    expect(validateSnapshot([], "f.json").errors).toEqual(["f.json: the top level must be an object (got [])"]);
  });

  test("fieldPath", () => {
    expect(fieldPath(["aws", "regions", "us-east-1", "ec2", "m5.large"])).toBe('aws.regions["us-east-1"].ec2["m5.large"]');
    expect(fieldPath(["notes", "3"])).toBe("notes[3]");
  });
});

describe("mergeSnapshot", () => {
  const refreshed: PriceSnapshotFile = {
    schemaVersion: 1,
    snapshotDate: "2026-12-01",
    aws: {
      eks: { controlPlaneStandard: { value: 0.11, currency: "USD", unit: "cluster-hour", source: "AWS Price List API", asOf: "2026-12-01" } },
      regions: {
        "us-east-1": { ec2: { "m5.large": { instanceType: "m5.large", vcpu: 2, memoryGiB: 8, arch: "x86_64", hourlyUsd: 0.1, source: "AWS Price List API", asOf: "2026-12-01" } } },
        "eu-west-1": { ec2: { "m6i.large": { instanceType: "m6i.large", vcpu: 2, memoryGiB: 8, arch: "x86_64", hourlyUsd: 0.107, source: "AWS Price List API", asOf: "2026-12-01" } } },
      },
    },
    notes: ["refreshed"],
  };

  test("replaces only what the override covers", () => {
    const m = mergeSnapshot(EMBEDDED_SNAPSHOT, refreshed);
    const east = m.aws.regions!["us-east-1"]!;
    expect(east.ec2["m5.large"]!.hourlyUsd).toBe(0.1);
    expect(east.ec2["m5.large"]!.asOf).toBe("2026-12-01");
    expect(east.ec2["m6i.large"]).toEqual(EMBEDDED_SNAPSHOT.aws.regions!["us-east-1"]!.ec2["m6i.large"]);
    expect(east.gp3).toEqual(EMBEDDED_SNAPSHOT.aws.regions!["us-east-1"]!.gp3);
    expect(m.aws.regions!["eu-west-1"]!.ec2["m6i.large"]!.hourlyUsd).toBe(0.107);
    expect(m.aws.eks!.controlPlaneStandard!.value).toBe(0.11);
    expect(m.aws.eks!.controlPlaneExtended).toEqual(EMBEDDED_SNAPSHOT.aws.eks!.controlPlaneExtended);
    expect(m.aws.publicIpv4).toEqual(EMBEDDED_SNAPSHOT.aws.publicIpv4);
    expect(m.hetzner).toBe(EMBEDDED_SNAPSHOT.hetzner);
    expect(m.gke).toBe(EMBEDDED_SNAPSHOT.gke);
    expect(m.snapshotDate).toBe("2026-12-01");
    expect(m.notes).toContain("refreshed");
    expect(m.notes.at(-1)).toMatch(/dated 2026-12-01 replace the embedded 2026-11-22 prices/);
    expect(validateSnapshot(clone(m), "merged").valid).toBe(true);
  });

  test("does not mutate the embedded snapshot", () => {
    const before = clone(EMBEDDED_SNAPSHOT);
    mergeSnapshot(EMBEDDED_SNAPSHOT, refreshed);
    expect(clone(EMBEDDED_SNAPSHOT)).toEqual(before);
  });

  test("a Hetzner override replaces single servers", () => {
    const m = mergeSnapshot(EMBEDDED_SNAPSHOT, {
      schemaVersion: 1, snapshotDate: "2026-11-01",
      hetzner: { servers: { CX23: { ...EMBEDDED_SNAPSHOT.hetzner.servers!.CX23!, monthlyEur: 6 } } },
    });
    expect(m.hetzner.servers!.CX23!.monthlyEur).toBe(6);
    expect(m.hetzner.servers!.CX33).toEqual(EMBEDDED_SNAPSHOT.hetzner.servers!.CX33);
    expect(m.hetzner.volume).toEqual(EMBEDDED_SNAPSHOT.hetzner.volume);
    expect(m.snapshotDate).toBe(EMBEDDED_SNAPSHOT.snapshotDate);
  });
});

describe("AWS Price List parsing", () => {
  const items = fixture("ec2-pricelist-eu-central-1.json");
  const bySku = (type: string) => items.find((i: any) => i.product.attributes.instanceType === type)!;

  test("a PriceList string becomes a snapshot entry", () => {
    const r = ec2EntryFromPriceList(JSON.stringify(bySku("m6i.large")), "2026-11-22");
    expect(r).toEqual({
      ok: true, regionCode: "eu-central-1",
      entry: { instanceType: "m6i.large", vcpu: 2, memoryGiB: 8, arch: "x86_64", hourlyUsd: 0.115, source: "AWS Price List API", asOf: "2026-11-22" },
    });
  });

  test("Graviton is arm64", () => {
    const r = ec2EntryFromPriceList(JSON.stringify(bySku("m7g.large")), "2026-11-22");
    expect(r.ok && r.entry.arch).toBe("arm64");
  });

  test("items the filters should have excluded are refused with the reason", () => {
    expect(ec2EntryFromPriceList(bySku("m6i.2xlarge"), "d")).toEqual({ ok: false, instanceType: "m6i.2xlarge", reason: "operatingSystem is Windows, not Linux" });
    expect(ec2EntryFromPriceList(bySku("m6i.4xlarge"), "d")).toEqual({ ok: false, instanceType: "m6i.4xlarge", reason: "capacitystatus is UnusedCapacityReservation, not Used" });
  });

  test("collectEc2Prices keeps only wanted types of the right region", () => {
    const all = collectEc2Prices(items.map((i) => JSON.stringify(i)), "eu-central-1", "d");
    expect(Object.keys(all.entries)).toContain("x2iedn.xlarge");
    expect(all.skipped.map((s) => s.instanceType)).toEqual(["m6i.2xlarge", "m6i.4xlarge"]);
    const some = collectEc2Prices(items, "eu-central-1", "d", new Set(["t3.medium"]));
    expect(Object.keys(some.entries)).toEqual(["t3.medium"]);
    expect(some.skipped).toEqual([]);
    const wrong = collectEc2Prices(items, "eu-west-1", "d", new Set(["t3.medium"]));
    expect(wrong.entries).toEqual({});
    expect(wrong.skipped).toEqual([{ instanceType: "t3.medium", reason: "regionCode is eu-central-1, not eu-west-1" }]);
  });

  test("memory text", () => {
    expect(parseMemoryGiB("8 GiB")).toBe(8);
    expect(parseMemoryGiB("0.5 GiB")).toBe(0.5);
    expect(parseMemoryGiB("1,952 GiB")).toBe(1952);
    expect(parseMemoryGiB("NA")).toBeUndefined();
  });

  test("broken items are a PriceListParseError", () => {
    expect(() => parsePriceListItem("{not json")).toThrow(PriceListParseError);
    expect(() => parsePriceListItem('{"product":{}}')).toThrow(/no product.attributes/);
  });

  test("EKS: standard and extended cluster-hours, Fargate ignored", () => {
    const eks = parseEksControlPlane(fixture("eks-pricelist-eu-central-1.json").map((i) => JSON.stringify(i)), "eu-central-1", "2026-11-22");
    expect(eks).toEqual({
      controlPlaneStandard: { value: 0.1, currency: "USD", unit: "cluster-hour", source: "AWS Price List API", asOf: "2026-11-22" },
      controlPlaneExtended: { value: 0.6, currency: "USD", unit: "cluster-hour", source: "AWS Price List API", asOf: "2026-11-22" },
    });
    expect(parseEksControlPlane(fixture("eks-pricelist-eu-central-1.json"), "us-east-1", "d")).toEqual({});
  });

  test("filters follow FACTS.md, instanceType only when asked", () => {
    expect(ec2Filters("us-east-1", "m5.large").map((f) => `${f.Field}=${f.Value}`)).toEqual([
      "regionCode=us-east-1", "instanceType=m5.large", "operatingSystem=Linux", "tenancy=Shared",
      "preInstalledSw=NA", "capacitystatus=Used", "marketoption=OnDemand",
    ]);
    expect(ec2Filters("us-east-1").every((f) => f.Type === "TERM_MATCH" && f.Field !== "instanceType")).toBe(true);
  });

  test.each([
    ["us-east-1", "us-east-1"], ["us-west-2", "us-east-1"], ["ca-central-1", "us-east-1"], ["sa-east-1", "us-east-1"],
    ["eu-central-1", "eu-central-1"], ["eu-west-1", "eu-central-1"], ["af-south-1", "eu-central-1"],
    ["me-central-1", "eu-central-1"], ["il-central-1", "eu-central-1"],
    ["ap-south-1", "ap-south-1"], ["ap-northeast-1", "ap-south-1"], ["ap-southeast-2", "ap-south-1"],
  ])("pricing endpoint for %s is %s", (region, endpoint) => {
    expect(pricingEndpointRegion(region)).toBe(endpoint);
  });
});
