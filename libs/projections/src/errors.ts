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
