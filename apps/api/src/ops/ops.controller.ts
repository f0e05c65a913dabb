import { Controller, Get, Header, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiTextResponse } from '../http/api-text';
import { HealthDto } from './responses.dto';
import type { FastifyReply } from 'fastify';
import { Public, RequireRole } from '../auth/auth.guard';
import { GetHealthQuery, type Health } from './health';
import { MetricsService } from './metrics.service';

@ApiTags('operations')
@Controller()
export class OpsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly metrics: MetricsService,
  ) {}

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Store reachable, subscription position, views lag' })
  @ApiOkResponse({ type: HealthDto, description: 'healthy' })
  @ApiResponse({
    status: 503,
    type: HealthDto,
    description: 'the store is unreachable (status error), or the views are stalled (status views-stalled)',
  })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health['body']> {
    const { healthy, body } = await this.queryBus.execute(new GetHealthQuery());
    reply.status(healthy ? 200 : 503);
    return body;
  }

  @Get('metrics')
  @RequireRole('viewer')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format)' })
  @ApiTextResponse('text/plain', 'the metrics, in the Prometheus text exposition format (version 0.0.4)')
  async prometheus(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    reply.header('Content-Type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
