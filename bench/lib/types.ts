/** What a workload reports: a rate, optionally compared with a baseline measured in the same run. */
export interface Figure {
  readonly workload: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The baseline this figure is judged against; the ratio is value / baseline.value. */
  readonly baseline?: { readonly name: string; readonly value: number };
  /** Minimum ratio to pass. Without a goal the figure is informational. */
  readonly goal?: number;
  /** Anything that helps read the number (counts, batch sizes). */
  readonly detail?: string;
}

export interface BenchContext {
  readonly quick: boolean;
  /** A fresh directory on the real disk (fsync must cost what it costs); removed after the run. */
  tempDir(label: string): Promise<string>;
  log(message: string): void;
}

/**
 * One benchmark area (store, HTTP, rebuild, SSE, peer…). Each lives in
 * `bench/workloads/<name>.ts` and is listed in `bench/run.ts`.
 */
export interface Workload {
  readonly name: string;
  readonly description: string;
  run(context: BenchContext): Promise<Figure[]>;
}
