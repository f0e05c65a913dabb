import fc from 'fast-check';
import {
  MARKER_STREAM_PREFIX,
  checkNamespace,
  deletionRecordOf,
  escapeRegex,
  isSystemEvent,
  markerStream,
  matchesCallerFilter,
  namespaceStreamRegex,
  subscriptionStreamRegex,
  toEsdbStream,
  visibleStream,
} from './filters';

describe('which streams are the store’s', () => {
  it('prefixes the caller’s stream with the namespace and strips it again', () => {
    expect(toEsdbStream('', 'negotiation-x')).toBe('negotiation-x');
    expect(toEsdbStream('tenant-a/', 'negotiation-x')).toBe('tenant-a/negotiation-x');
    expect(visibleStream('tenant-a/', 'tenant-a/negotiation-x')).toBe('negotiation-x');
    expect(visibleStream('', 'negotiation-x')).toBe('negotiation-x');
  });

  it('hides system streams, id markers and other namespaces', () => {
    expect(visibleStream('', '$stats-127.0.0.1:2113')).toBeUndefined();
    expect(visibleStream('', '$$negotiation-x')).toBeUndefined();
    expect(visibleStream('', `${MARKER_STREAM_PREFIX}0b9c…`)).toBeUndefined();
    expect(visibleStream('tenant-a/', `tenant-a/${MARKER_STREAM_PREFIX}0b9c`)).toBeUndefined();
    expect(visibleStream('', `${MARKER_STREAM_PREFIX}tenant-a/0b9c`)).toBeUndefined();
    expect(visibleStream('parley-', `${MARKER_STREAM_PREFIX}parley-0b9c`)).toBeUndefined();
    expect(visibleStream('tenant-a/', 'tenant-b/negotiation-x')).toBeUndefined();
    expect(visibleStream('tenant-a/', 'tenant-a/')).toBeUndefined();
    expect(markerStream('tenant-a/', 'abc')).toBe(`${MARKER_STREAM_PREFIX}tenant-a/abc`);
  });

  it('refuses stream names EventStoreDB or the markers reserve', () => {
    expect(() => toEsdbStream('', '')).toThrow(TypeError);
    expect(() => toEsdbStream('', '$settings')).toThrow(/reserved by EventStoreDB/);
    expect(() => toEsdbStream('ns/', `${MARKER_STREAM_PREFIX}x`)).toThrow(/reserved/);
    expect(() => checkNamespace('$ns')).toThrow(TypeError);
    expect(() => checkNamespace(MARKER_STREAM_PREFIX)).toThrow(TypeError);
    expect(checkNamespace(undefined)).toBe('');
  });

  it('treats $-streams and $-types as system events', () => {
    expect(isSystemEvent('$ce-negotiation', 'NegotiationOpened')).toBe(true);
    expect(isSystemEvent('negotiation-x', '$>')).toBe(true);
    expect(isSystemEvent('negotiation-x', 'NegotiationOpened')).toBe(false);
  });

  it('the server-side regex accepts exactly the streams the client-side check accepts', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '$',
        '$$',
        MARKER_STREAM_PREFIX,
        'ns/',
        'a.b',
        '(x)',
        '[y]',
        '+',
        '*',
        '?',
        '^',
        '\\',
        '|',
        '{1}',
        'négo-🇵🇰',
      ),
      fc.string({ maxLength: 6 }),
    );
    const name = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
    const namespace = fc.constantFrom('', 'ns/', 'a.b(c)*', 'tenant+1|', 'parley-');
    fc.assert(
      fc.property(namespace, name, (ns, stream) => {
        const regex = new RegExp(namespaceStreamRegex(ns));
        return regex.test(stream) === (visibleStream(ns, stream) !== undefined);
      }),
      { numRuns: 2000 },
    );
    // A subscription's regex also takes exactly those streams' metadata streams, where deletions are recorded.
    fc.assert(
      fc.property(namespace, name, (ns, stream) => {
        const regex = new RegExp(subscriptionStreamRegex(ns));
        const ours = (name: string) => visibleStream(ns, name) !== undefined;
        const accepted = (name: string) => ours(name) || (name.startsWith('$$') && ours(name.slice(2)));
        return regex.test(stream) === accepted(stream) && regex.test(`$$${stream}`) === ours(stream);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a deletion of one of the store’s streams from a record of `$all`, and nothing else', () => {
    const softDelete = { $tb: 2 ** 63 };
    expect(deletionRecordOf('ns/', { streamId: 'ns/s', type: '$streamDeleted', data: {} })).toEqual({
      stream: 's',
      deletion: 'tombstone',
    });
    expect(deletionRecordOf('ns/', { streamId: '$$ns/s', type: '$metadata', data: softDelete })).toEqual({
      stream: 's',
      deletion: 'soft-delete',
    });
    expect(deletionRecordOf('ns/', { streamId: '$$ns/s', type: '$metadata', data: { $tb: 3 } })).toEqual({
      stream: 's',
      deletion: 'truncated',
    });
    // Written again hiding nothing.
    for (const data of [{}, { $tb: 0 }, { $maxCount: 5 }])
      expect(deletionRecordOf('ns/', { streamId: '$$ns/s', type: '$metadata', data })).toEqual({
        stream: 's',
        deletion: 'restored',
      });
    // Not the store's, or not about deletion.
    expect(deletionRecordOf('ns/', { streamId: '$$other/s', type: '$metadata', data: softDelete })).toBeUndefined();
    expect(deletionRecordOf('', { streamId: '$$$stats', type: '$metadata', data: softDelete })).toBeUndefined();
    expect(
      deletionRecordOf('', { streamId: `$$${MARKER_STREAM_PREFIX}x`, type: '$metadata', data: softDelete }),
    ).toBeUndefined();
    expect(deletionRecordOf('ns/', { streamId: 'ns/s', type: 'NegotiationOpened', data: softDelete })).toBeUndefined();
    expect(deletionRecordOf('ns/', { streamId: 'ns/s', type: '$metadata', data: softDelete })).toBeUndefined();
  });

  it('escapes regex metacharacters', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegex(text)}$`).test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegex('a.b')}$`).test('axb')).toBe(false);
  });

  it('applies the caller’s filter: stream prefix, event types, an empty type list matches nothing', () => {
    expect(matchesCallerFilter(undefined, 's', 'T')).toBe(true);
    expect(matchesCallerFilter({ streamPrefix: 'negotiation-' }, 'negotiation-a', 'T')).toBe(true);
    expect(matchesCallerFilter({ streamPrefix: 'negotiation-' }, 'audit', 'T')).toBe(false);
    expect(matchesCallerFilter({ eventTypes: ['T'] }, 's', 'T')).toBe(true);
    expect(matchesCallerFilter({ eventTypes: ['U'] }, 's', 'T')).toBe(false);
    expect(matchesCallerFilter({ eventTypes: [] }, 's', 'T')).toBe(false);
  });
});
