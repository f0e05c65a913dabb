/**
 * The business rules of DOMAIN.md §3 and the lifecycles chosen for them
 * (negotiation.ts header): what exists, what happens once, what excludes what.
 */
import { type Development, evolve } from './negotiation';
import {
  actors,
  development,
  developmentOf,
  doha1Opened,
  doha1Scheduled,
  eventId,
  given,
  history,
  istanbul1Scheduled,
  NEGOTIATION_ID,
  orakzaiAttack,
  record,
  samples,
  truce48h,
} from './testing';
import { type EventDataByType, type NegotiationEvent } from './events';

/** The history followed by events decided now, as they would be stored. */
const after = (...developments: Development[]): NegotiationEvent[] => [
  ...history,
  ...given(history)
    .when(record(...developments))
    .run(),
];

const dev = <T extends Development['type']>(
  type: T,
  data: EventDataByType[T],
  label: string,
  occurredAt = '2025-10-30',
) => development(type, data, { label, occurredAt });

describe('actors named by an event must be registered in the negotiation', () => {
  // Each actor field of the catalogue, one by one, at every depth: catalogue-actors.spec.ts.
  it('names the first unregistered actor when an event names several, in the order of its fields', () => {
    const engagement = dev(
      'ThirdPartyEngagement',
      { actorId: 'pakistan', counterparts: ['afghan-taliban', 'nrf', 'saudi-arabia'], kind: 'meeting', summary: 's' },
      'x',
    );
    given(history)
      .when(record(engagement))
      .thenThrows('unknown-actor', 'rule', ['nrf', 'data.counterparts[1]', eventId('x'), NEGOTIATION_ID]);
    const incident = dev(
      'IncidentReported',
      { incidentId: 'i', kind: 'militant-attack', perpetrator: 'nrf', blamedOn: 'saudi-arabia', description: 'd' },
      'x',
    );
    given(history)
      .when(record(incident))
      .thenThrows('unknown-actor', 'rule', ['nrf', 'data.perpetrator', eventId('x'), NEGOTIATION_ID]);
  });

  it('accepts the actor once it is registered earlier in the same command', () => {
    const registered = dev('ActorRegistered', { actor: actors.nrf, role: 'opposition' }, 'nrf-registered');
    const outreach = dev(
      'ThirdPartyEngagement',
      {
        actorId: 'pakistan',
        counterparts: ['nrf'],
        kind: 'outreach',
        summary: 'Re-establishing contact with Ahmad Massoud',
      },
      'outreach',
    );
    expect(given(history).when(record(registered, outreach)).run()).toHaveLength(2);
  });
});

describe('actors', () => {
  it('refuses to register an actor again with the role it has', () => {
    given(history)
      .when(record(dev('ActorRegistered', { actor: actors.ttp, role: 'spoiler' }, 'ttp-again')))
      .thenThrows('actor-already-registered', 'rule', ['ttp', 'spoiler', eventId('ttp-again')]);
  });

  it('refuses to register a party of the opening as party again', () => {
    given(history)
      .when(record(dev('ActorRegistered', { actor: actors.pakistan, role: 'party' }, 'pak-again')))
      .thenThrows('actor-already-registered', 'rule', ['pakistan', 'party']);
  });

  it('lets an actor change role: Türkiye, mediator, becomes an observer', () => {
    const events = after(dev('ActorRegistered', { actor: actors.turkiye, role: 'observer' }, 'turkiye-observer'));
    expect(given(events).state.actors.get('turkiye')?.role).toBe('observer');
  });
});

describe('rounds', () => {
  const open = (roundId: string, label?: string) =>
    dev('TalksRoundOpened', { roundId, ...(label ? { label } : {}) }, `open-${roundId}`);
  const conclude = (roundId: string, label = `conclude-${roundId}`) =>
    dev('TalksRoundConcluded', { roundId, outcome: 'no-progress' }, label);
  const cancel = (roundId: string) => dev('TalksRoundCancelled', { roundId }, `cancel-${roundId}`);
  const status = (events: readonly NegotiationEvent[], roundId: string) =>
    given(events).state.rounds.get(roundId)?.status;

  it('refuses to schedule a round id already scheduled (conflict)', () => {
    given(history)
      .when(
        record(
          dev(
            'TalksRoundScheduled',
            { roundId: 'doha-1', label: 'Doha again', plannedFor: '2025-12-01' },
            'doha-again',
          ),
        ),
      )
      .thenThrows('round-already-exists', 'conflict', ['doha-1', eventId('doha-again')]);
  });

  it('opens an unscheduled round when it has a label, creating it', () => {
    expect(status(after(open('istanbul-2', 'Istanbul round 2')), 'istanbul-2')).toBe('open');
  });

  it('refuses to open an unscheduled round without a label', () => {
    given(history)
      .when(record(open('istanbul-2')))
      .thenThrows('round-label-required', 'rule', ['istanbul-2', eventId('open-istanbul-2')]);
  });

  it('lets a round opened without scheduling be scheduled afterwards (backfilled)', () => {
    const events = after(
      open('istanbul-2', 'Istanbul round 2'),
      dev(
        'TalksRoundScheduled',
        { roundId: 'istanbul-2', label: 'Istanbul round 2', plannedFor: '2025-11-06' },
        'plan',
      ),
    );
    expect(given(events).state.rounds.get('istanbul-2')).toMatchObject({
      status: 'open',
      scheduled: true,
      plannedFor: '2025-11-06',
    });
  });

  it('refuses to open a round twice', () => {
    given(history)
      .when(record(open('doha-1')))
      .thenThrows('round-already-opened', 'rule', ['doha-1', eventId('open-doha-1')]);
  });

  it('refuses to open a concluded round', () => {
    given(after(conclude('doha-1')))
      .when(record(open('doha-1')))
      .thenThrows('round-already-opened', 'rule', ['doha-1']);
  });

  it('refuses to open a cancelled round', () => {
    given(after(cancel('istanbul-1')))
      .when(record(open('istanbul-1')))
      .thenThrows('round-cancelled', 'rule', ['istanbul-1', eventId('open-istanbul-1')]);
  });

  it('concludes an open round, with its outcome', () => {
    const events = after(conclude('doha-1'));
    expect(given(events).state.rounds.get('doha-1')).toMatchObject({ status: 'concluded', outcome: 'no-progress' });
  });

  it('refuses to conclude a round twice (a round concludes once)', () => {
    given(after(conclude('doha-1')))
      .when(record(conclude('doha-1', 'conclude-doha-1-again')))
      .thenThrows('round-already-concluded', 'rule', ['doha-1', eventId('conclude-doha-1-again'), NEGOTIATION_ID]);
  });

  it('refuses to conclude a round that has not opened', () => {
    given(history)
      .when(record(conclude('istanbul-1')))
      .thenThrows('round-not-opened', 'rule', ['istanbul-1', eventId('conclude-istanbul-1')]);
  });

  it('refuses to conclude a cancelled round', () => {
    given(after(cancel('istanbul-1')))
      .when(record(conclude('istanbul-1')))
      .thenThrows('round-cancelled', 'rule', ['istanbul-1']);
  });

  it('refuses to conclude, postpone or cancel a round that does not exist', () => {
    given(history)
      .when(record(conclude('istanbul-9')))
      .thenThrows('unknown-round', 'rule', ['istanbul-9', eventId('conclude-istanbul-9')]);
    given(history)
      .when(record(dev('TalksRoundPostponed', { roundId: 'istanbul-9' }, 'p')))
      .thenThrows('unknown-round', 'rule', ['istanbul-9']);
    given(history)
      .when(record(cancel('istanbul-9')))
      .thenThrows('unknown-round', 'rule', ['istanbul-9']);
  });

  it('refuses to cancel a round twice', () => {
    given(after(cancel('istanbul-1')))
      .when(record({ ...cancel('istanbul-1'), eventId: eventId('cancel-again') }))
      .thenThrows('round-already-cancelled', 'rule', ['istanbul-1', eventId('cancel-again')]);
  });

  it('refuses to cancel a round that was held', () => {
    given(history)
      .when(record(cancel('doha-1')))
      .thenThrows('round-already-opened', 'rule', ['doha-1', eventId('cancel-doha-1')]);
  });

  it('moves the planned date of a postponed round, and accepts a postponement learnt after the round was held', () => {
    const events = after(dev('TalksRoundPostponed', { roundId: 'istanbul-1', plannedFor: '2025-10-26' }, 'postponed'));
    expect(given(events).state.rounds.get('istanbul-1')?.plannedFor).toBe('2025-10-26');
    expect(
      given(history)
        .when(record(dev('TalksRoundPostponed', { roundId: 'doha-1', reason: 'Delayed a day' }, 'late')))
        .run(),
    ).toHaveLength(1);
  });

  it('refuses an agreement reached at a round that does not exist', () => {
    const agreement = dev('AgreementReached', { ...samples.AgreementReached.data, roundId: 'doha-2' }, 'agreement');
    given(history)
      .when(record(agreement))
      .thenThrows('unknown-round', 'rule', ['doha-2', eventId('agreement')]);
  });
});

describe('ids that create something are used once', () => {
  const reuse = (sample: NegotiationEvent, data: Record<string, string>): Development =>
    ({ ...developmentOf(sample), eventId: eventId('reuse'), data: { ...sample.data, ...data } }) as Development;

  it.each([
    ['demand-already-exists', () => reuse(samples.DemandTabled, { demandId: 'halt-strikes' }), 'halt-strikes'],
    [
      'ultimatum-already-exists',
      () => reuse(samples.UltimatumIssued, { ultimatumId: 'final-position' }),
      'final-position',
    ],
    ['ceasefire-already-exists', () => reuse(samples.CeasefireDeclared, { ceasefireId: 'truce-48h' }), 'truce-48h'],
    [
      'incident-already-exists',
      () => reuse(samples.IncidentReported, { incidentId: 'orakzai-attack' }),
      'orakzai-attack',
    ],
  ] as const)('refuses %s', (code, make, id) => {
    given(history)
      .when(record(make()))
      .thenThrows(code, 'conflict', [id, eventId('reuse'), NEGOTIATION_ID]);
  });

  it('refuses agreement-already-exists', () => {
    const first = given(history)
      .when(record(development('AgreementReached', samples.AgreementReached.data, { label: 'first' })))
      .run();
    given(history, first)
      .when(record(development('AgreementReached', samples.AgreementReached.data, { label: 'reuse' })))
      .thenThrows('agreement-already-exists', 'conflict', ['doha-ceasefire', eventId('reuse')]);
  });
});

describe('demands and positions', () => {
  it('refuses a demand addressed to its own proposer', () => {
    const demand = dev(
      'DemandTabled',
      {
        demandId: 'd',
        by: 'pakistan',
        addressedTo: ['afghan-taliban', 'pakistan'],
        text: 'Talk',
        category: 'procedural',
      },
      'self',
    );
    given(history)
      .when(record(demand))
      .thenThrows('demand-addressed-to-proposer', 'rule', ['pakistan', eventId('self')]);
  });

  it('refuses an amendment that addresses the demand to its proposer', () => {
    const amendment = dev(
      'DemandAmended',
      { demandId: 'verifiable-action-against-ttp', addressedTo: ['pakistan'] },
      'amend',
    );
    given(history)
      .when(record(amendment))
      .thenThrows('demand-addressed-to-proposer', 'rule', ['verifiable-action-against-ttp', 'pakistan']);
  });

  it('refuses an amendment with no new text, category or addressees', () => {
    const amendment = dev(
      'DemandAmended',
      { demandId: 'verifiable-action-against-ttp', reason: 'Restated' },
      'restated',
    );
    given(history)
      .when(record(amendment))
      .thenThrows('amendment-changes-nothing', 'rule', ['verifiable-action-against-ttp', eventId('restated')]);
  });

  it('refuses to amend, withdraw or take a position on a demand never tabled', () => {
    given(history)
      .when(record(dev('DemandAmended', { demandId: 'buffer-zone', text: 'x' }, 'a')))
      .thenThrows('unknown-demand', 'rule', ['buffer-zone', eventId('a')]);
    given(history)
      .when(record(dev('DemandWithdrawn', { demandId: 'buffer-zone' }, 'w')))
      .thenThrows('unknown-demand', 'rule', ['buffer-zone']);
    given(history)
      .when(
        record(dev('PositionTaken', { demandId: 'buffer-zone', actorId: 'afghan-taliban', stance: 'rejected' }, 'p')),
      )
      .thenThrows('unknown-demand', 'rule', ['buffer-zone']);
  });

  it('refuses to withdraw a demand twice', () => {
    const withdraw = (label: string) => dev('DemandWithdrawn', { demandId: 'halt-strikes' }, label);
    given(after(withdraw('w1')))
      .when(record(withdraw('w2')))
      .thenThrows('demand-already-withdrawn', 'rule', ['halt-strikes', eventId('w2')]);
  });

  it('accepts a position on a withdrawn demand (it may have been taken before the withdrawal)', () => {
    const events = after(dev('DemandWithdrawn', { demandId: 'halt-strikes' }, 'w'));
    const position = dev(
      'PositionTaken',
      { demandId: 'halt-strikes', actorId: 'pakistan', stance: 'ambiguous' },
      'p',
      '2025-10-26',
    );
    expect(given(events).when(record(position)).run()).toHaveLength(1);
  });

  it('refuses a position of the proposer on its own demand', () => {
    const position = dev(
      'PositionTaken',
      { demandId: 'verifiable-action-against-ttp', actorId: 'pakistan', stance: 'accepted' },
      'own',
    );
    given(history)
      .when(record(position))
      .thenThrows('position-on-own-demand', 'rule', ['pakistan', 'verifiable-action-against-ttp', eventId('own')]);
  });

  it('accepts a position of a third party that the demand was not addressed to', () => {
    const position = dev(
      'PositionTaken',
      { demandId: 'verifiable-action-against-ttp', actorId: 'turkiye', stance: 'accepted-in-principle' },
      'tr',
    );
    expect(given(history).when(record(position)).run()).toHaveLength(1);
  });
});

describe('ultimatums', () => {
  const resolve = (label: string) =>
    dev('UltimatumResolved', { ultimatumId: 'final-position', resolution: 'lapsed' }, label);

  it('refuses an ultimatum enforcing a demand never tabled', () => {
    const ultimatum = dev(
      'UltimatumIssued',
      { ...samples.UltimatumIssued.data, demandIds: ['verifiable-action-against-ttp', 'buffer-zone'] },
      'u',
    );
    given(history)
      .when(record(ultimatum))
      .thenThrows('unknown-demand', 'rule', ['buffer-zone', eventId('u')]);
  });

  it('refuses an ultimatum addressed to its issuer', () => {
    const ultimatum = dev(
      'UltimatumIssued',
      { ...samples.UltimatumIssued.data, to: ['afghan-taliban', 'pakistan'] },
      'u',
    );
    given(history)
      .when(record(ultimatum))
      .thenThrows('ultimatum-addressed-to-issuer', 'rule', ['final-message', 'pakistan', eventId('u')]);
  });

  it('refuses to resolve an ultimatum never issued', () => {
    given(history)
      .when(record(dev('UltimatumResolved', { ultimatumId: 'final-message', resolution: 'complied' }, 'r')))
      .thenThrows('unknown-ultimatum', 'rule', ['final-message', eventId('r')]);
  });

  it('refuses to resolve an ultimatum twice (an ultimatum resolves once)', () => {
    given(after(resolve('r1')))
      .when(record(resolve('r2')))
      .thenThrows('ultimatum-already-resolved', 'rule', ['final-position', eventId('r2'), NEGOTIATION_ID]);
  });

  it('marks the ultimatum resolved', () => {
    expect(given(after(resolve('r1'))).state.ultimatums.get('final-position')?.resolved).toBe(true);
  });
});

describe('ceasefires', () => {
  const end = (label: string) => dev('CeasefireEnded', { ceasefireId: 'truce-48h', reason: 'expired' }, label);

  it('refuses to extend, report a violation of, or end a ceasefire never declared', () => {
    given(history)
      .when(record(dev('CeasefireExtended', { ceasefireId: 'doha-ceasefire' }, 'e')))
      .thenThrows('unknown-ceasefire', 'rule', ['doha-ceasefire', eventId('e')]);
    given(history)
      .when(
        record(
          dev(
            'CeasefireViolationReported',
            { ceasefireId: 'doha-ceasefire', allegedBy: 'pakistan', against: 'afghan-taliban' },
            'v',
          ),
        ),
      )
      .thenThrows('unknown-ceasefire', 'rule', ['doha-ceasefire']);
    given(history)
      .when(record(dev('CeasefireEnded', { ceasefireId: 'doha-ceasefire', reason: 'collapsed' }, 'x')))
      .thenThrows('unknown-ceasefire', 'rule', ['doha-ceasefire']);
  });

  it('refuses to end a ceasefire twice', () => {
    given(after(end('e1')))
      .when(record(end('e2')))
      .thenThrows('ceasefire-already-ended', 'rule', ['truce-48h', eventId('e2')]);
  });

  it('accepts a violation reported after the end was recorded (it may have happened before)', () => {
    const violation = dev(
      'CeasefireViolationReported',
      { ceasefireId: 'truce-48h', allegedBy: 'afghan-taliban', against: 'pakistan' },
      'v',
      '2025-10-17',
    );
    expect(
      given(after(end('e1')))
        .when(record(violation))
        .run(),
    ).toHaveLength(1);
  });

  it('refuses a violation or an extension that happened after the ceasefire ended, naming the end; the day of the end itself is not after it', () => {
    const violation = (label: string, occurredAt: string) =>
      dev(
        'CeasefireViolationReported',
        { ceasefireId: 'truce-48h', allegedBy: 'afghan-taliban', against: 'pakistan' },
        label,
        occurredAt,
      );
    given(after(end('e1')))
      .when(record(violation('v', '2025-10-31')))
      .thenThrows('ceasefire-ended', 'rule', ['truce-48h', '2025-10-30', eventId('v')]);
    given(after(end('e1')))
      .when(record(dev('CeasefireExtended', { ceasefireId: 'truce-48h', duration: 'indefinite' }, 'x', '2025-11-02')))
      .thenThrows('ceasefire-ended', 'rule', ['truce-48h', '2025-10-30', eventId('x')]);
    expect(
      given(after(end('e1')))
        .when(record(violation('v', '2025-10-30T12:00:00Z')))
        .run(),
    ).toHaveLength(1);
  });

  it('refuses an end dated before an extension or violation already recorded, naming it: the rule holds in either record order', () => {
    const violation = dev(
      'CeasefireViolationReported',
      { ceasefireId: 'truce-48h', allegedBy: 'afghan-taliban', against: 'pakistan' },
      'v',
      '2025-10-31',
    );
    const extension = dev('CeasefireExtended', { ceasefireId: 'truce-48h', duration: 'indefinite' }, 'x', '2025-11-02');
    given(after(violation))
      .when(record(end('e1')))
      .thenThrows('ceasefire-ended', 'rule', ['truce-48h', '2025-10-30', '2025-10-31', eventId('v'), eventId('e1')]);
    given(after(violation, extension))
      .when(record(end('e1')))
      .thenThrows('ceasefire-ended', 'rule', ['truce-48h', '2025-11-02', eventId('x'), eventId('e1')]);
    // The end on the day of the breach, or after it, stands.
    expect(
      given(after(violation))
        .when(record(dev('CeasefireEnded', { ceasefireId: 'truce-48h', reason: 'collapsed' }, 'e2', '2025-10-31')))
        .run(),
    ).toHaveLength(1);
  });

  it('refuses a correction that dates the end before a recorded breach, or a breach after the end, whichever was recorded first', () => {
    const violation = dev(
      'CeasefireViolationReported',
      { ceasefireId: 'truce-48h', allegedBy: 'afghan-taliban', against: 'pakistan' },
      'v',
      '2025-10-20',
    );
    const ending = dev('CeasefireEnded', { ceasefireId: 'truce-48h', reason: 'collapsed' }, 'e1', '2025-10-25');
    const correct = (label: string, target: string, occurredAt: string) =>
      dev('EventCorrected', { eventId: eventId(target), reason: 'Better sourcing', changes: { occurredAt } }, label);
    given(after(violation, ending))
      .when(record(correct('c1', 'e1', '2025-10-10')))
      .thenThrows('ceasefire-ended', 'rule', ['truce-48h', '2025-10-10', eventId('v'), eventId('c1')]);
    given(after(violation, ending))
      .when(record(correct('c2', 'v', '2025-10-27')))
      .thenThrows('correction-breaks-later-events', 'rule', [eventId('c2'), eventId('e1')]);
  });

  it('refuses a violation alleged by a party against itself', () => {
    const violation = dev(
      'CeasefireViolationReported',
      { ceasefireId: 'truce-48h', allegedBy: 'pakistan', against: 'pakistan' },
      'v',
    );
    given(history)
      .when(record(violation))
      .thenThrows('violation-alleged-against-self', 'rule', ['pakistan', 'truce-48h', eventId('v')]);
  });
});

describe("an agreement's status", () => {
  // truce-48h-agreement: reached on 15 October by Pakistan and the Afghan Taliban (the history).
  const status = (
    label: string,
    data: Omit<EventDataByType['AgreementStatusChanged'], 'agreementId'>,
    occurredAt = '2025-10-30',
  ) => dev('AgreementStatusChanged', { agreementId: 'truce-48h-agreement', ...data }, label, occurredAt);
  const terminated = (label: string, occurredAt = '2025-10-30') => status(label, { status: 'terminated' }, occurredAt);

  it('refuses a status change of an agreement never reached, naming data.agreementId', () => {
    const error = given(history)
      .when(record(dev('AgreementStatusChanged', { agreementId: 'doha-ceasefire', status: 'signed' }, 's')))
      .thenThrows('unknown-agreement', 'rule', ['doha-ceasefire', 'data.agreementId', eventId('s')]);
    expect(error.details).toMatchObject({ field: 'data.agreementId', agreementId: 'doha-ceasefire' });
  });

  it('refuses a suspension or a withdrawal that does not say by whom, naming data.by', () => {
    for (const s of ['suspended', 'withdrawn'] as const)
      given(history)
        .when(record(status(s, { status: s })))
        .thenThrows('agreement-status-needs-party', 'rule', ['truce-48h-agreement', 'data.by', s]);
  });

  it("refuses a party's act on it by an actor who is not a signatory (a registered one), naming data.by", () => {
    for (const s of ['initialled', 'signed', 'ratified', 'suspended', 'withdrawn'] as const)
      given(history)
        .when(record(status(`by-india-${s}`, { status: s, by: 'india' })))
        .thenThrows('agreement-status-by-non-signatory', 'rule', ['india', 'data.by', 'pakistan, afghan-taliban']);
  });

  it('refuses an actor the negotiation does not know, as for every actor field', () => {
    given(history)
      .when(record(status('s', { status: 'suspended', by: 'iran' })))
      .thenThrows('unknown-actor', 'rule', ['iran', 'data.by']);
  });

  it('accepts a signatory suspending it, and its being in force again; the in-force status may name any known actor', () => {
    expect(
      given(history)
        .when(
          record(
            status('s', { status: 'suspended', by: 'afghan-taliban', reason: 'Strikes on Kabul' }),
            status('f', { status: 'in-force', by: 'qatar' }, '2025-10-31'),
          ),
        )
        .run(),
    ).toHaveLength(2);
  });

  it('refuses a second termination, and any status change after the termination, naming it; the day of the termination itself is not after it', () => {
    given(after(terminated('t1')))
      .when(record(terminated('t2', '2025-10-29')))
      .thenThrows('agreement-terminated', 'rule', ['truce-48h-agreement', '2025-10-30', eventId('t2')]);
    given(after(terminated('t1')))
      .when(record(status('s', { status: 'in-force' }, '2025-11-02')))
      .thenThrows('agreement-terminated', 'rule', ['truce-48h-agreement', '2025-10-30', eventId('s')]);
    expect(
      given(after(terminated('t1')))
        .when(record(status('w', { status: 'withdrawn', by: 'pakistan' }, '2025-10-30T08:00:00Z')))
        .run(),
    ).toHaveLength(1);
  });

  it('accepts a status change learnt after the termination was recorded when it happened before it', () => {
    expect(
      given(after(terminated('t1')))
        .when(record(status('s', { status: 'suspended', by: 'pakistan' }, '2025-10-20')))
        .run(),
    ).toHaveLength(1);
  });

  it('refuses a termination dated before a status change already recorded, naming it (and its date, occurredAt)', () => {
    given(after(status('s', { status: 'suspended', by: 'pakistan' }, '2025-10-31')))
      .when(record(terminated('t1', '2025-10-30')))
      .thenThrows('agreement-terminated', 'rule', ['truce-48h-agreement', '2025-10-31', 'occurredAt', eventId('s')]);
  });

  it('refuses a correction that moves a status change after the termination recorded later, naming the termination', () => {
    const suspension = status('s', { status: 'suspended', by: 'pakistan' }, '2025-10-20');
    const correct = dev(
      'EventCorrected',
      { eventId: eventId('s'), reason: 'Better sourcing', changes: { occurredAt: '2025-11-05' } },
      'c',
    );
    given(after(suspension, terminated('t1')))
      .when(record(correct))
      .thenThrows('correction-breaks-later-events', 'rule', [eventId('c'), eventId('t1')]);
  });

  it('refuses an agreement reached as suspended, withdrawn or terminated (what it may be reached as: text agreed, initialled, signed, ratified, in force), naming data.status', () => {
    for (const s of ['suspended', 'withdrawn', 'terminated'])
      given(history)
        .when(
          record(
            development(
              'AgreementReached',
              { ...samples.AgreementReached.data, status: s } as EventDataByType['AgreementReached'],
              { label: `reached-${s}`, occurredAt: '2025-10-19' },
            ),
          ),
        )
        .thenThrows('invalid-event-data', 'rule', ['status']);
    expect(
      given(history)
        .when(
          record(
            development(
              'AgreementReached',
              { ...samples.AgreementReached.data, status: 'initialled' },
              { label: 'reached-initialled', occurredAt: '2025-10-19' },
            ),
          ),
        )
        .run(),
    ).toHaveLength(1);
  });
});

describe('engagements and closure', () => {
  it('refuses an engagement of an actor with itself', () => {
    const engagement = dev(
      'ThirdPartyEngagement',
      { actorId: 'india', counterparts: ['afghan-taliban', 'india'], kind: 'meeting', summary: 's' },
      'te',
    );
    given(history)
      .when(record(engagement))
      .thenThrows('engagement-with-self', 'rule', ['india', eventId('te')]);
  });

  it('refuses to close a negotiation twice', () => {
    const close = (label: string) => dev('NegotiationClosed', { outcome: 'collapsed' }, label, '2025-11-07');
    given(after(close('c1')))
      .when(record(close('c2')))
      .thenThrows('negotiation-already-closed', 'rule', [NEGOTIATION_ID, eventId('c1'), eventId('c2')]);
  });

  it('accepts developments recorded after the closure (backfilled history)', () => {
    const events = after(dev('NegotiationClosed', { outcome: 'collapsed' }, 'c1', '2025-11-07'));
    expect(
      given(events)
        .when(record(dev('IncidentReported', samples.IncidentReported.data, 'late', '2025-10-11')))
        .run(),
    ).toHaveLength(1);
  });
});

describe('a story recorded out of order', () => {
  it('accepts the Istanbul round, then the Doha round it followed, in one command', () => {
    const base = [history[0]!, history[1]!, history[2]!];
    const commands = [
      dev(
        'TalksRoundOpened',
        { roundId: 'istanbul-1', label: 'Istanbul round 1', hosts: ['turkiye'] },
        'i-open',
        '2025-10-25',
      ),
      dev('TalksRoundConcluded', { roundId: 'istanbul-1', outcome: 'no-progress' }, 'i-end', '2025-10-30'),
      developmentOf(doha1Scheduled),
      developmentOf(doha1Opened),
      dev('TalksRoundConcluded', { roundId: 'doha-1', outcome: 'agreement' }, 'd-end', '2025-10-19'),
      developmentOf(istanbul1Scheduled),
      developmentOf(truce48h),
      developmentOf(orakzaiAttack),
    ];
    const decided = given(base)
      .when(record(...commands))
      .run();
    const state = decided.reduce(evolve, given(base).state);
    expect([...state.rounds.values()].map((r) => [r.roundId, r.status]).sort()).toEqual([
      ['doha-1', 'concluded'],
      ['istanbul-1', 'concluded'],
    ]);
  });
});
