/**
 * The SQLite store's `EventStaging`: the staged events in a scratch database
 * attached to the store's connection (a file of the caller's directory,
 * `journal_mode=OFF`, `synchronous=OFF`: nothing in it has to survive), and
 * a staged range appended by one `INSERT INTO events … SELECT` in the store's
 * group-committed write transaction — no event bound from JavaScript again.
 *
 * That statement computes what `appendEncoded` of each run would: each
 * stream's revisions from its current one (`nth`, the event's place among
 * its stream's staged events, over the stream's revision as the range
 * begins), positions in staging order, and the same refusals by NOT NULL
 * (an empty stream, id or type; text that is not an object's JSON, checked
 * as `appendEncoded`'s INSERT checks it). Its SQL names no value: the
 * stagings of a connection share one scratch table, each its own rows
 * (`STAGING_SPAN`). Anything it cannot take as
 * it is — a stream's first run whose expectation fails, an id already
 * stored (a retry, a conflict) or repeated, a revision taken, a refused text —
 * undoes it (a SAVEPOINT), and the range is appended as `appendEncoded` of
 * each run instead (`appendInRuns`): the same outcome and errors, by the
 * same code.
 *
 * A long range (`writerFrom` events or more: the import's windows) runs the
 * same statements on the staging's writer thread instead, with its own
 * connection, in its turn among the store's appends (`StagingWriter`): what
 * it cannot take as it is undoes its transaction, and the range is appended
 * run by run here as above.
 */
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import type {
  EncodedNewEvent,
  EventStaging,
  EventStore,
  ExpectedRevision,
  RecordedEvent,
  StagedAppendResult,
  StagedEvent,
} from '../port';
import { expectationHolds } from '../shared/rules';
import { appendInRuns, checkStaged, checkStagedRange, type NumberedStagedEvent, StagedCounts } from '../shared/staging';
import { type StagingSql, StagingWriter } from './staging-writer';

/**
 * The scratch database's page: 64 KiB, not SQLite's 4 KiB. A staged row is
 * ≈ 1.5 KiB of text, and with no journal each transaction of staged rows
 * writes its dirty pages to the file one `pwrite` each: for 300k rows 18,843
 * calls instead of 82,074, the same bytes (staging a row: 3.2–3.5 → 2.8–3.0 µs
 * of CPU, bench/README.md).
 */
const SCRATCH_PAGE_SIZE = 65536;
/**
 * The scratch database's page cache, in KiB (the store's connection has 16
 * MiB): its rows are written once and read back once in order, so a few
 * transactions' pages are all it needs; with 16 MiB of 64 KiB pages the
 * import's peak RSS was 50–130 MiB higher at 100k (bench/README.md).
 */
const SCRATCH_CACHE_KIB = 2048;

/** Staged rows held here until this many, then inserted in one transaction of the scratch database. */
const ROWS_PER_INSERT = 256;

type StagedRow = [stream: string, nth: number, id: string, type: string, data: string, metadata: string];

/** What the staging needs of its store. */
export interface StagingHost {
  readonly db: Database.Database;
  /** Throws StoreUnavailableError once the store is closed. */
  assertOpen(): void;
  readonly store: Pick<EventStore, 'appendEncoded'>;
  /**
   * Runs `insert` in the store's next write transaction (with the other
   * appends queued in the same turn) and resolves with what it returns once
   * committed; `undefined` when the range is to be appended run by run.
   */
  inWriteTransaction(
    insert: (recordedAt: string) => StagedAppendResult | undefined,
    recorded: (done: StagedAppendResult, recordedAt: string) => RecordedEvent[],
  ): Promise<StagedAppendResult | undefined>;
  /** The committed events with positions `from` to `to`, as reads give them. */
  recorded(from: number, to: number): RecordedEvent[];
  /** The store's file, for the writer thread's connection. */
  readonly path: string;
  readonly busyTimeoutMs: number;
  /** A range of this many events or more is appended on the staging's writer thread (`StagingWriter`); Infinity for a store in memory. */
  readonly writerFrom: number;
  /**
   * Runs `write` — a write transaction of another connection — in its turn
   * among the store's appends, none of which is written meanwhile, and
   * resolves with what it resolves with; the store's subscribers then read
   * what it committed from the file.
   */
  writerTurn<T>(write: (recordedAt: string) => Promise<T>): Promise<T>;
}

/** The statements of a range (named by position: `?`), the same text in the store's batch and on the writer thread. */
const SQL: StagingSql = {
  bases: `CREATE TEMP TABLE IF NOT EXISTS parley_staging_bases (
    stream TEXT PRIMARY KEY, first INTEGER NOT NULL, base INTEGER NOT NULL
  ) WITHOUT ROWID`,
  clearBases: 'DELETE FROM temp.parley_staging_bases',
  // The range's streams: the first nth of each in the range, and the revision its nth 0 takes.
  fillBases: `INSERT INTO temp.parley_staging_bases (stream, first, base)
    SELECT g.stream, g.first, COALESCE((SELECT MAX(e.revision) FROM main.events e WHERE e.stream = g.stream), -1) + 1 - g.first
    FROM (SELECT stream, MIN(nth) AS first FROM parley_staging.staged WHERE seq BETWEEN ? AND ? GROUP BY stream) g`,
  firstRuns: 'SELECT stream, base FROM temp.parley_staging_bases WHERE first = 0',
  // As `appendEncoded`'s INSERT refuses them (NOT NULL): an empty stream, id or type, text not an object's JSON.
  insertSelect: `INSERT INTO main.events (stream, revision, id, type, data, metadata, recorded_at)
    SELECT CASE WHEN s.stream <> '' THEN s.stream END, b.base + s.nth,
           CASE WHEN s.id <> '' THEN s.id END, CASE WHEN s.type <> '' THEN s.type END,
           CASE WHEN json_valid(s.data) THEN CASE WHEN json_type(s.data) = 'object' THEN s.data END END,
           CASE WHEN json_valid(s.metadata) THEN CASE WHEN json_type(s.metadata) = 'object' THEN s.metadata END END,
           ?
    FROM parley_staging.staged s JOIN temp.parley_staging_bases b ON b.stream = s.stream
    WHERE s.seq BETWEEN ? AND ? ORDER BY s.seq`,
};

/** Staging numbers apart: staging `n`'s event `seq` is row `n × STAGING_SPAN + seq` of the scratch table. */
const STAGING_SPAN = 2 ** 32;
/** The stagings each connection opened (numbering them), and how many are open (the scratch database attached while any is). */
const ids = new WeakMap<Database.Database, number>();
const open = new WeakMap<Database.Database, number>();
/** The scratch database's file, while attached. */
const scratchFiles = new WeakMap<Database.Database, string>();

/**
 * The scratch database, attached as `parley_staging` while any staging of the
 * connection is open (in the first one's directory: later ones share it), with
 * the range's bases in a TEMP table — written in the store's transaction, and
 * undone with it, which a database without a journal could not do.
 */
function attach(db: Database.Database, dir: string): void {
  const count = open.get(db) ?? 0;
  if (count === 0) {
    const file = join(dir, 'parley-staging.db');
    db.prepare('ATTACH DATABASE ? AS parley_staging').run(file);
    scratchFiles.set(db, file);
    try {
      // (Before its first table: a database's page size is fixed once it has one.)
      db.pragma(`parley_staging.page_size = ${SCRATCH_PAGE_SIZE}`);
      db.pragma(`parley_staging.cache_size = -${SCRATCH_CACHE_KIB}`);
      db.pragma('parley_staging.journal_mode = OFF');
      db.pragma('parley_staging.synchronous = OFF');
      db.exec(`
        CREATE TABLE IF NOT EXISTS parley_staging.staged (
          seq INTEGER PRIMARY KEY, stream TEXT NOT NULL, nth INTEGER NOT NULL,
          id TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL
        );
      `);
      db.exec(SQL.bases);
    } catch (error) {
      db.exec('DETACH DATABASE parley_staging');
      throw error;
    }
  }
  open.set(db, count + 1);
}

/** One staging fewer: the scratch database is detached with the last (its file is the caller's to remove). */
function detach(db: Database.Database): void {
  const count = (open.get(db) ?? 1) - 1;
  open.set(db, count);
  if (count === 0) scratchFiles.delete(db);
  if (count === 0 && db.open) db.exec('DROP TABLE temp.parley_staging_bases; DETACH DATABASE parley_staging');
}

/** Thrown inside the range's SAVEPOINT when the range is not for the one statement: undone, then appended run by run. */
const RUN_BY_RUN = Symbol('run by run');

export class SqliteStaging implements EventStaging {
  /** Row of the scratch table before this staging's first (`seq` 1 is row `offset + 1`). */
  private readonly offset: number;
  /** Staged, not yet inserted into the scratch database. */
  private pending: StagedRow[] = [];
  private inserted = 0;
  private readonly counts = new StagedCounts();
  private closed = false;
  /** Appends the long ranges on a thread of its own (`host.writerFrom`), started with the first. */
  private writer: StagingWriter | undefined;
  private readonly insertRows: Database.Transaction<(rows: readonly StagedRow[], first: number) => void>;
  private readonly stmt: {
    readonly row: Database.Statement<[number], StagedRow>;
    readonly rows: Database.Statement<[number, number], StagedRow>;
  };
  /** The range's statements in its SAVEPOINT: `RUN_BY_RUN` thrown when it is not for them. */
  private readonly insertRange: Database.Transaction<
    (
      from: number,
      to: number,
      expected: ReadonlyMap<string, ExpectedRevision>,
      recordedAt: string,
    ) => StagedAppendResult
  >;

  constructor(
    private readonly host: StagingHost,
    dir: string,
  ) {
    const { db } = host;
    attach(db, dir);
    const id = (ids.get(db) ?? 0) + 1;
    ids.set(db, id);
    this.offset = id * STAGING_SPAN;
    const insertRow = db.prepare<[number, ...StagedRow]>(
      'INSERT INTO parley_staging.staged (seq, stream, nth, id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertRows = db.transaction((rows, first) => {
      for (let i = 0; i < rows.length; i++) insertRow.run(first + i, ...(rows[i] as StagedRow));
    });
    this.stmt = {
      row: db
        .prepare<[number], StagedRow>(
          'SELECT stream, nth, id, type, data, metadata FROM parley_staging.staged WHERE seq = ?',
        )
        .raw(),
      rows: db
        .prepare<[number, number], StagedRow>(
          'SELECT stream, nth, id, type, data, metadata FROM parley_staging.staged WHERE seq BETWEEN ? AND ? ORDER BY seq',
        )
        .raw(),
    };
    const clearBases = db.prepare(SQL.clearBases);
    const fillBases = db.prepare<[number, number]>(SQL.fillBases);
    const firstRuns = db.prepare<[], [string, number]>(SQL.firstRuns).raw();
    const insertSelect = db.prepare<[string, number, number]>(SQL.insertSelect);
    this.insertRange = db.transaction((from, to, expected, recordedAt) => {
      clearBases.run();
      fillBases.run(from, to);
      // A stream's first run expects what the caller said; its revision before it is its base's predecessor.
      for (const [stream, base] of firstRuns.all())
        if (!expectationHolds(expected.get(stream) ?? 'any', base - 1)) throw RUN_BY_RUN;
      const { changes, lastInsertRowid } = insertSelect.run(recordedAt, from, to);
      if (changes !== to - from + 1) throw RUN_BY_RUN;
      return { stored: changes, position: Number(lastInsertRowid) };
    });
  }

  get count(): number {
    return this.inserted + this.pending.length;
  }

  stage(stream: string, event: EncodedNewEvent): number {
    this.assertOpen();
    checkStaged(stream, event);
    this.pending.push([stream, this.counts.next(stream), event.id, event.type, event.data, event.metadata]);
    if (this.pending.length >= ROWS_PER_INSERT) this.insertPending();
    return this.count;
  }

  staged(seq: number): StagedEvent {
    this.assertOpen();
    checkStagedRange(seq, seq, this.count);
    if (seq > this.inserted) this.insertPending();
    const { stream, event } = eventOf(this.stmt.row.get(this.offset + seq) as StagedRow);
    return { stream, event };
  }

  async append(from: number, to: number, expected: ReadonlyMap<string, ExpectedRevision>): Promise<StagedAppendResult> {
    this.assertOpen();
    checkStagedRange(from, to, this.count);
    this.insertPending();
    const done =
      to - from + 1 >= this.host.writerFrom
        ? await this.onWriter(from, to, expected)
        : await this.inStoreBatch(from, to, expected);
    return (
      done ??
      appendInRuns(this.host.store, this.stmt.rows.all(this.offset + from, this.offset + to).map(eventOf), expected)
    );
  }

  /** The range on the writer thread, in its turn among the store's appends. */
  private onWriter(
    from: number,
    to: number,
    expected: ReadonlyMap<string, ExpectedRevision>,
  ): Promise<StagedAppendResult | undefined> {
    const { db, path, busyTimeoutMs } = this.host;
    const writer = (this.writer ??= new StagingWriter({
      path,
      scratch: scratchFiles.get(db) as string,
      busyTimeoutMs,
      sql: SQL,
    }));
    return this.host.writerTurn((recordedAt) =>
      writer.append(this.offset + from, this.offset + to, expected, recordedAt),
    );
  }

  /** The range in the store's next batch, by this connection. */
  private inStoreBatch(
    from: number,
    to: number,
    expected: ReadonlyMap<string, ExpectedRevision>,
  ): Promise<StagedAppendResult | undefined> {
    return this.host.inWriteTransaction(
      (recordedAt) => {
        try {
          return this.insertRange(this.offset + from, this.offset + to, expected, recordedAt);
        } catch (error) {
          // Undone by its SAVEPOINT; an error that ended the whole transaction (I/O, a full disk) fails the batch.
          if (error === RUN_BY_RUN || (isConstraint(error) && this.host.db.inTransaction)) return undefined;
          throw error;
        }
      },
      // Read back once committed, for the subscribers at the head: one statement's inserts took consecutive positions.
      ({ position }) => this.host.recorded(position - (to - from), position),
    );
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    this.writer?.stop();
    // (A store closed first let go of it with its connection.)
    detach(this.host.db);
  }

  private insertPending(): void {
    if (this.pending.length === 0) return;
    this.insertRows(this.pending, this.offset + this.inserted + 1);
    this.inserted += this.pending.length;
    this.pending = [];
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('this staging is closed');
    this.host.assertOpen();
  }
}

function eventOf([stream, nth, id, type, data, metadata]: StagedRow): NumberedStagedEvent {
  return { stream, nth, event: { id, type, data, metadata } };
}

/** A constraint the statement broke (SQLite undid that statement alone). */
function isConstraint(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}
