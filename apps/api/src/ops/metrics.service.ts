import { Injectable } from '@nestjs/common';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics, one registry per app instance (tests boot several apps in one process). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'parley_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'parley_events_appended_total',
    help: 'Events stored by commands and imports (duplicates not counted)',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly commandsRejected = new Counter({
    name: 'parley_commands_rejected_total',
    help: 'Writes refused, by error code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly viewsPosition = new Gauge({
    name: 'parley_views_position',
    help: 'Global position the in-memory views include',
    registers: [this.registry],
  });

  readonly storeHead = new Gauge({
    name: 'parley_store_head_position',
    help: 'Global position of the last stored event (as last seen)',
    registers: [this.registry],
  });

  readonly sseClients = new Gauge({
    name: 'parley_sse_clients',
    help: 'Open Server-Sent Events connections',
    labelNames: ['stream'] as const,
    registers: [this.registry],
  });

  /** `httpDuration`'s series by method, route and status, looked up once each (prom-client hashes the labels on every call). */
  private readonly httpSeries = new Map<string, { observe(seconds: number): void }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'parley_' });
  }

  /** One request's duration in `httpDuration` (the metrics are never reset, so a series once made stays). */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let series = this.httpSeries.get(key);
    if (series === undefined) {
      series = this.httpDuration.labels({ method, route, status: String(status) });
      this.httpSeries.set(key, series);
    }
    series.observe(seconds);
  }
}
