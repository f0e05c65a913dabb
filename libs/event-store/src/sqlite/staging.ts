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
 * (`textIfObject`, an empty stream, id or type). Anything it cannot take as
 * it is — a stream's first run whose expectation fails, an id already
 * stored (a retry, a conflict) or repeated, a revision taken, a refused text —
 * undoes it (a SAVEPOINT), and the range is appended as `appendEncoded` of
 * each run instead (`appendInRuns`): the same outcome and errors, by the
 * same code.
 */
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import type {
  EncodedNewEvent,
  EventStaging,
  EventStore,
  ExpectedRevision,
  JsonObject,
  RecordedEvent,
  StagedAppendResult,
  StagedEvent,
} from '../port';
import { expectationHolds } from '../shared/rules';
import { appendInRuns, checkStaged, checkStagedRange, type NumberedStagedEvent, StagedCounts } from '../shared/staging';

/** Staged rows held here until this many, then inserted in one transaction of the scratch database. */
const ROWS_PER_INSERT = 256;

type StagedRow = [stream: string, nth: number, id: string, type: string, data: string, metadata: string];
type RecordedRow = [stream: string, revision: number, id: string, type: string, data: string, metadata: string];

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
  /** SQL of `column` when it holds the JSON text of an object, else NULL (as `appendEncoded`'s INSERT checks it). */
  textIfObject(column: string): string;
}

/** A scratch database's name on the connection: unique among the stagings it ever attached. */
let attached = 0;

/** Thrown inside the range's SAVEPOINT when the range is not for the one statement: undone, then appended run by run. */
const RUN_BY_RUN = Symbol('run by run');

export class SqliteStaging implements EventStaging {
  private readonly schema: string;
  /** Staged, not yet inserted into the scratch database. */
  private pending: StagedRow[] = [];
  private inserted = 0;
  private readonly counts = new StagedCounts();
  private closed = false;
  private readonly insertRows: Database.Transaction<(rows: readonly StagedRow[]) => void>;
  private readonly stmt: {
    readonly row: Database.Statement<[number], StagedRow>;
    readonly rows: Database.Statement<[number, number], StagedRow>;
    /** A range as appended, for subscribers: stream, revision, id, type, data, metadata (the bases still the range's). */
    readonly appended: Database.Statement<[number, number], RecordedRow>;
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
    const schema = `parley_staging_${++attached}`;
    this.schema = schema;
    db.prepare(`ATTACH DATABASE ? AS ${schema}`).run(join(dir, `${schema}.db`));
    try {
      db.pragma(`${schema}.journal_mode = OFF`);
      db.pragma(`${schema}.synchronous = OFF`);
      db.exec(`
        CREATE TABLE ${schema}.staged (
          seq INTEGER PRIMARY KEY, stream TEXT NOT NULL, nth INTEGER NOT NULL,
          id TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL
        );
        -- Each stream of a range: its first nth in the range and the revision its nth 0 takes.
        -- TEMP, not in the scratch database: it is written in the store's transaction, and undone with it.
        CREATE TEMP TABLE ${schema}_bases (stream TEXT PRIMARY KEY, first INTEGER NOT NULL, base INTEGER NOT NULL) WITHOUT ROWID;
      `);
    } catch (error) {
      db.exec(`DETACH DATABASE ${schema}`);
      throw error;
    }
    const insertRow = db.prepare<StagedRow>(
      `INSERT INTO ${schema}.staged (stream, nth, id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.insertRows = db.transaction((rows) => {
      for (const row of rows) insertRow.run(...row);
    });
    const columns = 'stream, nth, id, type, data, metadata';
    this.stmt = {
      row: db.prepare<[number], StagedRow>(`SELECT ${columns} FROM ${schema}.staged WHERE seq = ?`).raw(),
      rows: db
        .prepare<[number, number], StagedRow>(
          `SELECT ${columns} FROM ${schema}.staged WHERE seq BETWEEN ? AND ? ORDER BY seq`,
        )
        .raw(),
      appended: db
        .prepare<[number, number], RecordedRow>(
          `SELECT s.stream, b.base + s.nth, s.id, s.type, s.data, s.metadata
           FROM ${schema}.staged s JOIN temp.${schema}_bases b ON b.stream = s.stream
           WHERE s.seq BETWEEN ? AND ? ORDER BY s.seq`,
        )
        .raw(),
    };
    const bases = `temp.${schema}_bases`;
    const clearBases = db.prepare(`DELETE FROM ${bases}`);
    const fillBases = db.prepare<[number, number]>(
      `INSERT INTO ${bases} (stream, first, base)
       SELECT g.stream, g.first, COALESCE((SELECT MAX(e.revision) FROM main.events e WHERE e.stream = g.stream), -1) + 1 - g.first
       FROM (SELECT stream, MIN(nth) AS first FROM ${schema}.staged WHERE seq BETWEEN ? AND ? GROUP BY stream) g`,
    );
    const firstRuns = db.prepare<[], [string, number]>(`SELECT stream, base FROM ${bases} WHERE first = 0`).raw();
    const nonEmpty = (column: string) => `CASE WHEN ${column} <> '' THEN ${column} END`;
    const insertSelect = db.prepare<[string, number, number]>(
      `INSERT INTO main.events (stream, revision, id, type, data, metadata, recorded_at)
       SELECT ${nonEmpty('s.stream')}, b.base + s.nth, ${nonEmpty('s.id')}, ${nonEmpty('s.type')},
              ${host.textIfObject('s.data')}, ${host.textIfObject('s.metadata')}, ?
       FROM ${schema}.staged s JOIN ${bases} b ON b.stream = s.stream
       WHERE s.seq BETWEEN ? AND ? ORDER BY s.seq`,
    );
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
    const { stream, event } = eventOf(this.stmt.row.get(seq) as StagedRow);
    return { stream, event };
  }

  async append(from: number, to: number, expected: ReadonlyMap<string, ExpectedRevision>): Promise<StagedAppendResult> {
    this.assertOpen();
    checkStagedRange(from, to, this.count);
    this.insertPending();
    const done = await this.host.inWriteTransaction(
      (recordedAt) => {
        try {
          return this.insertRange(from, to, expected, recordedAt);
        } catch (error) {
          // Undone by its SAVEPOINT; an error that ended the whole transaction (I/O, a full disk) fails the batch.
          if (error === RUN_BY_RUN || (isConstraint(error) && this.host.db.inTransaction)) return undefined;
          throw error;
        }
      },
      // Read back right after the commit, before any other range fills the bases; one statement's inserts took
      // consecutive positions.
      ({ position }, recordedAt) =>
        this.stmt.appended.all(from, to).map(([stream, revision, id, type, data, metadata], i) => ({
          id,
          type,
          data: JSON.parse(data) as JsonObject,
          metadata: JSON.parse(metadata) as JsonObject,
          stream,
          revision,
          position: position - (to - from) + i,
          recordedAt,
        })),
    );
    return done ?? appendInRuns(this.host.store, this.stmt.rows.all(from, to).map(eventOf), expected);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    // A store closed first let go of it with its connection.
    if (this.host.db.open) this.host.db.exec(`DROP TABLE temp.${this.schema}_bases; DETACH DATABASE ${this.schema}`);
  }

  private insertPending(): void {
    if (this.pending.length === 0) return;
    this.insertRows(this.pending);
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
