import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  Optional,
} from '@nestjs/common';
import { NEGOTIATION_STREAM_PREFIX, negotiationIdFromStream, streamName } from '@parley/domain';
import type { EventStore, RecordedEvent, StreamDeletedNotice, Subscription } from '@parley/event-store';
import { Counter } from 'prom-client';
import { MetricsService } from '../ops/metrics.service';
import { presentEvent } from '../shared/present';
import { EVENT_STORE } from '../store/store.module';
import { deletedFrame } from './deleted';
import { LIVE_CONFIG, type LiveConfig } from './live.config';
import { Coalescer, SseChunk, type SseConnection, sseMessage } from './sse';

/**
 * One event as the feed sends it. It arrives as the stored event and is framed
 * once for every client by the first write that sends it (never on the way of
 * the write that committed it): `frame` is set then, and `recorded` let go.
 * A negotiation's stream deleted outside Parley arrives framed (`deleted`).
 */
interface FeedEntry {
  readonly position: number;
  readonly negotiationId: string;
  recorded: RecordedEvent | undefined;
  /** The SSE frame; '' for an event that does not decode (left out of the feed). */
  frame: string | undefined;
}

interface FeedClient {
  /** `connection.position` is the client's cursor: every matching event up to it has been written to it. */
  readonly connection: SseConnection;
  /** Only this negotiation's events (`?negotiation=`), or all. */
  readonly negotiationId: string | undefined;
}

/** What the `ready` message says: where the stream starts, and what it follows. */
export interface ReadyNotice {
  /** The global position the stream starts after (also the message's id). */
  readonly position: number;
  /** True when the client asked to resume (`Last-Event-ID` or `from`). */
  readonly resumed: boolean;
  /** The negotiation it follows; null for every one. */
  readonly negotiation: string | null;
}

const readyNotice = (position: number, resumed: boolean, negotiation: string | undefined): ReadyNotice => ({
  position,
  resumed,
  negotiation: negotiation ?? null,
});

/** A resuming client that cannot take its catch-up for this long is cut off (`overflow`). */
const CATCH_UP_STALL_MS = 30_000;
/** Events of a catch-up's first store read; later reads hold about one client queue's worth (`maxBufferedBytes`). */
const FIRST_CATCH_UP_PAGE = 64;
/** After the store subscription fails, try again after this long. */
const RESUBSCRIBE_MS = 1000;
/** What an event's frame is taken to weigh before any has been framed (bytes). */
const FRAME_BYTES_GUESS = 1024;

/** The SSE frame of a stored event: `id:` its global position, `event: event`, `data:` the event as the REST API presents it. */
export function eventFrame(recorded: RecordedEvent): string {
  return sseMessage('event', JSON.stringify(presentEvent(recorded)), recorded.position);
}

/**
 * The event feed's hub: ONE store subscription per process, fanned out to
 * every `/stream/events` client.
 *
 * - Nothing of the fan-out runs on a write's way to its acknowledgement: the
 *   subscription only notes the new events; presenting, framing and writing
 *   them happen in the next flush, after the event loop has answered the
 *   requests whose commit it was.
 * - Each event is presented and framed once; all clients with the same filter
 *   get the same Buffer. Writes are coalesced: a burst of commits costs each
 *   client one write, not one per event, and the writes to all clients are
 *   spaced so that they take at most `PARLEY_LIVE_FANOUT_PERCENT` of the time
 *   (at least `PARLEY_LIVE_FLUSH_MS`, at most `PARLEY_LIVE_MAX_DELAY_MS` apart) —
 *   a quiet log is delivered at once, a busy one in larger, rarer writes.
 * - The hub never awaits a client. A client whose queue passes the limit gets
 *   `overflow` with its resume point and is cut off (see SseConnection).
 * - The last `PARLEY_LIVE_REPLAY_EVENTS` events stay in memory. A client
 *   resuming from an older position first catches up from the store by itself
 *   (paged `readAll`, waiting for its own socket to drain; a stream deleted
 *   outside Parley that a page goes past is sent as `deleted` in its place among
 *   the events), until its cursor
 *   reaches what memory holds; then, in one synchronous step, it is sent the
 *   remembered events after its cursor and joins the live set. No event can
 *   arrive between those two steps (JavaScript runs one thing at a time), and
 *   each send is filtered by position > cursor: no gap, no duplicate.
 */
@Injectable()
export class EventHub implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('live');
  /** The last position the subscription has seen (events, or a checkpoint past filtered ones). */
  private position = 0;
  /** Live clients have been written everything up to this position. */
  private flushed = 0;
  /** Every negotiation event with a position in (ringBase, position], in order. */
  private ring: FeedEntry[] = [];
  private ringBase = 0;
  private readonly live = new Set<FeedClient>();
  /** Clients between `attach` and joining `live` (catching up): while there are any, the ring keeps every event. */
  private attaching = 0;
  /** Bytes of frames not yet written to live clients (estimated: they are framed when written). */
  private pendingBytes = 0;
  /** The mean size of the frames built so far, for that estimate. */
  private frameBytes = FRAME_BYTES_GUESS;
  private subscription: Subscription | undefined;
  private stopped = false;
  private readonly flusher: Coalescer;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LIVE_CONFIG) private readonly config: LiveConfig,
    @Optional() metrics?: MetricsService,
  ) {
    const fanOut =
      metrics &&
      new Counter({
        name: 'parley_sse_fanout_cpu_seconds_total',
        help: "CPU time this process spent writing the event feed to its clients (framing and socket writes, the kernel's share included)",
        registers: [metrics.registry],
      });
    this.flusher = new Coalescer(
      { minMs: config.flushMs, maxMs: Math.max(config.flushMs, config.maxDelayMs), share: config.fanOutShare },
      () => this.flush(),
      fanOut && ((ms) => fanOut.inc(ms / 1000)),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // The feed is about new events: start at the head. Older ones are read from the store by the clients that ask for them.
    const head = await this.store.headPosition();
    this.position = this.flushed = this.ringBase = head;
    await this.follow();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.flusher.cancel();
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.close();
  }

  /** The position the feed has reached: a client starting now follows from here. */
  get currentPosition(): number {
    return this.position;
  }

  /**
   * Follows the feed on `connection` from `connection.position` (the client's
   * resume point): catches up from the store if that is older than memory, then
   * joins the live fan-out. Resolves once the client is live (or gone).
   */
  async attach(connection: SseConnection, negotiationId: string | undefined, resumed: boolean): Promise<void> {
    this.attaching++;
    try {
      await this.join(connection, negotiationId, resumed);
    } finally {
      this.attaching--;
    }
  }

  private async join(connection: SseConnection, negotiationId: string | undefined, resumed: boolean): Promise<void> {
    const client: FeedClient = { connection, negotiationId };
    void connection.whenClosed().then(() => this.live.delete(client));
    // `ready` carries the resume point as its id, so a client that disconnects before any event still resumes without a gap.
    const start = connection.position;
    connection.write(sseMessage('ready', JSON.stringify(readyNotice(start, resumed, negotiationId)), start), start);

    // Pages sized by bytes, not only by count, and written in chunks of at most the client's queue bound, each
    // once the previous one has drained: a client that does not read holds about one queue's worth of the log in
    // this process, however large its events and however many such clients there are.
    let pageSize = Math.min(this.config.catchUpPage, FIRST_CATCH_UP_PAGE);
    while (connection.open && connection.position < this.ringBase) {
      const deletions: StreamDeletedNotice[] = [];
      const page = await this.store.readAll({
        fromPosition: connection.position + 1,
        maxCount: pageSize,
        streamPrefix: negotiationId === undefined ? NEGOTIATION_STREAM_PREFIX : streamName(negotiationId),
        // The negotiations' streams deleted outside Parley that the read went past (EventStoreDB): sent in order with the events.
        onStreamDeleted: (notice) => void deletions.push(notice),
      });
      if (!connection.open) return;
      // In position order, each once (past the cursor: not sent yet).
      let after = connection.position;
      const told = deletions.filter((notice) => {
        const of = negotiationIdFromStream(notice.stream);
        if (notice.position <= after || of === undefined || (negotiationId !== undefined && of !== negotiationId))
          return false;
        after = notice.position;
        return true;
      });
      const entries: readonly (RecordedEvent | StreamDeletedNotice)[] =
        told.length === 0 ? page : [...page, ...told].sort((a, b) => a.position - b.position);
      let chunk = '';
      let bytes = 0;
      for (const entry of entries) {
        let frame: string | undefined;
        if ('deletion' in entry) frame = deletedFrame(entry, entry.position);
        else if (negotiationId === undefined || negotiationIdFromStream(entry.stream) === negotiationId)
          frame = this.frameOf(entry);
        if (frame === undefined) continue;
        chunk += frame;
        bytes += frame.length;
        if (chunk.length >= this.config.maxBufferedBytes) {
          connection.write(chunk, entry.position);
          chunk = '';
          if (!(await connection.drained(CATCH_UP_STALL_MS))) return;
        }
      }
      const last = entries[entries.length - 1];
      if (last !== undefined) {
        if (chunk) connection.write(chunk, last.position);
        else connection.position = Math.max(connection.position, last.position);
      }
      if (page.length === 0) {
        // No event matching after the cursor in the whole log (a deletion perhaps): memory has the rest.
        connection.position = Math.max(connection.position, this.ringBase);
        break;
      }
      pageSize = Math.max(
        1,
        Math.min(this.config.catchUpPage, Math.floor(this.config.maxBufferedBytes / Math.max(1, bytes / page.length))),
      );
      if (!(await connection.drained(CATCH_UP_STALL_MS))) return;
    }
    if (!connection.open) return;

    // Synchronous from here to `live.add`: nothing can be appended to memory in between.
    let chunk = '';
    for (let i = this.indexAfter(connection.position); i < this.ring.length; i++) {
      const entry = this.ring[i]!;
      if (entry.position > this.flushed) break;
      if (negotiationId === undefined || entry.negotiationId === negotiationId) chunk += this.frameOfEntry(entry);
    }
    const upTo = Math.max(connection.position, this.flushed);
    if (chunk) connection.push(chunk, upTo);
    else connection.position = upTo;
    if (connection.open) this.live.add(client);
  }

  // -------------------------------------------------------------------------

  private follow(): Promise<void> {
    return new Promise((resolve) => {
      this.subscription = this.store.subscribe(
        { afterPosition: this.position, filter: { streamPrefix: NEGOTIATION_STREAM_PREFIX }, batchSize: 1000 },
        {
          onEvents: (events) => this.receive(events),
          onStreamDeleted: (notice) => this.receiveDeletion(notice),
          onCheckpoint: (position) => {
            if (position > this.position) {
              this.position = position;
              this.flusher.request();
            }
          },
          onCaughtUp: () => resolve(),
          onError: (error) => {
            this.logger.error(
              { err: error },
              `event feed subscription failed at position ${this.position}; resubscribing`,
            );
            resolve();
            this.subscription = undefined;
            if (!this.stopped)
              setTimeout(() => void (this.stopped ? undefined : this.follow()), RESUBSCRIBE_MS).unref();
          },
        },
      );
    });
  }

  /** Never awaits anything: the store's subscription hands the next batch over as soon as this returns. */
  private receive(events: readonly RecordedEvent[]): void {
    if (this.live.size === 0 && this.attaching === 0) {
      this.passUnsent(events[events.length - 1]?.position ?? 0);
      return;
    }
    for (const recorded of events) {
      if (recorded.position <= this.position) continue;
      const negotiationId = negotiationIdFromStream(recorded.stream);
      if (negotiationId !== undefined) {
        this.ring.push({ position: recorded.position, negotiationId, recorded, frame: undefined });
        this.pendingBytes += this.frameBytes;
      }
      this.position = recorded.position;
    }
    // Spacing the writes out must not let unsent events pile up in memory: past half a client's
    // queue limit they go out now, and the fan-out takes the time it needs from the writers.
    if (this.pendingBytes > this.config.maxBufferedBytes / 2) this.flusher.urge();
    else this.flusher.request();
  }

  /**
   * A negotiation's stream deleted outside Parley (EventStoreDB): its clients (all, and those of that negotiation)
   * are sent `deleted` in order with the events (`deleted.ts`), from memory like them. A client catching up from
   * the store is sent the same message from there (`join`: the store's read tells of each deletion it goes past).
   */
  private receiveDeletion(notice: StreamDeletedNotice): void {
    if (notice.position <= this.position) return;
    if (this.live.size === 0 && this.attaching === 0) {
      this.passUnsent(notice.position);
      return;
    }
    const negotiationId = negotiationIdFromStream(notice.stream);
    if (negotiationId !== undefined) {
      const frame = deletedFrame(notice, notice.position);
      this.ring.push({ position: notice.position, negotiationId, recorded: undefined, frame });
      this.pendingBytes += frame.length;
    }
    this.position = notice.position;
    this.flusher.request();
  }

  /**
   * Nobody to send to (an import, a quiet night): nothing up to `position` is framed or kept. A client that comes
   * later catches up on those events from the store, as on any older position.
   */
  private passUnsent(position: number): void {
    if (position > this.position) this.position = position;
    this.flushed = this.ringBase = this.position;
    if (this.ring.length > 0) this.ring = [];
    this.pendingBytes = 0;
  }

  /** The entry's frame, built the first time it is asked for. */
  private frameOfEntry(entry: FeedEntry): string {
    if (entry.frame === undefined) {
      entry.frame = this.frameOf(entry.recorded!) ?? '';
      entry.recorded = undefined;
    }
    return entry.frame;
  }

  /** Frames the entries from index `start` on that are not framed yet; updates the mean frame size. */
  private frameFrom(start: number): void {
    let bytes = 0;
    let count = 0;
    for (let i = start; i < this.ring.length; i++) {
      const entry = this.ring[i]!;
      if (entry.frame !== undefined) continue;
      bytes += this.frameOfEntry(entry).length;
      count++;
    }
    if (count > 0) this.frameBytes = Math.max(1, Math.round((this.frameBytes + bytes / count) / 2));
  }

  private frameOf(recorded: RecordedEvent): string | undefined {
    try {
      return eventFrame(recorded);
    } catch (error) {
      // An event that does not decode is a bug or a foreign writer: skip it loudly rather than stop the feed.
      this.logger.error(
        { err: error, eventId: recorded.id, position: recorded.position },
        'undecodable event left out of the feed',
      );
      return undefined;
    }
  }

  /** Writes what arrived since the last flush to every live client: one write per client. */
  private flush(): void {
    const upTo = this.position;
    if (upTo <= this.flushed) return;
    const start = this.indexAfter(this.flushed);
    // Each new event framed once, for every client and filter below.
    this.frameFrom(start);
    const firstPending = this.ring[start]?.position ?? Number.POSITIVE_INFINITY;
    // Encoded (and framed) once per filter: every client with the same filter is written the same Buffer.
    let all: SseChunk | undefined;
    const byNegotiation = new Map<string, SseChunk>();
    const shared = (negotiationId: string | undefined): SseChunk => {
      if (negotiationId === undefined) return (all ??= SseChunk.of(this.framesFrom(start, this.flushed, undefined)));
      let chunk = byNegotiation.get(negotiationId);
      if (chunk === undefined) {
        chunk = SseChunk.of(this.framesFrom(start, this.flushed, negotiationId));
        byNegotiation.set(negotiationId, chunk);
      }
      return chunk;
    };
    for (const client of this.live) {
      const connection = client.connection;
      if (connection.position >= upTo) continue;
      // Usual case: the client is exactly at the last flush and takes the shared bytes; a client
      // that joined with a cursor inside this batch gets its own slice.
      const chunk =
        connection.position < firstPending
          ? shared(client.negotiationId)
          : this.framesFrom(this.indexAfter(connection.position), connection.position, client.negotiationId);
      if (chunk.length > 0) connection.push(chunk, upTo);
      else connection.position = upTo;
      if (!connection.open) this.live.delete(client);
    }
    this.flushed = upTo;
    this.pendingBytes = 0;
    this.trimRing();
  }

  /** Frames of the ring from index `start` on with a position > `after`, for one negotiation or all. */
  private framesFrom(start: number, after: number, negotiationId: string | undefined): string {
    let out = '';
    for (let i = start; i < this.ring.length; i++) {
      const entry = this.ring[i]!;
      if (entry.position > after && (negotiationId === undefined || entry.negotiationId === negotiationId))
        out += this.frameOfEntry(entry);
    }
    return out;
  }

  /** Index of the first ring entry with a position > `position` (binary search). */
  private indexAfter(position: number): number {
    let lo = 0;
    let hi = this.ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ring[mid]!.position <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Keeps the last `replayEvents` in memory (dropping in chunks, never what live clients have not been sent). */
  private trimRing(): void {
    const keep = this.config.replayEvents;
    if (this.ring.length - keep < Math.max(64, keep >> 3)) return;
    const drop = Math.min(this.ring.length - keep, this.indexAfter(this.flushed));
    if (drop <= 0) return;
    this.ringBase = this.ring[drop - 1]!.position;
    this.ring = this.ring.slice(drop);
  }
}
