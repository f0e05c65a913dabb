/**
 * How long to wait before resubscribing: exponential growth, capped, with
 * jitter so that several API processes that lost the same leader do not all
 * come back in the same millisecond.
 *
 *     base(n)  = min(maxMs, initialMs · factor^n)      n = 0, 1, 2, …
 *     delay(n) = base(n) · (1 − jitter · random())     random() ∈ [0, 1)
 *
 * rounded down to whole ms, so `⌊base(n) · (1 − jitter)⌋ ≤ delay(n) ≤ base(n) ≤ maxMs`.
 */
export interface BackoffOptions {
  /** First delay, in ms. */
  readonly initialMs: number;
  /** Upper bound of any delay, in ms. */
  readonly maxMs: number;
  /** Growth per attempt, ≥ 1. */
  readonly factor: number;
  /** Share of the delay that is randomised, in [0, 1]. */
  readonly jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 30_000, factor: 2, jitter: 0.5 };

export function checkBackoff(options: Partial<BackoffOptions> | undefined): BackoffOptions {
  const merged = { ...DEFAULT_BACKOFF, ...options };
  const { initialMs, maxMs, factor, jitter } = merged;
  if (!(Number.isFinite(initialMs) && initialMs >= 0))
    throw new RangeError('backoff initialMs must be a finite number >= 0');
  if (!(Number.isFinite(maxMs) && maxMs >= initialMs))
    throw new RangeError('backoff maxMs must be a finite number >= initialMs');
  if (!(Number.isFinite(factor) && factor >= 1)) throw new RangeError('backoff factor must be a finite number >= 1');
  if (!(jitter >= 0 && jitter <= 1)) throw new RangeError('backoff jitter must be within [0, 1]');
  return merged;
}

/** The delay before retry number `attempt` (0 for the first retry). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  if (!Number.isInteger(attempt) || attempt < 0) throw new RangeError('attempt must be a non-negative integer');
  // Math.pow overflows to Infinity for large attempts, which min() then caps.
  const base = Math.min(options.maxMs, options.initialMs * Math.pow(options.factor, attempt));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(base * (1 - options.jitter * r));
}
