/**
 * Values a mutation spec puts in place of a field of a well-formed body
 * (`undefined`: the field removed): empty, blank, too long, not a slug, a
 * script URL, impossible and out-of-range dates, numbers of every kind, the
 * wrong types, empty, nested and repeated lists, empty and unknown objects.
 */
export const ODD_VALUES: readonly unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x'.repeat(5000),
  'Not A Slug',
  'javascript:alert(1)',
  '2025-13-45',
  '1850-01-01',
  '2999-01-01',
  0,
  -1,
  1.5,
  1e12,
  true,
  [],
  [[]],
  ['a', 'a'],
  [{}],
  {},
  { zzz: 1 },
];
