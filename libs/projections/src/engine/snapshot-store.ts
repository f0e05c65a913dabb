/**
 * Where the projection engine keeps its checkpointed views: the port (an
 * SQLite file beside the log in the app, nothing for the in-memory store).
 */
/** Which log a snapshot describes, and how far into it. */
export interface ViewsSnapshotHeader {
  /** The escalation tables the states were folded with (`EscalationModel.foldVersion`): another means a rebuild. */
  readonly modelVersion: string;
  /** Id of the event at `position`: a snapshot of another log (or a log since replaced) does not match it. */
  readonly lastEventId: string;
  readonly position: number;
  readonly takenAt: string;
}

/**
 * Developments per piece of a snapshot row: a state's developments (most of
 * it, one per event) are stored in pieces of this many, in their order, so
 * a snapshot of a negotiation that only grew rewrites its last piece or two,
 * not every development it holds. Few enough for a piece's JSON to stay a
 * small string (≈ 30 KB: a development's JSON is ≈ 470 characters): strings
 * over 128 KB are born in V8's large-object space, which only a full
 * collection frees (see json-bytes.ts).
 */
export const SNAPSHOT_PIECE = 64;

/**
 * One negotiation's folded state: `body` is its JSON without its
 * developments (`developments: []`; UTF-8 bytes as the engine writes it),
 * `pieces` hold them: piece i is developments i·SNAPSHOT_PIECE onwards (at
 * most SNAPSHOT_PIECE of them), as a JSON array.
 */
export interface SnapshotState {
  readonly negotiationId: string;
  /** Its place among the negotiations (the engine's order, which lists follow): loaded in this order. */
  readonly ordinal: number;
  readonly body: string | Buffer;
  /** How many developments the state holds (what its pieces add up to). */
  readonly developments: number;
  /**
   * Saved: the state's pieces from `piecesFrom` on replace those stored from
   * there on (the ones before it stand as they are); loaded: 0, every piece.
   */
  readonly piecesFrom: number;
  readonly pieces: readonly (string | Buffer)[];
}

/**
 * A checkpointed picture of every view, so a restart resumes from `position`
 * instead of re-reading the log: one row per negotiation, so no single string
 * has to hold every view (a log of millions of events would not fit in one),
 * and a periodic snapshot rewrites only the negotiations changed since the last
 * — of each, its row and the pieces of developments added since (`SnapshotState`).
 */
export interface ViewsSnapshot extends ViewsSnapshotHeader {
  /** The negotiations' states, read one at a time. */
  states(): Iterable<SnapshotState>;
}

export interface SnapshotStore {
  load(): ViewsSnapshot | undefined;
  /**
   * Moves the snapshot to `header` in one transaction, writing `states` (read
   * one at a time, so they need not all be serialised at once). `replace`:
   * they are every state (any other row goes); otherwise they replace their
   * own rows and the others stand.
   */
  save(header: ViewsSnapshotHeader, states: Iterable<SnapshotState>, options: { readonly replace: boolean }): void;
  /**
   * A snapshot written in several transactions (too large for one pause of
   * the event loop): `begin` drops the header first (with every row when
   * `replace`), so until `finish` there is no snapshot to restore — a crash
   * in between means a refold, never a mix of two pictures; `put` writes rows;
   * `finish` sets the header.
   */
  begin(options: { readonly replace: boolean }): void;
  put(states: readonly SnapshotState[]): void;
  finish(header: ViewsSnapshotHeader): void;
  clear(): void;
  close(): void;
}

/** For the in-memory store: nothing survives a restart anyway. */
export class NoSnapshotStore implements SnapshotStore {
  load(): undefined {
    return undefined;
  }
  save(): void {}
  begin(): void {}
  put(): void {}
  finish(): void {}
  clear(): void {}
  close(): void {}
}
