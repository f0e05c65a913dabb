/**
 * `readAllPages` of a SQLite file, read ahead on a worker thread: the worker
 * has its own read-only connection (WAL lets it read beside the writer) and
 * steps through the next pages while the caller works on one, so a long read
 * (a rebuild of every view) leaves the caller's thread only the turning of
 * rows into events — the same `toRecorded` as `readAll`, so the same events
 * and the same failure for a row whose text is not JSON.
 *
 * Hand-over: the rows as better-sqlite3 returns them (arrays of numbers and
 * strings), PAGES_PER_MESSAGE pages per message, copied by `postMessage`.
 * Measured on a 100k-event rebuild (CPU of the main thread alone), that copy
 * costs the caller's thread less than the SQLite stepping it replaces: 18 %
 * less main-thread CPU in all (10 % with one page per message); the worker
 * spends ≈ 0.3 s more CPU than that saves, on the other core. A page sent as
 * one JSON text to parse once here cost the main thread far more (V8 parsed
 * the received text several times slower per byte than the rows' texts).
 *
 * At most MESSAGES_AHEAD messages are read and not yet taken; leaving the
 * loop ends the worker.
 */
import { Worker } from 'node:worker_threads';
import type { ReadAllPagesOptions, RecordedEvent } from '../port';
import { pagesRange } from '../shared/rules';

/** Messages the worker may read before the caller takes them: enough to keep it busy, few enough to hold little. */
const MESSAGES_AHEAD = 2;
/** Pages per message: each message has a fixed cost on both threads. */
const PAGES_PER_MESSAGE = 4;

/** What the worker needs: the file, and the page queries of the store (named parameters from, to, limit[, prefix]). */
export interface ReadAheadSource<Row extends Positioned> {
  readonly path: string;
  readonly busyTimeoutMs: number;
  /** The query for a page of every stream, and for a page of the streams with a prefix; rows as arrays, position first. */
  readonly pageSql: string;
  readonly pageByPrefixSql: string;
  /** The store's own turning of rows into events. */
  readonly toEvents: (rows: Row[]) => RecordedEvent[];
  /**
   * A page read on the caller's thread, as `readAll` reads it (events from
   * `from`, at most `limit`, the prefix applied): the pages until the worker
   * is up are read with it. Without it, every page comes from the worker.
   */
  readonly readPage?: (from: number, limit: number) => RecordedEvent[];
}

/** A row as the page queries return it: its position first. */
type Positioned = readonly [number, ...unknown[]];

interface WorkerData {
  readonly driver: string;
  readonly path: string;
  readonly busyTimeoutMs: number;
  readonly sql: string;
  readonly from: number;
  readonly pageSize: number;
  readonly prefix: string | undefined;
}

type Reply<Row> =
  | { readonly request: number; readonly rows: Row[] }
  | { readonly error: { name: string; message: string; code?: string } };

/**
 * The worker, as plain JavaScript run with `eval`: the same text under the
 * compiled build, @swc-node/register and jest (which does not transform a
 * worker's files). Each message asks for the next page; the reply names it.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { driver, path, busyTimeoutMs, sql, pageSize, prefix } = workerData;
let from = workerData.from;
let select;
parentPort.on('message', (request) => {
  try {
    if (select === undefined) {
      const Database = require(driver);
      const db = new Database(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
      select = db.prepare(sql).raw();
    }
    const parameters = { from, to: Number.MAX_SAFE_INTEGER, limit: pageSize };
    if (prefix !== undefined) parameters.prefix = prefix;
    const rows = select.all(parameters);
    if (rows.length > 0) from = rows[rows.length - 1][0] + 1;
    parentPort.postMessage({ request, rows });
  } catch (error) {
    parentPort.postMessage({ error: { name: error.name, message: error.message, code: error.code } });
  }
});
`;

/**
 * Pages of `source` from `options.fromPosition` until a page would be empty.
 * `fail` turns an error of the worker's connection into the store's own
 * (as its `readAll` would have thrown it).
 */
export async function* readAhead<Row extends Positioned>(
  source: ReadAheadSource<Row>,
  options: ReadAllPagesOptions,
  fail: (error: Error) => unknown,
): AsyncGenerator<RecordedEvent[]> {
  const { from, pageSize } = pagesRange(options);
  const workerData: WorkerData = {
    driver: require.resolve('better-sqlite3'),
    path: source.path,
    busyTimeoutMs: source.busyTimeoutMs,
    sql: options.streamPrefix === undefined ? source.pageSql : source.pageByPrefixSql,
    from,
    pageSize: pageSize * PAGES_PER_MESSAGE,
    prefix: options.streamPrefix,
  };
  // No execArgv: the worker is plain JavaScript and needs none of the process's loaders (a TypeScript one costs ~0.3 s).
  const worker = new Worker(WORKER, { eval: true, workerData, execArgv: [] });
  const inbox = new Inbox<Row>(worker);
  let requests = 0;
  const ask = (): void => worker.postMessage(requests++);
  // The first request made after the caller took the last page: an empty page read before it is not the end,
  // since what was committed while the caller worked on that page belongs to this read (as with readAll).
  let fresh = 0;
  // The last position handed to the caller.
  let position = from - 1;
  try {
    for (let i = 0; i < MESSAGES_AHEAD; i++) ask();
    // Until the worker's first reply (its start takes ≈ 0.1 s), pages are read here: a short log is read before it is up.
    while (source.readPage && !inbox.answered) {
      const page = source.readPage(position + 1, pageSize);
      if (page.length === 0) return;
      position = (page[page.length - 1] as RecordedEvent).position;
      fresh = requests;
      yield page;
      // A turn of the event loop, for the worker's reply to come in.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (;;) {
      const reply = await inbox.next();
      if ('error' in reply) throw fail(Object.assign(new Error(reply.error.message), reply.error));
      const rows = reply.rows;
      // Rows already read here (before the worker was up) are skipped.
      let start = 0;
      while (start < rows.length && (rows[start] as Row)[0] <= position) start++;
      if (start === rows.length) {
        if (rows.length === 0 && reply.request >= fresh) return;
        ask();
        continue;
      }
      for (let i = start; i < rows.length; i += pageSize) yield source.toEvents(rows.slice(i, i + pageSize));
      position = (rows[rows.length - 1] as Row)[0];
      fresh = requests;
      ask();
    }
  } finally {
    void worker.terminate();
  }
}

/** The worker's replies in order; its crash or exit rejects whoever waits. */
class Inbox<Row> {
  private readonly replies: Reply<Row>[] = [];
  private waiting: { resolve(reply: Reply<Row>): void; reject(error: unknown): void } | undefined;
  private failure: Error | undefined;
  /** The worker has replied, or failed. */
  answered = false;

  constructor(worker: Worker) {
    worker.on('message', (reply: Reply<Row>) => {
      this.answered = true;
      if (this.waiting) this.take().resolve(reply);
      else this.replies.push(reply);
    });
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the read-ahead worker exited (code ${code})`)));
  }

  next(): Promise<Reply<Row>> {
    const reply = this.replies.shift();
    if (reply !== undefined) return Promise.resolve(reply);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  private fail(error: Error): void {
    this.answered = true;
    this.failure ??= error;
    if (this.waiting) this.take().reject(this.failure);
  }

  private take(): { resolve(reply: Reply<Row>): void; reject(error: unknown): void } {
    const waiting = this.waiting as NonNullable<Inbox<Row>['waiting']>;
    this.waiting = undefined;
    return waiting;
  }
}
