/**
 * occurredAt parsing for the projections (DESIGN.md "Time").
 *
 * Private to this lib on purpose: `@parley/domain` is getting its own
 * `time.ts`; until that lands (and to keep the views free of its validation
 * choices) this small helper does the one thing the views need: a date string
 * as an instant. Date-only = 00:00 UTC that day; month-only = 00:00 UTC on the
 * 1st; a date-time must carry a zone (`Z` or `±hh:mm`).
 */
import type { Precision } from '@parley/domain';
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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two ASCII digits at `at` as a number, or -1. */
function digits2(value: string, at: number): number {
  const a = value.charCodeAt(at) - 48;
  const b = value.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common form every stored event carries — `YYYY-MM-DDTHH:MM:SS`, then
 * `.sss` or nothing, then `Z` or `±HH:MM`, year 1000 or later — read digit by
 * digit instead of through three regular expressions and `Date.parse` (the
 * projections parse every occurredAt they fold). Gives exactly what the
 * general path gives, or `undefined` to hand any other form to it.
 */
function commonDateTime(value: string): number | null | undefined {
  const length = value.length;
  if (length !== 20 && length !== 24 && length !== 25 && length !== 29) return undefined;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':')
    return undefined;
  const century = digits2(value, 0);
  const yy = digits2(value, 2);
  const month = digits2(value, 5);
  const day = digits2(value, 8);
  const hour = digits2(value, 11);
  const minute = digits2(value, 14);
  const second = digits2(value, 17);
  if (century < 10 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  let at = 19;
  let ms = 0;
  if (value[at] === '.') {
    const hundreds = value.charCodeAt(20) - 48;
    const rest = digits2(value, 21);
    if (hundreds < 0 || hundreds > 9 || rest < 0) return undefined;
    ms = hundreds * 100 + rest;
    at = 23;
  }
  let offsetMinutes = 0;
  const zone = value[at];
  if (zone === 'Z') {
    if (at + 1 !== length) return undefined;
  } else if (zone === '+' || zone === '-') {
    if (at + 6 !== length || value[at + 3] !== ':') return undefined;
    const zoneHour = digits2(value, at + 1);
    const zoneMinute = digits2(value, at + 4);
    if (zoneHour < 0 || zoneMinute < 0) return undefined;
    if (zoneHour > 23 || zoneMinute > 59) return null;
    offsetMinutes = (zone === '+' ? 1 : -1) * (zoneHour * 60 + zoneMinute);
  } else return undefined;
  const year = century * 100 + yy;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > monthDays || hour > 23 || minute > 59 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}

/** The instant (ms since epoch) of `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time with zone; `null` when it does not parse. */
export function parseInstant(value: string): number | null {
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
