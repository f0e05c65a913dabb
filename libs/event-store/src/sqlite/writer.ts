/**
 * The SQLite store's writer: one group commit (`BEGIN IMMEDIATE … COMMIT`,
 * one fsync) per request, each append of it in its own SAVEPOINT, checked
 * against the stream's revision inside the transaction as left by the appends
 * before it.
 *
 * It runs on the caller's thread on the store's own connection (the
 * default), or — for a file, with `writerThread` — on a worker thread with its
 * own connection, so that the inserts and the fsync of a commit overlap the
 * caller's next requests instead of holding its event loop for the commit's
 * wall time (1–4 ms at 32 appends, of which the fsync wait was 20 % on a quiet
 * disk and 70–87 % on a busy one). Measured on 2 cores shared with the load
 * generator, the thread gained no throughput and cost ≈ 10 % more CPU per
 * POST (bench/README.md, "The SQLite writer on a worker thread"), so it is off
 * by default.
 *
 * Only what a commit needs crosses over: the statements' SQL, each append's
 * stream, expected revision (as the range of current revisions it accepts),
 * ids, types and serialised data; back come the positions, the revision each
 * append started from, or — for an append whose expectation failed or whose
 * ids were already stored — the rows stored under its ids, read inside the
 * same transaction, from which the caller decides (`priorAppend`) whether it
 * was a retry. The decision is a function of those rows alone, so making it on
 * the caller's thread after the commit gives what making it inside would.
 *
 * The writer is plain JavaScript run with `eval` (as `read-ahead.ts`'s
 * worker): the same text under the compiled build, @swc-node/register and
 * jest, which does not transform a worker's files.
 */
import { runInThisContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

/** The statements the writer prepares on its connection. */
export interface WriterSql {
  /** Parameters: stream, revision, id, type, data, metadata, recorded_at. */
  readonly insert: string;
  /** The stream's last revision (null: none). */
  readonly streamRevision: string;
  /** The last position (null: empty). */
  readonly head: string;
  /** The row stored under an id, as the store's reads return rows. */
  readonly byId: string;
}

/** One append of a commit, as the store hands it over. */
export interface WriteAppend {
  readonly stream: string;
  /** The stream's current revision must lie in [min, max] (-1: no stream). */
  readonly min: number;
  readonly max: number;
  readonly events: readonly { readonly id: string; readonly type: string }[];
  /** Each event's data and metadata as JSON text. */
  readonly data: readonly string[];
  readonly metadata: readonly string[];
}

/** A commit, as the writer takes it. */
export interface WriteRequest {
  readonly recordedAt: string;
  readonly appends: readonly WriteAppend[];
}

/**
 * A commit as it crosses to the writer thread: every text of it (streams, ids, types, data, metadata) in one string, and
 * the numbers (per append: min, max, events, the stream's length; per event: its four texts' lengths) in one array.
 * `postMessage` copies one string and one typed array at the speed of memory; the same appends as objects and lists
 * took it ≈ 5 % of the app's busy time (≈ 40 µs per POST) on the caller's thread, as much again on the writer's.
 */
interface WireRequest {
  readonly recordedAt: string;
  readonly text: string;
  readonly layout: Float64Array;
}

function wireRequest({ recordedAt, appends }: WriteRequest): WireRequest {
  let numbers = 1;
  for (const append of appends) numbers += 4 + 4 * append.events.length;
  const layout = new Float64Array(numbers);
  const texts: string[] = [];
  let k = 0;
  layout[k++] = appends.length;
  for (const { stream, min, max, events, data, metadata } of appends) {
    layout[k++] = min;
    layout[k++] = max;
    layout[k++] = events.length;
    layout[k++] = stream.length;
    texts.push(stream);
    for (let i = 0; i < events.length; i++) {
      const { id, type } = events[i] as WriteAppend['events'][number];
      const json = data[i] as string;
      const meta = metadata[i] as string;
      layout[k++] = id.length;
      layout[k++] = type.length;
      layout[k++] = json.length;
      layout[k++] = meta.length;
      texts.push(id, type, json, meta);
    }
  }
  return { recordedAt, text: texts.join(''), layout };
}

/** An error of SQLite's, as far as it crosses a thread. */
export interface WriterError {
  readonly message: string;
  readonly code?: string;
}

/** What became of one append. */
export type WriteOutcome<Row> =
  /** Written: its events got `positions`, revisions from `current + 1`. */
  | { readonly current: number; readonly positions: readonly number[] }
  /**
   * Not written: the revision did not hold (`unique` absent) or an id was already stored (`unique`: the error);
   * `rows` are what is stored under its ids.
   */
  | { readonly current: number; readonly rows: readonly Row[]; readonly unique?: WriterError }
  /** Not written: SQLite refused it. */
  | { readonly error: WriterError };

export type WriteReply<Row> =
  /** Committed: one outcome per append, and the head as the transaction found it (under the write lock). */
  | { readonly headAtStart: number; readonly outcomes: readonly WriteOutcome<Row>[] }
  /** Nothing of the request was committed. */
  | { readonly failed: WriterError };

/**
 * `(db, sql) => (request) => reply`: prepares the statements on `db` (a
 * better-sqlite3 connection) and answers each request with its commit.
 */
const WRITER = `(function createWriter(db, sql) {
  const insert = db.prepare(sql.insert);
  const streamRevision = db.prepare(sql.streamRevision).pluck();
  const head = db.prepare(sql.head).pluck();
  const byId = db.prepare(sql.byId).raw();
  const describe = (error) => ({ message: String(error && error.message || error), code: error && error.code });
  const isUnique = (error) => error && (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
  const stored = (events) => {
    const rows = [];
    for (const { id } of events) {
      const row = byId.get(id);
      if (row !== undefined) rows.push(row);
    }
    return rows;
  };
  // One append's inserts: a SAVEPOINT inside the batch's transaction.
  const insertAll = db.transaction((append, current, recordedAt) => {
    const { stream, events, data, metadata } = append;
    const positions = new Array(events.length);
    for (let i = 0; i < positions.length; i++) {
      const event = events[i];
      positions[i] = Number(insert.run(stream, current + 1 + i, event.id, event.type, data[i], metadata[i], recordedAt)
        .lastInsertRowid);
    }
    return positions;
  });
  let headAtStart = 0;
  const writeBatch = db.transaction((appends, recordedAt, outcomes) => {
    headAtStart = head.get() ?? 0;
    for (const append of appends) {
      try {
        const current = streamRevision.get(append.stream) ?? -1;
        if (current < append.min || current > append.max) {
          outcomes.push({ current, rows: stored(append.events) });
        } else if (append.events.length === 0) {
          outcomes.push({ current, positions: [] });
        } else {
          try {
            outcomes.push({ current, positions: insertAll(append, current, recordedAt) });
          } catch (error) {
            // The happy path pays for no id look-ups: the UNIQUE index on id detects a known id.
            if (!isUnique(error)) throw error;
            outcomes.push({ current, rows: stored(append.events), unique: describe(error) });
          }
        }
      } catch (error) {
        // Some SQLite errors (full disk, I/O) roll back the whole transaction on their own;
        // then nothing of this batch can be committed.
        if (!db.inTransaction) throw error;
        outcomes.push({ error: describe(error) });
      }
    }
  });
  return (request) => {
    const outcomes = [];
    try {
      // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and writes later can
      // fail with SQLITE_BUSY when another process wrote in between, instead of waiting for the busy timeout.
      writeBatch.immediate(request.appends, request.recordedAt, outcomes);
      return { headAtStart, outcomes };
    } catch (error) {
      return { failed: describe(error) };
    }
  };
})`;

/** The worker: opens its connection on the first request, answers each with its commit, closes on `null`. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { driver, path, busyTimeoutMs, sql } = workerData;
const createWriter = ${WRITER};
// The appends of a request as wireRequest laid them out.
const appendsOf = ({ text, layout }) => {
  let k = 0;
  let at = 0;
  const take = (length) => text.slice(at, (at += length));
  const appends = new Array(layout[k++]);
  for (let a = 0; a < appends.length; a++) {
    const min = layout[k++];
    const max = layout[k++];
    const n = layout[k++];
    const append = { stream: take(layout[k++]), min, max, events: new Array(n), data: new Array(n), metadata: new Array(n) };
    for (let i = 0; i < n; i++) {
      const id = layout[k++], type = layout[k++], data = layout[k++], metadata = layout[k++];
      append.events[i] = { id: take(id), type: take(type) };
      append.data[i] = take(data);
      append.metadata[i] = take(metadata);
    }
    appends[a] = append;
  }
  return appends;
};
let db;
let write;
parentPort.on('message', (request) => {
  if (request === null) {
    if (db !== undefined) db.close();
    process.exit(0);
  }
  if (write === undefined) {
    try {
      const Database = require(driver);
      db = new Database(path, { fileMustExist: true, timeout: busyTimeoutMs });
      // FULL: in WAL mode, NORMAL may lose the last commits on power loss; every commit is fsynced.
      db.pragma('synchronous = FULL');
      write = createWriter(db, sql);
    } catch (error) {
      if (db !== undefined) db.close();
      db = undefined;
      parentPort.postMessage({ failed: { message: String(error && error.message || error), code: error && error.code } });
      return;
    }
  }
  parentPort.postMessage(write({ recordedAt: request.recordedAt, appends: appendsOf(request) }));
});
`;

/**
 * Where the commits run: `write` hands over one commit, whose reply comes to `onReply`, in order — on the caller's
 * thread before `write` returns, from a worker thread later.
 */
export interface Writer {
  write(request: WriteRequest): void;
  /** After the last reply: ends the writer (its connection closed). */
  close(): Promise<void>;
}

export interface WriterCallbacks<Row> {
  onReply(reply: WriteReply<Row>): void;
  /** The writer is gone (its thread crashed or exited): every request without a reply is lost to it. */
  onExit(error: Error): void;
}

/** The writer on a worker thread with its own connection to the file at `path`. */
export function workerWriter<Row>(
  options: { readonly path: string; readonly busyTimeoutMs: number; readonly sql: WriterSql },
  callbacks: WriterCallbacks<Row>,
): Writer {
  const workerData = {
    driver: require.resolve('better-sqlite3'),
    path: options.path,
    busyTimeoutMs: options.busyTimeoutMs,
    sql: options.sql,
  };
  // No execArgv: the worker is plain JavaScript and needs none of the process's loaders.
  const worker = new Worker(WORKER, { eval: true, workerData, execArgv: [] });
  let pending = 0;
  let closing = false;
  // An idle writer does not keep the process alive (a store nobody closed must not hang its process).
  worker.unref();
  worker.on('message', (reply: WriteReply<Row>) => {
    if (--pending === 0) worker.unref();
    callbacks.onReply(reply);
  });
  const gone = new Promise<void>((resolve) => {
    worker.on('error', (error: Error) => {
      if (!closing) callbacks.onExit(error);
    });
    worker.on('exit', (code) => {
      if (!closing) callbacks.onExit(new Error(`the writer thread exited (code ${code})`));
      resolve();
    });
  });
  return {
    write(request) {
      if (pending++ === 0) worker.ref();
      worker.postMessage(wireRequest(request));
    },
    async close() {
      closing = true;
      worker.postMessage(null);
      await gone;
    },
  };
}

/** The writer on this thread, on the store's own connection `db`: each reply comes before `write` returns. */
export function inlineWriter<Row>(db: unknown, sql: WriterSql, callbacks: WriterCallbacks<Row>): Writer {
  const createWriter = runInThisContext(WRITER) as (
    db: unknown,
    sql: WriterSql,
  ) => (request: WriteRequest) => WriteReply<Row>;
  const write = createWriter(db, sql);
  return {
    write(request) {
      callbacks.onReply(write(request));
    },
    async close() {},
  };
}
