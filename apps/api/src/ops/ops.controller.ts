import { Controller, Get, Header, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOkResponse({
    description: 'healthy; 503 when the store is unreachable, or the views are stalled (status views-stalled)',
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
  async prometheus(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    reply.header('Content-Type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
