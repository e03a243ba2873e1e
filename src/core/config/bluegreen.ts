// Config section: the label that names a blue-green slot and its two values.
export const bluegreenSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    slotKey: { type: "string", minLength: 1 },
    slots: { type: "array", items: { type: "string", minLength: 1 }, minItems: 2, maxItems: 2 },
  },
} as const;

export interface BlueGreenConfig {
  readonly slotKey?: string;
  readonly slots?: readonly [string, string];
}
