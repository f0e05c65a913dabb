/**
 * A recorded log replayed through the domain's own rules: each event is sent
 * to `decide` as the command the analyst would have sent (the opening as
 * `OpenNegotiation`, any other event as a one-development
 * `RecordDevelopments`), with the server clock at its `recordedAt` and the
 * analyst its `recordedBy`, against the state of every event before it.
 *
 * A log is what an analyst could have recorded exactly when `decide` accepts
 * every event and gives it back unchanged. The example builder and the
 * example specs use this, so the rules a shipped case is held to are the
 * rules the API applies — there is no second checker.
 */
import { isDomainError } from './errors';
import type { NegotiationEvent } from './events';
import { decide, evolve, initialState, type NegotiationCommand, type NegotiationState } from './negotiation';

/**
 * The command that records `event` again. The envelope is everything the
 * event carries but what the server sets (recordedAt, recordedBy) and what
 * the command names once (type, data, negotiationId), so a field added to the
 * envelope is carried without being listed here.
 */
export function commandFor(event: NegotiationEvent): NegotiationCommand {
  const { type, data, negotiationId, recordedAt: _recordedAt, recordedBy: _recordedBy, ...envelope } = event;
  if (event.type === 'NegotiationOpened') return { type: 'OpenNegotiation', ...envelope, ...event.data };
  return {
    type: 'RecordDevelopments',
    negotiationId,
    developments: [
      { ...envelope, type, data } as Extract<
        NegotiationCommand,
        { type: 'RecordDevelopments' }
      >['developments'][number],
    ],
  };
}

export interface ReplayResult {
  /** The state after every accepted event. */
  readonly state: NegotiationState;
  /** One line per event `decide` refused or changed, naming its position (0-based), type and id. */
  readonly problems: readonly string[];
}

/**
 * Decides every event of `events` in order, at its own recordedAt, and folds
 * it. An event that is refused, or that `decide` would record differently
 * (another precision, a dropped field), is a problem; replay goes on with
 * the event as recorded so that one problem does not hide the next.
 */
export function replayLog(events: Iterable<NegotiationEvent>): ReplayResult {
  const problems: string[] = [];
  let state = initialState;
  let i = 0;
  for (const event of events) {
    const at = `event ${i} (${event.type} ${event.eventId})`;
    try {
      const decided = decide(commandFor(event), state, { now: event.recordedAt, recordedBy: event.recordedBy });
      if (decided.length !== 1) problems.push(`${at}: decide returned ${decided.length} events`);
      else if (!sameEvent(decided[0] as NegotiationEvent, event)) problems.push(`${at}: decide records it differently`);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push(`${at}: refused [${error.code}]: ${error.message}`);
    }
    state = evolve(state, event);
    i += 1;
  }
  return { state, problems };
}

/** Whether two events are the same, however they were built (key order, undefined fields). */
export function sameEvent(a: NegotiationEvent, b: NegotiationEvent): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with sorted keys and undefined fields left out. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
