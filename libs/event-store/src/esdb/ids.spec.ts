import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ORIGINAL_ID_KEY, decodeIdAndMetadata, encodeMetadata, isCanonicalUuid, toEsdbEventId } from './ids';

describe('event ids ↔ EventStoreDB event ids', () => {
  it('stores a lowercase UUID as it is, with the caller’s metadata untouched', () => {
    const id = randomUUID();
    expect(isCanonicalUuid(id)).toBe(true);
    expect(toEsdbEventId(id)).toBe(id);
    expect(encodeMetadata(id, { schema: 1 })).toEqual({ schema: 1 });
    expect(encodeMetadata(id, undefined)).toEqual({});
  });

  it('maps any other id to a stable name-based UUID and carries the original in the metadata', () => {
    for (const id of ['e-1', 'E4A1C2D3-0000-4000-8000-000000000000', '{not-a-uuid}', 'پاکستان']) {
      const esdbId = toEsdbEventId(id);
      expect(isCanonicalUuid(esdbId)).toBe(true);
      expect(esdbId).not.toBe(id);
      expect(toEsdbEventId(id)).toBe(esdbId);
      const stored = encodeMetadata(id, { schema: 1 });
      expect(stored).toEqual({ schema: 1, [ORIGINAL_ID_KEY]: id });
      expect(decodeIdAndMetadata(esdbId, stored)).toEqual({ id, metadata: { schema: 1 } });
    }
  });

  it('round-trips every id and metadata', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ minLength: 1 }), fc.uuid()),
        fc.dictionary(fc.string(), fc.integer()),
        (id, metadata) => {
          if (ORIGINAL_ID_KEY in metadata) return true;
          const decoded = decodeIdAndMetadata(toEsdbEventId(id), encodeMetadata(id, metadata));
          expect(decoded).toEqual({ id, metadata });
          return true;
        },
      ),
    );
  });

  it('gives different ids different EventStoreDB ids', () => {
    expect(toEsdbEventId('e-1')).not.toBe(toEsdbEventId('e-2'));
  });

  it('refuses metadata that uses the reserved key', () => {
    expect(() => encodeMetadata(randomUUID(), { [ORIGINAL_ID_KEY]: 'x' })).toThrow(TypeError);
  });
});
