/**
 * Corrections and retractions: the log is never edited, and what a change
 * leaves behind must still satisfy every rule.
 */
import { correctedEvent, type Development } from './negotiation';
import { type CorrectionChanges, INCIDENT_KINDS, type NegotiationEvent } from './events';
import {
  development,
  doha1Opened,
  doha1Scheduled,
  event,
  eventId,
  finalPosition,
  given,
  history,
  NEGOTIATION_ID,
  NOW,
  opened,
  openWarWarning,
  orakzaiAttack,
  record,
  sources,
  strikesDemand,
  ttpDemand,
} from './testing';

const correct = (target: NegotiationEvent, changes: CorrectionChanges, label = 'correction'): Development =>
  development(
    'EventCorrected',
    { eventId: target.eventId, changes, reason: 'Better sourcing' },
    { label, occurredAt: '2025-11-20' },
  );
const retract = (target: NegotiationEvent, label = 'retraction'): Development =>
  development(
    'EventRetracted',
    { eventId: target.eventId, reason: 'Did not happen' },
    { label, occurredAt: '2025-11-20' },
  );

/** The history and what was decided just now. */
const after = (...developments: Development[]): NegotiationEvent[] => [
  ...history,
  ...given(history)
    .when(record(...developments))
    .run(),
];
const current = (events: readonly NegotiationEvent[], target: NegotiationEvent) =>
  given(events).state.events.get(target.eventId)?.current;

describe('EventCorrected', () => {
  it('records a correction of the fatalities, and the incident as it stands changes', () => {
    const events = after(correct(orakzaiAttack, { data: { fatalities: { min: 11, max: 17 } } }));
    expect(events.at(-1)).toEqual(
      event(
        'EventCorrected',
        {
          eventId: orakzaiAttack.eventId,
          changes: { data: { fatalities: { min: 11, max: 17 } } },
          reason: 'Better sourcing',
        },
        { label: 'correction', occurredAt: '2025-11-20' },
      ),
    );
    expect(current(events, orakzaiAttack)?.data).toEqual({ ...orakzaiAttack.data, fatalities: { min: 11, max: 17 } });
    expect(given(events).state.events.get(orakzaiAttack.eventId)?.correctedBy).toEqual([eventId('correction')]);
  });

  it('corrects the date: the precision follows the new form', () => {
    const events = after(correct(finalPosition, { occurredAt: '2025-10-26T21:00:00+05:00' }));
    expect(current(events, finalPosition)).toMatchObject({
      occurredAt: '2025-10-26T21:00:00+05:00',
      precision: 'exact',
    });
  });

  it('corrects sources, CAMEO code and note', () => {
    const events = after(
      correct(openWarWarning, {
        sources: [sources.hindustanTimes, sources.dawn],
        cameo: '138',
        note: 'Televised remarks',
      }),
    );
    expect(current(events, openWarWarning)).toMatchObject({
      sources: [sources.hindustanTimes, sources.dawn],
      cameo: '138',
      note: 'Televised remarks',
    });
  });

  it('applies corrections one on top of the other', () => {
    const first = after(correct(orakzaiAttack, { data: { fatalities: { min: 11, max: 17 } } }, 'c1'));
    const second = [
      ...first,
      ...given(first)
        .when(record(correct(orakzaiAttack, { data: { place: 'Orakzai' } }, 'c2')))
        .run(),
    ];
    expect(current(second, orakzaiAttack)?.data).toMatchObject({ fatalities: { min: 11, max: 17 }, place: 'Orakzai' });
  });

  it('refuses a correction of an event not in the negotiation', () => {
    const ghost = { ...orakzaiAttack, eventId: eventId('ghost') };
    given(history)
      .when(record(correct(ghost, { note: 'x' })))
      .thenThrows('unknown-event', 'rule', [eventId('ghost'), eventId('correction'), NEGOTIATION_ID]);
  });

  it('refuses a correction that changes nothing: no changes', () => {
    given(history)
      .when(record(correct(orakzaiAttack, {})))
      .thenThrows('correction-changes-nothing', 'rule', [orakzaiAttack.eventId, eventId('correction')]);
  });

  it('refuses a correction that changes nothing: the same values', () => {
    given(history)
      .when(record(correct(orakzaiAttack, { occurredAt: '2025-10-08', data: { kind: 'militant-attack' } })))
      .thenThrows('correction-changes-nothing', 'rule', [orakzaiAttack.eventId]);
  });

  it('clears an optional field with null', () => {
    const events = after(correct(orakzaiAttack, { data: { perpetrator: null, allegedBy: null } }));
    expect(current(events, orakzaiAttack)?.data).not.toHaveProperty('perpetrator');
  });

  it('refuses to clear a required field', () => {
    const error = given(history)
      .when(record(correct(orakzaiAttack, { data: { description: null } })))
      .thenThrows('invalid-event-data', 'rule', [eventId('correction'), orakzaiAttack.eventId]);
    expect(error.details.problems).toEqual(['data.description must be a non-empty string']);
  });

  it('refuses a field the corrected type does not have', () => {
    const error = given(history)
      .when(record(correct(orakzaiAttack, { data: { casualties: { min: 1, max: 2 }, place: 'Orakzai' } })))
      .thenThrows('correction-unknown-field', 'rule', ['casualties', 'IncidentReported', orakzaiAttack.eventId]);
    expect(error.details.fields).toEqual(['casualties']);
  });

  it('refuses a value of the wrong shape for the corrected type', () => {
    const error = given(history)
      .when(record(correct(orakzaiAttack, { data: { kind: 'ambush' } })))
      .thenThrows('invalid-event-data', 'rule', [eventId('correction'), orakzaiAttack.eventId]);
    expect(error.details.problems).toEqual([`data.kind must be one of ${INCIDENT_KINDS.join(', ')}`]);
  });

  it('refuses a correction of a correction (correct the original again)', () => {
    const events = after(correct(orakzaiAttack, { note: 'ISPR figures' }, 'c1'));
    const c1 = events.at(-1)!;
    given(events)
      .when(record(correct(c1, { note: 'x' }, 'c2')))
      .thenThrows('correction-target-invalid', 'rule', [eventId('c1'), 'EventCorrected', eventId('c2')]);
  });

  it('refuses a correction of a retraction', () => {
    const events = after(retract(openWarWarning, 'r1'));
    given(events)
      .when(record(correct(events.at(-1)!, { note: 'x' }, 'c1')))
      .thenThrows('correction-target-invalid', 'rule', [eventId('r1'), 'EventRetracted']);
  });

  it('refuses a correction of a retracted event', () => {
    given(after(retract(openWarWarning)))
      .when(record(correct(openWarWarning, { note: 'Reuters' })))
      .thenThrows('event-retracted', 'rule', [openWarWarning.eventId, eventId('correction'), NEGOTIATION_ID]);
  });

  it('refuses to move an event into the future', () => {
    given(history)
      .when(record(correct(orakzaiAttack, { occurredAt: '2025-12-08' })))
      .thenThrows('occurred-in-future', 'rule', [eventId('correction'), orakzaiAttack.eventId, '2025-12-08', NOW]);
  });

  it('refuses to remove every source', () => {
    given(history)
      .when(record(correct(orakzaiAttack, { sources: [] })))
      .thenThrows('no-source', 'rule', [eventId('correction'), orakzaiAttack.eventId]);
  });

  it('refuses a correction without a source of its own', () => {
    given(history)
      .when(record({ ...correct(orakzaiAttack, { note: 'x' }), sources: [] }))
      .thenThrows('no-source', 'rule', [eventId('correction')]);
  });

  it('refuses a precision that does not fit the corrected date', () => {
    given(history)
      .when(record(correct(orakzaiAttack, { occurredAt: '2025-10', precision: 'day' })))
      .thenThrows('invalid-precision', 'rule', [orakzaiAttack.eventId, '2025-10']);
  });

  it('re-checks references: the corrected perpetrator must be registered', () => {
    given(history)
      .when(record(correct(orakzaiAttack, { data: { perpetrator: 'isis-k' } })))
      .thenThrows('unknown-actor', 'rule', ['isis-k', orakzaiAttack.eventId, eventId('correction')]);
  });

  it('re-checks the rules of the type: a demand corrected to be addressed to its proposer', () => {
    given(history)
      .when(record(correct(ttpDemand, { data: { addressedTo: ['pakistan'] } })))
      .thenThrows('demand-addressed-to-proposer', 'rule', [
        'verifiable-action-against-ttp',
        'pakistan',
        eventId('correction'),
      ]);
  });

  it('refuses a correction that would leave a later event referring to nothing', () => {
    const error = given(history)
      .when(record(correct(ttpDemand, { data: { demandId: 'action-against-ttp' } })))
      .thenThrows('correction-breaks-later-events', 'rule', [
        eventId('correction'),
        ttpDemand.eventId,
        finalPosition.eventId,
        'verifiable-action-against-ttp',
      ]);
    expect(error.details).toMatchObject({ brokenEventId: finalPosition.eventId, cause: 'unknown-demand' });
  });

  it('refuses a correction of the opening that changes the negotiation id', () => {
    given(history)
      .when(record(correct(opened, { data: { negotiationId: 'pak-afghan-2026' } })))
      .thenThrows('negotiation-id-mismatch', 'rule', ['pak-afghan-2026', NEGOTIATION_ID]);
  });

  it('refuses a correction of the opening that leaves one party', () => {
    given(history)
      .when(record(correct(opened, { data: { parties: [opened.data.parties[0]!] } })))
      .thenThrows('too-few-parties', 'rule', [eventId('correction'), opened.eventId]);
  });

  it('accepts a correction of the opening’s title', () => {
    const events = after(
      correct(opened, { data: { title: 'Pakistan – Afghanistan talks (Doha/Istanbul process), 2025' } }),
    );
    expect(current(events, opened)?.data).toMatchObject({
      title: 'Pakistan – Afghanistan talks (Doha/Istanbul process), 2025',
    });
  });

  it('moves a conclusion to the right round when its round id is corrected', () => {
    const concluded = development(
      'TalksRoundConcluded',
      { roundId: 'doha-1', outcome: 'no-progress' },
      { label: 'wrong-round' },
    );
    const opening = development(
      'TalksRoundOpened',
      { roundId: 'istanbul-1' },
      { label: 'istanbul-opened', occurredAt: '2025-10-25' },
    );
    const events = after(opening, concluded);
    const fixed = [
      ...events,
      ...given(events)
        .when(record(correct(events.at(-1)!, { data: { roundId: 'istanbul-1' } })))
        .run(),
    ];
    const { rounds } = given(fixed).state;
    expect([rounds.get('doha-1')?.status, rounds.get('istanbul-1')?.status]).toEqual(['open', 'concluded']);
  });
});

describe('EventRetracted', () => {
  it('records a retraction of a statement', () => {
    given(history)
      .when(record(retract(openWarWarning)))
      .then([
        event(
          'EventRetracted',
          { eventId: openWarWarning.eventId, reason: 'Did not happen' },
          { label: 'retraction', occurredAt: '2025-11-20' },
        ),
      ]);
  });

  it('undoes what the retracted event did: a retracted conclusion lets the round conclude again', () => {
    const concluded = development(
      'TalksRoundConcluded',
      { roundId: 'doha-1', outcome: 'collapsed' },
      { label: 'wrong' },
    );
    const events = after(concluded);
    const retracted = [
      ...events,
      ...given(events)
        .when(record(retract(events.at(-1)!)))
        .run(),
    ];
    expect(given(retracted).state.rounds.get('doha-1')?.status).toBe('open');
    const again = development('TalksRoundConcluded', { roundId: 'doha-1', outcome: 'agreement' }, { label: 'right' });
    expect(given(retracted).when(record(again)).run()).toHaveLength(1);
  });

  it('refuses to retract an event twice', () => {
    given(after(retract(openWarWarning, 'r1')))
      .when(record(retract(openWarWarning, 'r2')))
      .thenThrows('event-already-retracted', 'rule', [openWarWarning.eventId, eventId('r2')]);
  });

  it('refuses a retraction of an event not in the negotiation', () => {
    given(history)
      .when(record(retract({ ...openWarWarning, eventId: eventId('ghost') })))
      .thenThrows('unknown-event', 'rule', [eventId('ghost'), eventId('retraction')]);
  });

  it('refuses to retract the opening', () => {
    given(history)
      .when(record(retract(opened)))
      .thenThrows('retraction-target-invalid', 'rule', [opened.eventId, eventId('retraction'), NEGOTIATION_ID]);
  });

  it('refuses to retract a correction (correct the original again)', () => {
    const events = after(correct(orakzaiAttack, { note: 'x' }, 'c1'));
    given(events)
      .when(record(retract(events.at(-1)!)))
      .thenThrows('retraction-target-invalid', 'rule', [eventId('c1'), 'EventCorrected']);
  });

  it('refuses a retraction without a source', () => {
    given(history)
      .when(record({ ...retract(openWarWarning), sources: [] }))
      .thenThrows('no-source', 'rule', [eventId('retraction')]);
  });

  it('refuses a retraction that would orphan a later event', () => {
    const error = given(history)
      .when(record(retract(ttpDemand)))
      .thenThrows('retraction-breaks-later-events', 'rule', [
        eventId('retraction'),
        ttpDemand.eventId,
        finalPosition.eventId,
      ]);
    expect(error.details).toMatchObject({ brokenEventId: finalPosition.eventId, cause: 'unknown-demand' });
  });

  it('refuses to retract a schedule whose round later opened without a label', () => {
    given(history)
      .when(record(retract(doha1Scheduled)))
      .thenThrows('retraction-breaks-later-events', 'rule', [doha1Scheduled.eventId, doha1Opened.eventId, 'doha-1']);
  });

  it('accepts the dependants retracted first, in the same command', () => {
    const decided = given(history)
      .when(record(retract(finalPosition, 'r1'), retract(ttpDemand, 'r2')))
      .run();
    const state = given(history, decided).state;
    expect([state.demands.has('verifiable-action-against-ttp'), state.ultimatums.has('final-position')]).toEqual([
      false,
      false,
    ]);
    expect(state.demands.has(strikesDemand.data.demandId)).toBe(true);
  });
});

describe('correctedEvent (shared with the projections)', () => {
  it('keeps an approximate precision when only the date changes', () => {
    const approximate = { ...orakzaiAttack, precision: 'approximate' as const };
    expect(correctedEvent(approximate, { occurredAt: '2025-10' }).precision).toBe('approximate');
  });

  it('merges data shallowly: a corrected range replaces the whole range', () => {
    expect(correctedEvent(orakzaiAttack, { data: { fatalities: { min: 17, max: 17 } } }).data.fatalities).toEqual({
      min: 17,
      max: 17,
    });
  });

  it('removes a field set to null: the perpetrator is no longer alleged', () => {
    expect('perpetrator' in correctedEvent(orakzaiAttack, { data: { perpetrator: null } }).data).toBe(false);
  });

  it('keeps what the correction does not name, including recordedAt', () => {
    const corrected = correctedEvent(orakzaiAttack, { note: 'x' });
    expect(corrected).toEqual({ ...orakzaiAttack, note: 'x' });
  });
});
