import {
  type BeforeApplicationShutdown,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  type OnModuleInit,
} from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { Counter } from 'prom-client';
import { MetricsService } from '../ops/metrics.service';
import { LIVE_CONFIG, type LiveConfig } from './live.config';
import { SseConnection, type StreamKind } from './sse';

/** Who holds a stream: the API key's name (`local` in local mode) and the client's address. */
export interface StreamOwner {
  readonly key: string;
  readonly address: string;
}

function bump(counts: Map<string, number>, name: string, by: number): void {
  const n = (counts.get(name) ?? 0) + by;
  if (n > 0) counts.set(name, n);
  else counts.delete(name);
}

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

  /** Open streams per API key and per client address. */
  private readonly perKey = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();

  /**
   * Starts an SSE response for `owner` (the key's name and the client's
   * address), or refuses it with 429 when either already holds its share of
   * streams (`PARLEY_LIVE_MAX_STREAMS_PER_KEY` / `…_PER_ADDRESS`) — each open
   * stream holds a socket and its queue, so an unbounded number from one
   * client is a way to exhaust the server's memory. While the service shuts
   * down the stream is ended at once instead: an EventSource then retries after
   * `retry:` (a 503 would make it give up for good). `take` hands over the
   * Node response once the stream is admitted (a refusal is still an ordinary
   * JSON error reply).
   */
  open(kind: StreamKind, take: () => ServerResponse, startPosition: number, owner: StreamOwner): SseConnection {
    this.admit(owner);
    const connection = new SseConnection(kind, take(), this.config, startPosition, () =>
      this.overflows.inc({ stream: kind }),
    );
    connection.start(this.config.retryMs);
    if (this.closing) {
      void connection.close(SHUTDOWN_GRACE_MS);
      return connection;
    }
    this.connections.add(connection);
    this.metrics.sseClients.inc({ stream: kind });
    bump(this.perKey, owner.key, 1);
    bump(this.perAddress, owner.address, 1);
    void connection.whenClosed().then(() => {
      this.connections.delete(connection);
      this.metrics.sseClients.dec({ stream: kind });
      bump(this.perKey, owner.key, -1);
      bump(this.perAddress, owner.address, -1);
    });
    return connection;
  }

  private admit(owner: StreamOwner): void {
    const byKey = this.perKey.get(owner.key) ?? 0;
    const byAddress = this.perAddress.get(owner.address) ?? 0;
    const [held, limit, setting, who] =
      byKey >= this.config.maxStreamsPerKey
        ? [byKey, this.config.maxStreamsPerKey, 'PARLEY_LIVE_MAX_STREAMS_PER_KEY', `the key "${owner.key}"`]
        : byAddress >= this.config.maxStreamsPerAddress
          ? [byAddress, this.config.maxStreamsPerAddress, 'PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS', 'this address']
          : [0, 0, '', ''];
    if (!setting) return;
    throw new HttpException(
      {
        message: `too many open streams: ${who} holds ${held}, the most allowed (${setting}); close one (or wait for one to end) and retry`,
        code: 'too-many-streams',
        details: { limit, open: held, retryAfterSeconds: Math.max(1, Math.ceil(this.config.retryMs / 1000)) },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  /** The most bytes queued in this process for any one open stream (what a client that stopped reading costs). */
  largestBacklog(): number {
    let most = 0;
    for (const c of this.connections) most = Math.max(most, c.backlog);
    return most;
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
