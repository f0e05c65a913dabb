/**
 * The OpenAPI description of a stored event as the API presents it
 * (`PresentedEvent`: a write's answer, a page of the log, `GET /events/{id}`,
 * the event stream's frames). Its envelope fields come from the catalogue's
 * `ENVELOPE`, its `data` from the catalogue's fields per type: in the
 * document it is a union discriminated by `type` (`discriminateByType`), one
 * schema per event type whose `data` is that type's schema, as the request
 * bodies are. Checked equal to the type both ways (`Same`).
 */
import { ApiExtraModels, ApiProperty, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  CATALOGUE,
  ENVELOPE,
  EVENT_TYPES,
  fieldsOf,
  type EventType,
  type NegotiationEvent,
  type Precision,
  type Source,
} from '@parley/domain';
import { DATA_DTO_BY_TYPE, EVENT_DATA_DTOS, decorateFields, type Ctor } from '../recording/dto/event-data.dto';
import type { PresentedEvent } from './present';
import { Closed, type Same } from './same';

/** The data of `NegotiationOpened` (the other types' data DTOs are the request bodies'). */
export class NegotiationOpenedDataDto {}
decorateFields(NegotiationOpenedDataDto, fieldsOf('NegotiationOpened'));
Closed()(NegotiationOpenedDataDto);

/** type → the schema of its `data`, for every event type. */
export const EVENT_DATA_DTO_BY_TYPE: Record<EventType, Ctor> = {
  NegotiationOpened: NegotiationOpenedDataDto,
  ...DATA_DTO_BY_TYPE,
};

/** `$ref` of the schema of `type`'s data. */
export const eventDataRef = (type: EventType): string => getSchemaPath(EVENT_DATA_DTO_BY_TYPE[type]);

const required = <K extends keyof typeof ENVELOPE>(field: K) =>
  [field, { ...ENVELOPE[field], optional: false }] as const;

@Closed()
@ApiExtraModels(NegotiationOpenedDataDto, ...EVENT_DATA_DTOS)
export class StoredEventDto {
  eventId!: string;
  @ApiProperty({ enum: EVENT_TYPES, description: 'the event type; `data` is as the catalogue says for it' })
  type!: EventType;
  @ApiProperty({ description: 'the negotiation (stream) it belongs to' })
  negotiationId!: string;
  occurredAt!: string;
  precision!: Precision;
  @ApiProperty({ format: 'date-time', description: 'when Parley stored it (kept by export and import)' })
  recordedAt!: string;
  @ApiProperty({ description: "the name of the API key that recorded it (or the import's)" })
  recordedBy!: string;
  sources!: readonly Source[];
  cameo?: string;
  note?: string;
  occurrence?: string;
  @ApiProperty({ type: Object, description: "the type's fields (the schema for `type`)" })
  data!: NegotiationEvent['data'];
  @ApiProperty({ description: 'the stream it is stored in' })
  stream!: string;
  @ApiProperty({ type: 'integer', description: 'its revision in that stream (0 for the opening)' })
  revision!: number;
  @ApiProperty({ type: 'integer', description: 'its global position in the log (an SSE message id)' })
  position!: number;
}
decorateFields(StoredEventDto, [required('eventId')]);
decorateFields(StoredEventDto, [required('occurredAt'), required('precision')]);
decorateFields(StoredEventDto, [
  ['sources', ENVELOPE.sources],
  ['cameo', ENVELOPE.cameo],
  ['note', ENVELOPE.note],
  ['occurrence', ENVELOPE.occurrence],
]);

/** A union's members read the same fields whatever the type: `PresentedEvent` with `type` and `data` as wide as they go. */
type Flat<U> = Pick<U, keyof U>;
const _stored: Same<StoredEventDto, Flat<PresentedEvent>> = true;
export const EVENT_DTO_CHECKS = [_stored];

/**
 * Replaces the schema `name` (a `type` of any event type and a `data` of any)
 * by the union of one schema per event type, discriminated by `type`: the
 * schema `variant(type)` with `type` fixed and `data` that type's schema, so a
 * generated client gets `type` → `data` typing. A nullable or list reference
 * to `name` stays a reference to the union.
 */
export function discriminateByType(
  document: OpenAPIObject,
  name: string,
  variant: (type: EventType) => string,
  description: string,
): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const base = schemas[name] as SchemaObject | undefined;
  if (!base) return document;
  const mapping: Record<string, string> = {};
  for (const type of EVENT_TYPES) {
    schemas[variant(type)] = {
      ...base,
      description: `${type}: ${CATALOGUE[type].summary}.`,
      properties: {
        ...base.properties,
        type: { type: 'string', enum: [type], example: type },
        data: { $ref: eventDataRef(type) },
      },
    };
    mapping[type] = `#/components/schemas/${variant(type)}`;
  }
  schemas[name] = {
    description: `${description}: the schema is chosen by \`type\`.`,
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'type', mapping },
  };
  return document;
}
