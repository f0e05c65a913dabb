import { type BeforeApplicationShutdown, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { Counter } from 'prom-client';
import { MetricsService } from '../ops/metrics.service';
import { LIVE_CONFIG, type LiveConfig } from './live.config';
import { SseConnection, type StreamKind } from './sse';

/** How long shutdown lets clients read the end of their stream before their sockets are destroyed. */
const SHUTDOWN_GRACE_MS = 1000;

/**
 * Every open SSE connection of this process: opens them (headers, `retry:`),
 * keeps them alive (heartbeats), counts them (`parley_sse_clients{stream}`),
 * and ends them all on shutdown — an open stream would otherwise keep the
 * HTTP server, and so `app.close()`, from ever finishing.
 */
@Injectable()
export class LiveConnections implements OnModuleInit, BeforeApplicationShutdown {
  private readonly connections = new Set<SseConnection>();
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private closing = false;
  private readonly overflows: Counter<'stream'>;

  constructor(
    @Inject(LIVE_CONFIG) private readonly config: LiveConfig,
    private readonly metrics: MetricsService,
  ) {
    this.overflows = new Counter({
      name: 'parley_sse_overflows_total',
      help: 'SSE clients cut off because they fell too far behind (they were told where to resume)',
      labelNames: ['stream'] as const,
      registers: [metrics.registry],
    });
  }

  onModuleInit(): void {
    this.metrics.sseClients.set({ stream: 'events' }, 0);
    this.metrics.sseClients.set({ stream: 'views' }, 0);
    this.overflows.inc({ stream: 'events' }, 0);
    this.overflows.inc({ stream: 'views' }, 0);
    this.heartbeatTimer = setInterval(() => {
      for (const connection of this.connections) connection.heartbeat();
    }, this.config.heartbeatMs);
    this.heartbeatTimer.unref();
  }

  /**
   * Starts an SSE response. While the service shuts down the stream is ended
   * at once instead: an EventSource then retries after `retry:` (a 503 would
   * make it give up for good).
   */
  open(kind: StreamKind, res: ServerResponse, startPosition: number): SseConnection {
    const connection = new SseConnection(kind, res, this.config, startPosition, () =>
      this.overflows.inc({ stream: kind }),
    );
    connection.start(this.config.retryMs);
    if (this.closing) {
      void connection.close(SHUTDOWN_GRACE_MS);
      return connection;
    }
    this.connections.add(connection);
    this.metrics.sseClients.inc({ stream: kind });
    void connection.whenClosed().then(() => {
      this.connections.delete(connection);
      this.metrics.sseClients.dec({ stream: kind });
    });
    return connection;
  }

  count(kind?: StreamKind): number {
    let n = 0;
    for (const c of this.connections) if (kind === undefined || c.kind === kind) n++;
    return n;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    // Ending the responses lets the HTTP server close; EventSource clients reconnect (to another instance, or to this one restarted).
    await Promise.all([...this.connections].map((c) => c.close(SHUTDOWN_GRACE_MS)));
  }
}
