/**
 * What an event id looks like, in one place for every layer. The domain checks
 * the ids it is given against it (`EVENT_ID_PATTERN`: any case), and the
 * EventStoreDB adapter stores an id of this form as its own (`esdb/ids.ts`).
 *
 * This module imports nothing, so that libs/domain and libs/event-store —
 * which import nothing else of ours — may both import it (eslint.config.mjs).
 */

/** A UUID in lowercase canonical form: 8-4-4-4-12 hex digits. */
export const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
