/**
 * Stream revisions and expected revisions, ours ↔ EventStoreDB's.
 *
 * Ours are numbers with -1 for "no stream"; EventStoreDB's are bigints with
 * the string constants `no_stream`, `stream_exists` and `any`.
 */
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  type AppendExpectedRevision,
  type CurrentRevision,
} from '@eventstore/db-client';
import type { ExpectedRevision } from '../port';

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no-stream':
      return NO_STREAM;
    case 'exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expected) || expected < -1) {
        throw new RangeError(
          `expectedRevision must be an integer >= -1, 'no-stream', 'exists' or 'any', got ${String(expected)}`,
        );
      }
      // -1 is what `streamRevision` reports for a missing stream; passing it back means "no stream".
      return expected === -1 ? NO_STREAM : BigInt(expected);
  }
}

export function fromEsdbExpectedRevision(expected: AppendExpectedRevision): ExpectedRevision {
  switch (expected) {
    case ANY:
      return 'any';
    case NO_STREAM:
      return 'no-stream';
    case STREAM_EXISTS:
      return 'exists';
    default:
      return fromEsdbRevision(expected);
  }
}

/** A stream revision as a number; refuses what a number cannot hold exactly. */
export function fromEsdbRevision(revision: bigint): number {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`EventStoreDB stream revision ${revision} is outside 0..${Number.MAX_SAFE_INTEGER}`);
  }
  return Number(revision);
}

/** What a `WrongExpectedVersionError` reports as the stream's current revision: -1 when it does not exist. */
export function fromEsdbCurrentRevision(current: CurrentRevision): number {
  return current === NO_STREAM ? -1 : fromEsdbRevision(current);
}

export function toEsdbRevision(revision: number): bigint {
  if (!Number.isSafeInteger(revision) || revision < 0)
    throw new RangeError(`revision must be a non-negative integer, got ${String(revision)}`);
  return BigInt(revision);
}
