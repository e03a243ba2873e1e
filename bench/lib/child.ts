// The protocol between bench/run.ts and one benchmark script: options arrive as JSON in argv[2],
// the result leaves as the last line of stdout; progress goes to stderr.

export interface Options {
  /** A tiny run that proves the harness works (tests); figures are meaningless. */
  readonly tiny: boolean;
}

export function options<T extends Options>(): T {
  const raw = process.argv[2];
  return (raw ? JSON.parse(raw) : { tiny: false }) as T;
}

export function emit(result: unknown): void {
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

export function log(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

/** Runs a garbage collection when node was started with --expose-gc, so runs start alike. */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
