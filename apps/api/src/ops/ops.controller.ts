import { Controller, Get, Header, Inject, Logger, Optional, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EventStore } from '@parley/event-store';
import { Public, RequireRole } from '../auth/auth.guard';
import { EVENT_STORE } from '../store/store.module';
import { MetricsService } from './metrics.service';
import { VIEWS_PROGRESS, type ViewsProgressSource } from './views-progress';

@ApiTags('operations')
@Controller()
export class OpsController {
  private readonly logger = new Logger('health');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly metrics: MetricsService,
    @Optional() @Inject(VIEWS_PROGRESS) private readonly views?: ViewsProgressSource,
  ) {}

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Store reachable, subscription position, views lag' })
  @ApiOkResponse({
    description: 'healthy; 503 when the store is unreachable, or the views are stalled (status views-stalled)',
  })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    let head: number | undefined;
    let storeError: string | undefined;
    try {
      head = await this.store.headPosition();
      this.metrics.storeHead.set(head);
    } catch (e) {
      // /health is public: the store's own words (paths, hosts, driver messages) go to the log, not to anyone who asks.
      this.logger.warn({ err: e }, 'health: the event store is unreachable');
      storeError = 'the event store does not answer; the server log has the cause';
    }
    const progress = this.views?.progress();
    const stalled = progress?.stalled !== undefined;
    if (stalled) this.logger.warn({ reason: progress?.stalled?.reason }, 'health: the views are stalled');
    const body = {
      status: storeError ? 'error' : stalled ? 'views-stalled' : 'ok',
      store: {
        kind: this.store.kind,
        reachable: !storeError,
        headPosition: head ?? null,
        ...(storeError ? { error: storeError } : {}),
      },
      views: progress
        ? {
            position: progress.position,
            lag: head === undefined ? null : Math.max(0, head - progress.position),
            rebuilding: progress.rebuilding,
            modelVersion: progress.modelVersion,
            // Public: how long, not why (the reason names hosts and positions; it is in the log).
            ...(stalled ? { stalled: true, stalledForMs: progress?.stalled?.sinceMs } : {}),
          }
        : null,
    };
    reply.status(storeError || stalled ? 503 : 200);
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
