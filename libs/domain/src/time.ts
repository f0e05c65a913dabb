/**
 * The one date-time reader of Parley: the domain, the projections, the API,
 * the CLI and the dashboard (which loads this very module, compiled, from
 * `/assets/domain/time.js`) all read dates here. The three forms a date takes
 * (DESIGN.md "Time"):
 *
 * - `YYYY-MM`     month only ("the final message, November 2025") → 00:00 UTC on the 1st;
 * - `YYYY-MM-DD`  a day → 00:00 UTC that day;
 * - ISO date-time with `Z` or an offset (`2025-10-15T18:00+05:00`) → that instant.
 *
 * A date-time without a zone is refused: "18:00" in Doha and in Kabul are
 * different instants. Impossible calendar dates (2025-02-30, month 13, hour 24)
 * are refused rather than rolled over, as `Date` would do.
 *
 * A date a reader asks a view for (`at`, `since`, …) names a period, not an
 * instant: which end of it counts is `QUERY_TIME_EDGES` (`queryInstant`).
 *
 * Pure functions; the clock is never read here (time is an input). No import
 * but the domain's errors, so the browser can load it as it is.
 */
import { DomainErrors } from './errors';
import { type Precision } from './events';

export type TimeForm = 'month' | 'day' | 'date-time';

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

export interface ParsedTime {
  readonly form: TimeForm;
  /** Milliseconds since the epoch (UTC). */
  readonly instant: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The earliest `occurredAt` Parley records: the 20th century on. Earlier dates
 * are typing slips (`0025-10-15`), and a negotiation spanning centuries would
 * make its default daily escalation series longer than any view answers.
 */
export const EARLIEST_OCCURRED_AT = '1900-01-01';
const EARLIEST_INSTANT = Date.UTC(1900, 0, 1);

/** True when `value` is a date before `EARLIEST_OCCURRED_AT` (as an instant; a date-time counts in its zone). */
export function isBeforeEarliest(value: unknown): boolean {
  const parsed = parseTime(value);
  return parsed !== undefined && isInstantBeforeEarliest(parsed.instant);
}

/** `isBeforeEarliest` of a time already read (its instant): a caller that has parsed it does not parse it again. */
export function isInstantBeforeEarliest(instant: number): boolean {
  return instant < EARLIEST_INSTANT;
}

/** Parses any of the three forms; `undefined` when the value is not one of them or names an impossible date. */
export function parseTime(value: unknown): ParsedTime | undefined {
  if (typeof value !== 'string') return undefined;
  const common = commonDateTime(value);
  if (common !== undefined) return common === null ? undefined : { form: 'date-time', instant: common };
  return dayOrMonth(value) ?? parseAnyForm(value);
}

/**
 * `YYYY-MM-DD` and `YYYY-MM` read digit by digit, as `commonDateTime` reads
 * date-times (most `occurredAt` are dates, and a write reads its own several
 * times: checked, defaulted, decided, projected): the answer when `value` is
 * one of them, `undefined` for any other string, which the regular
 * expressions then read.
 */
function dayOrMonth(value: string): ParsedTime | undefined {
  // A write reads its own `occurredAt` a dozen times (edge, decide, views): the last answer is kept, not made again.
  if (value === lastDayOrMonth.value) return lastDayOrMonth.parsed;
  const length = value.length;
  if ((length !== 10 && length !== 7) || value[4] !== '-') return undefined;
  const century = digits2(value, 0);
  const yy = digits2(value, 2);
  const month = digits2(value, 5);
  if (century < 0 || yy < 0 || month < 0) return undefined;
  const year = century * 100 + yy;
  let parsed: ParsedTime | undefined;
  if (length === 7) parsed = validDate(year, month, 1) ? { form: 'month', instant: utc(year, month, 1) } : undefined;
  else {
    const day = value[7] === '-' ? digits2(value, 8) : -1;
    if (day < 0) return undefined;
    parsed = validDate(year, month, day) ? { form: 'day', instant: utc(year, month, day) } : undefined;
  }
  // Frozen: every caller that asks for the same string gets this one object.
  if (parsed !== undefined) lastDayOrMonth = { value, parsed: Object.freeze(parsed) };
  return parsed;
}

/** `dayOrMonth`'s last valid answer. */
let lastDayOrMonth: { readonly value: string | undefined; readonly parsed: ParsedTime | undefined } = {
  value: undefined,
  parsed: undefined,
};

/** Two ASCII digits at `at` as a number, or -1. */
function digits2(value: string, at: number): number {
  const a = value.charCodeAt(at) - 48;
  const b = value.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The form nearly every stored time has — `YYYY-MM-DDTHH:MM:SS`, then `.sss`
 * or nothing, then `Z` or `±HH:MM`, year 1000 or later — read digit by digit
 * instead of through regular expressions and a `Date` (every event read back
 * has two such times checked). The instant when valid, `null` when it names an
 * impossible time, `undefined` for any other form: exactly what the general
 * path (`parseAnyForm`) answers for the same string.
 */
export function commonDateTime(value: string): number | null | undefined {
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
  if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  // Years from 1000: Date.UTC reads them as given (its 0–99 → 1900s mapping cannot apply).
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}

/** The general path: the three forms through their regular expressions. */
function parseAnyForm(value: string): ParsedTime | undefined {
  const month = MONTH.exec(value);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return validDate(y, m, 1) ? { form: 'month', instant: utc(y, m, 1) } : undefined;
  }

  const day = DAY.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    return validDate(y, m, d) ? { form: 'day', instant: utc(y, m, d) } : undefined;
  }

  const dt = DATE_TIME.exec(value);
  if (dt) {
    const [y, m, d, h, min] = [Number(dt[1]), Number(dt[2]), Number(dt[3]), Number(dt[4]), Number(dt[5])];
    const s = dt[6] === undefined ? 0 : Number(dt[6]);
    const ms = dt[7] === undefined ? 0 : Number(dt[7].padEnd(3, '0').slice(0, 3));
    const zone = dt[8] ?? 'Z';
    if (!validDate(y, m, d) || h > 23 || min > 59 || s > 59) return undefined;
    const offsetMinutes = parseOffset(zone);
    if (offsetMinutes === undefined) return undefined;
    return { form: 'date-time', instant: utc(y, m, d, h, min, s, ms) - offsetMinutes * 60_000 };
  }

  return undefined;
}

/**
 * `commonDateTime`'s answer for a string, `undefined` for anything else: the
 * three readers below answer the common form from it without a `ParsedTime`
 * (every event read back has two times checked and one turned into an instant).
 */
function common(value: unknown): number | null | undefined {
  return typeof value === 'string' ? commonDateTime(value) : undefined;
}

/** True for `YYYY-MM`, `YYYY-MM-DD` or a zoned ISO date-time naming a real date. */
export function isValidTime(value: unknown): boolean {
  const instant = common(value);
  return instant !== undefined ? instant !== null : parseTime(value) !== undefined;
}

/** True only for the zoned ISO date-time form (what `recordedAt` and a command's `now` must be). */
export function isValidDateTime(value: unknown): boolean {
  const instant = common(value);
  return instant !== undefined ? instant !== null : parseTime(value)?.form === 'date-time';
}

/**
 * The instant of any of the three forms, in ms. Throws `invalid-time` (a rule
 * error, so an API can answer 422 for a bad `at=` parameter) otherwise.
 */
export function toInstant(value: string): number {
  const instant = common(value);
  if (typeof instant === 'number') return instant;
  const parsed = instant === null ? undefined : parseTime(value);
  if (!parsed) throw DomainErrors.invalidTime(value);
  return parsed.instant;
}

/** date-time → `exact`, date → `day`, month → `month`. Throws `invalid-occurred-at` for anything else. */
export function defaultPrecision(occurredAt: string): Precision {
  const parsed = parseTime(occurredAt);
  if (!parsed) throw DomainErrors.invalidOccurredAt(occurredAt);
  return defaultPrecisionOf(parsed);
}

/** `defaultPrecision` of a time already read. */
export function defaultPrecisionOf(parsed: ParsedTime): Precision {
  return DEFAULT_PRECISION[parsed.form];
}

/**
 * The precisions an analyst may give for a form: its default, or
 * `approximate`. (A month-only date cannot be `exact`; a date-time is not
 * "known to the day".)
 */
export function allowedPrecisions(occurredAt: string): readonly Precision[] {
  const parsed = parseTime(occurredAt);
  return parsed ? allowedPrecisionsOf(parsed) : NO_PRECISION;
}

/** `allowedPrecisions` of a time already read (the same frozen list). */
export function allowedPrecisionsOf(parsed: ParsedTime): readonly Precision[] {
  return ALLOWED_PRECISIONS[parsed.form];
}

const DEFAULT_PRECISION: Record<TimeForm, Precision> = { 'date-time': 'exact', day: 'day', month: 'month' };
/** `allowedPrecisions`' answers, made once (frozen: every caller gets the same list). */
const ALLOWED_PRECISIONS: Record<TimeForm, readonly Precision[]> = {
  'date-time': Object.freeze([DEFAULT_PRECISION['date-time'], 'approximate']),
  day: Object.freeze([DEFAULT_PRECISION.day, 'approximate']),
  month: Object.freeze([DEFAULT_PRECISION.month, 'approximate']),
};
const NO_PRECISION: readonly Precision[] = Object.freeze([]);

// ---------------------------------------------------------------------------
// One meaning of a date in a query (README "Dates in queries")
// ---------------------------------------------------------------------------

/** Which end of the period a date or month names a query reads. */
export type TimeEdge = 'start' | 'end';

/**
 * Every time a reader gives a view, and the end of its period it means. A
 * point in time (`at`, `knownAt`, the end of a range `until`/`to`) given as a
 * date is the END of that UTC day (as a month, of that month): "as of 15 Oct"
 * includes everything that happened on 15 Oct. The start of a range
 * (`since`, `from`) is the START of that UTC day, so `since=2025-10-15&until=2025-10-15`
 * is what happened on 15 Oct. A date-time is its own instant either way.
 * The API's parameters, the CLI's flags and the dashboard read this table.
 */
export const QUERY_TIME_EDGES = {
  at: 'end',
  knownAt: 'end',
  until: 'end',
  to: 'end',
  since: 'start',
  from: 'start',
} as const satisfies Record<string, TimeEdge>;

export type QueryTimeName = keyof typeof QUERY_TIME_EDGES;

/** The last millisecond of the period `parsed` names: its day, its month; a date-time is its own instant. */
export function lastInstantOf(parsed: ParsedTime): number {
  if (parsed.form === 'day') return parsed.instant + DAY_MS - 1;
  if (parsed.form === 'month') {
    const start = new Date(parsed.instant);
    return utc(start.getUTCFullYear(), start.getUTCMonth() + 2, 1) - 1;
  }
  return parsed.instant;
}

/**
 * The instant a query means by `value` at `edge` of its period (see
 * `QUERY_TIME_EDGES`); `undefined` when `value` is not a time (`timeProblem`
 * says why).
 */
export function queryInstant(value: unknown, edge: TimeEdge): number | undefined {
  const parsed = parseTime(value);
  if (parsed === undefined) return undefined;
  return edge === 'start' ? parsed.instant : lastInstantOf(parsed);
}

/**
 * The instant a stated end means — an ultimatum's `deadline`, a ceasefire's `until`: a date runs to the end of its
 * day, a month to the end of its month (as a query's `until` does); a date-time is its own instant.
 */
export function endInstant(value: unknown): number | undefined {
  return queryInstant(value, 'end');
}

/** An instant as the ISO date-time every view answers with (`2025-10-15T23:59:59.999Z`). */
export function isoOf(instant: number): string {
  return new Date(instant).toISOString();
}

// ---------------------------------------------------------------------------
// Why a time does not read: the words the edge answers with
// ---------------------------------------------------------------------------

/** Every form `occurredAt` (and planned dates, deadlines) may take. */
export const OCCURRED_AT_FORMS: readonly TimeForm[] = ['month', 'day', 'date-time'];
/** A source's publication date, and the ends of a period a count covers: a day or an instant. */
export const PUBLISHED_AT_FORMS: readonly TimeForm[] = ['day', 'date-time'];

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FORM_NAMES: Record<TimeForm, string> = {
  month: 'YYYY-MM',
  day: 'YYYY-MM-DD',
  'date-time': 'an ISO date-time with a zone (2025-10-15T18:00:00+05:00 or …Z)',
};

function describeForms(forms: readonly TimeForm[]): string {
  const names = forms.map((f) => FORM_NAMES[f]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}

function calendarProblem(text: string, y: string, m: string, d?: string): string | undefined {
  const year = Number(y);
  const month = Number(m);
  if (month < 1 || month > 12) return `${text} is not a calendar date: there is no month ${m}`;
  if (d === undefined) return undefined;
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${text} is not a calendar date: ${MONTH_NAMES[month - 1]} ${y} has ${last} days`;
  return undefined;
}

/**
 * Why `value` is not a time of one of `forms`, or `undefined` when it is.
 * What is accepted is exactly what `parseTime` accepts; this only adds the
 * reason. The text follows the field name:
 * `occurredAt 2025-02-30 is not a calendar date: February 2025 has 28 days`.
 */
export function timeProblem(value: unknown, forms: readonly TimeForm[]): string | undefined {
  const parsed = parseTime(value);
  if (parsed && forms.includes(parsed.form)) return undefined;
  const expected = `must be a date: ${describeForms(forms)}`;
  if (typeof value !== 'string' || value.length > 40) return expected;
  if (parsed) return `${expected}; ${value} names only ${parsed.form === 'month' ? 'a month' : 'a day'}`;
  const ymd = MONTH.exec(value) ?? DAY.exec(value);
  if (ymd) return calendarProblem(value, ymd[1]!, ymd[2]!, ymd[3]) ?? expected;
  const dt = DATE_TIME.exec(value);
  if (!dt) {
    // A date-time without a zone is the commonest slip: say so.
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value))
      return `${value} has no time zone: add Z or an offset such as +05:00`;
    return expected;
  }
  const calendar = calendarProblem(value, dt[1]!, dt[2]!, dt[3]!);
  if (calendar) return calendar;
  if (Number(dt[4]) > 23 || Number(dt[5]) > 59 || Number(dt[6] ?? 0) > 59) return `${value} is not a valid time of day`;
  if (parseOffset(dt[8]!) === undefined) return `${value} has an impossible zone offset ${dt[8]}`;
  return expected;
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Offset east of UTC in minutes; `undefined` for an impossible one (+24:00, +05:60). */
function parseOffset(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** `Date.UTC` maps years 0–99 to 1900–1999; setUTCFullYear does not, so those years go through a Date. */
function utc(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}
