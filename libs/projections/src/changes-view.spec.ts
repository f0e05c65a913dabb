import { ESCALATION_MODEL_V1 } from './escalation-model';
import { changesView } from './changes-view';
import { LogBuilder, ms } from './testing/builders';

function negotiation() {
  const log = new LogBuilder();
  log.open({ occurredAt: '2025-10-01' });
  log.add(
    'DemandTabled',
    {
      demandId: 'd1',
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      text: 'Act against the TTP',
      category: 'security',
    },
    { occurredAt: '2025-10-18' },
  );
  log.add(
    'PositionTaken',
    { demandId: 'd1', actorId: 'afghan-taliban', stance: 'ambiguous' },
    { occurredAt: '2025-10-19' },
  );
  log.add(
    'CeasefireDeclared',
    { ceasefireId: 'c1', parties: ['pakistan', 'afghan-taliban'], duration: 'indefinite' },
    { occurredAt: '2025-10-19' },
  );
  log.add('TalksRoundOpened', { roundId: 'r1', label: 'Doha 1' }, { occurredAt: '2025-10-18' });
  log.add('TalksRoundConcluded', { roundId: 'r1', outcome: 'agreement' }, { occurredAt: '2025-10-19' });
  // — the briefing window: (2025-10-20, 2025-11-08] —
  log.add(
    'UltimatumIssued',
    {
      ultimatumId: 'u1',
      by: 'pakistan',
      to: ['afghan-taliban'],
      demandIds: ['d1'],
      consequences: 'strikes',
      deadline: '2025-11-06',
    },
    { occurredAt: '2025-11-01' },
  );
  log.add(
    'PositionTaken',
    { demandId: 'd1', actorId: 'afghan-taliban', stance: 'rejected' },
    { occurredAt: '2025-11-07' },
  );
  log.add('UltimatumResolved', { ultimatumId: 'u1', resolution: 'rejected' }, { occurredAt: '2025-11-07' });
  log.add(
    'CeasefireViolationReported',
    { ceasefireId: 'c1', allegedBy: 'pakistan', against: 'afghan-taliban' },
    { occurredAt: '2025-11-07' },
  );
  log.add('TalksRoundConcluded', { roundId: 'r3', outcome: 'collapsed' }, { occurredAt: '2025-11-08' });
  log.add(
    'DemandTabled',
    { demandId: 'd2', by: 'afghan-taliban', addressedTo: ['pakistan'], text: 'Stop airstrikes', category: 'security' },
    { occurredAt: '2025-11-08' },
  );
  log.add(
    'IncidentReported',
    { incidentId: 'i9', kind: 'clash', description: 'after the window' },
    { occurredAt: '2025-11-09' },
  );
  return log;
}

describe('changes between two dates', () => {
  const c = changesView(negotiation().entries, ms('2025-10-20'), ms('2025-11-08'), ESCALATION_MODEL_V1);

  it('lists the developments that occurred in [since, until], with summaries', () => {
    expect(c.developments.map((d) => d.eventId)).toEqual(['ev-7', 'ev-8', 'ev-9', 'ev-10', 'ev-11', 'ev-12']);
    expect(c.developments[1]?.summary).toBe('Afghan Taliban rejected "Act against the TTP"');
  });

  it('gives stance changes from → to, the phase change and the escalation delta', () => {
    expect(c.stanceChanges).toEqual([
      {
        demandId: 'd1',
        demand: 'Act against the TTP',
        actorId: 'afghan-taliban',
        actorName: 'Afghan Taliban',
        from: 'ambiguous',
        to: 'rejected',
        eventId: 'ev-8',
        occurredAt: '2025-11-07',
      },
    ]);
    expect(c.phase).toEqual({ from: 'agreement', to: 'collapsed', changed: true });
    expect(c.escalation.from).toMatchObject({ level: 1 });
    expect(c.escalation.to.index).toBeGreaterThan(c.escalation.from.index);
    expect(c.escalation.delta).toBeCloseTo(c.escalation.to.index - c.escalation.from.index, 9);
  });

  it('gives new and resolved ultimatums, the ceasefire change and new demands, naming every actor', () => {
    expect(c.ultimatums.issued).toEqual([
      {
        ultimatumId: 'u1',
        by: 'pakistan',
        byName: 'Pakistan',
        to: ['afghan-taliban'],
        toNames: ['Afghan Taliban'],
        deadline: '2025-11-06',
        occurredAt: '2025-11-01',
      },
    ]);
    expect(c.ultimatums.resolved).toEqual([
      { ultimatumId: 'u1', by: 'pakistan', byName: 'Pakistan', resolution: 'rejected', occurredAt: '2025-11-07' },
    ]);
    expect(c.ceasefire).toEqual({
      from: 'in-force',
      to: 'violated',
      changed: true,
      ceasefireId: 'c1',
      previousCeasefireId: null,
      summary: 'The ceasefire declared 2025-10-19: in force → violated',
    });
    expect(c.demands.tabled).toEqual([
      {
        demandId: 'd2',
        by: 'afghan-taliban',
        byName: 'Afghan Taliban',
        text: 'Stop airstrikes',
        occurredAt: '2025-11-08',
      },
    ]);
    expect(c.demands.withdrawn).toEqual([]);
  });

  it('given an empty window, then nothing changed', () => {
    const none = changesView(negotiation().entries, ms('2025-10-20'), ms('2025-10-25'));
    expect(none).toMatchObject({
      developments: [],
      stanceChanges: [],
      phase: { changed: false },
      ceasefire: { changed: false },
    });
  });

  it('given a new ceasefire in force where another was, then it says which replaced which (never "in force → in force")', () => {
    const log = negotiation();
    log.add(
      'CeasefireDeclared',
      { ceasefireId: 'c2', parties: ['pakistan', 'afghan-taliban'], duration: 'indefinite' },
      { occurredAt: '2025-10-23' },
    );
    const replaced = changesView(log.entries, ms('2025-10-20'), ms('2025-10-25'));
    expect(replaced.ceasefire).toEqual({
      from: 'in-force',
      to: 'in-force',
      changed: true,
      ceasefireId: 'c2',
      previousCeasefireId: 'c1',
      summary: 'The ceasefire declared 2025-10-19 (in force) gave way to a new one declared 2025-10-23 (in force)',
    });
  });

  it('given a partial ceasefire, then the briefing says it is partial (an energy moratorium is not a ceasefire of the fighting)', () => {
    const log = negotiation();
    log.add(
      'CeasefireDeclared',
      {
        ceasefireId: 'c2',
        parties: ['pakistan', 'afghan-taliban'],
        duration: 'temporary',
        coverage: 'partial',
        scope: 'strikes on energy infrastructure',
      },
      { occurredAt: '2025-10-23' },
    );
    const replaced = changesView(log.entries, ms('2025-10-20'), ms('2025-10-25'));
    expect(replaced.ceasefire.summary).toBe(
      'The ceasefire declared 2025-10-19 (in force) gave way to a new partial one declared 2025-10-23 (in force)',
    );
    log.add(
      'CeasefireViolationReported',
      { ceasefireId: 'c2', allegedBy: 'pakistan', against: 'afghan-taliban' },
      { occurredAt: '2025-10-28' },
    );
    const later = changesView(log.entries, ms('2025-10-24'), ms('2025-10-30'));
    expect(later.ceasefire.summary).toBe('The partial ceasefire declared 2025-10-23: in force → violated');
  });

  it('reads a day as the whole day: since = until = 2025-11-07 is what happened on 7 November', () => {
    const day = changesView(negotiation().entries, ms('2025-11-07'), ms('2025-11-07T23:59:59.999Z'));
    expect(day.developments.map((d) => d.occurredAt)).toEqual(['2025-11-07', '2025-11-07', '2025-11-07']);
    expect(day.stanceChanges.map((s) => [s.from, s.to])).toEqual([['ambiguous', 'rejected']]);
    expect(day.ceasefire).toMatchObject({ from: 'in-force', to: 'violated', changed: true });
  });

  it('refuses since after until', () => {
    expect(() => changesView(negotiation().entries, ms('2025-11-08'), ms('2025-10-20'))).toThrow(
      expect.objectContaining({ code: 'invalid-range' }),
    );
  });
});
