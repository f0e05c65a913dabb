/**
 * The port's rules as code, shared by every adapter in this lib (memory, the
 * reference; SQLite; EventStoreDB) so that they cannot drift apart: argument
 * checks, expected-revision semantics, idempotent retries, filters.
 */
import { DuplicateEventIdError } from '../errors';
import type {
  AppendResult,
  EncodedAppendResult,
  EncodedNewEvent,
  EventFilter,
  ExpectedRevision,
  JsonObject,
  NewEvent,
  ReadAllOptions,
  ReadAllPagesOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../port';

export const DEFAULT_SUBSCRIPTION_BATCH_SIZE = 500;

/**
 * The lowest revision a stream may be at for `expected` to hold (`-1`: no
 * stream). With `highestRevisionExpected`, the whole rule: data a worker
 * thread's own connection can check a range's streams by (the SQLite
 * staging's writer) as `expectationHolds` does.
 */
export function lowestRevisionExpected(expected: ExpectedRevision): number {
  switch (expected) {
    case 'any':
    case 'no-stream':
      return -1;
    case 'exists':
      return 0;
    default:
      return expected;
  }
}

/** The highest revision a stream may be at for `expected` to hold. */
export function highestRevisionExpected(expected: ExpectedRevision): number {
  switch (expected) {
    case 'no-stream':
      return -1;
    case 'any':
    case 'exists':
      return Number.MAX_SAFE_INTEGER;
    default:
      return expected;
  }
}

/** `-1` is accepted as a number meaning "no stream", so a revision read with `streamRevision` can always be passed back. */
export function expectationHolds(expected: ExpectedRevision, actual: number): boolean {
  return actual >= lowestRevisionExpected(expected) && actual <= highestRevisionExpected(expected);
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The arguments every append checks before its events: the stream, the expectation, the list. */
function checkAppendTarget(stream: string, events: readonly unknown[], expected: ExpectedRevision): void {
  if (typeof stream !== 'string' || stream.length === 0) {
    throw new TypeError('stream must be a non-empty string');
  }
  if (!(
    expected === 'any' ||
    expected === 'no-stream' ||
    expected === 'exists' ||
    (Number.isSafeInteger(expected) && expected >= -1)
  )) {
    throw new RangeError(
      `expectedRevision must be an integer >= -1, 'no-stream', 'exists' or 'any', got ${String(expected)}`,
    );
  }
  if (!Array.isArray(events)) throw new TypeError('events must be an array');
}

/** An event's id and type. */
function checkIdAndType(event: NewEvent | EncodedNewEvent, i: number): void {
  if (typeof event?.id !== 'string' || event.id.length === 0)
    throw new TypeError(`events[${i}].id must be a non-empty string`);
  if (typeof event.type !== 'string' || event.type.length === 0)
    throw new TypeError(`events[${i}].type must be a non-empty string`);
}

/** An id named once only in an append (`seen`: the ids before it). */
function checkNotRepeated(id: string, seen: Set<string>, stream: string): void {
  if (seen.has(id)) throw new DuplicateEventIdError(id, stream);
  seen.add(id);
}

/**
 * Checks an append before it reaches storage and serialises each event once.
 * Refuses an append that names the same id twice: it could only be stored by
 * dropping one of them, which would make the result lie about what was stored.
 */
export function prepareAppend(
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): { data: string[]; metadata: string[] } {
  checkAppendTarget(stream, events, expected);
  const data: string[] = new Array<string>(events.length);
  const metadata: string[] = new Array<string>(events.length);
  const seen = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as NewEvent;
    checkIdAndType(event, i);
    if (!isPlainObject(event.data)) throw new TypeError(`events[${i}].data must be a JSON object`);
    if (event.metadata !== undefined && !isPlainObject(event.metadata))
      throw new TypeError(`events[${i}].metadata must be a JSON object`);
    checkNotRepeated(event.id, seen, stream);
    data[i] = JSON.stringify(event.data);
    metadata[i] = event.metadata === undefined ? '{}' : JSON.stringify(event.metadata);
  }
  return { data, metadata };
}

/**
 * Checks an `appendEncoded` as `prepareAppend` checks an append, all but
 * what only decoding can tell: that `data` and `metadata` are the JSON text
 * of an object (a store checks that where it decodes or stores the text;
 * `encodedTextProblem` words the refusal).
 */
export function prepareEncodedAppend(
  stream: string,
  events: readonly EncodedNewEvent[],
  expected: ExpectedRevision,
): void {
  checkAppendTarget(stream, events, expected);
  const seen = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as EncodedNewEvent;
    checkIdAndType(event, i);
    if (typeof event.data !== 'string') throw new TypeError(`events[${i}].data must be JSON text of an object`);
    if (typeof event.metadata !== 'string') throw new TypeError(`events[${i}].metadata must be JSON text of an object`);
    checkNotRepeated(event.id, seen, stream);
  }
}

/** `text` decoded when it is the JSON text of an object; else the refusal, naming `field` (`events[i].data`). */
function decodeObjectText(text: string, field: string): JsonObject | TypeError {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return new TypeError(`${field} must be JSON text of an object: ${(error as Error).message}`);
  }
  return isPlainObject(value) ? (value as JsonObject) : new TypeError(`${field} must be JSON text of an object`);
}

/** The refusal of the first encoded event whose `data` or `metadata` is not the JSON text of an object, if any. */
export function encodedTextProblem(events: readonly EncodedNewEvent[]): TypeError | undefined {
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as EncodedNewEvent;
    for (const field of ['data', 'metadata'] as const) {
      const decoded = decodeObjectText(event[field], `events[${i}].${field}`);
      if (decoded instanceof TypeError) return decoded;
    }
  }
  return undefined;
}

/**
 * An `appendEncoded` checked and decoded once, for a store that stores
 * objects or re-encodes anyway (memory, EventStoreDB): the events `append`
 * then takes.
 */
export function decodeEncodedAppend(
  stream: string,
  events: readonly EncodedNewEvent[],
  expected: ExpectedRevision,
): NewEvent[] {
  prepareEncodedAppend(stream, events, expected);
  const decoded = new Array<NewEvent>(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as EncodedNewEvent;
    const data = decodeObjectText(event.data, `events[${i}].data`);
    if (data instanceof TypeError) throw data;
    const metadata = decodeObjectText(event.metadata, `events[${i}].metadata`);
    if (metadata instanceof TypeError) throw metadata;
    decoded[i] = { id: event.id, type: event.type, data, metadata };
  }
  return decoded;
}

/** An `append`'s answer as `appendEncoded` gives it. */
export function encodedResultOf(result: AppendResult): EncodedAppendResult {
  const last = result.events[result.events.length - 1];
  return {
    nextRevision: result.nextRevision,
    stored: result.duplicate ? 0 : result.events.length,
    position: last?.position ?? 0,
    duplicate: result.duplicate,
  };
}

/**
 * Decides what an append whose ids may already be stored means:
 * - none stored: `undefined`, the append is new;
 * - all stored on this stream: a retry, answered with the original events;
 * - any stored on another stream, or some stored and some new: refused.
 */
export function priorAppend(
  stream: string,
  events: readonly { readonly id: string }[],
  lookup: (id: string) => RecordedEvent | undefined,
): AppendResult | undefined {
  const stored: RecordedEvent[] = [];
  let someNew = false;
  for (const event of events) {
    const found = lookup(event.id);
    if (found === undefined) {
      someNew = true;
    } else if (found.stream !== stream) {
      throw new DuplicateEventIdError(event.id, found.stream);
    } else {
      stored.push(found);
    }
  }
  const first = stored[0];
  if (first === undefined) return undefined;
  if (someNew) throw new DuplicateEventIdError(first.id, stream);
  stored.sort((a, b) => a.position - b.position);
  return { nextRevision: (stored[stored.length - 1] as RecordedEvent).revision, events: stored, duplicate: true };
}

export interface StreamRange {
  readonly backwards: boolean;
  /** Inclusive start revision; `Number.MAX_SAFE_INTEGER` backwards means "from the last". */
  readonly from: number;
  /** Infinity when unbounded. */
  readonly maxCount: number;
}

export function streamRange(options: ReadStreamOptions | undefined): StreamRange {
  const direction = options?.direction ?? 'forwards';
  if (direction !== 'forwards' && direction !== 'backwards')
    throw new RangeError(`direction must be 'forwards' or 'backwards'`);
  const backwards = direction === 'backwards';
  const from = options?.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
  if (!isNonNegativeInteger(from)) throw new RangeError('fromRevision must be a non-negative integer');
  return { backwards, from, maxCount: countLimit(options?.maxCount) };
}

export interface AllRange {
  readonly from: number;
  readonly maxCount: number;
}

export function allRange(options: ReadAllOptions | undefined): AllRange {
  const from = options?.fromPosition ?? 0;
  if (!isNonNegativeInteger(from)) throw new RangeError('fromPosition must be a non-negative integer');
  checkFilter(options);
  return { from, maxCount: countLimit(options?.maxCount) };
}

/** `readAllPages`' options, checked as `readAll` checks its own: where it starts and how large a page is. */
export function pagesRange(options: ReadAllPagesOptions): { from: number; pageSize: number } {
  const { from } = allRange(options);
  const pageSize = options?.pageSize;
  if (!isNonNegativeInteger(pageSize) || pageSize === 0) throw new RangeError('pageSize must be a positive integer');
  return { from, pageSize };
}

function countLimit(maxCount: number | undefined): number {
  if (maxCount === undefined) return Infinity;
  if (!isNonNegativeInteger(maxCount)) throw new RangeError('maxCount must be a non-negative integer');
  return maxCount;
}

export function checkFilter(filter: EventFilter | undefined): void {
  if (filter?.streamPrefix !== undefined && typeof filter.streamPrefix !== 'string')
    throw new TypeError('streamPrefix must be a string');
  if (filter?.eventTypes !== undefined && !Array.isArray(filter.eventTypes))
    throw new TypeError('eventTypes must be an array of strings');
}

export function checkSubscribeOptions(options: SubscribeOptions): { afterPosition: number; batchSize: number } {
  const afterPosition = options?.afterPosition;
  if (!isNonNegativeInteger(afterPosition)) throw new RangeError('afterPosition must be a non-negative integer');
  const batchSize = options.batchSize ?? DEFAULT_SUBSCRIPTION_BATCH_SIZE;
  if (!isNonNegativeInteger(batchSize) || batchSize === 0) throw new RangeError('batchSize must be a positive integer');
  checkFilter(options.filter);
  return { afterPosition, batchSize };
}

/** An empty `eventTypes` list matches nothing: a filter never widens to "everything" by accident. */
export function matchesFilter(filter: EventFilter | undefined, stream: string, type: string): boolean {
  if (filter === undefined) return true;
  if (filter.streamPrefix !== undefined && !stream.startsWith(filter.streamPrefix)) return false;
  if (filter.eventTypes !== undefined && !filter.eventTypes.includes(type)) return false;
  return true;
}
