import {
  AccessDeniedError,
  DeadlineExceededError,
  NO_STREAM,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { DuplicateEventIdError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import {
  SubscriptionEndedError,
  isInvalidPosition,
  isStreamNotFound,
  isTransientSubscriptionError,
  isWrongExpectedVersion,
  translateError,
  translateWrongExpectedVersion,
} from './errors';
import { PositionOutOfRangeError } from './positions';

/** A gRPC status error as grpc-js raises it. */
const grpcError = (code: number, details: string) => Object.assign(new Error(`${code} ${details}`), { code, details });

describe('EventStoreDB errors → port errors', () => {
  it('translates WrongExpectedVersionError with the caller’s expectation and the actual revision', () => {
    const esdb = new WrongExpectedVersionError(undefined, { streamName: 'negotiation-x', expected: 2n, current: 5n });
    expect(isWrongExpectedVersion(esdb)).toBe(true);
    const ours = translateWrongExpectedVersion('negotiation-x', 2, esdb);
    expect(ours).toBeInstanceOf(WrongExpectedRevisionError);
    expect(ours).toMatchObject({ stream: 'negotiation-x', expected: 2, actual: 5, code: 'wrong-expected-revision' });
  });

  it('reports actual -1 when the stream does not exist', () => {
    const esdb = new WrongExpectedVersionError(undefined, {
      streamName: 's',
      expected: 'stream_exists',
      current: NO_STREAM,
    });
    expect(translateWrongExpectedVersion('s', 'exists', esdb)).toMatchObject({ expected: 'exists', actual: -1 });
    expect(translateWrongExpectedVersion('s', 'exists', esdb).message).toContain('actual no-stream');
  });

  it('keeps the caller’s -1 rather than the server’s echo of it', () => {
    const esdb = new WrongExpectedVersionError(undefined, { streamName: 's', expected: NO_STREAM, current: 0n });
    expect(translateWrongExpectedVersion('s', -1, esdb)).toMatchObject({ expected: -1, actual: 0 });
  });

  it('turns "cannot reach the cluster" into StoreUnavailableError, keeping the cause', () => {
    const failures = [
      new UnavailableError(grpcError(14, 'No connection established') as never),
      new DeadlineExceededError(grpcError(4, 'Deadline exceeded') as never),
      new TimeoutError(grpcError(10, 'Aborted') as never),
      new Error('Failed to discover after 10 attempts.'),
    ];
    for (const failure of failures) {
      const translated = translateError(failure, 'append');
      expect(translated).toBeInstanceOf(StoreUnavailableError);
      expect((translated as StoreUnavailableError).cause).toBe(failure);
      expect((translated as Error).message).toMatch(/^EventStoreDB append failed: /);
    }
  });

  it('turns access denied into StoreUnavailableError with a hint about the credentials', () => {
    const translated = translateError(new AccessDeniedError(grpcError(16, 'Access denied') as never), 'read');
    expect(translated).toBeInstanceOf(StoreUnavailableError);
    expect((translated as Error).message).toContain('check the credentials in EVENTSTORE_CONNECTION_STRING');
  });

  it('passes our own errors and unknown errors through unchanged', () => {
    const ours = new DuplicateEventIdError('id', 's');
    expect(translateError(ours, 'append')).toBe(ours);
    const bug = new TypeError('x is not a function');
    expect(translateError(bug, 'append')).toBe(bug);
    const unknown = new UnknownError(grpcError(2, 'Unknown') as never);
    expect(translateError(unknown, 'read')).toBe(unknown);
    expect(translateError('a string', 'read')).toBe('a string');
  });

  it('recognises a missing stream and the server’s "invalid position"', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 's'))).toBe(true);
    expect(isStreamNotFound(new Error('stream not found'))).toBe(false);
    const invalid = new UnknownError(
      grpcError(3, 'INVALID_ARGUMENT: Trying to read from an invalid position.') as never,
    );
    expect(isInvalidPosition(invalid)).toBe(true);
    expect(isInvalidPosition(new UnknownError(grpcError(3, 'INVALID_ARGUMENT: something else') as never))).toBe(false);
    expect(isInvalidPosition(undefined)).toBe(false);
  });

  it('retries a subscription after connection trouble, not after errors that would repeat', () => {
    expect(isTransientSubscriptionError(new UnavailableError(grpcError(14, 'down') as never))).toBe(true);
    expect(isTransientSubscriptionError(new UnknownError(grpcError(2, 'stream reset') as never))).toBe(true);
    expect(isTransientSubscriptionError(new SubscriptionEndedError())).toBe(true);
    expect(isTransientSubscriptionError(new StoreUnavailableError('down'))).toBe(true);
    expect(isTransientSubscriptionError(new AccessDeniedError(grpcError(16, 'denied') as never))).toBe(false);
    expect(
      isTransientSubscriptionError(new UnknownError(grpcError(3, 'Trying to read from an invalid position.') as never)),
    ).toBe(false);
    expect(isTransientSubscriptionError(new PositionOutOfRangeError(1n << 60n))).toBe(false);
    expect(isTransientSubscriptionError(new TypeError('bug'))).toBe(false);
  });
});
