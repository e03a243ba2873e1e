// Placeholder until the admission webhook lands: run.ts skips it while src/admission/ is missing.
export interface WebhookResult {
  readonly baseline: { readonly rps: number; readonly maxRssMB: number };
  readonly tollgate: { readonly rps: number; readonly maxRssMB: number };
  readonly throughputRatio: number;
  readonly fixedRate: { readonly rate: number; readonly p50Ms: number; readonly p99Ms: number; readonly baselineP99Ms: number };
}
