/**
 * The adapter's own logic — idempotency markers, ids, namespaces, positions,
 * error translation — against the in-memory fake of the client. The port's
 * behaviour as a whole is covered by the contract suite
 * (esdb-fake.contract.spec.ts here, test/esdb against a real server).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { ErrorType, UnavailableError } from '@eventstore/db-client';
import { DuplicateEventIdError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type { NewEvent } from '../port';
import { collect, eventually, newEvent, newEvents } from '../testing/contract';
import type { EsdbClient } from './client';
import { EsdbEventStore, openEsdbEventStore, redactConnectionString } from './esdb-event-store';
import { MARKER_STREAM_PREFIX } from './filters';
import { ORIGINAL_ID_KEY } from './ids';
import { silentLogger, type EsdbLogger } from './logger';
import { FakeEventStoreDB } from './testing/fake-esdb-client';

/** Delegates to the fake, recording calls; can fail the "stored" marker writes as a crash would skip them. */
class SpyClient implements EsdbClient {
  readonly appended: string[] = [];
  readonly reads: Array<{ stream: string; direction: string; maxCount: number }> = [];
  failStoredMarkers = false;
  /** Leader-only reads answered "not leader" before the client has found the leader. */
  notLeaderAnswers = 0;

  constructor(readonly inner: FakeEventStoreDB) {}

  appendToStream: EsdbClient['appendToStream'] = (stream, events, options) => {
    this.appended.push(stream);
    if (this.failStoredMarkers && stream.includes(MARKER_STREAM_PREFIX) && options?.expectedRevision === 0n) {
      return Promise.reject(
        new UnavailableError(Object.assign(new Error('14 UNAVAILABLE: gone'), { code: 14 }) as never),
      );
    }
    return this.inner.appendToStream(stream, events, options);
  };

  readStream: EsdbClient['readStream'] = (stream, options) => {
    this.reads.push({
      stream,
      direction: options?.direction ?? 'forwards',
      maxCount: Number(options?.maxCount ?? Infinity),
    });
    if (options?.requiresLeader && this.notLeaderAnswers > 0) {
      this.notLeaderAnswers--;
      const notLeader = Object.assign(new Error('Leader info available'), { type: ErrorType.NOT_LEADER });
      const failing = new Readable({
        objectMode: true,
        read() {
          this.destroy(notLeader);
        },
      });
      return Object.assign(failing, { cancel: async () => undefined }) as never;
    }
    return this.inner.readStream(stream, options);
  };

  readAll: EsdbClient['readAll'] = (options) => this.inner.readAll(options);
  subscribeToAll: EsdbClient['subscribeToAll'] = (options) => this.inner.subscribeToAll(options);
  dispose: EsdbClient['dispose'] = () => this.inner.dispose();
}

const warnings = (into: string[]): EsdbLogger => ({ ...silentLogger, warn: (message) => into.push(message) });

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('EsdbEventStore over the fake client', () => {
  let fake: FakeEventStoreDB;
  let spy: SpyClient;
  let store: EsdbEventStore;
  let warned: string[];

  beforeEach(() => {
    fake = new FakeEventStoreDB();
    spy = new SpyClient(fake);
    warned = [];
    store = new EsdbEventStore(spy, { namespace: 'unit/', logger: warnings(warned) });
  });

  afterEach(async () => {
    await store.close();
  });

  describe('idempotency beyond EventStoreDB’s duplicate window', () => {
    it('recognises a retry long after the first append, without writing to the stream again', async () => {
      const events = newEvents(3);
      const first = await store.append('negotiation-x', events, { expectedRevision: 'no-stream' });
      for (let i = 0; i < 30; i++) await store.append(`other-${i % 4}`, newEvents(2), { expectedRevision: 'any' });
      const appendsToStream = spy.appended.filter((s) => s === 'unit/negotiation-x').length;

      const retry = await store.append('negotiation-x', events, { expectedRevision: 'any' });
      expect(retry).toEqual({ ...first, duplicate: true });
      expect(spy.appended.filter((s) => s === 'unit/negotiation-x').length).toBe(appendsToStream);
    });

    it('finds the original events where the Stored records say, without scanning the stream', async () => {
      const events = newEvents(2);
      await store.append('negotiation-x', newEvents(50), { expectedRevision: 'no-stream' });
      await store.append('negotiation-x', events, { expectedRevision: 49 });
      spy.reads.length = 0;
      const retry = await store.append('negotiation-x', events, { expectedRevision: 49 });
      expect(retry.duplicate).toBe(true);
      expect(retry.events.map((e) => e.revision)).toEqual([50, 51]);
      const streamReads = spy.reads.filter((r) => r.stream === 'unit/negotiation-x');
      expect(streamReads.every((r) => r.direction === 'forwards' && r.maxCount === 1)).toBe(true);
    });

    it('still recognises a retry when the attempt died between storing the events and recording where', async () => {
      spy.failStoredMarkers = true;
      const events = newEvents(2);
      const first = await store.append('negotiation-x', events, { expectedRevision: 'no-stream' });
      expect(first.duplicate).toBe(false);
      expect(warned.filter((w) => /could not record where an event was stored/.test(w))).toHaveLength(2);
      spy.failStoredMarkers = false;
      await store.append('negotiation-x', newEvents(3), { expectedRevision: 1 });

      const retry = await store.append('negotiation-x', events, { expectedRevision: 'no-stream' });
      expect(retry).toEqual({ ...first, duplicate: true });
      expect(await store.readEvent(events[1]?.id as string)).toEqual(first.events[1]);
    });

    it('lets an id whose append failed be retried on its stream, and refuses it on any other', async () => {
      const event = newEvent();
      await expect(store.append('s', [event], { expectedRevision: 5 })).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      expect(await store.readEvent(event.id)).toBeUndefined();

      const elsewhere = await rejectionOf(store.append('t', [event], { expectedRevision: 'any' }));
      expect(elsewhere).toBeInstanceOf(DuplicateEventIdError);
      expect(elsewhere).toMatchObject({ eventId: event.id, existingStream: 's' });

      const result = await store.append('s', [event], { expectedRevision: 'no-stream' });
      expect(result).toMatchObject({ duplicate: false, nextRevision: 0 });
    });

    it('of two writers racing to use one id on two streams, exactly one wins', async () => {
      for (let round = 0; round < 10; round++) {
        const event = newEvent();
        const outcomes = await Promise.allSettled([
          store.append(`a-${round}`, [event], { expectedRevision: 'any' }),
          store.append(`b-${round}`, [event], { expectedRevision: 'any' }),
        ]);
        const winners = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
        expect(winners).toHaveLength(1);
        const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(loser.reason).toBeInstanceOf(DuplicateEventIdError);
        const winnerStream = winners[0]?.events[0]?.stream;
        expect(loser.reason).toMatchObject({ existingStream: winnerStream });
        expect(await store.readEvent(event.id)).toMatchObject({ stream: winnerStream });
      }
    });

    it('concurrent identical appends with an exact expectation store once; one caller sees duplicate: false', async () => {
      const events = newEvents(3);
      const results = await Promise.all(
        Array.from({ length: 5 }, () => store.append('s', events, { expectedRevision: 'no-stream' })),
      );
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      for (const result of results) expect(result.events).toEqual(results[0]?.events);
      expect(await store.readStream('s')).toHaveLength(3);
    });
  });

  it('repeats a leader-only read that reached a follower, once the client has switched to the leader', async () => {
    spy.notLeaderAnswers = 2;
    const result = await store.append('s', newEvents(2), { expectedRevision: 'no-stream' });
    expect(result.events).toHaveLength(2);
    expect(spy.notLeaderAnswers).toBe(0);
  });

  describe('event ids', () => {
    it('round-trips ids that are not lowercase UUIDs', async () => {
      const odd: NewEvent[] = [
        { id: 'e-1', type: 'T', data: { n: 1 } },
        { id: randomUUID().toUpperCase(), type: 'T', data: { n: 2 }, metadata: { schema: 1 } },
      ];
      const result = await store.append('s', odd, { expectedRevision: 'no-stream' });
      expect(result.events.map((e) => e.id)).toEqual(odd.map((e) => e.id));
      expect(result.events.map((e) => e.metadata)).toEqual([{}, { schema: 1 }]);
      expect(await store.readStream('s')).toEqual(result.events);
      expect(await store.readAll()).toEqual(result.events);
      expect(await store.readEvent('e-1')).toEqual(result.events[0]);
      expect((await store.append('s', odd, { expectedRevision: 'any' })).duplicate).toBe(true);
      const c = collect(store, { afterPosition: 0 });
      await c.received(2);
      expect(c.events).toEqual(result.events);
      await c.subscription.close();
    });

    it('refuses the reserved metadata key and reserved stream names, storing nothing', async () => {
      await expect(
        store.append('s', [newEvent('T', {}, { [ORIGINAL_ID_KEY]: 'x' })], { expectedRevision: 'any' }),
      ).rejects.toThrow(TypeError);
      await expect(store.append('$settings', newEvents(1), { expectedRevision: 'any' })).rejects.toThrow(
        /reserved by EventStoreDB/,
      );
      await expect(store.append(`${MARKER_STREAM_PREFIX}x`, newEvents(1), { expectedRevision: 'any' })).rejects.toThrow(
        /reserved/,
      );
      expect(await store.headPosition()).toBe(0);
    });
  });

  describe('namespaces and what else lives in $all', () => {
    it('keeps stores with different namespaces apart, ids included', async () => {
      const neighbour = new EsdbEventStore(spy, { namespace: 'other/', logger: silentLogger });
      const shared = newEvent();
      const mine = await store.append('negotiation-x', [shared], { expectedRevision: 'no-stream' });
      const theirs = await neighbour.append('negotiation-x', [shared, newEvent()], { expectedRevision: 'no-stream' });
      expect(mine.duplicate).toBe(false);
      expect(theirs.duplicate).toBe(false);
      expect(await store.readStream('negotiation-x')).toEqual(mine.events);
      expect(await store.readAll()).toEqual(mine.events);
      expect(await neighbour.readAll()).toEqual(theirs.events);
      expect(await store.headPosition()).toBe(mine.events[0]?.position);
      expect(await neighbour.headPosition()).toBe(theirs.events[1]?.position);
      expect(await store.readEvent(theirs.events[1]?.id as string)).toBeUndefined();
      await neighbour.close();
    });

    it('never shows system events, id markers or other applications’ streams', async () => {
      fake.writeForeign('billing-1');
      const { events } = await store.append('s', newEvents(4), { expectedRevision: 'any' });
      fake.writeForeign('billing-1');
      expect(await store.readAll()).toEqual(events);
      expect(await store.headPosition()).toBe(events[3]?.position);
      const root = new EsdbEventStore(spy, { logger: silentLogger });
      const everything = await root.readAll();
      expect(everything.map((e) => e.stream)).toEqual([
        'billing-1',
        'unit/s',
        'unit/s',
        'unit/s',
        'unit/s',
        'billing-1',
      ]);
      await root.close();
    });
  });

  describe('positions', () => {
    it('hands out odd, strictly increasing positions, the same on every read path', async () => {
      const a = await store.append('a', newEvents(3), { expectedRevision: 'any' });
      const b = await store.append('b', newEvents(2), { expectedRevision: 'any' });
      const all = [...a.events, ...b.events];
      expect(all.every((e) => e.position % 2 === 1)).toBe(true);
      for (let i = 1; i < all.length; i++) expect(all[i]?.position).toBeGreaterThan(all[i - 1]?.position as number);
      expect(await store.readAll()).toEqual(all);
      expect(await store.readEvent(all[4]?.id as string)).toEqual(all[4]);
      const c = collect(store, { afterPosition: 0 });
      await c.received(5);
      expect(c.events).toEqual(all);
      await c.subscription.close();
    });

    it('reads from positions it never handed out: from the next event on, nothing past the head', async () => {
      const { events } = await store.append('s', newEvents(5), { expectedRevision: 'any' });
      const inside = (events[1]?.position as number) + 4;
      expect(await store.readAll({ fromPosition: inside })).toEqual(events.slice(2));
      expect(await store.readAll({ fromPosition: (events[4]?.position as number) + 1 })).toEqual([]);
      expect(await store.readAll({ fromPosition: (events[4]?.position as number) + 1000 })).toEqual([]);
      expect(await store.readAll({ fromPosition: (events[1]?.position as number) + 1 })).toEqual(events.slice(2));
    });
  });

  describe('an unreachable cluster', () => {
    it('fails every call with StoreUnavailableError', async () => {
      await store.append('s', newEvents(1), { expectedRevision: 'any' });
      fake.unavailable = true;
      const calls: Array<() => Promise<unknown>> = [
        () => store.append('s', newEvents(1), { expectedRevision: 'any' }),
        () => store.readStream('s'),
        () => store.readAll(),
        () => store.readEvent(randomUUID()),
        () => store.streamRevision('s'),
        () => store.headPosition(),
      ];
      for (const call of calls) {
        const error = await rejectionOf(call());
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect((error as Error).message).toMatch(/^EventStoreDB (append|read) failed/);
      }
    });

    it('keeps a subscription retrying until the cluster is back', async () => {
      const quick = new EsdbEventStore(spy, {
        namespace: 'unit/',
        logger: warnings(warned),
        subscriptionBackoff: { initialMs: 2, maxMs: 10 },
      });
      fake.unavailable = true;
      const c = collect(quick, { afterPosition: 0 });
      await eventually(() => warned.length >= 3, 'three retries');
      fake.unavailable = false;
      const { events } = await quick.append('s', newEvents(2), { expectedRevision: 'any' });
      await c.received(2);
      expect(c.events).toEqual(events);
      expect(c.errors).toEqual([]);
      await c.subscription.close();
      await quick.close();
    });
  });
});

describe('openEsdbEventStore', () => {
  it('needs a connection string', async () => {
    await expect(openEsdbEventStore({ connectionString: '' })).rejects.toThrow(/EVENTSTORE_CONNECTION_STRING/);
  });

  it('refuses a malformed connection string with StoreUnavailableError, without echoing the password', async () => {
    const error = await rejectionOf(
      openEsdbEventStore({ connectionString: 'postgres://admin:secret@localhost:2113', logger: silentLogger }),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain('invalid EventStoreDB connection string');
    expect((error as Error).message).not.toContain('secret');
  });

  it('fails with StoreUnavailableError when nothing listens at the address', async () => {
    const error = await rejectionOf(
      openEsdbEventStore({ connectionString: 'esdb://127.0.0.1:1?tls=false', logger: silentLogger }),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
  });

  describe('a connection string the client would take anyway is refused at start-up, naming the problem, never the password', () => {
    const password = 'S3cret/x+y';
    let warned: string[];
    beforeEach(() => {
      warned = [];
      jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warned.push(args.join(' ')));
    });
    afterEach(() => jest.restoreAllMocks());

    it.each([
      [
        'a misspelt option, which the client would ignore',
        `?tls=false&nodePreferance=follower`,
        /unknown option 'nodePreferance'/,
      ],
      [
        'tlsVerifyCert=false, which the client ignores',
        `?tls=true&tlsVerifyCert=false`,
        /tlsVerifyCert=false has no effect.*tlsCAFile/,
      ],
    ])('%s', async (_what, query, problem) => {
      const error = await rejectionOf(
        openEsdbEventStore({ connectionString: `esdb://parley:${password}@127.0.0.1:1${query}`, logger: silentLogger }),
      );
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toMatch(problem);
      expect((error as Error).message).toContain('esdb://parley:***@127.0.0.1:1');
      expect(`${(error as Error).message} ${warned.join('\n')}`).not.toContain('S3cret');
    });

    it.each(['p@ss', 'pa:ss'])('a password with an unencoded %s, which the client would cut short', async (raw) => {
      const error = await rejectionOf(
        openEsdbEventStore({ connectionString: `esdb://parley:${raw}@127.0.0.1:1?tls=false`, logger: silentLogger }),
      );
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toMatch(/percent-encode/);
      expect((error as Error).message).not.toContain(raw);
      expect((error as Error).message).not.toMatch(/ss@/);
    });

    it('option names as the client reads them (any case, - and _ ignored) are accepted', async () => {
      const error = await rejectionOf(
        openEsdbEventStore({
          connectionString: `esdb://127.0.0.1:1?TLS=false&node-preference=leader&keep_alive_interval=10000&defaultDeadline=50`,
          logger: silentLogger,
        }),
      );
      // Refused for the address (nothing listens), not for the string.
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).not.toMatch(/invalid EventStoreDB connection string/);
      expect(warned).toEqual([]);
    });
  });

  it('redacts passwords in connection strings', () => {
    expect(redactConnectionString('esdb://parley:ab/cd+ef==@node1:2113?tls=true')).toBe(
      'esdb://parley:***@node1:2113?tls=true',
    );
    expect(redactConnectionString('esdb://parley:p@ss@node1:2113')).toBe('esdb://parley:***@node1:2113');
    expect(redactConnectionString('esdb://admin:changeit@node1:2113,node2:2113?tls=true')).toBe(
      'esdb://admin:***@node1:2113,node2:2113?tls=true',
    );
    expect(redactConnectionString('esdb+discover://admin:changeit@cluster.example.org')).toBe(
      'esdb+discover://admin:***@cluster.example.org',
    );
    expect(redactConnectionString('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false');
  });
});
