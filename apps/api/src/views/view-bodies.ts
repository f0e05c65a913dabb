import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type Coding,
  COMPRESSION_THRESHOLD,
  compressedAs,
  negotiatedCoding,
  varyOnAcceptEncoding,
} from '../http/compression';
import { etagOf, matchesIfNoneMatch } from '../http/etag';
import type { AsOfQuery } from './view-states';
import { ProjectionEngine } from '@parley/projections';

/**
 * How long a view of the present (no `at`) computed at one position may be
 * answered again while no event arrives: the views of the present move with
 * the clock too (a deadline passing, the escalation index decaying, the `at`
 * they carry), so they are recomputed at least this often — the same bound as
 * the live views a new SSE client is sent (live/views-hub.ts).
 */
export const PRESENT_FRESH_MS = 1000;
/**
 * A view of the present read when it is older than this (but not yet stale)
 * is answered from the cache and recomputed in the background, one body at a
 * time, so a view read often is never recomputed on a request's path — and
 * the bodies a busy service computed at about the same moment do not all go
 * stale together and get recomputed in one burst that the requests queue
 * behind (the p99 of `npm run bench -- --only queries`).
 */
const REFRESH_AHEAD_MS = 0.8 * PRESENT_FRESH_MS;

/** Negotiations whose bodies are kept (those read most recently), and bodies kept per negotiation (views × queries). */
const MAX_NEGOTIATIONS = 1000;
const MAX_PER_NEGOTIATION = 64;

interface Entry {
  /** The views' global position the body was computed at. */
  readonly position: number;
  /** performance.now() when computed; undefined for a body that does not depend on the clock. */
  readonly computedAt: number | undefined;
  /** The body's UTF-8 bytes, and the same compressed per coding as clients first ask for it. */
  readonly bytes: Buffer;
  readonly compressed: Partial<Record<Coding, Buffer>>;
  readonly etag: string;
  readonly contentType: string;
  /** A recomputation of this body is queued (see REFRESH_AHEAD_MS). */
  refreshing: boolean;
}

/** What a view route returns to Fastify: the bytes to send, or '' for a 304. */
export type ViewAnswer = Buffer | '';

/** What a view route answers, encoded once. */
export interface EncodedView {
  readonly body: string;
  readonly contentType: string;
}

/**
 * The encoded bodies of the views (status, matrix, escalation), per view,
 * negotiation, query (model, at, knownAt and the view's own options) and the
 * position of the views: a repeat read at the same position is answered with
 * the bytes already encoded — no query, no view computation, no JSON walk —
 * and its `ETag`; a client that sends that ETag back in `If-None-Match` gets
 * `304 Not Modified` with no body. The routes encode their own answers
 * (`SELF_ENCODED`, http/compression.ts): a body is compressed once per coding
 * a client asks for and kept beside it, so a repeat read costs no compression
 * either. A new event moves the position, so the next
 * read computes (and tags) a fresh body.
 *
 * Whatever changes a negotiation's views (its events, a rebuild, an import)
 * drops its bodies; the position in each entry is checked as well.
 * Not used while the views are stalled (the service answers 503 then), nor
 * for a read that must first wait for `minPosition`.
 */
@Injectable()
export class ViewBodies implements OnModuleInit, OnModuleDestroy {
  /** negotiation id → (view and query → body); both Maps in recency order, the oldest dropped first. */
  private readonly byNegotiation = new Map<string, Map<string, Entry>>();
  private unsubscribe: (() => void) | undefined;
  /** Bodies to recompute ahead of going stale, one per turn of the event loop (see REFRESH_AHEAD_MS). */
  private readonly refreshes: (() => Promise<unknown>)[] = [];
  private refreshTurn: NodeJS.Immediate | undefined;
  private closed = false;

  constructor(private readonly engine: ProjectionEngine) {}

  onModuleInit(): void {
    this.unsubscribe = this.engine.onChange(({ negotiationIds }) => {
      for (const id of negotiationIds) this.byNegotiation.delete(id);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    this.closed = true;
    this.refreshes.length = 0;
    if (this.refreshTurn !== undefined) clearImmediate(this.refreshTurn);
  }

  /**
   * Answers `reply` with the body for `key`: from the cache when it holds one
   * for the current position (and, for a view of the present that moves with
   * the clock, computed less than PRESENT_FRESH_MS ago), else from `compute`.
   * `movesWithClock: false` is for a view that is a function of the log alone
   * (the matrix: it names the `at` asked for, never the clock's), kept until the position moves. Returns the bytes to
   * send (compressed when the client asks for it), or '' with status 304 when
   * the client already has them. A body from the cache is answered at once,
   * without a promise.
   */
  answer(
    request: FastifyRequest,
    reply: FastifyReply,
    negotiationId: string,
    key: string,
    asOf: AsOfQuery,
    compute: () => Promise<EncodedView>,
    movesWithClock = true,
  ): ViewAnswer | Promise<ViewAnswer> {
    const present = movesWithClock && asOf.at === undefined;
    const usable =
      this.engine.stalled === undefined &&
      (asOf.minPosition === undefined || asOf.minPosition <= this.engine.currentPosition);
    const fullKey = `${key}\u0000${this.engine.model.version}\u0000${asOf.at ?? ''}\u0000${asOf.knownAt ?? ''}\u0000${asOf.model?.version ?? ''}`;
    const cached = usable ? this.fresh(negotiationId, fullKey, present) : undefined;
    if (cached !== undefined) {
      if (present && !cached.refreshing && performance.now() - cached.computedAt! > REFRESH_AHEAD_MS) {
        cached.refreshing = true;
        this.refreshAhead(() =>
          this.computed(negotiationId, fullKey, true, this.engine.stalled === undefined, compute),
        );
      }
      return send(request, reply, cached);
    }
    return this.computed(negotiationId, fullKey, present, usable, compute).then((entry) => send(request, reply, entry));
  }

  private async computed(
    negotiationId: string,
    fullKey: string,
    present: boolean,
    usable: boolean,
    compute: () => Promise<EncodedView>,
  ): Promise<Entry> {
    const position = this.engine.currentPosition;
    const encoded = await compute();
    const bytes = Buffer.from(encoded.body, 'utf8');
    const entry: Entry = {
      position,
      computedAt: present ? performance.now() : undefined,
      bytes,
      compressed: {},
      etag: etagOf(bytes),
      contentType: encoded.contentType,
      refreshing: false,
    };
    // Computed from what the views held at `position` only if no event was applied meanwhile (a fold from the log awaits).
    if (usable && this.engine.currentPosition === position) this.remember(negotiationId, fullKey, entry);
    return entry;
  }

  /** Queues a recomputation; they run one at a time, each in a turn of the event loop of its own. */
  private refreshAhead(refresh: () => Promise<unknown>): void {
    this.refreshes.push(refresh);
    if (this.refreshTurn === undefined && !this.closed) this.refreshTurn = setImmediate(this.nextRefresh);
  }

  private readonly nextRefresh = (): void => {
    const refresh = this.refreshes.shift();
    if (refresh === undefined || this.closed) {
      this.refreshTurn = undefined;
      return;
    }
    // A failure (the views stalled, say) leaves the body to go stale: the next read then computes, and answers, it.
    void refresh()
      .catch(() => undefined)
      .finally(() => {
        this.refreshTurn = this.closed ? undefined : setImmediate(this.nextRefresh);
      });
  };

  private fresh(negotiationId: string, key: string, present: boolean): Entry | undefined {
    const entry = this.byNegotiation.get(negotiationId)?.get(key);
    if (entry === undefined || entry.position !== this.engine.currentPosition) return undefined;
    if (present && (entry.computedAt === undefined || performance.now() - entry.computedAt > PRESENT_FRESH_MS)) {
      return undefined;
    }
    return entry;
  }

  private remember(negotiationId: string, key: string, entry: Entry): void {
    // Re-inserted at the end: a Map's order is the recency order, and the oldest goes first.
    let bodies = this.byNegotiation.get(negotiationId);
    this.byNegotiation.delete(negotiationId);
    bodies ??= new Map();
    this.byNegotiation.set(negotiationId, bodies);
    bodies.delete(key);
    bodies.set(key, entry);
    if (bodies.size > MAX_PER_NEGOTIATION) bodies.delete(bodies.keys().next().value!);
    if (this.byNegotiation.size > MAX_NEGOTIATIONS) this.byNegotiation.delete(this.byNegotiation.keys().next().value!);
  }
}

/** The headers and bytes of `entry` for this request: 304 when the client has them, compressed when it asks. */
function send(request: FastifyRequest, reply: FastifyReply, entry: Entry): ViewAnswer {
  reply.header('etag', entry.etag);
  const compressible = entry.bytes.length >= COMPRESSION_THRESHOLD;
  if (compressible) varyOnAcceptEncoding(reply);
  if (matchesIfNoneMatch(request.headers['if-none-match'], entry.etag)) {
    reply.status(304);
    return '';
  }
  reply.header('content-type', entry.contentType);
  const coding = compressible ? negotiatedCoding(request) : undefined;
  if (coding === undefined) return entry.bytes;
  reply.header('content-encoding', coding);
  return (entry.compressed[coding] ??= compressedAs(coding, entry.bytes));
}
