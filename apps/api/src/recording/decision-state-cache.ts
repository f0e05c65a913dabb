import { Injectable } from '@nestjs/common';
import { evolve, fromStoredEvent, initialState, type NegotiationState } from '@parley/domain';
import type { EventStore } from '@parley/event-store';

interface Entry {
  state: NegotiationState;
  /** Stream revision `state` includes; -1 for a stream with no events. */
  revision: number;
}

export interface LoadedState extends Entry {
  /** True when the store was asked for what is new; false for a cached state taken as it is. */
  readonly checked: boolean;
}

/**
 * The decision state of recently written negotiations, so a command folds only
 * the events appended since it last looked instead of the whole stream. The
 * store stays the authority: the append's expected revision catches any write
 * this cache has not seen (another process, another API instance).
 */
@Injectable()
export class DecisionStateCache {
  private readonly entries = new Map<string, Entry>();
  private readonly capacity = 10_000;

  /**
   * The cached state taken as it is, without asking the store (`undefined` when none is cached): the append's
   * expected revision catches a stale one, and a caller that would refuse or answer from it (a rule broken, If-Match
   * differing, a retry already stored) asks the store with `load`. Not a promise: the write that finds its state
   * here (nearly every one) decides in the same turn.
   */
  cached(stream: string): LoadedState | undefined {
    const cached = this.entries.get(stream);
    if (cached === undefined) return undefined;
    this.remember(stream, cached);
    return { state: cached.state, revision: cached.revision, checked: false };
  }

  /** The state to decide on, with what the store holds since the cached revision folded in. */
  async load(store: EventStore, stream: string): Promise<LoadedState> {
    const cached = this.entries.get(stream);
    let state = cached?.state ?? initialState;
    let revision = cached?.revision ?? -1;
    // Page through what is new since the cached revision.
    for (;;) {
      const page = await store.readStream(stream, { fromRevision: revision + 1, maxCount: 1000 });
      for (const recorded of page) {
        state = evolve(state, fromStoredEvent(recorded));
        revision = recorded.revision;
      }
      if (page.length < 1000) break;
    }
    this.remember(stream, { state, revision });
    return { state, revision, checked: true };
  }

  remember(stream: string, entry: Entry): void {
    this.entries.delete(stream);
    this.entries.set(stream, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  forget(stream: string): void {
    this.entries.delete(stream);
  }
}
