/**
 * The event hub's hand-over from catching up (store reads) to the live
 * fan-out, with events committed between every two reads of the catch-up:
 * each event reaches the client once, in order. Memory store, a fake response.
 */
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { type NegotiationEvent, streamName, toStoredEvent } from '@parley/domain';
import { MemoryEventStore } from '@parley/event-store';
import { EventHub } from './event-hub';
import { type LiveConfig, loadLiveConfig } from './live.config';
import { SseConnection } from './sse';

/** Just enough of a ServerResponse and its socket: records what is written (to either). */
class FakeResponse extends EventEmitter {
  readonly chunks: string[] = [];
  writableLength = 0;
  writableNeedDrain = false;
  destroyed = false;
  statusCode = 0;
  readonly socket = {
    destroyed: false,
    writableNeedDrain: false,
    setNoDelay: (): void => undefined,
    setTimeout: (): void => undefined,
    once: (): void => undefined,
    write: (chunk: string | Buffer): boolean => this.write(chunk),
  };
  setHeader(): void {}
  flushHeaders(): void {}
  write(chunk: string | Buffer): boolean {
    this.chunks.push(String(chunk));
    return true;
  }
  end(chunk?: string): void {
    if (chunk) this.chunks.push(chunk);
    this.emit('close');
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('close');
  }
  /** Positions of the `event` messages received. */
  positions(): number[] {
    return [...this.chunks.join('').matchAll(/id: (\d+)\nevent: event\n/g)].map((m) => Number(m[1]));
  }
  streams(): string[] {
    return [...this.chunks.join('').matchAll(/"stream":"([^"]+)"/g)].map((m) => m[1]!);
  }
}

let n = 0;
function statement(negotiationId: string): ReturnType<typeof toStoredEvent> {
  n++;
  const event = {
    eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    negotiationId,
    type: 'StatementMade',
    data: { speaker: { name: 'Khawaja Asif', actorId: 'pakistan' }, tone: 'warning', summary: `Statement ${n}.` },
    occurredAt: '2025-10-29',
    precision: 'day',
    recordedAt: '2026-01-01T00:00:00.000Z',
    recordedBy: 'analyst',
    sources: [{ title: 'Dawn' }],
  } as NegotiationEvent;
  return toStoredEvent(event);
}

async function append(store: MemoryEventStore, negotiationId: string, count = 1): Promise<number> {
  let position = 0;
  for (let i = 0; i < count; i++) {
    const result = await store.append(streamName(negotiationId), [statement(negotiationId)], {
      expectedRevision: 'any',
    });
    position = result.events[0]!.position;
  }
  return position;
}

/** Lets the store's subscription and the hub's coalesced flush run until `done` holds. */
async function settle(done: () => boolean): Promise<void> {
  // Turns of the event loop, then short sleeps: the flush may wait for a timer, which a loaded machine delays.
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  for (const until = Date.now() + 5_000; !done() && Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(done()).toBe(true);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('EventHub', () => {
  let store: MemoryEventStore;
  let hub: EventHub;
  let config: LiveConfig;

  beforeEach(async () => {
    store = new MemoryEventStore();
    // Nothing kept in memory beyond what the ring must hold, tiny catch-up pages, no spacing.
    config = loadLiveConfig({
      PARLEY_LIVE_REPLAY_EVENTS: '0',
      PARLEY_LIVE_CATCH_UP_PAGE: '4',
      PARLEY_LIVE_FLUSH_MS: '0',
    });
    await append(store, 'talks-a', 30);
    hub = new EventHub(store, config);
    await hub.onApplicationBootstrap();
  });
  afterEach(async () => {
    await hub.beforeApplicationShutdown();
    await store.close();
  });

  function connect(from: number): { res: FakeResponse; connection: SseConnection } {
    const res = new FakeResponse();
    const connection = new SseConnection('events', res as unknown as ServerResponse, config, from);
    return { res, connection };
  }

  it.each([
    ['has already written them to its live clients', 12],
    ['has not yet written the last ones when the client joins', 5],
  ])(
    'catches a resuming client up from the store while events are committed between its reads (the hub %s), then follows live',
    async (_, yieldingReads) => {
      const readAll = store.readAll.bind(store);
      let interleaved = 0;
      jest.spyOn(store, 'readAll').mockImplementation(async (options) => {
        const page = await readAll(options);
        // A writer commits right after each read; letting the event loop turn lets the hub write it to its live clients.
        if (interleaved++ < 12) {
          await append(store, interleaved % 2 ? 'talks-a' : 'talks-b');
          if (interleaved <= yieldingReads)
            for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
        }
        return page;
      });
      const { res, connection } = connect(5);
      await hub.attach(connection, undefined, true);
      const head = await append(store, 'talks-b', 3);
      await settle(() => res.positions().at(-1) === head);
      expect(interleaved).toBeGreaterThan(6);
      expect(res.positions()).toEqual(range(6, head));
    },
  );

  it('for one negotiation sends exactly its events (not those of a negotiation whose id extends it)', async () => {
    await append(store, 'talks-a-2', 5);
    await append(store, 'talks-b', 5);
    const { res, connection } = connect(0);
    await hub.attach(connection, 'talks-a', true);
    await append(store, 'talks-a-2', 2);
    const head = await append(store, 'talks-a', 2);
    await settle(() => res.positions().at(-1) === head);
    expect(res.positions()).toEqual([...range(1, 30), head - 1, head]);
    expect(new Set(res.streams())).toEqual(new Set(['negotiation-talks-a']));
  });

  it('lets a client that joins at the head miss nothing committed just before the next write to everyone', async () => {
    const early = connect(hub.currentPosition);
    await hub.attach(early.connection, undefined, false);
    const first = await append(store, 'talks-a');
    // Joins after the hub saw `first` but (possibly) before it was written to the others.
    const start = hub.currentPosition;
    const late = connect(start);
    await hub.attach(late.connection, undefined, false);
    const second = await append(store, 'talks-a');
    await settle(() => early.res.positions().at(-1) === second && late.res.positions().at(-1) === second);
    expect(early.res.positions()).toEqual([first, second]);
    expect(late.res.positions()).toEqual(range(start + 1, second));
  });

  it('after events that went by with no client connected, a client resuming from before them gets them (from the store), once each', async () => {
    const head = await append(store, 'talks-b', 6);
    await settle(() => hub.currentPosition === head);

    const { res, connection } = connect(28);
    await hub.attach(connection, undefined, true);
    const next = await append(store, 'talks-a');
    await settle(() => res.positions().at(-1) === next);
    expect(res.positions()).toEqual(range(29, next));
  });

  it('keeps what arrives while a lone client catches up: an event committed just after its last (empty) read still reaches it', async () => {
    // Other negotiations' events go by with nobody connected: the hub keeps none of them.
    await append(store, 'talks-b', 5);
    const readAll = store.readAll.bind(store);
    let committed = 0;
    jest.spyOn(store, 'readAll').mockImplementation(async (options) => {
      const page = await readAll(options);
      if (page.length === 0 && committed === 0) {
        // Nothing more of talks-a in the log… then a writer commits one, and the hub hears of it, before the read returns.
        committed = await append(store, 'talks-a');
        for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
      }
      return page;
    });
    const { res, connection } = connect(25);
    await hub.attach(connection, 'talks-a', true);
    expect(committed).toBeGreaterThan(0);
    const head = await append(store, 'talks-a');
    await settle(() => res.positions().at(-1) === head);
    expect(res.positions()).toEqual([...range(26, 30), committed, head]);
  });
});
