// Config section `podSources`: custom resources whose operator creates pods, and where the
// resource keeps those pods' labels, so selector rules see the pods (a Service in front of them
// does not "match nothing"). The Prometheus operator's kinds are built in (src/model/operators.ts).
export const podSourcesSchema = {
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["kind", "labels"],
    properties: {
      /** `group/version` or just the group (`example.com`); any when absent. */
      apiVersion: { type: "string", minLength: 1 },
      kind: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9]*$" },
      /** JSON pointer to the pod label map inside the object, e.g. `/spec/podTemplate/metadata/labels`. */
      labels: { type: "string", pattern: "^(/[^/]+)+$" },
    },
  },
} as const;

export interface PodSourceConfig {
  readonly apiVersion?: string;
  readonly kind: string;
  readonly labels: string;
}
