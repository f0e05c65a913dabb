import { fromAppendedEvent, type NegotiationEvent } from '@parley/domain';
import type { RecordedEvent } from '@parley/event-store';

/** An event as the API shows it: the domain event with its place in the log. */
export type PresentedEvent = NegotiationEvent & {
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
};

/**
 * `recorded` as the API shows it. What this process has just appended (the writer's own answer, the live feed's
 * frames) is the decided events' own encoding, presented without decoding it again (`fromAppendedEvent`).
 */
export function presentEvent(recorded: RecordedEvent): PresentedEvent {
  return placed(fromAppendedEvent(recorded), recorded);
}

/**
 * `event` — made by the codec for this call alone — with its place in the log added after its fields, rather than
 * spread into a copy with them (V8's slow path for the fields after a spread).
 */
function placed(event: NegotiationEvent, recorded: RecordedEvent): PresentedEvent {
  const presented = event as NegotiationEvent & { stream: string; revision: number; position: number };
  presented.stream = recorded.stream;
  presented.revision = recorded.revision;
  presented.position = recorded.position;
  return presented;
}

/** What every write answers. */
export interface WriteResult {
  readonly negotiationId: string;
  /** The stream's revision after the write (also in the ETag). */
  readonly revision: number;
  /** Global position of the last stored event: pass it as `minPosition` to read your own write. */
  readonly position: number;
  /** True when this was a retry: nothing new was stored and the original events are returned. */
  readonly duplicate: boolean;
  readonly events: readonly PresentedEvent[];
}
