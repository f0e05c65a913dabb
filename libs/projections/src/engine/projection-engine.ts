import {
  NEGOTIATION_STREAM_PREFIX,
  fromAppendedEvent,
  fromStoredEvent,
  negotiationIdFromStream,
  type NegotiationEvent,
  streamName,
  toInstant,
} from '@parley/domain';
import type {
  EventStore,
  RecordedEvent,
  StreamDeletedError,
  StreamDeletion,
  Subscription,
} from '@parley/event-store';
import type { EscalationModel } from '../escalation-model';
import { type EffectiveEvent, isCorrectionEvent, type LogEntry } from '../effective-events';
import {
  draftViewState,
  emptyViewState,
  foldViews,
  needsRefold,
  type ViewState,
  type ViewStateDraft,
} from '../view-state';
import type { SnapshotState, SnapshotStore, ViewsSnapshotHeader } from './snapshot-store';
import { EvidenceCache } from './evidence-cache';
import {
  firstChangedPiece,
  restoredState,
  snapshotRow,
  storedDevelopments,
  type StoredDevelopments,
} from './snapshot-rows';
import { stringPool, type StringPool } from '../string-pool';

/**
 * Periodic snapshots take at most 1/SNAPSHOT_SPACING of the time (see
 * snapshotDue): a snapshot only shortens a restart, so while the log grows
 * fast (a bulk import followed live) it must not take much from the writes.
 */
const SNAPSHOT_SPACING = 50;
/**
 * Events per page a rebuild reads. Small on purpose: a page's rows and their
 * parsed JSON stay alive until the page is folded, and every young-generation
 * GC meanwhile copies them — pages of 2,000 made those copies the largest
 * cost of a rebuild; the per-page overhead is small next to it.
 */
const REBUILD_PAGE = 250;

/** A negotiation's working copy while a batch (or a whole rebuild) is applied; `applied`: it took a development. */
interface Working {
  readonly draft: ViewStateDraft;
  applied: boolean;
}

/** What a rebuild keeps from one page to the next: its string pool, each negotiation's working copy, stream ids. */
interface RebuildRun {
  readonly pool: StringPool;
  readonly drafts: Map<string, Working>;
  /** Stream name → negotiation id (null: not a negotiation's): pages interleave streams, each is read once. */
  readonly ids: Map<string, string | null>;
}

/** `negotiationIdFromStream`, remembered in `ids` (the id string is then one per negotiation, its hash computed once). */
function idOfStream(ids: Map<string, string | null>, stream: string): string | undefined {
  let id = ids.get(stream);
  if (id === undefined) {
    id = negotiationIdFromStream(stream) ?? null;
    ids.set(stream, id);
  }
  return id ?? undefined;
}

/**
 * A snapshot of more negotiations than this is written in slices between
 * other work (see SnapshotJob) rather than in one pause of the event loop.
 */
const SNAPSHOT_ROWS_AT_ONCE = 200;
/** Most time one slice of a sliced snapshot takes before the event loop gets a turn (ms). */
const SNAPSHOT_SLICE_MS = 20;

/** The engine's states keep no evidence: a million developments' sources would be most of their memory (`ViewState.evidence`). */
const NO_EVIDENCE = { evidence: false } as const;

/**
 * What the engine needs of its host's configuration (the app's `AppConfig`
 * has these fields under the same names).
 */
export interface ProjectionEngineOptions {
  /** Events applied before a periodic snapshot is due (PARLEY_SNAPSHOT_EVERY). */
  readonly snapshotEvery: number;
  /** How long `waitFor` waits by default (ms). */
  readonly minPositionTimeoutMs: number;
  /** The host's watchdog period, calling `checkProgress` (ms; named in the stall's reason). */
  readonly viewsWatchdogMs: number;
  /** First delay before a stalled subscription is restarted (ms; doubled per attempt, at most 30 s). */
  readonly viewsRestartMs: number;
  /** Longest a catch-up may go without any progress before `start` fails (ms). */
  readonly viewsBootstrapTimeoutMs: number;
}

/** What the engine says: Nest's `Logger` fits (an object first, then the message, as pino takes them). */
export interface EngineLogger {
  log(message: unknown, ...rest: unknown[]): void;
  warn(message: unknown, ...rest: unknown[]): void;
  error(message: unknown, ...rest: unknown[]): void;
}

const silentLogger: EngineLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

export interface ProjectionEngineHooks {
  readonly logger?: EngineLogger;
  /** Called whenever the views' position moves (a metric). */
  readonly onPosition?: (position: number) => void;
}

/** What a health check needs to know of the views. */
export interface EngineProgress {
  /** Global position the views include. */
  readonly position: number;
  readonly rebuilding: boolean;
  readonly modelVersion: string;
  /** Present while the views' subscription is dead or stalled (the views are not current). */
  readonly stalled?: { readonly reason: string; readonly sinceMs: number };
}

/** A negotiation dropped from the views because its stream was deleted in the store outside Parley. */
export interface DeletedOutside {
  readonly stream: string;
  readonly deletion: StreamDeletion;
}

/** Notified after each applied batch: which negotiations changed, and the position the views now include. */
export type ViewsListener = (change: { readonly negotiationIds: readonly string[]; readonly position: number }) => void;

interface Waiter {
  readonly position: number;
  readonly resolve: (reached: boolean) => void;
  readonly timer: NodeJS.Timeout;
}

/** The code of the store's `StreamDeletedError` (the engine knows the port by its types only). */
const STREAM_DELETED: StreamDeletedError['code'] = 'stream-deleted';

function isStreamDeleted(error: unknown): error is StreamDeletedError {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === STREAM_DELETED;
}

/**
 * Keeps every negotiation's views in memory, fed by the store's subscription —
 * the same path for live updates and for replay, never an in-process bus. An
 * event that arrives in fold order is applied incrementally; a backdated one,
 * a correction or a retraction re-folds that one negotiation from the log.
 * Checkpointed snapshots let a restart resume from their position.
 *
 * A plain class: its host (the app's views module) calls `start` and `stop`,
 * and `checkProgress` every `viewsWatchdogMs`.
 */
export class ProjectionEngine {
  private readonly logger: EngineLogger;
  /** Negotiations whose stream was deleted in the store outside Parley, dropped from the views (see `dropDeleted`). */
  private readonly deleted = new Map<string, DeletedOutside>();
  private readonly onPosition: (position: number) => void;
  private states = new Map<string, ViewState>();
  /**
   * States handed out since they were published (to a reader, a listener's
   * reader or a snapshot): those must never change, so the next batch that
   * touches one copies it. Any other is the engine's alone and is written in
   * place, as a rebuild does — so a bulk import followed live does not copy
   * each touched negotiation's views once per batch.
   */
  private readonly exposed = new WeakSet<ViewState>();
  private position = 0;
  /**
   * The last event the views include, its id and position: what a snapshot names (its header's
   * `position` and `lastEventId`), so that a restart can check the log still holds it there. The
   * views' position may be past it (a checkpoint past skipped events, a deletion notice): a restart
   * from the snapshot goes over those again.
   */
  private lastEventId = '';
  private lastEventPosition = 0;
  private subscription?: Subscription;
  private rebuilding = false;
  private appliedSinceSnapshot = 0;
  /** Negotiations changed since the last snapshot: the next one rewrites only these (unless `snapshotAll`). */
  private dirty = new Set<string>();
  /** The snapshot's rows are not those of `states` (a rebuild replaced them): the next one rewrites them all. */
  private snapshotAll = true;
  /** What each negotiation's saved row holds of its developments: the next snapshot writes the pieces after them. */
  private stored = new Map<string, StoredDevelopments>();
  /** Position the last saved (or restored) snapshot holds, when it was taken and how long saving it took. */
  private snapshotPosition = 0;
  private snapshotAt = 0;
  private snapshotMs = 0;
  /** A snapshot being written in slices, if any. */
  private snapshotJob: SnapshotJob | undefined;
  /** Periodic snapshots wait while this is above 0 (`withoutPeriodicSnapshots`). */
  private snapshotsHeld = 0;
  private waiters: Waiter[] = [];
  private readonly listeners = new Set<ViewsListener>();
  /** Serialises rebuilds with the live subscription's batches. */
  private generation = 0;
  /** Set while the views' subscription is dead or stalled: why, and since when (ms). */
  private stall: { readonly reason: string; readonly since: number } | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private restartAttempts = 0;
  /** What the watchdog saw at its last look. */
  private watched: { readonly position: number; readonly head: number } | undefined;
  private watching = false;
  /** When the subscription last delivered anything (events, a checkpoint, "caught up"). */
  private lastProgress = Date.now();
  private shuttingDown = false;
  /** The evidence of the negotiations being looked at: the states do not keep it (`ViewState.evidence`). */
  private readonly evidence = new EvidenceCache(
    (negotiationId) => this.readEntries(negotiationId, this.position),
    (negotiationId, error) => {
      if (error === undefined) this.notify([negotiationId]);
      else this.logger.warn({ err: error, negotiationId }, 'could not read the evidence of a negotiation');
    },
  );

  constructor(
    private readonly store: EventStore,
    private readonly snapshots: SnapshotStore,
    readonly model: EscalationModel,
    private readonly config: ProjectionEngineOptions,
    hooks: ProjectionEngineHooks = {},
  ) {
    this.logger = hooks.logger ?? silentLogger;
    this.onPosition = hooks.onPosition ?? (() => undefined);
  }

  /** Restores the snapshot (if usable) and follows the log; resolves once the views have caught up with it. */
  async start(): Promise<void> {
    const restored = await this.restoreSnapshot();
    if (!restored) this.logger.log('views: no usable snapshot, folding the whole log');
    try {
      await this.follow(this.generation);
    } catch (error) {
      await this.subscription?.close();
      throw error;
    }
  }

  /** Stops following the log, saves what changed since the last snapshot, and closes the snapshot store. */
  async stop(): Promise<void> {
    this.shuttingDown = true;
    clearTimeout(this.restartTimer);
    await this.subscription?.close();
    this.subscription = undefined;
    // A snapshot being written in slices is finished now; then what changed since it was taken.
    this.snapshotJob?.finishNow();
    // Nothing applied since the last snapshot: it already holds these views.
    if (!this.rebuilding && this.position !== this.snapshotPosition) this.saveSnapshot();
    this.snapshots.close();
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.resolve(false);
    }
    this.waiters = [];
  }

  progress(): EngineProgress {
    return {
      position: this.position,
      rebuilding: this.rebuilding,
      modelVersion: this.model.version,
      ...(this.stall ? { stalled: { reason: this.stall.reason, sinceMs: Date.now() - this.stall.since } } : {}),
    };
  }

  /** Why the views cannot be trusted to be current (their subscription is dead or stalled), or undefined. */
  get stalled(): string | undefined {
    return this.stall?.reason;
  }

  /** The current folded state of a negotiation, or undefined when it was never opened. */
  state(negotiationId: string): ViewState | undefined {
    const state = this.states.get(negotiationId);
    if (state !== undefined) this.exposed.add(state);
    return state;
  }

  /**
   * The current state with its evidence (`ViewState.evidence`: sources,
   * quotes, speakers, conditions), which the matrix and the escalation
   * drivers show: read from the log the first time, then kept current with
   * the views for the negotiations read most recently.
   */
  async withEvidence(negotiationId: string): Promise<ViewState | undefined> {
    if (!this.states.has(negotiationId)) return undefined;
    const evidence = await this.evidence.load(negotiationId);
    // The state now: the evidence covers every event the views include.
    const state = this.state(negotiationId);
    return state && { ...state, evidence };
  }

  /**
   * `withEvidence` for a synchronous reader (the live views): undefined until
   * the evidence is read — that read starts now, and listeners hear of the
   * negotiation (`onChange`) when it is done.
   */
  currentWithEvidence(negotiationId: string): ViewState | undefined {
    if (!this.states.has(negotiationId)) return undefined;
    const evidence = this.evidence.current(negotiationId);
    const state = evidence && this.state(negotiationId);
    return state && { ...state, evidence };
  }

  /** Keeps the negotiation's evidence current in memory until the returned function is called (a live client follows it). */
  watchEvidence(negotiationId: string): () => void {
    return this.evidence.watch(negotiationId);
  }

  negotiationIds(): string[] {
    return [...this.states.keys()];
  }

  /** How the negotiation's stream was deleted outside Parley, when the views dropped it for that (see `dropDeleted`). */
  deletedOutside(negotiationId: string): DeletedOutside | undefined {
    return this.deleted.get(negotiationId);
  }

  /** The store's last committed position (may be ahead of the views). */
  storeHead(): Promise<number> {
    return this.store.headPosition();
  }

  get currentPosition(): number {
    return this.position;
  }

  onChange(listener: ViewsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves true once the views include `position`, false after `timeoutMs`. */
  waitFor(position: number, timeoutMs = this.config.minPositionTimeoutMs): Promise<boolean> {
    if (this.position >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(this.position >= position);
      }, timeoutMs);
      const waiter: Waiter = { position, resolve, timer };
      this.waiters.push(waiter);
    });
  }

  /**
   * Folds one negotiation from its stream, as of `at` / as known at `knownAt`
   * (ms). Used for the past, where the in-memory state does not apply.
   */
  async foldFromLog(
    negotiationId: string,
    options: { at?: number; knownAt?: number },
  ): Promise<{ state: ViewState; entries: LogEntry[] } | undefined> {
    const entries = await this.readEntries(negotiationId);
    if (entries.length === 0) return undefined;
    return { state: foldViews(entries, options, this.model), entries };
  }

  /** The negotiation's whole log as fold entries (timeline, changes, the past). */
  async readEntries(negotiationId: string, upToPosition = Number.POSITIVE_INFINITY): Promise<LogEntry[]> {
    const stream = streamName(negotiationId);
    const entries: LogEntry[] = [];
    for (let from = 0; ;) {
      const page = await this.store.readStream(stream, { fromRevision: from, maxCount: 1000 });
      for (const recorded of page) {
        if (recorded.position <= upToPosition)
          entries.push({ event: fromStoredEvent(recorded), position: recorded.position });
      }
      if (page.length < 1000) break;
      from = page[page.length - 1]!.revision + 1;
    }
    return entries;
  }

  /** Drops every view and folds the whole log again; readers see the old views until the new ones have caught up. */
  async rebuild(): Promise<{ position: number; negotiations: number; events: number; ms: number }> {
    const started = Date.now();
    const generation = ++this.generation;
    await this.subscription?.close();
    this.subscription = undefined;
    this.rebuilding = true;
    // Whatever it was writing is about to be replaced.
    this.snapshotJob?.cancel();
    const building = new Map<string, ViewState>();
    let position = 0;
    let lastEventId = '';
    let events = 0;
    // Negotiations whose stream the log says was deleted outside Parley (EventStoreDB): checked once the pages are in.
    const noticed = new Set<string>(this.deleted.keys());
    try {
      // The store may read the next pages while this one is folded (SQLite does, on a worker thread).
      const pages = this.store.readAllPages({
        fromPosition: 1,
        pageSize: REBUILD_PAGE,
        streamPrefix: NEGOTIATION_STREAM_PREFIX,
        onStreamDeleted: (notice) => {
          const negotiationId = negotiationIdFromStream(notice.stream);
          if (negotiationId !== undefined) noticed.add(negotiationId);
        },
      });
      // One pool for the whole rebuild (a string many developments keep is kept once across every
      // negotiation), and one working copy per negotiation for all of its pages.
      const run: RebuildRun = { pool: stringPool(), drafts: new Map(), ids: new Map() };
      for await (const page of pages) {
        await this.applyInto(building, page, run);
        events += page.length;
        position = page[page.length - 1]!.position;
        lastEventId = page[page.length - 1]!.id;
      }
      await this.recheckDeleted(building, noticed, position, run.pool);
    } catch (error) {
      this.rebuilding = false;
      if (generation === this.generation) await this.follow(generation);
      throw error;
    }
    this.states = building;
    // Positions only grow: other streams' events may lie beyond the last negotiation event.
    if (position >= this.position) {
      this.position = position;
      this.lastEventId = lastEventId;
      this.lastEventPosition = position;
    }
    this.rebuilding = false;
    this.snapshots.clear();
    this.snapshotPosition = 0;
    this.snapshotAll = true;
    this.dirty.clear();
    // Written in slices after this returns: the views serve meanwhile, and a restart before it ends refolds.
    this.takeSnapshot();
    this.notify([...this.states.keys()]);
    await this.follow(generation);
    const ms = Date.now() - started;
    this.logger.log({ events, negotiations: this.states.size, ms }, 'views rebuilt from the log');
    return { position: this.position, negotiations: this.states.size, events, ms };
  }

  // -------------------------------------------------------------------------

  /**
   * Subscribes from the views' position; resolves once caught up. Rejects if
   * the subscription fails first, or makes no progress at all (no event, no
   * checkpoint, no "caught up") for `viewsBootstrapTimeoutMs` — a server that
   * never says "caught up" (EventStoreDB before 23.10) or a stalled one would
   * otherwise keep start-up waiting for ever.
   */
  private follow(generation: number): Promise<void> {
    let caughtUp!: () => void;
    let failed!: (error: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      caughtUp = resolve;
      failed = reject;
    });
    this.lastProgress = Date.now();
    const progressed = (): void => {
      this.lastProgress = Date.now();
      if (generation === this.generation) this.recovered();
    };
    const timeoutMs = this.config.viewsBootstrapTimeoutMs;
    const noProgress = setInterval(
      () => {
        if (Date.now() - this.lastProgress <= timeoutMs) return;
        failed(
          new Error(
            `the views' subscription made no progress for ${timeoutMs} ms while catching up from position ${this.position} ` +
              '(PARLEY_VIEWS_BOOTSTRAP_TIMEOUT_MS); is the store reachable, and is it EventStoreDB 23.10 or later?',
          ),
        );
      },
      Math.min(1000, timeoutMs),
    );
    noProgress.unref();
    this.subscription = this.store.subscribe(
      { afterPosition: this.position, filter: { streamPrefix: NEGOTIATION_STREAM_PREFIX }, batchSize: 1000 },
      {
        onEvents: async (events) => {
          if (generation !== this.generation) return;
          progressed();
          const changed = await this.applyInto(this.states, events);
          for (const negotiationId of changed) this.dirty.add(negotiationId);
          const last = events[events.length - 1]!;
          this.advance(last.position, last);
          // Listeners hear of a change once the views' position includes it.
          if (changed.length > 0) this.notify(changed);
          this.appliedSinceSnapshot += events.length;
          if (this.snapshotDue()) this.takeSnapshot();
        },
        onStreamDeleted: (notice) => {
          if (generation !== this.generation) return;
          progressed();
          const negotiationId = negotiationIdFromStream(notice.stream);
          if (negotiationId !== undefined) this.dropDeleted(this.states, negotiationId, notice);
          this.advance(notice.position);
          if (negotiationId !== undefined) this.notify([negotiationId]);
        },
        onCheckpoint: (position) => {
          progressed();
          if (generation === this.generation && position > this.position) this.advance(position);
        },
        onCaughtUp: () => {
          progressed();
          caughtUp();
        },
        onError: (error) => {
          this.logger.error({ err: error }, 'views subscription failed');
          failed(error);
          if (generation === this.generation) this.markStalled(`the views' subscription stopped: ${error.message}`);
        },
      },
    );
    return ready.finally(() => clearInterval(noProgress));
  }

  /**
   * The watchdog (the host calls it every `viewsWatchdogMs`): behind the
   * store's head at its last look, and not moved since, the subscription is
   * stalled (a server that stopped sending, a connection that hangs without
   * an error).
   */
  async checkProgress(): Promise<void> {
    if (this.rebuilding || this.watching || this.shuttingDown) return;
    this.watching = true;
    try {
      const head = await this.store.headPosition();
      const previous = this.watched;
      this.watched = { position: this.position, head };
      if (previous !== undefined && previous.head > previous.position && previous.position === this.position) {
        this.markStalled(
          `the views have not moved from position ${this.position} for ${this.config.viewsWatchdogMs} ms while the log reaches ${head}`,
        );
      }
    } catch {
      // The store does not answer: /health reports that by itself.
    } finally {
      this.watching = false;
    }
  }

  /** Marks the views stalled (served 503 `views-stalled` until the subscription moves again) and restarts it with backoff. */
  private markStalled(reason: string): void {
    if (this.stall === undefined) {
      this.stall = { reason, since: Date.now() };
      this.logger.error({ reason, position: this.position }, 'views stalled; restarting their subscription');
    }
    if (this.restartTimer !== undefined || this.shuttingDown) return;
    const delayMs = Math.min(30_000, this.config.viewsRestartMs * 2 ** Math.min(this.restartAttempts, 15));
    this.restartAttempts++;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      void this.restart();
    }, delayMs);
    this.restartTimer.unref();
  }

  private async restart(): Promise<void> {
    // A rebuild subscribes afresh when it ends.
    if (this.rebuilding || this.shuttingDown) return;
    const generation = this.generation;
    await this.subscription?.close().catch(() => undefined);
    if (generation !== this.generation || this.shuttingDown) return;
    this.watched = undefined;
    this.follow(generation).catch((error: unknown) => {
      if (generation === this.generation)
        this.markStalled(`restarting the views' subscription failed: ${String(error)}`);
    });
  }

  private recovered(): void {
    if (this.stall === undefined) return;
    this.logger.log(
      { position: this.position, stalledMs: Date.now() - this.stall.since },
      'views subscription moving again',
    );
    this.stall = undefined;
    this.restartAttempts = 0;
  }

  /**
   * Applies a batch: incrementally where possible, re-folding a negotiation once when it is not.
   *
   * Each negotiation the batch touches gets one working copy (`draftViewState`)
   * for the whole batch, so a batch costs O(events + state size) per
   * negotiation rather than a copy of its state per event. `rebuild` says
   * the states in `states` are private to the caller (a rebuild's, published
   * only when complete): they are then written in place, entities too, with
   * no copy at all, their strings shared through its pool, and each
   * negotiation's working copy kept for the next pages (a page of 250 events
   * touches about as many negotiations: a draft per batch would be one per event).
   * Live states handed to readers (`exposed`) are never written: the batch
   * publishes new ones, once every event of it has been applied; a live
   * state nobody was handed is written in place, like a rebuild's.
   */
  private async applyInto(
    states: Map<string, ViewState>,
    events: readonly RecordedEvent[],
    rebuild?: RebuildRun,
  ): Promise<string[]> {
    const owned = rebuild !== undefined;
    // Strings equal across this batch's developments are kept once.
    const pool = rebuild?.pool ?? stringPool();
    const changed = new Set<string>();
    const refold = new Set<string>();
    // In first-seen order: a new negotiation takes its place in `states` (the list's order) at its first event.
    const drafts = rebuild?.drafts ?? new Map<string, Working>();
    const lastPosition = events[events.length - 1]?.position ?? 0;
    // Events of one stream come in runs: the id of the last stream seen is reused (one string, its hash computed once).
    let lastStream: string | undefined;
    let lastId: string | undefined;
    for (const recorded of events) {
      if (recorded.stream !== lastStream) {
        lastStream = recorded.stream;
        lastId = rebuild === undefined ? negotiationIdFromStream(lastStream) : idOfStream(rebuild.ids, lastStream);
      }
      const negotiationId = lastId;
      if (!negotiationId || this.deleted.has(negotiationId)) continue;
      changed.add(negotiationId);
      if (refold.has(negotiationId)) continue;
      let event: NegotiationEvent;
      try {
        // Live, the store hands back what this process just appended: the decided events' own encodings, not
        // checked again. Anything read from the file (a rebuild) carries none and is checked in full.
        event = fromAppendedEvent(recorded);
      } catch (error) {
        this.evidence.take(negotiationId, recorded.revision, null);
        // A stored event that does not decode is a bug or a foreign writer: skip it loudly rather than stop every view.
        this.logger.error(
          { err: error, eventId: recorded.id, position: recorded.position },
          'undecodable event skipped',
        );
        continue;
      }
      let working = drafts.get(negotiationId);
      if (working === undefined) {
        const state = states.get(negotiationId);
        // A fresh empty state, or one nobody was handed since it was published, is the engine's alone: written in place.
        working = {
          draft: draftViewState(state ?? emptyViewState(negotiationId, this.model, NO_EVIDENCE), this.model, {
            owned: owned || state === undefined || !this.exposed.has(state),
            // A rebuild made every part of its states: their entities are its own too.
            transient: owned,
            pool,
          }),
          applied: false,
        };
        drafts.set(negotiationId, working);
      }
      if (isCorrectionEvent(event)) {
        refold.add(negotiationId);
        continue;
      }
      // What toEffectiveEvent makes of a development, without the LogEntry in between.
      const effective: EffectiveEvent = { event, position: recorded.position, instant: toInstant(event.occurredAt) };
      if (needsRefold(working.draft.state, effective)) {
        refold.add(negotiationId);
        continue;
      }
      working.draft.apply(effective);
      if (!working.applied) {
        working.applied = true;
        // A rebuild's draft is its state, written in place: in `states` from its first development on.
        if (owned) states.set(negotiationId, working.draft.state);
      }
      this.evidence.take(negotiationId, recorded.revision, effective.event);
    }
    // A negotiation re-folded below is set here too when events were applied to it first, as one event at a time would have.
    if (!owned)
      for (const [negotiationId, { draft, applied }] of drafts) if (applied) states.set(negotiationId, draft.state);
    for (const negotiationId of refold) {
      // Its state is replaced below: a rebuild's next page drafts the new one.
      if (owned) drafts.delete(negotiationId);
      let entries: LogEntry[];
      try {
        entries = await this.readEntries(negotiationId, lastPosition);
      } catch (error) {
        if (!isStreamDeleted(error)) throw error;
        this.dropDeleted(states, negotiationId, error);
        continue;
      }
      states.set(negotiationId, foldViews(entries, { ...NO_EVIDENCE, pool }, this.model));
      this.evidence.replace(negotiationId, entries);
    }
    return [...changed];
  }

  /**
   * A negotiation whose stream was deleted in the store outside Parley (an operator's delete in
   * EventStoreDB): the views drop it, and skip its events that `$all` still holds (until a
   * scavenge), rather than stop for every negotiation. Told by the log itself (the subscription's
   * `onStreamDeleted`, where the deletion is recorded), or found when a re-fold reads its stream.
   * A live drop makes the next snapshot rewrite every row, so that none brings it back.
   */
  private dropDeleted(states: Map<string, ViewState>, negotiationId: string, deleted: DeletedOutside): void {
    const shown = states.delete(negotiationId);
    const known = this.deleted.has(negotiationId);
    this.evidence.replace(negotiationId, []);
    this.deleted.set(negotiationId, { stream: deleted.stream, deletion: deleted.deletion });
    if (shown && states === this.states) {
      this.snapshotAll = true;
      this.dirty.delete(negotiationId);
      this.stored.delete(negotiationId);
    }
    // Once per negotiation and process (a restart that catches up over the deletion meets it again).
    if (!shown && known) return;
    this.logger.warn(
      { negotiationId, stream: deleted.stream, deletion: deleted.deletion },
      `stream ${deleted.stream} was deleted in the store outside Parley (${deleted.deletion}): ` +
        `negotiation ${negotiationId} dropped from the views`,
    );
  }

  /**
   * After a rebuild's pages: each negotiation the log says was deleted outside Parley (or that the
   * views had dropped) is looked up in its stream. Still deleted, it is dropped; readable again (its
   * metadata written again without `$tb`, before a scavenge), it is re-folded from its stream and
   * shown again.
   */
  private async recheckDeleted(
    building: Map<string, ViewState>,
    noticed: ReadonlySet<string>,
    upToPosition: number,
    pool: StringPool,
  ): Promise<void> {
    for (const negotiationId of noticed) {
      let entries: LogEntry[];
      try {
        entries = await this.readEntries(negotiationId, upToPosition);
      } catch (error) {
        if (!isStreamDeleted(error)) throw error;
        this.dropDeleted(building, negotiationId, error);
        continue;
      }
      this.deleted.delete(negotiationId);
      if (entries.length === 0) {
        building.delete(negotiationId);
        continue;
      }
      building.set(negotiationId, foldViews(entries, { ...NO_EVIDENCE, pool }, this.model));
      this.evidence.replace(negotiationId, entries);
    }
  }

  /** The views include everything up to `position`, `lastEvent` the last event among it (when it is one). */
  private advance(position: number, lastEvent?: RecordedEvent): void {
    this.position = position;
    if (lastEvent !== undefined) {
      this.lastEventId = lastEvent.id;
      this.lastEventPosition = lastEvent.position;
    }
    this.onPosition(position);
    const ready = this.waiters.filter((w) => w.position <= position);
    if (ready.length) {
      this.waiters = this.waiters.filter((w) => w.position > position);
      for (const w of ready) {
        clearTimeout(w.timer);
        w.resolve(true);
      }
    }
  }

  private notify(negotiationIds: readonly string[]): void {
    for (const listener of this.listeners) {
      try {
        listener({ negotiationIds, position: this.position });
      } catch (error) {
        this.logger.error({ err: error }, 'views listener failed');
      }
    }
  }

  /**
   * After `snapshotEvery` applied events — but a snapshot writes every view,
   * so on a large log it takes long (seconds per million events) and blocks
   * the event loop meanwhile: periodic ones are also spaced so that saving
   * them takes at most 1/SNAPSHOT_SPACING of the time. Otherwise catching up
   * on a long log (a first start, a big import followed live) would save ever
   * larger snapshots every few thousand events: quadratic in the log.
   */
  private snapshotDue(): boolean {
    if (this.snapshotJob !== undefined || this.snapshotsHeld > 0) return false;
    if (this.appliedSinceSnapshot < this.config.snapshotEvery) return false;
    return Date.now() - this.snapshotAt >= SNAPSHOT_SPACING * this.snapshotMs;
  }

  /**
   * Runs `work` with no periodic snapshot started meanwhile (a bulk import:
   * the views follow it event by event, and a snapshot taken midway is
   * outdated before its slices are out); the usual policy applies again from
   * the next batch applied after it, which finds the snapshot due.
   */
  async withoutPeriodicSnapshots<T>(work: () => Promise<T>): Promise<T> {
    this.snapshotsHeld++;
    try {
      return await work();
    } finally {
      this.snapshotsHeld--;
    }
  }

  /** Resolves once no snapshot is being written (for tools and tests that wait for it). */
  async snapshotSettled(): Promise<void> {
    while (this.snapshotJob) await this.snapshotJob.done;
  }

  /**
   * A snapshot of what changed (or of everything): at once when it is small,
   * else in slices that leave the event loop to requests in between. States
   * are never written once published (a change publishes a new one), so the
   * picture taken here stays that of `position` while the slices go out.
   */
  private takeSnapshot(): void {
    if (this.position === 0 || this.snapshotJob) return;
    const all = this.snapshotAll;
    const count = all ? this.states.size : this.dirty.size;
    if (count <= SNAPSHOT_ROWS_AT_ONCE) {
      this.saveSnapshot();
      return;
    }
    const rows = [...this.statesToSave(all)];
    const stored = storedOf(rows);
    const header = this.snapshotHeader();
    const position = this.position;
    this.appliedSinceSnapshot = 0;
    this.snapshotAll = false;
    this.dirty.clear();
    const started = Date.now();
    let cpuMs = 0;
    const job = new SnapshotJob(this.snapshots, header, serialised(rows), all, {
      onSlice: (ms) => (cpuMs += ms),
      onDone: (saved, error) => {
        if (this.snapshotJob === job) this.snapshotJob = undefined;
        if (saved) {
          this.snapshotPosition = position;
          this.noteStored(stored, all);
        } else {
          // Its rows went part of the way: the next snapshot rewrites them all.
          this.snapshotAll = true;
          if (error) this.logger.warn({ err: error }, 'could not save a views snapshot (the views are unaffected)');
        }
        this.snapshotAt = Date.now();
        // Spacing counts the time it cost, not the time it was spread over.
        this.snapshotMs = Math.min(cpuMs, this.snapshotAt - started);
      },
    });
    this.snapshotJob = job;
    job.start();
  }

  private saveSnapshot(): void {
    if (this.position === 0) return;
    const started = Date.now();
    try {
      const all = this.snapshotAll;
      const rows = [...this.statesToSave(all)];
      this.snapshots.save(this.snapshotHeader(), serialised(rows), { replace: all });
      this.noteStored(storedOf(rows), all);
      this.appliedSinceSnapshot = 0;
      this.snapshotPosition = this.position;
      this.snapshotAll = false;
      this.dirty.clear();
    } catch (error) {
      this.logger.warn({ err: error }, 'could not save a views snapshot (the views are unaffected)');
    }
    this.snapshotAt = Date.now();
    this.snapshotMs = this.snapshotAt - started;
  }

  private snapshotHeader(): ViewsSnapshotHeader {
    return {
      modelVersion: this.model.foldVersion,
      lastEventId: this.lastEventId,
      // Without an event yet (only checkpoints), the position alone: nothing to check it by.
      position: this.lastEventId === '' ? this.position : this.lastEventPosition,
      takenAt: new Date().toISOString(),
    };
  }

  /**
   * The negotiations a snapshot writes, with their place in the list and the
   * first of their pieces it writes: all, or those changed since the last.
   */
  private *statesToSave(all: boolean): Generator<SnapshotRow> {
    let ordinal = 0;
    for (const [negotiationId, state] of this.states) {
      if (all || this.dirty.has(negotiationId)) {
        // Its rows may be written later, in slices: the picture must stay that of this position.
        this.exposed.add(state);
        yield [negotiationId, ordinal, state, all ? 0 : firstChangedPiece(state, this.stored.get(negotiationId))];
      }
      ordinal++;
    }
  }

  /** A snapshot's rows are saved: what they hold of each state's developments (`all`: every row there is). */
  private noteStored(stored: ReadonlyMap<string, StoredDevelopments>, all: boolean): void {
    if (all) this.stored = new Map(stored);
    else for (const [negotiationId, developments] of stored) this.stored.set(negotiationId, developments);
  }

  private async restoreSnapshot(): Promise<boolean> {
    let snapshot;
    try {
      snapshot = this.snapshots.load();
    } catch (error) {
      this.logger.warn({ err: error }, 'unreadable views snapshot ignored');
      return false;
    }
    if (!snapshot) return false;
    if (snapshot.modelVersion !== this.model.foldVersion) {
      this.logger.log(
        `escalation tables changed (${snapshot.modelVersion} → ${this.model.foldVersion}): rebuilding every view`,
      );
      this.snapshots.clear();
      return false;
    }
    // The snapshot must describe this log: the event at its position must be the one it saw.
    const [atPosition] = await this.store.readAll({ fromPosition: snapshot.position, maxCount: 1 });
    if (!atPosition || atPosition.position !== snapshot.position || atPosition.id !== snapshot.lastEventId) {
      if (snapshot.lastEventId) {
        this.logger.warn(`views snapshot at position ${snapshot.position} does not match the log: ignored`);
        this.snapshots.clear();
        return false;
      }
    }
    const states = new Map<string, ViewState>();
    const stored = new Map<string, StoredDevelopments>();
    let usable = true;
    for (const row of snapshot.states()) {
      const state = restoredState(row);
      usable = state !== undefined;
      if (state === undefined) break;
      states.set(state.negotiationId, state);
      stored.set(state.negotiationId, storedDevelopments(state));
    }
    if (!usable) {
      this.logger.log('views snapshot has an older shape: rebuilding every view');
      this.snapshots.clear();
      return false;
    }
    this.states = states;
    this.stored = stored;
    this.snapshotAll = false;
    this.dirty.clear();
    this.position = snapshot.position;
    this.snapshotPosition = snapshot.position;
    this.lastEventId = snapshot.lastEventId;
    this.lastEventPosition = snapshot.position;
    this.onPosition(this.position);
    this.logger.log(
      { position: snapshot.position, negotiations: states.size },
      `views restored from the snapshot of ${snapshot.takenAt}`,
    );
    return true;
  }
}

/**
 * One snapshot written in slices: `begin` drops the old header, each slice
 * serialises and writes rows for up to SNAPSHOT_SLICE_MS, then yields to the
 * event loop; the header goes last. `finishNow` writes the rest at once
 * (shutdown); `cancel` stops it (a rebuild replaces the views it holds).
 */
class SnapshotJob {
  private begun = false;
  private over = false;
  private timer: NodeJS.Immediate | undefined;
  private settle!: () => void;
  readonly done = new Promise<void>((resolve) => (this.settle = resolve));

  constructor(
    private readonly snapshots: SnapshotStore,
    private readonly header: ViewsSnapshotHeader,
    /** Serialises each row only when it is taken. */
    private readonly rows: Iterator<SnapshotState>,
    private readonly replace: boolean,
    private readonly hooks: { onSlice(ms: number): void; onDone(saved: boolean, error?: unknown): void },
  ) {}

  start(): void {
    this.timer = setImmediate(() => this.step(SNAPSHOT_SLICE_MS));
  }

  finishNow(): void {
    if (this.over) return;
    if (this.timer) clearImmediate(this.timer);
    this.step(Number.POSITIVE_INFINITY);
  }

  cancel(): void {
    if (this.over) return;
    if (this.timer) clearImmediate(this.timer);
    this.end(false);
  }

  private step(budgetMs: number): void {
    this.timer = undefined;
    if (this.over) return;
    const started = performance.now();
    let finished = false;
    let failure: unknown;
    try {
      if (!this.begun) {
        this.snapshots.begin({ replace: this.replace });
        this.begun = true;
      }
      const slice: SnapshotState[] = [];
      while (!finished && performance.now() - started < budgetMs) {
        const row = this.rows.next();
        if (row.done) finished = true;
        else slice.push(row.value);
      }
      if (slice.length > 0) this.snapshots.put(slice);
      if (finished) this.snapshots.finish(this.header);
    } catch (error) {
      failure = error ?? new Error('snapshot write failed');
    }
    this.hooks.onSlice(performance.now() - started);
    if (failure !== undefined) this.end(false, failure);
    else if (finished) this.end(true);
    else this.timer = setImmediate(() => this.step(SNAPSHOT_SLICE_MS));
  }

  private end(saved: boolean, error?: unknown): void {
    this.over = true;
    this.hooks.onDone(saved, error);
    this.settle();
  }
}

/** A row a snapshot writes: negotiation, place in the list, state, the first of its pieces written. */
type SnapshotRow = readonly [string, number, ViewState, number];

/** Snapshot rows, each serialised when it is taken. */
function* serialised(rows: Iterable<SnapshotRow>): Generator<SnapshotState> {
  for (const [negotiationId, ordinal, state, piecesFrom] of rows)
    yield snapshotRow(negotiationId, ordinal, state, piecesFrom);
}

/** What the rows hold of their states' developments once saved. */
function storedOf(rows: readonly SnapshotRow[]): Map<string, StoredDevelopments> {
  return new Map(rows.map(([negotiationId, , state]) => [negotiationId, storedDevelopments(state)]));
}
