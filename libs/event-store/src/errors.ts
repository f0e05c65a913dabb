import type { ExpectedRevision, StreamDeletion } from './port';

/** Base of the errors a store reports; vendor errors are translated into these. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream's revision is not what the writer expected (optimistic concurrency). */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'wrong-expected-revision';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(`stream ${stream}: expected revision ${String(expected)}, actual ${actual === -1 ? 'no-stream' : actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** An event id is already stored on another stream, or an append mixes stored and new ids. */
export class DuplicateEventIdError extends EventStoreError {
  readonly code = 'duplicate-event-id';
  constructor(
    readonly eventId: string,
    /** The stream that holds the id already. */
    readonly existingStream: string,
  ) {
    super(`event id ${eventId} is already stored in stream ${existingStream}`);
    this.name = 'DuplicateEventIdError';
  }
}

/**
 * One append is larger than the store takes in one write (EventStoreDB's
 * `MaxAppendSize`, counted over its events' data, metadata and type). Nothing
 * is stored; the same append will always be refused.
 */
export class AppendTooLargeError extends EventStoreError {
  readonly code = 'append-too-large';
  constructor(
    readonly stream: string,
    /** The store's limit, in bytes. */
    readonly maxBytes: number,
  ) {
    super(
      `the append to ${stream} is over the event store's limit of ${maxBytes} bytes per append (MaxAppendSize on the EventStoreDB cluster)`,
    );
    this.name = 'AppendTooLargeError';
  }
}

const DELETION_WORDS: Record<StreamDeletion, string> = {
  tombstone: 'hard-deleted (tombstoned), which EventStoreDB never undoes',
  'soft-delete': 'soft-deleted, its events hidden by its metadata',
  truncated: 'truncated, its first events hidden by its metadata ($tb)',
};

/**
 * The stream was deleted in the store by something other than this store — an operator with
 * EventStoreDB's own tools — so events that were written to it and acknowledged can no longer be
 * read from it. Reads and appends of it are refused, and nothing is written to it: neither a new
 * history on top of the hidden one nor a second copy of an acknowledged event.
 */
export class StreamDeletedError extends EventStoreError {
  readonly code = 'stream-deleted';
  constructor(
    readonly stream: string,
    readonly deletion: StreamDeletion,
  ) {
    super(`stream ${stream} was deleted in EventStoreDB outside Parley: ${DELETION_WORDS[deletion]}`);
    this.name = 'StreamDeletedError';
  }
}

/** The store cannot be reached or has been closed. */
export class StoreUnavailableError extends EventStoreError {
  readonly code = 'store-unavailable';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
