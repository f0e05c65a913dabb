import { Injectable } from '@nestjs/common';
import { evolve, fromStoredEvent, initialState, type NegotiationState } from '@parley/domain';
import type { EventStore } from '@parley/event-store';

interface Entry {
  state: NegotiationState;
  /** Stream revision `state` includes; -1 for a stream with no events. */
  revision: number;
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

  async load(store: EventStore, stream: string): Promise<Entry> {
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
    const entry = { state, revision };
    this.remember(stream, entry);
    return entry;
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
