/**
 * The shipped example log (examples/pakistan-afghanistan-2025.jsonl) is what an
 * analyst could have recorded: every line decodes, and deciding each event in
 * log order, at its own recordedAt, accepts it and produces it unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromStoredEvent } from './codec';
import { type NegotiationEvent } from './events';
import { decide, type Development, evolve, initialState, type NegotiationCommand } from './negotiation';

const lines = readFileSync(join(__dirname, '../../../examples/pakistan-afghanistan-2025.jsonl'), 'utf8')
  .trim()
  .split('\n');

function commandFor(e: NegotiationEvent): NegotiationCommand {
  const envelope = {
    eventId: e.eventId,
    occurredAt: e.occurredAt,
    precision: e.precision,
    sources: e.sources,
    cameo: e.cameo,
    note: e.note,
    occurrence: e.occurrence,
  };
  if (e.type === 'NegotiationOpened') {
    const { negotiationId, title, subject, parties, mediators } = e.data;
    return { type: 'OpenNegotiation', negotiationId, title, subject, parties, mediators, ...envelope };
  }
  return {
    type: 'RecordDevelopments',
    negotiationId: e.negotiationId,
    developments: [{ ...envelope, type: e.type, data: e.data } as Development],
  };
}

describe('the example log', () => {
  it('decodes, and every event is accepted by decide as recorded', () => {
    const events = lines.map((line) => fromStoredEvent(JSON.parse(line)));
    expect(events.length).toBeGreaterThan(50);
    let state = initialState;
    for (const e of events) {
      expect(decide(commandFor(e), state, { now: e.recordedAt, recordedBy: e.recordedBy })).toEqual([e]);
      state = evolve(state, e);
    }
    expect(state.rounds.size).toBeGreaterThan(0);
  });
});
