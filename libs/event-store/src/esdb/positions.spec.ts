import { END, START } from '@eventstore/db-client';
import fc from 'fast-check';
import {
  MAX_LOG_POSITION,
  PositionOutOfRangeError,
  UnsupportedPositionError,
  comparePositions,
  decodePosition,
  isAfter,
  readAllStart,
  subscriptionStart,
  toParleyPosition,
  tryParleyPosition,
} from './positions';

const at = (log: bigint) => ({ commit: log, prepare: log });

describe('EventStoreDB positions ↔ Parley positions', () => {
  it('numbers an event at log offset L as 2L + 1', () => {
    expect(toParleyPosition(at(0n))).toBe(1);
    expect(toParleyPosition(at(1n))).toBe(3);
    expect(toParleyPosition(at(4096n))).toBe(8193);
  });

  it('never maps an event to 0, which means "before everything"', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: MAX_LOG_POSITION }), (log) => toParleyPosition(at(log)) > 0));
  });

  it('is strictly increasing in $all order', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: MAX_LOG_POSITION - 1n }),
        fc.bigInt({ min: 1n, max: 1n << 40n }),
        (log, gap) => {
          const next = log + gap > MAX_LOG_POSITION ? MAX_LOG_POSITION : log + gap;
          return toParleyPosition(at(next)) > toParleyPosition(at(log));
        },
      ),
    );
  });

  it('decodes every event position back to the same log offset, and position + 1 to "just after" it', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_LOG_POSITION }), (log) => {
        const position = toParleyPosition(at(log));
        expect(decodePosition(position)).toEqual({ kind: 'event', log: at(log) });
        expect(decodePosition(position + 1)).toEqual({ kind: 'after-event', log: at(log) });
      }),
    );
  });

  it('decodes 0 as the start of $all', () => {
    expect(decodePosition(0)).toEqual({ kind: 'start' });
    expect(readAllStart(0)).toBe(START);
    expect(subscriptionStart(0)).toBe(START);
  });

  it('starts reads and subscriptions at the record the position names', () => {
    expect(readAllStart(8193)).toEqual(at(4096n));
    expect(readAllStart(8194)).toEqual(at(4096n));
    expect(subscriptionStart(8193)).toEqual(at(4096n));
  });

  it('guards the safe-integer range on both sides of the boundary', () => {
    expect(toParleyPosition(at(MAX_LOG_POSITION))).toBe(Number.MAX_SAFE_INTEGER - 2);
    expect(Number.isSafeInteger(toParleyPosition(at(MAX_LOG_POSITION)) + 1)).toBe(true);
    expect(() => toParleyPosition(at(MAX_LOG_POSITION + 1n))).toThrow(PositionOutOfRangeError);
    expect(() => toParleyPosition(at(1n << 60n))).toThrow(/beyond what a JavaScript number can carry/);
    expect(tryParleyPosition(at(MAX_LOG_POSITION + 1n))).toBeUndefined();
  });

  it('refuses events of legacy explicit transactions (commit ≠ prepare) instead of numbering them wrongly', () => {
    const error = (() => {
      try {
        toParleyPosition({ commit: 500n, prepare: 300n });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnsupportedPositionError);
    expect(error).toMatchObject({ code: 'unsupported-position' });
    expect(tryParleyPosition({ commit: 500n, prepare: 300n })).toBeUndefined();
    expect(() => toParleyPosition({ commit: -1n, prepare: -1n })).toThrow(RangeError);
  });

  it('refuses positions that are not non-negative safe integers', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, Infinity]) {
      expect(() => decodePosition(bad)).toThrow(RangeError);
    }
  });

  it('orders EventStoreDB positions by commit, then prepare', () => {
    expect(comparePositions(at(1n), at(2n))).toBe(-1);
    expect(comparePositions(at(2n), at(1n))).toBe(1);
    expect(comparePositions({ commit: 5n, prepare: 0n }, at(5n))).toBe(-1);
    expect(comparePositions(at(5n), at(5n))).toBe(0);
    expect(isAfter(at(5n), START)).toBe(true);
    expect(isAfter(at(5n), END)).toBe(false);
    expect(isAfter(at(5n), at(4n))).toBe(true);
    expect(isAfter(at(5n), at(5n))).toBe(false);
  });
});
