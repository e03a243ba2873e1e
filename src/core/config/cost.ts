// Config section: platforms, regions, pinned node pools, budgets and thresholds for the cost family.
export const costSchema = {
  type: "object",
  additionalProperties: true,
} as const;
