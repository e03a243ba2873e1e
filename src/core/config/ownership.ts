// Config section: teams, the namespaces they own, and who they are (paths, CODEOWNERS, users, groups).
export const ownershipSchema = {
  type: "object",
  additionalProperties: true,
} as const;
