// Config section `cost:`: platforms, region, node pools, defaults for missing requests, budgets and
// the thresholds of cost/increase. Validated by ajv at the edge; resolveCostConfig fills defaults.
const quantity = { anyOf: [{ type: "string", minLength: 1 }, { type: "number", minimum: 0 }] };
const money = { type: "number", minimum: 0 };
const platform = { enum: ["eks", "k3s"] };
/** What a volume of a storage class is billed as. */
export const STORAGE_KINDS = ["gp2", "gp3", "io1", "io2", "st1", "sc1", "efs", "hetzner-volume", "local-path"] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];
const nodePool = {
  type: "object",
  additionalProperties: false,
  properties: {
    families: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
    arch: { enum: ["amd64", "arm64", "any"] },
    burstable: { type: "boolean" },
    minNodes: { type: "integer", minimum: 0 },
    maxNodes: { type: "integer", minimum: 1 },
  },
};

export const costSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    platforms: { type: "array", minItems: 1, uniqueItems: true, items: platform },
    region: { type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
    currency: {
      type: "object",
      additionalProperties: false,
      properties: {
        display: { enum: ["USD", "EUR"] },
        eurUsd: { type: "number", exclusiveMinimum: 0 },
      },
    },
    nodePools: {
      type: "object",
      additionalProperties: false,
      properties: { general: nodePool, gpu: nodePool },
    },
    storageClasses: { type: "object", additionalProperties: { enum: STORAGE_KINDS } },
    allocation: {
      type: "object",
      additionalProperties: false,
      properties: { shared: { enum: ["proportional", "none"] } },
    },
    defaultRequests: {
      type: "object",
      additionalProperties: false,
      properties: { cpu: quantity, memory: quantity },
    },
    eks: {
      type: "object",
      additionalProperties: false,
      properties: {
        instanceTypes: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
        controlPlane: { enum: ["standard", "extended"] },
        natGateways: { type: "integer", minimum: 0 },
        natGigabytesPerMonth: money,
        availabilityZones: { type: "integer", minimum: 1 },
      },
    },
    k3s: {
      type: "object",
      additionalProperties: false,
      properties: {
        servers: { enum: [1, 3, "auto"] },
        haAboveAgents: { type: "integer", minimum: 0 },
        serverType: { type: "string", minLength: 1 },
        agentTypes: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
        hetznerPrices: { enum: ["new-orders", "current"] },
        loadBalancerMonthlyEur: money,
      },
    },
    budgets: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["monthly"],
        oneOf: [{ required: ["namespace"] }, { required: ["team", "namespaces"] }],
        properties: {
          namespace: { type: "string", minLength: 1 },
          team: { type: "string", minLength: 1 },
          namespaces: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
          monthly: money,
          platform,
        },
      },
    },
    increase: {
      type: "object",
      additionalProperties: false,
      properties: {
        absolute: money,
        percent: money,
        platforms: { type: "array", minItems: 1, items: platform },
      },
    },
  },
} as const;

export type CostPlatform = "eks" | "k3s";

/** Which instance types a pool of nodes may use (`cost.nodePools.general` / `.gpu`). */
export interface NodePool {
  /** Instance families (`m6i`, `c7g`, `CX`, `CAX`); undefined = every family the snapshot prices. */
  readonly families?: readonly string[];
  readonly arch: "amd64" | "arm64" | "any";
  /** Burstable types (t3, t3a, t4g) for sustained load; their CPU credits are then priced. */
  readonly burstable: boolean;
  readonly minNodes: number;
  readonly maxNodes?: number;
}

export interface CostBudget {
  readonly namespace?: string;
  readonly team?: string;
  readonly namespaces?: readonly string[];
  /** USD per month. */
  readonly monthly: number;
  readonly platform?: CostPlatform;
  /** Index in `cost.budgets`, to locate the entry. */
  readonly index: number;
}

/** The `cost:` section with every default filled in. */
export interface CostConfig {
  readonly platforms: readonly CostPlatform[];
  readonly region: string;
  /** Per container without a request (after LimitRange defaults): cores and bytes. */
  readonly defaultRequests: { readonly cpu: number; readonly memory: number };
  /** Display currency and the EUR→USD rate (default: the snapshot's). */
  readonly currency: { readonly display: "USD" | "EUR"; readonly eurUsd?: number };
  readonly nodePools: { readonly general: NodePool; readonly gpu: NodePool };
  /** StorageClass name → what its volumes are billed as; merged over the defaults. */
  readonly storageClasses: Readonly<Record<string, StorageKind>>;
  /** proportional: control plane, system and idle spread over namespaces by their cost; none: own rows. */
  readonly allocation: { readonly shared: "proportional" | "none" };
  readonly eks: {
    readonly instanceTypes?: readonly string[];
    readonly controlPlane: "standard" | "extended";
    readonly natGateways: number;
    readonly natGigabytesPerMonth: number;
    readonly availabilityZones: number;
  };
  readonly k3s: {
    /** auto: 1 server, 3 (HA, embedded etcd) once the agents exceed haAboveAgents. */
    readonly servers: 1 | 3 | "auto";
    readonly haAboveAgents: number;
    readonly serverType: string;
    readonly agentTypes?: readonly string[];
    readonly hetznerPrices: "new-orders" | "current";
    readonly loadBalancerMonthlyEur?: number;
  };
  readonly budgets: readonly CostBudget[];
  readonly increase: { readonly absolute?: number; readonly percent?: number; readonly platforms?: readonly CostPlatform[] };
}

export const DEFAULT_COST_CONFIG: CostConfig = {
  platforms: ["eks", "k3s"],
  region: "us-east-1",
  defaultRequests: { cpu: 0.1, memory: 128 * 1024 * 1024 },
  currency: { display: "USD" },
  nodePools: {
    general: { arch: "amd64", burstable: false, minNodes: 0 },
    gpu: { arch: "any", burstable: false, minNodes: 0 },
  },
  storageClasses: {
    gp2: "gp2", gp3: "gp3", io1: "io1", io2: "io2", st1: "st1", sc1: "sc1", efs: "efs", "efs-sc": "efs",
    "local-path": "local-path", "hcloud-volumes": "hetzner-volume",
  },
  allocation: { shared: "none" },
  eks: { controlPlane: "standard", natGateways: 0, natGigabytesPerMonth: 0, availabilityZones: 2 },
  k3s: { servers: "auto", haAboveAgents: 10, serverType: "CX23", hetznerPrices: "new-orders" },
  budgets: [],
  increase: { absolute: 50, percent: 10 },
};
