import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@parley/event-store';
import { type EscalationModel, ProjectionEngine, type SnapshotStore } from '@parley/projections';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MetricsService } from '../ops/metrics.service';
import { EVENT_STORE } from '../store/store.module';
import { ESCALATION_MODEL } from './model.provider';
import { SNAPSHOT_STORE } from './snapshot-store.provider';

/**
 * The Nest side of the views: the engine itself (fold, refold, waiters,
 * snapshot policy) is `ProjectionEngine` of `@parley/projections`, provided
 * under its own class; here it gets the app's store, snapshot file, model,
 * config, logger and metric.
 */
export const projectionEngineProvider = {
  provide: ProjectionEngine,
  inject: [EVENT_STORE, SNAPSHOT_STORE, ESCALATION_MODEL, APP_CONFIG, MetricsService],
  useFactory: (
    store: EventStore,
    snapshots: SnapshotStore,
    model: EscalationModel,
    config: AppConfig,
    metrics: MetricsService,
  ): ProjectionEngine =>
    new ProjectionEngine(store, snapshots, model, config, {
      logger: new Logger('views'),
      onPosition: (position) => metrics.viewsPosition.set(position),
    }),
};

/** Starts the engine with the app (the views are caught up before it listens), runs its watchdog, stops it on shutdown. */
@Injectable()
export class ProjectionEngineLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private watchdog: NodeJS.Timeout | undefined;

  constructor(
    private readonly engine: ProjectionEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.engine.start();
    if (this.config.viewsWatchdogMs > 0) {
      this.watchdog = setInterval(() => void this.engine.checkProgress(), this.config.viewsWatchdogMs);
      this.watchdog.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.watchdog);
    await this.engine.stop();
  }
}
