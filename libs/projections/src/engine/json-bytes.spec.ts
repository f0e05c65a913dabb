import fc from 'fast-check';
import { negotiationLogArb } from '../testing/arbitraries';
import { foldViews } from '../view-state';
import { jsonBytes } from './json-bytes';

const asText = (value: unknown) => jsonBytes(value).toString('utf8');

describe('jsonBytes: JSON.stringify as UTF-8 bytes, written in pieces', () => {
  it('writes a folded view state byte for byte as JSON.stringify does, with and without evidence', () => {
    fc.assert(
      fc.property(negotiationLogArb(), fc.boolean(), (entries, evidence) => {
        const state = foldViews(entries, { evidence });
        expect(asText(state)).toBe(JSON.stringify(state));
      }),
      { numRuns: 60 },
    );
  });

  it('writes any JSON value as JSON.stringify does, across the pieces it flushes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(asText(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
    // Large enough to flush many times, with characters of 1 to 4 bytes and a lone surrogate on the way.
    const long = Array.from({ length: 5000 }, (_, i) => ({ i, text: `é€😀\ud800 ${'x'.repeat(i % 50)}` }));
    expect(asText(long)).toBe(JSON.stringify(long));
  });

  it('leaves out and replaces what JSON.stringify leaves out and replaces', () => {
    const value = {
      gone: undefined,
      fn: () => 1,
      sym: Symbol('s'),
      list: [undefined, () => 1, Symbol('s'), NaN, Infinity, -0, 1e21],
      when: new Date(Date.UTC(2025, 9, 19, 12)),
      keyed: { toJSON: (key: string) => `key:${key}` },
      boxed: [Object(1), Object('s'), Object(false)],
      nested: { 'a"b\n': { deeper: [[], {}, [null]] } },
    };
    expect(asText(value)).toBe(JSON.stringify(value));
    expect(asText([value, { toJSON: () => undefined }])).toBe(JSON.stringify([value, { toJSON: () => undefined }]));
  });

  it('refuses a value JSON.stringify writes nothing for, and a bigint as JSON.stringify does', () => {
    expect(() => jsonBytes(undefined)).toThrow(TypeError);
    expect(() => jsonBytes({ n: 1n })).toThrow(TypeError);
  });
});
