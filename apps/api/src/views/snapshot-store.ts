import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';

/** A checkpointed picture of every view, so a restart resumes from `position` instead of re-reading the log. */
export interface ViewsSnapshot {
  readonly modelVersion: string;
  /** Id of the event at `position`: a snapshot of another log (or a log since replaced) does not match it. */
  readonly lastEventId: string;
  readonly position: number;
  readonly takenAt: string;
  /** JSON of the engine's per-negotiation states. */
  readonly body: string;
}

export interface SnapshotStore {
  load(): ViewsSnapshot | undefined;
  save(snapshot: ViewsSnapshot): void;
  clear(): void;
  close(): void;
}

/** Snapshots in their own SQLite file beside the log (or beside the process, for EventStoreDB). */
export class SqliteSnapshotStore implements SnapshotStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS views_snapshot (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      model_version TEXT NOT NULL, last_event_id TEXT NOT NULL, position INTEGER NOT NULL, taken_at TEXT NOT NULL, body TEXT NOT NULL)`);
  }

  load(): ViewsSnapshot | undefined {
    const row = this.db
      .prepare('SELECT model_version, last_event_id, position, taken_at, body FROM views_snapshot WHERE id = 1')
      .get() as
      { model_version: string; last_event_id: string; position: number; taken_at: string; body: string } | undefined;
    return (
      row && {
        modelVersion: row.model_version,
        lastEventId: row.last_event_id,
        position: row.position,
        takenAt: row.taken_at,
        body: row.body,
      }
    );
  }

  save(s: ViewsSnapshot): void {
    this.db
      .prepare(
        'INSERT OR REPLACE INTO views_snapshot (id, model_version, last_event_id, position, taken_at, body) VALUES (1, ?, ?, ?, ?, ?)',
      )
      .run(s.modelVersion, s.lastEventId, s.position, s.takenAt, s.body);
  }

  clear(): void {
    this.db.prepare('DELETE FROM views_snapshot').run();
  }

  close(): void {
    this.db.close();
  }
}

/** For the in-memory store: nothing survives a restart anyway. */
export class NoSnapshotStore implements SnapshotStore {
  load(): undefined {
    return undefined;
  }
  save(): void {}
  clear(): void {}
  close(): void {}
}
