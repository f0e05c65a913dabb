import fc from 'fast-check';
import { summaryContext, summaryLine } from './summary';
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
    ];
    const ctx = summaryContext(foldViews(log.entries));
    expect(lines.map((e) => summaryLine(e, ctx))).toEqual([
      'Istanbul round 2 concluded: collapsed — no agreement',
      'Afghan Taliban accepted in principle "Act against the TTP"',
      'Ultimatum by Pakistan resolved: lapsed',
      'Pakistan reported a ceasefire violation by Afghan Taliban (2–5 casualties)',
      'Qatar met Pakistan and Afghan Taliban: hosted both',
      'Türkiye asked for talks to resume: asked the delegation to stay',
    ]);
  });

  it('without a context, fall back to ids', () => {
    const event = new LogBuilder().add('TalksSuspended', { by: 'pakistan', reason: 'attack in Islamabad' });
    expect(summaryLine(event)).toBe('Talks suspended by pakistan: attack in Islamabad');
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
});
