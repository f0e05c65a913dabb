/**
 * The event-store port over EventStoreDB / KurrentDB (`@eventstore/db-client`).
 *
 * Open it with `openEsdbEventStore({ connectionString })`; the connection
 * string carries everything about the cluster (see docs/EVENTSTOREDB.md):
 *
 *   esdb://localhost:2113?tls=false                                   one node, no TLS (local only)
 *   esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=/certs/ca.crt
 *                                                                     gossip seeds, TLS, credentials
 *   esdb+discover://admin:changeit@cluster.example.org:2113           DNS discovery
 *
 * Mapping decisions, each explained where it lives:
 * - positions: `positions.ts` (position = 2·logOffset + 1);
 * - revisions and expected revisions: `revisions.ts`;
 * - errors: `errors.ts`;
 * - what is ours in `$all`, and where filters run: `filters.ts`;
 * - event ids that are not UUIDs: `ids.ts`;
 * - subscriptions and resubscription: `subscription.ts`.
 *
 * Idempotency — the same guarantee as the SQLite store, also long after
 * EventStoreDB's own (best-effort, cache-bound) duplicate detection has
 * forgotten an id:
 *
 * Every event id gets a marker stream `parley-event-id-<namespace><uuid>`:
 *   revision 0  `ParleyEventIdClaimed { stream }`   written before the events, with expected revision `no_stream`;
 *   revision 1  `ParleyEventIdStored { stream, revision }`  written after them, with expected revision 0.
 *
 * - The claim is the arbiter of which stream an id belongs to. `no_stream` is
 *   a compare-and-set the cluster leader serialises, so of two writers that
 *   race to use one id on two streams exactly one wins; the other gets
 *   `DuplicateEventIdError` naming the winner. This holds under any
 *   concurrency, across API processes, and forever (claims are never
 *   deleted).
 * - A claim that already names *this* stream means an earlier attempt with
 *   these ids: its events are looked up (at the revisions the `Stored`
 *   records give, else by scanning the stream). All found: the append is a
 *   retry and returns the original events with `duplicate: true`, whatever
 *   the expected revision. Some found: refused as a mix of stored and new ids.
 *   None found (the earlier attempt failed, e.g. on its expected revision, or
 *   is still in flight): the append proceeds.
 * - Two concurrent attempts with the same ids on the same stream may both
 *   reach `appendToStream`; EventStoreDB's own idempotency (exact for a
 *   numeric or `no-stream` expectation, cache-based for `any`/`exists`) stores
 *   the events once, and the `Stored` record — a compare-and-set on revision
 *   0 — elects the one caller that reports `duplicate: false`. A loser that got
 *   `WrongExpectedVersion` instead finds the winner's events and reports the
 *   retry.
 *
 * What it costs and what it does not cover:
 * - Two extra small writes per event (claim, stored) and one read-back of the
 *   appended events (for their positions and commit times).
 * - A claim is permanent even if the append it belonged to failed: that id
 *   can then only ever be stored on the stream it was first tried on (reusing
 *   it on another stream gets `DuplicateEventIdError`), where the SQLite store
 *   would accept it elsewhere. Reusing an id across streams is a client bug;
 *   this errs on the side of never storing an id twice.
 * - Only writers that go through this adapter take part: events appended to
 *   the same database by other tools have no claims.
 * - `readEvent(id)` reads the marker, then the event at the stored revision
 *   (or scans the owning stream when an attempt died between the two writes).
 *
 * Streams deleted outside Parley — an operator's delete with EventStoreDB's
 * own tools (`StreamDeletedError`, code `stream-deleted`; the API answers 410):
 * - A tombstone (hard delete): EventStoreDB refuses every read and every
 *   append (whatever the expected revision) with "stream deleted", and `run`
 *   maps that to the port's error. Nothing can ever be written to it again.
 * - A soft delete (`$tb` = 2^63 − 1 in its metadata): EventStoreDB reads the
 *   stream as not found, and an append with `any`, `no_stream` or its last
 *   revision recreates it at the next revision, its old events still hidden.
 *   For Parley that would be a fork — a stream that reads as one event, or a
 *   negotiation "opened" again over a hidden one — and a rebuild after the
 *   next scavenge would lose the acknowledged events under it. So a read that
 *   finds no stream looks at its metadata (one more small read, only then),
 *   and every append reads it alongside the id claims: deleted, the read or
 *   the append is refused and nothing is appended.
 * - A truncation (`$tb` above 0, or what a soft delete leaves after some other
 *   writer recreated the stream): Parley's streams start at 0 and have no
 *   gaps, so a stream read that skips revisions, or finds a stream that
 *   exists without an event to show, is refused the same way, and so is an
 *   append (the same metadata read). An operator's delete that lands
 *   between that read and the append (milliseconds) is not seen: EventStoreDB
 *   then recreates the stream with the new events, which are stored and
 *   acknowledged, and its metadata now says `$tb` = their first revision, so
 *   the next read or append of it is refused.
 * - `$all` keeps a deleted stream's events until a scavenge: `readAll`, the
 *   subscriptions and the migration still see them. It also records the
 *   deletion, after them: a tombstone (`$streamDeleted`) in the stream, a soft
 *   delete or truncation as `$metadata` in `$$<stream>`. A subscription hands
 *   it to its handler as a `StreamDeletedNotice` (`onStreamDeleted`, in order
 *   with the events) and logs a warning naming the stream; `readAll` and
 *   `readAllPages` tell it to a caller that asks (see `subscription.ts`, `filters.ts`).
 * - Id markers outlive the stream. A retry of an append that was stored
 *   before the delete is refused as deleted (it is never stored a second
 *   time); the claims of a refused append are written, as for any refused
 *   append, and bind those ids to the deleted stream.
 */
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  type Position,
  type ReadPosition,
  type StreamingRead,
} from '@eventstore/db-client';
import { parseConnectionString } from '@eventstore/db-client/dist/Client/parseConnectionString';
import {
  DuplicateEventIdError,
  StoreUnavailableError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../errors';
import { readAllInPages } from '../shared/pages';
import { FileStaging } from '../shared/staging';
import {
  allRange,
  decodeEncodedAppend,
  encodedResultOf,
  expectationHolds,
  prepareAppend,
  priorAppend,
  streamRange,
} from '../shared/rules';
import type {
  AppendOptions,
  AppendResult,
  EncodedAppendResult,
  EncodedNewEvent,
  EventStaging,
  EventFilter,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadAllPagesOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  StreamDeletedNotice,
  StreamDeletion,
  SubscriptionHandler,
} from '../port';
import { backoffDelay, checkBackoff, type BackoffOptions } from './backoff';
import { withUnaryAppends, type EsdbClient } from './client';
import { connectionStringProblem, redactConnectionString } from './connection-string';
import {
  appendTooLarge,
  isAccessDenied,
  isInvalidPosition,
  isNotLeader,
  isOutcomeUnknown,
  isStreamNotFound,
  isWrongExpectedVersion,
  tombstonedStream,
  translateError,
  translateWrongExpectedVersion,
} from './errors';
import {
  checkNamespace,
  deletionInMetadata,
  deletionRecordOf,
  markerStream,
  matchesCallerFilter,
  matchesCallerStreams,
  metadataStream,
  toEsdbStream,
  visibleStream,
} from './filters';
import { encodeMetadata, toEsdbEventId } from './ids';
import { consoleLogger, describeError, type EsdbLogger } from './logger';
import { comparePositions, readAllStart, tryParleyPosition } from './positions';
import { isJsonObject, toRecordedEvent, type EsdbEvent } from './recorded';
import { fromEsdbRevision, toEsdbExpectedRevision } from './revisions';
import { unsupportedServerVersion } from './server-version';
import { EsdbSubscription } from './subscription';

export { redactConnectionString } from './connection-string';

export interface EsdbEventStoreOptions {
  /**
   * Prefix of every EventStoreDB stream this store writes, invisible to its
   * callers, so that several stores (tenants, test runs) can share one
   * database: each sees only its own streams in reads, `headPosition` and
   * subscriptions. Default '' (the whole database).
   */
  readonly namespace?: string;
  readonly logger?: EsdbLogger;
  /** Resubscription delays; see `backoff.ts`. */
  readonly subscriptionBackoff?: Partial<BackoffOptions>;
  /** Consecutive failed resubscriptions before a subscription gives up with `onError`. Default: never give up. */
  readonly maxSubscriptionRetries?: number;
  /** Events per read request (reads always pass `maxCount`). Default 500. */
  readonly pageSize?: number;
  /**
   * How long a read may wait for the server's next message before it is cancelled and fails as
   * unavailable (ms). `openEsdbEventStore` takes it from the connection string's `defaultDeadline`
   * (the client's deadline for single calls, appends included). Default 10000.
   */
  readonly readDeadlineMs?: number;
}

export interface OpenEsdbEventStoreOptions extends EsdbEventStoreOptions {
  /** `esdb://…` or `esdb+discover://…`; credentials and TLS settings go in it (see docs/EVENTSTOREDB.md). */
  readonly connectionString: string;
  /** Read `$all` once before returning, so a wrong address or password fails at startup. Default true. */
  readonly verifyConnection?: boolean;
  /**
   * How long that first read may keep failing as "unavailable" before opening
   * fails (ms): it is retried with backoff meanwhile — a cluster that is still
   * electing its leader, a node starting. Default 0: one attempt.
   */
  readonly connectTimeoutMs?: number;
}

const MARKER_CLAIMED = 'ParleyEventIdClaimed';
const MARKER_STORED = 'ParleyEventIdStored';
/**
 * Records read per step when scanning `$all` backwards: small first (the last
 * event is usually followed by a few markers and system events only), then
 * doubling, for a namespace whose last event lies far back in a shared log.
 */
const BACKWARD_FIRST_PAGE = 64;
const BACKWARD_MAX_PAGE = 4096;

interface MarkerInfo {
  /** The EventStoreDB stream that claimed the id. */
  readonly owner: string;
  /** Where the event was stored, once the `Stored` record is written. */
  readonly storedRevision?: number;
}

interface Claim extends MarkerInfo {
  readonly esdbId: string;
  /** True when this append created the claim: no earlier attempt used the id. */
  readonly fresh: boolean;
}

/** Attempts of a call a follower refused with "not leader" (a leader change may take a few). */
const LEADER_ATTEMPTS = 5;

/**
 * Appends, and reads that must see the latest writes (the read-back of an
 * append, the id markers), go to the leader. A follower — or a node that just
 * lost leadership — answers "not leader", stores nothing, and the client
 * switches to the leader it names: the call is then simply repeated.
 */
async function onLeader<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isNotLeader(error) || attempt >= LEADER_ATTEMPTS) throw error;
      // The client switches channels in its own error handler: let it run first.
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
    }
  }
}

/** The client's `defaultDeadline` when the connection string sets none (ms). */
export const DEFAULT_DEADLINE_MS = 10_000;
/** The longest delay `setTimeout` keeps (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Reads a client stream, with a deadline: each message (and the end) must
 * come within `deadlineMs`, else the call is cancelled and the read fails as
 * unavailable. The client sets no deadline on reads (`deadline: Infinity`), so
 * a node that accepts a read and never answers — its HTTP/2 layer still
 * answering keep-alive pings — would hold the caller (an API request, a
 * write's read-back) for ever. The client's cancellation also makes it
 * reconnect, through discovery, before the next call.
 *
 * A consumer that stops early does not cancel the call: the rest of it is read
 * and dropped. With the real client a read cancelled after the server has
 * ended it never counts as finished, and `dispose()` (so `close()`) would wait
 * for it forever; every read here is bounded by `maxCount`, so the rest is at
 * most a page.
 */
async function* drain<T>(read: StreamingRead<T>, deadlineMs: number): AsyncGenerator<T> {
  const iterator = read[Symbol.asyncIterator]();
  let done = false;
  let abandoned = false;
  // The read's one timer, restarted (`refresh`, which also re-arms it once fired) whenever the read waits for
  // the server. While the consumer holds a value there is no wait to fail: a firing then does nothing.
  let failWait: ((error: Error) => void) | undefined;
  const timer = setTimeout(() => {
    if (failWait === undefined) return;
    abandoned = true;
    read.cancel().catch(() => undefined);
    failWait(
      new StoreUnavailableError(
        `EventStoreDB did not answer a read within ${deadlineMs} ms (defaultDeadline in the connection string)`,
      ),
    );
  }, deadlineMs);
  const next = async (): Promise<IteratorResult<T>> => {
    timer.refresh();
    try {
      return await new Promise<IteratorResult<T>>((resolve, reject) => {
        failWait = reject;
        iterator.next().then(resolve, reject);
      });
    } finally {
      failWait = undefined;
    }
  };
  try {
    for (;;) {
      const result = await next();
      if (result.done === true) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!done && !abandoned) {
      try {
        while ((await next()).done !== true);
      } catch {
        // The caller already has what it wanted.
      }
    }
    clearTimeout(timer);
  }
}

export class EsdbEventStore implements EventStore {
  readonly kind = 'eventstoredb';
  private readonly namespace: string;
  private readonly logger: EsdbLogger;
  private readonly backoff: BackoffOptions;
  private readonly maxRetries: number;
  private readonly pageSize: number;
  private readonly readDeadlineMs: number;
  private readonly subscriptions = new Set<EsdbSubscription>();
  private readonly inflight = new Set<Promise<unknown>>();
  private closed = false;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly client: EsdbClient,
    options: EsdbEventStoreOptions = {},
  ) {
    this.namespace = checkNamespace(options.namespace);
    this.logger = options.logger ?? consoleLogger;
    this.backoff = checkBackoff(options.subscriptionBackoff);
    this.maxRetries = options.maxSubscriptionRetries ?? Infinity;
    if (!(this.maxRetries >= 0)) throw new RangeError('maxSubscriptionRetries must be >= 0');
    this.pageSize = options.pageSize ?? 500;
    if (!Number.isSafeInteger(this.pageSize) || this.pageSize < 1)
      throw new RangeError('pageSize must be a positive integer');
    const readDeadlineMs = options.readDeadlineMs ?? DEFAULT_DEADLINE_MS;
    if (!Number.isSafeInteger(readDeadlineMs) || readDeadlineMs < 1)
      throw new RangeError('readDeadlineMs must be a positive integer');
    // A timer longer than 2^31 − 1 ms fires at once; the client caps its own deadlines at a year.
    this.readDeadlineMs = Math.min(readDeadlineMs, MAX_TIMER_MS);
  }

  append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    return this.run('append', () => this.appendNow(stream, events, options));
  }

  /** The client takes objects: the text is decoded once here (checked so), then appended as `append` does. */
  appendEncoded(
    stream: string,
    events: readonly EncodedNewEvent[],
    options: AppendOptions,
  ): Promise<EncodedAppendResult> {
    return this.run('append', async () =>
      encodedResultOf(
        await this.appendNow(stream, decodeEncodedAppend(stream, events, options?.expectedRevision), options),
      ),
    );
  }

  /** In a file, appended through `appendEncoded`. */
  openStaging(dir: string): EventStaging {
    this.assertOpen();
    return new FileStaging(this, dir);
  }

  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.run('read', async () => {
      const range = streamRange(options);
      const esdbStream = toEsdbStream(this.namespace, stream);
      if (range.maxCount === 0) return [];
      if (!range.backwards) return this.readRevisions(esdbStream, stream, BigInt(range.from), false, range.maxCount);
      if (options?.fromRevision === undefined) return this.readRevisions(esdbStream, stream, END, true, range.maxCount);
      // EventStoreDB reads the range [from − maxCount + 1, from]: past the end that misses the last events,
      // where the port starts from the last one.
      const last = await this.revisionOf(esdbStream);
      if (last < 0) return [];
      return this.readRevisions(esdbStream, stream, BigInt(Math.min(range.from, last)), true, range.maxCount);
    });
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.readAllNoting(options, options?.onStreamDeleted);
  }

  readAllPages(options: ReadAllPagesOptions): AsyncIterable<RecordedEvent[]> {
    const onStreamDeleted = options.onStreamDeleted;
    if (onStreamDeleted === undefined) return readAllInPages(this, options);
    // Each page's read goes on to the event after its last: the deletions recorded before that event are told then.
    return readAllInPages({ readAll: (page) => this.readAllNoting(page, onStreamDeleted) }, options);
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    this.assertOpen();
    const subscription = new EsdbSubscription(
      {
        client: this.client,
        namespace: this.namespace,
        logger: this.logger,
        backoff: this.backoff,
        maxRetries: this.maxRetries,
        locateAfter: async (afterPosition) => (await this.locate(afterPosition)).atOrBefore ?? START,
        head: () => this.headPosition(),
        onFinished: (finished) => this.subscriptions.delete(finished),
      },
      options,
      handler,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  readEvent(id: string): Promise<RecordedEvent | undefined> {
    return this.run('read', async () => {
      if (typeof id !== 'string' || id.length === 0) return undefined;
      const esdbId = toEsdbEventId(id);
      const marker = await this.readMarker(esdbId);
      if (marker === undefined) return undefined;
      const stream = visibleStream(this.namespace, marker.owner);
      if (stream === undefined) return undefined;
      const found = await this.findInStream(marker.owner, stream, [{ esdbId, ...marker }]);
      return found.get(esdbId);
    });
  }

  streamRevision(stream: string): Promise<number> {
    return this.run('read', () => this.revisionOf(toEsdbStream(this.namespace, stream)));
  }

  headPosition(): Promise<number> {
    return this.run('read', async () => {
      for await (const raw of this.backwardsFromEnd()) {
        const stream = visibleStream(this.namespace, raw.streamId);
        const event = stream === undefined ? undefined : toRecordedEvent(raw, stream);
        if (event !== undefined) return event.position;
      }
      return 0;
    });
  }

  close(): Promise<void> {
    if (this.closing === undefined) {
      this.closed = true;
      this.closing = (async () => {
        await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
        // Appends already accepted finish before the connection goes.
        await Promise.allSettled([...this.inflight]);
        await this.client.dispose();
      })();
    }
    return this.closing;
  }

  /** Reads `$all` once, on the leader: checks the cluster is reachable and the credentials work, and finds the leader. */
  ping(): Promise<void> {
    return this.run('connect', () =>
      onLeader(async () => {
        const read = this.client.readAll({
          fromPosition: END,
          direction: BACKWARDS,
          maxCount: 1,
          requiresLeader: true,
        });
        for await (const _ of this.drain(read)) break;
      }),
    );
  }

  // --- append -------------------------------------------------------------

  private async appendNow(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const expected = options?.expectedRevision;
    prepareAppend(stream, events, expected);
    const esdbStream = toEsdbStream(this.namespace, stream);
    const metadata = events.map((event) => encodeMetadata(event.id, event.metadata));

    if (events.length === 0) {
      const current = await this.revisionOf(esdbStream);
      if (!expectationHolds(expected, current)) throw new WrongExpectedRevisionError(stream, expected, current);
      return { nextRevision: current, events: [], duplicate: false };
    }

    const esdbIds = events.map((event) => toEsdbEventId(event.id));
    // Whether the stream was deleted outside Parley is read alongside the claims (no extra round trip).
    const [deletion, claims] = await Promise.all([
      this.deletionOf(esdbStream, true),
      Promise.all(esdbIds.map((esdbId) => this.claim(esdbId, esdbStream))),
    ]);
    if (deletion !== undefined) throw this.deleted(esdbStream, deletion);
    claims.forEach((claim, i) => {
      if (claim.owner !== esdbStream) {
        throw new DuplicateEventIdError(
          (events[i] as NewEvent).id,
          visibleStream(this.namespace, claim.owner) ?? claim.owner,
        );
      }
    });

    // A retry is recognised before the expectation is checked: the first attempt may have succeeded after its caller gave up.
    // Every id is looked up, the freshly claimed ones too: of concurrent attempts with several ids, each may win some
    // claims, and the one that lost a claim may already have stored all the events, these ids included.
    if (claims.some((claim) => !claim.fresh)) {
      const prior = await this.priorAppend(stream, esdbStream, events, claims);
      if (prior !== undefined) return prior;
    }

    let nextExpectedRevision: bigint;
    try {
      const result = await this.appendToStream(
        esdbStream,
        events.map((event, i) =>
          jsonEvent({ id: esdbIds[i] as string, type: event.type, data: event.data, metadata: metadata[i] }),
        ),
        { expectedRevision: toEsdbExpectedRevision(expected) },
      );
      nextExpectedRevision = result.nextExpectedRevision;
    } catch (error) {
      if (isOutcomeUnknown(error)) {
        // The server timed the write out — it drops a write whose ids a concurrent attempt is still replicating
        // and answers when its write timeout expires — or the call broke. The ids are claimed for this stream, so if
        // their events are there now, they are this append's: answer its result (the `Stored` records elect the one
        // caller that reports `duplicate: false`). Otherwise the outcome stays unknown: unavailable, retry.
        const prior = await this.priorAppend(stream, esdbStream, events, claims).catch(() => undefined);
        if (prior === undefined) throw error;
        const first = await this.markStored(esdbIds, esdbStream, prior.events);
        return { ...prior, duplicate: !first };
      }
      const tooLarge = appendTooLarge(error, stream);
      if (tooLarge !== undefined) throw tooLarge;
      if (!isWrongExpectedVersion(error)) throw error;
      // A concurrent attempt with the same ids may have stored them first: then this one is its retry.
      const prior = await this.priorAppend(stream, esdbStream, events, claims);
      if (prior !== undefined) return prior;
      throw translateWrongExpectedVersion(stream, expected, error);
    }

    const last = fromEsdbRevision(nextExpectedRevision);
    const recorded = await this.readRevisions(
      esdbStream,
      stream,
      BigInt(last - events.length + 1),
      false,
      events.length,
      true,
    );
    const expectedIds = esdbIds.join(',');
    if (recorded.map((event) => toEsdbEventId(event.id)).join(',') !== expectedIds) {
      throw new Error(
        `EventStoreDB acknowledged the append to ${esdbStream} but revisions ..${last} hold other events`,
      );
    }
    const first = await this.markStored(esdbIds, esdbStream, recorded);
    return { nextRevision: last, events: recorded, duplicate: !first };
  }

  /** `appendToStream` on the leader (see `onLeader`). */
  private appendToStream(...args: Parameters<EsdbClient['appendToStream']>): ReturnType<EsdbClient['appendToStream']> {
    return onLeader(() => this.client.appendToStream(...args));
  }

  /** Claims `esdbId` for `esdbStream`, or reports who claimed it before. */
  private async claim(esdbId: string, esdbStream: string): Promise<Claim> {
    try {
      await this.appendToStream(
        markerStream(this.namespace, esdbId),
        jsonEvent({ type: MARKER_CLAIMED, data: { stream: esdbStream } }),
        { expectedRevision: NO_STREAM },
      );
      return { esdbId, owner: esdbStream, fresh: true };
    } catch (error) {
      if (!isWrongExpectedVersion(error)) throw error;
    }
    const marker = await this.readMarker(esdbId);
    if (marker === undefined) throw new Error(`the id marker of event ${esdbId} exists but cannot be read`);
    return { esdbId, fresh: false, ...marker };
  }

  private async readMarker(esdbId: string): Promise<MarkerInfo | undefined> {
    const records = await onLeader(async () => {
      const found: EsdbEvent[] = [];
      try {
        const read = this.client.readStream(markerStream(this.namespace, esdbId), {
          fromRevision: START,
          maxCount: 2,
          requiresLeader: true,
        });
        for await (const resolved of this.drain(read)) if (resolved.event !== undefined) found.push(resolved.event);
      } catch (error) {
        if (isStreamNotFound(error)) return [];
        throw error;
      }
      return found;
    });
    const [claimed, stored] = records;
    if (claimed === undefined || !isJsonObject(claimed.data) || typeof claimed.data['stream'] !== 'string')
      return undefined;
    const revision = stored !== undefined && isJsonObject(stored.data) ? stored.data['revision'] : undefined;
    return {
      owner: claimed.data['stream'],
      ...(typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 0
        ? { storedRevision: revision }
        : {}),
    };
  }

  /**
   * Records where each event went. The first id's record decides which of
   * several concurrent identical appends reports `duplicate: false`.
   */
  private async markStored(
    esdbIds: readonly string[],
    esdbStream: string,
    recorded: readonly RecordedEvent[],
  ): Promise<boolean> {
    const outcomes = await Promise.allSettled(
      esdbIds.map((esdbId, i) =>
        this.appendToStream(
          markerStream(this.namespace, esdbId),
          jsonEvent({
            type: MARKER_STORED,
            data: { stream: esdbStream, revision: (recorded[i] as RecordedEvent).revision },
          }),
          { expectedRevision: 0n },
        ),
      ),
    );
    let first = true;
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') return;
      if (isWrongExpectedVersion(outcome.reason)) {
        if (i === 0) first = false;
        return;
      }
      // The events are stored; only the shortcut for retries and readEvent is missing (they fall back to a scan).
      this.logger.warn('could not record where an event was stored', {
        eventId: esdbIds[i],
        error: describeError(outcome.reason),
      });
    });
    return first;
  }

  /** The original result if every id of `events` is stored on this stream; refuses a mix; `undefined` if none is. */
  private async priorAppend(
    stream: string,
    esdbStream: string,
    events: readonly NewEvent[],
    claims: readonly Claim[],
  ): Promise<AppendResult | undefined> {
    const found = await this.findInStream(esdbStream, stream, claims);
    return priorAppend(stream, events, (id) => found.get(toEsdbEventId(id)));
  }

  /** Finds events by EventStoreDB id in one stream: directly where a `Stored` record says, else by a backwards scan. */
  private async findInStream(
    esdbStream: string,
    stream: string,
    wanted: readonly { esdbId: string; storedRevision?: number }[],
  ): Promise<Map<string, RecordedEvent>> {
    const found = new Map<string, RecordedEvent>();
    await Promise.all(
      wanted.map(async ({ esdbId, storedRevision }) => {
        if (storedRevision === undefined) return;
        const [event] = await this.readRevisions(esdbStream, stream, BigInt(storedRevision), false, 1, true);
        if (event !== undefined && toEsdbEventId(event.id) === esdbId) found.set(esdbId, event);
      }),
    );
    const missing = new Set(wanted.map((w) => w.esdbId).filter((esdbId) => !found.has(esdbId)));
    if (missing.size === 0) return found;
    return onLeader(() => this.scanForIds(esdbStream, stream, missing, found));
  }

  private async scanForIds(
    esdbStream: string,
    stream: string,
    missing: Set<string>,
    found: Map<string, RecordedEvent>,
  ): Promise<Map<string, RecordedEvent>> {
    let cursor: bigint | typeof END = END;
    for (;;) {
      let count = 0;
      let lastRevision: bigint | undefined;
      try {
        const read = this.client.readStream(esdbStream, {
          fromRevision: cursor,
          direction: BACKWARDS,
          maxCount: this.pageSize,
          requiresLeader: true,
        });
        for await (const resolved of this.drain(read)) {
          count++;
          const raw = resolved.event;
          if (raw === undefined) continue;
          lastRevision = raw.revision;
          if (!missing.has(raw.id)) continue;
          const event = toRecordedEvent(raw, stream);
          if (event === undefined) continue;
          found.set(raw.id, event);
          missing.delete(raw.id);
          if (missing.size === 0) return found;
        }
      } catch (error) {
        if (isStreamNotFound(error)) return found;
        throw error;
      }
      if (count < this.pageSize || lastRevision === undefined || lastRevision === 0n) return found;
      cursor = lastRevision - 1n;
    }
  }

  // --- reads --------------------------------------------------------------

  /** -1 when the stream does not exist; refused when it was deleted outside Parley. */
  private async revisionOf(esdbStream: string): Promise<number> {
    try {
      for await (const resolved of this.drain(
        this.client.readStream(esdbStream, { fromRevision: END, direction: BACKWARDS, maxCount: 1 }),
      )) {
        if (resolved.event !== undefined) return fromEsdbRevision(resolved.event.revision);
      }
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
      await this.refuseIfDeleted(esdbStream, false);
      return -1;
    }
    // Found, yet no last event: its metadata hides them all.
    throw this.deleted(esdbStream, 'truncated');
  }

  // --- streams deleted outside Parley (see the header) ----------------------

  /**
   * What hides events Parley wrote to `esdbStream`, from its metadata: `$tb` (truncate before)
   * at 2^63 − 1 is a soft delete, any other above 0 a truncation; `undefined` when nothing does.
   * A tombstoned stream's metadata cannot be read either: the client's "stream deleted" goes up
   * to `run`.
   */
  private async deletionOf(esdbStream: string, requiresLeader: boolean): Promise<StreamDeletion | undefined> {
    const read = async (): Promise<StreamDeletion | undefined> => {
      try {
        const metadata = this.client.readStream(metadataStream(esdbStream), {
          fromRevision: END,
          direction: BACKWARDS,
          maxCount: 1,
          ...(requiresLeader ? { requiresLeader } : {}),
        });
        for await (const resolved of this.drain(metadata)) {
          return deletionInMetadata(resolved.event?.data);
        }
        return undefined;
      } catch (error) {
        if (isStreamNotFound(error)) return undefined;
        throw error;
      }
    };
    return requiresLeader ? onLeader(read) : read();
  }

  /** For a stream that reads as not found: refused if a soft delete (or truncation) hides it. */
  private async refuseIfDeleted(esdbStream: string, requiresLeader: boolean): Promise<void> {
    const deletion = await this.deletionOf(esdbStream, requiresLeader);
    if (deletion !== undefined) throw this.deleted(esdbStream, deletion);
  }

  /** The one mapping of one of this store's streams, deleted outside Parley, to the port's error. */
  private deleted(esdbStream: string, deletion: StreamDeletion): StreamDeletedError {
    return new StreamDeletedError(visibleStream(this.namespace, esdbStream) ?? esdbStream, deletion);
  }

  /** Up to `limit` events of one stream from `from`, paged. */
  private async readRevisions(
    esdbStream: string,
    stream: string,
    from: bigint | typeof END,
    backwards: boolean,
    limit: number,
    requiresLeader = false,
  ): Promise<RecordedEvent[]> {
    if (requiresLeader) return onLeader(() => this.readRevisionsOnce(esdbStream, stream, from, backwards, limit, true));
    return this.readRevisionsOnce(esdbStream, stream, from, backwards, limit, false);
  }

  private async readRevisionsOnce(
    esdbStream: string,
    stream: string,
    from: bigint | typeof END,
    backwards: boolean,
    limit: number,
    requiresLeader: boolean,
  ): Promise<RecordedEvent[]> {
    const result: RecordedEvent[] = [];
    let cursor = from;
    while (result.length < limit) {
      const want = Math.min(this.pageSize, limit - result.length);
      let count = 0;
      let lastRevision: bigint | undefined;
      try {
        const read = this.client.readStream(esdbStream, {
          fromRevision: cursor,
          direction: backwards ? BACKWARDS : FORWARDS,
          maxCount: want,
          ...(requiresLeader ? { requiresLeader } : {}),
        });
        for await (const resolved of this.drain(read)) {
          count++;
          const raw = resolved.event;
          if (raw === undefined) continue;
          // Parley's revisions have no gaps: a read that skips some was truncated outside Parley.
          const next = lastRevision === undefined ? cursor : backwards ? lastRevision - 1n : lastRevision + 1n;
          if (next !== END && raw.revision !== next) throw this.deleted(esdbStream, 'truncated');
          lastRevision = raw.revision;
          const event = toRecordedEvent(raw, stream);
          if (event !== undefined) result.push(event);
          else
            this.logger.warn('skipping an event that is not a JSON object', {
              stream: esdbStream,
              revision: String(raw.revision),
            });
        }
      } catch (error) {
        if (!isStreamNotFound(error)) throw error;
        await this.refuseIfDeleted(esdbStream, requiresLeader);
        return result;
      }
      // The stream exists (no "not found"), so it holds revisions 0 to its last: a backwards read that ends
      // above 0 or finds nothing, or nothing at revision 0 forwards, means its metadata hides them.
      const hidden = backwards
        ? count < want && (lastRevision === undefined || lastRevision > 0n)
        : count === 0 && cursor === 0n;
      if (hidden) throw this.deleted(esdbStream, 'truncated');
      if (count < want || lastRevision === undefined) break;
      if (backwards) {
        if (lastRevision === 0n) break;
        cursor = lastRevision - 1n;
      } else {
        cursor = lastRevision + 1n;
      }
    }
    return result;
  }

  /** `readAll`, telling `onStreamDeleted` of the deletions of the filter's streams it reads past. */
  private readAllNoting(
    options: ReadAllOptions | undefined,
    onStreamDeleted: ((notice: StreamDeletedNotice) => void) | undefined,
  ): Promise<RecordedEvent[]> {
    return this.run('read', async () => {
      const range = allRange(options);
      if (range.maxCount === 0 || options?.eventTypes?.length === 0) return [];
      try {
        return await this.readAllFrom(readAllStart(range.from), range.from, options, range.maxCount, onStreamDeleted);
      } catch (error) {
        if (!isInvalidPosition(error)) throw error;
        // A position this adapter never handed out, pointing inside a log record: start at the first event at or after it.
        const { atOrAfter } = await this.locate(range.from);
        return atOrAfter === undefined
          ? []
          : this.readAllFrom(atOrAfter, range.from, options, range.maxCount, onStreamDeleted);
      }
    });
  }

  /**
   * Reads `$all` forwards from `start` (inclusive), keeping the store's events at or after `minPosition` that match,
   * and telling `onStreamDeleted` of the deletions of the filter's streams among them (see `filters.ts`).
   */
  private async readAllFrom(
    start: ReadPosition,
    minPosition: number,
    filter: EventFilter | undefined,
    limit: number,
    onStreamDeleted?: (notice: StreamDeletedNotice) => void,
  ): Promise<RecordedEvent[]> {
    const result: RecordedEvent[] = [];
    let cursor = start;
    let seen: Position | undefined;
    for (;;) {
      let count = 0;
      for await (const resolved of this.drain(
        this.client.readAll({ fromPosition: cursor, direction: FORWARDS, maxCount: this.pageSize }),
      )) {
        count++;
        const raw = resolved.event;
        if (raw === undefined) continue;
        // Pages overlap by one record: each starts at the previous page's last.
        if (seen !== undefined && comparePositions(raw.position, seen) <= 0) continue;
        seen = raw.position;
        if (onStreamDeleted !== undefined) {
          const deletion = deletionRecordOf(this.namespace, raw);
          const position = tryParleyPosition(raw.position);
          if (
            deletion !== undefined &&
            deletion.deletion !== 'restored' &&
            position !== undefined &&
            position >= minPosition &&
            matchesCallerStreams(filter, deletion.stream)
          )
            onStreamDeleted({ stream: deletion.stream, deletion: deletion.deletion, position });
        }
        const stream = visibleStream(this.namespace, raw.streamId);
        if (stream === undefined) continue;
        const event = toRecordedEvent(raw, stream);
        if (
          event === undefined ||
          event.position < minPosition ||
          !matchesCallerFilter(filter, event.stream, event.type)
        )
          continue;
        result.push(event);
        if (result.length >= limit) return result;
      }
      if (count < this.pageSize || seen === undefined) return result;
      cursor = seen;
    }
  }

  /**
   * For a position this adapter did not hand out: the nearest records around
   * it, found by reading `$all` backwards from the end (cheap for positions
   * near the head, which is where such numbers come from: `head + 1`).
   */
  private async locate(position: number): Promise<{ atOrBefore?: Position; atOrAfter?: Position }> {
    let atOrAfter: Position | undefined;
    for await (const raw of this.backwardsFromEnd()) {
      const number = tryParleyPosition(raw.position);
      if (number === undefined) continue;
      if (number >= position) atOrAfter = raw.position;
      if (number <= position) return { atOrBefore: raw.position, ...(atOrAfter ? { atOrAfter } : {}) };
    }
    return atOrAfter ? { atOrAfter } : {};
  }

  /** Every record of `$all`, newest first, in growing pages. */
  private async *backwardsFromEnd(): AsyncGenerator<EsdbEvent & { position: Position }> {
    let cursor: ReadPosition = END;
    let pageSize = BACKWARD_FIRST_PAGE;
    for (;;) {
      let count = 0;
      let last: Position | undefined;
      for await (const resolved of this.drain(
        this.client.readAll({ fromPosition: cursor, direction: BACKWARDS, maxCount: pageSize }),
      )) {
        count++;
        const raw = resolved.event;
        if (raw === undefined) continue;
        last = raw.position;
        yield raw;
      }
      if (count < pageSize || last === undefined) return;
      cursor = last;
      pageSize = Math.min(pageSize * 2, BACKWARD_MAX_PAGE);
    }
  }

  /** A read of the client, under the read deadline (see `drain`). */
  private drain<T>(read: StreamingRead<T>): AsyncGenerator<T> {
    return drain(read, this.readDeadlineMs);
  }

  // --- lifecycle ----------------------------------------------------------

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the EventStoreDB event store is closed');
  }

  /** Runs one operation: refused once closed, awaited by `close()`, client errors translated. */
  private run<T>(action: string, work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('the EventStoreDB event store is closed'));
    const promise = (async () => {
      try {
        return await work();
      } catch (error) {
        // A tombstone, refused by EventStoreDB on any read or write of the stream or its metadata.
        const tombstoned = tombstonedStream(error);
        if (tombstoned !== undefined && visibleStream(this.namespace, tombstoned) !== undefined)
          throw this.deleted(tombstoned, 'tombstone');
        throw translateError(error, action);
      }
    })();
    this.inflight.add(promise);
    const forget = (): void => {
      this.inflight.delete(promise);
    };
    promise.then(forget, forget);
    return promise;
  }
}

/** Retries of the first read while the cluster is not answering yet (see `connectTimeoutMs`). */
const CONNECT_BACKOFF = checkBackoff({ initialMs: 200, maxMs: 5_000 });

/**
 * The version the server reports through `ServerFeatures` ("unknown" before
 * 21.10). The client fetches it for its own feature checks and keeps it
 * behind a getter its typings mark protected.
 */
async function serverVersion(client: EventStoreDBClient): Promise<string> {
  try {
    const features = await (client as unknown as { capabilities: Promise<{ serverVersion: string }> }).capabilities;
    return features.serverVersion;
  } catch (error) {
    throw translateError(error, 'connect');
  }
}

/**
 * Connects to EventStoreDB / KurrentDB. Fails with `StoreUnavailableError`
 * when the connection string is malformed or (unless `verifyConnection` is
 * false) the database cannot be read or is older than 23.10 (see
 * `server-version.ts`).
 */
export async function openEsdbEventStore(options: OpenEsdbEventStoreOptions): Promise<EsdbEventStore> {
  const { connectionString, verifyConnection = true, connectTimeoutMs = 0, ...storeOptions } = options;
  if (typeof connectionString !== 'string' || connectionString.trim() === '') {
    throw new TypeError(
      'an EventStoreDB connection string is required (EVENTSTORE_CONNECTION_STRING), e.g. esdb://localhost:2113?tls=false',
    );
  }
  const safe = redactConnectionString(connectionString);
  let client: EventStoreDBClient;
  let settings: ReturnType<typeof parseConnectionString>;
  try {
    const problem = connectionStringProblem(connectionString);
    if (problem !== undefined) throw new Error(problem);
    settings = parseConnectionString(connectionString);
    client = EventStoreDBClient.connectionString(connectionString);
  } catch (error) {
    // Without the client's error as the cause: it carries the whole string, password included.
    throw new StoreUnavailableError(
      `invalid EventStoreDB connection string ${safe}: ${redactConnectionString(describeError(error))}`,
    );
  }
  const store = new EsdbEventStore(withUnaryAppends(client), {
    readDeadlineMs: settings.defaultDeadline ?? DEFAULT_DEADLINE_MS,
    ...storeOptions,
  });
  const logger = storeOptions.logger ?? consoleLogger;
  if (verifyConnection) {
    try {
      const started = Date.now();
      for (let attempt = 0; ; attempt++) {
        try {
          await store.ping();
          break;
        } catch (error) {
          const delayMs = backoffDelay(attempt, CONNECT_BACKOFF);
          // Wrong credentials, or a user not allowed to read $all, fail the same way every time: no retrying them.
          if (
            !(error instanceof StoreUnavailableError) ||
            isAccessDenied(error.cause) ||
            Date.now() - started + delayMs > connectTimeoutMs
          )
            throw error;
          logger.warn('EventStoreDB is not answering yet; retrying', {
            connection: safe,
            attempt: attempt + 1,
            delayMs,
            error: describeError(error),
          });
          await new Promise((resolve) => setTimeout(resolve, delayMs));
        }
      }
      const problem = unsupportedServerVersion(await serverVersion(client));
      if (problem !== undefined) throw new StoreUnavailableError(`${problem} (at ${safe})`);
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error instanceof StoreUnavailableError
        ? error
        : new StoreUnavailableError(`cannot read EventStoreDB at ${safe}: ${describeError(error)}`, error);
    }
  }
  logger.info('connected', { connection: safe, namespace: storeOptions.namespace ?? '' });
  return store;
}
