/**
 * The OpenAPI description of `GET /health` (its 200 and its 503 carry the
 * same body): checked equal to `Health['body']` both ways (`Same`).
 */
import { ApiProperty } from '@nestjs/swagger';
import { Closed, type Same } from '../shared/same';
import { HEALTH_STATUSES, type Health, type StoreHealth, type ViewsHealth } from './health';

@Closed()
export class StoreHealthDto {
  @ApiProperty({ description: 'the store: sqlite or esdb', example: 'sqlite' })
  kind!: string;
  @ApiProperty()
  reachable!: boolean;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: "the log's last global position; null when unreachable",
  })
  headPosition!: number | null;
  @ApiProperty({
    required: false,
    description: 'present when the store does not answer (the cause is in the server log)',
  })
  error?: string;
}

@Closed()
export class ViewsHealthDto {
  @ApiProperty({ type: 'integer', description: 'the global position the views include' })
  position!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'how far the views are behind the log; null when the store does not answer',
  })
  lag!: number | null;
  @ApiProperty()
  rebuilding!: boolean;
  @ApiProperty({ example: 'v2' })
  modelVersion!: string;
  @ApiProperty({
    required: false,
    enum: [true],
    description: "present while the views' subscription is dead or stalled",
  })
  stalled?: true;
  @ApiProperty({ type: 'integer', required: false, description: 'how long they have been stalled' })
  stalledForMs?: number;
}

@Closed()
export class HealthDto {
  @ApiProperty({ enum: HEALTH_STATUSES, description: 'ok, or why the answer is a 503' })
  status!: Health['body']['status'];
  @ApiProperty({ type: StoreHealthDto })
  store!: StoreHealthDto;
  @ApiProperty({ type: ViewsHealthDto, nullable: true, description: 'null when this process keeps no views' })
  views!: ViewsHealthDto | null;
}

const _store: Same<StoreHealthDto, StoreHealth> = true;
const _views: Same<ViewsHealthDto, ViewsHealth> = true;
const _health: Same<HealthDto, Health['body']> = true;
export const HEALTH_DTO_CHECKS = [_store, _views, _health];
