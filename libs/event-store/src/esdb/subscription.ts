/**
 * A port subscription over `subscribeToAll`: catch up from the checkpoint,
 * follow live, resubscribe after failures — delivering each event once, in
 * order, in batches, with backpressure.
 *
 * How the pieces fit:
 *
 * - The client's subscription is a Node `Transform` stream of resolved
 *   events. It reports checkpoints through a callback and "caught up" /
 *   "fell behind" through events, all invoked while it transforms the
 *   server's message — i.e. *before* the events it already passed on have
 *   been read from its buffer. To keep them in order with the events, the
 *   callbacks push a marker into the same buffer (`push` from inside
 *   `_transform` is how a Transform emits extra output), and the loop below
 *   sees events and markers in the order the server sent them.
 * - The loop reads what is buffered (up to `batchSize`), awaits `onEvents`,
 *   then reads again. While the handler runs nothing is read, the buffer
 *   fills, the stream stops pulling from gRPC and gRPC flow control pushes
 *   back to the server: a slow handler slows delivery, it never loses events.
 * - `resumeFrom` is the exact EventStoreDB position of the last thing handled
 *   (event or server checkpoint). After an error the loop waits (exponential
 *   backoff with jitter) and subscribes again from there. Events at or below
 *   the last delivered position are dropped, so a resubscription — or a
 *   server that resends — never delivers an event twice.
 * - The server filters by stream name (the store's namespace and its streams'
 *   metadata streams, no markers, no other system streams); the caller's
 *   filter is applied here, so the reported checkpoint is always a real
 *   event's or a deletion's position (see `filters.ts`).
 * - An operator's delete of one of the store's streams with EventStoreDB's own
 *   tools is a record in `$all` after the stream's events: a tombstone
 *   (`$streamDeleted`) in the stream, or a `$metadata` record with `$tb` in
 *   its metadata stream (soft delete, truncation). It reaches the handler as a
 *   `StreamDeletedNotice` (`onStreamDeleted`), the events before it delivered
 *   first, its position then the subscription's. Metadata written again
 *   without `$tb` (EventStoreDB shows the events again, until a scavenge) is
 *   only logged: the port has no notice for it (see docs/EVENTSTOREDB.md).
 * - The server says "caught up" once per catch-up → live transition. From
 *   then on, every time the buffer runs dry everything the server has sent is
 *   delivered, so `onCaughtUp` is reported then (once per position) — not at
 *   the server's message itself, which may be followed by live events that
 *   are already buffered.
 */
import {
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import { checkSubscribeOptions } from '../shared/rules';
import type {
  EventFilter,
  RecordedEvent,
  StreamDeletedNotice,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../port';
import { backoffDelay, type BackoffOptions } from './backoff';
import type { EsdbClient } from './client';
import { isInvalidPosition, isTransientSubscriptionError, SubscriptionEndedError } from './errors';
import {
  deletionRecordOf,
  matchesCallerStreams,
  matchesCallerFilter,
  subscriptionStreamRegex,
  visibleStream,
} from './filters';
import { describeError, type EsdbLogger } from './logger';
import { isAfter, subscriptionStart, toParleyPosition } from './positions';
import { toRecordedEvent } from './recorded';

export interface EsdbSubscriptionDeps {
  readonly client: EsdbClient;
  readonly namespace: string;
  readonly logger: EsdbLogger;
  readonly backoff: BackoffOptions;
  /** Give up (and report `onError`) after this many consecutive failed attempts. */
  readonly maxRetries: number;
  /**
   * Resolves an `afterPosition` the server refused as "invalid position" (a
   * number this adapter never handed out) to a position it accepts.
   */
  readonly locateAfter: (afterPosition: number) => Promise<ReadPosition>;
  /**
   * The store's head as this subscription counts positions (the last event of its namespace, 0 for none): asked once
   * after each "caught up" from the server, and reported only once the subscription has passed it.
   */
  readonly head: () => Promise<number>;
  readonly onFinished: (subscription: EsdbSubscription) => void;
  /** Injectable for tests. */
  readonly random?: () => number;
}

/** Server checkpoints between delivered events: one per `checkpointInterval × maxSearchWindow` (32) filtered-out events. */
const CHECKPOINT_INTERVAL = 32;

class CheckpointMarker {
  constructor(readonly position: Position) {}
}
/**
 * At the catch-up → live transition, how long to wait for the events up to the store's head before asking the stream
 * again, and how long without any progress toward that head before reporting "caught up" anyway.
 */
const CONFIRM_DELAY_MS = 10;
const CONFIRM_PATIENCE_MS = 2_000;

const CAUGHT_UP = Symbol('caught-up');
const FELL_BEHIND = Symbol('fell-behind');

type Item = AllStreamResolvedEvent | CheckpointMarker | typeof CAUGHT_UP | typeof FELL_BEHIND;

/** Wraps a failure of the caller's handler, which is reported, never retried. */
class HandlerFailure {
  constructor(readonly error: unknown) {}
}

export class EsdbSubscription implements Subscription {
  private current: number;
  private resumeFrom: ReadPosition;
  private readonly batchSize: number;
  private readonly filter: EventFilter | undefined;
  private closed = false;
  /** True while `onEvents` runs, so that `close()` from a handler does not wait for itself. */
  private delivering = false;
  private live = false;
  /** Since the last "caught up" from the server: the subscription has passed the store's head as it was then. */
  private confirmed = false;
  /** That head, once asked (`head`); undefined until then. */
  private confirmTarget: number | undefined;
  /** The position the last progress toward it was seen at, and when. */
  private confirmFrom = 0;
  private confirmSince = 0;
  private reportedCaughtUp = -1;
  private stream: AllStreamSubscription | undefined;
  private wakeUp: (() => void) | undefined;
  private sleepTimer: NodeJS.Timeout | undefined;
  private readonly finished: Promise<void>;

  constructor(
    private readonly deps: EsdbSubscriptionDeps,
    options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
  ) {
    const checked = checkSubscribeOptions(options);
    this.current = checked.afterPosition;
    this.batchSize = checked.batchSize;
    this.filter = options.filter;
    this.resumeFrom = subscriptionStart(checked.afterPosition);
    this.finished = this.run();
  }

  get position(): number {
    return this.current;
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      // Ends a backoff or confirmation wait, its timer too.
      this.wake();
      const stream = this.stream;
      if (stream !== undefined) await stream.unsubscribe().catch(() => undefined);
    }
    if (!this.delivering) await this.finished;
  }

  private wake(): void {
    // A sleep woken early (events arrived, or a close) leaves no timer to wake a later wait.
    if (this.sleepTimer !== undefined) {
      clearTimeout(this.sleepTimer);
      this.sleepTimer = undefined;
    }
    const wakeUp = this.wakeUp;
    this.wakeUp = undefined;
    wakeUp?.();
  }

  private async run(): Promise<void> {
    // Deliver nothing before `subscribe` has returned the Subscription to its caller.
    await null;
    let attempt = 0;
    let relocated = false;
    let needsLocate = false;
    try {
      while (!this.closed) {
        let progressed = false;
        try {
          if (needsLocate) {
            this.resumeFrom = await this.deps.locateAfter(this.current);
            needsLocate = false;
          }
          await this.follow(() => {
            progressed = true;
          });
        } catch (error) {
          if (this.closed) break;
          if (error instanceof HandlerFailure) throw error;
          // A checkpoint this adapter never handed out may point inside a log record: find the nearest
          // event once. (Positions taken from the server later on are always valid.)
          if (!relocated && isInvalidPosition(error)) {
            relocated = true;
            needsLocate = true;
            continue;
          }
          if (!isTransientSubscriptionError(error)) throw error;
          if (progressed) attempt = 0;
          if (attempt >= this.deps.maxRetries) throw error;
          const delayMs = backoffDelay(attempt, this.deps.backoff, this.deps.random);
          attempt++;
          this.deps.logger.warn('subscription to $all failed; resubscribing from the last checkpoint', {
            attempt,
            delayMs,
            position: this.current,
            error: describeError(error),
          });
          await this.sleep(delayMs);
        }
      }
    } catch (failure) {
      this.closed = true;
      const error = failure instanceof HandlerFailure ? failure.error : failure;
      this.report(error instanceof Error ? error : new Error(String(error)), failure instanceof HandlerFailure);
    } finally {
      this.closed = true;
      this.stream = undefined;
      this.deps.onFinished(this);
    }
  }

  private report(error: Error, fromHandler: boolean): void {
    this.deps.logger.error(
      fromHandler ? 'subscription handler failed; subscription closed' : 'subscription to $all stopped',
      {
        position: this.current,
        error: describeError(error),
      },
    );
    try {
      if (this.handler.onError) this.handler.onError(error);
      // A handler without onError would otherwise lose the failure silently.
      else process.emitWarning(error);
    } catch (reportFailure) {
      process.emitWarning(reportFailure instanceof Error ? reportFailure : String(reportFailure));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.closed) return resolve();
      this.wakeUp = resolve;
      this.sleepTimer = setTimeout(() => {
        this.sleepTimer = undefined;
        this.wake();
      }, ms);
    });
  }

  /** One subscription attempt. Returns only when closed; throws on any failure. */
  private async follow(onProgress: () => void): Promise<void> {
    const stream = this.deps.client.subscribeToAll({
      fromPosition: this.resumeFrom,
      filter: streamNameFilter({
        regex: subscriptionStreamRegex(this.deps.namespace),
        checkpointInterval: CHECKPOINT_INTERVAL,
        checkpointReached: (subscription, position) => {
          subscription.push(new CheckpointMarker(position));
        },
      }),
    });
    this.stream = stream;
    this.live = false;

    let failure: { error: unknown } | undefined;
    let ended = false;
    let signalled = false;
    // A function, not an inline check: the listeners set `failure` between awaits.
    const throwIfFailed = (): void => {
      if (failure !== undefined) throw failure.error;
    };
    const signal = (): void => {
      signalled = true;
      this.wake();
    };
    stream.on('error', (error: unknown) => {
      failure ??= { error };
      signal();
    });
    stream.on('end', () => {
      ended = true;
      signal();
    });
    stream.on('readable', signal);
    // The server accepted the subscription: the backoff may start over.
    stream.on('confirmation', onProgress);
    stream.on('caughtUp', () => stream.push(CAUGHT_UP));
    stream.on('fellBehind', () => stream.push(FELL_BEHIND));

    const batch: RecordedEvent[] = [];
    /** Position of the last event seen that the caller's filter skipped. */
    let skippedUpTo = 0;
    /** Exact EventStoreDB position of the last item consumed from the stream. */
    let consumedUpTo: Position | undefined;

    const flush = async (): Promise<void> => {
      if (batch.length > 0) {
        const events = batch.splice(0);
        this.delivering = true;
        try {
          await this.handler.onEvents(events);
        } catch (error) {
          throw new HandlerFailure(error);
        } finally {
          this.delivering = false;
        }
        this.current = (events[events.length - 1] as RecordedEvent).position;
      }
      if (consumedUpTo !== undefined && isAfter(consumedUpTo, this.resumeFrom)) this.resumeFrom = consumedUpTo;
      if (this.closed) return;
      if (skippedUpTo > this.current) {
        this.current = skippedUpTo;
        this.handler.onCheckpoint?.(this.current);
      }
    };

    try {
      for (;;) {
        if (this.closed) return;
        throwIfFailed();
        signalled = false;
        const item = stream.read() as Item | null;
        if (item === null) {
          await flush();
          if (this.closed) return;
          throwIfFailed();
          if (ended) throw new SubscriptionEndedError();
          if (this.live) {
            const coming = await this.stillComing();
            // Asking the store took a turn of the event loop: a close (or a failure) may have come meanwhile.
            if (this.closed) return;
            throwIfFailed();
            if (coming) {
              // Events committed during the catch-up are on their way: wait for them (or ask again) before saying
              // "caught up", which promises everything committed so far delivered.
              if (!signalled) await this.sleep(CONFIRM_DELAY_MS);
              continue;
            }
            this.reportCaughtUp();
          }
          if (!signalled) await new Promise<void>((resolve) => (this.wakeUp = resolve));
          continue;
        }
        onProgress();
        if (item === CAUGHT_UP) {
          await flush();
          if (this.closed) return;
          // Reported once the buffer runs dry (above), not here: live events the server sent
          // after "caught up" may already be buffered, and "caught up" means all of them delivered.
          this.live = true;
          this.confirmed = false;
          this.confirmTarget = undefined;
        } else if (item === FELL_BEHIND) {
          this.live = false;
        } else if (item instanceof CheckpointMarker) {
          // Nothing of ours up to here but what was already consumed: resume after it next time.
          consumedUpTo = item.position;
        } else {
          const raw = item.event;
          if (raw === undefined) continue;
          consumedUpTo = raw.position;
          const deletion = deletionRecordOf(this.deps.namespace, raw);
          if (deletion !== undefined) {
            if (deletion.deletion === 'restored') {
              this.deps.logger.info("a stream's metadata was written in EventStoreDB hiding none of its events", {
                stream: deletion.stream,
              });
              continue;
            }
            const notice: StreamDeletedNotice = {
              stream: deletion.stream,
              deletion: deletion.deletion,
              position: toParleyPosition(raw.position),
            };
            // At or below the checkpoint: delivered (or skipped) before a resubscription.
            if (notice.position <= this.current) continue;
            this.deps.logger.warn('a stream was deleted in EventStoreDB outside Parley', {
              stream: notice.stream,
              deletion: notice.deletion,
            });
            // The events before it first, then the notice on its own.
            await flush();
            if (this.closed) return;
            if (this.handler.onStreamDeleted === undefined || !matchesCallerStreams(this.filter, notice.stream)) {
              if (notice.position > skippedUpTo) skippedUpTo = notice.position;
              continue;
            }
            this.delivering = true;
            try {
              await this.handler.onStreamDeleted(notice);
            } catch (error) {
              throw new HandlerFailure(error);
            } finally {
              this.delivering = false;
            }
            this.current = notice.position;
            continue;
          }
          const streamName = visibleStream(this.deps.namespace, raw.streamId);
          if (streamName === undefined) continue;
          const event = toRecordedEvent(raw, streamName);
          if (event === undefined) {
            this.deps.logger.warn('skipping an event that is not a JSON object', {
              stream: raw.streamId,
              revision: String(raw.revision),
            });
            continue;
          }
          // At or below the checkpoint: delivered (or skipped) before a resubscription.
          if (event.position <= this.current) continue;
          if (matchesCallerFilter(this.filter, event.stream, event.type)) {
            batch.push(event);
            if (batch.length >= this.batchSize) await flush();
          } else if (event.position > skippedUpTo) {
            skippedUpTo = event.position;
          }
        }
      }
    } finally {
      this.stream = undefined;
      // Keep an error listener: a late error from the cancelled call must not become an uncaught exception.
      stream.removeAllListeners();
      stream.on('error', () => undefined);
      await stream.unsubscribe().catch(() => undefined);
    }
  }

  /**
   * True while the subscription has not yet passed the store's head as it was just after the server's "caught up":
   * that "caught up" was true when it was sent, but events committed while the catch-up was read (appends during it,
   * whose live events are still on the wire or held back by the stream's flow control) come after it. The head is
   * asked once per "caught up"; events committed later do not move it, so a busy store is no reason to wait longer.
   * A failed question, or no progress toward the head for `CONFIRM_PATIENCE_MS`, reports "caught up" as the stream has
   * it, as before, with a warning.
   */
  private async stillComing(): Promise<boolean> {
    if (this.confirmed) return false;
    if (this.confirmTarget === undefined) {
      try {
        this.confirmTarget = await this.deps.head();
      } catch (error) {
        this.deps.logger.warn("could not read the store's head to confirm the subscription caught up", {
          position: this.current,
          error: describeError(error),
        });
        this.confirmed = true;
        return false;
      }
      this.confirmFrom = this.current;
      this.confirmSince = Date.now();
    }
    if (this.current >= this.confirmTarget) {
      this.confirmed = true;
      return false;
    }
    if (this.current > this.confirmFrom) {
      this.confirmFrom = this.current;
      this.confirmSince = Date.now();
    } else if (Date.now() - this.confirmSince > CONFIRM_PATIENCE_MS) {
      this.deps.logger.warn("the subscription has not reached the store's head it caught up to; reporting caught up", {
        position: this.current,
        head: this.confirmTarget,
      });
      this.confirmed = true;
      return false;
    }
    return true;
  }

  private reportCaughtUp(): void {
    if (this.reportedCaughtUp === this.current) return;
    this.reportedCaughtUp = this.current;
    this.handler.onCaughtUp?.(this.current);
  }
}
