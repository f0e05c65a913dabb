import fc from 'fast-check';
import { DomainError } from './errors';
import { thrownBy } from './testing';
import {
  allowedPrecisions,
  defaultPrecision,
  isValidDateTime,
  isValidTime,
  lastInstantOf,
  parseTime,
  QUERY_TIME_EDGES,
  queryInstant,
  toInstant,
} from './time';

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

describe('one meaning of a date in a query', () => {
  it('reads a date-only point in time as the end of that UTC day, and the start of a range as its start', () => {
    expect(queryInstant('2025-10-15', QUERY_TIME_EDGES.at)).toBe(utc('2025-10-15T23:59:59.999Z'));
    expect(queryInstant('2025-10-15', QUERY_TIME_EDGES.knownAt)).toBe(utc('2025-10-15T23:59:59.999Z'));
    expect(queryInstant('2025-10-15', QUERY_TIME_EDGES.until)).toBe(utc('2025-10-15T23:59:59.999Z'));
    expect(queryInstant('2025-10-15', QUERY_TIME_EDGES.to)).toBe(utc('2025-10-15T23:59:59.999Z'));
    expect(queryInstant('2025-10-15', QUERY_TIME_EDGES.since)).toBe(utc('2025-10-15T00:00:00Z'));
    expect(queryInstant('2025-10-15', QUERY_TIME_EDGES.from)).toBe(utc('2025-10-15T00:00:00Z'));
  });

  it('reads a month the same way: the whole month, to its last millisecond', () => {
    expect(queryInstant('2025-11', 'end')).toBe(utc('2025-11-30T23:59:59.999Z'));
    expect(queryInstant('2025-12', 'end')).toBe(utc('2025-12-31T23:59:59.999Z'));
    expect(queryInstant('2024-02', 'end')).toBe(utc('2024-02-29T23:59:59.999Z'));
    expect(queryInstant('2025-11', 'start')).toBe(utc('2025-11-01T00:00:00Z'));
  });

  it('takes a date-time as its own instant at either end', () => {
    for (const edge of ['start', 'end'] as const)
      expect(queryInstant('2025-10-15T18:00:00+05:00', edge)).toBe(utc('2025-10-15T13:00:00Z'));
  });

  it('reads nothing from what is not a date', () => {
    expect(queryInstant('2025-02-30', 'end')).toBeUndefined();
    expect(queryInstant('yesterday', 'start')).toBeUndefined();
    expect(queryInstant(undefined, 'end')).toBeUndefined();
  });

  it('makes a day the period [its start, its end]: every date-time of the day falls inside', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_399_999 }), fc.integer({ min: 0, max: 40_000 }), (ms, days) => {
        const day = new Date(Date.UTC(1990, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
        const instant = Date.UTC(1990, 0, 1) + days * 86_400_000 + ms;
        const parsed = parseTime(day)!;
        expect(parsed.instant <= instant && instant <= lastInstantOf(parsed)).toBe(true);
      }),
    );
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

describe('the digit-by-digit path for the common date-time form', () => {
  // The general path as it was before the common form got its own reader: regular expressions and a Date.
  const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
  function reference(value: string): { form: string; instant: number } | undefined {
    const dt = DATE_TIME.exec(value);
    if (!dt) return undefined;
    const [y, m, d, h, min] = [Number(dt[1]), Number(dt[2]), Number(dt[3]), Number(dt[4]), Number(dt[5])];
    const s = dt[6] === undefined ? 0 : Number(dt[6]);
    const ms = dt[7] === undefined ? 0 : Number(dt[7].padEnd(3, '0').slice(0, 3));
    const days = [
      31,
      (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
      31,
      30,
      31,
      30,
      31,
      31,
      30,
      31,
      30,
      31,
    ];
    if (m < 1 || m > 12 || d < 1 || d > (days[m - 1] as number) || h > 23 || min > 59 || s > 59) return undefined;
    const zone = dt[8] as string;
    const offset =
      zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) return undefined;
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    date.setUTCHours(h, min, s, ms);
    return { form: 'date-time', instant: date.getTime() - offset * 60_000 };
  }

  const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const year = fc.oneof(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    fc.constantFrom('2024', '2025', '1900', '2000', '2100'),
  );
  const fraction = fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{1,4}$/), fc.constant('.'));
  const zone = fc.oneof(
    fc.constantFrom('Z', 'z', '', '+00:00', '-00:00', '+05:30', '-12:00', '+24:00', '+05:60', '+0530'),
    fc.tuple(fc.constantFrom('+', '-'), two, two).map(([s, h, m]) => `${s}${h}:${m}`),
  );
  const dateTime = fc
    .tuple(
      year,
      two,
      two,
      fc.constantFrom('T', 't', ' '),
      two,
      two,
      fc.oneof(
        two.map((s) => `:${s}`),
        fc.constant(''),
      ),
      fraction,
      zone,
    )
    .map(([y, mo, d, t, h, mi, s, f, z]) => `${y}-${mo}-${d}${t}${h}:${mi}${s}${f}${z}`);

  it('answers exactly what the regular expressions answer, valid or not', () => {
    fc.assert(
      fc.property(dateTime, (value) => {
        expect(parseTime(value)).toEqual(reference(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses what the form almost is', () => {
    for (const value of [
      '2025-02-29T10:00:00Z',
      '2025-10-15T24:00:00Z',
      '2025-10-15T10:00:00+24:00',
      '2025-10-15T10:00:00.12Z',
      '２０２５-10-15T10:00:00Z',
      '2025-10-15T10:00:00Zx',
    ])
      expect(parseTime(value)).toEqual(reference(value));
    expect(parseTime('2024-02-29T23:59:59.999-00:30')?.instant).toBe(Date.parse('2024-03-01T00:29:59.999Z'));
  });
});

describe('the digit-by-digit path for dates and months', () => {
  // The general path for these forms: their regular expressions and a Date set year by year.
  function reference(value: string): { form: string; instant: number } | undefined {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!match) return undefined;
    const [y, m, d] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (m < 1 || m > 12 || d < 1 || d > (days[m - 1] as number)) return undefined;
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return { form: match[3] === undefined ? 'month' : 'day', instant: date.getTime() };
  }

  const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const year = fc.oneof(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    fc.constantFrom('0000', '0099', '0100', '1900', '2000', '2024', '2025', '2100'),
  );
  const dateOrMonth = fc.oneof(
    fc.tuple(year, two, two, fc.constantFrom('-', '/', '')).map(([y, m, d, s]) => `${y}-${m}${s}${d}`),
    fc.tuple(year, two, fc.constantFrom('-', '/')).map(([y, m, s]) => `${y}${s}${m}`),
  );

  it('answers exactly what the regular expressions answer, valid or not', () => {
    fc.assert(
      fc.property(dateOrMonth, (value) => {
        expect(parseTime(value)).toEqual(reference(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses what the forms almost are', () => {
    for (const value of [
      '2025-02-29',
      '2024-13',
      '2025-00',
      '2025-10-32',
      '２０２５-10-15',
      '2025-1x-15',
      '2025-10-1 ',
      '-025-10',
    ])
      expect(parseTime(value)).toEqual(reference(value));
    expect(parseTime('2024-02-29')).toEqual({ form: 'day', instant: Date.parse('2024-02-29T00:00:00Z') });
    expect(parseTime('0050-03')).toEqual(reference('0050-03'));
  });

  it('answers a date asked again, with others in between, as the first time; no caller can change the answer', () => {
    const day = { form: 'day', instant: Date.parse('2025-10-19T00:00:00Z') };
    const first = parseTime('2025-10-19') as { instant: number };
    expect(parseTime('2025-10-19')).toEqual(day);
    expect(parseTime('2025-11')).toEqual({ form: 'month', instant: Date.parse('2025-11-01T00:00:00Z') });
    expect(parseTime('2025-10-19')).toEqual(day);
    expect(() => {
      first.instant = 0;
    }).toThrow(TypeError);
    expect(parseTime('2025-10-19')).toEqual(day);
    expect(toInstant('2025-10-19')).toBe(day.instant);
    expect(() => (allowedPrecisions('2025-10-19') as string[]).push('exact')).toThrow(TypeError);
    expect(allowedPrecisions('2025-10-19')).toEqual(['day', 'approximate']);
  });
});
