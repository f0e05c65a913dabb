/**
 * EventStoreDB client errors → the port's errors.
 *
 * The client reports failures as `CommandError`s carrying a `type`
 * (`ErrorType`); errors are recognised by that tag rather than by
 * `instanceof`, so two copies of the client in `node_modules` cannot make a
 * `WrongExpectedVersionError` slip through untranslated.
 */
import { ErrorType, type WrongExpectedVersionError } from '@eventstore/db-client';
import { AppendTooLargeError, EventStoreError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type { ExpectedRevision } from '../port';
import { fromEsdbCurrentRevision } from './revisions';

/** gRPC status INVALID_ARGUMENT, which the server uses for "Trying to read from an invalid position". */
const GRPC_INVALID_ARGUMENT = 3;

function typeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersionError {
  return typeOf(error) === ErrorType.WRONG_EXPECTED_VERSION;
}

/** The node that served a leader-only request is a follower; the client has switched to the leader it named. */
export function isNotLeader(error: unknown): boolean {
  return typeOf(error) === ErrorType.NOT_LEADER;
}

/** Wrong credentials (UNAUTHENTICATED) or a user without the permission (PERMISSION_DENIED, access-denied). */
export function isAccessDenied(error: unknown): boolean {
  return typeOf(error) === ErrorType.ACCESS_DENIED;
}

export function isStreamNotFound(error: unknown): boolean {
  return typeOf(error) === ErrorType.STREAM_NOT_FOUND;
}

/**
 * The stream a "stream deleted" refusal names — a tombstoned stream, or the metadata stream
 * (`$$<stream>`) of one, given as the stream — or `undefined` for any other error.
 */
export function tombstonedStream(error: unknown): string | undefined {
  if (typeOf(error) !== ErrorType.STREAM_DELETED) return undefined;
  const name = (error as { streamName?: unknown }).streamName;
  if (typeof name !== 'string') return undefined;
  return name.startsWith('$$') ? name.slice(2) : name;
}

/** The server refused a read or subscription start that does not fall on a record boundary. */
export function isInvalidPosition(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return /invalid position/i.test(messageOf(error)) && (code === undefined || code === GRPC_INVALID_ARGUMENT);
}

/**
 * The stream's revision was not what the writer expected. `expected` is the
 * caller's own expectation (more precise than the server's echo: -1 and
 * `no-stream` are the same to EventStoreDB); `actual` is -1 when the stream
 * does not exist.
 */
export function translateWrongExpectedVersion(
  stream: string,
  expected: ExpectedRevision,
  error: WrongExpectedVersionError,
): WrongExpectedRevisionError {
  return new WrongExpectedRevisionError(stream, expected, fromEsdbCurrentRevision(error.actualVersion));
}

/** The server refused an append over its `MaxAppendSize`; `undefined` for any other error. */
export function appendTooLarge(error: unknown, stream: string): AppendTooLargeError | undefined {
  if (typeOf(error) !== ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED) return undefined;
  const maxBytes = (error as { maxAppendSize?: unknown }).maxAppendSize;
  return new AppendTooLargeError(
    stream,
    typeof maxBytes === 'number' && Number.isSafeInteger(maxBytes) ? maxBytes : NaN,
  );
}

const UNAVAILABLE_TYPES: ReadonlySet<unknown> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
  ErrorType.CANCELLED,
  ErrorType.ACCESS_DENIED,
]);

/**
 * gRPC INTERNAL and DATA_LOSS: a broken frame, a reset stream, a proxy or a
 * node dying mid-reply. The client reports them as "unknown"; to Parley they
 * are the cluster being unusable for that call, like UNAVAILABLE.
 */
const GRPC_INTERNAL = 13;
const GRPC_DATA_LOSS = 15;

function isBrokenCall(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeOf(error) === ErrorType.UNKNOWN && (code === GRPC_INTERNAL || code === GRPC_DATA_LOSS);
}

/**
 * The call failed without saying whether the server wrote: it timed out
 * (including the server's own write timeout, which is how it answers a
 * duplicate of a write still being replicated), the connection went, or the
 * call broke. NotLeader is not one: a follower writes nothing.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  const type = typeOf(error);
  return (
    type === ErrorType.DEADLINE_EXCEEDED ||
    type === ErrorType.TIMEOUT ||
    type === ErrorType.UNAVAILABLE ||
    type === ErrorType.CANCELLED ||
    isBrokenCall(error)
  );
}

/** Failures the client raises before it has a gRPC channel (DNS/gossip discovery, certificate files). */
function isConnectionSetupFailure(error: unknown): boolean {
  return /Failed to discover|certificate file|ECONNREFUSED|ENOTFOUND|EAI_AGAIN/i.test(messageOf(error));
}

/**
 * Maps what the client threw to what the port promises:
 * - our own errors pass through;
 * - "cannot reach / not allowed to use the database" becomes `StoreUnavailableError`
 *   (access denied included: from the API's side the store is unusable until
 *   the credentials are fixed, a 503 rather than a 500);
 * - anything else is returned unchanged, so programming errors stay visible.
 */
export function translateError(error: unknown, action: string): unknown {
  if (error instanceof EventStoreError) return error;
  const type = typeOf(error);
  if (UNAVAILABLE_TYPES.has(type) || isBrokenCall(error) || isConnectionSetupFailure(error)) {
    const hint = isAccessDenied(error)
      ? ' (check the credentials in EVENTSTORE_CONNECTION_STRING, and that the user may read $all)'
      : '';
    return new StoreUnavailableError(`EventStoreDB ${action} failed: ${messageOf(error)}${hint}`, error);
  }
  return error;
}

/**
 * Whether a subscription that failed this way is worth resubscribing: the
 * connection dropped, the node lost leadership, the server ended the call. Not
 * worth it: access denied, bad arguments, and our own errors other than
 * `StoreUnavailableError` (a position we cannot number, say) — retrying would
 * fail the same way.
 */
export function isTransientSubscriptionError(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (error instanceof EventStoreError) return false;
  const type = typeOf(error);
  if (type === ErrorType.ACCESS_DENIED || type === ErrorType.INVALID_ARGUMENT || type === ErrorType.UNSUPPORTED)
    return false;
  if (isInvalidPosition(error)) return false;
  return type !== undefined || error instanceof SubscriptionEndedError || isConnectionSetupFailure(error);
}

/** The server ended a subscription that nobody closed (a node shut down, a leader change). */
export class SubscriptionEndedError extends Error {
  constructor() {
    super('the EventStoreDB subscription ended without an error');
    this.name = 'SubscriptionEndedError';
  }
}
