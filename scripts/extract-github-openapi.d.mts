// Types for the tests that import the extraction script.
export declare const OPERATIONS: ReadonlyArray<readonly [method: string, path: string]>;
export declare function extractSubset(
  spec: { openapi: string; info?: { version?: string }; servers?: unknown; paths: Record<string, any>; components?: Record<string, Record<string, unknown>> },
  meta: { packageVersion: string; extractedAt: string },
  operations?: ReadonlyArray<readonly [method: string, path: string]>,
): {
  openapi: string;
  info: { title: string; version?: string; "x-extracted": Record<string, unknown> };
  servers: unknown;
  paths: Record<string, Record<string, any>>;
  components: Record<string, Record<string, unknown>>;
};
