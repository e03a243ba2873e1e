/**
 * JSON Schema for price snapshot files (`--prices <file>`, `tollgate prices refresh` output) and
 * validation whose errors name the field a person has to fix.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { newAjv } from "../../core/ajv.js";
import { splitPointer, valueAt } from "../../core/types.js";
import type { PriceSnapshotFile } from "./types.js";

const isoDate = { type: "string", pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" } as const;
const provenance = {
  source: { type: "string", minLength: 1 },
  asOf: isoDate,
} as const;
const nonNegative = { type: "number", minimum: 0 } as const;
const positive = { type: "number", exclusiveMinimum: 0 } as const;

const pricedValue = {
  type: "object",
  additionalProperties: false,
  required: ["value", "currency", "unit", "source", "asOf"],
  properties: {
    value: nonNegative,
    currency: { enum: ["USD", "EUR"] },
    unit: { type: "string", minLength: 1 },
    ...provenance,
  },
} as const;

const ec2InstancePrice = {
  type: "object",
  additionalProperties: false,
  required: ["instanceType", "vcpu", "memoryGiB", "arch", "hourlyUsd", "source", "asOf"],
  properties: {
    instanceType: { type: "string", pattern: "^[a-z0-9-]+\\.[a-z0-9-]+$" },
    vcpu: positive,
    memoryGiB: positive,
    arch: { enum: ["x86_64", "arm64"] },
    hourlyUsd: positive,
    gpus: { type: "integer", minimum: 0 },
    gpuModel: { type: "string", minLength: 1 },
    ...provenance,
  },
} as const;

const awsRegionPrices = {
  type: "object",
  additionalProperties: false,
  required: ["ec2"],
  properties: {
    ec2: { type: "object", additionalProperties: ec2InstancePrice },
    gp3: pricedValue,
    gp2: pricedValue,
    io1: pricedValue,
    io2: pricedValue,
    st1: pricedValue,
    sc1: pricedValue,
    efs: pricedValue,
    alb: pricedValue,
    nlb: pricedValue,
    natGatewayHourly: pricedValue,
    natGatewayPerGb: pricedValue,
  },
} as const;

const hetznerServer = {
  type: "object",
  additionalProperties: false,
  required: ["name", "vcpu", "memoryGiB", "arch", "monthlyEur", "priceHistory", "source", "asOf"],
  properties: {
    name: { type: "string", minLength: 1 },
    vcpu: positive,
    memoryGiB: positive,
    arch: { enum: ["x86_64", "arm64"] },
    monthlyEur: positive,
    priceHistory: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["effectiveFrom", "appliesTo", "monthlyEur"],
        properties: {
          effectiveFrom: isoDate,
          appliesTo: { enum: ["existing servers", "new orders"] },
          monthlyEur: positive,
        },
      },
    },
    ...provenance,
  },
} as const;

export const PRICE_SNAPSHOT_SCHEMA = {
  $id: "https://tollgate.dev/schemas/price-snapshot-v1.json",
  type: "object",
  additionalProperties: false,
  required: ["schemaVersion", "snapshotDate"],
  properties: {
    schemaVersion: { const: 1 },
    snapshotDate: isoDate,
    hoursPerMonth: { const: 730 },
    aws: {
      type: "object",
      additionalProperties: false,
      properties: {
        eks: {
          type: "object",
          additionalProperties: false,
          properties: { controlPlaneStandard: pricedValue, controlPlaneExtended: pricedValue },
        },
        publicIpv4: pricedValue,
        regions: {
          type: "object",
          propertyNames: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
          additionalProperties: awsRegionPrices,
        },
      },
    },
    gke: {
      type: "object",
      additionalProperties: false,
      required: ["clusterFee", "monthlyCredit"],
      properties: { clusterFee: pricedValue, monthlyCredit: pricedValue },
    },
    hetzner: {
      type: "object",
      additionalProperties: false,
      properties: {
        servers: { type: "object", additionalProperties: hetznerServer },
        volume: pricedValue,
        primaryIpv4: pricedValue,
        loadBalancers: { type: "object", additionalProperties: pricedValue },
      },
    },
    exchangeRates: {
      type: "object",
      additionalProperties: false,
      required: ["EURUSD"],
      properties: {
        EURUSD: {
          type: "object",
          additionalProperties: false,
          required: ["from", "to", "rate", "source", "asOf"],
          properties: { from: { const: "EUR" }, to: { const: "USD" }, rate: positive, ...provenance },
        },
      },
    },
    notes: { type: "array", items: { type: "string" } },
  },
} as const;

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  // Compiled on first use: the CLI's other commands should not pay for it.
  compiled ??= newAjv({ allErrors: true, strict: true }).compile(PRICE_SNAPSHOT_SCHEMA);
  return compiled;
}

export type SnapshotValidation =
  | { readonly valid: true; readonly snapshot: PriceSnapshotFile; readonly errors: readonly [] }
  | { readonly valid: false; readonly errors: readonly string[] };

/** Checks a parsed snapshot file; every error starts with the file name and names the field. */
export function validateSnapshot(data: unknown, fileName: string): SnapshotValidation {
  const validate = validator();
  const errors: string[] = [];
  if (!validate(data)) {
    for (const e of validate.errors ?? []) errors.push(`${fileName}: ${describeError(e, data)}`);
  } else {
    errors.push(...keyMismatches(data as PriceSnapshotFile).map((m) => `${fileName}: ${m}`));
  }
  // ajv repeats an error once per failing branch; a person needs each one once.
  const unique = [...new Set(errors)];
  return unique.length === 0
    ? { valid: true, snapshot: data as PriceSnapshotFile, errors: [] }
    : { valid: false, errors: unique };
}

/** Record keys must agree with the entry they hold, or lookups would silently miss. */
function keyMismatches(s: PriceSnapshotFile): string[] {
  const out: string[] = [];
  for (const [region, prices] of Object.entries(s.aws?.regions ?? {})) {
    for (const [key, entry] of Object.entries(prices.ec2)) {
      if (entry.instanceType !== key) {
        out.push(`${fieldPath(["aws", "regions", region, "ec2", key, "instanceType"])} is "${entry.instanceType}" but the entry is keyed "${key}"`);
      }
    }
  }
  for (const [key, server] of Object.entries(s.hetzner?.servers ?? {})) {
    if (server.name !== key) {
      out.push(`${fieldPath(["hetzner", "servers", key, "name"])} is "${server.name}" but the entry is keyed "${key}"`);
    }
  }
  return out;
}

function describeError(e: ErrorObject, data: unknown): string {
  const segments = splitPointer(e.instancePath);
  const here = segments.length === 0 ? "the top level" : fieldPath(segments);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return `${fieldPath([...segments, String(params.missingProperty)])} is required`;
    case "additionalProperties":
      return `${here} has an unknown field "${String(params.additionalProperty)}"`;
    case "propertyNames":
      return `${here} has an invalid key "${String(params.propertyName)}"`;
    case "enum":
      return `${here} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")} (got ${show(valueAt(data, segments))})`;
    case "const":
      return `${here} must be ${JSON.stringify(params.allowedValue)} (got ${show(valueAt(data, segments))})`;
    case "type":
      return `${here} must be ${article(String(params.type))} (got ${show(valueAt(data, segments))})`;
    case "pattern": {
      const expected = /date|asOf|effectiveFrom/i.test(segments.at(-1) ?? "")
        ? "a date as YYYY-MM-DD or YYYY-MM"
        : `text matching ${String(params.pattern)}`;
      return `${here} must be ${expected} (got ${show(valueAt(data, segments))})`;
    }
    case "minimum":
    case "exclusiveMinimum":
      return `${here} must be ${e.keyword === "minimum" ? ">=" : ">"} ${String(params.limit)} (got ${show(valueAt(data, segments))})`;
    default:
      return `${here} ${e.message ?? "is invalid"}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function show(v: unknown): string {
  if (v === undefined) return "nothing";
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** `aws.regions["us-east-1"].ec2["m5.large"].hourlyUsd` — how a person would write the path. */
export function fieldPath(segments: readonly string[]): string {
  let out = "";
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
