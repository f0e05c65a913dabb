/**
 * The request DTOs of every development type's `data` and of the shapes they
 * nest (a source, an actor, a person, a delegation, a range, a period, a
 * correction's changes), built from the catalogue (`libs/domain/src/catalogue.ts`):
 * one class per shape, one class-validator + OpenAPI decorator set per field,
 * chosen by the field's kind. Nothing here lists a field.
 *
 * What the edge checks is shape; whether ids exist in the negotiation, a round
 * concludes once and the like are the domain's rules (422), not these.
 */
import { ApiExtraModels, getSchemaPath } from '@nestjs/swagger';
import {
  CATALOGUE,
  DEVELOPMENT_TYPES,
  RECORDS,
  assertNever,
  recordFields,
  type DevelopmentType,
  type FieldSpec,
  type RecordName,
} from '@parley/domain';
import {
  ActorIdField,
  ActorIdsField,
  BooleanField,
  CameoField,
  CountField,
  DateField,
  DayOrInstantField,
  EntityIdField,
  EntityIdsField,
  EnumField,
  EventRefField,
  FitsDateForm,
  FreeObjectField,
  IsNotBefore,
  IsNotLessThan,
  NamesSomeField,
  NegotiationIdField,
  NestedField,
  NestedListField,
  NewEventIdField,
  TextField,
  TextListField,
  UrlField,
} from './validators';

export type Ctor = new () => object;

/** The decorators of one catalogue field. `newEvent`: an `event` field that names the event being written (lowercase UUID). */
export function fieldDecorators(spec: FieldSpec, newEvent = false): PropertyDecorator[] {
  const doc = { description: spec.description, example: spec.example, optional: spec.optional };
  const rules: PropertyDecorator[] = [];
  if (spec.notBefore) rules.push(IsNotBefore(spec.notBefore));
  if (spec.notLessThan) rules.push(IsNotLessThan(spec.notLessThan));
  if (spec.fitsDateOf) rules.push(FitsDateForm(spec.fitsDateOf));
  const own = ((): PropertyDecorator => {
    switch (spec.kind) {
      case 'text':
        return TextField({ ...doc, max: spec.max });
      case 'texts':
        return TextListField({ ...doc, min: spec.min, max: spec.max });
      case 'id':
        return EntityIdField(spec.of, doc);
      case 'ids':
        return EntityIdsField(spec.of, { ...doc, min: spec.min });
      case 'actor':
        return ActorIdField(doc);
      case 'actors':
        return ActorIdsField({ ...doc, min: spec.min });
      case 'negotiation':
        return NegotiationIdField(doc);
      case 'event':
        return newEvent ? NewEventIdField(doc) : EventRefField(doc);
      case 'enum':
        return EnumField(spec.values, { ...doc, labels: spec.labels });
      case 'date':
        return spec.newForms ? DayOrInstantField(doc) : DateField(doc);
      case 'day':
        return DayOrInstantField(doc);
      case 'bool':
        return BooleanField(doc);
      case 'count':
        return CountField(doc);
      case 'url':
        return UrlField(doc);
      case 'cameo':
        return CameoField(doc);
      case 'record': {
        const of = spec.of;
        const someField = recordFields(of).every(([, s]) => s.optional)
          ? [NamesSomeField(Object.keys(RECORDS[of]))]
          : [];
        return combine(
          NestedField(() => RECORD_DTOS[of], doc),
          ...someField,
        );
      }
      case 'records':
        return NestedListField(() => RECORD_DTOS[spec.of], {
          ...doc,
          min: spec.min,
          max: spec.max,
          uniqueKey: spec.uniqueBy,
          uniqueWhat: spec.of === 'Actor' ? 'the actor' : `a ${spec.of.toLowerCase()} of actor`,
        });
      case 'changes':
        return FreeObjectField(doc);
      default:
        return assertNever(spec, 'field kind');
    }
  })();
  // Sibling rules run after the field's own checks, as stacked decorators would.
  return [own, ...rules];
}

function combine(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

/** A named class whose properties carry the decorators of `fields`. */
export function dtoClass(name: string, fields: readonly (readonly [string, FieldSpec])[]): Ctor {
  const cls = { [name]: class {} }[name]!;
  decorateFields(cls, fields);
  return cls;
}

export function decorateFields(cls: Ctor, fields: readonly (readonly [string, FieldSpec])[], newEventId = false): void {
  for (const [field, spec] of fields) for (const d of fieldDecorators(spec, newEventId)) d(cls.prototype, field);
}

/** `SourceDto`, `ActorDto`, `PersonDto`, `DelegationDto`, `RangeDto`, `PeriodDto`, `CorrectionChangesDto`. */
export const RECORD_DTOS = Object.fromEntries(
  (Object.keys(RECORDS) as RecordName[]).map((name) => [name, dtoClass(`${name}Dto`, recordFields(name))]),
) as Record<RecordName, Ctor>;

/** type → the DTO its `data` is validated against (`ActorRegisteredDataDto`, …). */
export const DATA_DTO_BY_TYPE = Object.fromEntries(
  DEVELOPMENT_TYPES.map((type) => [type, dtoClass(`${type}DataDto`, Object.entries(CATALOGUE[type].fields))]),
) as Record<DevelopmentType, Ctor>;

export const EVENT_DATA_DTOS = DEVELOPMENT_TYPES.map((t) => DATA_DTO_BY_TYPE[t]);

/** Carries the per-type `data` schemas into the OpenAPI document. */
@ApiExtraModels(...EVENT_DATA_DTOS)
export class EventDataSchemas {}

/** `$ref` of the schema of `type`'s data. */
export function dataSchemaRef(type: DevelopmentType): string {
  return getSchemaPath(DATA_DTO_BY_TYPE[type]);
}
