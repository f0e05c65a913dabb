import {
  fromAppendedEvent,
  fromStoredEvent,
  isValidNegotiationId,
  jsonCopy,
  negotiationIdFromStream,
  slugify,
  streamName,
  toStoredEvent,
} from './codec';
import { DomainError, EventDecodeError } from './errors';
import { EVENT_TYPES, INCIDENT_KINDS } from './events';
import { ANALYST, NOW, opened, orakzaiAttack, samples, sources, thrownBy } from './testing';

describe('toStoredEvent', () => {
  it('maps eventId to id, the type, the data, and the envelope to metadata (schema 1)', () => {
    const ultimatum = samples.UltimatumIssued;
    expect(toStoredEvent(ultimatum)).toEqual({
      id: ultimatum.eventId,
      type: 'UltimatumIssued',
      data: ultimatum.data,
      metadata: {
        schema: 1,
        negotiationId: 'pak-afghan-2025',
        occurredAt: '2025-11',
        precision: 'month',
        recordedAt: NOW,
        recordedBy: ANALYST,
        sources: [sources.news18],
      },
    });
  });

  it('stores cameo and note when the analyst set them, and no empty keys when not', () => {
    const withBoth = toStoredEvent({ ...orakzaiAttack, cameo: '183', note: 'Claimed by the TTP' });
    expect(withBoth.metadata).toMatchObject({ cameo: '183', note: 'Claimed by the TTP' });
    const without = toStoredEvent(orakzaiAttack);
    expect(Object.keys(without.metadata)).toEqual([
      'schema',
      'negotiationId',
      'occurredAt',
      'precision',
      'recordedAt',
      'recordedBy',
      'sources',
    ]);
  });

  it('drops undefined data fields, so what is stored is what is read back', () => {
    const stored = toStoredEvent({ ...orakzaiAttack, data: { ...orakzaiAttack.data, place: undefined } });
    expect('place' in stored.data).toBe(false);
  });

  it('copies each sample as JSON text would carry it: equal, and sharing no object with the event', () => {
    for (const event of Object.values(samples)) {
      const stored = toStoredEvent(event);
      expect(stored.data).toStrictEqual(JSON.parse(JSON.stringify(event.data)));
      expect(stored.data).not.toBe(event.data);
      const sourcesOf = (e: object) => (e as { sources?: unknown }).sources;
      if (Array.isArray(sourcesOf(event))) expect(sourcesOf(stored.metadata)).not.toBe(sourcesOf(event));
    }
  });
});

describe('jsonCopy', () => {
  const odd = JSON.parse('{ "__proto__": { "isAdmin": true }, "k": 1 }') as object;
  const values: unknown[] = [
    { a: undefined, b: () => 1, c: Symbol('s'), d: NaN, e: Infinity, f: -0, g: 'x', h: true, i: null },
    [undefined, () => 1, NaN, -Infinity, -0, [undefined], { x: undefined }],
    { when: new Date('2025-11-03T10:00:00Z'), nested: { toJSON: (key: string) => `key ${key}` } },
    { list: [{ toJSON: (key: string) => `item ${key}` }] },
    { boxed: [Object('s'), Object(1), Object(false)] },
    { '2': 'b', '1': 'a', z: 1, y: 2 },
    odd,
    { deep: [[[{ a: [1, { b: undefined }] }]]] },
  ];

  it('gives what JSON.parse(JSON.stringify(…)) gives, key order and "__proto__" keys included', () => {
    for (const value of values) {
      const copy = jsonCopy(value);
      const text = JSON.parse(JSON.stringify(value)) as unknown;
      expect({ value, copy }).toStrictEqual({ value, copy: text });
      expect(JSON.stringify(copy)).toBe(JSON.stringify(text));
    }
    expect(Object.getPrototypeOf(jsonCopy(odd))).toBe(Object.prototype);
    expect(Object.is(jsonCopy(-0), 0)).toBe(true);
    expect(jsonCopy(undefined)).toBeUndefined();
    expect(() => jsonCopy({ n: BigInt(1) })).toThrow(TypeError);
  });
});

describe('fromStoredEvent', () => {
  it.each(EVENT_TYPES)('reads back a stored %s as it was, also after a trip through JSON', (type) => {
    const event = samples[type];
    expect(fromStoredEvent(toStoredEvent(event))).toEqual(event);
    expect(fromStoredEvent(JSON.parse(JSON.stringify(toStoredEvent(event))))).toEqual(event);
  });

  it('reads an event stored before the catalogue additions (no occurrence, no injured, no period) unchanged', () => {
    // A line of examples/pakistan-afghanistan-2025.jsonl as shipped before issue #14 (its note shortened).
    const line =
      '{"stream":"negotiation-pak-afghan-2025","revision":5,"id":"54edc4d3-58e5-57c3-b1cb-96cdc63b3d39","type":"IncidentReported","data":{"incidentId":"orakzai-ibo-2025-10-08","kind":"militant-attack","perpetrator":"ttp","allegedBy":"pakistan","target":"Pakistan Army troops on an intelligence-based operation","place":"Orakzai district, Khyber Pakhtunkhwa","fatalities":{"min":11,"max":11},"description":"ISPR: 11 soldiers killed in an exchange of fire during an intelligence-based operation."},"metadata":{"schema":1,"negotiationId":"pak-afghan-2025","occurredAt":"2025-10-08","precision":"day","recordedAt":"2025-10-17T09:10:00Z","recordedBy":"example-analyst","sources":[{"title":"Lt Col, Major among 11 personnel martyred in IBO in KP\'s Orakzai: ISPR","publisher":"Dawn","url":"https://www.dawn.com/news/1947428/lt-col-major-among-11-personnel-martyred-in-ibo-in-kps-orakzai-ispr","reliability":"B","credibility":2}],"cameo":"193","note":"Night of 7–8 Oct."}}';
    const stored = JSON.parse(line) as {
      id: string;
      type: string;
      data: Record<string, unknown>;
      metadata: Record<string, unknown>;
    };
    const event = fromStoredEvent(stored);
    expect(event).toEqual({
      type: 'IncidentReported',
      eventId: stored.id,
      negotiationId: 'pak-afghan-2025',
      occurredAt: '2025-10-08',
      precision: 'day',
      recordedAt: '2025-10-17T09:10:00Z',
      recordedBy: 'example-analyst',
      sources: stored.metadata.sources,
      cameo: '193',
      note: 'Night of 7–8 Oct.',
      data: stored.data,
    });
    expect('occurrence' in event).toBe(false);
    // And written back, it is the same stored event.
    expect(toStoredEvent(event)).toEqual({
      id: stored.id,
      type: 'IncidentReported',
      data: stored.data,
      metadata: stored.metadata,
    });
  });

  it('stores and reads back an occurrence, and refuses one that is not a string', () => {
    const withOccurrence = toStoredEvent({ ...orakzaiAttack, occurrence: 'orakzai-ambush' });
    expect(withOccurrence.metadata.occurrence).toBe('orakzai-ambush');
    expect(fromStoredEvent(withOccurrence).occurrence).toBe('orakzai-ambush');
    const input = stored();
    input.metadata.occurrence = 7;
    expect(decodeProblems(input)).toEqual(['metadata.occurrence must be a string']);
  });

  it('reads a store record (with stream, revision, position) of its own negotiation', () => {
    const recorded = {
      ...toStoredEvent(opened),
      stream: 'negotiation-pak-afghan-2025',
      revision: 0,
      position: 1,
      recordedAt: NOW,
    };
    expect(fromStoredEvent(recorded)).toEqual(opened);
  });

  const stored = () =>
    JSON.parse(JSON.stringify(toStoredEvent(orakzaiAttack))) as {
      id: string;
      type: string;
      data: Record<string, unknown>;
      metadata: Record<string, unknown>;
    };

  const decodeProblems = (input: Parameters<typeof fromStoredEvent>[0]): readonly string[] => {
    const error = thrownBy(() => fromStoredEvent(input));
    expect(error).toBeInstanceOf(EventDecodeError);
    return (error as EventDecodeError).problems;
  };

  it('refuses an unknown type, naming it and the event id', () => {
    const error = thrownBy(() => fromStoredEvent({ ...stored(), type: 'BorderClash' }));
    expect(error).toBeInstanceOf(EventDecodeError);
    expect(error.message).toContain('BorderClash');
    expect(error.message).toContain(orakzaiAttack.eventId);
  });

  it('refuses metadata that is not an object', () => {
    expect(decodeProblems({ ...stored(), metadata: null })).toEqual(['metadata must be an object']);
  });

  it.each([
    ['schema', 2, 'metadata.schema 2 is not supported (expected 1)'],
    ['negotiationId', 'Pak Afghan', 'metadata.negotiationId must be a negotiation id (a lower-case slug)'],
    ['occurredAt', '2025-02-30', 'metadata.occurredAt must be YYYY-MM, YYYY-MM-DD or an ISO date-time with a zone'],
    ['precision', 'weekly', 'metadata.precision must be one of exact, day, month, approximate'],
    ['recordedAt', '2025-11-20', 'metadata.recordedAt must be an ISO date-time with a zone'],
    ['recordedBy', undefined, 'metadata.recordedBy must be a non-empty string'],
    ['sources', 'Dawn', 'metadata.sources must be a list'],
    ['cameo', 183, 'metadata.cameo must be a string'],
  ])('refuses metadata.%s = %p', (field, value, problem) => {
    const input = stored();
    input.metadata[field] = value;
    expect(decodeProblems(input)).toEqual([problem]);
  });

  it('refuses an ill-graded source', () => {
    const input = stored();
    input.metadata.sources = [{ title: 'Dawn', credibility: 7 }];
    expect(decodeProblems(input)).toEqual(['metadata.sources[0].credibility must be one of 1, 2, 3, 4, 5, 6']);
  });

  it('refuses data of the wrong shape, listing every problem', () => {
    const input = stored();
    input.data = { ...input.data, kind: 'skirmish', fatalities: { min: 58, max: 23 } };
    delete input.data.description;
    expect(decodeProblems(input)).toEqual([
      `data.kind must be one of ${INCIDENT_KINDS.join(', ')}`,
      'data.fatalities.min must not exceed data.fatalities.max',
      'data.description must be a non-empty string',
    ]);
  });

  it('tolerates a data field it does not know (a newer writer), and keeps it', () => {
    const input = stored();
    input.data.confirmedBy = 'ISPR';
    expect(fromStoredEvent(input).data).toMatchObject({ confirmedBy: 'ISPR' });
  });

  it('refuses an event found in another negotiation’s stream', () => {
    expect(decodeProblems({ ...stored(), stream: 'negotiation-other' })).toEqual([
      'stream negotiation-other is not the stream of negotiation pak-afghan-2025',
    ]);
  });

  it('refuses an opening whose data names another negotiation than its metadata', () => {
    const input = JSON.parse(JSON.stringify(toStoredEvent(opened)));
    input.data.negotiationId = 'pak-india-2025';
    expect(decodeProblems(input)).toEqual(['data.negotiationId differs from metadata.negotiationId']);
  });

  it('refuses an event without id', () => {
    expect(decodeProblems({ ...stored(), id: '' })).toEqual(['id must be a non-empty string']);
  });
});

describe('fromAppendedEvent', () => {
  // As a store that keeps the appender's objects hands them to this process's subscribers.
  const appended = (encoded: ReturnType<typeof toStoredEvent>, stream = 'negotiation-pak-afghan-2025') => ({
    id: encoded.id,
    type: encoded.type,
    data: encoded.data,
    metadata: encoded.metadata,
    stream,
    revision: 3,
    position: 7,
    recordedAt: NOW,
  });

  it('answers what fromStoredEvent answers, for this process’s own encodings and for text read back', () => {
    for (const event of [opened, orakzaiAttack, { ...orakzaiAttack, cameo: '183', note: 'Claimed by the TTP' }]) {
      const own = appended(toStoredEvent(event));
      expect(fromAppendedEvent(own)).toEqual(fromStoredEvent(own));
      expect(fromAppendedEvent(own)).toEqual(event);
      const readBack = JSON.parse(JSON.stringify(own)) as typeof own;
      expect(fromAppendedEvent(readBack)).toEqual(event);
    }
  });

  it('leaves the stored metadata as it was: the same JSON, keys and equality', () => {
    const encoded = toStoredEvent(orakzaiAttack);
    expect(JSON.parse(JSON.stringify(encoded.metadata))).toEqual(encoded.metadata);
    expect(encoded.metadata).toEqual({ ...encoded.metadata });
    expect(Object.keys(encoded.metadata)).toEqual(Object.keys(JSON.parse(JSON.stringify(encoded.metadata)) as object));
  });

  it('checks in full a record that is not an own encoding as made: another type, id or data, or a copy', () => {
    const encoded = toStoredEvent(orakzaiAttack);
    expect(() => fromAppendedEvent({ ...appended(encoded), type: 'BorderClash' })).toThrow(EventDecodeError);
    expect(() => fromAppendedEvent({ ...appended(encoded), id: '' })).toThrow(EventDecodeError);
    expect(() => fromAppendedEvent({ ...appended(encoded), data: { kind: 'skirmish' } })).toThrow(EventDecodeError);
    const copied = { ...appended(encoded), metadata: { ...encoded.metadata, precision: 'weekly' } };
    expect(() => fromAppendedEvent(copied)).toThrow(EventDecodeError);
  });

  it('refuses an own encoding found in another negotiation’s stream, as fromStoredEvent does', () => {
    const error = thrownBy(() => fromAppendedEvent(appended(toStoredEvent(orakzaiAttack), 'negotiation-other')));
    expect(error).toBeInstanceOf(EventDecodeError);
    expect((error as EventDecodeError).problems).toEqual([
      'stream negotiation-other is not the stream of negotiation pak-afghan-2025',
    ]);
  });
});

describe('stream names', () => {
  it('names the stream of a negotiation negotiation-<id> and reads the id back', () => {
    expect(streamName('pak-afghan-2025')).toBe('negotiation-pak-afghan-2025');
    expect(negotiationIdFromStream('negotiation-pak-afghan-2025')).toBe('pak-afghan-2025');
  });

  it('does not take other streams, or malformed ids, for negotiations', () => {
    expect(negotiationIdFromStream('$projections-status')).toBeUndefined();
    expect(negotiationIdFromStream('negotiation-')).toBeUndefined();
    expect(negotiationIdFromStream('negotiation-Pak_Afghan')).toBeUndefined();
  });

  it('refuses to name a stream for an id that is not a slug (rule invalid-negotiation-id)', () => {
    const error = thrownBy(() => streamName('Pak Afghan 2025'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid-negotiation-id', kind: 'rule' });
    expect(error.message).toContain('Pak Afghan 2025');
  });

  it.each([
    ['pak-afghan-2025', true],
    ['a', true],
    ['x'.repeat(64), true],
    ['x'.repeat(65), false],
    ['-pak', false],
    ['pak-', false],
    ['Pak', false],
    ['pak_afghan', false],
    ['', false],
  ])('isValidNegotiationId(%p) is %p', (id, valid) => {
    expect(isValidNegotiationId(id)).toBe(valid);
  });

  it('proposes a negotiation id from a title', () => {
    expect(slugify('Pakistan – Afghan Taliban talks, 2025')).toBe('pakistan-afghan-taliban-talks-2025');
    expect(slugify('Türkiye-hosted Istanbul round')).toBe('turkiye-hosted-istanbul-round');
    expect(slugify('  —  ')).toBe('');
    expect(isValidNegotiationId(slugify(`${'Istanbul round '.repeat(6)}2`))).toBe(true);
  });
});
