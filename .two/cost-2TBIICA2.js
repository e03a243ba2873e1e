import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  boundHeapGrowth,
  openSession,
  requireManifests,
  writeOutput
} from "./chunk-IYICFJNK.js";
import {
  unitRun
} from "./chunk-YOIGH54F.js";
import "./chunk-YCBVLEXS.js";
import "./chunk-UFZTD2B2.js";
import {
  costForUnits,
  costUnitsJson,
  formatCostUnits
} from "./chunk-L7LQOFIY.js";
import {
  fileRunContext,
  loadConfigFile
} from "./chunk-MN2HLCWA.js";
import {
  newAjv
} from "./chunk-D7ZPSO3Y.js";
import {
  UsageError
} from "./chunk-IPQB3CPI.js";
import {
  require_node_fs
} from "./chunk-4IRK2B2X.js";
import "./chunk-RS3UKRK3.js";
import {
  splitPointer,
  valueAt
} from "./chunk-Q5AAYJWF.js";
import {
  EMBEDDED_SNAPSHOT
} from "./chunk-C6Q7PKR2.js";
import "./chunk-UEKSHHOG.js";
import {
  __toESM
} from "./chunk-HMYCOVW3.js";

// src/cli/cost.ts
var import_node_fs = __toESM(require_node_fs(), 1);

// src/cost/prices/merge.ts
function mergeSnapshot(embedded, override) {
  return {
    schemaVersion: 1,
    // The newer date describes the merged data; each price keeps its own asOf regardless.
    snapshotDate: override.snapshotDate > embedded.snapshotDate ? override.snapshotDate : embedded.snapshotDate,
    hoursPerMonth: 730,
    aws: override.aws === void 0 ? embedded.aws : mergeAws(embedded.aws, override.aws),
    gke: override.gke ?? embedded.gke,
    hetzner: override.hetzner === void 0 ? embedded.hetzner : mergeHetzner(embedded.hetzner, override.hetzner),
    exchangeRates: override.exchangeRates ?? embedded.exchangeRates,
    notes: [
      ...embedded.notes,
      ...override.notes ?? [],
      `Prices from a snapshot file dated ${override.snapshotDate} replace the embedded ${embedded.snapshotDate} prices where it has them.`
    ]
  };
}
function mergeAws(base, over) {
  const regions = { ...base.regions };
  for (const [name, region] of Object.entries(over.regions ?? {})) {
    const old = regions[name];
    regions[name] = old === void 0 ? region : { ...old, ...region, ec2: { ...old.ec2, ...region.ec2 } };
  }
  const eks = base.eks === void 0 && over.eks === void 0 ? void 0 : { ...base.eks, ...over.eks };
  const publicIpv4 = over.publicIpv4 ?? base.publicIpv4;
  return {
    ...eks === void 0 ? {} : { eks },
    ...publicIpv4 === void 0 ? {} : { publicIpv4 },
    regions
  };
}
function mergeHetzner(base, over) {
  return {
    ...base,
    ...over,
    servers: { ...base.servers, ...over.servers },
    loadBalancers: { ...base.loadBalancers, ...over.loadBalancers }
  };
}

// src/cost/prices/schema.ts
var isoDate = { type: "string", pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" };
var provenance = {
  source: { type: "string", minLength: 1 },
  asOf: isoDate
};
var nonNegative = { type: "number", minimum: 0 };
var positive = { type: "number", exclusiveMinimum: 0 };
var pricedValue = {
  type: "object",
  additionalProperties: false,
  required: ["value", "currency", "unit", "source", "asOf"],
  properties: {
    value: nonNegative,
    currency: { enum: ["USD", "EUR"] },
    unit: { type: "string", minLength: 1 },
    ...provenance
  }
};
var ec2InstancePrice = {
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
    ...provenance
  }
};
var awsRegionPrices = {
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
    natGatewayPerGb: pricedValue
  }
};
var hetznerServer = {
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
          monthlyEur: positive
        }
      }
    },
    ...provenance
  }
};
var PRICE_SNAPSHOT_SCHEMA = {
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
          properties: { controlPlaneStandard: pricedValue, controlPlaneExtended: pricedValue }
        },
        publicIpv4: pricedValue,
        regions: {
          type: "object",
          propertyNames: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
          additionalProperties: awsRegionPrices
        }
      }
    },
    gke: {
      type: "object",
      additionalProperties: false,
      required: ["clusterFee", "monthlyCredit"],
      properties: { clusterFee: pricedValue, monthlyCredit: pricedValue }
    },
    hetzner: {
      type: "object",
      additionalProperties: false,
      properties: {
        servers: { type: "object", additionalProperties: hetznerServer },
        volume: pricedValue,
        primaryIpv4: pricedValue,
        loadBalancers: { type: "object", additionalProperties: pricedValue }
      }
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
          properties: { from: { const: "EUR" }, to: { const: "USD" }, rate: positive, ...provenance }
        }
      }
    },
    notes: { type: "array", items: { type: "string" } }
  }
};
var compiled;
function validator() {
  compiled ??= newAjv({ allErrors: true, strict: true }).compile(PRICE_SNAPSHOT_SCHEMA);
  return compiled;
}
function validateSnapshot(data, fileName) {
  const validate = validator();
  const errors = [];
  if (!validate(data)) {
    for (const e of validate.errors ?? []) errors.push(`${fileName}: ${describeError(e, data)}`);
  } else {
    errors.push(...keyMismatches(data).map((m) => `${fileName}: ${m}`));
  }
  const unique = [...new Set(errors)];
  return unique.length === 0 ? { valid: true, snapshot: data, errors: [] } : { valid: false, errors: unique };
}
function keyMismatches(s) {
  const out = [];
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
function describeError(e, data) {
  const segments = splitPointer(e.instancePath);
  const here = segments.length === 0 ? "the top level" : fieldPath(segments);
  const params = e.params;
  switch (e.keyword) {
    case "required":
      return `${fieldPath([...segments, String(params.missingProperty)])} is required`;
    case "additionalProperties":
      return `${here} has an unknown field "${String(params.additionalProperty)}"`;
    case "propertyNames":
      return `${here} has an invalid key "${String(params.propertyName)}"`;
    case "enum":
      return `${here} must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")} (got ${show(valueAt(data, segments))})`;
    case "const":
      return `${here} must be ${JSON.stringify(params.allowedValue)} (got ${show(valueAt(data, segments))})`;
    case "type":
      return `${here} must be ${article(String(params.type))} (got ${show(valueAt(data, segments))})`;
    case "pattern": {
      const expected = /date|asOf|effectiveFrom/i.test(segments.at(-1) ?? "") ? "a date as YYYY-MM-DD or YYYY-MM" : `text matching ${String(params.pattern)}`;
      return `${here} must be ${expected} (got ${show(valueAt(data, segments))})`;
    }
    case "minimum":
    case "exclusiveMinimum":
      return `${here} must be ${e.keyword === "minimum" ? ">=" : ">"} ${String(params.limit)} (got ${show(valueAt(data, segments))})`;
    default:
      return `${here} ${e.message ?? "is invalid"}`;
  }
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function show(v) {
  if (v === void 0) return "nothing";
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function fieldPath(segments) {
  let out = "";
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

// src/cli/cost.ts
var PLATFORMS = ["eks", "k3s"];
function parsePlatforms(text) {
  if (text === void 0) return void 0;
  const list = text.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
  const bad = list.filter((p) => !PLATFORMS.includes(p));
  if (bad.length > 0 || list.length === 0) {
    throw new UsageError(`--platform ${text}: expected a comma-separated list of ${PLATFORMS.join(", ")}${bad.includes("gke") ? " (GKE node prices are not in the snapshot yet)" : ""}`);
  }
  return [...new Set(list)];
}
function loadPrices(file) {
  if (file === void 0) return EMBEDDED_SNAPSHOT;
  let data;
  try {
    data = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
  } catch (e) {
    throw new UsageError(`--prices ${file}: ${e.code === "ENOENT" ? "file not found" : `not valid JSON (${e.message})`}`);
  }
  const v = validateSnapshot(data, file);
  if (!v.valid) throw new UsageError(`--prices ${file} is not a valid price snapshot:
  ${v.errors.join("\n  ")}`);
  return mergeSnapshot(EMBEDDED_SNAPSHOT, v.snapshot);
}
async function runCost(paths, opts) {
  boundHeapGrowth(process.execArgv, process.env.NODE_OPTIONS);
  const cwd = process.cwd();
  const { config, file: configFile } = loadConfigFile(opts.config, cwd, paths[0]);
  const context = fileRunContext(config, configFile, cwd);
  const platforms = parsePlatforms(opts.platform);
  const options = {
    prices: loadPrices(opts.prices),
    ...platforms ? { platforms } : {},
    ...opts.region ? { region: opts.region } : {}
  };
  const session = await openSession({ paths, cwd, config, ...configFile ? { configFile } : {}, context, ...opts.base ? { base: opts.base } : {}, stdin: () => (0, import_node_fs.readFileSync)(0, "utf8") });
  try {
    requireManifests({ files: session.headFiles, problems: session.problems }, paths, opts.allowEmpty);
    for (const m of session.messages) process.stderr.write(m + "\n");
    for (const p of session.problems) process.stderr.write(`tollgate: ${p.message}
`);
    for (const u of session.head.units) for (const n of u.notes) process.stderr.write(`tollgate: ${n.message}
`);
    const baseByName = new Map((session.base?.units ?? []).map((u) => [u.name, u]));
    const units = session.head.units.map((unit) => ({ unit, run: unitRun(unit, context, baseByName.get(unit.name) ?? (session.base ? emptyUnit(unit) : void 0)) }));
    for (const b of session.base?.units ?? []) {
      if (!session.head.units.some((u) => u.name === b.name)) units.push({ unit: b, run: unitRun(emptyUnit(b), context, b) });
    }
    const reports = costForUnits(units, config, options, "cost");
    if (reports.length === 0) {
      if (!opts.allowEmpty) throw new UsageError(`no Kubernetes objects to estimate under ${paths.join(", ")}`);
      const none = opts.format === "json" ? `${JSON.stringify({ units: [] })}
` : `No Kubernetes objects under ${paths.join(", ")}: nothing to estimate.
`;
      if (opts.output) writeOutput(opts.output, none);
      else process.stdout.write(none);
      return 0;
    }
    const out = opts.format === "json" ? JSON.stringify(costUnitsJson(reports), null, 2) + "\n" : await formatCostUnits(reports, opts.format);
    if (opts.output) writeOutput(opts.output, out);
    else process.stdout.write(out);
    return 0;
  } finally {
    session.dispose();
  }
}
function emptyUnit(u) {
  return { ...u, documents: [], problems: [], notes: [], fileCount: 0 };
}
export {
  loadPrices,
  parsePlatforms,
  runCost
};
