/**
 * A staged range appended on a worker thread with its own connection to the
 * store's file (`SqliteStaging`, from `stagingWorkerFrom` events): the one
 * `INSERT INTO events … SELECT` of the range and its commit — SQLite's
 * B-trees, the WAL write, the fsync and the checkpoint — run there, in a
 * write transaction of their own, while the caller's thread goes on (during
 * a 1M import: folding the last window into the views, and its garbage).
 *
 * The store gives the worker its turn (`writerTurn`): its own connection
 * appends nothing while a window is written, so the worker never waits on
 * it, and the store's queued appends are written right after the window.
 *
 * The statements are the staging's own (`StagingSql`), the same text as
 * when the range is appended in the store's batch; so are the outcomes: what
 * the one statement cannot take as it is (a stream's first run whose
 * expectation fails, an id already stored, a refused text) undoes the whole
 * window (ROLLBACK) and is answered `undefined`, for the caller to append
 * the range run by run, as the batch's SAVEPOINT would. The expectations
 * come as data (`lowestRevisionExpected`, `highestRevisionExpected`), the
 * rule itself in one place (shared/rules.ts).
 */
import { Worker } from 'node:worker_threads';
import type { ExpectedRevision, StagedAppendResult } from '../port';
import { highestRevisionExpected, lowestRevisionExpected } from '../shared/rules';

/** The statements of a staged range, as `SqliteStaging` runs them in the store's batch. */
export interface StagingSql {
  /** Creates the TEMP table of the range's bases on a connection. */
  readonly bases: string;
  readonly clearBases: string;
  /** Parameters: first row, last row. */
  readonly fillBases: string;
  /** Rows `[stream, base]` of the streams whose first staged event is in the range. */
  readonly firstRuns: string;
  /** Parameters: recordedAt, first row, last row. */
  readonly insertSelect: string;
}

export interface StagingWriterSource {
  /** The store's file (WAL, opened by the store). */
  readonly path: string;
  /** The scratch database the staged rows are in. */
  readonly scratch: string;
  readonly busyTimeoutMs: number;
  readonly sql: StagingSql;
}

interface WorkerData extends StagingWriterSource {
  readonly driver: string;
}

/** A stream's expected revision as the lowest and highest revision it may be at. */
type Bounds = [stream: string, lowest: number, highest: number];

interface Request {
  readonly from: number;
  readonly to: number;
  readonly recordedAt: string;
  readonly bounds: Bounds[];
}

type Reply =
  | { readonly done: StagedAppendResult }
  | { readonly runByRun: true }
  | { readonly error: { name: string; message: string; code?: string } };

/**
 * The worker, as plain JavaScript run with `eval` (as read-ahead.ts's: the
 * same text under the compiled build, @swc-node/register and jest). One
 * request at a time: a window, answered once committed or undone.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { driver, path, scratch, busyTimeoutMs, sql } = workerData;
let db, st;
let bounds;
function open() {
  const Database = require(driver);
  db = new Database(path, { fileMustExist: true, timeout: busyTimeoutMs });
  // As the store's connection: every commit fsynced (the file is in WAL mode already).
  db.pragma('synchronous = FULL');
  db.prepare('ATTACH DATABASE ? AS parley_staging').run(scratch);
  db.exec(sql.bases);
  st = {
    clear: db.prepare(sql.clearBases),
    fill: db.prepare(sql.fillBases),
    firstRuns: db.prepare(sql.firstRuns).raw(),
    insert: db.prepare(sql.insertSelect),
  };
}
function window({ from, to, recordedAt }) {
  st.clear.run();
  st.fill.run(from, to);
  for (const [stream, base] of st.firstRuns.all()) {
    const expected = bounds.get(stream);
    if (expected !== undefined && (base - 1 < expected[0] || base - 1 > expected[1])) return undefined;
  }
  const { changes, lastInsertRowid } = st.insert.run(recordedAt, from, to);
  return changes === to - from + 1 ? { stored: changes, position: Number(lastInsertRowid) } : undefined;
}
parentPort.on('message', (request) => {
  try {
    if (db === undefined) open();
    bounds = new Map(request.bounds.map(([stream, lo, hi]) => [stream, [lo, hi]]));
    db.exec('BEGIN IMMEDIATE');
    let done;
    try {
      done = window(request);
    } catch (error) {
      if (typeof error.code !== 'string' || !error.code.startsWith('SQLITE_CONSTRAINT')) throw error;
    }
    if (done === undefined) {
      db.exec('ROLLBACK');
      parentPort.postMessage({ runByRun: true });
      return;
    }
    db.exec('COMMIT');
    parentPort.postMessage({ done });
  } catch (error) {
    try {
      if (db !== undefined && db.inTransaction) db.exec('ROLLBACK');
    } catch {}
    parentPort.postMessage({ error: { name: error.name, message: error.message, code: error.code } });
  }
});
`;

/** The staging's writer thread: started on its first window, ended by `stop`. */
export class StagingWriter {
  private worker: Worker | undefined;
  private waiting: { resolve(reply: Reply): void; reject(error: unknown): void } | undefined;
  private failure: Error | undefined;

  constructor(private readonly source: StagingWriterSource) {}

  /**
   * Rows `from` to `to` of the scratch table appended in one transaction of
   * the worker's connection: what it stored, or `undefined` when the range
   * is for appending run by run (nothing of it stored). An error of the
   * worker's connection (I/O, a lock held past the busy timeout) rejects,
   * nothing stored.
   */
  async append(
    from: number,
    to: number,
    expected: ReadonlyMap<string, ExpectedRevision>,
    recordedAt: string,
  ): Promise<StagedAppendResult | undefined> {
    if (this.waiting) throw new Error('StagingWriter: one window at a time');
    if (this.failure) throw this.failure;
    const worker = (this.worker ??= this.start());
    const request: Request = {
      from,
      to,
      recordedAt,
      bounds: [...expected].map(([stream, e]) => [stream, lowestRevisionExpected(e), highestRevisionExpected(e)]),
    };
    const reply = await new Promise<Reply>((resolve, reject) => {
      this.waiting = { resolve, reject };
      worker.ref();
      worker.postMessage(request);
    }).finally(() => worker.unref());
    if ('error' in reply) throw Object.assign(new Error(reply.error.message), reply.error);
    return 'done' in reply ? reply.done : undefined;
  }

  /** Ends the worker (its connection closes with it). */
  stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }

  private start(): Worker {
    const workerData: WorkerData = { ...this.source, driver: require.resolve('better-sqlite3') };
    // No execArgv: the worker is plain JavaScript and needs none of the process's loaders.
    const worker = new Worker(WORKER, { eval: true, workerData, execArgv: [] });
    worker.unref();
    worker.on('message', (reply: Reply) => this.take()?.resolve(reply));
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the staging's writer thread exited (code ${code})`)));
    return worker;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.take()?.reject(this.failure);
  }

  private take(): { resolve(reply: Reply): void; reject(error: unknown): void } | undefined {
    const waiting = this.waiting;
    this.waiting = undefined;
    return waiting;
  }
}
