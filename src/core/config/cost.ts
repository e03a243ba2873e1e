// Config section `cost:`: platforms, region, node pools, defaults for missing requests, budgets and
// the thresholds of cost/increase. Validated by ajv at the edge; resolveCostConfig fills defaults.
const quantity = { anyOf: [{ type: "string", minLength: 1 }, { type: "number", minimum: 0 }] };
const money = { type: "number", minimum: 0 };
const platform = { enum: ["eks", "k3s"] };

export const costSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    platforms: { type: "array", minItems: 1, uniqueItems: true, items: platform },
    region: { type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
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
        servers: { enum: [1, 3] },
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
  readonly eks: {
    readonly instanceTypes?: readonly string[];
    readonly controlPlane: "standard" | "extended";
    readonly natGateways: number;
    readonly natGigabytesPerMonth: number;
    readonly availabilityZones: number;
  };
  readonly k3s: {
    readonly servers: 1 | 3;
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
  eks: { controlPlane: "standard", natGateways: 0, natGigabytesPerMonth: 0, availabilityZones: 2 },
  k3s: { servers: 1, serverType: "CX23", hetznerPrices: "new-orders" },
  budgets: [],
  increase: { absolute: 50, percent: 10 },
};
