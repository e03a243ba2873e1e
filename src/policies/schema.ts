// The schema every policies/*.yaml file must satisfy.
export const policyFileSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "severity", "target", "schema", "message", "remediation", "examples"],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$" },
    title: { type: "string", minLength: 5 },
    description: { type: "string" },
    severity: { enum: ["error", "warning", "info"] },
    target: { enum: ["container", "workload", "object"] },
    kinds: { type: "array", items: { type: "string" }, minItems: 1 },
    optIn: { type: "boolean" },
    options: { type: "object", description: "option name -> default value; `${name}` strings in schema are replaced" },
    schema: { type: "object" },
    message: { type: "string", minLength: 5 },
    remediation: { type: "string", minLength: 5 },
    examples: {
      type: "object",
      additionalProperties: false,
      required: ["pass", "fail"],
      properties: {
        pass: { type: "array", minItems: 1, items: { type: "string" } },
        fail: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["manifest", "lines"],
            properties: {
              manifest: { type: "string" },
              lines: { type: "array", items: { type: "integer", minimum: 1 }, minItems: 1 },
              options: { type: "object" },
            },
          },
        },
      },
    },
  },
} as const;

export interface PolicyFile {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly severity: "error" | "warning" | "info";
  readonly target: "container" | "workload" | "object";
  readonly kinds?: readonly string[];
  readonly optIn?: boolean;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly schema: Readonly<Record<string, unknown>>;
  readonly message: string;
  readonly remediation: string;
  readonly examples: {
    readonly pass: readonly string[];
    readonly fail: readonly { readonly manifest: string; readonly lines: readonly number[]; readonly options?: Readonly<Record<string, unknown>> }[];
  };
}
