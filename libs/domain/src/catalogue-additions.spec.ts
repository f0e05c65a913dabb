/**
 * The catalogue additions for escalation model v2 (issue #14, item 5–6): the
 * envelope's `occurrence`, the incident's pair (`against`, `blamedOn`), its
 * scale (`injured`, `civilianFatalities`), casualty reports over a `period`,
 * the new kinds and values, and the refusal of a CAMEO code the shipped table
 * cannot weigh. All optional: what was recorded before still decodes (codec.spec).
 */
import { fromStoredEvent, toStoredEvent } from './codec';
import { type IncidentReported } from './events';
import { type Development, foldEvents } from './negotiation';
import { development, eventId, given, history, record, samples, truce48h } from './testing';

const incident = (data: Partial<IncidentReported>, label = 'incident') =>
  development(
    'IncidentReported',
    { incidentId: `incident-${label}`, kind: 'clash', description: 'Exchange of fire at the border', ...data },
    { label, occurredAt: '2025-10-30' },
  );

const problemsOf = (dev: Development, label = 'incident'): readonly string[] =>
  given(history)
    .when(record(dev))
    .thenThrows('invalid-event-data', 'rule', [eventId(label)]).details.problems as readonly string[];

describe('occurrence: one key for the developments that report one occurrence', () => {
  const agreement = development('AgreementReached', samples.AgreementReached.data, {
    label: 'agreement',
    occurredAt: '2025-10-19',
    occurrence: 'doha-agreement',
  });
  const ceasefire = development('CeasefireDeclared', samples.CeasefireDeclared.data, {
    label: 'ceasefire',
    occurredAt: '2025-10-19',
    occurrence: 'doha-agreement',
  });

  it('is recorded on each development that shares it, and stored in the metadata (not the data)', () => {
    const decided = given(history).when(record(agreement, ceasefire)).run();
    expect(decided.map((e) => e.occurrence)).toEqual(['doha-agreement', 'doha-agreement']);
    const stored = toStoredEvent(decided[0]!);
    expect(stored.metadata.occurrence).toBe('doha-agreement');
    expect('occurrence' in stored.data).toBe(false);
    expect(fromStoredEvent(JSON.parse(JSON.stringify(stored)))).toEqual(decided[0]);
  });

  it.each([
    ['a space', 'doha agreement'],
    ['101 characters', `d${'o'.repeat(100)}`],
    ['an empty key', ''],
  ])('refuses an occurrence with %s, naming the field', (_what, occurrence) => {
    const error = given(history)
      .when(record({ ...agreement, occurrence }))
      .thenThrows('invalid-event-data', 'rule', [eventId('agreement')]);
    expect(error.details.problems).toEqual([
      expect.stringMatching(/^occurrence ".*" must be an occurrence id: letters, digits/),
    ]);
  });

  it('accepts 100 characters', () => {
    expect(
      given(history)
        .when(record({ ...agreement, occurrence: `d${'o'.repeat(99)}` }))
        .run(),
    ).toHaveLength(1);
  });

  it('is part of what a retry must repeat: the same event id with another occurrence is a conflict', () => {
    const recorded = [...history, ...given(history).when(record(agreement)).run()];
    given(recorded).when(record(agreement)).then([]);
    given(recorded)
      .when(record({ ...agreement, occurrence: 'another-occurrence' }))
      .thenThrows('event-id-conflict', 'conflict', [agreement.eventId]);
  });

  it('is correctable: a correction sets it, and a malformed one is refused', () => {
    const recorded = [...history, ...given(history).when(record(agreement)).run()];
    const correction = (occurrence: string, label: string) =>
      development(
        'EventCorrected',
        { eventId: agreement.eventId, changes: { occurrence }, reason: 'Same occurrence as the ceasefire' },
        { label, occurredAt: '2025-10-20' },
      );
    const corrected = given(recorded)
      .when(record(correction('doha-round-agreement', 'fix')))
      .run();
    const fact = foldEvents([...recorded, ...corrected]).events.get(agreement.eventId);
    expect(fact?.current.occurrence).toBe('doha-round-agreement');
    const error = given(recorded)
      .when(record(correction('doha round', 'bad-fix')))
      .thenThrows('invalid-event-data', 'rule', [eventId('bad-fix')]);
    expect(error.details.problems).toEqual(['data.changes.occurrence must be an id without spaces (such as doha-1)']);
  });
});

describe('an analyst-set CAMEO code must be one the shipped table weighs', () => {
  const statement = (cameo: string) =>
    development(
      'StatementMade',
      { speaker: { name: 'Khawaja Asif', actorId: 'pakistan' }, tone: 'threat', summary: 'Open war' },
      { label: 'asif', occurredAt: '2025-10-25', cameo },
    );

  it.each([
    ['999', 'no such code'],
    ['1213', 'named in the ICEWS codebook, but without a Goldstein weight'],
  ])('refuses %s (%s), naming the code', (code) => {
    const error = given(history)
      .when(record(statement(code)))
      .thenThrows('unknown-cameo', 'rule', [code, eventId('asif')]);
    expect(error.details).toMatchObject({ cameo: code });
    expect(error.message).toContain('not in the shipped CAMEO table');
  });

  it('accepts a code of the table', () => {
    expect(
      given(history)
        .when(record(statement('138')))
        .run()[0]?.cameo,
    ).toBe('138');
  });

  it('refuses a correction that sets an unknown code', () => {
    const fix = development(
      'EventCorrected',
      { eventId: samples.IncidentReported.eventId, changes: { cameo: '999' }, reason: 'Recode' },
      { label: 'recode', occurredAt: '2025-10-20' },
    );
    given([...history, samples.IncidentReported])
      .when(record(fix))
      .thenThrows('unknown-cameo', 'rule', ['999', eventId('recode'), samples.IncidentReported.eventId]);
  });
});

describe('IncidentReported: the pair, the scale and the period', () => {
  it.each(['shelling', 'drone-strike', 'missile-strike', 'border-reopening'] as const)(
    'records the kind %s',
    (kind) => {
      expect(
        given(history)
          .when(record(incident({ kind })))
          .run()[0]?.data,
      ).toMatchObject({ kind });
    },
  );

  it('records whom the act was aimed at and whom the alleger also blames, both registered actors', () => {
    const attack = incident({
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      blamedOn: 'afghan-taliban',
    });
    expect(given(history).when(record(attack)).run()[0]?.data).toMatchObject({
      against: 'pakistan',
      blamedOn: 'afghan-taliban',
    });
  });

  describe('whom an act aimed elsewhere harmed (`harmed`)', () => {
    // Azerbaijan's airliner downed by Russian air defence firing at Ukrainian drones; here Pakistan's strike on the TTP
    // that hits the Afghan Taliban.
    const aimedElsewhere = {
      kind: 'missile-strike',
      perpetrator: 'pakistan',
      allegedBy: 'afghan-taliban',
      against: 'ttp',
    } as const;
    const refusal = (data: Partial<IncidentReported>, code: 'harmed-is-perpetrator' | 'harmed-is-against') => {
      const error = given(history)
        .when(record(incident({ ...aimedElsewhere, ...data })))
        .thenThrows(code, 'rule', ['data.harmed', eventId('incident')]);
      expect(error.details).toMatchObject({ field: 'data.harmed' });
      return error;
    };

    it('records a registered actor besides whom the act was aimed at, and keeps it through the codec', () => {
      const [stored] = given(history)
        .when(record(incident({ ...aimedElsewhere, harmed: 'afghan-taliban' })))
        .run();
      expect(stored?.data).toMatchObject({ against: 'ttp', harmed: 'afghan-taliban' });
      expect(fromStoredEvent(toStoredEvent(stored!)).data).toMatchObject({ harmed: 'afghan-taliban' });
    });

    it('refuses the perpetrator as the one harmed, naming the field; nothing is recorded', () => {
      const error = refusal({ harmed: 'pakistan' }, 'harmed-is-perpetrator');
      expect(error.message).toContain('pakistan');
    });

    it('refuses whom the act was aimed at as the one harmed, naming the field', () => {
      refusal({ harmed: 'ttp' }, 'harmed-is-against');
    });

    it('refuses an actor the negotiation does not hold, naming the field', () => {
      given(history)
        .when(record(incident({ ...aimedElsewhere, harmed: 'azerbaijan' })))
        .thenThrows('unknown-actor', 'rule', ['azerbaijan', 'data.harmed']);
    });

    it('refuses a correction that makes the one harmed whom the act was aimed at', () => {
      const recorded = [
        ...history,
        ...given(history)
          .when(record(incident({ ...aimedElsewhere, harmed: 'afghan-taliban' })))
          .run(),
      ];
      const correction = development(
        'EventCorrected',
        {
          eventId: eventId('incident'),
          changes: { data: { against: 'afghan-taliban' } },
          reason: 'It was aimed at Kabul',
        },
        { label: 'fix', occurredAt: '2025-10-31' },
      );
      const error = given(recorded)
        .when(record(correction))
        .thenThrows('harmed-is-against', 'rule', ['data.harmed', eventId('fix')]);
      expect(error.details).toMatchObject({ field: 'data.harmed', actorId: 'afghan-taliban' });
    });
  });

  describe('a blame laid in a statement days after the attack it names (`StatementMade.blames`)', () => {
    // Pakistan blaming the Afghan Taliban for the TTP's Orakzai attack (8 October, recorded without a blame) on the 10th.
    const blaming = (blames: { incidentId: string; on: string }, label = 'blame') =>
      development('StatementMade', { ...samples.StatementMade.data, blames }, { label, occurredAt: '2025-10-10' });
    const onTaliban = { incidentId: 'orakzai-attack', on: 'afghan-taliban' };

    it('records the blame on the statement, dated by it, and keeps it through the codec', () => {
      const [stored] = given(history)
        .when(record(blaming(onTaliban)))
        .run();
      expect({ occurredAt: stored?.occurredAt, blames: (stored?.data as { blames?: unknown }).blames }).toEqual({
        occurredAt: '2025-10-10',
        blames: onTaliban,
      });
      expect(fromStoredEvent(toStoredEvent(stored!)).data).toMatchObject({ blames: onTaliban });
    });

    it('refuses an incident the negotiation does not hold, naming the field; nothing is recorded', () => {
      const error = given(history)
        .when(record(blaming({ incidentId: 'peshawar-attack', on: 'afghan-taliban' })))
        .thenThrows('unknown-incident', 'rule', ['peshawar-attack', 'data.blames.incidentId', eventId('blame')]);
      expect(error.details).toMatchObject({ field: 'data.blames.incidentId', incidentId: 'peshawar-attack' });
    });

    it('refuses a retracted incident, and the retraction of an incident a statement blames', () => {
      const retraction = (label: string) =>
        development(
          'EventRetracted',
          { eventId: eventId('orakzai-attack'), reason: 'Misreported' },
          { label, occurredAt: '2025-10-09' },
        );
      const retracted = [
        ...history,
        ...given(history)
          .when(record(retraction('gone')))
          .run(),
      ];
      given(retracted)
        .when(record(blaming(onTaliban)))
        .thenThrows('unknown-incident', 'rule', ['orakzai-attack', 'data.blames.incidentId']);
      const blamed = [
        ...history,
        ...given(history)
          .when(record(blaming(onTaliban)))
          .run(),
      ];
      given(blamed)
        .when(record(retraction('late')))
        .thenThrows('retraction-breaks-later-events', 'rule', ['orakzai-attack', eventId('blame')]);
    });

    it("refuses the speaker's own actor as the one blamed, naming the field", () => {
      const error = given(history)
        .when(record(blaming({ incidentId: 'orakzai-attack', on: 'pakistan' })))
        .thenThrows('blame-on-speaker', 'rule', ['pakistan', 'data.blames.on', eventId('blame')]);
      expect(error.details).toMatchObject({ field: 'data.blames.on', actorId: 'pakistan' });
    });

    it('refuses an actor the negotiation does not hold, naming the field', () => {
      given(history)
        .when(record(blaming({ incidentId: 'orakzai-attack', on: 'saudi-arabia' })))
        .thenThrows('unknown-actor', 'rule', ['saudi-arabia', 'data.blames.on']);
    });

    it('refuses a blame dated before the incident it names, naming the field; the same day is allowed', () => {
      const early = development(
        'StatementMade',
        { ...samples.StatementMade.data, blames: onTaliban },
        { label: 'early', occurredAt: '2025-10-07' },
      );
      const error = given(history)
        .when(record(early))
        .thenThrows('blame-before-incident', 'rule', ['orakzai-attack', '2025-10-07', '2025-10-08', eventId('early')]);
      expect(error.details).toMatchObject({ field: 'occurredAt', incidentId: 'orakzai-attack' });
      const sameDay = development(
        'StatementMade',
        { ...samples.StatementMade.data, blames: onTaliban },
        { label: 'same-day', occurredAt: '2025-10-08T18:00:00Z' },
      );
      given(history).when(record(sameDay)).run();
    });

    it('refuses a correction moving the incident after a blame of it, naming the blame', () => {
      const blamed = [
        ...history,
        ...given(history)
          .when(record(blaming(onTaliban)))
          .run(),
      ];
      const moved = (occurredAt: string, label: string) =>
        development(
          'EventCorrected',
          { eventId: eventId('orakzai-attack'), changes: { occurredAt }, reason: 'Misdated' },
          { label, occurredAt: '2025-10-12' },
        );
      given(blamed)
        .when(record(moved('2025-10-11', 'late')))
        .thenThrows('correction-breaks-later-events', 'rule', ['2025-10-11', eventId('blame')]);
      given(blamed)
        .when(record(moved('2025-10-09', 'earlier')))
        .run();
    });

    it('refuses a correction of the statement that breaks either rule', () => {
      const blamed = [
        ...history,
        ...given(history)
          .when(record(blaming(onTaliban)))
          .run(),
      ];
      const correction = (blames: { incidentId: string; on: string }, label: string) =>
        development(
          'EventCorrected',
          { eventId: eventId('blame'), changes: { data: { blames } }, reason: 'Misread the statement' },
          { label, occurredAt: '2025-10-11' },
        );
      given(blamed)
        .when(record(correction({ incidentId: 'orakzai-attack', on: 'pakistan' }, 'own')))
        .thenThrows('blame-on-speaker', 'rule', ['data.blames.on', eventId('own')]);
      given(blamed)
        .when(record(correction({ incidentId: 'mir-ali-attack', on: 'afghan-taliban' }, 'unknown')))
        .thenThrows('unknown-incident', 'rule', ['mir-ali-attack', 'data.blames.incidentId']);
      given(blamed)
        .when(record(correction({ incidentId: 'orakzai-attack', on: 'ttp' }, 'ttp')))
        .run();
    });

    it('refuses a blame that is not an incident id and an actor, naming the fields', () => {
      expect(
        problemsOf(
          development(
            'StatementMade',
            { ...samples.StatementMade.data, blames: { incidentId: 'Orakzai attack!' } as never },
            { label: 'bad', occurredAt: '2025-10-10' },
          ),
          'bad',
        ),
      ).toEqual([expect.stringContaining('data.blames.incidentId'), expect.stringContaining('data.blames.on')]);
    });
  });

  it('records injured and civilian counts as ranges', () => {
    const strike = incident({
      kind: 'airstrike',
      fatalities: { min: 10, max: 23 },
      civilianFatalities: { min: 10, max: 10 },
      injured: { min: 5, max: 40 },
    });
    expect(given(history).when(record(strike)).run()[0]?.data).toMatchObject({
      civilianFatalities: { min: 10, max: 10 },
      injured: { min: 5, max: 40 },
    });
  });

  it('refuses more civilians dead than dead, naming civilianFatalities', () => {
    expect(problemsOf(incident({ fatalities: { min: 3, max: 5 }, civilianFatalities: { min: 4, max: 6 } }))).toEqual([
      'data.civilianFatalities.max (6) must not exceed fatalities.max (5): the civilians are counted among them',
    ]);
  });

  it('accepts civilians up to the highest total, and civilians alone', () => {
    expect(
      given(history)
        .when(record(incident({ fatalities: { min: 3, max: 5 }, civilianFatalities: { min: 5, max: 5 } })))
        .run(),
    ).toHaveLength(1);
    expect(
      given(history)
        .when(record(incident({ civilianFatalities: { min: 2, max: 2 } })))
        .run(),
    ).toHaveLength(1);
  });

  it('refuses a malformed injured range like any range', () => {
    expect(problemsOf(incident({ injured: { min: 9, max: 4 } }))).toEqual([
      'data.injured.min must not exceed data.injured.max',
    ]);
  });

  const report = (period?: { from: string; to: string }) =>
    incident(
      {
        kind: 'casualty-report',
        allegedBy: 'pakistan',
        fatalities: { min: 70, max: 70 },
        ...(period ? { period } : {}),
      },
      'report',
    );

  it('records a casualty report with the period its counts cover (dates or date-times)', () => {
    expect(
      given(history)
        .when(record(report({ from: '2025-10-01', to: '2025-10-31T23:59:59Z' })))
        .run()[0]?.data,
    ).toMatchObject({
      period: { from: '2025-10-01', to: '2025-10-31T23:59:59Z' },
    });
  });

  it('requires a period on a casualty report, and refuses one on any other kind', () => {
    expect(problemsOf(report(), 'report')).toEqual([
      'data.period is required when kind is casualty-report: the span its counts cover',
    ]);
    expect(problemsOf(incident({ kind: 'clash', period: { from: '2025-10-01', to: '2025-10-02' } }))).toEqual([
      'data.period is only for kind casualty-report, not clash',
    ]);
  });

  it('records how large an armed action was by its sources (scale major), and refuses a scale on what is not armed action', () => {
    expect(
      given(history)
        .when(record(incident({ kind: 'clash', scale: 'major' })))
        .run()[0]?.data,
    ).toMatchObject({ kind: 'clash', scale: 'major' });
    expect(problemsOf(incident({ kind: 'border-closure', scale: 'major' }))).toEqual([
      'data.scale is only for armed action (kind clash, airstrike, shelling, drone-strike, missile-strike), not border-closure',
    ]);
    expect(problemsOf(incident({ kind: 'clash', scale: 'huge' as never }))).toEqual([
      'data.scale must be one of major',
    ]);
  });

  it('records a detention and its release with their author, and refuses either without one, naming the field', () => {
    const held = { target: 'Crew of a border patrol', place: 'Torkham', against: 'pakistan' };
    const [detention, release] = given(history)
      .when(
        record(
          incident({ ...held, kind: 'detention', perpetrator: 'afghan-taliban' }, 'detention'),
          incident({ ...held, kind: 'release', perpetrator: 'afghan-taliban' }, 'release'),
        ),
      )
      .run();
    expect(detention?.data).toMatchObject({ kind: 'detention', perpetrator: 'afghan-taliban' });
    expect(release?.data).toMatchObject({ kind: 'release', perpetrator: 'afghan-taliban' });
    expect(problemsOf(incident({ ...held, kind: 'detention' }, 'detention'), 'detention')).toEqual([
      'data.perpetrator is required when kind is detention: the party that holds or frees them',
    ]);
    expect(problemsOf(incident({ ...held, kind: 'release', allegedBy: 'pakistan' }, 'release'), 'release')).toEqual([
      'data.perpetrator is required when kind is release: the party that holds or frees them',
    ]);
    // Only these kinds: an incident of another kind still needs no perpetrator.
    expect(
      given(history)
        .when(record(incident({ kind: 'non-lethal-force' })))
        .run(),
    ).toHaveLength(1);
  });

  it('refuses a scale on a detention or a release, as on any kind that is not armed action', () => {
    expect(problemsOf(incident({ kind: 'detention', perpetrator: 'afghan-taliban', scale: 'major' }))).toEqual([
      'data.scale is only for armed action (kind clash, airstrike, shelling, drone-strike, missile-strike), not detention',
    ]);
  });

  it.each([
    [{ from: '2025-10-31', to: '2025-10-01' }, 'data.period.from must not be after data.period.to'],
    [
      { from: '2025-10', to: '2025-12-31' },
      'data.period.from must be a date (YYYY-MM-DD) or an ISO date-time with Z or an offset',
    ],
    [
      { from: '2025-02-30', to: '2025-03-01' },
      'data.period.from must be a date (YYYY-MM-DD) or an ISO date-time with Z or an offset',
    ],
  ])('refuses the period %p', (period, problem) => {
    expect(problemsOf(report(period), 'report')).toEqual([problem]);
  });
});

describe('the other new values', () => {
  it('records a violation with its injured and civilian dead, civilians not above the casualties', () => {
    const violation = (civilians: number) =>
      development(
        'CeasefireViolationReported',
        {
          ceasefireId: truce48h.data.ceasefireId,
          allegedBy: 'afghan-taliban',
          against: 'pakistan',
          casualties: { min: 8, max: 10 },
          injured: { min: 7, max: 7 },
          civilianFatalities: { min: 8, max: civilians },
        },
        { label: 'violation', occurredAt: '2025-10-17' },
      );
    expect(
      given(history)
        .when(record(violation(10)))
        .run(),
    ).toHaveLength(1);
    expect(problemsOf(violation(11), 'violation')).toEqual([
      'data.civilianFatalities.max (11) must not exceed casualties.max (10): the civilians are counted among them',
    ]);
  });

  it('records a mediator asking a party to pause operations', () => {
    const ask = development(
      'MediationAction',
      { mediator: 'qatar', action: 'requested-pause', summary: 'Qatar asks the Taliban to pause operations' },
      { label: 'pause', occurredAt: '2025-10-12' },
    );
    expect(given(history).when(record(ask)).run()[0]?.data).toMatchObject({ action: 'requested-pause' });
  });

  it('records a ceasefire that lasts until the talks conclude, declared or extended so', () => {
    const declared = development(
      'CeasefireDeclared',
      { ceasefireId: 'talks-truce', parties: ['pakistan', 'afghan-taliban'], duration: 'until-talks-conclude' },
      { label: 'declared' },
    );
    const extended = development(
      'CeasefireExtended',
      { ceasefireId: truce48h.data.ceasefireId, duration: 'until-talks-conclude' },
      { label: 'extended', occurredAt: '2025-10-17' },
    );
    expect(
      given(history)
        .when(record(declared, extended))
        .run()
        .map((e) => (e.data as { duration?: string }).duration),
    ).toEqual(['until-talks-conclude', 'until-talks-conclude']);
  });

  it('records a round format, and refuses one outside formal, informal, technical', () => {
    const scheduled = (format: string) =>
      development(
        'TalksRoundScheduled',
        { roundId: 'riyadh-1', label: 'Riyadh round', plannedFor: '2025-12-01', format: format as 'formal' },
        { label: 'riyadh' },
      );
    expect(
      given(history)
        .when(record(scheduled('informal')))
        .run()[0]?.data,
    ).toMatchObject({ format: 'informal' });
    expect(problemsOf(scheduled('secret'), 'riyadh')).toEqual([
      'data.format must be one of formal, informal, technical',
    ]);
  });
});

describe('TalksSuspended.temporary: talks suspended for a time, by the suspending party’s own account', () => {
  const suspension = (data: Record<string, unknown>) =>
    development('TalksSuspended', { by: 'pakistan', ...data } as never, {
      label: 'suspension',
      occurredAt: '2025-10-29',
    });

  it('is recorded, stored and read back (Iran putting the Baghdad talks on hold "temporarily")', () => {
    const decided = given(history)
      .when(record(suspension({ reason: 'On hold, temporarily', temporary: true })))
      .run();
    expect(decided[0]?.data).toEqual({ by: 'pakistan', reason: 'On hold, temporarily', temporary: true });
    const stored = JSON.parse(JSON.stringify(toStoredEvent(decided[0]!)));
    expect(stored.data.temporary).toBe(true);
    expect(fromStoredEvent(stored)).toEqual(decided[0]);
  });

  it('refuses a value that is not true or false, naming the field', () => {
    const error = given(history)
      .when(record(suspension({ temporary: 'yes' })))
      .thenThrows('invalid-event-data', 'rule', [eventId('suspension')]);
    expect(error.details.problems).toEqual(['data.temporary must be true or false']);
  });
});
