/** The decision state: what `evolve` keeps from the story so far. */
import { toStoredEvent, fromStoredEvent } from './codec';
import { decide, decideAndEvolve, evolve, factsInOrder, foldEvents, initialState } from './negotiation';
import { commandFor } from './replay';
import { developmentOf, doha1Opened, eventId, history, opened, orakzaiAttack, record, samples } from './testing';

describe('evolve and foldEvents', () => {
  const state = foldEvents(history);

  it('knows the negotiation is opened, and by which event', () => {
    expect([initialState.opened, state.opened, state.negotiationId, state.openingEventId]).toEqual([
      false,
      true,
      'pak-afghan-2025',
      opened.eventId,
    ]);
  });

  it('knows every actor with its role', () => {
    expect(Object.fromEntries([...state.actors.values()].map((a) => [a.actor.id, a.role]))).toEqual({
      pakistan: 'party',
      'afghan-taliban': 'party',
      qatar: 'mediator',
      turkiye: 'mediator',
      ttp: 'spoiler',
      india: 'third-party',
    });
  });

  it('knows the rounds and where each stands', () => {
    expect(state.rounds.get('doha-1')).toEqual({
      roundId: 'doha-1',
      label: 'Doha round',
      status: 'open',
      scheduled: true,
      plannedFor: '2025-10-18',
    });
    expect(state.rounds.get('istanbul-1')?.status).toBe('scheduled');
  });

  it('knows demands, ultimatums, ceasefires and incidents by id', () => {
    expect(state.demands.get('verifiable-action-against-ttp')).toEqual({
      demandId: 'verifiable-action-against-ttp',
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      withdrawn: false,
    });
    expect(state.ultimatums.get('final-position')).toMatchObject({
      by: 'pakistan',
      to: ['afghan-taliban'],
      resolved: false,
    });
    expect(state.ceasefires.get('truce-48h')).toMatchObject({ parties: ['pakistan', 'afghan-taliban'], ended: false });
    expect(state.incidents.get('orakzai-attack')).toEqual({
      eventId: orakzaiAttack.eventId,
      occurredAt: orakzaiAttack.occurredAt,
    });
  });

  it('knows every event id with its type, in record order', () => {
    expect(factsInOrder(state).map((f) => [f.seq, f.eventId, f.type])).toEqual(
      history.map((e, i) => [i, e.eventId, e.type]),
    );
  });

  it('is the same as reducing evolve over the initial state', () => {
    expect(history.reduce(evolve, initialState)).toEqual(state);
  });

  it('never changes the state it evolves', () => {
    const before = foldEvents(history.slice(0, 5));
    const snapshot = JSON.stringify([...before.rounds.entries()]);
    evolve(before, history[5]!);
    evolve(before, samples.TalksRoundConcluded);
    expect(JSON.stringify([...before.rounds.entries()])).toBe(snapshot);
    expect(before.events.size).toBe(5);
  });

  it('ignores an event delivered twice', () => {
    expect(evolve(state, doha1Opened)).toEqual(state);
  });

  it('folds what was read back from the store the same as what was decided', () => {
    expect(foldEvents(history.map((e) => fromStoredEvent(toStoredEvent(e))))).toEqual(state);
  });

  it('marks corrected and retracted events', () => {
    const after = foldEvents([...history, samples.EventCorrected, samples.EventRetracted]);
    expect(after.events.get(orakzaiAttack.eventId)).toMatchObject({
      correctedBy: [samples.EventCorrected.eventId],
      retracted: false,
    });
    expect(after.events.get(samples.EventRetracted.data.eventId)?.retracted).toBe(true);
    expect(after.events.get(orakzaiAttack.eventId)?.original).toEqual(orakzaiAttack);
  });

  it('folds a long stream one event at a time, keeping every earlier fact', () => {
    const incidents = Array.from({ length: 10_000 }, (_, i) => ({
      ...orakzaiAttack,
      eventId: eventId(`incident-${i}`),
      data: { ...orakzaiAttack.data, incidentId: `incident-${i}` },
    }));
    const folded = [opened, ...incidents].reduce(evolve, initialState);
    expect(folded.incidents.size).toBe(10_000);
    expect(folded.events.get(eventId('incident-0'))).toBeDefined();
    expect(folded.events.get(eventId('incident-9999'))).toBeDefined();
  });

  describe('decideAndEvolve', () => {
    const log = [...history, samples.EventCorrected, samples.EventRetracted];
    const at = (e: (typeof log)[number]) => ({ now: e.recordedAt, recordedBy: e.recordedBy });

    it('decides what decide decides, and leads to the state evolving those events leads to', () => {
      let state = initialState;
      for (const e of log) {
        const decision = decideAndEvolve(commandFor(e), state, at(e));
        expect(decision.events).toEqual(decide(commandFor(e), state, at(e)));
        expect(decision.state).toEqual(decision.events.reduce(evolve, state));
        state = decision.state;
      }
      expect(state).toEqual(foldEvents(log));
      expect(factsInOrder(state).find((f) => f.eventId === orakzaiAttack.eventId)?.correctedBy).toEqual([
        samples.EventCorrected.eventId,
      ]);
    });

    it('leads to the state it was given, unchanged, when the command is a retry', () => {
      const before = foldEvents(history);
      const retry = decideAndEvolve(record(developmentOf(doha1Opened)), before, at(doha1Opened));
      expect(retry.events).toEqual([]);
      expect(retry.state).toBe(before);
      expect(before.events.size).toBe(history.length);
    });
  });
});
