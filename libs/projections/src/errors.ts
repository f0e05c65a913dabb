/**
 * Errors a view query can raise. They are the caller's fault (a range too
 * long, a step of zero, a date that does not parse), so the API maps
 * `kind: 'invalid'` to 400; the code names the rule.
 */
export type ProjectionErrorCode =
  'series-too-long' | 'invalid-range' | 'invalid-step' | 'invalid-time' | 'model-mismatch';

export class ProjectionQueryError extends Error {
  override readonly name = 'ProjectionQueryError';
  readonly kind = 'invalid' as const;

  constructor(
    readonly code: ProjectionErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** Largest |ms| a JS Date can hold. */
const MAX_TIME = 8.64e15;

/** A query time T must be a finite instant a Date can hold: throws `invalid-time` otherwise. */
export function checkTime(ms: number, what = 'T'): number {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_TIME) {
    throw new ProjectionQueryError('invalid-time', `${what} is not a valid instant: ${ms}`, { [what]: ms });
  }
  return ms;
}
