/**
 * The subscription loop shared by the memory and SQLite stores: page through
 * committed events by position from the checkpoint, then sleep until the store
 * says something was committed, and page again. Catch-up and live are the same
 * code path, which is what makes "no gap, no duplicate" hold while writers
 * append during catch-up: positions are assigned in commit order, so paging by
 * `position > checkpoint` can neither skip nor repeat an event.
 */
import type { EventFilter, RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler } from '../port';
import { checkSubscribeOptions } from './rules';

/** What the loop needs from a store: synchronous reads of committed events. */
export interface SubscriptionSource {
  /** The position of the last committed event, 0 when empty. */
  headPosition(): number;
  /** Up to `limit` events matching `filter` with `after < position <= upTo`, in position order. */
  readPage(after: number, upTo: number, filter: EventFilter | undefined, limit: number): RecordedEvent[];
}

export class CatchUpSubscription implements Subscription {
  private checkpoint: number;
  private readonly batchSize: number;
  private closed = false;
  /** Set by `notify`; cleared before each read, so a commit during a delivery is never slept through. */
  private dirty = true;
  private wake: (() => void) | undefined;
  /** True while `onEvents` runs, so that `close()` called from a handler does not wait for itself. */
  private delivering = false;
  private readonly finished: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
    private readonly onFinished: (subscription: CatchUpSubscription) => void,
  ) {
    const checked = checkSubscribeOptions(options);
    this.checkpoint = checked.afterPosition;
    this.batchSize = checked.batchSize;
    this.finished = this.run();
  }

  get position(): number {
    return this.checkpoint;
  }

  /** The store calls this after a commit (its own, or one it noticed from another process). */
  notify(): void {
    this.dirty = true;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.notify();
    }
    if (!this.delivering) await this.finished;
  }

  private async run(): Promise<void> {
    // Deliver nothing before `subscribe` has returned the Subscription to its caller.
    await null;
    let reportedCaughtUp = -1;
    try {
      while (!this.closed) {
        this.dirty = false;
        const head = this.source.headPosition();
        while (!this.closed && this.checkpoint < head) {
          const page = this.source.readPage(this.checkpoint, head, this.options.filter, this.batchSize);
          const last = page[page.length - 1];
          if (last !== undefined) {
            this.delivering = true;
            try {
              await this.handler.onEvents(page);
            } finally {
              this.delivering = false;
            }
            this.checkpoint = last.position;
          }
          // A short page means the read covered everything up to `head`; what
          // the filter skipped past the last delivered event still counts as seen.
          if (page.length < this.batchSize && this.checkpoint < head) {
            this.checkpoint = head;
            this.handler.onCheckpoint?.(head);
          }
          // Between pages of a long catch-up, a turn of the event loop: what waits on I/O (a request, a
          // writer thread's answer) is not held until the subscriber has caught up with the whole log.
          if (this.checkpoint < head) await new Promise((resolve) => setImmediate(resolve));
        }
        if (this.closed) break;
        // Writers may have committed while the handler ran: only report caught
        // up when nothing newer exists, otherwise go round again.
        if (this.source.headPosition() > this.checkpoint) continue;
        if (reportedCaughtUp !== this.checkpoint) {
          reportedCaughtUp = this.checkpoint;
          this.handler.onCaughtUp?.(this.checkpoint);
        }
        if (!this.dirty && !this.closed) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
          });
        }
      }
    } catch (error) {
      this.closed = true;
      const failure = error instanceof Error ? error : new Error(String(error));
      try {
        if (this.handler.onError) this.handler.onError(failure);
        // A handler without onError would otherwise lose the failure silently.
        else process.emitWarning(failure);
      } catch (reportFailure) {
        process.emitWarning(reportFailure instanceof Error ? reportFailure : String(reportFailure));
      }
    } finally {
      this.closed = true;
      this.onFinished(this);
    }
  }
}
