/**
 * Event ids: ours are any non-empty string (the port asks for UUIDs, the other
 * stores accept anything); EventStoreDB's must be UUIDs and come back in
 * lowercase canonical form.
 *
 * - A lowercase canonical UUID is stored as the EventStoreDB event id, as is.
 * - Anything else (uppercase, braces, "e-1") is stored under a name-based
 *   UUID (v5) derived from it, and the original id travels in the metadata
 *   under `ORIGINAL_ID_KEY`, removed again when read. The mapping is
 *   deterministic, so a retry of the same id finds the same EventStoreDB id.
 */
import { CANONICAL_UUID } from '@parley/ids';
import { v5 as uuidv5 } from 'uuid';
import type { JsonObject } from '../port';

/** The v5 namespace of Parley event ids (a fixed random UUID; changing it would orphan stored ids). */
const PARLEY_ID_NAMESPACE = '8a0f4d3c-2b71-4c6e-9d55-3f1e7a2b9c40';

/** Metadata key carrying an original id that is not a canonical UUID. Reserved: callers may not use it. */
export const ORIGINAL_ID_KEY = 'parley:eventId';

export function isCanonicalUuid(id: string): boolean {
  return CANONICAL_UUID.test(id);
}

export function toEsdbEventId(id: string): string {
  return isCanonicalUuid(id) ? id : uuidv5(id, PARLEY_ID_NAMESPACE);
}

/** The metadata stored with an event: the caller's (default `{}`), plus the original id when it had to be mapped. */
export function encodeMetadata(id: string, metadata: JsonObject | undefined): JsonObject {
  if (metadata !== undefined && Object.prototype.hasOwnProperty.call(metadata, ORIGINAL_ID_KEY)) {
    throw new TypeError(`metadata key '${ORIGINAL_ID_KEY}' is reserved by the EventStoreDB store`);
  }
  if (isCanonicalUuid(id)) return metadata ?? {};
  return { ...(metadata ?? {}), [ORIGINAL_ID_KEY]: id };
}

/** The caller's id and metadata back from what was stored. */
export function decodeIdAndMetadata(esdbId: string, metadata: JsonObject): { id: string; metadata: JsonObject } {
  const original = metadata[ORIGINAL_ID_KEY];
  if (typeof original !== 'string') return { id: esdbId, metadata };
  const rest: JsonObject = { ...metadata };
  delete rest[ORIGINAL_ID_KEY];
  return { id: original, metadata: rest };
}
