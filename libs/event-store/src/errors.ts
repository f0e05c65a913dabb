import type { ExpectedRevision } from './port';

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
