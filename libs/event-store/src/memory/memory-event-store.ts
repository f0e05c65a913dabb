/**
 * The reference store: the port's rules over plain arrays, for fast tests.
 * Events are kept as JSON text and parsed on every read, like the SQLite
 * store, so a reader can never mutate what another reader (or the log) sees
 * and whatever does not survive JSON does not survive here either.
 */
import { StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EncodedAppendResult,
  EncodedNewEvent,
  EventFilter,
  EventStaging,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadAllPagesOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../port';
import { CatchUpSubscription } from '../shared/catch-up-subscription';
import { readAllInPages } from '../shared/pages';
import { FileStaging } from '../shared/staging';
import {
  allRange,
  decodeEncodedAppend,
  encodedResultOf,
  expectationHolds,
  matchesFilter,
  prepareAppend,
  priorAppend,
  streamRange,
} from '../shared/rules';

interface StoredEvent {
  readonly position: number;
  readonly stream: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recordedAt: string;
}

export interface MemoryEventStoreOptions {
  /** The commit clock; tests may fix it. */
  readonly clock?: () => Date;
}

export class MemoryEventStore implements EventStore {
  readonly kind = 'memory';
  /** Index `i` holds position `i + 1`: positions have no gaps here. */
  private readonly log: StoredEvent[] = [];
  private readonly byId = new Map<string, StoredEvent>();
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly clock: () => Date;
  private closed = false;

  constructor(options: MemoryEventStoreOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
  }

  async append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const expected = options?.expectedRevision;
    const serialised = prepareAppend(stream, events, expected);
    const current = this.currentRevision(stream);

    // A retry is recognised before the expectation is checked: the writer's
    // first attempt may have succeeded after it gave up waiting.
    const prior = priorAppend(stream, events, (id) => this.recorded(this.byId.get(id)));
    if (prior !== undefined) return prior;
    if (!expectationHolds(expected, current)) throw new WrongExpectedRevisionError(stream, expected, current);
    if (events.length === 0) return { nextRevision: current, events: [], duplicate: false };

    const recordedAt = this.clock().toISOString();
    const streamEvents = this.streams.get(stream) ?? [];
    const recorded: RecordedEvent[] = [];
    let revision = current;
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as NewEvent;
      revision++;
      const stored: StoredEvent = {
        position: this.log.length + 1,
        stream,
        revision,
        id: event.id,
        type: event.type,
        data: serialised.data[i] as string,
        metadata: serialised.metadata[i] as string,
        recordedAt,
      };
      this.log.push(stored);
      this.byId.set(stored.id, stored);
      streamEvents.push(stored);
      recorded.push(this.recorded(stored));
    }
    this.streams.set(stream, streamEvents);
    for (const subscription of this.subscriptions) subscription.notify();
    return { nextRevision: revision, events: recorded, duplicate: false };
  }

  /** Decoded once (checked so), then appended as `append` does: this store keeps the text `append` encodes. */
  async appendEncoded(
    stream: string,
    events: readonly EncodedNewEvent[],
    options: AppendOptions,
  ): Promise<EncodedAppendResult> {
    this.assertOpen();
    return encodedResultOf(
      await this.append(stream, decodeEncodedAppend(stream, events, options?.expectedRevision), options),
    );
  }

  /** In a file, appended through `appendEncoded`. */
  openStaging(dir: string): EventStaging {
    this.assertOpen();
    return new FileStaging(this, dir);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const range = streamRange(options);
    const events = this.streams.get(stream) ?? [];
    const result: RecordedEvent[] = [];
    if (range.backwards) {
      for (let r = Math.min(range.from, events.length - 1); r >= 0 && result.length < range.maxCount; r--) {
        result.push(this.recorded(events[r] as StoredEvent));
      }
    } else {
      for (let r = range.from; r < events.length && result.length < range.maxCount; r++) {
        result.push(this.recorded(events[r] as StoredEvent));
      }
    }
    return result;
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const range = allRange(options);
    return this.page(Math.max(range.from - 1, 0), this.log.length, options, range.maxCount);
  }

  readAllPages(options: ReadAllPagesOptions): AsyncIterable<RecordedEvent[]> {
    return readAllInPages(this, options);
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(
      {
        headPosition: () => this.log.length,
        readPage: (after, upTo, filter, limit) => this.page(after, upTo, filter, limit),
      },
      options,
      handler,
      (finished) => this.subscriptions.delete(finished),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async readEvent(id: string): Promise<RecordedEvent | undefined> {
    this.assertOpen();
    return this.recorded(this.byId.get(id));
  }

  async streamRevision(stream: string): Promise<number> {
    this.assertOpen();
    return this.currentRevision(stream);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.log.length;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
  }

  private currentRevision(stream: string): number {
    return (this.streams.get(stream)?.length ?? 0) - 1;
  }

  /** Events with `after < position <= upTo` that match, at most `limit`. */
  private page(after: number, upTo: number, filter: EventFilter | undefined, limit: number): RecordedEvent[] {
    const result: RecordedEvent[] = [];
    const end = Math.min(upTo, this.log.length);
    for (let i = after; i < end && result.length < limit; i++) {
      const stored = this.log[i] as StoredEvent;
      if (matchesFilter(filter, stored.stream, stored.type)) result.push(this.recorded(stored));
    }
    return result;
  }

  private recorded(stored: StoredEvent): RecordedEvent;
  private recorded(stored: StoredEvent | undefined): RecordedEvent | undefined;
  private recorded(stored: StoredEvent | undefined): RecordedEvent | undefined {
    if (stored === undefined) return undefined;
    return {
      id: stored.id,
      type: stored.type,
      data: JSON.parse(stored.data),
      metadata: JSON.parse(stored.metadata),
      stream: stored.stream,
      revision: stored.revision,
      position: stored.position,
      recordedAt: stored.recordedAt,
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the memory event store is closed');
  }
}
