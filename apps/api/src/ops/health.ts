import { Inject, Logger, Optional } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@parley/event-store';
import { EVENT_STORE } from '../store/store.module';
import { MetricsService } from './metrics.service';
import { VIEWS_PROGRESS, type ViewsProgressSource } from './views-progress';

export const HEALTH_STATUSES = ['ok', 'error', 'views-stalled'] as const;

export interface StoreHealth {
  /** `sqlite`, `esdb`, … */
  readonly kind: string;
  readonly reachable: boolean;
  /** The log's last global position; null when the store does not answer. */
  readonly headPosition: number | null;
  /** Present when the store does not answer (the cause is in the server log). */
  readonly error?: string;
}

export interface ViewsHealth {
  /** The global position the views include. */
  readonly position: number;
  /** How far the views are behind the log; null when the store does not answer. */
  readonly lag: number | null;
  readonly rebuilding: boolean;
  readonly modelVersion: string;
  /** Present (true) while the views' subscription is dead or stalled. */
  readonly stalled?: true;
  readonly stalledForMs?: number;
}

export interface Health {
  /** False when the store is unreachable or the views are stalled (the answer is a 503). */
  readonly healthy: boolean;
  readonly body: {
    readonly status: (typeof HEALTH_STATUSES)[number];
    readonly store: StoreHealth;
    /** null when this process keeps no views. */
    readonly views: ViewsHealth | null;
  };
}

/** Is the store reachable, where are the views, how far behind the log. */
export class GetHealthQuery extends Query<Health> {}

@QueryHandler(GetHealthQuery)
export class GetHealthHandler implements IQueryHandler<GetHealthQuery, Health> {
  private readonly logger = new Logger('health');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly metrics: MetricsService,
    @Optional() @Inject(VIEWS_PROGRESS) private readonly views?: ViewsProgressSource,
  ) {}

  async execute(): Promise<Health> {
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
    return {
      healthy: !storeError && !stalled,
      body: {
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
              ...(stalled ? { stalled: true as const, stalledForMs: progress?.stalled?.sinceMs } : {}),
            }
          : null,
      },
    };
  }
}
