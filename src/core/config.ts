// .tollgate.yaml: validated with ajv; errors name the file, the line and the field.
import type { ErrorObject, ValidateFunction } from "ajv";
import { newAjv } from "./ajv.js";
import { MAX_GLOB_LENGTH } from "./glob.js";
import { splitPointer, type Severity, type SourceDocument } from "./types.js";
import { admissionSchema } from "./config/admission.js";
import { bluegreenSchema, type BlueGreenConfig } from "./config/bluegreen.js";
import { costSchema } from "./config/cost.js";
import { podSourcesSchema, type PodSourceConfig } from "./config/operators.js";
import { ownershipProblems, ownershipSchema, type OwnershipConfig } from "./config/ownership.js";
import { renderersSchema, unitsSchema, type RenderersConfig, type UnitSetting } from "./config/units.js";

export type Mode = "enforce" | "warn" | "audit";

export interface RuleSetting {
  readonly enabled?: boolean;
  readonly severity?: Severity;
  readonly options?: Readonly<Record<string, unknown>>;
  /** Admission mode for this rule (webhook only). */
  readonly mode?: Mode;
}

export interface Exemption {
  readonly rules: readonly string[];
  readonly namespace?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly container?: string;
  readonly file?: string;
  readonly reason: string;
  /** Index in the config file, for "this exemption matched nothing". */
  readonly index: number;
}

export interface Config {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly policies: readonly string[];
  readonly exemptions: readonly Exemption[];
  readonly bluegreen?: BlueGreenConfig;
  readonly namespaces?: OwnershipConfig;
  readonly cost?: Readonly<Record<string, unknown>>;
  readonly admission?: Readonly<Record<string, unknown>>;
  /** Custom resources whose operator creates pods, and where their pod labels are. */
  readonly podSources?: readonly PodSourceConfig[];
  readonly units?: readonly UnitSetting[];
  readonly renderers?: RenderersConfig;
  /** Where the config came from (for findings about the config itself). */
  readonly source?: SourceDocument;
}

export const EMPTY_CONFIG: Config = { rules: {}, policies: [], exemptions: [] };

const severity = { enum: ["error", "warning", "info"] };
const ruleSetting = {
  oneOf: [
    { enum: ["off", "on", "error", "warning", "info"] },
    {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean" },
        severity,
        options: { type: "object" },
        mode: { enum: ["enforce", "warn", "audit"] },
      },
    },
  ],
};

export const configSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    rules: { type: "object", propertyNames: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$|^[a-z0-9-]+/\\*$" }, additionalProperties: ruleSetting },
    policies: { type: "array", items: { type: "string", minLength: 1 } },
    exemptions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rules", "reason"],
        properties: {
          rules: { type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH } },
          namespace: { type: "string", maxLength: MAX_GLOB_LENGTH },
          kind: { type: "string", maxLength: MAX_GLOB_LENGTH },
          name: { type: "string", maxLength: MAX_GLOB_LENGTH },
          container: { type: "string", maxLength: MAX_GLOB_LENGTH },
          file: { type: "string", maxLength: MAX_GLOB_LENGTH },
          reason: { type: "string", minLength: 3 },
        },
      },
    },
    bluegreen: bluegreenSchema,
    namespaces: ownershipSchema,
    cost: costSchema,
    admission: admissionSchema,
    podSources: podSourcesSchema,
    units: unitsSchema,
    renderers: renderersSchema,
  },
} as const;

/** The options the config schema is compiled with, here and by the build's precompiled validator. */
export const CONFIG_AJV_OPTIONS = { allErrors: true, strict: false } as const;

let validator: ValidateFunction | undefined;

/** The build's precompiled validator (dist/validators.js), used instead of compiling the schema. */
export function usePrecompiledConfigValidator(v: ValidateFunction): void {
  validator = v;
}

export interface ConfigError {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly field: string;
}

export class ConfigInvalid extends Error {
  constructor(readonly file: string, readonly errors: readonly ConfigError[]) {
    super(
      `${file} is not a valid tollgate config:\n` +
        errors.map((e) => `  ${file}${e.line ? `:${e.line}:${e.column ?? 1}` : ""} ${e.field}: ${e.message}`).join("\n"),
    );
  }
}

/** Validates a parsed config value; throws ConfigInvalid with every problem located in the file. */
export function parseConfig(value: unknown, file: string, source?: SourceDocument): Config {
  if (value === null || value === undefined) return { ...EMPTY_CONFIG, ...(source ? { source } : {}) };
  validator ??= newAjv(CONFIG_AJV_OPTIONS).compile(configSchema);
  if (!validator(value)) {
    throw new ConfigInvalid(file, humanErrors(validator.errors ?? [], source));
  }
  const v = value as Record<string, unknown>;
  const ownership = ownershipProblems(v.namespaces as OwnershipConfig | undefined, source);
  if (ownership.length > 0) throw new ConfigInvalid(file, ownership);
  const rules: Record<string, RuleSetting> = {};
  for (const [id, s] of Object.entries((v.rules as Record<string, unknown>) ?? {})) {
    if (s === "off") rules[id] = { enabled: false };
    else if (s === "on") rules[id] = { enabled: true };
    else if (typeof s === "string") rules[id] = { enabled: true, severity: s as Severity };
    else rules[id] = s as RuleSetting;
  }
  const exemptions = ((v.exemptions as Omit<Exemption, "index">[]) ?? []).map((e, index) => ({ ...e, index }));
  return {
    rules,
    policies: (v.policies as string[]) ?? [],
    exemptions,
    ...(v.bluegreen ? { bluegreen: v.bluegreen as BlueGreenConfig } : {}),
    ...(v.namespaces ? { namespaces: v.namespaces as OwnershipConfig } : {}),
    ...(v.cost ? { cost: v.cost as Record<string, unknown> } : {}),
    ...(v.admission ? { admission: v.admission as Record<string, unknown> } : {}),
    ...(v.podSources ? { podSources: v.podSources as PodSourceConfig[] } : {}),
    ...(v.units ? { units: v.units as UnitSetting[] } : {}),
    ...(v.renderers ? { renderers: v.renderers as RenderersConfig } : {}),
    ...(source ? { source } : {}),
  };
}

export function humanErrors(errors: readonly ErrorObject[], source?: SourceDocument): ConfigError[] {
  // oneOf failures repeat every branch's complaint; keep the most specific (deepest) per path.
  const seen = new Set<string>();
  const out: ConfigError[] = [];
  for (const e of errors) {
    if (e.keyword === "oneOf" || e.keyword === "if") continue;
    let pointer = e.instancePath;
    let message = e.message ?? "is invalid";
    if (e.keyword === "additionalProperties") {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      pointer = `${pointer}/${extra}`;
      message = `unknown field "${extra}"`;
    } else if (e.keyword === "required") {
      message = `missing required field "${(e.params as { missingProperty: string }).missingProperty}"`;
    } else if (e.keyword === "enum") {
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((x) => JSON.stringify(x)).join(", ")}`;
    } else if (e.keyword === "propertyNames") {
      message = `"${(e.params as { propertyName: string }).propertyName}" is not a rule id (family/name)`;
    }
    const field = pointer === "" ? "(top level)" : splitPointer(pointer).join(".");
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = source?.locate(pointer);
    out.push({ field, message, ...(pos ? { line: pos.line, column: pos.column } : {}) });
  }
  return out;
}
