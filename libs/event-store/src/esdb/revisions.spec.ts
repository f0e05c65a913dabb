import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import fc from 'fast-check';
import type { ExpectedRevision } from '../port';
import {
  fromEsdbCurrentRevision,
  fromEsdbExpectedRevision,
  fromEsdbRevision,
  toEsdbExpectedRevision,
  toEsdbRevision,
} from './revisions';

describe('expected revisions ↔ EventStoreDB', () => {
  it('maps the named expectations', () => {
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision('no-stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('exists')).toBe(STREAM_EXISTS);
  });

  it('maps a revision to a bigint, and -1 (what streamRevision says of a missing stream) to no_stream', () => {
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
    expect(toEsdbExpectedRevision(-1)).toBe(NO_STREAM);
  });

  it('round-trips every expectation', () => {
    const expectations = fc.oneof(
      fc.constantFrom<ExpectedRevision>('any', 'no-stream', 'exists'),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(expectations, (expected) => fromEsdbExpectedRevision(toEsdbExpectedRevision(expected)) === expected),
    );
  });

  it('refuses what is not an expectation', () => {
    for (const bad of [-2, 1.5, Number.NaN, 'latest']) {
      expect(() => toEsdbExpectedRevision(bad as ExpectedRevision)).toThrow(RangeError);
    }
  });
});

describe('stream revisions ↔ EventStoreDB', () => {
  it('converts both ways within the safe-integer range', () => {
    expect(fromEsdbRevision(0n)).toBe(0);
    expect(fromEsdbRevision(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toEsdbRevision(7)).toBe(7n);
    expect(() => fromEsdbRevision(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(() => fromEsdbRevision(-1n)).toThrow(RangeError);
    expect(() => toEsdbRevision(-1)).toThrow(RangeError);
  });

  it("reads a WrongExpectedVersion's current revision, -1 for no_stream", () => {
    expect(fromEsdbCurrentRevision(NO_STREAM)).toBe(-1);
    expect(fromEsdbCurrentRevision(3n)).toBe(3);
  });
});
