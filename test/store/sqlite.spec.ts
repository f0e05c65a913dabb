/**
 * What only the SQLite store promises, beyond the contract: the file outlives
 * the process, concurrent appends share one transaction, and a second
 * connection to the same file (another process, in production) is seen live.
 */
import Database from 'better-sqlite3';
import { mkdir } from 'node:fs/promises';
import {
  DuplicateEventIdError,
  openSqliteEventStore,
  type RecordedEvent,
  type SqliteEventStore,
  StoreUnavailableError,
  WrongExpectedRevisionError,
} from '@parley/event-store';
import { collect, eventually, newEvent, newEvents } from '@parley/event-store/testing/contract';
import { tempDir } from './temp-store';

describe('sqlite event store', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  const opened: SqliteEventStore[] = [];

  /** A store on this test's file; `clock.calls` counts committed write transactions (one clock read each). */
  async function open(
    options: {
      pollIntervalMs?: number;
      recentEvents?: number;
      readAheadFrom?: number;
      busyTimeoutMs?: number;
      stagingWriterFrom?: number;
    } = {},
  ): Promise<SqliteEventStore & { commits: () => number }> {
    let calls = 0;
    const store = await openSqliteEventStore({
      path: temp.file(),
      ...options,
      clock: () => {
        calls++;
        return new Date();
      },
    });
    opened.push(store);
    return Object.assign(store, { commits: () => calls });
  }

  beforeEach(async () => {
    temp = await tempDir();
  });

  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await temp.remove();
  });

  it('creates the file in WAL mode, with its parent directories', async () => {
    const path = temp.file('a/b/c/events.db');
    const store = await openSqliteEventStore({ path });
    opened.push(store);
    await store.append('s', newEvents(1), { expectedRevision: 'any' });
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('keeps every event, revision and position across close and reopen, and continues numbering', async () => {
    const first = await open();
    for (let i = 0; i < 10; i++) await first.append(`s-${i % 3}`, newEvents(1 + (i % 4)), { expectedRevision: 'any' });
    const before = await first.readAll();
    const retried = newEvents(2);
    await first.append('retry', retried, { expectedRevision: 'no-stream' });
    await first.close();

    const second = await open();
    const after = await second.readAll();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(await second.streamRevision('s-0')).toBe(before.filter((e) => e.stream === 's-0').length - 1);
    // Idempotency survives a restart: the retry is recognised from the file.
    expect(await second.append('retry', retried, { expectedRevision: 'no-stream' })).toMatchObject({
      duplicate: true,
      nextRevision: 1,
    });
    const head = await second.headPosition();
    const next = await second.append('s-0', newEvents(1), { expectedRevision: await second.streamRevision('s-0') });
    expect(next.events[0]?.position).toBe(head + 1);
  });

  it('commits 32 concurrent appends to different streams in one transaction, all durable', async () => {
    const store = await open();
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) => store.append(`w-${i}`, newEvents(3), { expectedRevision: 'no-stream' })),
    );
    expect(store.commits()).toBe(1);
    expect(new Set(results.map((r) => r.events[0]?.recordedAt)).size).toBe(1);
    await store.close();

    const reopened = await open();
    const all = await reopened.readAll();
    expect(all).toHaveLength(96);
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
    for (let i = 0; i < 32; i++) expect(await reopened.streamRevision(`w-${i}`)).toBe(2);
  });

  describe('writers that each append again once answered', () => {
    /** `writers` writers appending `rounds` times each, writer w waiting w % 4 turns of the event loop between its appends. */
    async function straggling(store: SqliteEventStore, writers: number, rounds: number): Promise<void> {
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          for (let round = 0; round < rounds; round++) {
            await store.append(`w-${w}`, newEvents(1), { expectedRevision: round === 0 ? 'no-stream' : round - 1 });
            for (let turn = 0; turn < w % 4; turn++) await new Promise((resolve) => setImmediate(resolve));
          }
        }),
      );
    }

    it('share one commit per round however their appends straggle in over turns of the event loop', async () => {
      const store = await open();
      await straggling(store, 16, 6);
      // Committed turn by turn, the rounds after the first took 3–4 commits each.
      expect(store.commits()).toBeLessThanOrEqual(6 + 2);
      const all = await store.readAll();
      expect(all).toHaveLength(96);
      expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
    });

    it('hold no append of a writer alone: its appends are committed one by one without waiting for a timer', async () => {
      // Timers frozen: an append that waited for other writers would never be committed.
      jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'performance', 'Date'] });
      try {
        const store = await open();
        for (let i = 0; i < 20; i++) await store.append('alone', newEvents(1), { expectedRevision: i - 1 });
        const together = Array.from({ length: 8 }, (_, i) =>
          store.append(`t-${i}`, newEvents(1), { expectedRevision: 'any' }),
        );
        await Promise.all(together);
        expect(store.commits()).toBe(21);
      } finally {
        jest.useRealTimers();
      }
    });

    it('lose nothing waiting when the store closes: the batch waiting for more is committed', async () => {
      const store = await open();
      await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.append(`w-${i}`, newEvents(1), { expectedRevision: 'no-stream' })),
      );
      // One of the eight writers appends again: its batch waits for the other seven.
      const last = store.append('w-0', newEvents(1), { expectedRevision: 0 });
      await new Promise((resolve) => setImmediate(resolve));
      await store.close();
      await expect(last).resolves.toMatchObject({ nextRevision: 1, events: [{ position: 9 }] });
      const reopened = await open();
      expect(await reopened.streamRevision('w-0')).toBe(1);
    });
  });

  it('rejects a failing append alone within a batch, leaving no gap in positions', async () => {
    const store = await open();
    const taken = newEvent();
    await store.append('holder', [taken], { expectedRevision: 'no-stream' });
    const commitsBefore = store.commits();

    const independent = Array.from({ length: 8 }, (_, i) =>
      store.append(`ok-${i}`, newEvents(2), { expectedRevision: 'no-stream' }),
    );
    const racing = Array.from({ length: 8 }, () =>
      store.append('contested', newEvents(2), { expectedRevision: 'no-stream' }),
    );
    const stealing = store.append('thief', [newEvent(), taken], { expectedRevision: 'no-stream' });
    const [ok, race, steal] = await Promise.all([
      Promise.allSettled(independent),
      Promise.allSettled(racing),
      Promise.allSettled([stealing]),
    ]);

    expect(store.commits() - commitsBefore).toBe(1);
    expect(ok.every((o) => o.status === 'fulfilled')).toBe(true);
    expect(race.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of race) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(steal[0]).toMatchObject({ status: 'rejected', reason: expect.any(DuplicateEventIdError) });
    expect(await store.streamRevision('thief')).toBe(-1);

    const all = await store.readAll();
    expect(all).toHaveLength(1 + 16 + 2);
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
  });

  it('rejects a failing append of one event alone within a batch of such appends, storing nothing of it', async () => {
    const store = await open();
    const taken = newEvent();
    await store.append('holder', [taken], { expectedRevision: 'no-stream' });
    const commitsBefore = store.commits();

    const independent = Array.from({ length: 8 }, (_, i) =>
      store.append(`ok-${i}`, newEvents(1), { expectedRevision: 'no-stream' }),
    );
    // Between the others in the queue: the id held by another stream, then a retry of the holder's own append.
    const stealing = store.append('thief', [taken], { expectedRevision: 'no-stream' });
    const retry = store.append('holder', [taken], { expectedRevision: 'any' });
    const after = Array.from({ length: 8 }, (_, i) =>
      store.append(`late-${i}`, newEvents(1), { expectedRevision: 'no-stream' }),
    );
    const [ok, steal, retried, late] = await Promise.all([
      Promise.allSettled(independent),
      Promise.allSettled([stealing]),
      retry,
      Promise.allSettled(after),
    ]);

    expect(store.commits() - commitsBefore).toBe(1);
    expect([...ok, ...late].every((o) => o.status === 'fulfilled')).toBe(true);
    expect(steal[0]).toMatchObject({ status: 'rejected', reason: expect.any(DuplicateEventIdError) });
    expect(retried).toMatchObject({ duplicate: true, nextRevision: 0 });
    expect(await store.streamRevision('thief')).toBe(-1);
    for (let i = 0; i < 8; i++) expect(await store.streamRevision(`late-${i}`)).toBe(0);

    const all = await store.readAll();
    expect(all).toHaveLength(1 + 16);
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
    expect(all.filter((e) => e.id === taken.id).map((e) => e.stream)).toEqual(['holder']);
  });

  it('checks each append of a batch against the revision left by the appends before it', async () => {
    const store = await open();
    const [first, second, stale] = await Promise.allSettled([
      store.append('s', newEvents(2), { expectedRevision: 'no-stream' }),
      store.append('s', newEvents(1), { expectedRevision: 1 }),
      store.append('s', newEvents(1), { expectedRevision: 1 }),
    ]);
    expect(store.commits()).toBe(1);
    expect(first).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1 } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { nextRevision: 2 } });
    expect(stale).toMatchObject({ status: 'rejected', reason: { expected: 1, actual: 2 } });
  });

  it('answers a retry queued in the same batch as its original with the original result', async () => {
    const store = await open();
    const events = newEvents(2);
    const [original, retry] = await Promise.all([
      store.append('s', events, { expectedRevision: 'no-stream' }),
      store.append('s', events, { expectedRevision: 'no-stream' }),
    ]);
    expect(original.duplicate).toBe(false);
    expect(retry).toMatchObject({ duplicate: true, nextRevision: 1 });
    expect(retry.events.map((e) => e.position)).toEqual(original.events.map((e) => e.position));
    expect(await store.headPosition()).toBe(2);
  });

  it('refuses every append of a commit that cannot take the write lock, stores none of it, and appends once it can', async () => {
    const store = await open({ busyTimeoutMs: 50 });
    await store.append('before', newEvents(1), { expectedRevision: 'no-stream' });
    const other = new Database(temp.file());
    try {
      other.prepare('BEGIN IMMEDIATE').run();
      const refused = await Promise.allSettled([
        store.append('a', newEvents(2), { expectedRevision: 'no-stream' }),
        store.append('b', newEvents(1), { expectedRevision: 'any' }),
      ]);
      for (const outcome of refused) {
        expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(StoreUnavailableError) });
        expect((outcome as PromiseRejectedResult).reason.message).toMatch(/append failed: database is locked/);
      }
      other.prepare('ROLLBACK').run();
    } finally {
      other.close();
    }
    await expect(store.append('a', newEvents(2), { expectedRevision: 'no-stream' })).resolves.toMatchObject({
      nextRevision: 1,
      events: [{ position: 2 }, { position: 3 }],
    });
    expect((await store.readAll()).map((e) => e.stream)).toEqual(['before', 'a', 'a']);
  });

  it('appends a staged range in one commit, and a slow subscriber gets every event of ranges longer than the recent commits once, in order', async () => {
    // A few recent commits only: each range is longer, and the subscriber reads it 3 at a time, yielding between pages.
    const store = await open({ recentEvents: 4 });
    const c = collect(
      store,
      { afterPosition: 0, batchSize: 3 },
      () => new Promise((resolve) => setTimeout(resolve, 5)),
    );
    const staging = store.openStaging(temp.dir);
    try {
      const events = newEvents(30);
      events.forEach((event, i) =>
        staging.stage(`s-${i % 3}`, {
          id: event.id,
          type: event.type,
          data: JSON.stringify(event.data),
          metadata: '{}',
        }),
      );
      const before = store.commits();
      await staging.append(1, 15, new Map());
      // Partway through the first range when the second is committed.
      await c.received(6);
      await staging.append(16, 30, new Map());
      expect(store.commits() - before).toBe(2);
      await c.received(30);
      const stored = await store.readAll();
      expect(stored.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(c.events).toEqual(stored);
    } finally {
      staging.close();
      await c.subscription.close();
    }
  });

  describe('two connections on one file', () => {
    it("a live subscriber sees the other connection's appends", async () => {
      const reader = await open({ pollIntervalMs: 50 });
      const writer = await open();
      await writer.append('s', newEvents(2), { expectedRevision: 'no-stream' });
      const c = collect(reader, { afterPosition: 0 });
      try {
        await c.received(2);
        await eventually(() => c.caughtUp.includes(2), 'caught up at 2');
        const { events } = await writer.append('s', newEvents(3), { expectedRevision: 1 });
        await c.received(5);
        expect(c.events.slice(2).map((e: RecordedEvent) => e.id)).toEqual(events.map((e) => e.id));
      } finally {
        await c.subscription.close();
      }
    });

    it('a subscriber on a connection that writes, while the other writes between its commits, gets every event once, in order, as stored', async () => {
      // The writing connection keeps its latest commits in memory for its subscribers (a few here, to drop some);
      // the other connection's commits in between must still come from the file, in their place.
      const a = await open({ pollIntervalMs: 20, recentEvents: 4 });
      const b = await open();
      const c = collect(a, { afterPosition: 0, batchSize: 3 });
      try {
        let expected = 0;
        for (let round = 0; round < 6; round++) {
          await a.append(`a-${round}`, newEvents(1 + (round % 3)), { expectedRevision: 'no-stream' });
          if (round % 2 === 1) await b.append(`b-${round}`, newEvents(2), { expectedRevision: 'no-stream' });
          await Promise.all([
            a.append(`c-${round}`, newEvents(2), { expectedRevision: 'no-stream' }),
            a.append(`d-${round}`, newEvents(1), { expectedRevision: 'no-stream' }),
          ]);
          expected = await a.headPosition();
          await c.received(expected);
        }
        const stored = await b.readAll();
        expect(stored).toHaveLength(expected);
        expect(c.events.map((e) => e.position)).toEqual(stored.map((e) => e.position));
        expect(c.events.map((e) => ({ ...e }))).toEqual(stored);
      } finally {
        await c.subscription.close();
      }
    });

    it('each sees the other’s writes on read, and optimistic concurrency holds across them', async () => {
      const a = await open();
      const b = await open();
      await a.append('s', newEvents(1), { expectedRevision: 'no-stream' });
      expect(await b.streamRevision('s')).toBe(0);
      const outcomes = await Promise.allSettled([
        a.append('s', newEvents(1), { expectedRevision: 0 }),
        b.append('s', newEvents(1), { expectedRevision: 0 }),
        a.append('s', newEvents(1), { expectedRevision: 0 }),
        b.append('s', newEvents(1), { expectedRevision: 0 }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes)
        if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect((await b.readStream('s')).map((e) => e.revision)).toEqual([0, 1]);
      expect(await a.readAll()).toEqual(await b.readAll());
    });
  });

  describe("a long staged range, written on the staging's writer thread with its own connection", () => {
    /** A staging of `store` holding `count` events over a few streams (`s-0` …), closed after the test. */
    function staged(store: SqliteEventStore, count: number, streams = 7) {
      const staging = store.openStaging(temp.dir);
      stagings.push(staging);
      const events = newEvents(count, 'StatementMade', (i) => ({ i, text: `event ${i}` }));
      events.forEach((event, i) =>
        staging.stage(`s-${i % streams}`, {
          id: event.id,
          type: event.type,
          data: JSON.stringify(event.data),
          metadata: '{}',
        }),
      );
      return { staging, events };
    }
    const stagings: ReturnType<SqliteEventStore['openStaging']>[] = [];
    afterEach(() => {
      for (const staging of stagings.splice(0)) staging.close();
    });

    it('leaves this thread free: reads are answered while it is written, the range seen whole or not at all', async () => {
      const store = await open({ stagingWriterFrom: 1000 });
      await store.append('before', newEvents(1), { expectedRevision: 'no-stream' });
      const { staging, events } = staged(store, 20_000);
      let settled = false;
      const appending = staging.append(1, events.length, new Map()).finally(() => (settled = true));
      const heads: number[] = [];
      while (!settled) {
        heads.push(await store.headPosition());
        // A turn of the event loop, as a server's next request would take.
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(await appending).toEqual({ stored: events.length, position: events.length + 1 });
      // In the store's own batch, the range's one statement would hold this thread until it committed.
      expect(heads.filter((head) => head === 1).length).toBeGreaterThan(5);
      // The range whole or not at all (its commit may come before its answer does).
      expect(heads.filter((head) => head !== 1 && head !== events.length + 1)).toEqual([]);
      expect((await store.readAll()).map((e) => e.id)).toEqual([expect.any(String), ...events.map((e) => e.id)]);
    });

    it('appends queued while it is written go right after it; a subscriber gets every event once, in order, as stored', async () => {
      const store = await open({ stagingWriterFrom: 1000, recentEvents: 10 });
      const c = collect(store, { afterPosition: 0, batchSize: 300 });
      try {
        await store.append('first', newEvents(2), { expectedRevision: 'no-stream' });
        const { staging, events } = staged(store, 5000);
        const range = staging.append(1, events.length, new Map([['s-0', 'no-stream']]));
        const queued = newEvents(3);
        const [a, b] = await Promise.all([
          store.append('after-a', queued.slice(0, 2), { expectedRevision: 'no-stream' }),
          store.append('after-b', queued.slice(2), { expectedRevision: 'no-stream' }),
        ]);
        const done = await range;
        expect(done).toEqual({ stored: 5000, position: 5002 });
        expect(a.events[0]?.position).toBe(5003);
        expect(b.events[0]?.position).toBe(5005);
        await c.received(5005);
        const stored = await store.readAll();
        expect(stored.map((e) => e.id)).toEqual([
          ...stored.slice(0, 2).map((e) => e.id),
          ...events.map((e) => e.id),
          ...queued.map((e) => e.id),
        ]);
        expect(c.events).toEqual(stored);
        expect(await store.streamRevision('s-0')).toBe(Math.ceil(5000 / 7) - 1);
      } finally {
        await c.subscription.close();
      }
    });

    it('a store closed while it is written waits for it: the range and the appends queued behind it are stored', async () => {
      const store = await open({ stagingWriterFrom: 1000 });
      const { staging, events } = staged(store, 5000);
      const range = staging.append(1, events.length, new Map());
      const behind = store.append('behind', newEvents(1), { expectedRevision: 'no-stream' });
      await store.close();
      await expect(range).resolves.toEqual({ stored: 5000, position: 5000 });
      await expect(behind).resolves.toMatchObject({ nextRevision: 0 });
      const again = await open();
      expect(await again.headPosition()).toBe(5001);
      expect(await again.streamRevision('behind')).toBe(0);
    });

    it('a lock another connection holds past the busy timeout fails the range with StoreUnavailableError, nothing of it stored; it can be appended again', async () => {
      const store = await open({ stagingWriterFrom: 1000, busyTimeoutMs: 100 });
      const { staging, events } = staged(store, 2000);
      const other = new Database(temp.file(), { timeout: 100 });
      try {
        other.exec('BEGIN IMMEDIATE');
        const error = await staging.append(1, events.length, new Map()).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect((error as Error).message).toMatch(/append failed: database is locked/);
        other.exec('ROLLBACK');
      } finally {
        other.close();
      }
      expect(await store.headPosition()).toBe(0);
      await expect(staging.append(1, events.length, new Map())).resolves.toEqual({ stored: 2000, position: 2000 });
      await expect(store.append('after', newEvents(1), { expectedRevision: 'no-stream' })).resolves.toMatchObject({
        nextRevision: 0,
      });
    });
  });

  describe('readAllPages, read ahead on a worker thread with its own connection', () => {
    /** Every page, or the error the loop ended with. */
    async function pagesOf(store: SqliteEventStore, pageSize: number): Promise<RecordedEvent[][]> {
      const pages: RecordedEvent[][] = [];
      for await (const page of store.readAllPages({ pageSize })) pages.push(page);
      return pages;
    }

    // With readAheadFrom 0 every read is read ahead: readAllPages reads its first pages here while the worker
    // starts, readAllPagesOnWorker takes every page from the worker.
    const both = ['readAllPages', 'readAllPagesOnWorker'] as const;

    it.each(both)('%s sees what another connection commits while the loop runs', async (method) => {
      const reader = await open({ readAheadFrom: 0 });
      const writer = await open();
      await writer.append('negotiation-a', newEvents(5), { expectedRevision: 'no-stream' });
      const seen: RecordedEvent[] = [];
      let appended = false;
      for await (const page of reader[method]({ pageSize: 2 })) {
        seen.push(...page);
        if (!appended) {
          appended = true;
          await writer.append('negotiation-b', newEvents(30), { expectedRevision: 'no-stream' });
        }
      }
      expect(seen).toEqual(await reader.readAll());
      expect(seen).toHaveLength(35);
    });

    it.each(both)(
      "%s fails on a foreign writer's row that is not JSON as readAll fails, after the rows before it",
      async (method) => {
        const store = await open({ readAheadFrom: 0 });
        await store.append('negotiation-a', newEvents(3), { expectedRevision: 'no-stream' });
        const raw = new Database(store.path);
        try {
          // A text that would read as two values if spliced into a larger JSON text: it must fail, not shift.
          raw
            .prepare(
              "INSERT INTO events (stream, revision, id, type, data, metadata, recorded_at) VALUES ('negotiation-a', 3, 'x', 'T', '{}', '{}}, {\"a\": 1', 'now')",
            )
            .run();
        } finally {
          raw.close();
        }
        const readAllError = await store.readAll().catch((error: unknown) => error);
        expect(readAllError).toBeInstanceOf(SyntaxError);
        const seen: RecordedEvent[] = [];
        const pagesError = await (async () => {
          for await (const page of store[method]({ pageSize: 3 })) seen.push(...page);
        })().catch((error: unknown) => error);
        expect(pagesError).toBeInstanceOf(SyntaxError);
        expect(seen).toHaveLength(3);
      },
    );

    it('hands each event over once when the worker takes over from the pages read here', async () => {
      const store = await open({ readAheadFrom: 0 });
      for (let i = 0; i < 20; i++)
        await store.append(`negotiation-${i}`, newEvents(50), { expectedRevision: 'no-stream' });
      const events = await store.readAll();
      // A caller slow on its first pages: the worker comes up (and reads from the start) while they are read here.
      const seen: RecordedEvent[] = [];
      for await (const page of store.readAllPages({ pageSize: 1 })) {
        seen.push(...page);
        if (seen.length <= 200) await new Promise((resolve) => setTimeout(resolve, 2));
      }
      expect(seen).toEqual(events);
      for (const pageSize of [7, 250]) {
        const pages = await pagesOf(store, pageSize);
        expect(pages.flat()).toEqual(events);
        expect(Math.max(...pages.map((page) => page.length))).toBe(pageSize);
      }
      const onWorker: RecordedEvent[] = [];
      for await (const page of store.readAllPagesOnWorker({ pageSize: 7 })) onWorker.push(...page);
      expect(onWorker).toEqual(events);
    });

    it('answers StoreUnavailableError once the store is closed; a store in memory pages too', async () => {
      const store = await open();
      await store.append('negotiation-a', newEvents(3), { expectedRevision: 'no-stream' });
      expect((await pagesOf(store, 2)).map((page) => page.length)).toEqual([2, 1]);
      await store.close();
      expect(() => store.readAllPages({ pageSize: 2 })).toThrow(StoreUnavailableError);
      const inMemory = await openSqliteEventStore({ path: ':memory:' });
      opened.push(inMemory);
      await inMemory.append('negotiation-a', newEvents(3), { expectedRevision: 'no-stream' });
      expect(await pagesOf(inMemory, 2)).toEqual([
        (await inMemory.readAll()).slice(0, 2),
        (await inMemory.readAll()).slice(2),
      ]);
    });
  });

  it('fails to open a path it cannot use with StoreUnavailableError', async () => {
    const directory = temp.file('a-directory');
    await mkdir(directory);
    await expect(openSqliteEventStore({ path: directory })).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
