/**
 * Opening a negotiation, recording developments of every type, idempotency,
 * batches, and the rules every event's envelope obeys.
 */
import { DEVELOPMENT_TYPES } from './catalogue';
import { type Development, evolve, initialState, type OpenNegotiation } from './negotiation';
import {
  actors,
  ANALYST,
  context,
  development,
  developmentOf,
  doha1Opened,
  event,
  eventId,
  given,
  history,
  NEGOTIATION_ID,
  NOW,
  opened,
  openCommand,
  record,
  samples,
  sources,
  ttpDemand,
} from './testing';

describe('OpenNegotiation', () => {
  it('opens the negotiation: its id, parties and mediators, precision from the date-time, recorded now by the analyst', () => {
    given()
      .when(openCommand)
      .then([
        {
          type: 'NegotiationOpened',
          eventId: eventId('opened'),
          negotiationId: 'pak-afghan-2025',
          occurredAt: '2025-10-15T18:00:00+05:00',
          precision: 'exact',
          recordedAt: NOW,
          recordedBy: ANALYST,
          sources: [sources.dawn],
          data: {
            negotiationId: 'pak-afghan-2025',
            title: 'Pakistan – Afghan Taliban talks, 2025',
            subject: 'Cross-border militancy (TTP), border clashes and a ceasefire',
            parties: [actors.pakistan, actors.afghanTaliban],
            mediators: [actors.qatar, actors.turkiye],
          },
        },
      ]);
  });

  it('registers the parties as party and the mediators as mediator', () => {
    const state = given().when(openCommand).run().reduce(evolve, initialState);
    expect(state.opened).toBe(true);
    expect(state.actors.get('afghan-taliban')?.role).toBe('party');
    expect(state.actors.get('turkiye')?.role).toBe('mediator');
  });

  it('keeps an approximate precision, a CAMEO code and a note the analyst gave', () => {
    const command: OpenNegotiation = {
      ...openCommand,
      occurredAt: '2025-10',
      precision: 'approximate',
      cameo: '036',
      note: 'Start date debated',
    };
    given()
      .when(command)
      .then([
        event('NegotiationOpened', opened.data, {
          label: 'opened',
          occurredAt: '2025-10',
          precision: 'approximate',
          cameo: '036',
          note: 'Start date debated',
        }),
      ]);
  });

  it('is a no-op when the same opening is sent again (a retry)', () => {
    given(opened).when(openCommand).then([]);
  });

  it('refuses a retry with the same event id but other content (event-id-conflict)', () => {
    given(opened)
      .when({ ...openCommand, title: 'Pakistan–Afghanistan talks' })
      .thenThrows('event-id-conflict', 'conflict', [eventId('opened'), NEGOTIATION_ID]);
  });

  it('refuses to open an opened negotiation again under another event id', () => {
    given(opened)
      .when({ ...openCommand, eventId: eventId('opened-again') })
      .thenThrows('negotiation-already-opened', 'conflict', [
        NEGOTIATION_ID,
        eventId('opened'),
        eventId('opened-again'),
      ]);
  });

  it('refuses an id that is not a slug', () => {
    given()
      .when({ ...openCommand, negotiationId: 'Pak Afghan 2025' })
      .thenThrows('invalid-negotiation-id', 'rule', ['Pak Afghan 2025']);
  });

  it('refuses an event id that is not a UUID', () => {
    given()
      .when({ ...openCommand, eventId: 'opened-1' })
      .thenThrows('invalid-event-id', 'rule', ['opened-1', NEGOTIATION_ID]);
  });

  it('refuses a negotiation with fewer than two parties', () => {
    given()
      .when({ ...openCommand, parties: [actors.pakistan] })
      .thenThrows('too-few-parties', 'rule', [NEGOTIATION_ID, 'pakistan']);
  });

  it('refuses an actor that is both a party and a mediator', () => {
    given()
      .when({ ...openCommand, mediators: [actors.qatar, actors.pakistan] })
      .thenThrows('actor-listed-twice', 'rule', ['pakistan', NEGOTIATION_ID]);
  });

  it('refuses an opening dated after now', () => {
    given()
      .when({ ...openCommand, occurredAt: '2025-11-21' })
      .thenThrows('occurred-in-future', 'rule', ['2025-11-21', NOW, eventId('opened')]);
  });

  it('refuses an opening without a source', () => {
    given()
      .when({ ...openCommand, sources: [] })
      .thenThrows('no-source', 'rule', [eventId('opened'), NEGOTIATION_ID]);
  });

  it('refuses a malformed party (unknown actor kind)', () => {
    const error = given()
      .when({ ...openCommand, parties: [actors.pakistan, { ...actors.afghanTaliban, kind: 'emirate' as never }] })
      .thenThrows('invalid-event-data', 'rule', [eventId('opened')]);
    expect(error.details.problems).toEqual([
      'data.parties[1].kind must be one of state, de-facto-authority, armed-group, mediator, international-organisation, opposition-movement, individual',
    ]);
  });
});

describe('RecordDevelopments: every event type', () => {
  it('covers every type but the opening', () => {
    expect([...DEVELOPMENT_TYPES].sort()).toEqual(
      Object.keys(samples)
        .filter((t) => t !== 'NegotiationOpened')
        .sort(),
    );
  });

  it.each(DEVELOPMENT_TYPES)('records a %s', (type) => {
    const sample = samples[type];
    given(history)
      .when(record(developmentOf(sample) as Development))
      .then([sample]);
  });
});

describe('RecordDevelopments: the envelope', () => {
  const statement = (occurredAt: string, precision?: 'approximate') =>
    development(
      'StatementMade',
      {
        speaker: { name: 'Zabihullah Mujahid', actorId: 'afghan-taliban' },
        tone: 'critical',
        summary: 'Pakistan is irresponsible and non-cooperative',
      },
      { label: 'mujahid', occurredAt, ...(precision ? { precision } : {}) },
    );

  it.each([
    ['2025-11-08T10:00:00+04:30', 'exact'],
    ['2025-11-08', 'day'],
    ['2025-11', 'month'],
  ])('defaults the precision of %s to %s', (occurredAt, precision) => {
    const [recorded] = given(history)
      .when(record(statement(occurredAt)))
      .run();
    expect(recorded?.precision).toBe(precision);
  });

  it('keeps approximate when the analyst says so ("interview date approx.")', () => {
    const [recorded] = given(history)
      .when(record(statement('2025-10-21', 'approximate')))
      .run();
    expect(recorded?.precision).toBe('approximate');
  });

  it('accepts an event that happened this month, known only to the month', () => {
    expect(
      given(history)
        .when(record(statement('2025-11')))
        .run(),
    ).toHaveLength(1);
  });

  it('refuses an event dated after now, naming both', () => {
    given(history)
      .when(record(statement('2025-11-20T12:00:01Z')))
      .thenThrows('occurred-in-future', 'rule', ['2025-11-20T12:00:01Z', NOW, eventId('mujahid')]);
  });

  it('refuses tomorrow, as a date: 00:00 UTC tomorrow is after now', () => {
    given(history)
      .when(record(statement('2025-11-21')))
      .thenThrows('occurred-in-future', 'rule', ['2025-11-21']);
  });

  it('refuses next month, as a month: the 1st is after now', () => {
    given(history)
      .when(record(statement('2025-12')))
      .thenThrows('occurred-in-future', 'rule', ['2025-12']);
  });

  it('accepts a round planned for the future (plannedFor is a plan, not an occurrence)', () => {
    const dev = development(
      'TalksRoundScheduled',
      { roundId: 'istanbul-3', label: 'Istanbul round 3', plannedFor: '2026-01-15' },
      { occurredAt: '2025-11-20' },
    );
    expect(given(history).when(record(dev)).run()).toHaveLength(1);
  });

  it('refuses an impossible date', () => {
    given(history)
      .when(record(statement('2025-02-30')))
      .thenThrows('invalid-occurred-at', 'rule', ['2025-02-30', eventId('mujahid')]);
  });

  it('refuses a precision finer than the date (a month cannot be exact)', () => {
    given(history)
      .when(record({ ...statement('2025-11'), precision: 'exact' }))
      .thenThrows('invalid-precision', 'rule', ['exact', '2025-11', eventId('mujahid')]);
  });

  it('refuses an event without a source', () => {
    given(history)
      .when(record({ ...statement('2025-11-08'), sources: [] }))
      .thenThrows('no-source', 'rule', [eventId('mujahid'), NEGOTIATION_ID]);
  });

  it('refuses a source graded outside the Admiralty scale', () => {
    const error = given(history)
      .when(record({ ...statement('2025-11-08'), sources: [{ title: 'X post', reliability: 'G' as never }] }))
      .thenThrows('invalid-source', 'rule', [eventId('mujahid')]);
    expect(error.details.problems).toEqual(['sources[0].reliability must be one of A, B, C, D, E, F']);
  });

  it('names every source that is not well formed by its place in the list, and only those', () => {
    const bad = { ...sources.dawn, url: 'ftp://dawn.com/news' };
    const error = given(history)
      .when(record({ ...statement('2025-11-08'), sources: [sources.dawn, bad, { title: '' }] }))
      .thenThrows('invalid-source', 'rule', [eventId('mujahid')]);
    expect(error.details.problems).toEqual([
      'sources[1].url must be an http(s) URL with its scheme, e.g. https://www.dawn.com/news/1950026',
      'sources[2].title must be a non-empty string',
    ]);
  });

  it('refuses a CAMEO code that is not 2 to 4 digits', () => {
    given(history)
      .when(record({ ...statement('2025-11-08'), cameo: '11a' }))
      .thenThrows('invalid-cameo', 'rule', ['11a', eventId('mujahid')]);
  });

  it('refuses data of the wrong shape, with every problem', () => {
    const dev = {
      ...statement('2025-11-08'),
      data: { speaker: { name: 'Zabihullah Mujahid', actorId: 'afghan-taliban' }, tone: 'angry', summry: 'typo' },
    };
    const error = given(history)
      .when(record(dev as unknown as Development))
      .thenThrows('invalid-event-data', 'rule', [eventId('mujahid'), 'StatementMade']);
    expect(error.details.problems).toEqual([
      'data.tone must be one of conciliatory, neutral, critical, accusation, warning, threat, military-threat',
      'data.summary must be a non-empty string',
      'data.summry is not a known field',
    ]);
  });
});

describe('RecordDevelopments: commands, batches and idempotency', () => {
  const demand = development(
    'DemandTabled',
    {
      demandId: 'buffer-zone',
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      text: 'A buffer zone along the border',
      category: 'territorial',
    },
    { label: 'buffer-zone', occurredAt: '2025-11' },
  );
  const rejection = development(
    'PositionTaken',
    { demandId: 'buffer-zone', actorId: 'afghan-taliban', stance: 'rejected' },
    { label: 'buffer-zone-rejected', occurredAt: '2025-11' },
  );

  it('decides developments in order: a position on a demand tabled earlier in the same command', () => {
    const decided = given(history).when(record(demand, rejection)).run();
    expect(decided.map((e) => [e.type, e.eventId])).toEqual([
      ['DemandTabled', eventId('buffer-zone')],
      ['PositionTaken', eventId('buffer-zone-rejected')],
    ]);
  });

  it('refuses the position when it comes before its demand', () => {
    given(history)
      .when(record(rejection, demand))
      .thenThrows('unknown-demand', 'rule', ['buffer-zone', eventId('buffer-zone-rejected')]);
  });

  it('records nothing when one development of the command is refused (all or nothing)', () => {
    const bad = development(
      'PositionTaken',
      { demandId: 'buffer-zone', actorId: 'nrf', stance: 'accepted' },
      { label: 'nrf-accepts' },
    );
    given(history)
      .when(record(demand, rejection, bad))
      .thenThrows('unknown-actor', 'rule', ['nrf', eventId('nrf-accepts')]);
  });

  it('is a no-op when every development is already recorded (a retry)', () => {
    const [tabled, rejected] = given(history).when(record(demand, rejection)).run();
    given(history, tabled!, rejected!).when(record(demand, rejection)).then([]);
  });

  it('records only the new developments when a retry carries more', () => {
    const [tabled] = given(history).when(record(demand)).run();
    const decided = given(history, tabled!).when(record(demand, rejection)).run();
    expect(decided.map((e) => e.eventId)).toEqual([eventId('buffer-zone-rejected')]);
  });

  it('takes a retry that spells the default precision out for the same content', () => {
    given(history)
      .when(record({ ...developmentOf(ttpDemand), precision: 'day' }))
      .then([]);
  });

  it('refuses a known event id for another type (event-id-conflict)', () => {
    const reused = development(
      'StatementMade',
      { speaker: { name: 'Khawaja Asif', actorId: 'pakistan' }, tone: 'threat', summary: 'Open war' },
      { eventId: ttpDemand.eventId },
    );
    given(history)
      .when(record(reused))
      .thenThrows('event-id-conflict', 'conflict', [ttpDemand.eventId, 'DemandTabled', 'StatementMade']);
  });

  it('refuses a known event id with other content (event-id-conflict)', () => {
    const changed = {
      ...developmentOf(ttpDemand),
      data: { ...ttpDemand.data, text: 'Hand over TTP leaders' },
    } as Development;
    given(history)
      .when(record(changed))
      .thenThrows('event-id-conflict', 'conflict', [ttpDemand.eventId, NEGOTIATION_ID]);
  });

  it('refuses the same event id twice in one command', () => {
    given(history)
      .when(record(demand, { ...rejection, eventId: demand.eventId }))
      .thenThrows('duplicate-event-id-in-batch', 'rule', [demand.eventId]);
  });

  it('refuses a command with no developments', () => {
    given(history).when(record()).thenThrows('no-developments', 'rule', [NEGOTIATION_ID]);
  });

  it('refuses developments for a negotiation that was never opened (not found)', () => {
    given().when(record(demand)).thenThrows('negotiation-not-found', 'not-found', [NEGOTIATION_ID]);
  });

  it('refuses a command naming another negotiation than the state it is decided on', () => {
    given(history)
      .when({ ...record(demand), negotiationId: 'pak-india-2025' })
      .thenThrows('negotiation-id-mismatch', 'rule', ['pak-india-2025', NEGOTIATION_ID]);
  });

  it('refuses a NegotiationOpened sent as a development', () => {
    const dev = {
      ...developmentOf(doha1Opened),
      eventId: eventId('reopen'),
      type: 'NegotiationOpened',
      data: opened.data,
    };
    given(history)
      .when(record(dev as unknown as Development))
      .thenThrows('invalid-event-type', 'rule', ['NegotiationOpened', eventId('reopen')]);
  });

  it('refuses a type that is not in the catalogue', () => {
    const dev = { ...developmentOf(doha1Opened), eventId: eventId('clash'), type: 'BorderClash' };
    given(history)
      .when(record(dev as unknown as Development))
      .thenThrows('invalid-event-type', 'rule', ['BorderClash', eventId('clash')]);
  });

  it('refuses an event id that is not a UUID', () => {
    given(history)
      .when(record({ ...demand, eventId: 'E24' }))
      .thenThrows('invalid-event-id', 'rule', ['E24']);
  });

  it('sets recordedAt and recordedBy from the context, not from the command', () => {
    const [recorded] = given(history)
      .when(record(demand), { now: '2025-11-21T08:00:00+05:00', recordedBy: 'analyst:omar' })
      .run();
    expect(recorded).toMatchObject({
      recordedAt: '2025-11-21T08:00:00+05:00',
      recordedBy: 'analyst:omar',
      negotiationId: NEGOTIATION_ID,
    });
  });

  it('refuses to decide with a context whose now is not a zoned date-time (a caller bug, not a rule)', () => {
    expect(() =>
      given(history)
        .when(record(demand), { ...context, now: '2025-11-20' })
        .run(),
    ).toThrow('DecisionContext.now');
  });
});
