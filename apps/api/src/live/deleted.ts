/**
 * How a live client learns that a negotiation's stream was deleted outside Parley (an operator's
 * tombstone, soft delete or truncation in EventStoreDB): an `event: deleted` message, `id:` the
 * position where the log records the deletion, `data:` the body a read of the negotiation's log
 * answers then (410 `stream-deleted`: `message`, `code`, `details.negotiationId`, `details.stream`,
 * `details.deletion`). The views stream ends after it; the event feed goes on.
 */
import { StreamDeletedError, type StreamDeletion } from '@parley/event-store';
import { streamDeletedBody } from '../errors/http-exception.filter';
import { sseMessage } from './sse';

export function deletedFrame(
  deleted: { readonly stream: string; readonly deletion: StreamDeletion },
  position: number,
): string {
  return sseMessage(
    'deleted',
    JSON.stringify(streamDeletedBody(new StreamDeletedError(deleted.stream, deleted.deletion))),
    position,
  );
}
