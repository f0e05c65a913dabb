/**
 * replayLog: a recorded log decided again, event by event, at each event's own
 * recordedAt — what the example builder and the example specs hold a shipped
 * case to.
 */
import type { NegotiationEvent } from './events';
import { commandFor, replayLog } from './replay';
import { event, history, ttpDemand } from './testing';

describe('replayLog', () => {
  it('accepts a log recorded through decide, and folds every event', () => {
    const { problems, state } = replayLog(history);
    expect(problems).toEqual([]);
    expect(state.events.size).toBe(history.length);
  });

  it('names each refused event by position, type and code, and goes on to the next problem', () => {
    const stray = event(
      'PositionTaken',
      { demandId: 'no-such-demand', actorId: 'afghan-taliban', stance: 'rejected' },
      { label: 'stray' },
    );
    const twice = event('DemandTabled', { ...ttpDemand.data }, { label: 'tabled-twice' });
    const { problems } = replayLog([...history, stray, twice]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(`^event ${history.length} \\(PositionTaken ${stray.eventId}\\): refused \\[unknown-demand\\]`),
    );
    expect(problems[1]).toMatch(
      new RegExp(
        `^event ${history.length + 1} \\(DemandTabled ${twice.eventId}\\): refused \\[demand-already-exists\\]`,
      ),
    );
  });

  it('reports an event that decide would record differently (a field the domain does not keep)', () => {
    const withExtra = { ...ttpDemand, extra: 'not in the catalogue' } as unknown as NegotiationEvent;
    const { problems } = replayLog(history.map((e) => (e === ttpDemand ? withExtra : e)));
    expect(problems).toEqual([
      `event ${history.indexOf(ttpDemand)} (DemandTabled ${ttpDemand.eventId}): decide records it differently`,
    ]);
  });

  it('sends the opening as OpenNegotiation and any other event as one development, envelope fields carried', () => {
    const [opening] = history;
    expect(commandFor(opening as NegotiationEvent)).toMatchObject({
      type: 'OpenNegotiation',
      eventId: opening?.eventId,
    });
    const withKey = { ...ttpDemand, occurrence: 'doha-2025-10-19' };
    expect(commandFor(withKey)).toEqual({
      type: 'RecordDevelopments',
      negotiationId: ttpDemand.negotiationId,
      developments: [
        expect.objectContaining({ eventId: ttpDemand.eventId, type: 'DemandTabled', occurrence: 'doha-2025-10-19' }),
      ],
    });
  });
});
