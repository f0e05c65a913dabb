/**
 * What a real EventStoreDB cluster does that an in-memory fake hides, injected
 * by the protocol-level test cluster and met by the real client. Each test
 * names the finding of issue #15 it covers. No timings are asserted: the
 * server's write timeout is only made short so the run is.
 */
import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AppendTooLargeError,
  MemoryEventStore,
  StoreUnavailableError,
  WrongExpectedRevisionError,
} from '@parley/event-store';
import {
  openEsdbEventStore,
  type EsdbEventStore,
  type OpenEsdbEventStoreOptions,
} from '@parley/event-store/esdb/esdb-event-store';
import { silentLogger } from '@parley/event-store/esdb/logger';
import { copyLog } from '@parley/event-store/migrate';
import { encoded, eventually, newEvents } from '@parley/event-store/testing/contract';
import { EsdbTestCluster, type TestClusterOptions } from './server/server';

const clusters: EsdbTestCluster[] = [];
const stores: EsdbEventStore[] = [];

async function startCluster(options: TestClusterOptions = {}): Promise<EsdbTestCluster> {
  const cluster = await EsdbTestCluster.start(options);
  clusters.push(cluster);
  return cluster;
}

async function open(
  connectionString: string,
  options: Partial<OpenEsdbEventStoreOptions> = {},
): Promise<EsdbEventStore> {
  const store = await openEsdbEventStore({
    connectionString,
    namespace: `faults-${randomUUID()}/`,
    logger: silentLogger,
    subscriptionBackoff: { initialMs: 10, maxMs: 50 },
    ...options,
  });
  stores.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await Promise.all(clusters.splice(0).map((cluster) => cluster.stop()));
});

describe('EventStoreDB faults, through the real client', () => {
  it('concurrent identical appends: the one whose write the server dropped answers the original result', async () => {
    // The first write waits for replication; the server drops the identical second one, and the client
    // hears of it when the server's write timeout (2 s on a real server, short here) expires.
    const cluster = await startCluster({ writeTimeoutMs: 150 });
    const store = await open(cluster.connectionString());
    const events = newEvents(2);
    cluster.log.holdReplication(50, (stream) => stream.endsWith('/s'));
    const results = await Promise.all([
      store.append('s', events, { expectedRevision: 'any' }),
      store.append('s', events, { expectedRevision: 'any' }),
    ]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(results[1]?.events.map((e) => e.position)).toEqual(results[0]?.events.map((e) => e.position));
    expect(await store.readAll()).toHaveLength(2);
  });

  it('start-up retries with backoff while the cluster is not answering yet (no leader yet), within connectTimeoutMs', async () => {
    const cluster = await startCluster({ nodes: 3 });
    cluster.failNext('read', status.UNAVAILABLE, 3);
    const store = await open(cluster.connectionString(), { connectTimeoutMs: 30_000 });
    await expect(store.append('s', newEvents(1), { expectedRevision: 'no-stream' })).resolves.toMatchObject({
      nextRevision: 0,
    });
    cluster.failNext('read', status.UNAVAILABLE, 3);
    await expect(open(cluster.connectionString())).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('start-up does not retry refused credentials: it fails at once, saying to check them', async () => {
    const cluster = await startCluster({ nodes: 3 });
    // What the server answers a wrong password (UNAUTHENTICATED) — every time; two answers queued, retrying would pass.
    cluster.failNext('read', status.UNAUTHENTICATED, 2);
    const warned: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => void warned.push(message) };
    const failure = await open(cluster.connectionString(), { connectTimeoutMs: 30_000, logger }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).message).toMatch(/check the credentials in EVENTSTORE_CONNECTION_STRING/);
    expect(warned).toEqual([]);
  });

  it('refuses a server older than 23.10 at start-up, naming the version it needs', async () => {
    const cluster = await startCluster({ version: '22.10.3' });
    const failure = open(cluster.connectionString());
    await expect(failure).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(failure).rejects.toThrow(/22\.10\.3.*23\.10 or later/);
  });

  it('accepts 23.10 and later', async () => {
    const cluster = await startCluster({ version: '23.10.0' });
    const store = await open(cluster.connectionString());
    await expect(store.append('s', newEvents(1), { expectedRevision: 'no-stream' })).resolves.toMatchObject({
      nextRevision: 0,
    });
  });

  it.each([
    ['INTERNAL', status.INTERNAL],
    ['DATA_LOSS', status.DATA_LOSS],
    ['UNAVAILABLE', status.UNAVAILABLE],
  ])('%s from the server is "store unavailable" (a 503 to retry), for appends and reads', async (_name, code) => {
    const cluster = await startCluster();
    const store = await open(cluster.connectionString());
    cluster.failNext('append', code);
    await expect(store.append('s', newEvents(1), { expectedRevision: 'any' })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    cluster.failNext('read', code);
    await expect(store.readStream('s')).rejects.toBeInstanceOf(StoreUnavailableError);
    // And the store works again once the server does.
    const events = newEvents(1);
    await store.append('s', events, { expectedRevision: 'any' });
    expect((await store.readStream('s')).map((e) => e.id)).toContain(events[0]?.id);
  });

  it("one connection's broken append calls fail only its own appends: another's, in flight, is acknowledged", async () => {
    const cluster = await startCluster();
    const x = await open(`${cluster.connectionString()}&connectionName=x`);
    const y = await open(`${cluster.connectionString()}&connectionName=y`);
    // Y's write waits for replication, and X's waits behind it; then Y's connection breaks.
    cluster.log.holdReplication(100, (stream) => stream.endsWith('/held-y'));
    const yAppend = y.append('held-y', newEvents(1), { expectedRevision: 'any' }).catch((e: unknown) => e);
    await eventually(() => cluster.log.pendingWrites > 0, 'Y waiting for replication');
    const events = newEvents(1);
    const xAppend = x.append('held-x', events, { expectedRevision: 'any' });
    await eventually(() => cluster.log.pendingWrites > 1, 'X waiting behind Y');
    expect(cluster.breakAppends('y')).toBeGreaterThan(0);
    await expect(xAppend).resolves.toMatchObject({ duplicate: false, nextRevision: 0 });
    expect((await x.readStream('held-x')).map((e) => e.id)).toEqual([events[0]?.id]);
    // Y's own write was accepted before its call broke: Y hears 503 (retry), or — when its re-read already finds
    // the event — the original result. Never anything else.
    const yOutcome = await yAppend;
    if (!(yOutcome instanceof StoreUnavailableError)) expect(yOutcome).toMatchObject({ nextRevision: 0 });
  });

  it('a client connected to a follower is redirected to the leader: appends succeed', async () => {
    const cluster = await startCluster({ nodes: 3 });
    // No start-up read on the leader: the first call the client makes is an append, on a follower.
    const store = await open(cluster.connectionString({ nodePreference: 'follower' }), { verifyConnection: false });
    const first = await store.append('s', newEvents(2), { expectedRevision: 'no-stream' });
    const second = await store.append('s', newEvents(1), { expectedRevision: 1 });
    expect(second.nextRevision).toBe(2);
    expect((await store.readStream('s')).map((e) => e.id)).toEqual([
      ...first.events.map((e) => e.id),
      ...second.events.map((e) => e.id),
    ]);
  });

  it('wrong expected version: the error names what was expected and what the stream is at', async () => {
    const cluster = await startCluster();
    const store = await open(cluster.connectionString());
    await store.append('s', newEvents(3), { expectedRevision: 'no-stream' });
    for (const expected of [5, -1, 'no-stream'] as const) {
      const error = await store.append('s', newEvents(1), { expectedRevision: expected }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ stream: 's', expected, actual: 2 });
    }
    const missing = await store.append('t', newEvents(1), { expectedRevision: 0 }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ stream: 't', expected: 0, actual: -1 });
  });

  it('a leader change under load: every append is acknowledged, and stored exactly once', async () => {
    const cluster = await startCluster({ nodes: 3 });
    const store = await open(cluster.connectionString());
    const appended = new Set<string>();
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; i < 15; i++) {
        const events = newEvents(2);
        const result = await store.append(`w${w}`, events, { expectedRevision: i === 0 ? 'no-stream' : 2 * i - 1 });
        for (const event of result.events) appended.add(event.id);
      }
    });
    await eventually(() => appended.size >= 20, 'writes under way');
    cluster.electLeader(cluster.followers[0]!);
    await Promise.all(writers);
    const all = await store.readAll();
    expect(all).toHaveLength(4 * 15 * 2);
    expect(new Set(all.map((e) => e.id))).toEqual(appended);
  });

  it('the leader dies under load: writes retried with the same ids are stored exactly once', async () => {
    const cluster = await startCluster({ nodes: 3 });
    const store = await open(cluster.connectionString());
    const acknowledged = new Set<string>();
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; i < 15; i++) {
        const events = newEvents(1);
        // As an API client does: retry the same request (same ids) after a 503.
        for (;;) {
          try {
            const result = await store.append(`w${w}`, events, { expectedRevision: 'any' });
            acknowledged.add(result.events[0]!.id);
            break;
          } catch (error) {
            expect(error).toBeInstanceOf(StoreUnavailableError);
          }
        }
      }
    });
    await eventually(() => acknowledged.size >= 20, 'writes under way');
    cluster.killLeader();
    await Promise.all(writers);
    const all = await store.readAll();
    expect(all.map((e) => e.id).sort()).toEqual([...acknowledged].sort());
  });

  it('a read the node accepts and never answers fails as unavailable within defaultDeadline, and the store goes on', async () => {
    const cluster = await startCluster();
    const store = await open(`${cluster.connectionString()}&defaultDeadline=300`);
    const first = await store.append('s', newEvents(2), { expectedRevision: 'no-stream' });
    for (const read of [() => store.readStream('s'), () => store.readAll(), () => store.headPosition()]) {
      cluster.hangNext('read');
      const hung = cluster.hungCalls;
      await expect(read()).rejects.toThrow(StoreUnavailableError);
      expect(cluster.hungCalls).toBe(hung + 1);
    }
    // The next reads are answered: the hung calls were cancelled, not left to block the connection.
    expect((await store.readStream('s')).map((e) => e.id)).toEqual(first.events.map((e) => e.id));
  });

  it('a defaultDeadline longer than a timer can wait (the client allows up to a year) still lets reads through', async () => {
    const cluster = await startCluster();
    const store = await open(`${cluster.connectionString()}&defaultDeadline=31536000000`);
    const events = newEvents(3);
    await store.append('s', events, { expectedRevision: 'no-stream' });
    expect((await store.readStream('s')).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(await store.readAll()).toHaveLength(3);
  });

  it('an append whose read-back hangs fails as unavailable, and its retry with the same ids answers the original result', async () => {
    const cluster = await startCluster();
    const store = await open(`${cluster.connectionString()}&defaultDeadline=300`);
    const events = newEvents(2);
    // The claims, the read of the stream's metadata ($$…, alongside them) and the append are answered; the
    // read-back of the appended events hangs.
    cluster.hangNext('read', 1, (stream) => !stream.startsWith('$$'));
    await expect(store.append('s', events, { expectedRevision: 'no-stream' })).rejects.toThrow(StoreUnavailableError);
    const retry = await store.append('s', events, { expectedRevision: 'no-stream' });
    expect(retry).toMatchObject({ duplicate: true, nextRevision: 1 });
    expect((await store.readAll()).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('an append the node accepts and never answers fails as unavailable; its retry stores it once', async () => {
    const cluster = await startCluster();
    const store = await open(`${cluster.connectionString()}&defaultDeadline=300`);
    const events = newEvents(1);
    cluster.hangNext('append');
    await expect(store.append('s', events, { expectedRevision: 'any' })).rejects.toThrow(StoreUnavailableError);
    await expect(store.append('s', events, { expectedRevision: 'any' })).resolves.toMatchObject({ nextRevision: 0 });
    expect((await store.readAll()).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('a store whose reads hung closes', async () => {
    const cluster = await startCluster();
    const store = await open(`${cluster.connectionString()}&defaultDeadline=300`);
    cluster.hangNext('read');
    await expect(store.readAll()).rejects.toThrow(StoreUnavailableError);
    await expect(store.close()).resolves.toBeUndefined();
  });

  it("an import's staged stream over the server's default MaxAppendSize (1 MiB) is stored, in order", async () => {
    const cluster = await startCluster({ maxAppendSize: 1024 * 1024 });
    const store = await open(cluster.connectionString());
    const dir = mkdtempSync(join(tmpdir(), 'parley-esdb-staging-'));
    try {
      const staging = store.openStaging(dir);
      // 600 events of ~2 KB, as an exported negotiation's (sources, notes): ~1.2 MB in one stream, under 1,000 events.
      const events = newEvents(600, 'StatementMade', (i) => ({ i, text: 'x'.repeat(2000) }));
      for (const event of events) staging.stage('s', encoded(event));
      await expect(staging.append(1, staging.count, new Map([['s', 'no-stream']]))).resolves.toMatchObject({
        stored: events.length,
      });
      staging.close();
      expect((await store.readStream('s')).map((e) => e.id)).toEqual(events.map((e) => e.id));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a migration of text that takes several bytes a character stays under the server's default MaxAppendSize", async () => {
    const cluster = await startCluster({ maxAppendSize: 1024 * 1024 });
    const target = await open(cluster.connectionString());
    const source = new MemoryEventStore();
    // 300 events of 1,500 CJK characters: 450,000 UTF-16 units, 1.35 MB of UTF-8 — in one stream, one read page.
    const events = newEvents(300, 'StatementMade', (i) => ({ i, text: '中'.repeat(1500) }));
    await source.append('s', events, { expectedRevision: 'no-stream' });
    await expect(copyLog(source, target, { countFirst: false })).resolves.toMatchObject({ copied: events.length });
    expect((await target.readStream('s')).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('one append over MaxAppendSize is refused naming the limit, not as an unknown failure', async () => {
    const cluster = await startCluster({ maxAppendSize: 64 * 1024 });
    const store = await open(cluster.connectionString());
    const error = await store
      .append(
        's',
        newEvents(1, 'StatementMade', () => ({ text: 'x'.repeat(70 * 1024) })),
        { expectedRevision: 'any' },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppendTooLargeError);
    expect(error).toMatchObject({ stream: 's', maxBytes: 64 * 1024 });
    expect((error as Error).message).toMatch(/65536 bytes/);
    // Nothing stored; a smaller append to the stream goes through.
    await expect(store.append('s', newEvents(1), { expectedRevision: 'no-stream' })).resolves.toMatchObject({
      nextRevision: 0,
    });
  });

  it('a subscription that the server ends resumes from its checkpoint: nothing lost, nothing twice', async () => {
    const cluster = await startCluster({ nodes: 3 });
    const store = await open(cluster.connectionString());
    const seen: string[] = [];
    const subscription = store.subscribe(
      { afterPosition: 0 },
      { onEvents: (events) => void seen.push(...events.map((e) => e.id)) },
    );
    const first = await store.append('s', newEvents(3), { expectedRevision: 'any' });
    await eventually(() => seen.length === 3, 'first events');
    cluster.endSubscriptions(status.UNAVAILABLE);
    const second = await store.append('s', newEvents(3), { expectedRevision: 'any' });
    await eventually(() => seen.length >= 6, 'events after the resubscription');
    expect(seen).toEqual([...first.events, ...second.events].map((e) => e.id));
    await subscription.close();
  });
});
