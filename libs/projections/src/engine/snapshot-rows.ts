/**
 * A view state as a snapshot row and back: the state without its
 * developments, and the developments in pieces of SNAPSHOT_PIECE
 * (`SnapshotState`), so a row of a negotiation that only grew is rewritten
 * from its last stored piece on.
 */
import { VIEW_STATE_SCHEMA, type DevelopmentRecord, type ViewState } from '../view-state';
import { jsonBytes } from './json-bytes';
import { SNAPSHOT_PIECE, type SnapshotState } from './snapshot-store';

/** What a snapshot row holds of a state's developments: how many, and the last of them (the very record). */
export interface StoredDevelopments {
  readonly count: number;
  readonly last: DevelopmentRecord | undefined;
}

/** What a row written now stores of `state`'s developments. */
export function storedDevelopments(state: ViewState): StoredDevelopments {
  return { count: state.developments.length, last: state.developments[state.developments.length - 1] };
}

/**
 * The first piece of `state` that differs from what its row stores (`stored`,
 * or nothing stored): developments are only ever appended to a state, or it is
 * folded anew (every record a new one), so the stored ones are its first
 * `count` when the record at `count - 1` is still the very one stored.
 */
export function firstChangedPiece(state: ViewState, stored: StoredDevelopments | undefined): number {
  if (stored === undefined || stored.count > state.developments.length) return 0;
  if (stored.count > 0 && state.developments[stored.count - 1] !== stored.last) return 0;
  return Math.floor(stored.count / SNAPSHOT_PIECE);
}

/** `state`'s snapshot row, its pieces from `piecesFrom` on (serialised when this is called). */
export function snapshotRow(
  negotiationId: string,
  ordinal: number,
  state: ViewState,
  piecesFrom: number,
): SnapshotState {
  const developments = state.developments;
  const pieces: Buffer[] = [];
  // A piece is small enough for one string (`SNAPSHOT_PIECE`), and one JSON.stringify of it costs ≈ 0.6 of writing its
  // developments one by one as bytes (`jsonBytes`, which the row itself takes: a state's other parts have no bound).
  // As bytes at once: the string dies young, and a slice of a sliced snapshot holds only Buffers outside the heap
  // (held as strings they can outlive scavenges into the old generation: one bench run's 1M rebuild peaked at 930 MiB
  // so, three other runs at 625–631, base at 613–630).
  for (let from = piecesFrom * SNAPSHOT_PIECE; from < developments.length; from += SNAPSHOT_PIECE)
    pieces.push(Buffer.from(JSON.stringify(developments.slice(from, from + SNAPSHOT_PIECE))));
  return {
    negotiationId,
    ordinal,
    body: jsonBytes({ ...state, developments: [] }),
    developments: developments.length,
    piecesFrom,
    pieces,
  };
}

/** The state a loaded row holds, or undefined when it is not one this version wrote (another shape, pieces that do not add up). */
export function restoredState(row: SnapshotState): ViewState | undefined {
  const state = JSON.parse(text(row.body)) as ViewState & { developments: DevelopmentRecord[] };
  if (state.schema !== VIEW_STATE_SCHEMA || state.negotiationId !== row.negotiationId) return undefined;
  if (row.piecesFrom !== 0 || row.pieces.length !== Math.ceil(row.developments / SNAPSHOT_PIECE)) return undefined;
  const pieces = row.pieces.map((piece) => JSON.parse(text(piece)) as DevelopmentRecord[]);
  // Every piece but the last holds SNAPSHOT_PIECE (a row written with another size does not match).
  for (let i = 0; i < pieces.length; i++) {
    const piece: unknown = pieces[i];
    const expected = i < pieces.length - 1 ? SNAPSHOT_PIECE : row.developments - i * SNAPSHOT_PIECE;
    if (!Array.isArray(piece) || piece.length !== expected) return undefined;
  }
  state.developments = pieces.length === 1 ? pieces[0]! : pieces.flat();
  return state;
}

function text(body: string | Buffer): string {
  return typeof body === 'string' ? body : body.toString('utf8');
}
