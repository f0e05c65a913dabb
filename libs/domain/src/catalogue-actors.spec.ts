/**
 * Every field the catalogue types as an actor (`actor`, `actors`, at any depth
 * of its nested shapes) must name an actor the negotiation holds, and `decide`
 * says which field did not: a field added to the catalogue is checked without
 * another list to keep. An actor's own `id` (`introduces`) names a new one.
 */
import {
  DEVELOPMENT_TYPES,
  type DevelopmentType,
  type FieldSpec,
  fieldsOf,
  recordExample,
  recordFields,
} from './catalogue';
import { DomainError } from './errors';
import { decide, foldEvents, type Development } from './negotiation';
import { context, developmentOf, history, NEGOTIATION_ID, samples } from './testing';

const state = foldEvents(history);
const NOBODY = 'never-registered';

/** A step from an object to one of its fields; `spec` is the field's, `list` when the field holds a list. */
interface Step {
  readonly field: string;
  readonly spec: FieldSpec;
}

interface ActorField {
  readonly type: DevelopmentType;
  /** The fields from `data` to the actor field, through nested shapes. */
  readonly steps: readonly Step[];
  readonly introduces: boolean;
}

/** The actor fields below `fields`, read from the catalogue as a form or the API reference would read it. */
function actorFields(fields: readonly (readonly [string, FieldSpec])[], above: readonly Step[]): Step[][] {
  return fields.flatMap(([field, spec]): Step[][] => {
    const steps = [...above, { field, spec }];
    if (spec.kind === 'actor' || spec.kind === 'actors') return [steps];
    if (spec.kind === 'record' || spec.kind === 'records') return actorFields(recordFields(spec.of), steps);
    return [];
  });
}

const fields: ActorField[] = DEVELOPMENT_TYPES.flatMap((type) =>
  actorFields(fieldsOf(type), []).map((steps) => ({
    type,
    steps,
    introduces: steps[steps.length - 1]?.spec.introduces === true,
  })),
);

const pathOf = (f: ActorField) =>
  f.steps.map((s) => (s.spec.kind === 'records' || s.spec.kind === 'actors' ? `${s.field}[]` : s.field)).join('.');

/**
 * The type's sample (valid after `history`) naming `NOBODY` in the field, and the place a refusal must name: the
 * field's first item of a nested list (made from the catalogue's example where the sample has none), or an item
 * added after a list's own.
 */
function namingNobody(f: ActorField): { development: Development; place: string } {
  const development = structuredClone(developmentOf(samples[f.type])) as Development;
  let at = development.data as Record<string, unknown>;
  const place = ['data'];
  f.steps.forEach(({ field, spec }, i) => {
    const last = i === f.steps.length - 1;
    if (spec.kind === 'actor') {
      at[field] = NOBODY;
      place.push(field);
    } else if (spec.kind === 'actors') {
      const ids = [...((at[field] as string[] | undefined) ?? []), NOBODY];
      at[field] = ids;
      place.push(`${field}[${ids.length - 1}]`);
    } else if (spec.kind === 'record') {
      at = (at[field] ??= recordExample(spec.of)) as Record<string, unknown>;
      place.push(field);
    } else if (spec.kind === 'records') {
      const items = (at[field] ??= [recordExample(spec.of)]) as Record<string, unknown>[];
      at = items[0] as Record<string, unknown>;
      place.push(`${field}[0]`);
    }
    if (last && spec.kind !== 'actor' && spec.kind !== 'actors') throw new Error(`${pathOf(f)} is not an actor field`);
  });
  return { development, place: place.join('.').replace(/\.\[/g, '[') };
}

function answer(development: Development): DomainError | 'accepted' {
  try {
    decide({ type: 'RecordDevelopments', negotiationId: NEGOTIATION_ID, developments: [development] }, state, context);
    return 'accepted';
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('actor fields of the catalogue', () => {
  it('are found at every depth, and the samples they start from are valid', () => {
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.map(pathOf)).toEqual(
      expect.arrayContaining(['delegations[].members[].actorId', 'speaker.actorId', 'counterparts[]', 'actor.id']),
    );
    for (const type of new Set(fields.map((f) => f.type))) expect(answer(developmentOf(samples[type]))).toBe('accepted');
  });

  it.each(fields.map((f) => ({ ...f, path: pathOf(f) })))(
    '$type, field $path: an actor the negotiation does not hold is refused, naming the field, unless it introduces one',
    (f) => {
      const { development, place } = namingNobody(f);
      const result = answer(development);
      if (f.introduces) {
        expect(result).toBe('accepted');
      } else {
        expect(result).toBeInstanceOf(DomainError);
        expect(result).toMatchObject({ code: 'unknown-actor', details: { actorId: NOBODY, field: place } });
      }
    },
  );
});
