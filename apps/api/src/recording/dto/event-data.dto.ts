/**
 * The request DTOs, built from the catalogue: one class per shape (a type's
 * `data`, a source, an actor, a person, …), and per field one class-validator
 * constraint per check of the domain's `edgeField` (its test and message) and
 * one OpenAPI property from its schema. Nothing here lists a field or knows a kind.
 *
 * What the edge checks is shape; whether ids exist in the negotiation, a round
 * concludes once and the like are the domain's rules (422), not these.
 */
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ValidateBy, ValidateIf, ValidateNested, type ValidationArguments } from 'class-validator';
import {
  CATALOGUE,
  DEVELOPMENT_TYPES,
  RECORDS,
  edgeField,
  recordFields,
  type DevelopmentType,
  type FieldRule,
  type FieldSpec,
  type RecordName,
} from '@parley/domain';
import { IsDefinedDirect, NestedType, directConstraint } from '../../http/class-validation';

export type Ctor = new () => object;

/** One check as a class-validator constraint: the domain's test and message. */
export function constraint(check: FieldRule): PropertyDecorator {
  return ValidateBy(
    {
      name: check.name,
      // The compiled verdict calls `check.test` itself (`directConstraint`).
      validator: directConstraint(check.name, check.test, (args?: ValidationArguments) =>
        check.message({ property: args?.property ?? 'value', value: args?.value, object: objectOf(args) }),
      ),
    },
    // `each` is the domain's own (its test walks the list), so one message per field, not one per item.
  );
}

const objectOf = (args?: ValidationArguments) => (args?.object ?? {}) as Record<string, unknown>;

/**
 * The decorators of one catalogue field: presence (an optional field may be
 * absent, never `null`: the catalogue has no nullable fields), its checks in
 * order, nested validation for a nested shape, and its OpenAPI property.
 * `newEvent`: an `event` field that names the event being written.
 */
export function fieldDecorators(spec: FieldSpec, newEvent = false): PropertyDecorator[] {
  const { rules, schema, nested } = edgeField(spec, newEvent);
  const presence = spec.optional
    ? [
        ValidateIf((_object: unknown, value: unknown) => value !== undefined),
        IsDefinedDirect('$property must not be null: leave the field out instead'),
      ]
    : [IsDefinedDirect('$property is required')];
  const type = nested && lazy(() => RECORD_DTOS[nested.of]);
  const api = { ...schema, ...(type ? { type } : {}) };
  return [
    ...presence,
    ...rules.map(constraint),
    ...(type ? [ValidateNested({ each: nested.list }), NestedType(type)] : []),
    spec.optional ? ApiPropertyOptional(api) : ApiProperty(api),
  ];
}

/** @nestjs/swagger recognises a lazy type only by the function's name being `type`. */
function lazy(resolve: () => Ctor): () => Ctor {
  return { type: () => resolve() }.type;
}

export function decorateFields(cls: Ctor, fields: readonly (readonly [string, FieldSpec])[], newEventId = false): void {
  for (const [field, spec] of fields) for (const d of fieldDecorators(spec, newEventId)) d(cls.prototype, field);
}

/** A named class whose properties carry the decorators of `fields`. */
function dtoClass(name: string, fields: readonly (readonly [string, FieldSpec])[]): Ctor {
  const cls = { [name]: class {} }[name]!;
  decorateFields(cls, fields);
  return cls;
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
