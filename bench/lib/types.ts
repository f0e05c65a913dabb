/**
 * What a workload reports: a figure, optionally compared with a baseline
 * measured in the same run (`goal`: the least ratio value / baseline), or held
 * to an absolute limit (`limit`: the value must stay below it, e.g. a p99 in ms).
 */
export interface Figure {
  readonly workload: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The baseline this figure is judged against; the ratio is value / baseline.value. */
  readonly baseline?: { readonly name: string; readonly value: number };
  /** Minimum ratio to pass. Without a goal or a limit the figure is informational. */
  readonly goal?: number;
  /** Most ratio to pass, for costs (CPU per request against a bare route's). */
  readonly maxRatio?: number;
  /** The value must be below this (same unit) to pass: latencies, memory. */
  readonly limit?: number;
  /** Anything that helps read the number (counts, batch sizes). */
  readonly detail?: string;
}

/** A small extra table (e.g. how a time grows with the log's size), printed after the figures. */
export interface Table {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface BenchContext {
  readonly quick: boolean;
  /** A fresh directory on the real disk (fsync must cost what it costs); removed after the run. */
  tempDir(label: string): Promise<string>;
  log(message: string): void;
  /** Adds a table to the report (optional for workloads). */
  table?(table: Table): void;
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
