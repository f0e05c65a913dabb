import { DomainError } from './errors';
import { thrownBy } from './testing';
import { allowedPrecisions, defaultPrecision, isValidDateTime, isValidTime, parseTime, toInstant } from './time';

const utc = (iso: string) => Date.parse(iso);

describe('occurredAt forms', () => {
  it('reads a month as 00:00 UTC on the 1st ("the final message", November 2025)', () => {
    expect(parseTime('2025-11')).toEqual({ form: 'month', instant: utc('2025-11-01T00:00:00Z') });
  });

  it('reads a date as 00:00 UTC that day', () => {
    expect(parseTime('2025-10-19')).toEqual({ form: 'day', instant: utc('2025-10-19T00:00:00Z') });
  });

  it('reads a date-time in its own zone: 18:00 in Pakistan is 13:00 UTC', () => {
    expect(parseTime('2025-10-15T18:00:00+05:00')).toEqual({ form: 'date-time', instant: utc('2025-10-15T13:00:00Z') });
    expect(parseTime('2025-10-15T17:30+04:30')?.instant).toBe(utc('2025-10-15T13:00:00Z'));
    expect(parseTime('2025-10-15T13:00:00.250Z')?.instant).toBe(utc('2025-10-15T13:00:00.250Z'));
    expect(parseTime('2025-10-15T13:00:00.123456789Z')?.instant).toBe(utc('2025-10-15T13:00:00.123Z'));
    expect(parseTime('2025-10-14T21:00:00-04:00')?.instant).toBe(utc('2025-10-15T01:00:00Z'));
  });

  it('accepts a real 29 February and refuses one in a common year', () => {
    expect(parseTime('2024-02-29')?.form).toBe('day');
    expect(parseTime('2000-02-29')?.form).toBe('day');
    expect(parseTime('2025-02-29')).toBeUndefined();
    expect(parseTime('1900-02-29')).toBeUndefined();
  });

  it.each([
    ['2025-02-30', 'no 30 February'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13', 'month 13'],
    ['2025-00', 'month 0'],
    ['2025-10-00', 'day 0'],
    ['2025-10-15T24:00Z', 'hour 24'],
    ['2025-10-15T12:60Z', 'minute 60'],
    ['2025-10-15T12:00:60Z', 'second 60'],
    ['2025-10-15T18:00:00', 'no zone: 18:00 where?'],
    ['2025-10-15 18:00:00Z', 'space instead of T'],
    ['2025-10-15T18:00+24:00', 'offset of 24 hours'],
    ['2025-10-15T18:00+0500', 'offset without colon'],
    ['15/10/2025', 'not ISO'],
    ['2025', 'year only'],
    ['', 'empty'],
  ])('refuses %s (%s)', (value) => {
    expect(parseTime(value)).toBeUndefined();
    expect(isValidTime(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(parseTime(20251015)).toBeUndefined();
    expect(parseTime(undefined)).toBeUndefined();
  });

  it('tells date-times (what recordedAt must be) from dates', () => {
    expect(isValidDateTime('2025-11-20T12:00:00Z')).toBe(true);
    expect(isValidDateTime('2025-11-20')).toBe(false);
  });
});

describe('toInstant', () => {
  it('gives milliseconds since the epoch for every form', () => {
    expect(toInstant('2025-11')).toBe(utc('2025-11-01T00:00:00Z'));
    expect(toInstant('2025-11-07')).toBe(utc('2025-11-07T00:00:00Z'));
    expect(toInstant('2025-11-11T12:39:00+05:00')).toBe(utc('2025-11-11T07:39:00Z'));
  });

  it('refuses a non-date with the rule invalid-time, naming the value', () => {
    const error = thrownBy(() => toInstant('2025-02-30'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid-time', kind: 'rule', details: { value: '2025-02-30' } });
    expect(error.message).toContain('2025-02-30');
  });
});

describe('precision', () => {
  it('defaults from the form: date-time exact, date day, month month', () => {
    expect(defaultPrecision('2025-10-15T18:00:00+05:00')).toBe('exact');
    expect(defaultPrecision('2025-10-19')).toBe('day');
    expect(defaultPrecision('2025-11')).toBe('month');
  });

  it('refuses to default a precision for an impossible date', () => {
    expect(() => defaultPrecision('2025-13')).toThrow(expect.objectContaining({ code: 'invalid-occurred-at' }));
  });

  it('allows the default of the form or approximate, nothing finer than what the form says', () => {
    expect(allowedPrecisions('2025-11')).toEqual(['month', 'approximate']);
    expect(allowedPrecisions('2025-10-21')).toEqual(['day', 'approximate']);
    expect(allowedPrecisions('2025-10-21T10:00Z')).toEqual(['exact', 'approximate']);
    expect(allowedPrecisions('October')).toEqual([]);
  });
});
