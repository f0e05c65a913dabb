/**
 * occurredAt parsing for the projections (DESIGN.md "Time"): a date string as
 * an instant. Date-only = 00:00 UTC that day; month-only = 00:00 UTC on the
 * 1st; a date-time must carry a zone (`Z` or `±hh:mm`). The common form goes
 * through the domain's reader (`commonDateTime`); the rest is still read here
 * (it also takes a lower-case `t`/`z`, which query parameters may carry). */
import { commonDateTime, type Precision } from '@parley/domain';
import { ProjectionQueryError } from './errors';

export const DAY_MS = 86_400_000;

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** The instant (ms since epoch) of `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time with zone; `null` when it does not parse. */
export function parseInstant(value: string): number | null {
  // The form nearly every stored time has, read digit by digit (the domain's reader).
  const common = commonDateTime(value);
  if (common !== undefined) return common;
  let m = MONTH.exec(value);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    return validDate(year, month, 1) ? Date.UTC(year, month - 1, 1) : null;
  }
  m = DAY.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(year, month, day) ? Date.UTC(year, month - 1, day) : null;
  }
  m = DATE_TIME.exec(value);
  if (m) {
    const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const [zoneHour, zoneMinute] = [Number(m[7] ?? 0), Number(m[8] ?? 0)];
    if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59 || zoneHour > 23 || zoneMinute > 59) {
      return null;
    }
    const ms = Date.parse(value);
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}

/** Like `parseInstant`, for dates that must parse (occurredAt, recordedAt): throws `invalid-time`. */
export function instantOf(value: string, what = 'occurredAt'): number {
  const ms = parseInstant(value);
  if (ms === null) {
    throw new ProjectionQueryError('invalid-time', `${what} is not a date: ${JSON.stringify(value)}`, {
      [what]: value,
    });
  }
  return ms;
}

/** The precision a date's form implies (DESIGN.md: date-time → exact, date → day, month → month). */
export function precisionOfForm(value: string): Precision {
  if (MONTH.test(value)) return 'month';
  if (DAY.test(value)) return 'day';
  return 'exact';
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
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
