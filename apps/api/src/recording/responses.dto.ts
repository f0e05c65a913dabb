/**
 * The OpenAPI description of what the writes answer (`WriteResult`) and of a
 * page of the raw log (`EventsPage`): checked equal to those types both ways
 * (`Same`). An event is one of the catalogue's types (its `data` as the
 * request bodies describe it) with its place in the log.
 */
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { StoredEventDto } from '../shared/event.dto';
import type { PresentedEvent, WriteResult } from '../shared/present';
import { Closed, type Same } from '../shared/same';
import type { EventsPage } from './queries';

const EVENTS: ApiPropertyOptions = {
  type: () => StoredEventDto,
  isArray: true,
  description: 'each stored event, in log order, with its place in the log',
};

@Closed()
export class WriteResultDto {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty({ description: "the stream's revision after the write (also in the ETag)" })
  revision!: number;
  @ApiProperty({
    description: 'global position of the last stored event: pass it as `minPosition` to read your own write',
  })
  position!: number;
  @ApiProperty({
    description: 'true when this was a retry: nothing new was stored and the original events are returned',
  })
  duplicate!: boolean;
  @ApiProperty(EVENTS)
  events!: readonly PresentedEvent[];
}

@Closed()
export class EventsPageDto {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty({ description: "the stream's revision when the page was read (the answer's ETag)" })
  revision!: number;
  @ApiProperty(EVENTS)
  events!: PresentedEvent[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'where the next page starts (fromRevision); null after the last',
  })
  nextFromRevision!: number | null;
}

const _writeResult: Same<WriteResultDto, WriteResult> = true;
const _eventsPage: Same<EventsPageDto, EventsPage> = true;
export const RESPONSE_DTO_CHECKS = [_writeResult, _eventsPage];
