/**
 * The event-store port: four capabilities every store offers (append, read a
 * stream, read all, subscribe), vendor-free. Adapters translate vendor
 * revisions, positions and errors into these types.
 *
 * Numbering:
 * - a stream's revisions start at 0 and have no gaps;
 * - global positions start at 1, are strictly increasing in commit order and
 *   never reused (adapters may leave gaps, SQLite does not). 0 means "before
 *   the first event", so `afterPosition: 0` subscribes from the start.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * - a number: the stream's current revision must be exactly this;
 * - `no-stream`: the stream must not exist;
 * - `exists`: the stream must exist;
 * - `any`: no check.
 */
export type ExpectedRevision = number | 'no-stream' | 'exists' | 'any';

export interface NewEvent {
  /** UUID. A retry of the same id on the same stream stores nothing. */
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata?: JsonObject;
}

/**
 * An event its maker has already encoded: `data` and `metadata` as the JSON
 * text of an object each (`JSON.stringify` of a `NewEvent`'s, `'{}'` for no
 * metadata). What `appendEncoded` takes.
 */
export interface EncodedNewEvent {
  /** UUID. A retry of the same id on the same stream stores nothing. */
  readonly id: string;
  readonly type: string;
  /** JSON text of an object. */
  readonly data: string;
  /** JSON text of an object. */
  readonly metadata: string;
}

export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly stream: string;
  /** 0-based, per stream, no gaps. */
  readonly revision: number;
  /** Global, strictly increasing. */
  readonly position: number;
  /** ISO-8601 time the store committed it. */
  readonly recordedAt: string;
}

export interface AppendResult {
  /** The stream's revision after the append (revision of its last event). */
  readonly nextRevision: number;
  /** The stored events, in order, with revision and position. */
  readonly events: readonly RecordedEvent[];
  /** True when every event was already stored by an earlier append with the same ids: nothing new was stored. */
  readonly duplicate: boolean;
}

/** What `appendEncoded` answers: no events handed back, so none has to be decoded for the caller. */
export interface EncodedAppendResult {
  /** The stream's revision after the append (revision of its last event). */
  readonly nextRevision: number;
  /** How many events this append stored: all of them, or 0 for a retry or an empty append. */
  readonly stored: number;
  /** Position of the append's last event (of the first attempt's, for a retry); 0 for an empty append. */
  readonly position: number;
  /** As `AppendResult.duplicate`. */
  readonly duplicate: boolean;
}

/** An event set aside in an `EventStaging`: the stream it is for, and the event as its maker encoded it. */
export interface StagedEvent {
  readonly stream: string;
  readonly event: EncodedNewEvent;
}

/** What `EventStaging.append` stored. */
export interface StagedAppendResult {
  /** How many events it stored (a retry's events are not counted). */
  readonly stored: number;
  /** Position of the last event it stored or found stored (0: none). */
  readonly position: number;
}

/**
 * Events their maker has encoded (as for `appendEncoded`), set aside in order
 * to be appended later, a range at a time (the bulk import: it decides every
 * line of a file before it stores any). Nothing staged is stored until
 * `append`; `close` lets go of what is staged. Held on disk, not in memory.
 */
export interface EventStaging {
  /** How many events are staged: they are numbered 1 to `count` in staging order. */
  readonly count: number;
  /** Sets `event` aside for `stream`, after everything staged before it; returns its number. Nothing is checked yet but that its fields are strings. */
  stage(stream: string, event: EncodedNewEvent): number;
  /** The event staged as `seq`, as it was staged. */
  staged(seq: number): StagedEvent;
  /**
   * Appends the events staged as `from` to `to` (inclusive), in staging
   * order, exactly as `appendEncoded` of each run of consecutive events of
   * one stream (runs of at most 1,000 events and 512 KiB, unless one event
   * is larger), the runs of different streams issued
   * together, a stream's runs one after another: the same checks
   * and errors (the first failing run's error, the others stored), the same
   * revisions, positions in staging order. A run holding a stream's first
   * staged event expects `expected.get(stream)` (`any` when absent), later
   * runs `any`.
   */
  append(from: number, to: number, expected: ReadonlyMap<string, ExpectedRevision>): Promise<StagedAppendResult>;
  /** Lets go of what is staged (idempotent). */
  close(): void;
}

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Default: the first revision forwards, the last backwards. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface EventFilter {
  /** Only streams whose name starts with this. */
  readonly streamPrefix?: string;
  /** Only these event types. */
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions extends EventFilter {
  /** Inclusive. Default 0 (from the start). */
  readonly fromPosition?: number;
  readonly maxCount?: number;
  /**
   * Told, before the read resolves, of each stream of the filter's deleted outside the store
   * (`StreamDeletedNotice`, as a subscription's `onStreamDeleted`) that the log records from
   * `fromPosition` up to the last event read — to the end of the log when fewer than `maxCount`
   * events are read. Only the EventStoreDB store calls it.
   */
  readonly onStreamDeleted?: (notice: StreamDeletedNotice) => void;
}

export interface ReadAllPagesOptions {
  /** Inclusive. Default 0 (from the start). */
  readonly fromPosition?: number;
  /** Most events per page. */
  readonly pageSize: number;
  /** Only streams whose name starts with this. */
  readonly streamPrefix?: string;
  /**
   * Told of each stream of the filter's deleted outside the store within the pages' range
   * (`StreamDeletedNotice`, as a subscription's `onStreamDeleted`), before the page holding the
   * first event after it is yielded, or before the pages end. Only the EventStoreDB store calls it.
   */
  readonly onStreamDeleted?: (notice: StreamDeletedNotice) => void;
}

/**
 * How a stream was deleted outside Parley, with EventStoreDB's own tools:
 * - `tombstone`: hard-deleted; EventStoreDB refuses every read and write of it, for ever;
 * - `soft-delete`: its metadata hides every event (`$tb` = 2^63 − 1); EventStoreDB reads it as not
 *   found and would let a write recreate it without them;
 * - `truncated`: its metadata (`$tb`) hides its first events (or a stream read skips revisions).
 */
export type StreamDeletion = 'tombstone' | 'soft-delete' | 'truncated';

/**
 * A stream deleted in the store by something other than the store itself, as a subscriber meets it
 * in the log: the EventStoreDB store reports an operator's tombstone, soft delete or truncation
 * (`$all` records each after the stream's events); the SQLite and memory stores never do (nothing
 * but the store writes them). The stream's events stay in the log (EventStoreDB keeps them in
 * `$all` until a scavenge), but reads and appends of the stream are refused (`StreamDeletedError`).
 */
export interface StreamDeletedNotice {
  /** The caller's stream name. */
  readonly stream: string;
  readonly deletion: StreamDeletion;
  /** Where the log records the deletion: after every event handed out before it, before any after it. */
  readonly position: number;
}

export interface SubscribeOptions {
  /** The checkpoint: deliver only events with a position greater than this. 0 = from the start. */
  readonly afterPosition: number;
  readonly filter?: EventFilter;
  /** Largest batch handed to `onEvents`. */
  readonly batchSize?: number;
}

export interface SubscriptionHandler {
  /**
   * Events in position order. Awaited before the next batch is delivered, so a
   * slow handler applies backpressure rather than losing or reordering events.
   */
  onEvents(events: readonly RecordedEvent[]): void | Promise<void>;
  /**
   * A stream of the filter's (`streamPrefix`; `eventTypes` do not apply) was deleted outside the
   * store (`StreamDeletedNotice`), in position order with the events: every event before it was
   * handed to `onEvents` first, none after it. Awaited, as `onEvents`. The subscription's position
   * is the notice's afterwards: persist it as a checkpoint. Without this callback a notice counts as
   * an event the filter skipped (`onCheckpoint`).
   */
  onStreamDeleted?(notice: StreamDeletedNotice): void | Promise<void>;
  /**
   * The subscription has seen everything up to `position`, including events
   * the filter skipped: persist this as the checkpoint.
   */
  onCheckpoint?(position: number): void;
  /** Called each time the subscription has delivered everything committed so far. */
  onCaughtUp?(position: number): void;
  /** A failure the subscription could not recover from; it is closed afterwards. */
  onError?(error: Error): void;
}

export interface Subscription {
  /** Last position delivered or checkpointed. */
  readonly position: number;
  close(): Promise<void>;
}

export interface EventStore {
  /** A name for logs and health: `sqlite`, `memory`, `eventstoredb`. */
  readonly kind: string;

  /**
   * Appends atomically: all events or none.
   * @throws WrongExpectedRevisionError when the expectation does not hold.
   * @throws DuplicateEventIdError when an event id is already stored elsewhere.
   */
  append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;

  /**
   * `append` for events already encoded, for a caller that made each event
   * itself and encoded it once (the bulk import: it has checked every event
   * as an HTTP write is checked — the codec, the edge's verdict, `decide` —
   * before appending any): the text is stored as given, not decoded here and
   * encoded again. Other callers use `append`.
   *
   * Still checked, with the same errors as `append` (nothing of the append
   * stored): the stream, the expected revision, each event's id (non-empty,
   * not twice in the append, a retry or a conflict as in `append`) and type,
   * and that `data` and `metadata` are each the JSON text of an object
   * (`TypeError` naming `events[i].data` or `events[i].metadata`). Trusted:
   * what the objects hold — the store never looks inside an event.
   *
   * Subscribers and reads get the events exactly as if `append` had stored
   * them (decoded where they are read).
   */
  appendEncoded(
    stream: string,
    events: readonly EncodedNewEvent[],
    options: AppendOptions,
  ): Promise<EncodedAppendResult>;

  /**
   * A staging for events to append later (`EventStaging`), its files in
   * `dir` (an existing directory the caller removes afterwards). SQLite keeps
   * it in a scratch database beside the connection and appends a range in one
   * statement; the others keep it in a file and append it through
   * `appendEncoded`.
   */
  openStaging(dir: string): EventStaging;

  /** A stream's events; an empty array for a stream that does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** Events of every stream in position order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /**
   * The same events as `readAll` from `fromPosition`, page by page (each of
   * at most `pageSize`, none empty), until a page would be empty. A store may
   * read the next pages ahead while the caller works on one (SQLite reads them
   * on a worker thread); leaving the loop early stops it.
   */
  readAllPages(options: ReadAllPagesOptions): AsyncIterable<RecordedEvent[]>;

  /** Catches up from the checkpoint, then follows live: in order, no gap, no duplicate. */
  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription;

  /** One event by id, or undefined. */
  readEvent(id: string): Promise<RecordedEvent | undefined>;

  /** The current revision of a stream, or -1 when it does not exist. */
  streamRevision(stream: string): Promise<number>;

  /** The position of the last committed event, 0 when empty. */
  headPosition(): Promise<number>;

  close(): Promise<void>;
}
