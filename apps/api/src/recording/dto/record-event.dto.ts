/**
 * Request bodies of the recording routes: one development, a batch of them,
 * and opening a negotiation, built from the catalogue's envelope and the
 * `NegotiationOpened` fields. The envelope is validated here; `data` is
 * validated per type by `validateRecordEvent` (see `validate.ts`), which is
 * why `data` is only `@IsObject()` on `RecordEventDto`.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsObject, ValidateBy, type ValidationArguments } from 'class-validator';
import { CATALOGUE, DEVELOPMENT_TYPES, ENVELOPE, LIMITS, isDevelopmentType, type FieldSpec } from '@parley/domain';
import { EVENT_DATA_DTOS, decorateFields } from './event-data.dto';

/** `type` names a development type; `NegotiationOpened` is told where it goes. */
export function typeMessage(type: unknown): string {
  return type === 'NegotiationOpened'
    ? 'type NegotiationOpened is not recorded here: open a negotiation with POST /negotiations'
    : `type must be one of the following values: ${DEVELOPMENT_TYPES.join(', ')}`;
}

function IsDevelopmentType(): PropertyDecorator {
  return ValidateBy({
    name: 'isDevelopmentType',
    validator: {
      validate: (value: unknown) => isDevelopmentType(value),
      defaultMessage: (args?: ValidationArguments) => typeMessage(args?.value),
    },
  });
}

const envelope = (occurredAt: string): [string, FieldSpec][] =>
  Object.entries({ ...ENVELOPE, occurredAt: { ...ENVELOPE.occurredAt, description: occurredAt } });

/** `POST /negotiations/:id/events`: one development: the event id, `type`, `data`, then the envelope. */
@ApiExtraModels(...EVENT_DATA_DTOS)
export class RecordEventDto {}
const [eventId, ...rest] = envelope(ENVELOPE.occurredAt.description);
decorateFields(RecordEventDto, [eventId!], true);
applyDecorators(
  IsDefined({ message: '$property is required' }),
  IsDevelopmentType(),
  ApiProperty({
    description: 'The development type (the catalogue; `NegotiationOpened` goes to POST /negotiations).',
    enum: [...DEVELOPMENT_TYPES],
    example: 'StatementMade',
  }),
)(RecordEventDto.prototype, 'type');
applyDecorators(
  IsDefined({ message: '$property is required' }),
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
