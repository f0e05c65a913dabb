/**
 * Which fields of a development name an actor, read from the catalogue: every
 * field of kind `actor` or `actors`, at any depth of its nested shapes (a
 * delegation's head, a speaker), except an actor's own `id`, which the
 * catalogue marks `introduces` (the opening's parties, `ActorRegistered`).
 * `decide` refuses a development naming an actor the negotiation does not
 * hold; a field added to the catalogue is checked with no other change.
 */
import { type FieldSpec, fieldsOf, recordFields } from './catalogue';
import { assertNever, EVENT_TYPES, type EventType } from './events';

/** One step of the walk from a development's `data` to the fields that name actors. */
type Step =
  | { readonly field: string; readonly kind: 'actor' | 'actors' }
  | { readonly field: string; readonly kind: 'record' | 'records'; readonly steps: readonly Step[] };

function stepsOf(fields: readonly (readonly [string, FieldSpec])[]): Step[] {
  const steps: Step[] = [];
  for (const [field, spec] of fields) {
    if (spec.introduces === true) continue;
    if (spec.kind === 'actor' || spec.kind === 'actors') steps.push({ field, kind: spec.kind });
    else if (spec.kind === 'record' || spec.kind === 'records') {
      const inner = stepsOf(recordFields(spec.of));
      if (inner.length > 0) steps.push({ field, kind: spec.kind, steps: inner });
    }
  }
  return steps;
}

/** The walk of each type, in catalogue order (the order a refusal names the first unknown actor in). */
const STEPS = new Map<EventType, readonly Step[]>(EVENT_TYPES.map((type) => [type, stepsOf(fieldsOf(type))]));

/** The actors a negotiation holds (its state's map of them). */
export interface ActorSet {
  has(actorId: string): boolean;
}

/** An actor a development names, and where (`data.`-relative: `speaker.actorId`, `counterparts[1]`). */
export interface ActorReference {
  readonly field: string;
  readonly actorId: string;
}

/**
 * The first field of `data` (a well-formed development of `type`) that names an actor `actors` does not hold, or
 * `undefined`. Nothing is allocated unless one is found.
 */
export function unknownActorIn(type: EventType, data: object, actors: ActorSet): ActorReference | undefined {
  const steps = STEPS.get(type);
  return steps === undefined || steps.length === 0 ? undefined : walk(data as Record<string, unknown>, steps, actors);
}

function walk(data: Record<string, unknown>, steps: readonly Step[], actors: ActorSet): ActorReference | undefined {
  for (const step of steps) {
    const value = data[step.field];
    if (value === undefined) continue;
    switch (step.kind) {
      case 'actor':
        if (!actors.has(value as string)) return { field: step.field, actorId: value as string };
        break;
      case 'actors': {
        const ids = value as readonly string[];
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] as string;
          if (!actors.has(id)) return { field: `${step.field}[${i}]`, actorId: id };
        }
        break;
      }
      case 'record': {
        const found = walk(value as Record<string, unknown>, step.steps, actors);
        if (found !== undefined) return { field: `${step.field}.${found.field}`, actorId: found.actorId };
        break;
      }
      case 'records': {
        const items = value as readonly Record<string, unknown>[];
        for (let i = 0; i < items.length; i++) {
          const found = walk(items[i] as Record<string, unknown>, step.steps, actors);
          if (found !== undefined) return { field: `${step.field}[${i}].${found.field}`, actorId: found.actorId };
        }
        break;
      }
      default:
        assertNever(step, 'step of the actor walk');
    }
  }
  return undefined;
}
