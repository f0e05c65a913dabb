/**
 * The compiled verdict the recording routes and the import ask first must give
 * class-validator's answer (`validate.ts`, which words the refusals): here on
 * the catalogue's example of every type and the opening, and on thousands of
 * their mutations — each field removed or set to an odd value, an unknown or
 * a "__proto__" key added at every level. Both ways: it never accepts what
 * class-validator refuses, and it does not send a good body the slow way.
 */
import { DEVELOPMENT_TYPES, LIMITS, exampleDevelopment, exampleOpening } from '@parley/domain';
import { validateOpenNegotiation, validateRecordEvent } from '../recording/dto/validate';
import { acceptsBatch, acceptsDevelopment, acceptsOpening } from './edge-verdict';
import { ODD_VALUES } from './testing/odd-values';

type Node = Record<string, unknown> | unknown[];
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every variant of `body` with one change at one place (a fresh copy each), depth first. */
function* variants(body: unknown): Generator<unknown> {
  function* at(node: Node, edit: (root: unknown) => Node): Generator<unknown> {
    const change = (apply: (target: Node) => void) => {
      const root = copy(body);
      apply(edit(root));
      return root;
    };
    for (const key of Object.keys(node)) {
      for (const odd of ODD_VALUES)
        yield change((t) => {
          if (odd === undefined && !Array.isArray(t)) delete t[key];
          else (t as Record<string, unknown>)[key] = copy(odd ?? null);
        });
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object')
        yield* at(child as Node, (root) => (edit(root) as Record<string, unknown>)[key] as Node);
    }
    yield change((t) => (Array.isArray(t) ? t.push('extra') : (t.unknownField = 'x')));
    if (!Array.isArray(node))
      yield change((t) => Object.defineProperty(t, '__proto__', { value: {}, enumerable: true }));
  }
  yield* at(body as Node, (root) => root as Node);
}

/** Runs `verdict` and class-validator's `problems` on every variant of `body`; returns how many each way. */
function agreeOn(body: unknown, verdict: (b: unknown) => boolean, problems: (b: unknown) => unknown[]) {
  const counts = { accepted: 0, refused: 0 };
  for (const variant of variants(body)) {
    const accepted = verdict(variant);
    expect({ variant, accepted }).toEqual({ variant, accepted: problems(variant).length === 0 });
    counts[accepted ? 'accepted' : 'refused']++;
  }
  return counts;
}

describe('the edge verdict against class-validator', () => {
  it('given the example of every development type and the opening, then both accept each', () => {
    for (const type of DEVELOPMENT_TYPES) {
      const body = exampleDevelopment(type);
      expect({ type, accepted: acceptsDevelopment(body), problems: validateRecordEvent(body) }).toEqual({
        type,
        accepted: true,
        problems: [],
      });
    }
    expect({ accepted: acceptsOpening(exampleOpening()), problems: validateOpenNegotiation(exampleOpening()) }).toEqual(
      { accepted: true, problems: [] },
    );
  });

  it("given thousands of mutations of every type's example, then the verdict is class-validator's on each", () => {
    let accepted = 0;
    let refused = 0;
    for (const type of DEVELOPMENT_TYPES) {
      const counts = agreeOn(exampleDevelopment(type), acceptsDevelopment, (b) => validateRecordEvent(b));
      accepted += counts.accepted;
      refused += counts.refused;
    }
    const opening = agreeOn(exampleOpening(), acceptsOpening, validateOpenNegotiation);
    // The mutations reach both verdicts: odd values that are still well formed, and ones that are not.
    expect(accepted + opening.accepted).toBeGreaterThan(100);
    expect(refused + opening.refused).toBeGreaterThan(1000);
  });

  it('given a "__proto__" key at the top, in data or in a source (as JSON.parse leaves it), then neither accepts', () => {
    const text = JSON.stringify(exampleDevelopment('StatementMade'));
    for (const where of ['{', '"data":{', '"sources":[{']) {
      const body = JSON.parse(text.replace(where, `${where}"__proto__":{"isAdmin":true},`)) as unknown;
      expect({ where, accepted: acceptsDevelopment(body) }).toEqual({ where, accepted: false });
      expect(validateRecordEvent(body)).toContainEqual(
        expect.objectContaining({ problems: ['"__proto__" is not allowed as a field name'] }),
      );
    }
  });

  it('given batches, then it accepts one of 1 to the limit of good developments and nothing else', () => {
    const good = exampleDevelopment('StatementMade');
    const bad = { ...good, data: { ...good.data, summary: '' } };
    expect(validateRecordEvent(bad)).not.toEqual([]);
    expect(acceptsBatch({ events: [good, exampleDevelopment(DEVELOPMENT_TYPES[1]!)] })).toBe(true);
    expect(acceptsBatch({ events: Array.from({ length: LIMITS.batch }, () => good) })).toBe(true);
    for (const batch of [
      {},
      { events: [] },
      { events: Array.from({ length: LIMITS.batch + 1 }, () => good) },
      { events: [good, bad] },
      { events: [good], extra: 1 },
      { events: good },
      [good],
    ])
      expect({ batch, accepted: acceptsBatch(batch) }).toEqual({ batch, accepted: false });
  });
});
