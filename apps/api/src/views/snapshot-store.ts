import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { SnapshotState, SnapshotStore, ViewsSnapshot, ViewsSnapshotHeader } from '@parley/projections';

/** Snapshots in their own SQLite file beside the log (or beside the process, for EventStoreDB). */
export class SqliteSnapshotStore implements SnapshotStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // A cache of the log, not the log: a commit lost on power loss leaves an older snapshot (or none), never a torn one.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      -- The first layout kept every view in one JSON string (too large for a long log): its snapshot is simply dropped, the views are refolded.
      DROP TABLE IF EXISTS views_snapshot;
      CREATE TABLE IF NOT EXISTS views_snapshot_header (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        model_version TEXT NOT NULL, last_event_id TEXT NOT NULL, position INTEGER NOT NULL, taken_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS views_snapshot_state (negotiation_id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, body TEXT NOT NULL);`);
  }

  load(): ViewsSnapshot | undefined {
    const row = this.db
      .prepare('SELECT model_version, last_event_id, position, taken_at FROM views_snapshot_header WHERE id = 1')
      .get() as { model_version: string; last_event_id: string; position: number; taken_at: string } | undefined;
    if (!row) return undefined;
    const db = this.db;
    return {
      modelVersion: row.model_version,
      lastEventId: row.last_event_id,
      position: row.position,
      takenAt: row.taken_at,
      *states() {
        const rows = db
          .prepare('SELECT negotiation_id, ordinal, body FROM views_snapshot_state ORDER BY ordinal')
          .raw()
          .iterate() as IterableIterator<[string, number, string]>;
        for (const [negotiationId, ordinal, body] of rows) yield { negotiationId, ordinal, body };
      },
    };
  }

  save(header: ViewsSnapshotHeader, states: Iterable<SnapshotState>, options: { readonly replace: boolean }): void {
    this.db.transaction(() => {
      if (options.replace) this.db.prepare('DELETE FROM views_snapshot_state').run();
      this.putRows(states);
      this.setHeader(header);
    })();
  }

  begin(options: { readonly replace: boolean }): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM views_snapshot_header').run();
      if (options.replace) this.db.prepare('DELETE FROM views_snapshot_state').run();
    })();
  }

  put(states: readonly SnapshotState[]): void {
    this.db.transaction(() => this.putRows(states))();
  }

  finish(header: ViewsSnapshotHeader): void {
    this.setHeader(header);
  }

  private putRows(states: Iterable<SnapshotState>): void {
    const put = this.db.prepare(
      'INSERT OR REPLACE INTO views_snapshot_state (negotiation_id, ordinal, body) VALUES (?, ?, ?)',
    );
    for (const { negotiationId, ordinal, body } of states) put.run(negotiationId, ordinal, body);
  }

  private setHeader(header: ViewsSnapshotHeader): void {
    this.db
      .prepare(
        'INSERT OR REPLACE INTO views_snapshot_header (id, model_version, last_event_id, position, taken_at) VALUES (1, ?, ?, ?, ?)',
      )
      .run(header.modelVersion, header.lastEventId, header.position, header.takenAt);
  }

  clear(): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM views_snapshot_header').run();
      this.db.prepare('DELETE FROM views_snapshot_state').run();
    })();
  }

  close(): void {
    this.db.close();
  }
}
