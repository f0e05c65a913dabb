/**
 * Domain event ⇄ stored event (DESIGN.md "Streams and stored events").
 *
 *   id = eventId, type = type, data = the type's data,
 *   metadata = { schema: 1, negotiationId, occurredAt, precision, recordedAt, recordedBy, sources, cameo?, note?, occurrence? }
 *
 * Fields added to the envelope later (`occurrence`) are optional, so a stored
 * event written before them decodes unchanged: schema 1 still, no upcaster.
 *
 * Reading back decodes and checks (equinox's "decode when read"): a stored
 * event of an unknown type, with a missing or ill-typed envelope field, or with
 * data of the wrong shape raises an `EventDecodeError` naming every problem,
 * rather than reaching a fold as `undefined`s.
 *
 * The input and output types are structural: this file does not import
 * `@parley/event-store` (the domain depends on nothing of ours), but what
 * `toStoredEvent` returns is a valid `NewEvent` and any `RecordedEvent` is a
 * valid input of `fromStoredEvent`.
 */
import { DomainErrors, EventDecodeError } from './errors';
import {
  EVENT_TYPES,
  type EventEnvelope,
  type EventType,
  isEventType,
  type NegotiationEvent,
  PRECISIONS,
} from './events';
import {
  areSourcesWellFormed,
  eventDataProblems,
  isEventDataWellFormed,
  isPlainObject,
  NEGOTIATION_ID_PATTERN,
  sourceProblems,
} from './shape';
import { isValidDateTime, isValidTime } from './time';

/** The metadata schema version written by this code; a reader refuses any other until an upcaster exists. */
export const METADATA_SCHEMA = 1;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** What `metadata` holds, once decoded: the envelope but the event id (the store's own id), and the schema. */
export type StoredEventMetadata = { readonly schema: typeof METADATA_SCHEMA } & Omit<EventEnvelope, 'eventId'>;

/** Assignable to the store port's `NewEvent`. */
export interface EncodedEvent {
  readonly id: string;
  readonly type: EventType;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

/** What `fromStoredEvent` reads: any `RecordedEvent` (or an import line) fits. `stream`, when given, is checked too. */
export interface StoredEventInput {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly stream?: string;
}

/** Every negotiation's stream starts so (DESIGN.md "Streams"); `streamName` makes one. */
export const NEGOTIATION_STREAM_PREFIX = 'negotiation-';
const STREAM_PREFIX = NEGOTIATION_STREAM_PREFIX;

export function isValidNegotiationId(value: unknown): boolean {
  return typeof value === 'string' && NEGOTIATION_ID_PATTERN.test(value);
}

/**
 * A negotiation id proposed from a title: "Pakistan – Afghan Taliban talks, 2025"
 * → `pakistan-afghan-taliban-talks-2025`. Diacritics are dropped (Türkiye →
 * turkiye), at most 64 characters. `''` when the title has no letter or digit.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** `negotiation-<id>`; throws `invalid-negotiation-id` for an id that is not a slug. */
export function streamName(negotiationId: string): string {
  if (!isValidNegotiationId(negotiationId)) throw DomainErrors.invalidNegotiationId(negotiationId);
  return `${STREAM_PREFIX}${negotiationId}`;
}

/** Whether `stream` is `negotiation-<negotiationId>`: the comparison `streamName` would allow, without building the name. */
function isStreamOf(stream: string, negotiationId: string): boolean {
  return (
    stream.length === STREAM_PREFIX.length + negotiationId.length &&
    stream.startsWith(STREAM_PREFIX) &&
    stream.endsWith(negotiationId)
  );
}

/** The negotiation id of a stream name, or `undefined` when the stream is not a negotiation's. */
export function negotiationIdFromStream(stream: string): string | undefined {
  if (!stream.startsWith(STREAM_PREFIX)) return undefined;
  const id = stream.slice(STREAM_PREFIX.length);
  return isValidNegotiationId(id) ? id : undefined;
}

/**
 * On each `metadata` object `toStoredEvent` made: the encoding it belongs to. A store that keeps the objects it was
 * handed (SQLite's recent commits, the memory store) gives them back to this process's subscribers, which then know
 * the event was checked before it was encoded (`fromAppendedEvent`). Text read from a file never carries it.
 */
const OWN_ENCODING: unique symbol = Symbol('parley.ownEncoding');

export function toStoredEvent(event: NegotiationEvent): EncodedEvent {
  const metadata = toJson(storedMetadata(event));
  const encoded: EncodedEvent = { id: event.eventId, type: event.type, data: toJson(event.data), metadata };
  // Not enumerable: JSON, `Object.keys`, spreads and equality checks see the metadata as before.
  Object.defineProperty(metadata, OWN_ENCODING, { value: encoded });
  return encoded;
}

/** The stored `metadata` of `event`, before its JSON copy (a writer that only needs its text stringifies this once). */
export function storedMetadata(event: NegotiationEvent): StoredEventMetadata {
  const metadata: { -readonly [K in keyof StoredEventMetadata]: StoredEventMetadata[K] } = {
    schema: METADATA_SCHEMA,
    negotiationId: event.negotiationId,
    occurredAt: event.occurredAt,
    precision: event.precision,
    recordedAt: event.recordedAt,
    recordedBy: event.recordedBy,
    sources: event.sources,
  };
  addOptionalEnvelope(metadata, event);
  return metadata;
}

/**
 * Adds the optional envelope fields `source` has — `cameo`, `note`, `occurrence`, in that order — to `target`, a
 * literal of the fields before them: one at a time, not spread from objects made for them (V8 gives an object made
 * by a spread followed by more fields a hidden class of its own, ≈ 0.5 µs, and every reader of it a megamorphic access).
 */
export function addOptionalEnvelope(
  target: { cameo?: string; note?: string; occurrence?: string },
  source: { readonly cameo?: string; readonly note?: string; readonly occurrence?: string },
): void {
  if (source.cameo !== undefined) target.cameo = source.cameo;
  if (source.note !== undefined) target.note = source.note;
  if (source.occurrence !== undefined) target.occurrence = source.occurrence;
}

/** The event `toStoredEvent` made `encoded` from, rebuilt without checking it again (it was checked before it was encoded). */
function fromOwnEncoding(encoded: EncodedEvent): NegotiationEvent {
  return toEvent(encoded.type, encoded.id, encoded.metadata as unknown as StoredEventMetadata, encoded.data);
}

/**
 * `fromStoredEvent(stored)`, without checking again what this process encoded itself: when `stored` carries the
 * objects `toStoredEvent` made (its id, type, data and metadata, as a store that keeps the appender's objects hands
 * them to subscribers), the event is rebuilt from them as `fromOwnEncoding` does — they were checked by `decide`
 * before they were encoded, and `fromStoredEvent` would pass them. Anything else, text read from a file above all,
 * is decoded and checked by `fromStoredEvent`.
 */
export function fromAppendedEvent(stored: StoredEventInput): NegotiationEvent {
  const own = ownEncodingOf(stored);
  return own === undefined ? fromStoredEvent(stored) : fromOwnEncoding(own);
}

function ownEncodingOf(stored: StoredEventInput): EncodedEvent | undefined {
  const metadata = stored.metadata;
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const own = (metadata as { [OWN_ENCODING]?: EncodedEvent })[OWN_ENCODING];
  if (own === undefined || own.data !== stored.data || own.id !== stored.id || own.type !== stored.type)
    return undefined;
  // Where the stream is given, it is checked as `fromStoredEvent` checks it.
  if (stored.stream !== undefined && !isStreamOf(stored.stream, (metadata as StoredEventMetadata).negotiationId))
    return undefined;
  return own;
}

/** The catalogue's own strings: a decoded event's `type` is one of these, not a copy per event read. */
const EVENT_TYPE_BY_NAME: ReadonlyMap<string, EventType> = new Map(EVENT_TYPES.map((type) => [type, type]));

export function fromStoredEvent(stored: StoredEventInput): NegotiationEvent {
  return decodeWellFormed(stored) ?? decodeWithProblems(stored);
}

/**
 * The event when `stored` is well formed by every check `decodeWithProblems`
 * makes, `undefined` otherwise — the same checks, answered yes or no without
 * building a list of messages (nearly every stored event read back is well
 * formed; an ill-formed one then goes through `decodeWithProblems` to be
 * named in full).
 */
function decodeWellFormed(stored: StoredEventInput): NegotiationEvent | undefined {
  const eventId: unknown = stored.id;
  if (typeof eventId !== 'string' || eventId === '') return undefined;
  const type = typeof stored.type === 'string' ? EVENT_TYPE_BY_NAME.get(stored.type) : undefined;
  if (type === undefined) return undefined;
  const m = stored.metadata;
  if (!isPlainObject(m)) return undefined;
  if (
    m.schema !== METADATA_SCHEMA ||
    !isValidNegotiationId(m.negotiationId) ||
    !isValidTime(m.occurredAt) ||
    !(PRECISIONS as readonly unknown[]).includes(m.precision) ||
    !isValidDateTime(m.recordedAt) ||
    typeof m.recordedBy !== 'string' ||
    m.recordedBy === '' ||
    !areSourcesWellFormed(m.sources, { strict: false }) ||
    (m.cameo !== undefined && typeof m.cameo !== 'string') ||
    (m.note !== undefined && typeof m.note !== 'string') ||
    (m.occurrence !== undefined && typeof m.occurrence !== 'string') ||
    !isEventDataWellFormed(type, stored.data, { strict: false })
  ) {
    return undefined;
  }
  if (stored.stream !== undefined && !isStreamOf(stored.stream, m.negotiationId as string)) return undefined;
  if (type === 'NegotiationOpened' && (stored.data as { negotiationId?: unknown }).negotiationId !== m.negotiationId) {
    return undefined;
  }
  return toEvent(type, eventId, m as unknown as StoredEventMetadata, stored.data);
}

function toEvent(type: EventType, eventId: string, meta: StoredEventMetadata, data: unknown): NegotiationEvent {
  const event: Record<string, unknown> = {
    type,
    eventId,
    negotiationId: meta.negotiationId,
    occurredAt: meta.occurredAt,
    precision: meta.precision,
    recordedAt: meta.recordedAt,
    recordedBy: meta.recordedBy,
    sources: meta.sources,
  };
  addOptionalEnvelope(event, meta);
  event.data = data;
  return event as unknown as NegotiationEvent;
}

/** Every check, each problem named: throws an `EventDecodeError` listing them all. */
function decodeWithProblems(stored: StoredEventInput): NegotiationEvent {
  const problems: string[] = [];
  const id: unknown = stored.id;
  const type: unknown = stored.type;
  const eventId = typeof id === 'string' && id !== '' ? id : undefined;
  if (!eventId) problems.push('id must be a non-empty string');
  if (!isEventType(type)) {
    problems.push(`type ${JSON.stringify(type)} is not in the event catalogue`);
    throw new EventDecodeError(eventId, typeof type === 'string' ? type : undefined, problems);
  }

  const m = stored.metadata;
  if (!isPlainObject(m)) throw new EventDecodeError(eventId, type, [...problems, 'metadata must be an object']);

  if (m.schema !== METADATA_SCHEMA)
    problems.push(`metadata.schema ${JSON.stringify(m.schema)} is not supported (expected ${METADATA_SCHEMA})`);
  if (!isValidNegotiationId(m.negotiationId))
    problems.push('metadata.negotiationId must be a negotiation id (a lower-case slug)');
  if (!isValidTime(m.occurredAt))
    problems.push('metadata.occurredAt must be YYYY-MM, YYYY-MM-DD or an ISO date-time with a zone');
  if (!(PRECISIONS as readonly unknown[]).includes(m.precision))
    problems.push(`metadata.precision must be one of ${PRECISIONS.join(', ')}`);
  if (!isValidDateTime(m.recordedAt)) problems.push('metadata.recordedAt must be an ISO date-time with a zone');
  if (typeof m.recordedBy !== 'string' || m.recordedBy === '')
    problems.push('metadata.recordedBy must be a non-empty string');
  if (!Array.isArray(m.sources)) problems.push('metadata.sources must be a list');
  else m.sources.forEach((s, i) => problems.push(...sourceProblems(s, `metadata.sources[${i}]`, { strict: false })));
  if (m.cameo !== undefined && typeof m.cameo !== 'string') problems.push('metadata.cameo must be a string');
  if (m.note !== undefined && typeof m.note !== 'string') problems.push('metadata.note must be a string');
  if (m.occurrence !== undefined && typeof m.occurrence !== 'string')
    problems.push('metadata.occurrence must be a string');

  problems.push(...eventDataProblems(type, stored.data, { strict: false }));

  if (
    stored.stream !== undefined &&
    isValidNegotiationId(m.negotiationId) &&
    !isStreamOf(stored.stream, m.negotiationId as string)
  ) {
    problems.push(`stream ${stored.stream} is not the stream of negotiation ${m.negotiationId}`);
  }
  if (type === 'NegotiationOpened' && isPlainObject(stored.data) && stored.data.negotiationId !== m.negotiationId) {
    problems.push('data.negotiationId differs from metadata.negotiationId');
  }

  if (problems.length > 0 || !eventId) throw new EventDecodeError(eventId, type, problems);

  // Checked above, field by field (decodeWellFormed makes the same checks: this is not reached for a well-formed event).
  return toEvent(type, eventId, m as unknown as StoredEventMetadata, stored.data);
}

/** A JSON copy: drops `undefined` fields, so what is stored is exactly what is read back. */
function toJson(value: object): JsonObject {
  return jsonCopy(value) as JsonObject;
}

/**
 * What `JSON.parse(JSON.stringify(value))` gives, without the text in between
 * (a write's event was stringified and parsed again only to be copied): an
 * `undefined`, function or symbol field dropped (`null` in a list), a number
 * that is not finite `null`, `-0` 0, `toJSON` asked. `undefined` at the top.
 */
export function jsonCopy(value: unknown, key = ''): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value + 0 : null;
    case 'object':
      break;
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined;
  }
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return jsonCopy(json.call(value, key) as unknown);
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return jsonCopy(value.valueOf());
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) list[i] = jsonCopy(value[i], String(i)) ?? null;
    return list;
  }
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const item = jsonCopy((value as Record<string, unknown>)[k], k);
    if (item === undefined) continue;
    // A "__proto__" key stays a key, as JSON.parse leaves it.
    if (k === '__proto__')
      Object.defineProperty(copy, k, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[k] = item;
  }
  return copy;
}
