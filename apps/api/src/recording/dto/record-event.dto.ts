/**
 * Request bodies of the recording routes: one development, a batch of them,
 * and opening a negotiation. The envelope is validated here; `data` is
 * validated per type by `validateRecordEvent` (see `validate.ts`), which is
 * why `data` is only `@IsObject()` on `RecordEventDto`.
 */
import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsObject, IsString, ValidateBy, type ValidationArguments } from 'class-validator';
import { PRECISIONS, type Actor, type EventDataByType, type Precision, type Source } from '@parley/domain';
import { ActorDto, SourceDto } from './common.dto';
import {
  EVENT_DATA_DTOS,
  RECORDABLE_EVENT_TYPES,
  dataSchemaRefs,
  isRecordableEventType,
  type RecordableEventType,
} from './event-data.dto';
import {
  CameoField,
  DateField,
  EntityIdField,
  FitsDateForm,
  EnumField,
  NewEventIdField,
  IsNegotiationId,
  LIMITS,
  NameField,
  NestedListField,
  OptionalField,
  SLUG,
  TextField,
} from './validators';

function IsRecordableType(): PropertyDecorator {
  return ValidateBy({
    name: 'isRecordableType',
    validator: {
      validate: (value: unknown) => isRecordableEventType(value),
      defaultMessage: (args?: ValidationArguments) =>
        args?.value === 'NegotiationOpened'
          ? 'type NegotiationOpened is not recorded here: open a negotiation with POST /negotiations'
          : `type must be one of the following values: ${RECORDABLE_EVENT_TYPES.join(', ')}`,
    },
  });
}

/** `POST /negotiations/:id/events`: one development. */
@ApiExtraModels(...EVENT_DATA_DTOS)
/**
 * The envelope fields every development carries besides its date (DOMAIN.md §2),
 * declared once for both bodies that record events.
 */
export abstract class EnvelopeFieldsDto {
  /** Declared by each subclass, with its own description; `@FitsDateForm` reads it. */
  abstract occurredAt: string;

  @FitsDateForm('occurredAt')
  @EnumField(PRECISIONS, {
    optional: true,
    description:
      'How precisely `occurredAt` is known; defaults from its form (date-time → exact, date → day, month → month).',
    example: 'day',
  })
  precision?: Precision;

  @NestedListField(() => SourceDto, {
    min: 1,
    max: LIMITS.sources,
    description: 'Where it was reported: at least one, at most 20.',
  })
  sources!: SourceDto[];

  @CameoField({
    optional: true,
    description: "Analyst-set CAMEO event code; replaces the type's default for the escalation model.",
    example: '138',
  })
  cameo?: string;

  @TextField({
    optional: true,
    description: 'Free text for other analysts.',
    example: 'Exact date of the interview uncertain.',
  })
  note?: string;

  @EntityIdField('occurrence', {
    optional: true,
    description:
      'Key of the one occurrence several developments report (the Doha agreement recorded as a concluded round, an agreement and a ceasefire): they share it, and the escalation model counts them once. When absent, developments naming the same round on the same UTC day count as one.',
    example: 'doha-agreement-2025-10-19',
  })
  occurrence?: string;
}

export class RecordEventDto extends EnvelopeFieldsDto {
  @NewEventIdField({
    optional: true,
    description: 'UUID of the event; a retry with the same id stores nothing new. Generated when absent.',
    example: '3b241101-e2bb-4255-8caf-4136c566a962',
  })
  eventId?: string;

  @IsDefined({ message: '$property is required' })
  @IsRecordableType()
  @ApiProperty({
    description: 'The event type (the catalogue; `NegotiationOpened` goes to POST /negotiations).',
    enum: [...RECORDABLE_EVENT_TYPES],
    example: 'StatementMade',
  })
  type!: RecordableEventType;

  @IsDefined({ message: '$property is required' })
  @IsObject({ message: '$property must be an object holding the fields of the event type' })
  @ApiProperty({
    description: "The type's fields; validated against the schema for `type` (one of these).",
    oneOf: dataSchemaRefs(),
  })
  data!: Record<string, unknown>;

  @DateField({
    description:
      'When it happened in the world: YYYY-MM, YYYY-MM-DD or an ISO date-time with a zone. Not in the future.',
    example: '2025-10-29',
  })
  occurredAt!: string;
}

/** `POST /negotiations/:id/events:batch`: several developments, appended all or nothing. */
export class RecordBatchDto {
  @NestedListField(() => RecordEventDto, {
    min: 1,
    max: LIMITS.batch,
    description: 'The developments, in the order to append them (1–500).',
  })
  events!: RecordEventDto[];
}

/** `POST /negotiations`: open a negotiation. */
export class OpenNegotiationDto extends EnvelopeFieldsDto {
  @OptionalField()
  @IsString()
  @IsNegotiationId()
  @ApiPropertyOptional({
    description: 'Slug id of the negotiation; derived from the title when absent.',
    pattern: SLUG.source,
    example: 'pak-afghan-talks-2025',
  })
  id?: string;

  @NewEventIdField({
    optional: true,
    description: 'UUID of the NegotiationOpened event; a retry with the same id stores nothing new.',
    example: '0b9d7c1e-4a7f-4c2e-9b1a-2f6d3e5a7c10',
  })
  eventId?: string;

  @NameField({ description: 'Title of the negotiation.', example: 'Pakistan – Afghan Taliban talks, 2025' })
  title!: string;

  @TextField({
    description: 'What it is about.',
    example: 'Cross-border militancy (TTP), border security and the ceasefire after the October 2025 clashes.',
  })
  subject!: string;

  @NestedListField(() => ActorDto, {
    min: 1,
    uniqueKey: 'id',
    uniqueWhat: 'the actor',
    description: 'The parties (registered with role `party`).',
  })
  parties!: ActorDto[];

  @NestedListField(() => ActorDto, {
    uniqueKey: 'id',
    uniqueWhat: 'the actor',
    description: 'The mediators (registered with role `mediator`); may be empty.',
  })
  mediators!: ActorDto[];

  @DateField({ description: 'When the negotiation began.', example: '2025-10-18' })
  occurredAt!: string;
}

// ---------------------------------------------------------------------------
// What a valid body is, as plain data (what the parse functions return)
// ---------------------------------------------------------------------------

interface EnvelopeInput {
  readonly eventId?: string;
  readonly occurredAt: string;
  readonly precision?: Precision;
  readonly sources: readonly Source[];
  readonly cameo?: string;
  readonly note?: string;
  readonly occurrence?: string;
}

/** A validated `POST /negotiations/:id/events` body: `data` typed by `type`. */
export type RecordEventInput = {
  [T in RecordableEventType]: EnvelopeInput & { readonly type: T; readonly data: EventDataByType[T] };
}[RecordableEventType];

export type RecordEventInputOf<T extends RecordableEventType> = Extract<RecordEventInput, { type: T }>;

export interface RecordBatchInput {
  readonly events: readonly RecordEventInput[];
}

export interface OpenNegotiationInput extends EnvelopeInput {
  readonly id?: string;
  readonly title: string;
  readonly subject: string;
  readonly parties: readonly Actor[];
  readonly mediators: readonly Actor[];
}
