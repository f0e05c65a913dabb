import type { EventDataByType, EventType, Source } from '@parley/domain';
import {
  confidenceOf,
  ESCALATION_MODEL_V1 as V1,
  escalationIndex,
  eventCode,
  goldsteinOf,
  levelOf,
  trendOf,
  codeName,
  decayOf,
} from './escalation-model';
import { LogBuilder, PAKISTAN } from './testing/builders';

const P = { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' };

/** One event of each type/variant, with the code DOMAIN.md §5 gives it (null = none). */
const TABLE: Array<[EventType, Partial<EventDataByType[EventType]> | Record<string, unknown>, string | null]> = [
  ['NegotiationOpened', { negotiationId: 'x', title: 't', subject: 's', parties: [], mediators: [] }, null],
  ['ActorRegistered', { actor: PAKISTAN, role: 'party' }, null],
  ['TalksRoundScheduled', { roundId: 'r', label: 'R', plannedFor: '2025-11-01' }, '036'],
  ['TalksResumed', {}, '036'],
  ['TalksRoundOpened', { roundId: 'r' }, '046'],
  ['TalksRoundConcluded', { roundId: 'r', outcome: 'agreement' }, '057'],
  ['TalksRoundConcluded', { roundId: 'r', outcome: 'collapsed' }, '164'],
  ['TalksRoundConcluded', { roundId: 'r', outcome: 'progress' }, null],
  ['TalksRoundConcluded', { roundId: 'r', outcome: 'no-progress' }, null],
  ['TalksRoundConcluded', { roundId: 'r', outcome: 'adjourned' }, null],
  ['TalksRoundPostponed', { roundId: 'r' }, null],
  ['TalksRoundCancelled', { roundId: 'r' }, null],
  ['TalksSuspended', { by: 'pakistan' }, '164'],
  [
    'AgreementReached',
    { agreementId: 'a', kind: 'ceasefire', provisions: [], signatories: [], textPublic: true },
    '057',
  ],
  ...(['text-agreed', 'initialled', 'signed', 'ratified', 'in-force'] as const).map(
    (status): [EventType, Record<string, unknown>, string] => [
      'AgreementReached',
      { agreementId: 'a', kind: 'comprehensive', provisions: [], signatories: [], textPublic: false, status },
      status === 'text-agreed' || status === 'initialled' ? '03' : '057',
    ],
  ),
  ['AgreementStatusChanged', { agreementId: 'a', status: 'text-agreed' }, '03'],
  ['AgreementStatusChanged', { agreementId: 'a', status: 'initialled' }, '03'],
  ['AgreementStatusChanged', { agreementId: 'a', status: 'signed' }, '057'],
  ['AgreementStatusChanged', { agreementId: 'a', status: 'ratified' }, '057'],
  ['AgreementStatusChanged', { agreementId: 'a', status: 'in-force' }, '06'],
  ['AgreementStatusChanged', { agreementId: 'a', by: 'pakistan', status: 'suspended' }, '16'],
  ['AgreementStatusChanged', { agreementId: 'a', by: 'pakistan', status: 'withdrawn' }, '16'],
  ['AgreementStatusChanged', { agreementId: 'a', status: 'terminated' }, null],
  ['NegotiationClosed', { outcome: 'collapsed' }, null],
  ['DemandTabled', { demandId: 'd', by: 'pakistan', addressedTo: [], text: 't', category: 'security' }, null],
  ['DemandAmended', { demandId: 'd' }, null],
  ['DemandWithdrawn', { demandId: 'd' }, null],
  ['PositionTaken', { demandId: 'd', actorId: 'a', stance: 'accepted' }, '08'],
  ['PositionTaken', { demandId: 'd', actorId: 'a', stance: 'accepted-in-principle' }, '03'],
  ['PositionTaken', { demandId: 'd', actorId: 'a', stance: 'conditional' }, '03'],
  ['PositionTaken', { demandId: 'd', actorId: 'a', stance: 'counter-proposed' }, '03'],
  ['PositionTaken', { demandId: 'd', actorId: 'a', stance: 'rejected' }, '12'],
  ['PositionTaken', { demandId: 'd', actorId: 'a', stance: 'ambiguous' }, null],
  ['UltimatumIssued', { ultimatumId: 'u', by: 'a', to: [], demandIds: [], consequences: 'c' }, '139'],
  ['UltimatumResolved', { ultimatumId: 'u', resolution: 'complied' }, '08'],
  ['UltimatumResolved', { ultimatumId: 'u', resolution: 'rejected' }, '12'],
  ['UltimatumResolved', { ultimatumId: 'u', resolution: 'partially-complied' }, null],
  ['UltimatumResolved', { ultimatumId: 'u', resolution: 'withdrawn' }, null],
  ['UltimatumResolved', { ultimatumId: 'u', resolution: 'lapsed' }, null],
  ['UltimatumResolved', { ultimatumId: 'u', resolution: 'enforced' }, null],
  ['StatementMade', { speaker: P, tone: 'conciliatory', summary: 's' }, '03'],
  ['StatementMade', { speaker: P, tone: 'neutral', summary: 's' }, '010'],
  ['StatementMade', { speaker: P, tone: 'critical', summary: 's' }, '111'],
  ['StatementMade', { speaker: P, tone: 'accusation', summary: 's' }, '112'],
  ['StatementMade', { speaker: P, tone: 'warning', summary: 's' }, '130'],
  ['StatementMade', { speaker: P, tone: 'threat', summary: 's' }, '13'],
  ['StatementMade', { speaker: P, tone: 'military-threat', summary: 's' }, '138'],
  ['CeasefireDeclared', { ceasefireId: 'c', parties: [], duration: 'temporary' }, '0871'],
  ['CeasefireExtended', { ceasefireId: 'c' }, '0871'],
  ['CeasefireViolationReported', { ceasefireId: 'c', allegedBy: 'a', against: 'b' }, '196'],
  ['CeasefireEnded', { ceasefireId: 'c', reason: 'collapsed' }, '196'],
  ['CeasefireEnded', { ceasefireId: 'c', reason: 'expired' }, null],
  ['CeasefireEnded', { ceasefireId: 'c', reason: 'superseded' }, null],
  ['IncidentReported', { incidentId: 'i', kind: 'clash', description: 'd' }, '190'],
  ['IncidentReported', { incidentId: 'i', kind: 'airstrike', description: 'd' }, '195'],
  ['IncidentReported', { incidentId: 'i', kind: 'militant-attack', description: 'd' }, '18'],
  ['IncidentReported', { incidentId: 'i', kind: 'border-closure', description: 'd' }, '191'],
  ['IncidentReported', { incidentId: 'i', kind: 'force-posture', description: 'd' }, '15'],
  ['IncidentReported', { incidentId: 'i', kind: 'shelling', description: 'd' }, '194'],
  ['IncidentReported', { incidentId: 'i', kind: 'drone-strike', description: 'd' }, '195'],
  ['IncidentReported', { incidentId: 'i', kind: 'missile-strike', description: 'd' }, '195'],
  ['IncidentReported', { incidentId: 'i', kind: 'border-reopening', description: 'd' }, null],
  ['IncidentReported', { incidentId: 'i', kind: 'non-lethal-force', description: 'd' }, '17'],
  ['IncidentReported', { incidentId: 'i', kind: 'lethal-force', description: 'd' }, '18'],
  [
    'IncidentReported',
    { incidentId: 'i', kind: 'casualty-report', description: 'd', period: { from: '2025-01-01', to: '2025-03-31' } },
    null,
  ],
  ['MediationAction', { mediator: 'qatar', action: 'requested-pause', summary: 's' }, null],
  ['MediationAction', { mediator: 'qatar', action: 'offered', summary: 's' }, '045'],
  ['MediationAction', { mediator: 'qatar', action: 'proposed', summary: 's' }, '045'],
  ['MediationAction', { mediator: 'qatar', action: 'requested-resumption', summary: 's' }, '045'],
  ['MediationAction', { mediator: 'qatar', action: 'visited', summary: 's' }, '042'],
  ['MediationAction', { mediator: 'qatar', action: 'acknowledged-evidence', summary: 's' }, null],
  ['ThirdPartyEngagement', { actorId: 'india', counterparts: [], kind: 'visit', summary: 's' }, null],
];

describe('escalation model v1 as data', () => {
  it('names its version and the constants of DOMAIN.md §5', () => {
    expect(V1).toMatchObject({ version: 'v1', halfLifeDays: 14, scale: 15, trend: { windowDays: 7, threshold: 5 } });
    expect(V1.bands.map((b) => [b.from, b.level, b.name])).toEqual([
      [0, 1, 'cooperative'],
      [10, 2, 'strained'],
      [30, 3, 'coercive'],
      [50, 4, 'militarised'],
      [75, 5, 'hostilities'],
    ]);
  });

  it.each(
    TABLE.map(([type, data, code]) => [
      `${type} ${JSON.stringify(
        Object.values(data)
          .filter((v) => typeof v === 'string')
          .slice(-1),
      )}`,
      type,
      data,
      code,
    ]),
  )('given %s, then its default code is as in the table', (_label, type, data, code) => {
    const event = new LogBuilder().add(type as EventType, data as never);
    expect(eventCode(event, V1)).toEqual(code === null ? null : { code, source: 'default' });
  });

  it('covers every event type of the catalogue in that table', () => {
    const covered = new Set(TABLE.map(([type]) => type));
    expect(covered.size).toBe(26); // 28 types minus the two corrections, which are not developments
  });

  it('given an analyst-set code, then it replaces the default (even where the type has none)', () => {
    const log = new LogBuilder();
    const statement = log.add('StatementMade', { speaker: P, tone: 'neutral', summary: 's' }, { cameo: '190' });
    const closed = log.add('NegotiationClosed', { outcome: 'collapsed' }, { cameo: '164' });
    expect(eventCode(statement, V1)).toEqual({ code: '190', source: 'analyst' });
    expect(eventCode(closed, V1)).toEqual({ code: '164', source: 'analyst' });
  });

  it('given an unknown code, then it weighs nothing (no fallback to the default)', () => {
    const event = new LogBuilder().add(
      'IncidentReported',
      { incidentId: 'i', kind: 'clash', description: 'd' },
      { cameo: '999' },
    );
    expect(eventCode(event, V1)).toEqual({ code: '999', source: 'analyst' });
    expect(goldsteinOf('999', V1)).toBeNull();
    expect(goldsteinOf('constructor', V1)).toBeNull();
    expect(codeName('999', V1)).toBeNull();
    expect(codeName('190', V1)).toBe('Use conventional military force');
  });

  describe('confidence from the best credibility grade', () => {
    const graded = (...grades: Array<Source['credibility']>): Source[] =>
      grades.map((credibility) => ({ title: 's', credibility }));

    it.each([
      [1, 1.0],
      [2, 0.8],
      [3, 0.6],
      [4, 0.4],
      [5, 0.2],
      [6, 0.5],
    ] as const)('given one source graded %i, then c = %f', (grade, c) => {
      expect(confidenceOf(graded(grade), V1)).toBe(c);
    });

    it('given no graded source, then c = 1.0', () => {
      expect(confidenceOf([{ title: 'a' }, { title: 'b' }], V1)).toBe(1.0);
    });

    it('given several grades, then the lowest grade number wins (2 and 5 → 0.8; 6 and 3 → 0.6)', () => {
      expect(confidenceOf(graded(5, 2), V1)).toBe(0.8);
      expect(confidenceOf(graded(6, 3), V1)).toBe(0.6);
    });

    it('given graded and ungraded sources, then the ungraded ones do not lift it (ungraded + 4 → 0.4)', () => {
      expect(confidenceOf([{ title: 'a' }, ...graded(4)], V1)).toBe(0.4);
    });
  });

  describe('bands: lower bound inclusive', () => {
    it.each([
      [0, 1],
      [9.999, 1],
      [10, 2],
      [29.999, 2],
      [30, 3],
      [49.999, 3],
      [50, 4],
      [74.999, 4],
      [75, 5],
      [99.9, 5],
    ])('index %f → level %i', (index, level) => {
      expect(levelOf(index, V1).level).toBe(level);
    });

    it('absorbs float noise at a boundary (49.99999999999999 is 50)', () => {
      expect(levelOf(49.99999999999999, V1).level).toBe(4);
      expect(levelOf(49.9999999, V1).level).toBe(3);
    });
  });

  it('trend: ≥ +5 rising, ≤ −5 falling, else steady', () => {
    expect([5, 4.999, 0, -4.999, -5, 30, -30].map((d) => trendOf(d, V1))).toEqual([
      'rising',
      'steady',
      'steady',
      'steady',
      'falling',
      'rising',
      'falling',
    ]);
  });

  it('index and decay formulas', () => {
    // net 15 → 100·15/30 = 50; net 45 → 4500/60 = 75; net 0 → 0
    expect(escalationIndex(15, V1)).toBe(50);
    expect(escalationIndex(45, V1)).toBe(75);
    expect(escalationIndex(0, V1)).toBe(0);
    expect(decayOf(14, V1)).toBe(0.5);
    expect(decayOf(28, V1)).toBe(0.25);
    expect(decayOf(0, V1)).toBe(1);
  });
});
