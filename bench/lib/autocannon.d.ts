/** The part of autocannon 9's API the bench uses (the package ships no types). */
declare module 'autocannon' {
  interface Request {
    readonly method?: string;
    readonly path?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: string;
  }
  interface Client {
    setRequests(requests: readonly Request[]): void;
  }
  interface Options extends Request {
    readonly url: string;
    readonly connections?: number;
    readonly pipelining?: number;
    /** Requests to make in all (across connections); the run ends when they are answered. */
    readonly amount?: number;
    readonly timeout?: number;
    readonly setupClient?: (client: Client) => void;
  }
  interface Result {
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly statusCodeStats: Readonly<Record<string, { readonly count: number }>>;
    /** Milliseconds (whole: autocannon's histogram keeps integers). */
    readonly latency: { readonly p50: number; readonly p99: number };
    readonly requests: { readonly total: number };
  }
  /**
   * The run: a promise of its result and an emitter of each answer. The result comes at autocannon's next
   * one-second sampling tick after the last answer, so a run's duration is timed from the 'response' events.
   */
  interface Run extends Promise<Result> {
    on(event: 'response', listener: (client: Client, statusCode: number) => void): this;
  }
  function autocannon(options: Options): Run;
  export default autocannon;
}
