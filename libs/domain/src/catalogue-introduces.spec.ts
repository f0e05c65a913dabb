/**
 * `introduces` on an id field tells the record form whether to offer a free
 * field (the development may name a new round, demand, …) or a pick of the
 * negotiation's known ones. It must say what `decide` says: an id nobody has
 * named yet is refused as unknown exactly where the catalogue does not mark
 * the field `introduces`.
 */
import { DEVELOPMENT_TYPES, type DevelopmentType, fieldsOf } from './catalogue';
import { DomainError } from './errors';
import { decide, foldEvents, type Development } from './negotiation';
import { context, developmentOf, history, NEGOTIATION_ID, samples } from './testing';

const state = foldEvents(history);

/** Every id field of a development type that names a round, demand, ultimatum, … of the negotiation. */
const idFields = DEVELOPMENT_TYPES.flatMap((type) =>
  fieldsOf(type)
    .filter(([, spec]) => spec.kind === 'id' && spec.of !== 'occurrence')
    .map(([field, spec]) => ({ type, field, introduces: spec.introduces === true })),
);

/** What `decide` answers to the type's sample (valid after `history`) with `field` set to an id nobody has named. */
function withFreshId(type: DevelopmentType, field: string): string {
  const sample = developmentOf(samples[type]);
  const development = { ...sample, data: { ...sample.data, [field]: 'never-named-before' } } as Development;
  try {
    decide({ type: 'RecordDevelopments', negotiationId: NEGOTIATION_ID, developments: [development] }, state, context);
    return 'accepted';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('introduces', () => {
  it('is read for every id field of the catalogue, and the samples it starts from are valid', () => {
    expect(idFields.length).toBeGreaterThan(10);
    expect(idFields.filter((f) => f.introduces).length).toBeGreaterThan(3);
    for (const { type } of idFields) {
      const development = developmentOf(samples[type]);
      expect(() =>
        decide(
          { type: 'RecordDevelopments', negotiationId: NEGOTIATION_ID, developments: [development] },
          state,
          context,
        ),
      ).not.toThrow();
    }
  });

  it.each(idFields)('$type, field $field: a new id is refused as unknown unless the field introduces one', (f) => {
    // Only the fresh id differs from a valid sample (a new round may still want its label: not an unknown id).
    const answer = withFreshId(f.type, f.field);
    if (f.introduces) expect(answer).not.toMatch(/^unknown-/);
    else expect(answer).toMatch(/^unknown-/);
  });
});
