// Config section: the label that names a blue-green slot and its values, and how preview Services
// and versions are recognised.
export const bluegreenSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    slotKey: { type: "string", minLength: 1 },
    slots: { type: "array", items: { type: "string", minLength: 1 }, minItems: 2, maxItems: 2, uniqueItems: true },
    versionLabels: { type: "array", items: { type: "string", minLength: 1 } },
    previewNames: { type: "array", items: { type: "string", pattern: "^[a-z0-9]+$" } },
  },
} as const;

export interface BlueGreenConfig {
  /** Label naming the slot; unset: `slot`, or recognised from Services and workloads (docs/bluegreen.md). */
  readonly slotKey?: string;
  /** The two slot values; default blue/green for `slot`, otherwise whatever two values the workloads carry. */
  readonly slots?: readonly [string, string];
  /** Labels that carry the version (default `version`, `app.kubernetes.io/version`). */
  readonly versionLabels?: readonly string[];
  /** Name segments that mark a preview Service (default preview, idle, next, test: `web-preview`, `web-idle`). */
  readonly previewNames?: readonly string[];
}

export interface ResolvedBlueGreen {
  readonly slotKey: string;
  /**
   * slotKey was configured: only it names slots. Otherwise `slot` (blue/green) and any selector key
   * whose values tell two otherwise identical workload sets apart (model/bluegreen.ts) do.
   */
  readonly explicit: boolean;
  /** Undefined: any value of slotKey is a slot (e.g. `version: v1` / `version: v2`). */
  readonly slots: readonly string[] | undefined;
  readonly versionLabels: readonly string[];
  readonly previewNames: ReadonlySet<string>;
}

export const DEFAULT_SLOT_KEY = "slot";
export const DEFAULT_SLOTS: readonly [string, string] = ["blue", "green"];
export const DEFAULT_PREVIEW_NAMES: readonly string[] = ["preview", "idle", "next", "test"];

export function resolveBlueGreen(c: BlueGreenConfig | undefined): ResolvedBlueGreen {
  const slotKey = c?.slotKey ?? DEFAULT_SLOT_KEY;
  const slots = c?.slots ?? (slotKey === DEFAULT_SLOT_KEY ? DEFAULT_SLOTS : undefined);
  return {
    slotKey,
    explicit: c?.slotKey !== undefined,
    slots,
    versionLabels: (c?.versionLabels ?? ["version", "app.kubernetes.io/version"]).filter((k) => k !== slotKey),
    previewNames: new Set(c?.previewNames ?? DEFAULT_PREVIEW_NAMES),
  };
}
