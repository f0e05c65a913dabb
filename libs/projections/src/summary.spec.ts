import fc from 'fast-check';
import { effectiveEvents } from './effective-events';
import { summaryData, summaryLine, type SummarySubject } from './summary';
import { summaryContext } from './view-state';
import { negotiationLogArb } from './testing/arbitraries';
import { LogBuilder } from './testing/builders';
import { foldViews } from './view-state';

describe('summary lines', () => {
  it('name actors, rounds and demands from the state', () => {
    const log = new LogBuilder();
    log.open();
    log.add('TalksRoundScheduled', {
      roundId: 'r1',
      label: 'Istanbul round 2',
      venue: 'Istanbul',
      plannedFor: '2025-11-06',
    });
    log.add('DemandTabled', {
      demandId: 'd1',
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      text: 'Act against the TTP',
      category: 'security',
    });
    log.add('UltimatumIssued', {
      ultimatumId: 'u1',
      by: 'pakistan',
      to: ['afghan-taliban'],
      demandIds: ['d1'],
      consequences: 'strikes',
      deadline: '2025-11-10',
    });
    const lines = [
      log.add('TalksRoundConcluded', { roundId: 'r1', outcome: 'collapsed', summary: 'no agreement' }),
      log.add('PositionTaken', { demandId: 'd1', actorId: 'afghan-taliban', stance: 'accepted-in-principle' }),
      log.add('UltimatumResolved', { ultimatumId: 'u1', resolution: 'lapsed' }),
      log.add('CeasefireViolationReported', {
        ceasefireId: 'c1',
        allegedBy: 'pakistan',
        against: 'afghan-taliban',
        casualties: { min: 2, max: 5 },
      }),
      log.add('ThirdPartyEngagement', {
        actorId: 'qatar',
        counterparts: ['pakistan', 'afghan-taliban'],
        kind: 'meeting',
        summary: 'hosted both',
      }),
      log.add('MediationAction', {
        mediator: 'turkiye',
        action: 'requested-resumption',
        summary: 'asked the delegation to stay',
      }),
      log.add('StatementMade', {
        speaker: { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' },
        tone: 'accusation',
        summary: 'Kabul is behind the Orakzai attack',
        blames: { incidentId: 'orakzai-attack', on: 'afghan-taliban' },
      }),
    ];
    const ctx = summaryContext(foldViews(log.entries));
    expect(lines.map((e) => summaryLine(e, ctx))).toEqual([
      'Istanbul round 2 concluded: collapsed — no agreement',
      'Afghan Taliban accepted in principle "Act against the TTP"',
      'Ultimatum by Pakistan resolved: lapsed',
      'Pakistan reported a ceasefire violation by Afghan Taliban (2–5 casualties)',
      'Qatar met Pakistan and Afghan Taliban: hosted both',
      'Türkiye asked for talks to resume: asked the delegation to stay',
      'Khawaja Asif (Defence Minister), accusation: Kabul is behind the Orakzai attack (blames Afghan Taliban for incident orakzai-attack)',
    ]);
  });

  it("say an agreement's status as reached and as it changes, with whose act it was", () => {
    const log = new LogBuilder();
    log.open();
    const reached = log.add('AgreementReached', {
      agreementId: 'treaty',
      kind: 'comprehensive',
      provisions: [],
      signatories: ['pakistan', 'afghan-taliban'],
      textPublic: false,
      status: 'initialled',
    });
    const lines = [
      reached,
      log.add('AgreementStatusChanged', { agreementId: 'treaty', status: 'signed' }),
      log.add('AgreementStatusChanged', {
        agreementId: 'treaty',
        status: 'suspended',
        by: 'pakistan',
        reason: 'held in abeyance',
      }),
      log.add('AgreementStatusChanged', { agreementId: 'treaty', status: 'in-force', by: 'pakistan' }),
      log.add('AgreementStatusChanged', { agreementId: 'treaty', status: 'withdrawn', by: 'afghan-taliban' }),
    ];
    const ctx = summaryContext(foldViews(log.entries));
    expect(lines.map((e) => summaryLine(e, ctx))).toEqual([
      'Comprehensive agreement reached by Pakistan and Afghan Taliban (initialled)',
      'Agreement treaty signed',
      'Agreement treaty suspended by Pakistan: held in abeyance',
      'Agreement treaty put in force by Pakistan',
      'Agreement treaty withdrawn from by Afghan Taliban',
    ]);
  });

  it('say what the catalogue additions add: a pause requested, a truce until the talks conclude, injured, a period', () => {
    const log = new LogBuilder();
    log.open();
    const lines = [
      log.add('MediationAction', {
        mediator: 'qatar',
        action: 'requested-pause',
        summary: 'asked the Taliban to pause operations',
      }),
      log.add('CeasefireDeclared', {
        ceasefireId: 'c1',
        parties: ['pakistan', 'afghan-taliban'],
        duration: 'until-talks-conclude',
      }),
      log.add('CeasefireDeclared', {
        ceasefireId: 'energy',
        parties: ['pakistan', 'afghan-taliban'],
        coverage: 'partial',
        duration: 'temporary',
        until: '2025-11-15',
      }),
      log.add('CeasefireExtended', { ceasefireId: 'c1', duration: 'until-talks-conclude' }),
      log.add('IncidentReported', {
        incidentId: 'i1',
        kind: 'drone-strike',
        perpetrator: 'pakistan',
        place: 'Kabul',
        fatalities: { min: 2, max: 5 },
        injured: { min: 7, max: 7 },
        description: 'strike',
      }),
      log.add('IncidentReported', {
        incidentId: 'i2',
        kind: 'casualty-report',
        fatalities: { min: 70, max: 70 },
        period: { from: '2025-10-01', to: '2025-12-31' },
        description: 'quarterly figures',
      }),
      log.add('IncidentReported', {
        incidentId: 'i3',
        kind: 'non-lethal-force',
        perpetrator: 'pakistan',
        place: 'Torkham',
        injured: { min: 3, max: 3 },
        description: 'tear gas at the crossing',
      }),
      log.add('IncidentReported', {
        incidentId: 'i4',
        kind: 'missile-strike',
        perpetrator: 'pakistan',
        against: 'ttp',
        harmed: 'afghan-taliban',
        place: 'Paktika',
        fatalities: { min: 3, max: 3 },
        description: 'a missile aimed at a TTP camp hits a Taliban post',
      }),
      log.add('IncidentReported', {
        incidentId: 'i5',
        kind: 'clash',
        perpetrator: 'afghan-taliban',
        place: 'Kurram',
        scale: 'major',
        description: 'an offensive along the Kurram front',
      }),
    ];
    const ctx = summaryContext(foldViews(log.entries));
    expect(lines.map((e) => summaryLine(e, ctx))).toEqual([
      'Qatar asked for a pause in operations: asked the Taliban to pause operations',
      'Ceasefire declared between Pakistan and Afghan Taliban until the talks conclude',
      'Temporary partial ceasefire declared between Pakistan and Afghan Taliban until 2025-11-15',
      'Ceasefire extended until the talks conclude',
      'Drone strike by Pakistan in Kabul (2–5 killed, 7 injured)',
      'Casualty report, 2025-10-01 to 2025-12-31 (70 killed)',
      'Non-lethal force by Pakistan in Torkham (3 injured)',
      'Missile strike by Pakistan in Paktika, harming Afghan Taliban (3 killed)',
      'Major clash by Afghan Taliban in Kurram',
    ]);
  });

  it('without a context, fall back to ids', () => {
    const event = new LogBuilder().add('TalksSuspended', { by: 'pakistan', reason: 'attack in Islamabad' });
    expect(summaryLine(event)).toBe('Talks suspended by pakistan: attack in Islamabad');
  });

  it('say talks suspended for a time are paused', () => {
    const event = new LogBuilder().add('TalksSuspended', { by: 'iran', reason: 'no reason given', temporary: true });
    expect(summaryLine(event)).toBe('Talks paused by iran: no reason given');
  });

  it('give every event of a generated log a line without holes', () => {
    fc.assert(
      fc.property(negotiationLogArb(), (entries) => {
        const ctx = summaryContext(foldViews(entries));
        for (const { event } of entries) {
          const line = summaryLine(event, ctx);
          expect(line.length).toBeGreaterThan(0);
          expect(line).not.toMatch(/undefined|null|\[object/);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('read nothing of an event but what summaryData keeps: the same line from the compact data, as folded', () => {
    fc.assert(
      fc.property(negotiationLogArb(), (entries) => {
        const state = foldViews(entries);
        const ctx = summaryContext(state);
        for (const { event } of entries) {
          const compact = { type: event.type, data: summaryData(event) } as SummarySubject;
          expect(summaryLine(compact, ctx)).toBe(summaryLine(event, ctx));
        }
        // What the state keeps per development gives the line of the effective (corrected) event.
        const effective = effectiveEvents(entries);
        expect(state.developments.map((record) => summaryLine(record, ctx))).toEqual(
          effective.map(({ event }) => summaryLine(event, ctx)),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('keep long texts clipped as the line shows them, and nothing the line does not show', () => {
    const long = `${'a long account of what was said at the table, '.repeat(4)}end`;
    const log = new LogBuilder();
    log.open();
    const events = [
      log.add('StatementMade', {
        speaker: { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' },
        tone: 'warning',
        summary: long,
        quote: 'a quote the line never shows',
        audience: 'domestic audience',
      }),
      log.add('DemandTabled', {
        demandId: 'd1',
        by: 'pakistan',
        addressedTo: ['afghan-taliban'],
        text: long,
        category: 'security',
      }),
      log.add('TalksSuspended', { by: 'pakistan', reason: long }),
      log.add('MediationAction', { mediator: 'qatar', action: 'proposed', summary: long }),
      log.add('ThirdPartyEngagement', { actorId: 'qatar', counterparts: ['pakistan'], kind: 'meeting', summary: long }),
      log.add('IncidentReported', {
        incidentId: 'i1',
        kind: 'clash',
        perpetrator: 'pakistan',
        place: 'Chaman',
        fatalities: { min: 1, max: 2 },
        description: 'a description the line never shows',
      }),
    ];
    const ctx = summaryContext(foldViews(log.entries));
    for (const event of events) {
      const data = summaryData(event);
      expect(summaryLine({ type: event.type, data } as SummarySubject, ctx)).toBe(summaryLine(event, ctx));
      expect(JSON.stringify(data).length).toBeLessThan(200);
      expect(JSON.stringify(data)).not.toMatch(/never shows|domestic audience|"actorId":"pakistan"/);
    }
  });
});
