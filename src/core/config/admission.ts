// Config section: how the webhook turns findings into decisions.
export const admissionSchema = {
  type: "object",
  additionalProperties: true,
} as const;
