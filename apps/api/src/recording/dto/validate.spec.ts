import fc from 'fast-check';
import type { FieldProblem } from '../../errors/validation';
import { DEVELOPMENT_TYPES, DomainError, type Development } from '@parley/domain';
import { given, history, record } from '@parley/domain/testing';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import {
  MAX_REPORTED_FIELDS,
  readRecordBatch,
  readRecordEvent,
  validateOpenNegotiation,
  validateRecordEvent,
} from './validate';

type Body = Record<string, unknown>;

const validateBatch = (body: unknown) => readRecordBatch(body).problems;

const statement = (): Body => structuredClone(EXAMPLE_EVENTS.StatementMade) as unknown as Body;
const position = (): Body => structuredClone(EXAMPLE_EVENTS.PositionTaken) as unknown as Body;

function problemsOf(problems: readonly FieldProblem[], field: string): readonly string[] {
  return problems.find((p) => p.field === field)?.problems ?? [];
}

function fields(problems: readonly FieldProblem[]): string[] {
  return problems.map((p) => p.field);
}

describe('validateRecordEvent: the envelope', () => {
  it.each(DEVELOPMENT_TYPES.map((t) => [t] as const))('accepts the %s example', (type) => {
    expect(validateRecordEvent(EXAMPLE_EVENTS[type])).toEqual([]);
  });

  it('requires type, data, occurredAt and sources, and nothing else', () => {
    const problems = validateRecordEvent({});
    expect(fields(problems).sort()).toEqual(['data', 'occurredAt', 'sources', 'type']);
    expect(problemsOf(problems, 'type')).toContain('type is required');
    expect(problemsOf(problems, 'sources')).toEqual(['sources is required']);
  });

  it('refuses NegotiationOpened and unknown types, without judging data', () => {
    const opened = validateRecordEvent({ ...statement(), type: 'NegotiationOpened' });
    expect(opened).toEqual([
      {
        field: 'type',
        problems: ['type NegotiationOpened is not recorded here: open a negotiation with POST /negotiations'],
      },
    ]);
    expect(problemsOf(validateRecordEvent({ ...statement(), type: 'statementmade' }), 'type')[0]).toMatch(
      /^type must be one of the following values: ActorRegistered/,
    );
  });

  it('reports envelope and data problems together, each by its path', () => {
    const body = statement();
    body.occurredAt = '2025-02-30';
    (body.data as Body).tone = 'furious';
    const problems = validateRecordEvent(body);
    expect(problems).toEqual([
      { field: 'occurredAt', problems: ['occurredAt 2025-02-30 is not a calendar date: February 2025 has 28 days'] },
      {
        field: 'data.tone',
        problems: [expect.stringMatching(/^tone must be one of the following values: conciliatory, /)],
      },
    ]);
  });

  it('refuses data that is not an object', () => {
    for (const data of [null, [], 'PositionTaken', 7]) {
      const problems = validateRecordEvent({ ...position(), data });
      expect(problemsOf(problems, 'data').join(' ')).toMatch(
        /data (is required|must be an object holding the fields of the event type)/,
      );
      expect(fields(problems)).toEqual(['data']);
    }
  });

  it('refuses unknown fields at the top level, inside data, inside sources and inside the speaker', () => {
    const body = statement();
    body.recordedAt = '2025-10-29T10:00:00Z';
    (body.data as Body).severity = 'high';
    ((body.sources as Body[])[0] as Body).grade = 'B2';
    ((body.data as Body).speaker as Body).party = 'PML-N';
    const problems = validateRecordEvent(body);
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          field: 'recordedAt',
          problems: [
            'recordedAt is not a field here; the fields are: eventId, type, data, occurredAt, precision, sources, cameo, note, occurrence',
          ],
        },
        {
          field: 'data.severity',
          problems: ['severity is not a field here; the fields are: speaker, audience, tone, summary, quote, blames'],
        },
        {
          field: 'sources.0.grade',
          problems: [
            'grade is not a field here; the fields are: title, publisher, url, publishedAt, reliability, credibility',
          ],
        },
        { field: 'data.speaker.party', problems: ['party is not a field here; the fields are: name, title, actorId'] },
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  describe('sources', () => {
    it('needs at least one and at most 20', () => {
      expect(problemsOf(validateRecordEvent({ ...statement(), sources: [] }), 'sources')).toEqual([
        'sources must contain at least 1 item',
      ]);
      const many = Array.from({ length: 21 }, (_, i) => ({ title: `report ${i}` }));
      expect(problemsOf(validateRecordEvent({ ...statement(), sources: many }), 'sources')).toEqual([
        'sources must contain at most 20 items (it has 21)',
      ]);
    });

    it('checks each source: title, URL scheme, dates and Admiralty grades', () => {
      const sources = [
        {
          title: 'x'.repeat(501),
          url: 'ftp://example.org/report',
          publishedAt: '2025-10',
          reliability: 'G',
          credibility: 0,
        },
        { title: 'ok', url: 'www.dawn.com/news/1950026', credibility: 2.5, reliability: 'b' },
        { publisher: 'Dawn' },
      ];
      const problems = validateRecordEvent({ ...statement(), sources });
      expect(problemsOf(problems, 'sources.0.title')).toEqual(['title must be at most 500 characters (it has 501)']);
      expect(problemsOf(problems, 'sources.0.url')[0]).toMatch(/^url must be an http\(s\) URL with its scheme/);
      expect(problemsOf(problems, 'sources.0.publishedAt')[0]).toMatch(
        /^publishedAt must be a date: YYYY-MM-DD or an ISO date-time with a zone .*2025-10 names only a month$/,
      );
      expect(problemsOf(problems, 'sources.0.reliability')).toEqual([
        'reliability must be one of the following values: A, B, C, D, E, F',
      ]);
      expect(problemsOf(problems, 'sources.0.credibility')[0]).toMatch(/^credibility must be one of 1 \(confirmed\)/);
      expect(problemsOf(problems, 'sources.1.url')[0]).toMatch(/^url must be an http\(s\) URL/);
      expect(problemsOf(problems, 'sources.1.credibility')).toContain('credibility must be a whole number from 1 to 6');
      expect(problemsOf(problems, 'sources.1.reliability')).toHaveLength(1);
      expect(problemsOf(problems, 'sources.2.title')).toEqual(['title is required']);
    });

    it('refuses a source that is not an object, naming its index', () => {
      const problems = validateRecordEvent({ ...statement(), sources: ['https://www.dawn.com/news/1950026', null] });
      expect(problemsOf(problems, 'sources.0')).toEqual(['item 0 must be an object']);
      expect(problemsOf(problems, 'sources.1')).toEqual(['item 1 must be an object']);
    });

    it('refuses a single source object where a list is expected', () => {
      const problems = validateRecordEvent({ ...statement(), sources: { title: 'Dawn' } });
      expect(problemsOf(problems, 'sources')).toEqual(['sources must be an array']);
    });
  });

  it('checks eventId, precision against the date form, cameo and note', () => {
    const problems = validateRecordEvent({
      ...statement(),
      eventId: 'not-a-uuid',
      occurredAt: '2025-11',
      precision: 'exact',
      cameo: '13a',
      note: '',
    });
    expect(problemsOf(problems, 'eventId')).toEqual([
      'eventId must be a UUID in lowercase (e.g. 3b241101-e2bb-4255-8caf-4136c566a962)',
    ]);
    expect(problemsOf(problems, 'precision')).toEqual([
      'precision exact does not fit occurredAt 2025-11: use month or approximate (or leave precision out)',
    ]);
    expect(problemsOf(problems, 'cameo')).toEqual(['cameo must be a CAMEO event code of 2 to 4 digits (e.g. 138)']);
    expect(problemsOf(problems, 'note')).toEqual(['note must not be empty or blank']);
  });

  it('asks for the lowercase spelling of an uppercase event id', () => {
    const problems = validateRecordEvent({ ...statement(), eventId: '3B241101-E2BB-4255-8CAF-4136C566A962' });
    expect(problemsOf(problems, 'eventId')).toEqual([
      'eventId must be written in lowercase: 3b241101-e2bb-4255-8caf-4136c566a962',
    ]);
  });

  it('accepts approximate with any date form, and the default precision of each form', () => {
    for (const [occurredAt, precision] of [
      ['2025-11', 'approximate'],
      ['2025-11', 'month'],
      ['2025-10-29', 'day'],
      ['2025-10-15T18:00:00+05:00', 'exact'],
      ['2025-10-15T13:00Z', 'approximate'],
    ]) {
      expect(validateRecordEvent({ ...statement(), occurredAt, precision })).toEqual([]);
    }
  });
});

describe('hostile input comes back as field problems, never as an exception', () => {
  it('names __proto__, constructor and prototype keys wherever they are, and pollutes nothing', () => {
    const json =
      '{"type":"PositionTaken","occurredAt":"2025-11","sources":[{"title":"t","__proto__":{"admin":true}}],' +
      '"data":{"demandId":"handover-ttp-leaders","actorId":"afghan-taliban","stance":"rejected","constructor":{"prototype":{"admin":true}},' +
      '"speaker":{"name":"Zabihullah Mujahid","actorId":"afghan-taliban","prototype":1}},"__proto__":{"admin":true}}';
    const problems = validateRecordEvent(JSON.parse(json));
    expect(problems).toEqual([
      { field: 'sources.0.__proto__', problems: ['"__proto__" is not allowed as a field name'] },
      { field: 'data.constructor', problems: ['"constructor" is not allowed as a field name'] },
      { field: 'data.speaker.prototype', problems: ['"prototype" is not allowed as a field name'] },
      { field: '__proto__', problems: ['"__proto__" is not allowed as a field name'] },
    ]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses deep nesting before any library recurses into it', () => {
    const deep = JSON.parse(
      `{"type":"StatementMade","data":{"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
    ) as unknown;
    const problems = validateRecordEvent(deep);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toMatch(/^data\.x(\.0)+$/);
    expect(problems[0]?.problems).toEqual(['is nested too deeply (more than 20 levels)']);
    const deepObject = JSON.parse(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`) as unknown;
    expect(validateRecordEvent(deepObject)[0]?.problems).toEqual(['is nested too deeply (more than 20 levels)']);
  });

  it('refuses objects with thousands of fields without listing them all', () => {
    const wide = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    expect(validateRecordEvent({ ...statement(), data: wide })).toEqual([
      { field: 'data', problems: ['has 5000 fields; at most 1000 are read'] },
    ]);
    const unknown = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const problems = validateRecordEvent({ ...statement(), ...unknown });
    expect(problems).toHaveLength(MAX_REPORTED_FIELDS + 1);
    expect(problems[MAX_REPORTED_FIELDS]).toEqual({ field: 'body', problems: ['… and 400 more fields with problems'] });
  });

  it('answers arrays, numbers, strings and null where the body should be an object', () => {
    for (const body of [[], [statement()], 42, 'StatementMade', null, undefined, true]) {
      expect(validateRecordEvent(body)).toEqual([
        { field: 'body', problems: ['the body must be an object: { type, data, occurredAt, sources, … }'] },
      ]);
    }
  });

  it('answers wrong types in every envelope field', () => {
    const problems = validateRecordEvent({
      type: 7,
      data: 'x',
      occurredAt: 20251029,
      precision: ['day'],
      sources: 'Dawn',
      cameo: 138,
      note: { text: 'n' },
      eventId: null,
    });
    expect(fields(problems).sort()).toEqual([
      'cameo',
      'data',
      'eventId',
      'note',
      'occurredAt',
      'precision',
      'sources',
      'type',
    ]);
    expect(problemsOf(problems, 'occurredAt')[0]).toBe(
      'occurredAt must be a date: YYYY-MM, YYYY-MM-DD or an ISO date-time with a zone (2025-10-15T18:00:00+05:00 or …Z)',
    );
    expect(problemsOf(problems, 'eventId')).toEqual(['eventId must not be null: leave the field out instead']);
  });

  it('never throws, whatever JSON arrives', () => {
    const envelope = fc.record(
      {
        type: fc.oneof(fc.constantFrom(...DEVELOPMENT_TYPES), fc.jsonValue()),
        data: fc.oneof(
          fc.jsonValue(),
          fc.dictionary(
            fc.constantFrom('__proto__', 'constructor', 'prototype', 'speaker', 'stance', 'changes', 'data'),
            fc.jsonValue(),
          ),
        ),
        occurredAt: fc.oneof(fc.string(), fc.jsonValue()),
        sources: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), envelope), (body) => {
        const parsed = JSON.parse(JSON.stringify(body) ?? 'null') as unknown;
        expect(Array.isArray(validateRecordEvent(parsed))).toBe(true);
        expect(Array.isArray(validateBatch({ events: [parsed] }))).toBe(true);
        expect(Array.isArray(validateOpenNegotiation(parsed))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('validateRecordBatch and the events.<i>. prefix', () => {
  it('accepts every example in one batch', () => {
    expect(validateBatch({ events: Object.values(EXAMPLE_EVENTS) })).toEqual([]);
  });

  it('names the bad fields of each event by its index', () => {
    const bad = position();
    (bad.data as Body).stance = 'no';
    bad.occurredAt = '2025-11-31';
    const problems = validateBatch({ events: [statement(), bad, { ...statement(), extra: 1 }] });
    expect(problems).toEqual([
      {
        field: 'events.1.occurredAt',
        problems: ['occurredAt 2025-11-31 is not a calendar date: November 2025 has 30 days'],
      },
      {
        field: 'events.1.data.stance',
        problems: [expect.stringMatching(/^stance must be one of the following values/)],
      },
      { field: 'events.2.extra', problems: [expect.stringMatching(/^extra is not a field here/)] },
    ]);
  });

  it('gives validateRecordEvent the same prefix with an index', () => {
    const bad = statement();
    delete (bad.data as Body).speaker;
    expect(validateRecordEvent(bad, 3)).toEqual([
      { field: 'events.3.data.speaker', problems: ['speaker is required'] },
    ]);
    expect(validateRecordEvent('x', 3)).toEqual([
      { field: 'events.3', problems: ['events.3 must be an object: { type, data, occurredAt, sources, … }'] },
    ]);
  });

  it('needs 1 to 500 events, and nothing but events', () => {
    expect(validateBatch({ events: [] })).toEqual([
      { field: 'events', problems: ['events must contain at least 1 item'] },
    ]);
    expect(validateBatch({})).toEqual([
      { field: 'events', problems: ['events is required: an array of 1 to 500 developments'] },
    ]);
    expect(validateBatch({ events: statement() })).toEqual([
      { field: 'events', problems: ['events must be an array of 1 to 500 developments'] },
    ]);
    expect(validateBatch([statement()])).toEqual([
      { field: 'body', problems: ['the body must be an object: { "events": [ … ] }'] },
    ]);
    const tooMany = Array.from({ length: 501 }, () => statement());
    expect(validateBatch({ events: tooMany })).toEqual([
      { field: 'events', problems: ['events must contain at most 500 items (it has 501); split the batch'] },
    ]);
    expect(validateBatch({ events: [statement()], atomic: true })).toEqual([
      { field: 'atomic', problems: ['atomic is not a field here; the fields are: events'] },
    ]);
  });

  // (How fast is the bench's business, not this spec's.)
  it('finds nothing wrong with a full batch of 500 developments of every type', () => {
    const events = Array.from(
      { length: 500 },
      (_, i) => EXAMPLE_EVENTS[DEVELOPMENT_TYPES[i % DEVELOPMENT_TYPES.length]!],
    );
    expect(validateBatch({ events })).toEqual([]);
  });
});

describe('validateOpenNegotiation', () => {
  const open = (): Body => structuredClone(EXAMPLE_OPEN_NEGOTIATION) as unknown as Body;

  it('accepts the example, with or without an id and mediators', () => {
    expect(validateOpenNegotiation(open())).toEqual([]);
    const { id: _id, ...withoutId } = open();
    expect(validateOpenNegotiation({ ...withoutId, mediators: [] })).toEqual([]);
  });

  it('requires title, subject, parties, mediators, occurredAt and sources', () => {
    expect(fields(validateOpenNegotiation({})).sort()).toEqual([
      'mediators',
      'occurredAt',
      'parties',
      'sources',
      'subject',
      'title',
    ]);
  });

  it('checks the id slug, the actors and unknown fields', () => {
    const body = open();
    body.id = 'Pak_Afghan';
    body.parties = [
      { id: 'pakistan', name: 'Pakistan', kind: 'country' },
      { id: 'pakistan', name: 'Pakistan again', kind: 'state', flag: '🇵🇰' },
    ];
    body.mediators = [{ id: 'qatar', name: '', kind: 'mediator', aliases: 'State of Qatar' }];
    body.status = 'open';
    const problems = validateOpenNegotiation(body);
    expect(problemsOf(problems, 'id')[0]).toMatch(
      /^id must be a negotiation id: lowercase letters, digits and hyphens/,
    );
    expect(problemsOf(problems, 'parties')).toEqual(['parties lists the actor pakistan more than once']);
    expect(problemsOf(problems, 'parties.0.kind')[0]).toMatch(
      /^kind must be one of the following values: state, de-facto-authority, armed-group/,
    );
    expect(problemsOf(problems, 'parties.1.flag')[0]).toBe(
      'flag is not a field here; the fields are: id, name, kind, aliases',
    );
    expect(problemsOf(problems, 'mediators.0.name')).toEqual(['name must not be empty or blank']);
    expect(problemsOf(problems, 'mediators.0.aliases')).toEqual(['aliases must be an array']);
    expect(problemsOf(problems, 'status')[0]).toMatch(/^status is not a field here/);
  });

  it('needs at least one party', () => {
    expect(problemsOf(validateOpenNegotiation({ ...open(), parties: [] }), 'parties')).toEqual([
      'parties must contain at least 1 item',
    ]);
  });

  it('refuses hostile keys and nesting here too', () => {
    const problems = validateOpenNegotiation(JSON.parse('{"constructor":{"name":"x"},"parties":[{"__proto__":{}}]}'));
    expect(problemsOf(problems, 'constructor')).toEqual(['"constructor" is not allowed as a field name']);
    expect(problemsOf(problems, 'parties.0.__proto__')).toEqual(['"__proto__" is not allowed as a field name']);
  });
});

describe('a write is validated once', () => {
  const EVENT_ID = '3b241101-e2bb-4255-8caf-4136c566a962';
  const decided = (development: Development) => given(history).when(record(development)).run();
  /** A change no check would let through, made after the edge read the body. */
  const spoil = (d: Development) => {
    (d.data as unknown as Body).tone = 'furious';
    (d.sources[0] as unknown as Body).url = 'not a link';
  };

  it('decide does not check again the data and sources the edge read', () => {
    const { value } = readRecordEvent({ ...statement(), eventId: EVENT_ID });
    const development = value as Development;
    spoil(development);
    expect(decided(development)[0]?.data).toMatchObject({ tone: 'furious' });
    const batch = readRecordBatch({ events: [{ ...statement(), eventId: EVENT_ID }] }).value!;
    spoil(batch.events[0] as Development);
    expect(decided(batch.events[0] as Development)[0]?.data).toMatchObject({ tone: 'furious' });
  });

  it('decide checks a development that did not come through the edge, or that the edge refused', () => {
    const own = { ...structuredClone(EXAMPLE_EVENTS.StatementMade), eventId: EVENT_ID } as Development;
    spoil(own);
    expect(() => decided(own)).toThrow(DomainError);
    const refused = readRecordEvent({ ...statement(), eventId: EVENT_ID, data: { tone: 'furious' } });
    expect(refused.value).toBeUndefined();
    expect(refused.problems.length).toBeGreaterThan(0);
  });
});
