import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { SnapshotState, SnapshotStore, ViewsSnapshot, ViewsSnapshotHeader } from '@parley/projections';

/**
 * The file's layout (`PRAGMA user_version`): 2, a row per negotiation
 * without its developments and the developments in pieces beside it. A file
 * of an older layout loses its snapshot (the views are refolded once).
 */
const LAYOUT = 2;
/**
 * Pages of 64 KiB (SQLite's default is 4 KiB): a piece (≈ 30 KB of JSON)
 * fits in one page rather than a chain of 8, and the WAL is checkpointed
 * every 1,000 pages, 16× fewer times for the same bytes: writing a
 * snapshot's bytes took 2–3× less CPU in a loop (4.8 MB in rows of 30 KB:
 * 11–13 → 5–5.6 ms).
 */
const PAGE_SIZE = 65_536;

/**
 * The snapshot file, of this layout: a file of an older one (or none) is
 * created anew — it is a cache, so the views are refolded once. (Anew rather
 * than its tables dropped and the file vacuumed into the new page size: a
 * connection that had vacuumed it, out of WAL mode and back, then held
 * about what it wrote in native memory — peak RSS after a rebuild of 300k
 * events 316 → 489 MiB while its snapshot was written; created anew, 308.)
 */
function openLayout(file: string): Database.Database {
  const db = new Database(file);
  // The first layout kept every view in one JSON string (too large for a long log), the second a whole state per row
  // (rewritten whole by every snapshot).
  if ((db.pragma('user_version', { simple: true }) as number) >= LAYOUT) return db;
  db.close();
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
  const fresh = new Database(file);
  // Before anything is written: the file is created with this page size.
  fresh.pragma(`page_size = ${PAGE_SIZE}`);
  fresh.pragma(`user_version = ${LAYOUT}`);
  return fresh;
}

/** Snapshots in their own SQLite file beside the log (or beside the process, for EventStoreDB). */
export class SqliteSnapshotStore implements SnapshotStore {
  private readonly db: Database.Database;
  private readonly statements: {
    readonly pieces: Database.Statement<[string]>;
    readonly putRow: Database.Statement<[string, number, string | Buffer, number]>;
    readonly dropPieces: Database.Statement<[string, number]>;
    readonly putPiece: Database.Statement<[string, number, string | Buffer]>;
  };

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = openLayout(file);
    this.db.pragma('journal_mode = WAL');
    // A cache of the log, not the log: a commit lost on power loss leaves an older snapshot (or none), never a torn one.
    this.db.pragma('synchronous = NORMAL');
    this.db.transaction(() => {
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS views_snapshot_header (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          model_version TEXT NOT NULL, last_event_id TEXT NOT NULL, position INTEGER NOT NULL, taken_at TEXT NOT NULL);
        -- body: the state without its developments; developments: how many it holds, in views_snapshot_piece.
        CREATE TABLE IF NOT EXISTS views_snapshot_state (
          negotiation_id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, body TEXT NOT NULL, developments INTEGER NOT NULL);
        -- Piece i of a state's developments (SNAPSHOT_PIECE of them from i · SNAPSHOT_PIECE on), as a JSON array.
        CREATE TABLE IF NOT EXISTS views_snapshot_piece (
          negotiation_id TEXT NOT NULL, piece INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (negotiation_id, piece));`);
    })();
    this.statements = {
      pieces: this.db.prepare('SELECT body FROM views_snapshot_piece WHERE negotiation_id = ? ORDER BY piece').pluck(),
      putRow: this.db.prepare(
        'INSERT OR REPLACE INTO views_snapshot_state (negotiation_id, ordinal, body, developments) VALUES (?, ?, ?, ?)',
      ),
      dropPieces: this.db.prepare('DELETE FROM views_snapshot_piece WHERE negotiation_id = ? AND piece >= ?'),
      putPiece: this.db.prepare('INSERT INTO views_snapshot_piece (negotiation_id, piece, body) VALUES (?, ?, ?)'),
    };
  }

  load(): ViewsSnapshot | undefined {
    const row = this.db
      .prepare('SELECT model_version, last_event_id, position, taken_at FROM views_snapshot_header WHERE id = 1')
      .get() as { model_version: string; last_event_id: string; position: number; taken_at: string } | undefined;
    if (!row) return undefined;
    const db = this.db;
    const pieces = this.statements.pieces;
    return {
      modelVersion: row.model_version,
      lastEventId: row.last_event_id,
      position: row.position,
      takenAt: row.taken_at,
      *states() {
        const rows = db
          .prepare('SELECT negotiation_id, ordinal, body, developments FROM views_snapshot_state ORDER BY ordinal')
          .raw()
          .all() as [string, number, string | Buffer, number][];
        for (const [negotiationId, ordinal, body, developments] of rows)
          yield {
            negotiationId,
            ordinal,
            body,
            developments,
            piecesFrom: 0,
            pieces: pieces.all(negotiationId) as (string | Buffer)[],
          };
      },
    };
  }

  save(header: ViewsSnapshotHeader, states: Iterable<SnapshotState>, options: { readonly replace: boolean }): void {
    this.db.transaction(() => {
      if (options.replace) this.dropRows();
      this.putRows(states);
      this.setHeader(header);
    })();
  }

  begin(options: { readonly replace: boolean }): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM views_snapshot_header').run();
      if (options.replace) this.dropRows();
    })();
  }

  put(states: readonly SnapshotState[]): void {
    this.db.transaction(() => this.putRows(states))();
  }

  finish(header: ViewsSnapshotHeader): void {
    this.setHeader(header);
  }

  private putRows(states: Iterable<SnapshotState>): void {
    const { putRow, dropPieces, putPiece } = this.statements;
    for (const { negotiationId, ordinal, body, developments, piecesFrom, pieces } of states) {
      putRow.run(negotiationId, ordinal, body, developments);
      dropPieces.run(negotiationId, piecesFrom);
      for (let i = 0; i < pieces.length; i++) putPiece.run(negotiationId, piecesFrom + i, pieces[i]!);
    }
  }

  private dropRows(): void {
    this.db.prepare('DELETE FROM views_snapshot_state').run();
    this.db.prepare('DELETE FROM views_snapshot_piece').run();
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
      this.dropRows();
    })();
  }

  close(): void {
    this.db.close();
  }
}
