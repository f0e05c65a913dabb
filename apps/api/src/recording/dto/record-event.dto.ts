/**
 * Request bodies of the recording routes: one development, a batch of them,
 * and opening a negotiation, built from the catalogue's envelope and the
 * `NegotiationOpened` fields. The envelope is validated here; `data` is
 * validated per type by `validateRecordEvent` (see `validate.ts`), which is
 * why `data` is only `@IsObject()` on `RecordEventDto`.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, type OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IsObject } from 'class-validator';
import { IsDefinedDirect } from '../../http/class-validation';
import {
  CATALOGUE,
  DEVELOPMENT_TYPES,
  ENVELOPE,
  LIMITS,
  exampleDevelopment,
  DEVELOPMENT_TYPE_RULE,
  type FieldSpec,
} from '@parley/domain';
import { EVENT_DATA_DTOS, constraint, dataSchemaRef, decorateFields } from './event-data.dto';

const envelope = (occurredAt: string): [string, FieldSpec][] =>
  Object.entries({ ...ENVELOPE, occurredAt: { ...ENVELOPE.occurredAt, description: occurredAt } });

/** `POST /negotiations/:id/events`: one development: the event id, `type`, `data`, then the envelope. */
@ApiExtraModels(...EVENT_DATA_DTOS)
export class RecordEventDto {}
const [eventId, ...rest] = envelope(ENVELOPE.occurredAt.description);
decorateFields(RecordEventDto, [eventId!], true);
applyDecorators(
  IsDefinedDirect('$property is required'),
  constraint(DEVELOPMENT_TYPE_RULE),
  ApiProperty({
    description: 'The development type (the catalogue; `NegotiationOpened` goes to POST /negotiations).',
    enum: [...DEVELOPMENT_TYPES],
    example: 'StatementMade',
  }),
)(RecordEventDto.prototype, 'type');
applyDecorators(
  IsDefinedDirect('$property is required'),
  IsObject({ message: '$property must be an object holding the fields of the event type' }),
  ApiProperty({ description: "The type's fields, as the schema for `type` says.", type: Object }),
)(RecordEventDto.prototype, 'data');
decorateFields(RecordEventDto, rest);

/** `POST /negotiations/:id/events:batch`: several developments, appended all or nothing (each item validated as one). */
export class RecordBatchDto {
  @ApiProperty({
    type: () => RecordEventDto,
    isArray: true,
    minItems: 1,
    maxItems: LIMITS.batch,
    description: `The developments, in the order to append them (1–${LIMITS.batch}).`,
  })
  events!: RecordEventDto[];
}

/** `POST /negotiations`: open a negotiation (its id is derived from the title when absent). */
export class OpenNegotiationDto {}
decorateFields(
  OpenNegotiationDto,
  [
    ['id', { ...CATALOGUE.NegotiationOpened.fields.negotiationId, optional: true }],
    ...Object.entries(CATALOGUE.NegotiationOpened.fields).filter(([field]) => field !== 'negotiationId'),
    ...envelope('When the negotiation began.'),
  ],
  true,
);

// ---------------------------------------------------------------------------
// The OpenAPI side: a development is a discriminated union on `type`, one
// schema per type (`RecordStatementMadeDto`: the envelope, `type` fixed, `data`
// that type's schema), so a generated client gets `type` → `data` typing and an
// example is checked against its own type.
// ---------------------------------------------------------------------------

const ref = (name: string) => `#/components/schemas/${name}`;

/** Replaces `RecordEventDto` (envelope + any `data`) by the union of one schema per development type. */
export function describeDevelopments(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  const envelope = schemas.RecordEventDto as SchemaObject | undefined;
  if (!envelope) return document;
  const mapping: Record<string, string> = {};
  for (const type of DEVELOPMENT_TYPES) {
    const name = `Record${type}Dto`;
    const data = schemas[`${type}DataDto`] as SchemaObject;
    data.description = `The data of ${type}: ${CATALOGUE[type].summary}.`;
    schemas[name] = {
      ...envelope,
      description: `${type}: ${CATALOGUE[type].summary}.`,
      properties: {
        ...envelope.properties,
        type: { type: 'string', enum: [type], example: type },
        data: { $ref: dataSchemaRef(type) },
      },
    };
    mapping[type] = ref(name);
  }
  schemas.RecordEventDto = {
    description: 'One development: the schema is chosen by `type`.',
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'type', mapping },
  };
  return document;
}

/** One example body per development type, the catalogue's (`@ApiBody({ examples })`). */
export function developmentExamples(): Record<string, { summary: string; value: unknown }> {
  return Object.fromEntries(
    DEVELOPMENT_TYPES.map((type) => [type, { summary: CATALOGUE[type].summary, value: exampleDevelopment(type) }]),
  );
}
