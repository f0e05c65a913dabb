import { isoOf } from '@parley/domain';
import { checkTime } from './errors';

/** A view read as known at an instant (transaction time, ms): what had been recorded by then, corrections included. */
export interface AsKnownAt {
  readonly knownAt?: number;
}

/** The `knownAt` a view names: the instant it was read as known at, or null when it holds everything recorded. */
export function knownAtOf({ knownAt }: AsKnownAt): string | null {
  return knownAt === undefined ? null : isoOf(checkTime(knownAt, 'knownAt'));
}
