/**
 * The embedded default store: one SQLite file through better-sqlite3.
 *
 * Durability: WAL with `synchronous=FULL`, so a commit is fsynced before an
 * append's promise resolves; an acknowledged append survives kill -9.
 *
 * Group commit: `append` only queues. Everything queued in one turn of the
 * event loop is written by one `BEGIN IMMEDIATE … COMMIT` on `setImmediate`,
 * so N concurrent writers share one fsync instead of paying N. When a turn
 * brings fewer appends than the last commits held, the batch waits (a
 * millisecond at a time, while more keep coming) for the writers those
 * commits answered: each sends its next append soon after its answer, and one
 * commit for all of them blocks this thread for one fsync instead of two or
 * three (`flushOrGather`). A lone writer is never held. Each append runs
 * in its own SAVEPOINT inside that transaction (an append of one event needs
 * none: its one INSERT is undone alone if it fails) and is checked against the
 * stream revision as left by the appends before it in the batch, so a failing
 * append is rejected alone and optimistic concurrency is exactly as strict as
 * with one transaction per append.
 *
 * better-sqlite3 is synchronous: every statement below runs on the event-loop
 * thread, which is also why no two flushes or reads can interleave.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { EventStoreError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EncodedAppendResult,
  EncodedNewEvent,
  EventFilter,
  EventStaging,
  EventStore,
  ExpectedRevision,
  JsonObject,
  NewEvent,
  ReadAllOptions,
  ReadAllPagesOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  StagedAppendResult,
  SubscriptionHandler,
} from '../port';
import { CatchUpSubscription } from '../shared/catch-up-subscription';
import { readAllInPages } from '../shared/pages';
import {
  allRange,
  encodedResultOf,
  encodedTextProblem,
  expectationHolds,
  prepareAppend,
  prepareEncodedAppend,
  priorAppend,
  streamRange,
} from '../shared/rules';
import { readAhead } from './read-ahead';
import { SqliteStaging } from './staging';

/** Commits whose sizes say how many appends the next batch may wait for (see `flushOrGather`). */
const GATHER_HISTORY = 8;
/** A batch waiting for more appends is written once this long passes without one (ms). */
const GATHER_MS = 1;
/** …or once it has waited this long in all (ms). */
const GATHER_MAX_MS = 10;

export interface SqliteEventStoreOptions {
  /** The database file; its parent directory is created. `:memory:` gives a throwaway store (no WAL, not durable). */
  readonly path: string;
  /**
   * How often, while a subscription is live, the store checks whether another
   * connection (another process, or another store on the same file) has
   * committed. Commits through this store wake subscribers at once. Default 250.
   */
  readonly pollIntervalMs?: number;
  /** How long a write waits for another connection's lock before failing. Default 5000. */
  readonly busyTimeoutMs?: number;
  /**
   * How many of this store's latest commits stay in memory for subscriptions
   * at the head (they read them from there instead of the file). Default 5000; 0: none.
   */
  readonly recentEvents?: number;
  /**
   * `readAllPages` over at least this many events (as the head stands when it
   * starts) reads ahead on a worker thread; a shorter read is done here, where
   * it ends before a worker would have started (≈ 0.1 s). Default 20,000 with
   * 2 or more cores, else Infinity (never: on one core the worker's own CPU,
   * more than it saves the caller's thread, would come out of the caller's).
   * On 2 cores a 1M rebuild at start, the second core otherwise idle, serves
   * its views 10–20 % sooner with it; on 2 cores that other work keeps busy
   * it was slower (bench/README.md, "Rebuild with the log read ahead" and
   * "The 1M rebuild read ahead on 2 cores").
   */
  readonly readAheadFrom?: number;
  /**
   * A staged range (`openStaging`, the bulk import's windows) of at least
   * this many events is appended on a thread of the staging's own with its
   * own connection (`StagingWriter`): SQLite's insert, commit and checkpoint
   * there, while this thread goes on (the import's views fold the last
   * window meanwhile); this connection appends nothing while it writes. A
   * shorter range goes in this connection's next batch. Default 5,000 with 2
   * or more cores, else Infinity (never: on one core the two would take
   * turns anyway). A store in memory never has one.
   */
  readonly stagingWriterFrom?: number;
  /** The commit clock (`recordedAt`), read once per committed batch; tests may fix it. */
  readonly clock?: () => Date;
}

const SCHEMA_VERSION = 1;

/** How many times `recentEvents` the recent commits may hold while a subscriber at the head has yet to read them. */
const RECENT_HELD = 8;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    -- AUTOINCREMENT: a position, once committed, is never handed out again.
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    stream      TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    id          TEXT    NOT NULL UNIQUE,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (stream, revision)
  );
  CREATE INDEX IF NOT EXISTS events_by_type ON events (type, position);
`;

/** Column order of every read; rows are fetched as arrays (`raw`) to skip building a keyed object per row. */
const COLUMNS = 'position, stream, revision, id, type, data, metadata, recorded_at';
type Row = [number, string, number, string, string, string, string, string];

// Pieces of the page queries (named parameters), shared with the read-ahead worker.
/** Prefix match by characters, with no LIKE wildcards or escaping to get wrong. */
const BY_PREFIX = 'substr(stream, 1, length(@prefix)) = @prefix';
const WINDOW = 'position >= @from AND position <= @to';
const ORDERED = 'ORDER BY position LIMIT @limit';
const PAGE_BY_PREFIX_SQL = `SELECT ${COLUMNS} FROM events WHERE ${WINDOW} AND ${BY_PREFIX} ${ORDERED}`;

/** No LIMIT in SQLite is spelled -1. */
const NO_LIMIT = -1;
const END = Number.MAX_SAFE_INTEGER;

interface PendingBase {
  readonly stream: string;
  readonly expected: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/** An `append`: the events and their text (`prepareAppend`). */
interface PendingEvents extends PendingBase {
  readonly encoded?: undefined;
  readonly events: readonly NewEvent[];
  readonly data: readonly string[];
  readonly metadata: readonly string[];
}

/**
 * An `appendEncoded`: the text alone. Its result hands back no events (none
 * is decoded for it); what it stored is counted in `encoded` instead.
 */
interface PendingEncoded extends PendingBase {
  readonly encoded: { stored: number; position: number };
  readonly events: readonly EncodedNewEvent[];
}

type PendingAppend = PendingEvents | PendingEncoded;

/** A staged range (`SqliteStaging`): its one statement, run in the batch's transaction. */
interface PendingStaged {
  readonly staged: (recordedAt: string) => StagedAppendResult | undefined;
  /** The range's events as `append` would have handed them to subscribers, read back once committed. */
  readonly recorded: (done: StagedAppendResult, recordedAt: string) => RecordedEvent[];
  readonly resolve: (result: StagedAppendResult | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Another connection's write (`SqliteStaging`'s writer thread), in its turn:
 * nothing of this connection is written until it settles.
 */
interface PendingTurn {
  readonly turn: (recordedAt: string) => Promise<unknown>;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** What this connection writes in a batch. */
type Batched = PendingAppend | PendingStaged;

type Pending = Batched | PendingTurn;

type Outcome =
  | { ok: true; result: AppendResult }
  | { ok: true; staged: StagedAppendResult | undefined }
  | { ok: false; error: unknown };

function toRecorded(row: Row): RecordedEvent {
  return {
    id: row[3],
    type: row[4],
    data: JSON.parse(row[5]) as JsonObject,
    metadata: JSON.parse(row[6]) as JsonObject,
    stream: row[1],
    revision: row[2],
    position: row[0],
    recordedAt: row[7],
  };
}

function toRecordedList(rows: Row[]): RecordedEvent[] {
  const events = new Array<RecordedEvent>(rows.length);
  for (let i = 0; i < rows.length; i++) events[i] = toRecorded(rows[i] as Row);
  return events;
}

/**
 * An `appendEncoded`'s events as `append` would have handed them to
 * subscribers, decoded once. One append's inserts, in one transaction of this
 * connection, took consecutive positions.
 */
function recordedOf(append: PendingEncoded, nextRevision: number, recordedAt: string): RecordedEvent[] {
  const { stream, events } = append;
  const count = events.length;
  const recorded = new Array<RecordedEvent>(count);
  for (let i = 0; i < count; i++) {
    const event = events[i] as EncodedNewEvent;
    recorded[i] = {
      id: event.id,
      type: event.type,
      data: JSON.parse(event.data) as JsonObject,
      metadata: JSON.parse(event.metadata) as JsonObject,
      stream,
      revision: nextRevision - count + 1 + i,
      position: append.encoded.position - count + 1 + i,
      recordedAt,
    };
  }
  return recorded;
}

/** A row of `appendEncoded` for its INSERT (named parameters: the text is bound once and checked in SQL). */
interface EncodedRow extends EncodedNewEvent {
  readonly stream: string;
  readonly revision: number;
  readonly recordedAt: string;
}

/**
 * SQL: `appendEncoded`'s text when it is the JSON text of an object (RFC 8259,
 * as JSON.parse reads it), else NULL, which NOT NULL refuses. Nested: json_type
 * raises an error on text that is not JSON, so it is asked only of valid text.
 */
const DATA_IF_OBJECT = "CASE WHEN json_valid(@data) THEN CASE WHEN json_type(@data) = 'object' THEN @data END END";
const METADATA_IF_OBJECT =
  "CASE WHEN json_valid(@metadata) THEN CASE WHEN json_type(@metadata) = 'object' THEN @metadata END END";

function limitOf(maxCount: number): number {
  return maxCount === Infinity ? NO_LIMIT : maxCount;
}

/**
 * By code, not `instanceof Database.SqliteError`: the native addon keeps the
 * error class of whichever copy of better-sqlite3 loaded it first, so with
 * several module registries (jest) the class check fails.
 */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Our own errors pass through; anything from SQLite (busy, I/O, full disk) means the store cannot serve the call. */
function translate(error: unknown, doing: string): unknown {
  if (error instanceof EventStoreError || error instanceof TypeError || error instanceof RangeError) return error;
  // Not `instanceof Error`: SQLite's errors come from the realm that loaded the addon first (see isUniqueViolation).
  const described = (error as { message?: unknown } | null)?.message;
  const message = typeof described === 'string' ? described : String(error);
  return new StoreUnavailableError(`sqlite event store: ${doing} failed: ${message}`, error);
}

export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  readonly path: string;

  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly busyTimeoutMs: number;
  private readonly readAheadFrom: number;
  private readonly stagingWriterFrom: number;
  private readonly pollIntervalMs: number;
  private closed = false;

  private queue: Pending[] = [];
  private flushScheduled = false;
  /** Another connection's write in its turn (`writerTurn`): the queue waits for it. */
  private turn: Promise<void> | undefined;
  /** A batch waiting for the writers the last commits had (`flushOrGather`). */
  private gather: { readonly since: number; seen: number; timer: NodeJS.Timeout } | undefined;
  /** The number of appends of each of the last GATHER_HISTORY commits. */
  private readonly recentBatches: number[] = [];
  private batchCount = 0;
  /** The head when the last write transaction began (read inside it, under the write lock). */
  private headAtBatchStart = 0;

  /**
   * This connection's latest commits, as the appenders got them: every
   * committed event with a position in (recentBase, recentTop], in order.
   * Subscriptions at the head read their next page from here instead of
   * reading back (and re-parsing) what was just written. Only a run of this
   * connection's own commits with nothing between them counts: a commit by
   * another connection starts the run again after it.
   */
  private recent: RecordedEvent[] = [];
  private recentBase = 0;
  private recentTop = 0;
  private readonly recentLimit: number;

  private readonly subscriptions = new Set<CatchUpSubscription>();
  private poller: NodeJS.Timeout | undefined;
  private lastDataVersion = 0;

  private readonly stmt: {
    readonly insert: Database.Statement<[string, number, string, string, string, string, string]>;
    readonly insertEncoded: Database.Statement<[EncodedRow]>;
    readonly streamRevision: Database.Statement<[string], number | null>;
    readonly head: Database.Statement<[], number | null>;
    readonly byId: Database.Statement<[string], Row>;
    readonly streamForwards: Database.Statement<[string, number, number], Row>;
    readonly streamBackwards: Database.Statement<[string, number, number], Row>;
    readonly all: Database.Statement<[number, number, number], Row>;
    readonly allByPrefix: Database.Statement<[{ from: number; to: number; limit: number; prefix: string }], Row>;
    readonly allByType: Database.Statement<[{ from: number; to: number; limit: number; type: string }], Row>;
    readonly allByPrefixAndType: Database.Statement<
      [{ from: number; to: number; limit: number; prefix: string; type: string }],
      Row
    >;
    readonly dataVersion: Database.Statement<[], number>;
  };

  /** The whole batch: one write transaction, one fsync. */
  private readonly writeBatch: Database.Transaction<
    (batch: readonly Batched[], outcomes: Outcome[], recordedAt: string) => void
  >;
  /**
   * The inserts of an append of several events; called inside `writeBatch`, better-sqlite3 runs it as a
   * SAVEPOINT, so a failing insert takes back the ones before it. An append of one event needs none (`appendOne`).
   */
  private readonly insertEvents: Database.Transaction<
    (append: PendingAppend, current: number, recordedAt: string) => AppendResult
  >;

  constructor(options: SqliteEventStoreOptions) {
    const inMemory = options.path === ':memory:';
    this.path = inMemory ? options.path : resolve(options.path);
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.recentLimit = options.recentEvents ?? 5000;
    if (!inMemory) mkdirSync(dirname(this.path), { recursive: true });

    this.busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    this.readAheadFrom = options.readAheadFrom ?? (availableParallelism() >= 2 ? 20_000 : Infinity);
    // (A store in memory has no file a writer thread could open.)
    this.stagingWriterFrom = inMemory
      ? Infinity
      : (options.stagingWriterFrom ?? (availableParallelism() >= 2 ? 5_000 : Infinity));
    this.db = new Database(this.path, { timeout: this.busyTimeoutMs });
    try {
      if (!inMemory) this.db.pragma('journal_mode = WAL');
      // FULL: in WAL mode, NORMAL may lose the last commits on power loss; an
      // acknowledged append must survive, so every commit is fsynced.
      this.db.pragma('synchronous = FULL');
      this.migrate();
      this.stmt = this.prepareStatements();
    } catch (error) {
      this.db.close();
      throw error;
    }

    this.insertEvents = this.db.transaction(this.insert);

    this.writeBatch = this.db.transaction((batch: readonly Batched[], outcomes: Outcome[], recordedAt: string) => {
      this.headAtBatchStart = this.head();
      for (const append of batch) {
        try {
          outcomes.push(
            'staged' in append
              ? { ok: true, staged: append.staged(recordedAt) }
              : { ok: true, result: this.appendOne(append, recordedAt) },
          );
        } catch (error) {
          // Some SQLite errors (full disk, I/O) roll back the whole transaction
          // on their own; then nothing of this batch can be committed.
          if (!this.db.inTransaction) throw error;
          outcomes.push({ ok: false, error });
        }
      }
    });
  }

  append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    try {
      this.assertOpen();
      const expected = options?.expectedRevision;
      const { data, metadata } = prepareAppend(stream, events, expected);
      return new Promise<AppendResult>((resolve, reject) => {
        this.enqueue({ stream, expected, events, data, metadata, resolve, reject });
      });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * The text goes to the INSERT as given, in the same batches as `append`'s;
   * SQLite checks it is the JSON text of an object (`json_valid`, `json_type`)
   * as it stores it. Decoded once after the commit when someone subscribes
   * (into the recent commits subscriptions at the head read, as `append`'s
   * events are); with no subscriber, never — a later one reads them from the
   * file, as it reads any event another connection wrote.
   */
  appendEncoded(
    stream: string,
    events: readonly EncodedNewEvent[],
    options: AppendOptions,
  ): Promise<EncodedAppendResult> {
    try {
      this.assertOpen();
      const expected = options?.expectedRevision;
      prepareEncodedAppend(stream, events, expected);
      const encoded = { stored: 0, position: 0 };
      return new Promise<AppendResult>((resolve, reject) => {
        this.enqueue({ stream, expected, events, encoded, resolve, reject });
      }).then((result) =>
        encoded.stored > 0
          ? { nextRevision: result.nextRevision, stored: encoded.stored, position: encoded.position, duplicate: false }
          : encodedResultOf(result),
      );
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * In a scratch database attached to this connection, appended a range at a
   * time by one statement in the next batch's transaction (`SqliteStaging`).
   */
  openStaging(dir: string): EventStaging {
    this.assertOpen();
    return new SqliteStaging(
      {
        db: this.db,
        assertOpen: () => this.assertOpen(),
        store: this,
        inWriteTransaction: (staged, recorded) =>
          new Promise((resolve, reject) => {
            this.assertOpen();
            this.enqueue({ staged, recorded, resolve, reject });
          }),
        recorded: (from, to) => this.page(from, to, undefined, NO_LIMIT),
        path: this.path,
        busyTimeoutMs: this.busyTimeoutMs,
        writerFrom: this.stagingWriterFrom,
        writerTurn: <T>(write: (recordedAt: string) => Promise<T>) =>
          new Promise<T>((resolve, reject) => {
            this.assertOpen();
            this.enqueue({ turn: write, resolve: resolve as (result: unknown) => void, reject });
          }),
      },
      dir,
    );
  }

  /** Queues an append for the next batch (written on `setImmediate`, or once the writers expected have appended). */
  private enqueue(append: Pending): void {
    this.queue.push(append);
    // (Another connection's write in its turn: written once it settles.)
    if (this.flushScheduled || this.turn !== undefined) return;
    if (this.gather !== undefined) {
      // Waiting for the writers of the last commits: the batch goes as soon as they are all in.
      if (this.queue.length < this.expectedAppends()) return;
      clearTimeout(this.gather.timer);
      this.gather = undefined;
    }
    this.flushScheduled = true;
    setImmediate(this.flushOrGather);
  }

  /**
   * How many appends a batch is expected to hold: the most of the last
   * GATHER_HISTORY commits (writers that each wait for their answer append
   * again soon after it).
   */
  private expectedAppends(): number {
    let most = 1;
    for (const size of this.recentBatches) if (size > most) most = size;
    return most;
  }

  /**
   * The turn's appends are written now unless fewer have come than the last
   * commits held: then the other writers are most likely on their way (their
   * requests still being read or checked), and one commit for all of them
   * costs one fsync where two would cost two — on this thread, which waits for
   * each. So the batch waits for them, but only while appends keep coming: a
   * GATHER_MS without a new one (or GATHER_MAX_MS in all) and it is written
   * with what it has. A lone writer (batches of one) never waits.
   */
  private readonly flushOrGather = (): void => {
    this.flushScheduled = false;
    const waiting = this.queue.length;
    if (waiting === 0) return;
    if (this.closed || waiting >= this.expectedAppends()) {
      this.flush();
      return;
    }
    const since = performance.now();
    const gather = { since, seen: waiting, timer: setTimeout(() => this.gathered(), GATHER_MS) };
    this.gather = gather;
  };

  /** A GATHER_MS has passed while a batch waited for more appends: wait again if some came, else write it. */
  private gathered(): void {
    const gather = this.gather;
    if (gather === undefined) return;
    const grew = this.queue.length > gather.seen;
    if (grew && performance.now() - gather.since < GATHER_MAX_MS) {
      gather.seen = this.queue.length;
      gather.timer = setTimeout(() => this.gathered(), GATHER_MS);
      return;
    }
    this.gather = undefined;
    this.flush();
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const range = streamRange(options);
    const statement = range.backwards ? this.stmt.streamBackwards : this.stmt.streamForwards;
    return toRecordedList(this.read(() => statement.all(stream, range.from, limitOf(range.maxCount))));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const range = allRange(options);
    return this.page(range.from, END, options, limitOf(range.maxCount));
  }

  /**
   * A long read of a file is read ahead on a worker thread (`read-ahead.ts`),
   * its first pages here while the worker starts; a short one (`readAheadFrom`)
   * is read here, as is a store in memory (no file to share).
   */
  readAllPages(options: ReadAllPagesOptions): AsyncIterable<RecordedEvent[]> {
    return this.readAhead(options, true);
  }

  /** `readAllPages` with every page from the worker, none read here (for tests of the worker's own path). */
  readAllPagesOnWorker(options: ReadAllPagesOptions): AsyncIterable<RecordedEvent[]> {
    return this.readAhead(options, false);
  }

  private readAhead(options: ReadAllPagesOptions, startHere: boolean): AsyncIterable<RecordedEvent[]> {
    this.assertOpen();
    // Checked by the read itself: an invalid start only has to not count as a short read here.
    const from = typeof options?.fromPosition === 'number' ? options.fromPosition : 0;
    const short = startHere && this.head() - from < this.readAheadFrom;
    if (this.path === ':memory:' || short) return readAllInPages(this, options);
    const source = {
      path: this.path,
      busyTimeoutMs: this.busyTimeoutMs,
      pageSql: `SELECT ${COLUMNS} FROM events WHERE ${WINDOW} ${ORDERED}`,
      pageByPrefixSql: PAGE_BY_PREFIX_SQL,
      toEvents: toRecordedList,
      ...(startHere ? { readPage: (from: number, limit: number) => this.page(from, END, options, limit) } : {}),
    };
    return readAhead(source, options, (error) => translate(error, 'read'));
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(
      {
        headPosition: () => this.head(),
        readPage: (after, upTo, filter, limit) =>
          this.recentPage(after, upTo, filter, limit) ?? this.page(after + 1, upTo, filter, limit),
      },
      options,
      handler,
      (finished) => {
        this.subscriptions.delete(finished);
        if (this.subscriptions.size === 0) this.stopPolling();
      },
    );
    this.subscriptions.add(subscription);
    this.startPolling();
    return subscription;
  }

  async readEvent(id: string): Promise<RecordedEvent | undefined> {
    this.assertOpen();
    const row = this.read(() => this.stmt.byId.get(id));
    return row === undefined ? undefined : toRecorded(row);
  }

  async streamRevision(stream: string): Promise<number> {
    this.assertOpen();
    return this.read(() => this.stmt.streamRevision.get(stream)) ?? -1;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.read(() => this.head());
  }

  /** Writes what is queued (those appends were accepted), ends subscriptions, closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // What is queued was accepted: written, another connection's write in its turn awaited, before the file closes.
    for (;;) {
      if (this.turn !== undefined) await this.turn;
      else if (this.queue.length > 0) this.flush();
      else break;
    }
    this.stopPolling();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.db.close();
  }

  // -------------------------------------------------------------------------
  // Writing

  private readonly flush = (): void => {
    this.flushScheduled = false;
    if (this.gather !== undefined) {
      clearTimeout(this.gather.timer);
      this.gather = undefined;
    }
    if (this.turn !== undefined) return;
    // The appends queued before another connection's turn; the turn starts once they are written.
    const turnAt = this.queue.findIndex((append) => 'turn' in append);
    if (turnAt === 0) {
      this.startTurn();
      return;
    }
    const batch = turnAt === -1 ? this.queue : this.queue.slice(0, turnAt);
    if (batch.length === 0) return;
    this.queue = turnAt === -1 ? [] : this.queue.slice(turnAt);
    try {
      this.commitBatch(batch as Batched[]);
    } finally {
      if (turnAt !== -1) this.startTurn();
    }
  };

  /**
   * The first queued append, another connection's write: run now, nothing of
   * this connection written until it settles; then what queued meanwhile is
   * written, and subscribers read what it committed from the file (to this
   * connection, another's commit).
   */
  private startTurn(): void {
    const pending = this.queue.shift() as PendingTurn;
    this.turn = pending
      .turn(this.clock().toISOString())
      .then(pending.resolve, (error: unknown) => pending.reject(translate(error, 'append')))
      .finally(() => {
        this.turn = undefined;
        for (const subscription of this.subscriptions) subscription.notify();
        if (this.queue.length > 0 && !this.flushScheduled) {
          this.flushScheduled = true;
          setImmediate(this.flush);
        }
      });
  }

  private commitBatch(batch: readonly Batched[]): void {
    this.recentBatches[this.batchCount++ % GATHER_HISTORY] = batch.length;
    const outcomes: Outcome[] = [];
    const recordedAt = this.clock().toISOString();
    try {
      // IMMEDIATE takes the write lock up front: a deferred transaction that
      // reads first and writes later can fail with SQLITE_BUSY when another
      // process wrote in between, instead of waiting for the busy timeout.
      this.writeBatch.immediate(batch, outcomes, recordedAt);
    } catch (error) {
      const failure = translate(error, 'append');
      for (const append of batch) append.reject(failure);
      return;
    }
    let wrote = false;
    /** The batch's last position, when it stored encoded events and nobody subscribes (see below). */
    let encodedTop = 0;
    const decodeEncoded = this.subscriptions.size > 0 && this.recentLimit > 0;
    if (this.recentTop !== this.headAtBatchStart) {
      // Another connection committed since our last commit (or nothing is remembered yet).
      this.recent = [];
      this.recentBase = this.recentTop = this.headAtBatchStart;
    }
    for (let i = 0; i < batch.length; i++) {
      const append = batch[i] as Batched;
      const outcome = outcomes[i] as Outcome;
      if ('staged' in append) {
        if (!outcome.ok) append.reject(translate(outcome.error, 'append'));
        else {
          const staged = 'staged' in outcome ? outcome.staged : undefined;
          // As `appendEncoded`'s: decoded once for the subscribers at the head, else read from the file.
          if (staged !== undefined && staged.stored > 0) {
            wrote = true;
            if (decodeEncoded) this.remember(append.recorded(staged, recordedAt));
            else encodedTop = staged.position;
          }
          append.resolve(staged);
        }
      } else if (!outcome.ok) {
        append.reject(translate(outcome.error, 'append'));
      } else if ('result' in outcome) {
        if (!outcome.result.duplicate && outcome.result.events.length > 0) {
          wrote = true;
          this.remember(outcome.result.events);
        } else if (append.encoded !== undefined && append.encoded.stored > 0) {
          wrote = true;
          if (decodeEncoded) this.remember(recordedOf(append, outcome.result.nextRevision, recordedAt));
          else encodedTop = append.encoded.position;
        }
        append.resolve(outcome.result);
      }
    }
    // Under the write lock nobody else committed: the batch ends at its last event (or where it began).
    this.recentTop = this.recent[this.recent.length - 1]?.position ?? this.recentTop;
    if (encodedTop > 0) {
      // Nobody subscribed, so they were not decoded: a later subscriber reads them from the file, and the
      // recent commits start again after the batch.
      this.recent = [];
      this.recentBase = this.recentTop = Math.max(this.recentTop, encodedTop);
    }
    this.trimRecent();
    if (wrote) for (const subscription of this.subscriptions) subscription.notify();
  }

  /** Inserts the events of `append` after revision `current`; inside the batch's transaction. */
  private readonly insert = (append: PendingAppend, current: number, recordedAt: string): AppendResult => {
    if (append.encoded !== undefined) return this.insertEncodedRows(append, current, recordedAt);
    const { stream, events, data, metadata } = append;
    const recorded = new Array<RecordedEvent>(events.length);
    let revision = current;
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as NewEvent;
      revision++;
      const position = Number(
        this.stmt.insert.run(
          stream,
          revision,
          event.id,
          event.type,
          data[i] as string,
          metadata[i] as string,
          recordedAt,
        ).lastInsertRowid,
      );
      // The caller's objects, not a re-parse (which would cost about as much as
      // the insert); reads return their JSON form.
      recorded[i] = {
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata ?? {},
        stream,
        revision,
        position,
        recordedAt,
      };
    }
    return { nextRevision: revision, events: recorded, duplicate: false };
  };

  /**
   * `insert` for an `appendEncoded`: the text as given, checked by the INSERT
   * itself (NULL, refused by NOT NULL, where it is not an object's JSON text).
   * Counts what it stored in `append.encoded`; hands back no events.
   */
  private insertEncodedRows(append: PendingEncoded, current: number, recordedAt: string): AppendResult {
    const { stream, events } = append;
    let revision = current;
    let position = 0;
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as EncodedNewEvent;
      revision++;
      try {
        position = Number(
          this.stmt.insertEncoded.run({
            stream,
            revision,
            id: event.id,
            type: event.type,
            data: event.data,
            metadata: event.metadata,
            recordedAt,
          }).lastInsertRowid,
        );
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code !== 'SQLITE_CONSTRAINT_NOTNULL') throw error;
        // Worded as every store words it; SQLite's JSON also refuses nesting deeper than 1,000.
        throw (
          encodedTextProblem(events) ??
          new TypeError(`events[${i}].data or metadata nests deeper than the 1,000 levels SQLite's JSON allows`)
        );
      }
    }
    append.encoded.stored = events.length;
    append.encoded.position = position;
    return { nextRevision: revision, events: [], duplicate: false };
  }

  private remember(events: readonly RecordedEvent[]): void {
    if (this.recentLimit > 0) for (const event of events) this.recent.push(event);
  }

  /**
   * Keeps at most `recentLimit` events (dropping the oldest in chunks) — but
   * what a subscriber reading from here has yet to read, up to RECENT_HELD
   * times the limit: a batch larger than the limit (a staged window of the
   * import) is then read from memory by the subscribers at the head, not read
   * back from the file by each.
   */
  private trimRecent(): void {
    const excess = this.recent.length - this.recentLimit;
    if (excess <= 0) return;
    let drop = Math.max(excess, this.recentLimit >> 2);
    let reading = Infinity;
    for (const subscription of this.subscriptions)
      if (subscription.position >= this.recentBase) reading = Math.min(reading, subscription.position);
    if (reading !== Infinity)
      drop = Math.max(Math.min(drop, this.firstAfter(reading)), this.recent.length - RECENT_HELD * this.recentLimit);
    if (drop <= 0) return;
    this.recentBase = (this.recent[drop - 1] as RecordedEvent).position;
    this.recent = this.recent.slice(drop);
  }

  /** The index of the first recent event after `position` (the count of those at or before it). */
  private firstAfter(position: number): number {
    const recent = this.recent;
    let lo = 0;
    let hi = recent.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((recent[mid] as RecordedEvent).position <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The subscription's page from the recent commits when they cover
   * (after, upTo]; undefined when they do not (the page is read from the file).
   */
  private recentPage(
    after: number,
    upTo: number,
    filter: EventFilter | undefined,
    limit: number,
  ): RecordedEvent[] | undefined {
    if (this.recentLimit === 0 || after < this.recentBase || upTo > this.recentTop) return undefined;
    const recent = this.recent;
    const lo = this.firstAfter(after);
    const prefix = filter?.streamPrefix;
    const types = filter?.eventTypes;
    const page: RecordedEvent[] = [];
    for (let i = lo; i < recent.length && (limit === NO_LIMIT || page.length < limit); i++) {
      const event = recent[i] as RecordedEvent;
      if (event.position > upTo) break;
      if (prefix !== undefined && !event.stream.startsWith(prefix)) continue;
      if (types !== undefined && !types.includes(event.type)) continue;
      page.push(event);
    }
    return page;
  }

  /** One append inside the batch transaction; throws to reject this append alone. */
  private appendOne(append: PendingAppend, recordedAt: string): AppendResult {
    const current = this.stmt.streamRevision.get(append.stream) ?? -1;
    if (!expectationHolds(append.expected, current)) {
      // A retry whose first attempt did commit is answered, not refused.
      const prior = this.priorAppend(append);
      if (prior !== undefined) return prior;
      throw new WrongExpectedRevisionError(append.stream, append.expected, current);
    }
    if (append.events.length === 0) return { nextRevision: current, events: [], duplicate: false };
    try {
      // One INSERT is atomic on its own: a constraint it breaks undoes that statement alone (SQLite's ABORT) and
      // leaves the batch's transaction as it was, so the SAVEPOINT and RELEASE of `insertEvents` (two more
      // statements per append, most appends being of one development) are for appends of several events only.
      return append.events.length === 1
        ? this.insert(append, current, recordedAt)
        : this.insertEvents(append, current, recordedAt);
    } catch (error) {
      // The happy path pays for no id look-ups: the UNIQUE index on `id`
      // detects a known id, and only then do we find out which case it is.
      if (isUniqueViolation(error)) {
        const prior = this.priorAppend(append);
        if (prior !== undefined) return prior;
      }
      throw error;
    }
  }

  private priorAppend(append: PendingAppend): AppendResult | undefined {
    return priorAppend(append.stream, append.events, (id) => {
      const row = this.stmt.byId.get(id);
      return row === undefined ? undefined : toRecorded(row);
    });
  }

  // -------------------------------------------------------------------------
  // Reading

  private head(): number {
    return this.stmt.head.get() ?? 0;
  }

  /** Events with `from <= position <= to` that match, at most `limit` (-1: all). */
  private page(from: number, to: number, filter: EventFilter | undefined, limit: number): RecordedEvent[] {
    const prefix = filter?.streamPrefix;
    const types = filter?.eventTypes;
    return toRecordedList(
      this.read(() => {
        if (types === undefined) {
          return prefix === undefined
            ? this.stmt.all.all(from, to, limit)
            : this.stmt.allByPrefix.all({ from, to, limit, prefix });
        }
        return this.pageByTypes(from, to, prefix, [...new Set(types)], limit);
      }),
    );
  }

  /**
   * One index range per type, merged here. `type IN (…)` in one statement
   * would make SQLite collect every match in the window and sort it for each
   * page, which is quadratic over a long catch-up; each per-type query walks
   * the (type, position) index in order and stops at `limit`.
   */
  private pageByTypes(
    from: number,
    to: number,
    prefix: string | undefined,
    types: readonly string[],
    limit: number,
  ): Row[] {
    const query = (type: string): Row[] =>
      prefix === undefined
        ? this.stmt.allByType.all({ from, to, limit, type })
        : this.stmt.allByPrefixAndType.all({ from, to, limit, prefix, type });
    if (types.length === 1) return query(types[0] as string);
    const rows = types.flatMap(query);
    rows.sort((a, b) => a[0] - b[0]);
    if (limit !== NO_LIMIT && rows.length > limit) rows.length = limit;
    return rows;
  }

  private read<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      throw translate(error, 'read');
    }
  }

  // -------------------------------------------------------------------------
  // Noticing commits made by other connections

  /**
   * `PRAGMA data_version` changes when another connection commits to the file
   * and stays put for this connection's own commits (those wake subscribers
   * directly), so polling it is a cheap "did anyone else write?" check.
   */
  private startPolling(): void {
    if (this.poller !== undefined || this.path === ':memory:') return;
    this.lastDataVersion = this.stmt.dataVersion.get() ?? 0;
    this.poller = setInterval(() => {
      let version: number;
      try {
        version = this.stmt.dataVersion.get() ?? 0;
      } catch {
        return; // closed under us; close() stops the timer
      }
      if (version !== this.lastDataVersion) {
        this.lastDataVersion = version;
        for (const subscription of this.subscriptions) subscription.notify();
      }
    }, this.pollIntervalMs);
  }

  private stopPolling(): void {
    if (this.poller !== undefined) clearInterval(this.poller);
    this.poller = undefined;
  }

  // -------------------------------------------------------------------------
  // Setup

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new StoreUnavailableError(
        `${this.path} has schema version ${version}; this build knows up to ${SCHEMA_VERSION}`,
      );
    }
    if (version === SCHEMA_VERSION) return;
    this.db
      .transaction(() => {
        this.db.exec(SCHEMA);
        this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
      })
      .immediate();
  }

  private prepareStatements(): SqliteEventStore['stmt'] {
    const db = this.db;
    const byType = 'type = @type';
    return {
      insert: db.prepare(
        'INSERT INTO events (stream, revision, id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertEncoded: db.prepare<[EncodedRow]>(
        `INSERT INTO events (stream, revision, id, type, data, metadata, recorded_at)
         VALUES (@stream, @revision, @id, @type, ${DATA_IF_OBJECT}, ${METADATA_IF_OBJECT}, @recordedAt)`,
      ),
      streamRevision: db.prepare<[string], number | null>('SELECT MAX(revision) FROM events WHERE stream = ?').pluck(),
      head: db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck(),
      byId: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM events WHERE id = ?`).raw(),
      streamForwards: db
        .prepare<[string, number, number], Row>(
          `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`,
        )
        .raw(),
      streamBackwards: db
        .prepare<[string, number, number], Row>(
          `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
        )
        .raw(),
      all: db
        .prepare<[number, number, number], Row>(
          `SELECT ${COLUMNS} FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?`,
        )
        .raw(),
      allByPrefix: db.prepare(PAGE_BY_PREFIX_SQL).raw() as SqliteEventStore['stmt']['allByPrefix'],
      allByType: db
        .prepare(`SELECT ${COLUMNS} FROM events WHERE ${byType} AND ${WINDOW} ${ORDERED}`)
        .raw() as SqliteEventStore['stmt']['allByType'],
      allByPrefixAndType: db
        .prepare(`SELECT ${COLUMNS} FROM events WHERE ${byType} AND ${WINDOW} AND ${BY_PREFIX} ${ORDERED}`)
        .raw() as SqliteEventStore['stmt']['allByPrefixAndType'],
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the sqlite event store is closed');
  }
}

/**
 * Opens (creating if needed) the store file at `path`. Async so that callers
 * treat every store alike; a file that cannot be opened rejects with
 * `StoreUnavailableError`.
 */
export async function openSqliteEventStore(options: SqliteEventStoreOptions): Promise<SqliteEventStore> {
  try {
    return new SqliteEventStore(options);
  } catch (error) {
    throw translate(error, `opening ${options.path}`);
  }
}
