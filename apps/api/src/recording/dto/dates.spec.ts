import { isValidTime } from '@parley/domain';
import { OCCURRED_AT_FORMS, PUBLISHED_AT_FORMS, timeProblem as dateProblem } from '@parley/domain';

describe('IsOccurredAt: the date forms', () => {
  it.each([
    '2025-11',
    '2025-10-29',
    '2024-02-29',
    '2000-02-29',
    '2025-10-15T18:00:00+05:00',
    '2025-10-17T20:30:00+04:30',
    '2025-10-19T02:00:00Z',
    '2025-10-19T02:00Z',
    '2025-10-19T02:00:00.123Z',
    '2025-10-15T13:00:00-03:00',
  ])('accepts %s', (value) => {
    expect(dateProblem(value, OCCURRED_AT_FORMS)).toBeUndefined();
  });

  it.each([
    ['2025-02-30', '2025-02-30 is not a calendar date: February 2025 has 28 days'],
    ['2025-02-29', '2025-02-29 is not a calendar date: February 2025 has 28 days'],
    ['1900-02-29', '1900-02-29 is not a calendar date: February 1900 has 28 days'],
    ['2025-04-31', '2025-04-31 is not a calendar date: April 2025 has 30 days'],
    ['2025-13', '2025-13 is not a calendar date: there is no month 13'],
    ['2025-00-10', '2025-00-10 is not a calendar date: there is no month 00'],
    ['2025-10-00', '2025-10-00 is not a calendar date: October 2025 has 31 days'],
    ['2025-10-31T24:00:00Z', '2025-10-31T24:00:00Z is not a valid time of day'],
    ['2025-10-31T23:60Z', '2025-10-31T23:60Z is not a valid time of day'],
    ['2025-02-30T10:00:00Z', '2025-02-30T10:00:00Z is not a calendar date: February 2025 has 28 days'],
    ['2025-10-15T18:00:00+24:00', '2025-10-15T18:00:00+24:00 has an impossible zone offset +24:00'],
    ['2025-10-15T18:00:00', '2025-10-15T18:00:00 has no time zone: add Z or an offset such as +05:00'],
  ])('refuses %s, saying why', (value, why) => {
    expect(dateProblem(value, OCCURRED_AT_FORMS)).toBe(why);
  });

  it.each([
    '',
    'yesterday',
    '15 October 2025',
    '2025/10/15',
    '25-10-15',
    '2025-10-15 18:00:00Z',
    '20251015',
    '2025-1-5',
    `2025-10-15T18:00:00.${'1'.repeat(60)}Z`,
  ])('refuses %p with the forms it takes', (value) => {
    expect(dateProblem(value, OCCURRED_AT_FORMS)).toBe(
      'must be a date: YYYY-MM, YYYY-MM-DD or an ISO date-time with a zone (2025-10-15T18:00:00+05:00 or …Z)',
    );
  });

  it('refuses non-strings', () => {
    for (const value of [null, undefined, 20251015, {}, [], true])
      expect(dateProblem(value, OCCURRED_AT_FORMS)).toMatch(/^must be a date/);
  });

  it('accepts exactly what the domain accepts', () => {
    const samples = [
      '2025-11',
      '2025-02-29',
      '2024-02-29',
      '2025-10-15T18:00+05:00',
      '2025-10-15T18:00:00+23:59',
      '0001-01-01',
      '2025-10-15T18:00:00.1234567891Z',
      '2025-10-15t18:00Z',
    ];
    for (const value of samples) expect(dateProblem(value, OCCURRED_AT_FORMS) === undefined).toBe(isValidTime(value));
  });

  it('takes no month-only date where a day is needed (publishedAt)', () => {
    expect(dateProblem('2025-10-19', PUBLISHED_AT_FORMS)).toBeUndefined();
    expect(dateProblem('2025-11', PUBLISHED_AT_FORMS)).toBe(
      'must be a date: YYYY-MM-DD or an ISO date-time with a zone (2025-10-15T18:00:00+05:00 or …Z); 2025-11 names only a month',
    );
  });
});
