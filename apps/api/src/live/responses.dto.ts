/**
 * The OpenAPI description of the live routes' answers: the stream token, and
 * what each Server-Sent Events message's `data` holds (its JSON, by the
 * message's `event` name), checked equal to the types the hubs send (`Same`).
 *
 * OpenAPI 3.0 has no schema for the messages of a `text/event-stream`: the
 * body is a string, and `x-sse-data` maps each message type to the schema of
 * its `data` (the shape OpenAPI 3.2's `itemSchema` gives SSE, by name).
 */
import { ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { StoredEventDto } from '../shared/event.dto';
import { Closed, type Same } from '../shared/same';
import { StatusViewDto } from '../views/dto/status.dto';
import { EscalationViewDto, MatrixViewDto } from '../views/dto/views.dto';
import type { StreamToken } from '../auth/stream-tokens';
import type { ReadyNotice } from './event-hub';
import type { OverflowNotice } from './sse';
import type { ViewKind } from './view-keys';

@Closed()
export class StreamTokenDto {
  @ApiProperty({ description: 'send it as `?stream_token=` to open a stream' })
  token!: string;
  @ApiProperty({ format: 'date-time', description: 'a stream must be opened with it before then' })
  expiresAt!: string;
}

@Closed()
export class ReadyNoticeDto {
  @ApiProperty({ type: 'integer', description: 'the global position the stream starts after (also the id)' })
  position!: number;
  @ApiProperty({ description: 'true when the client asked to resume (Last-Event-ID or from)' })
  resumed!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'the negotiation it follows; null for every one' })
  negotiation!: string | null;
}

@Closed()
export class OverflowNoticeDto {
  @ApiProperty({
    type: 'integer',
    description: 'everything up to this position was sent: reconnect with Last-Event-ID: <resumeFrom>',
  })
  resumeFrom!: number;
  @ApiProperty()
  message!: string;
}

type Model = new (...args: never[]) => object;

/** `GET /stream/events`: the message types and the DTO of each one's data. */
export const EVENT_STREAM_DATA = {
  ready: ReadyNoticeDto,
  event: StoredEventDto,
  deleted: ErrorBodyDto,
  overflow: OverflowNoticeDto,
};

/** `GET /negotiations/{id}/stream`: one message type per live view (`VIEW_KINDS`), `deleted` and `overflow`. */
export const VIEW_STREAM_DATA: Record<ViewKind | 'deleted' | 'overflow', Model> = {
  status: StatusViewDto,
  matrix: MatrixViewDto,
  escalation: EscalationViewDto,
  deleted: ErrorBodyDto,
  overflow: OverflowNoticeDto,
};

/** A 200 answered as Server-Sent Events whose messages carry `data` as `frames` say. */
export function ApiEventStream(
  description: string,
  example: string,
  frames: Readonly<Record<string, Model>>,
): MethodDecorator {
  const dataSchemas = Object.fromEntries(
    Object.entries(frames).map(([event, dto]) => [event, { $ref: getSchemaPath(dto) }]),
  );
  return applyDecorators(
    ApiExtraModels(...Object.values(frames)),
    ApiResponse({
      status: 200,
      description: `${description} Each message's \`data\` is JSON: by its \`event\` name, the schema \`x-sse-data\` names.`,
      content: {
        'text/event-stream': { schema: { type: 'string' }, example, 'x-sse-data': dataSchemas } as never,
      },
    }),
  );
}

const _token: Same<StreamTokenDto, StreamToken> = true;
const _ready: Same<ReadyNoticeDto, ReadyNotice> = true;
const _overflow: Same<OverflowNoticeDto, OverflowNotice> = true;
export const LIVE_DTO_CHECKS = [_token, _ready, _overflow];
