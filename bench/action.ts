// Placeholder until the Action lands: run.ts skips it while action.yml is missing.
export interface ActionResult {
  readonly runs: number;
  readonly medianMs: number;
  readonly cliMedianMs: number;
  readonly ratio: number;
  readonly apiRequests: number;
}
