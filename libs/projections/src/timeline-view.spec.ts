import { timelineView } from './timeline-view';
import { LogBuilder, ms } from './testing/builders';

function negotiation() {
  const log = new LogBuilder();
  log.open({ occurredAt: '2025-10-01', recordedAt: '2025-10-01T12:00:00Z' });
  log.add(
    'IncidentReported',
    {
      incidentId: 'i1',
      kind: 'clash',
      perpetrator: 'afghan-taliban',
      place: 'Spin Boldak',
      description: 'border clash',
      fatalities: { min: 23, max: 58 },
    },
    { occurredAt: '2025-10-11', recordedAt: '2025-10-12T09:00:00Z', sources: [{ title: 'Dawn', credibility: 3 }] },
  );
  log.add(
    'TalksRoundOpened',
    { roundId: 'r1', label: 'Doha round 1', venue: 'Doha' },
    { occurredAt: '2025-10-18', recordedAt: '2025-10-18T09:00:00Z' },
  );
  log.add(
    'StatementMade',
    {
      speaker: { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' },
      tone: 'threat',
      summary: 'open war if talks fail',
    },
    { occurredAt: '2025-10-05', recordedAt: '2025-10-20T09:00:00Z', cameo: '138' }, // backdated
  );
  log.add(
    'EventCorrected',
    { eventId: 'ev-2', changes: { data: { fatalities: { min: 23, max: 23 } } }, reason: 'ISPR figure confirmed' },
    { occurredAt: '2025-10-21', recordedAt: '2025-10-21T09:00:00Z' },
  );
  log.add(
    'EventRetracted',
    { eventId: 'ev-4', reason: 'quote misattributed' },
    { occurredAt: '2025-10-22', recordedAt: '2025-10-22T09:00:00Z' },
  );
  return log;
}

describe('timeline', () => {
  it('lists developments in occurredAt order with summary, sources, code and g; corrections and retractions attached, not listed', () => {
    const t = timelineView(negotiation().entries);
    expect(t.items.map((i) => [i.eventId, i.occurredAt])).toEqual([
      ['ev-1', '2025-10-01'],
      ['ev-4', '2025-10-05'],
      ['ev-2', '2025-10-11'],
      ['ev-3', '2025-10-18'],
    ]);
    const clash = t.items[2];
    expect(clash).toMatchObject({
      type: 'IncidentReported',
      summary: 'Clash by Afghan Taliban in Spin Boldak (23 killed)',
      sources: [{ title: 'Dawn', credibility: 3 }],
      cameo: { code: '190', source: 'default', name: 'Use conventional military force', g: -10 },
      confidence: 0.6,
      data: { fatalities: { min: 23, max: 23 } },
      corrections: [
        expect.objectContaining({
          eventId: 'ev-5',
          reason: 'ISPR figure confirmed',
          withdrawn: false,
          recordedAt: '2025-10-21T09:00:00Z',
        }),
      ],
      retracted: null,
    });
    expect(t.modelVersion).toBe('v2');
  });

  it('shows retracted events, flagged with the reason', () => {
    const statement = timelineView(negotiation().entries).items[1];
    expect(statement).toMatchObject({
      eventId: 'ev-4',
      cameo: { code: '138', source: 'analyst', g: -7 },
      retracted: { eventId: 'ev-6', reason: 'quote misattributed', recordedAt: '2025-10-22T09:00:00Z' },
    });
  });

  it('given knownAt, then later-recorded events, corrections and retractions are not there', () => {
    const t = timelineView(negotiation().entries, { knownAt: ms('2025-10-20T12:00:00Z') });
    expect(t.items.map((i) => i.eventId)).toEqual(['ev-1', 'ev-4', 'ev-2', 'ev-3']);
    expect(t.items[1]?.retracted).toBeNull();
    expect(t.items[2]).toMatchObject({
      corrections: [],
      data: { fatalities: { min: 23, max: 58 } },
      summary: 'Clash by Afghan Taliban in Spin Boldak (23–58 killed)',
    });
    expect(t.knownAt).toBe('2025-10-20T12:00:00.000Z');
  });

  it('given at, then only what occurred by then', () => {
    const t = timelineView(negotiation().entries, { at: ms('2025-10-11') });
    expect(t.items.map((i) => i.eventId)).toEqual(['ev-1', 'ev-4', 'ev-2']);
    expect(t.at).toBe('2025-10-11T00:00:00.000Z');
  });

  it('shows the occurrence that groups developments, and none on a development that reports a fact alone', () => {
    const log = new LogBuilder();
    log.open({ occurredAt: '2025-10-01' });
    const ceasefire = { ceasefireId: 'c', parties: ['pakistan', 'afghan-taliban'], duration: 'indefinite' } as const;
    log.add('CeasefireDeclared', ceasefire, { occurredAt: '2025-10-19', occurrence: 'doha' });
    log.add(
      'AgreementReached',
      { agreementId: 'a', kind: 'ceasefire', provisions: [], signatories: ['pakistan'], textPublic: true },
      { occurredAt: '2025-10-19', occurrence: 'doha' },
    );
    log.add('CeasefireExtended', { ceasefireId: 'c' }, { occurredAt: '2025-10-30', occurrence: 'istanbul' });
    expect(timelineView(log.entries).items.map((i) => i.occurrence)).toEqual([null, 'doha', 'doha', null]);
  });
});
