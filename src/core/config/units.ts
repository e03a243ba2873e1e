// Config sections `units:` (declare or override how a repository is applied: which folders are one
// unit, a chart's values files, release name and namespace, an environment's name) and `renderers:`
// (where kustomize, kubectl and helm are when they are not on PATH).
import { MAX_GLOB_LENGTH } from "../glob.js";

export const unitsSchema = {
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["path"],
    properties: {
      path: { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH },
      environment: { type: "string", minLength: 1 },
      values: { type: "array", items: { type: "string", minLength: 1 } },
      release: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 53 },
      namespace: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 63 },
      render: { type: "boolean" },
    },
  },
} as const;

export const renderersSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    kustomize: { type: "string", minLength: 1 },
    kubectl: { type: "string", minLength: 1 },
    helm: { type: "string", minLength: 1 },
    timeoutSeconds: { type: "number", minimum: 1, maximum: 600 },
    parallel: { type: "integer", minimum: 1, maximum: 16 },
  },
} as const;

export interface UnitSetting {
  /** A folder or glob of folders (repository paths): each match is one unit, its files are that unit's. */
  readonly path: string;
  /** The environment's name in reports (default: the folder name for sibling environments). */
  readonly environment?: string;
  /** Helm values files, relative to the chart (values.yaml is always read first, as helm does). */
  readonly values?: readonly string[];
  readonly release?: string;
  readonly namespace?: string;
  /** false: read the unit's files without rendering (what is known without kustomize or helm). */
  readonly render?: boolean;
}

export interface RenderersConfig {
  /** Paths to the binaries, relative to the config file; looked for after PATH. */
  readonly kustomize?: string;
  readonly kubectl?: string;
  readonly helm?: string;
  /** Per render (default 60). */
  readonly timeoutSeconds?: number;
  /** Renders at a time (default 4). */
  readonly parallel?: number;
}
