/**
 * EventStoreDB `$all` positions ↔ the port's global `position: number`.
 *
 * What EventStoreDB gives us (checked against the server source, KurrentDB
 * `AllReader`, `StorageWriterService`, `Enumerator.AllSubscription*`):
 *
 * - Every append over gRPC (EventStoreDB 20+, KurrentDB) is an *implicit*
 *   transaction: one prepare record per event, each flagged `IsCommitted`, with
 *   no separate commit record. `$all` reports such an event at
 *   `{ commit: L, prepare: L }` where `L` is the byte offset of the event's own
 *   record in the transaction log. So commit and prepare are **equal**, and a
 *   multi-event append gives each event its own, increasing `L` (the records
 *   are contiguous, in append order). `$all` order is `(commit, prepare)` order,
 *   which for these events is simply `L` order.
 * - Only the legacy explicit transactions of the TCP API (removed in
 *   KurrentDB 24+) produce `commit ≠ prepare` (all events of the transaction
 *   share the commit record's offset). This adapter never writes them, and
 *   refuses to number them (`UnsupportedPositionError`) rather than number
 *   them wrongly.
 * - Reads and subscriptions must start from a *record boundary*: a position
 *   inside a record fails with "Trying to read from an invalid position".
 *   Reading `$all` forwards from `P` is inclusive of the event at `P`;
 *   subscribing from `P` delivers only events after `P`.
 *
 * The mapping, for an event at log offset `L`:
 *
 *     position = 2·L + 1      (always odd)
 *
 * and the even number `2·L + 2` means "just after the event at `L`". Every
 * number this adapter hands out decodes back to a record boundary `{L, L}`:
 *
 * - unique per event and strictly increasing in `$all` order (`L` is);
 * - reversible: `readAll({ fromPosition: p })` starts at `{L, L}` and drops
 *   what is below `p`; `subscribe({ afterPosition: p })` subscribes from
 *   `{L, L}`, which the server treats as exclusive;
 * - `p + 1`, the usual "next page" idiom, is still a valid start: it is the
 *   even "just after" number of the same record. (Other numbers the adapter
 *   never handed out may point inside a record; the store then locates the
 *   nearest event by scanning `$all` backwards — see `EsdbEventStore`.)
 * - 0 is "before everything" (`START`), as the port requires, and no event
 *   maps to 0 because positions are odd.
 *
 * Range: `2·L + 2` must stay a safe integer, so `L ≤ (2^53 − 3) / 2`, about
 * 4 PiB of transaction log. Beyond that `PositionOutOfRangeError` is thrown
 * instead of silently losing precision.
 */
import { END, START, type Position, type ReadPosition } from '@eventstore/db-client';
import { EventStoreError } from '../errors';

/** The largest log offset whose `2·L + 2` is still a safe integer. */
export const MAX_LOG_POSITION = (BigInt(Number.MAX_SAFE_INTEGER) - 2n) / 2n;

/** A log position that the port's `number` cannot represent exactly. */
export class PositionOutOfRangeError extends EventStoreError {
  readonly code = 'position-out-of-range';
  constructor(readonly logPosition: bigint) {
    super(
      `EventStoreDB log position ${logPosition} is beyond what a JavaScript number can carry ` +
        `(max ${MAX_LOG_POSITION}); Parley positions would lose precision`,
    );
    this.name = 'PositionOutOfRangeError';
  }
}

/** An event written by a legacy explicit transaction (commit ≠ prepare), which this mapping cannot order. */
export class UnsupportedPositionError extends EventStoreError {
  readonly code = 'unsupported-position';
  constructor(readonly esdbPosition: Position) {
    super(
      `event at commit ${esdbPosition.commit} / prepare ${esdbPosition.prepare} was written by an explicit ` +
        `transaction (commit ≠ prepare); Parley only reads events appended through gRPC`,
    );
    this.name = 'UnsupportedPositionError';
  }
}

/** The port's position of an event read from `$all` or a stream. */
export function toParleyPosition(position: Position): number {
  if (position.commit !== position.prepare) throw new UnsupportedPositionError(position);
  const log = position.commit;
  if (log < 0n) throw new RangeError(`negative EventStoreDB log position ${log}`);
  if (log > MAX_LOG_POSITION) throw new PositionOutOfRangeError(log);
  return Number(log) * 2 + 1;
}

/** Like `toParleyPosition`, but `undefined` for what cannot be numbered (used when scanning foreign records). */
export function tryParleyPosition(position: Position): number | undefined {
  if (position.commit !== position.prepare || position.commit < 0n || position.commit > MAX_LOG_POSITION)
    return undefined;
  return Number(position.commit) * 2 + 1;
}

export type DecodedPosition =
  | { readonly kind: 'start' }
  /** `position` is the event at `log` itself (odd numbers). */
  | { readonly kind: 'event'; readonly log: Position }
  /** `position` is just after the event at `log` (even numbers). */
  | { readonly kind: 'after-event'; readonly log: Position };

export function decodePosition(position: number): DecodedPosition {
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new RangeError(`position must be a non-negative safe integer, got ${String(position)}`);
  }
  if (position === 0) return { kind: 'start' };
  const log = BigInt(Math.floor((position - 1) / 2));
  return { kind: position % 2 === 1 ? 'event' : 'after-event', log: { commit: log, prepare: log } };
}

/**
 * Where `readAll({ fromPosition })` starts reading `$all` (forwards, inclusive).
 * For an "after-event" number the event at `log` is read too; the caller drops
 * every event whose position is below `fromPosition`.
 */
export function readAllStart(fromPosition: number): ReadPosition {
  const decoded = decodePosition(fromPosition);
  return decoded.kind === 'start' ? START : decoded.log;
}

/** Where `subscribe({ afterPosition })` subscribes from (the server delivers only events after it). */
export function subscriptionStart(afterPosition: number): ReadPosition {
  return readAllStart(afterPosition);
}

/** `$all` order: by commit, then prepare. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** Whether `candidate` lies after `current` (`START` lies before every position). */
export function isAfter(candidate: Position, current: ReadPosition): boolean {
  if (current === START) return true;
  if (current === END) return false;
  return comparePositions(candidate, current) > 0;
}
