/**
 * Which EventStoreDB streams and events are Parley's, and how the port's
 * filters are applied.
 *
 * The store sees three kinds of streams in `$all`:
 * - its own streams: `<namespace><stream>`, where `<stream>` is the name the
 *   caller used (the namespace is '' unless several stores share a database);
 * - id markers: `parley-event-id-<namespace><uuid>` (see `esdb-event-store.ts`),
 *   never shown to any store, whatever its namespace (the prefix comes first
 *   so that a store without namespace does not mistake another namespace's
 *   markers for streams);
 * - everything else: system streams and events (`$…`), other namespaces,
 *   other applications. Never shown either.
 *
 * Server-side, subscriptions filter on the stream name with one regex that
 * keeps only the store's own streams, so foreign traffic and markers are not
 * sent at all. The caller's filter (`streamPrefix`, `eventTypes`) is applied
 * here, client-side, on purpose: every event of the namespace then passes
 * through the subscription, so the checkpoint it reports is always the
 * position of a real event (as with the other stores), never a log offset in
 * the middle of someone else's traffic. (The client's `readAll` has no
 * server-side filter at all in @eventstore/db-client 6.)
 *
 * Subscriptions also take the metadata streams of the store's own streams
 * (`$$<namespace><stream>`), where an operator's soft delete or truncation is
 * recorded (`deletionInMetadata`); a hard delete is a record in the stream
 * itself (`TOMBSTONE_EVENT_TYPE`). EventStoreDB sends both to a `$all`
 * subscription whose stream-name regex matches them: its filter on `$all` is
 * `DefaultAllFilter` (every stream but `$epoch-information` and persistent
 * subscriptions' checkpoints and parked messages) and then the regex on the
 * record's stream id (kurrent-io/KurrentDB,
 * `src/KurrentDB.Core/Services/Storage/ReaderIndex/EventFilter.cs`,
 * `StreamIdRegexStrategy`).
 */
import { matchesFilter } from '../shared/rules';
import type { EventFilter, StreamDeletion } from '../port';
import { isJsonObject } from './recorded';

/** Prefix of the streams that record which stream holds an event id. */
export const MARKER_STREAM_PREFIX = 'parley-event-id-';

/** The type of the record a hard delete (tombstone) writes into the deleted stream itself. */
export const TOMBSTONE_EVENT_TYPE = '$streamDeleted';

/** The type of the record a soft delete or a truncation writes into the stream's metadata stream (`$$<stream>`). */
export const METADATA_EVENT_TYPE = '$metadata';

/** System streams (`$all` internals, projections, settings) and system events (`$`-types such as `$>` links, `$metadata`). */
export function isSystemEvent(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}

export function checkNamespace(namespace: string | undefined): string {
  const value = namespace ?? '';
  if (typeof value !== 'string') throw new TypeError('namespace must be a string');
  if (value.startsWith('$'))
    throw new TypeError(`namespace must not start with '$' (reserved by EventStoreDB for system streams): ${value}`);
  if (value.startsWith(MARKER_STREAM_PREFIX))
    throw new TypeError(`namespace must not start with '${MARKER_STREAM_PREFIX}'`);
  return value;
}

/**
 * The EventStoreDB stream that holds the caller's `stream`. Refuses names
 * EventStoreDB or this adapter reserve: `$…` would be a system stream (hidden
 * from `$all` readers, writable by admins only) and `parley-event-id-…` would
 * collide with the id markers.
 */
export function toEsdbStream(namespace: string, stream: string): string {
  if (typeof stream !== 'string' || stream.length === 0) throw new TypeError('stream must be a non-empty string');
  if (stream.startsWith('$'))
    throw new TypeError(`stream names starting with '$' are reserved by EventStoreDB: ${stream}`);
  if (stream.startsWith(MARKER_STREAM_PREFIX))
    throw new TypeError(`stream names starting with '${MARKER_STREAM_PREFIX}' are reserved: ${stream}`);
  return namespace + stream;
}

/**
 * The caller's name for an EventStoreDB stream, or `undefined` when the
 * stream is not one of the store's own (system, marker, other namespace).
 */
export function visibleStream(namespace: string, esdbStream: string): string | undefined {
  if (esdbStream.startsWith('$') || esdbStream.startsWith(MARKER_STREAM_PREFIX) || !esdbStream.startsWith(namespace))
    return undefined;
  const stream = esdbStream.slice(namespace.length);
  if (stream.length === 0 || stream.startsWith('$') || stream.startsWith(MARKER_STREAM_PREFIX)) return undefined;
  return stream;
}

/** The metadata stream of an EventStoreDB stream (where `$tb`, `$maxCount`… live). */
export function metadataStream(esdbStream: string): string {
  return `$$${esdbStream}`;
}

/**
 * What a stream's metadata (the data of a `$metadata` record) hides of it: `$tb` (truncate
 * before) at 2^63 − 1 is a soft delete, any other above 0 a truncation; `undefined` when nothing
 * is hidden (no `$tb`, or 0: an operator who wrote the metadata again without it).
 */
export function deletionInMetadata(metadata: unknown): StreamDeletion | undefined {
  const truncateBefore = isJsonObject(metadata) ? metadata['$tb'] : undefined;
  if (typeof truncateBefore !== 'number' || !(truncateBefore > 0)) return undefined;
  // 2^63 − 1 as a JSON number reads as 2^63: any $tb past the exact integers is that one.
  return truncateBefore > Number.MAX_SAFE_INTEGER ? 'soft-delete' : 'truncated';
}

/** A record of `$all` as far as deletions go: its stream, its type, its data (JSON-decoded). */
export interface DeletionRecord {
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
}

/**
 * What a record of `$all` says about one of the store's streams: deleted (a tombstone in the
 * stream, or its metadata hiding events), `restored` (its metadata written again hiding nothing),
 * or `undefined` when the record is not about deletion (an event, other metadata of no stream of
 * the store's).
 */
export function deletionRecordOf(
  namespace: string,
  record: DeletionRecord,
): { readonly stream: string; readonly deletion: StreamDeletion | 'restored' } | undefined {
  if (record.type === TOMBSTONE_EVENT_TYPE) {
    const stream = visibleStream(namespace, record.streamId);
    return stream === undefined ? undefined : { stream, deletion: 'tombstone' };
  }
  if (record.type !== METADATA_EVENT_TYPE || !record.streamId.startsWith('$$')) return undefined;
  const stream = visibleStream(namespace, record.streamId.slice(2));
  return stream === undefined ? undefined : { stream, deletion: deletionInMetadata(record.data) ?? 'restored' };
}

/** The marker stream of an EventStoreDB event id, in a namespace. */
export function markerStream(namespace: string, esdbEventId: string): string {
  return `${MARKER_STREAM_PREFIX}${namespace}${esdbEventId}`;
}

/** Escapes the characters that are special in both .NET and JavaScript regexes. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The server-side stream-name regex (.NET syntax) matching exactly the
 * streams `visibleStream` accepts: in the namespace, not a marker, not a
 * system stream.
 */
export function namespaceStreamRegex(namespace: string): string {
  const marker = escapeRegex(MARKER_STREAM_PREFIX);
  return `^(?!\\$|${marker})${escapeRegex(namespace)}(?!\\$|${marker})(?=.)`;
}

/**
 * The regex of a subscription: `namespaceStreamRegex`'s streams and their metadata streams
 * (`$$<stream>`, where soft deletes and truncations are recorded).
 */
export function subscriptionStreamRegex(namespace: string): string {
  return `^(?:\\$\\$)?${namespaceStreamRegex(namespace).slice(1)}`;
}

/** The caller's filter as far as streams go (`streamPrefix`): a deletion concerns a stream, not an event type. */
export function matchesCallerStreams(filter: EventFilter | undefined, stream: string): boolean {
  return filter?.streamPrefix === undefined || matchesFilter({ streamPrefix: filter.streamPrefix }, stream, '');
}

/** The caller's filter: stream prefix on the caller's stream name; an empty `eventTypes` matches nothing. */
export function matchesCallerFilter(filter: EventFilter | undefined, stream: string, type: string): boolean {
  return matchesFilter(filter, stream, type);
}
