import fc from 'fast-check';
import { parseInstant } from './time';

/** parseInstant as it was before its fast path for the common date-time form: the reference it must match. */
function reference(value: string): number | null {
  const MONTH = /^(\d{4})-(\d{2})$/;
  const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;
  const validDate = (year: number, month: number, day: number) => {
    if (month < 1 || month > 12 || day < 1) return false;
    const check = new Date(Date.UTC(year, month - 1, day));
    return check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  };
  let m = MONTH.exec(value);
  if (m) return validDate(Number(m[1]), Number(m[2]), 1) ? Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) : null;
  m = DAY.exec(value);
  if (m)
    return validDate(Number(m[1]), Number(m[2]), Number(m[3]))
      ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
      : null;
  m = DATE_TIME.exec(value);
  if (m) {
    const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(
      Number,
    ) as number[];
    const [zoneHour, zoneMinute] = [Number(m[7] ?? 0), Number(m[8] ?? 0)];
    if (
      !validDate(year!, month!, day!) ||
      hour! > 23 ||
      minute! > 59 ||
      second! > 59 ||
      zoneHour > 23 ||
      zoneMinute > 59
    )
      return null;
    const ms = Date.parse(value);
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));

describe('parseInstant', () => {
  it('gives what the general parser gives for date-times of the common form, valid or not', () => {
    const dateTime = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        two(13),
        two(32),
        two(25),
        two(61),
        two(61),
        fc.constantFrom('', '.000', '.5', '.123', '.999', '.1234', '.12x'),
        fc.constantFrom('Z', 'z', '+00:00', '-00:00', '+05:30', '-11:45', '+24:00', '+05:60', '+0530', 'X', ''),
        fc.constantFrom('T', 't', ' '),
      )
      .map(([y, mo, d, h, mi, s, frac, zone, t]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}${frac}${zone}`);
    fc.assert(
      fc.property(dateTime, (value) => {
        expect(parseInstant(value)).toBe(reference(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives what the general parser gives for the other forms and for noise', () => {
    const samples = [
      '2025-10',
      '2025-13',
      '2024-02-29',
      '2023-02-29',
      '2025-10-15T18:00Z',
      '2025-10-15T18:00+05:00',
      '2025-10-15T18:00:00.123456789Z',
      '0099-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2000-02-29T23:59:59.999+23:59',
      '',
      'not a date',
      '２０２５-10-15T18:00:00Z',
    ];
    for (const value of samples) expect(parseInstant(value)).toBe(reference(value));
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        expect(parseInstant(value)).toBe(reference(value));
      }),
    );
  });
});
