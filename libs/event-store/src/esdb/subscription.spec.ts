/**
 * The subscription logic against the in-memory fake of the client (see
 * testing/fake-esdb-client.ts): resubscription, exactly-once delivery across
 * failures, checkpoints over filtered stretches, positions the adapter never
 * handed out. Positions are asserted relative to the events appended, never
 * as literal numbers: EventStoreDB positions have gaps.
 */
import type { RecordedEvent } from '../port';
import { collect, eventually, newEvent, newEvents, type Collector } from '../testing/contract';
import { EsdbEventStore } from './esdb-event-store';
import type { EsdbLogger } from './logger';
import { FakeEventStoreDB } from './testing/fake-esdb-client';

interface Logged {
  level: 'info' | 'warn' | 'error';
  message: string;
  context?: Record<string, unknown>;
}

function capturingLogger(into: Logged[]): EsdbLogger {
  return {
    info: (message, context) => into.push({ level: 'info', message, ...(context ? { context } : {}) }),
    warn: (message, context) => into.push({ level: 'warn', message, ...(context ? { context } : {}) }),
    error: (message, context) => into.push({ level: 'error', message, ...(context ? { context } : {}) }),
  };
}

const ids = (events: readonly RecordedEvent[]) => events.map((e) => e.id);

describe('EventStoreDB subscription (over the fake client)', () => {
  let fake: FakeEventStoreDB;
  let store: EsdbEventStore;
  let logged: Logged[];
  const open: Collector[] = [];

  beforeEach(() => {
    fake = new FakeEventStoreDB();
    logged = [];
    store = new EsdbEventStore(fake, {
      namespace: 'sub-test/',
      logger: capturingLogger(logged),
      subscriptionBackoff: { initialMs: 5, maxMs: 40, factor: 2, jitter: 0.5 },
    });
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.subscription.close()));
    await store.close();
  });

  function subscribed(...args: Parameters<typeof collect> extends [unknown, ...infer Rest] ? Rest : never): Collector {
    const c = collect(store, ...args);
    open.push(c);
    return c;
  }

  it('resubscribes after the connection drops, delivering every event exactly once and in order', async () => {
    await store.append('negotiation-a', newEvents(20), { expectedRevision: 'no-stream' });
    let drops = 0;
    const drop = (): void => {
      drops++;
      fake.dropSubscriptions();
    };
    const c = subscribed({ afterPosition: 0, batchSize: 3 }, () => {
      // Fail the connection while a batch is being handled, twice. (Events the client had
      // already buffered may still be delivered before the failure surfaces.)
      if (drops < 2 && fake.openSubscriptions > 0) drop();
    });
    await c.received(20);
    await store.append('negotiation-b', newEvents(10), { expectedRevision: 'no-stream' });
    await c.received(30);
    await eventually(() => drops === 2 && fake.openSubscriptions > 0, 'subscribed again');
    drop();
    await store.append('negotiation-a', newEvents(5), { expectedRevision: 19 });
    await c.received(35);

    const all = await store.readAll();
    expect(ids(c.events)).toEqual(ids(all));
    expect(new Set(ids(c.events)).size).toBe(35);
    expect(c.errors).toEqual([]);
    // One logged retry per dropped connection.
    const retries = logged.filter((l) => l.level === 'warn' && /resubscribing/.test(l.message));
    expect(retries).toHaveLength(3);
    // The backoff restarts once a subscription got going (a drop before that counts as a further attempt).
    for (const retry of retries) expect([1, 2]).toContain(retry.context?.['attempt']);
  });

  it('backs off exponentially while the cluster is unreachable, logs each retry, then recovers', async () => {
    const { events } = await store.append('negotiation-a', newEvents(3), { expectedRevision: 'no-stream' });
    fake.failNextSubscriptions(4);
    const c = subscribed({ afterPosition: 0 });
    await c.received(3);
    expect(ids(c.events)).toEqual(ids(events));
    const retries = logged.filter((l) => l.level === 'warn').map((l) => l.context);
    expect(retries.map((r) => r?.['attempt'])).toEqual([1, 2, 3, 4]);
    const delays = retries.map((r) => r?.['delayMs'] as number);
    // base 5, 10, 20, 40 ms; jitter takes off at most half.
    [5, 10, 20, 40].forEach((base, i) => {
      expect(delays[i]).toBeGreaterThanOrEqual(Math.floor(base / 2));
      expect(delays[i]).toBeLessThanOrEqual(base);
    });
    expect(
      retries.every((r) => typeof r?.['error'] === 'string' && /UNAVAILABLE|No connection/.test(r['error'] as string)),
    ).toBe(true);
  });

  it('gives up after maxSubscriptionRetries and reports through onError', async () => {
    const limited = new EsdbEventStore(fake, {
      namespace: 'sub-test/',
      logger: capturingLogger(logged),
      subscriptionBackoff: { initialMs: 1, maxMs: 2 },
      maxSubscriptionRetries: 2,
    });
    fake.failNextSubscriptions(10);
    const c = collect(limited, { afterPosition: 0 });
    await eventually(() => c.errors.length > 0, 'onError');
    expect(logged.filter((l) => l.level === 'warn')).toHaveLength(2);
    expect(logged.some((l) => l.level === 'error' && /stopped/.test(l.message))).toBe(true);
    await c.subscription.close();
    await limited.close();
  });

  // The backoff is a minute: a close() that waited for it would fail on the test's timeout, not on a clock reading.
  it('close() during a backoff wait returns without waiting for the backoff', async () => {
    const slow = new EsdbEventStore(fake, {
      namespace: 'sub-test/',
      logger: capturingLogger(logged),
      subscriptionBackoff: { initialMs: 60_000, maxMs: 60_000 },
    });
    fake.failNextSubscriptions(1);
    const c = collect(slow, { afterPosition: 0 });
    await eventually(() => logged.some((l) => l.level === 'warn'), 'a retry scheduled');
    await c.subscription.close();
    await slow.close();
  }, 10_000);

  it('advances the checkpoint over events the filter skips, to the last event’s position', async () => {
    await store.append('negotiation-a', newEvents(2), { expectedRevision: 'any' });
    const audit = await store.append('audit', newEvents(3), { expectedRevision: 'any' });
    const head = audit.events[2]?.position as number;
    expect(await store.headPosition()).toBe(head);

    const c = subscribed({ afterPosition: 0, filter: { streamPrefix: 'negotiation-' } });
    await eventually(() => c.caughtUp.includes(head), 'caught up at the head');
    expect(c.events.map((e) => e.stream)).toEqual(['negotiation-a', 'negotiation-a']);
    expect(c.checkpoints).toContain(head);
    expect(c.subscription.position).toBe(head);

    // Live: a filtered-out append moves the checkpoint to that event, a matching one is delivered.
    const more = await store.append('audit', newEvents(2), { expectedRevision: 'any' });
    const liveHead = more.events[1]?.position as number;
    await eventually(() => c.checkpoints.includes(liveHead), 'checkpoint at the live audit event');
    const { events } = await store.append('negotiation-b', newEvents(1), { expectedRevision: 'any' });
    await c.received(3);
    expect(c.events[2]?.id).toBe(events[0]?.id);
    await eventually(() => c.caughtUp.includes(events[0]?.position as number), 'caught up after the live event');
  });

  it("says caught up as the stream has it, with a warning, when the store's head cannot be read to confirm it", async () => {
    const { events } = await store.append('negotiation-a', newEvents(3), { expectedRevision: 'any' });
    const last = events[2]?.position as number;
    jest.spyOn(store, 'headPosition').mockRejectedValue(new Error('cluster unreachable'));
    const c = subscribed({ afterPosition: 0 });
    await eventually(() => c.caughtUp.includes(last), 'caught up at the last event');
    expect(ids(c.events)).toEqual(ids(events));
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringContaining("could not read the store's head") }),
    );
  });

  it('says caught up, with a warning, when it makes no progress toward the head it was told of', async () => {
    const { events } = await store.append('negotiation-a', newEvents(2), { expectedRevision: 'any' });
    const last = events[1]?.position as number;
    // A head no event of the stream reaches (a store that reads ahead of what it serves): waited for, then given up.
    jest.spyOn(store, 'headPosition').mockResolvedValue(last + 1_000);
    const c = subscribed({ afterPosition: 0 });
    await c.received(2);
    expect(c.caughtUp).toEqual([]);
    await eventually(() => c.caughtUp.includes(last), 'caught up at the last event');
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringContaining('has not reached the store') }),
    );
  });

  it('reports only real event positions (or the starting point) as checkpoints and caught-up positions', async () => {
    fake.writeForeign('another-app-stream');
    const appended: RecordedEvent[] = [];
    for (let i = 0; i < 40; i++) {
      const type = i % 7 === 0 ? 'CeasefireDeclared' : 'StatementMade';
      appended.push(...(await store.append(`s-${i % 3}`, [newEvent(type)], { expectedRevision: 'any' })).events);
      if (i % 5 === 0) fake.writeForeign('another-app-stream');
    }
    const c = subscribed({ afterPosition: 0, batchSize: 2, filter: { eventTypes: ['CeasefireDeclared'] } });
    const head = appended[appended.length - 1]?.position as number;
    await eventually(() => c.caughtUp.includes(head), 'caught up at the head');
    expect(ids(c.events)).toEqual(ids(appended.filter((e) => e.type === 'CeasefireDeclared')));
    const positions = new Set(appended.map((e) => e.position));
    for (const checkpoint of [...c.checkpoints, ...c.caughtUp]) expect(positions.has(checkpoint)).toBe(true);
    expect(c.subscription.position).toBe(head);
  });

  it('resumes from a checkpoint with no gap and no duplicate', async () => {
    await store.append('s', newEvents(10), { expectedRevision: 'any' });
    const first = subscribed({ afterPosition: 0, batchSize: 4 }, async (_events, collector) => {
      await collector.subscription.close();
    });
    await first.received(4);
    // The handler's own close() settles after the batch: the position is final once it has.
    await eventually(() => first.subscription.position === first.events[3]?.position, 'checkpoint settled');
    const checkpoint = first.subscription.position;

    await store.append('s', newEvents(5), { expectedRevision: 'any' });
    const second = subscribed({ afterPosition: checkpoint });
    const all = await store.readAll();
    await second.received(all.length - 4);
    expect(ids([...first.events, ...second.events])).toEqual(ids(all));
  });

  it('accepts an afterPosition it never handed out (inside a log record) and delivers exactly what follows it', async () => {
    const { events } = await store.append('s', newEvents(6), { expectedRevision: 'any' });
    const between = (events[2]?.position as number) + 2; // decodes to a byte inside event 2's record
    const c = subscribed({ afterPosition: between });
    await eventually(() => c.caughtUp.length > 0, 'caught up');
    expect(ids(c.events)).toEqual(ids(events.slice(3)));
    expect(c.errors).toEqual([]);
  });

  it('never delivers system events, id markers, other namespaces or other applications', async () => {
    const neighbour = new EsdbEventStore(fake, { namespace: 'other/', logger: capturingLogger([]) });
    await neighbour.append('negotiation-a', newEvents(3), { expectedRevision: 'any' });
    fake.writeForeign('negotiation-a');
    const mine = await store.append('negotiation-a', newEvents(2), { expectedRevision: 'any' });
    const c = subscribed({ afterPosition: 0 });
    await eventually(() => c.caughtUp.includes(mine.events[1]?.position as number), 'caught up');
    expect(ids(c.events)).toEqual(ids(mine.events));
    await neighbour.close();
  });
});
