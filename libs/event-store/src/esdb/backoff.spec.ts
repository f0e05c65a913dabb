import fc from 'fast-check';
import { DEFAULT_BACKOFF, backoffDelay, checkBackoff } from './backoff';

describe('resubscription backoff', () => {
  const options = { initialMs: 100, maxMs: 5_000, factor: 2, jitter: 0.5 };

  it('doubles from the initial delay up to the cap when the jitter draws 0', () => {
    const schedule = Array.from({ length: 9 }, (_, attempt) => backoffDelay(attempt, options, () => 0));
    expect(schedule).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
  });

  it('takes off at most the jitter share of the delay', () => {
    expect(backoffDelay(0, options, () => 0.999999)).toBe(50);
    expect(backoffDelay(3, options, () => 0.5)).toBe(600);
  });

  it('stays within [base·(1 − jitter), base] and never above the cap, for any attempt and draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const base = Math.min(options.maxMs, options.initialMs * 2 ** attempt);
          const delay = backoffDelay(attempt, options, () => r);
          return delay >= Math.floor(base * (1 - options.jitter)) && delay <= base && delay <= options.maxMs;
        },
      ),
    );
  });

  it('spreads retries of several processes: different draws, different delays', () => {
    const draws = [0.1, 0.4, 0.7, 0.9];
    const delays = draws.map((r) => backoffDelay(4, options, () => r));
    expect(new Set(delays).size).toBe(draws.length);
  });

  it('is deterministic without jitter', () => {
    expect(backoffDelay(2, { ...options, jitter: 0 }, () => 0.7)).toBe(400);
  });

  it('has sane defaults and validates options', () => {
    expect(checkBackoff(undefined)).toEqual(DEFAULT_BACKOFF);
    expect(checkBackoff({ initialMs: 10 })).toMatchObject({ initialMs: 10, maxMs: DEFAULT_BACKOFF.maxMs });
    expect(() => checkBackoff({ initialMs: -1 })).toThrow(RangeError);
    expect(() => checkBackoff({ initialMs: 100, maxMs: 50 })).toThrow(RangeError);
    expect(() => checkBackoff({ factor: 0.5 })).toThrow(RangeError);
    expect(() => checkBackoff({ jitter: 1.5 })).toThrow(RangeError);
    expect(() => backoffDelay(-1)).toThrow(RangeError);
  });
});
