import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  DEFAULT_DRIVERS,
  type DeletedOutside,
  escalationView,
  matrixView,
  ProjectionEngine,
  statusView,
} from '@parley/projections';
import { deletedFrame } from './deleted';
import { absentFromViews } from '../views/view-states';
import { LIVE_CONFIG, type LiveConfig } from './live.config';
import { Coalescer, SseChunk, type SseConnection, sseMessage } from './sse';
import { type LiveViews, VIEW_KINDS, type ViewKind, viewKey } from './view-keys';

/** The views of one watched negotiation, as last sent to its clients. */
interface Channel {
  readonly negotiationId: string;
  readonly clients: Set<SseConnection>;
  readonly keys: Partial<Record<ViewKind, string>>;
  /** Each view's JSON as last computed. */
  readonly data: Partial<Record<ViewKind, string>>;
  /** The position those views include. */
  position: number;
  /** performance.now() of the last computation. */
  computedAt: number;
  /** Lets the engine drop the negotiation's evidence again (`ProjectionEngine.watchEvidence`: a live client keeps it in memory, current). */
  readonly unwatch: () => void;
}

/** A new client may be sent views computed this recently instead of computing them again (a reconnect storm costs one computation). */
const FRESH_MS = 1000;

const OVERFLOW_MESSAGE =
  'this client fell too far behind and was disconnected; reconnect to receive the current views (views are state: the latest state is all there is to resume)';

/**
 * Pushes `status`, `matrix` and `escalation` of watched negotiations.
 *
 * - Driven by the projection engine (`onChange` after each applied batch) —
 *   the views are recomputed once per negotiation, not per client, at most
 *   every `PARLEY_LIVE_VIEWS_FLUSH_MS` while events stream in.
 * - And by the clock: every `PARLEY_LIVE_TICK_MS` the watched negotiations
 *   are recomputed, so a deadline passing, a temporary ceasefire lapsing or
 *   the index decaying into another level reaches clients with no new event.
 * - Only views whose key changed are pushed (view-keys.ts says what counts).
 * - Each message's `id` is the global position the views include.
 * - A negotiation the views drop because its stream was deleted outside Parley
 *   (EventStoreDB) ends its clients' streams with `deleted` (`deleted.ts`).
 */
@Injectable()
export class ViewsHub implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('live');
  private readonly channels = new Map<string, Channel>();
  private readonly dirty = new Set<string>();
  private readonly flusher: Coalescer;
  private unsubscribe: (() => void) | undefined;
  private tickTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly engine: ProjectionEngine,
    @Inject(LIVE_CONFIG) private readonly config: LiveConfig,
  ) {
    // Recomputing views costs per negotiation, not per client: spaced by the same share, within a few seconds.
    this.flusher = new Coalescer(
      { minMs: config.viewsFlushMs, maxMs: Math.max(config.viewsFlushMs, 2000), share: config.fanOutShare },
      () => this.flush(),
    );
  }

  onModuleInit(): void {
    this.unsubscribe = this.engine.onChange(({ negotiationIds }) => {
      for (const id of negotiationIds) if (this.channels.has(id)) this.dirty.add(id);
      if (this.dirty.size > 0) this.flusher.request();
    });
    this.tickTimer = setInterval(() => {
      if (this.channels.size === 0) return;
      for (const id of this.channels.keys()) this.dirty.add(id);
      this.flusher.request();
    }, this.config.tickMs);
    this.tickTimer.unref();
  }

  beforeApplicationShutdown(): void {
    this.unsubscribe?.();
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.flusher.cancel();
  }

  /**
   * Throws the 404 (or 410) of the REST views when the negotiation is unknown (or deleted), then
   * reads its evidence (the matrix and the drivers show it): call and await
   * before the stream starts.
   */
  async prepare(negotiationId: string): Promise<void> {
    const state = this.engine.state(negotiationId);
    if (!state || state.negotiation === null) throw absentFromViews(this.engine, negotiationId);
    await this.engine.withEvidence(negotiationId);
  }

  /** Sends the current three views at once, then every change. */
  attach(connection: SseConnection, negotiationId: string): void {
    let channel = this.channels.get(negotiationId);
    if (channel === undefined) {
      channel = {
        negotiationId,
        clients: new Set(),
        keys: {},
        data: {},
        position: 0,
        computedAt: Number.NEGATIVE_INFINITY,
        unwatch: this.engine.watchEvidence(negotiationId),
      };
      this.channels.set(negotiationId, channel);
    }
    const watched = channel;
    const forgetIfUnwatched = () => {
      if (watched.clients.size === 0 && this.channels.get(negotiationId) === watched) {
        this.channels.delete(negotiationId);
        this.dirty.delete(negotiationId);
        watched.unwatch();
      }
    };
    try {
      // Recompute first (pushing any change to the clients already watching), so that everyone holds the same views.
      if (this.dirty.has(negotiationId) || performance.now() - watched.computedAt > FRESH_MS) {
        this.dirty.delete(negotiationId);
        this.refresh(watched);
      }
    } catch (error) {
      forgetIfUnwatched();
      throw error;
    }
    const position = watched.position;
    const initial = VIEW_KINDS.map((kind) => {
      const data = watched.data[kind];
      return data === undefined ? '' : sseMessage(kind, data, position);
    }).join('');
    if (!connection.push(initial, position, OVERFLOW_MESSAGE)) {
      forgetIfUnwatched();
      return;
    }
    watched.clients.add(connection);
    void connection.whenClosed().then(() => {
      watched.clients.delete(connection);
      forgetIfUnwatched();
    });
  }

  /** Negotiations with at least one client. */
  get watched(): number {
    return this.channels.size;
  }

  private flush(): void {
    const ids = [...this.dirty];
    this.dirty.clear();
    for (const id of ids) {
      const channel = this.channels.get(id);
      if (channel === undefined) continue;
      try {
        this.refresh(channel);
      } catch (error) {
        this.logger.error({ err: error, negotiationId: id }, 'live views could not be computed');
      }
    }
  }

  /** Tells every client of the channel that the negotiation's stream was deleted (`deleted.ts`), and ends their streams. */
  private endDeleted(channel: Channel, deleted: DeletedOutside): void {
    const frame = deletedFrame(deleted, this.engine.currentPosition);
    for (const connection of channel.clients) connection.finish(frame);
  }

  /** Computes the views now and pushes those whose key changed to every client of the channel. */
  private refresh(channel: Channel): void {
    // The current state with its evidence (`ProjectionEngine.currentWithEvidence`). Gone (a rebuild on another
    // log), or its evidence being read (the engine's listeners hear when it is): nothing to compute yet.
    const state = this.engine.currentWithEvidence(channel.negotiationId);
    if (!state) {
      // Dropped because its stream was deleted outside Parley: the clients are told so, and the stream ends.
      const deleted = this.engine.deletedOutside(channel.negotiationId);
      if (deleted !== undefined) this.endDeleted(channel, deleted);
      return;
    }
    if (state.negotiation === null) return;
    const now = Date.now();
    const position = this.engine.currentPosition;
    const model = this.engine.model;
    // The same calls as the REST views (drivers: the REST default).
    const views: LiveViews = {
      status: statusView(state, now, model),
      matrix: matrixView(state, model),
      escalation: escalationView(state, now, model, { drivers: DEFAULT_DRIVERS }),
    };
    channel.computedAt = performance.now();
    channel.position = position;
    let changed = '';
    for (const kind of VIEW_KINDS) {
      const key = viewKey(kind, views);
      if (key === channel.keys[kind]) continue;
      const data = JSON.stringify(views[kind]);
      channel.keys[kind] = key;
      channel.data[kind] = data;
      changed += sseMessage(kind, data, position);
    }
    if (!changed || channel.clients.size === 0) return;
    const chunk = SseChunk.of(changed);
    for (const connection of channel.clients) connection.push(chunk, position, OVERFLOW_MESSAGE);
  }
}
