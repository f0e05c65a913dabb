/**
 * The raw better-sqlite3 baselines every ratio is judged against: the store's
 * table shape and pragmas (WAL, synchronous=FULL), no store code in between,
 * so a ratio is the cost (or gain) of everything Parley adds.
 */
import Database from 'better-sqlite3';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { NewEvent } from '@parley/event-store';

/** The store's table (kept in step with libs/event-store/src/sqlite/sqlite-event-store.ts). */
export const RAW_SCHEMA = `
  CREATE TABLE events (
    position INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT NOT NULL, revision INTEGER NOT NULL,
    id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL,
    recorded_at TEXT NOT NULL, UNIQUE (stream, revision));
  CREATE INDEX events_by_type ON events (type, position);
`;
export const RAW_INSERT =
  'INSERT INTO events (stream, revision, id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)';

/** A raw connection configured like the store: WAL, synchronous=FULL. */
export function openRaw(path: string, create: boolean): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  if (create) db.exec(RAW_SCHEMA);
  return db;
}

/** One durable transaction per event, one after another: what a naive writer pays per event. Returns events/s. */
export function rawDurablePerEvent(path: string, input: readonly NewEvent[]): number {
  const db = openRaw(path, true);
  try {
    const insert = db.prepare(RAW_INSERT);
    const commitOne = db.transaction((e: NewEvent, revision: number) => {
      insert.run(
        'raw',
        revision,
        e.id,
        e.type,
        JSON.stringify(e.data),
        JSON.stringify(e.metadata),
        new Date().toISOString(),
      );
    });
    const start = process.hrtime.bigint();
    input.forEach((e, i) => commitOne(e, i));
    return input.length / (Number(process.hrtime.bigint() - start) / 1e9);
  } finally {
    db.close();
  }
}

/**
 * Every row in position order, `data` and `metadata` parsed: the least a
 * reader of the log must do. Returns the row count and the seconds taken.
 */
export function rawReadParse(path: string): { rows: number; seconds: number } {
  const db = openRaw(path, false);
  try {
    const select = db.prepare(
      'SELECT position, stream, revision, id, type, data, metadata, recorded_at FROM events ORDER BY position',
    );
    const start = process.hrtime.bigint();
    let rows = 0;
    // iterate() streams rows without holding them all: the fastest raw read we
    // found here (ahead of all(), with or without raw()).
    for (const row of select.iterate() as IterableIterator<{ data: string; metadata: string }>) {
      if (JSON.parse(row.data) && JSON.parse(row.metadata)) rows++;
    }
    return { rows, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
  } finally {
    db.close();
  }
}

/**
 * A JSONL export read line by line, each line parsed, its rows inserted in
 * transactions of `batchSize` with per-stream revisions: the least an import
 * must do. Returns the row count and the seconds taken.
 */
export async function rawImportJsonl(
  file: string,
  dbPath: string,
  batchSize = 1000,
): Promise<{ rows: number; seconds: number }> {
  const db = openRaw(dbPath, true);
  try {
    const insert = db.prepare(RAW_INSERT);
    type Line = { stream: string; id: string; type: string; data: unknown; metadata: unknown };
    const revisions = new Map<string, number>();
    const commit = db.transaction((batch: Line[], recordedAt: string) => {
      for (const o of batch) {
        const revision = (revisions.get(o.stream) ?? -1) + 1;
        revisions.set(o.stream, revision);
        insert.run(o.stream, revision, o.id, o.type, JSON.stringify(o.data), JSON.stringify(o.metadata), recordedAt);
      }
    });
    const start = process.hrtime.bigint();
    let rows = 0;
    let batch: Line[] = [];
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      if (line === '') continue;
      batch.push(JSON.parse(line) as Line);
      if (batch.length === batchSize) {
        commit(batch, new Date().toISOString());
        rows += batch.length;
        batch = [];
      }
    }
    if (batch.length) commit(batch, new Date().toISOString());
    rows += batch.length;
    return { rows, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
  } finally {
    db.close();
  }
}
