/**
 * The shape checks are answered by compiled code (`compiledOk` in shape.ts,
 * what `isEventDataWellFormed`, `areSourcesWellFormed` and the fast paths of
 * `eventDataProblems` and `sourceProblems` use) built from the interpreted
 * checks: both must give the same verdict on every value, well formed or not.
 * Held here over every example event of every type and thousands of
 * variants of each — a field dropped, replaced by values of every kind
 * (other fields' values among them), an unknown field added — in both the
 * strict and the tolerant mode.
 */
import { EVENT_TYPES, type EventType } from './events';
import { SHAPE_VERDICTS_FOR_SPEC, eventDataProblems } from './shape';
import { history, samples } from './testing';
import { EXAMPLE_EVENTS, EXAMPLE_SOURCES } from './testing/examples';

type Json = unknown;

/** Every string, number and shape found in the examples: realistic values to put where they do not belong. */
function valuesIn(value: Json, into: Set<Json>): Set<Json> {
  if (value !== null && typeof value === 'object') {
    into.add(Array.isArray(value) ? value.slice(0, 1) : value);
    for (const item of Object.values(value as object)) valuesIn(item, into);
  } else into.add(value);
  return into;
}

const PROBES: readonly Json[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  'has space',
  'UPPER-case',
  0,
  -1,
  1.5,
  3,
  1e9,
  Number.NaN,
  true,
  false,
  [],
  {},
  [''],
  ['x', 7],
  { min: 2, max: 1 },
  { min: 1, max: 2 },
  { from: '2025-10-09', to: '2025-10-01' },
  { from: '2025-10', to: '2025-11' },
  '2025-10-01',
  '2025-02-30',
  '2025-10',
  '2025-10-01T10:00:00Z',
  '2025-10-01T10:00:00',
  'https://example.org/a',
  'javascript:alert(1)',
  '6f1c2b9e-8d3a-4f5e-9b7c-1a2d3e4f5a6b',
  '0871',
  '1',
];

/** `data` with the value at `path` replaced by `value` (undefined: the field removed). */
function replaced(data: Json, path: readonly (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, Json>;
  const next = replaced(copy[head], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** Every path to a value inside `data` (fields, list items, nested fields). */
function pathsOf(data: Json, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (data === null || typeof data !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((data as Record<string | number, Json>)[key], path)];
  });
}

/** Variants of `data`: each value replaced by each probe, an unknown field added to each object. */
function variants(data: Json, probes: readonly Json[]): Json[] {
  const out: Json[] = [data];
  for (const path of pathsOf(data)) for (const probe of probes) out.push(replaced(data, path, probe));
  for (const path of [[], ...pathsOf(data)]) {
    const at = path.reduce<Json>((v, key) => (v as Record<string | number, Json>)[key], data);
    if (at !== null && typeof at === 'object' && !Array.isArray(at))
      out.push(replaced(data, path, { ...(at as object), unknownField: 'x' }));
  }
  return out;
}

const examplesByType = new Map<EventType, Json[]>(EVENT_TYPES.map((type) => [type, []]));
for (const event of [...Object.values(samples), ...history, ...Object.values(EXAMPLE_EVENTS)])
  examplesByType.get(event.type as EventType)?.push(event.data);
const realistic = [...valuesIn([samples, EXAMPLE_EVENTS, EXAMPLE_SOURCES], new Set())];
const probes = [...PROBES, ...realistic.filter((v) => typeof v !== 'object' || v === null).slice(0, 120)];
const shapes = realistic.filter((v) => v !== null && typeof v === 'object').slice(0, 60);

describe('the compiled shape checks', () => {
  it.each(EVENT_TYPES.map((type) => [type]))('give the interpreted verdict on every variant of a %s', (type) => {
    const { interpreted, compiled } = SHAPE_VERDICTS_FOR_SPEC.data(type);
    const examples = examplesByType.get(type) ?? [];
    expect(examples.length).toBeGreaterThan(0);
    let accepted = 0;
    let refused = 0;
    const disagreements: { strict: boolean; variant: Json }[] = [];
    for (const data of examples) {
      for (const variant of [...variants(data, probes), ...shapes, ...PROBES]) {
        for (const strict of [true, false]) {
          const verdict = interpreted(variant, strict);
          if (compiled(variant, strict) !== verdict) disagreements.push({ strict, variant });
          if (verdict) accepted++;
          else refused++;
        }
      }
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    // Both answers were met often: the comparison is not of one constant verdict.
    expect(accepted).toBeGreaterThan(examples.length);
    expect(refused).toBeGreaterThan(examples.length * 10);
  });

  it('give the interpreted verdict on sources and lists of sources', () => {
    const { source, sources } = SHAPE_VERDICTS_FOR_SPEC;
    const verdicts = new Set<boolean>();
    const disagreements: { strict: boolean; value: Json }[] = [];
    for (const one of Object.values(EXAMPLE_SOURCES)) {
      for (const variant of variants(one, probes)) {
        for (const strict of [true, false]) {
          verdicts.add(source.interpreted(variant, strict));
          if (source.compiled(variant, strict) !== source.interpreted(variant, strict))
            disagreements.push({ strict, value: variant });
          for (const list of [[variant], [one, variant], variant])
            if (sources.compiled(list, strict) !== sources.interpreted(list, strict))
              disagreements.push({ strict, value: list });
        }
      }
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    expect([...verdicts].sort()).toEqual([false, true]);
  });

  it('still words every problem of data it refuses, and none of data it accepts', () => {
    const data = { ...EXAMPLE_EVENTS.StatementMade.data, tone: 'furious', summary: '' };
    const problems = eventDataProblems('StatementMade', data);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^data\.tone must be one of /);
    expect(problems[1]).toBe('data.summary must be a non-empty string');
    expect(eventDataProblems('StatementMade', EXAMPLE_EVENTS.StatementMade.data)).toEqual([]);
  });
});
