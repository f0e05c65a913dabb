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
