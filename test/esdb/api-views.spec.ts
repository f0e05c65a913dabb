/**
 * The API on the protocol-level EventStoreDB test cluster, through the real
 * client: what a dead or stalled views subscription, an old server and a
 * start-up that cannot catch up look like from outside (issue #15, findings
 * 2 and 4).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EventStoreDBClient } from '@eventstore/db-client';
import { status as grpcStatus } from '@grpc/grpc-js';
import { streamName } from '@parley/domain';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { loadConfig } from '../../apps/api/src/config/config';
import { EXIT } from '../../apps/cli/src/errors';
import { createEventStore } from '../../apps/api/src/store/create-event-store';
import { startTestApp, type TestApp } from '../support/app';
import { runInProcess } from '../cli/support';
import { liveEnv, SseRecorder, type SseMessage } from '../live/support/live';
import { openBody, withId } from '../support/cases';
import { client, expectStatus, type Client, type Json } from '../support/http';
import { openApiSchema } from '../support/openapi';
import { DELETED_STREAM } from './server/log';
import { EsdbTestCluster, type TestClusterOptions } from './server/server';

const ROOT = path.join(__dirname, '..', '..');
const clusters: EsdbTestCluster[] = [];
const apps: TestApp[] = [];

async function startCluster(options: TestClusterOptions = {}): Promise<EsdbTestCluster> {
  const cluster = await EsdbTestCluster.start(options);
  clusters.push(cluster);
  return cluster;
}

async function startApi(cluster: EsdbTestCluster, env: Record<string, string> = {}, dataDir?: string): Promise<Client> {
  const app = await startTestApp({
    env: {
      PARLEY_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: cluster.connectionString(),
      PARLEY_VIEWS_WATCHDOG_MS: '50',
      PARLEY_VIEWS_RESTART_MS: '20',
      ...env,
    },
    ...(dataDir === undefined ? {} : { dataDir }),
  });
  apps.push(app);
  return client(app.url);
}

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.cleanup()));
  await Promise.all(clusters.splice(0).map((cluster) => cluster.stop()));
});

async function health(api: Client): Promise<{ status: number; body: { status: string } }> {
  const reply = await api.get('/health');
  return { status: reply.status, body: reply.body };
}

/** Probes until `done` holds (bounded: a state never reached fails the test, it does not hang it). */
async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the API on EventStoreDB: views that stop following the log', () => {
  it('a stalled subscription: /health and view reads answer 503 views-stalled; restarted, it catches up', async () => {
    const cluster = await startCluster();
    const api = await startApi(cluster);
    const first = `neg-${randomUUID()}`;
    const opened = expectStatus(await api.post('/negotiations', openBody(first)), 201);
    expectStatus(await api.get(`/negotiations/${first}/status?minPosition=${opened.body.position}`), 200);

    // The server stops sending (the calls stay open, no error): only the watchdog can tell.
    cluster.stallSubscriptions();
    const second = `neg-${randomUUID()}`;
    const later = expectStatus(await api.post('/negotiations', openBody(second)), 201);
    const stalled = await until(
      () => health(api),
      (h) => h.status !== 200,
      '/health to notice',
    );
    expect(stalled).toMatchObject({ status: 503, body: { status: 'views-stalled' } });
    const read = await api.get(`/negotiations/${first}/status`);
    expect(read.status).toBe(503);
    expect(read.body).toMatchObject({ code: 'views-stalled' });
    expect(read.headers.get('retry-after')).toBe(String(read.body.details.retryAfterSeconds));
    // The past is folded from the log, not from the stalled views: still served.
    expectStatus(
      await api.get(`/negotiations/${first}/status?at=${encodeURIComponent(new Date().toISOString())}`),
      200,
    );

    cluster.resumeSubscriptions();
    await until(
      () => health(api),
      (h) => h.status === 200,
      '/health to recover',
    );
    expectStatus(await api.get(`/negotiations/${second}/status?minPosition=${later.body.position}`), 200);
  });

  it('a dead subscription (the server ends it for good): 503 views-stalled, then restarted with backoff', async () => {
    const cluster = await startCluster();
    const api = await startApi(cluster);
    const first = `neg-${randomUUID()}`;
    const opened = expectStatus(await api.post('/negotiations', openBody(first)), 201);
    expectStatus(await api.get(`/negotiations/${first}/status?minPosition=${opened.body.position}`), 200);

    // Access denied is not retried by the adapter: the subscription reports it and ends. Restarts fail too, for now.
    cluster.failNext('subscribe', grpcStatus.UNAUTHENTICATED, 1_000_000);
    cluster.endSubscriptions(grpcStatus.UNAUTHENTICATED);
    const stalled = await until(
      () => health(api),
      (h) => h.status !== 200,
      '/health to notice',
    );
    expect(stalled).toMatchObject({ status: 503, body: { status: 'views-stalled' } });
    expect((await api.get(`/negotiations/${first}/status`)).body).toMatchObject({ code: 'views-stalled' });

    cluster.clearFailures();
    await until(
      () => health(api),
      (h) => h.status === 200,
      '/health to recover',
    );
    const second = `neg-${randomUUID()}`;
    const later = expectStatus(await api.post('/negotiations', openBody(second)), 201);
    expectStatus(await api.get(`/negotiations/${second}/status?minPosition=${later.body.position}`), 200);
  });

  // Start-up failures end the process (Nest aborts on a provider that fails): run the real entry point as a child.
  it('start-up fails with a clear error when the views cannot catch up (no progress within the bootstrap timeout)', async () => {
    const cluster = await startCluster();
    cluster.stallSubscriptions();
    const { code, output } = await runMain(cluster, { PARLEY_VIEWS_BOOTSTRAP_TIMEOUT_MS: '300' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/views' subscription made no progress for 300 ms/);
  });

  it('start-up refuses an EventStoreDB older than 23.10, naming the version', async () => {
    const cluster = await startCluster({ version: '22.10.3' });
    const { code, output } = await runMain(cluster);
    expect(code).not.toBe(0);
    expect(output).toMatch(/EventStoreDB 22\.10\.3 is too old: Parley needs EventStoreDB 23\.10 or later/);
  });
});

/** Runs `apps/api/src/main.ts` against the cluster until it exits (bounded); its exit code and everything it printed. */
function runMain(
  cluster: EsdbTestCluster,
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-esdb-main-'));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')],
      {
        cwd: ROOT,
        timeout: 60_000,
        env: {
          ...process.env,
          PARLEY_STORE: 'eventstoredb',
          EVENTSTORE_CONNECTION_STRING: cluster.connectionString(),
          PARLEY_DATA_DIR: dataDir,
          PARLEY_LOG_LEVEL: 'error',
          PORT: '0',
          HOST: '127.0.0.1',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('the API on EventStoreDB: writes the cluster refuses', () => {
  it("a write over the cluster's MaxAppendSize: 413 naming the limit (not a 500), nothing recorded", async () => {
    const limit = 512;
    const cluster = await startCluster({ maxAppendSize: limit });
    const api = await startApi(cluster);
    const id = `neg-${randomUUID()}`;
    const refused = await api.post('/negotiations', openBody(id));
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'append-too-large', details: { maxBytes: limit } });
    expect(refused.body.message).toContain(`${limit} bytes`);
    expect((await api.get(`/negotiations/${id}/status`)).status).toBe(404);
  });
});

describe('the API on EventStoreDB: a node that accepts reads and never answers', () => {
  it('/health answers 503 "store unreachable" within defaultDeadline instead of hanging, and 200 once reads are answered', async () => {
    const cluster = await startCluster();
    const api = await startApi(cluster, {
      EVENTSTORE_CONNECTION_STRING: `${cluster.connectionString()}&defaultDeadline=300`,
      // No other reader: the watchdog would take the hung read.
      PARLEY_VIEWS_WATCHDOG_MS: '0',
    });
    cluster.hangNext('read');
    const hung = await health(api);
    expect(hung).toMatchObject({ status: 503, body: { status: 'error', store: { reachable: false } } });
    expect((await health(api)).status).toBe(200);
  });
});

describe('the API on EventStoreDB: what it logs', () => {
  it('a start-up retry is logged with its cause, not only "retrying"', async () => {
    const cluster = await startCluster();
    cluster.failNext('read', grpcStatus.UNAVAILABLE, 2, 'node still starting');
    const logged: unknown[][] = [];
    const record = (...args: unknown[]): void => void logged.push(args);
    const config = loadConfig({
      PARLEY_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: cluster.connectionString(),
      PARLEY_STORE_CONNECT_TIMEOUT_MS: '30000',
    });
    const store = await createEventStore(config, { log: record, warn: record, error: record });
    await store.close();
    const retries = logged.filter((args) => args.some((a) => typeof a === 'string' && /retrying/.test(a)));
    expect(retries).toHaveLength(2);
    for (const args of retries) expect(JSON.stringify(args)).toContain('node still starting');
  });
});

describe('the API on EventStoreDB: a negotiation whose stream an operator deleted in EventStoreDB', () => {
  it.each([
    ['tombstoned', 'tombstone'],
    ['soft-deleted', 'soft-delete'],
  ] as const)(
    '%s: 410 naming the negotiation and the deletion on reads and writes, not a 500; the stream stays as left',
    async (_how, deletion) => {
      const cluster = await startCluster();
      const api = await startApi(cluster);
      const id = `neg-${randomUUID()}`;
      const stream = streamName(id);
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
      const development = withId(EXAMPLE_EVENTS.StatementMade);
      expectStatus(await api.post(`/negotiations/${id}/events`, development), 201);
      if (deletion === 'tombstone') cluster.log.tombstone(stream);
      else cluster.log.softDelete(stream);
      const before = cluster.log.stream(stream)?.length;

      const replies = [
        await api.get(`/negotiations/${id}/events`),
        await api.get(`/events/${development.eventId}`),
        await api.post(`/negotiations/${id}/events`, withId(EXAMPLE_EVENTS.StatementMade)),
        // Opening it again would recreate a soft-deleted stream over its hidden events (EventStoreDB allows it).
        await api.post('/negotiations', openBody(id)),
      ];
      for (const reply of replies) {
        expect(reply.status).toBe(410);
        expect(reply.body).toMatchObject({ code: 'stream-deleted', details: { negotiationId: id, stream, deletion } });
        expect(reply.body.message).toContain(
          `negotiation ${id}: stream ${stream} was deleted in EventStoreDB outside Parley`,
        );
      }
      // The CLI prints it as the refusal it is (exit 1), not as a server failure (exit 3).
      const cli = await runInProcess(['events', id, '--url', (apps.at(-1) as TestApp).url]);
      expect(cli.code).toBe(EXIT.refused);
      expect(cli.stderr).toContain('error 410 Gone · stream-deleted');
      expect(cli.stderr).toContain(`negotiation ${id}: stream ${stream} was deleted in EventStoreDB outside Parley`);
      expect(cli.stderr).toContain(`deletion: ${deletion}`);
      expect(cluster.log.stream(stream)?.length).toBe(before);
      if (deletion === 'soft-delete') expect(cluster.log.truncatedBefore(stream)).toBe(DELETED_STREAM);
    },
  );

  it('a rebuild that must re-fold the deleted negotiation drops it from the views, and goes on for the others', async () => {
    const cluster = await startCluster();
    const api = await startApi(cluster);
    const deleted = `neg-${randomUUID()}`;
    const kept = `neg-${randomUUID()}`;
    expectStatus(await api.post('/negotiations', openBody(deleted)), 201);
    const development = withId(EXAMPLE_EVENTS.StatementMade);
    expectStatus(await api.post(`/negotiations/${deleted}/events`, development), 201);
    // A retraction: folding it means re-folding the negotiation from its stream.
    const retraction = withId({
      ...EXAMPLE_EVENTS.EventRetracted,
      data: { ...EXAMPLE_EVENTS.EventRetracted.data, eventId: development.eventId },
    });
    expectStatus(await api.post(`/negotiations/${deleted}/events`, retraction), 201);
    const last = expectStatus(await api.post('/negotiations', openBody(kept)), 201);
    expectStatus(await api.get(`/negotiations/${kept}/status?minPosition=${last.body.position}`), 200);
    cluster.log.tombstone(streamName(deleted));

    expectStatus(await api.post('/admin/rebuild', ''), 200);
    expect((await api.get(`/negotiations/${deleted}/status`)).body).toMatchObject({ code: 'stream-deleted' });
    expectStatus(await api.get(`/negotiations/${kept}/status`), 200);
    expect((await health(api)).status).toBe(200);
  });

  it('the list as of a past date leaves out a negotiation deleted before the views heard of it, and lists the others', async () => {
    const cluster = await startCluster();
    const api = await startApi(cluster);
    const gone = `neg-${randomUUID()}`;
    const kept = `neg-${randomUUID()}`;
    expectStatus(await api.post('/negotiations', openBody(gone)), 201);
    const last = expectStatus(await api.post('/negotiations', openBody(kept)), 201);
    expect((await listed(api, last.body.position)).sort()).toEqual([gone, kept].sort());
    // The views hear nothing more (the server stops sending), so they still hold the deleted negotiation.
    cluster.stallSubscriptions();
    cluster.log.tombstone(streamName(gone));
    const asOf = encodeURIComponent(new Date().toISOString());
    const reply = expectStatus(await api.get(`/negotiations?at=${asOf}`), 200);
    expect((reply.body.negotiations as Array<{ negotiationId: string }>).map((n) => n.negotiationId)).toEqual([kept]);
    // Its own views still say why it is gone.
    expect((await api.get(`/negotiations/${gone}/status?at=${asOf}`)).body).toMatchObject({ code: 'stream-deleted' });
    cluster.resumeSubscriptions();
  });
});

/** The ids of the negotiations the portfolio list shows now (once the views include `minPosition`). */
async function listed(api: Client, minPosition = 0): Promise<string[]> {
  const reply = expectStatus(await api.get(`/negotiations?minPosition=${minPosition}`), 200);
  return (reply.body.negotiations as Array<{ negotiationId: string }>).map((n) => n.negotiationId);
}

/** The schema /openapi.json gives the `data` of an `event` message, per event stream, compiled. */
async function sseDataSchemas(api: Client, event: string): Promise<Record<string, ValidateFunction>> {
  const doc = expectStatus(await api.get('/openapi.json'), 200).body;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'openapi.json', components: openApiSchema(doc.components) });
  const schemas: Record<string, ValidateFunction> = {};
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>))
    for (const op of Object.values(ops)) {
      const schema = op.responses?.['200']?.content?.['text/event-stream']?.['x-sse-data']?.[event];
      if (schema !== undefined) schemas[path] = ajv.compile(openApiSchema(schema, 'openapi.json'));
    }
  return schemas;
}

/** An operator's delete with the client's own calls (the web UI and the CLI tools call the same). */
async function deleteWithClient(cluster: EsdbTestCluster, stream: string, deletion: string): Promise<void> {
  const raw = EventStoreDBClient.connectionString(cluster.connectionString());
  try {
    if (deletion === 'tombstone') await raw.tombstoneStream(stream);
    else if (deletion === 'soft-delete') await raw.deleteStream(stream);
    else await raw.setStreamMetadata(stream, { truncateBefore: 1 });
  } finally {
    await raw.dispose();
  }
}

describe('the API on EventStoreDB: the views when an operator deletes a negotiation in EventStoreDB', () => {
  const DELETIONS = ['tombstone', 'soft-delete', 'truncated'] as const;

  /** Two negotiations, one with a development; the first is the one deleted. */
  async function twoNegotiations(api: Client): Promise<{ gone: string; kept: string; position: number }> {
    const gone = `neg-${randomUUID()}`;
    const kept = `neg-${randomUUID()}`;
    expectStatus(await api.post('/negotiations', openBody(gone)), 201);
    expectStatus(await api.post(`/negotiations/${gone}/events`, withId(EXAMPLE_EVENTS.StatementMade)), 201);
    const last = expectStatus(await api.post('/negotiations', openBody(kept)), 201);
    expect((await listed(api, last.body.position)).sort()).toEqual([gone, kept].sort());
    return { gone, kept, position: last.body.position };
  }

  async function expectDropped(api: Client, gone: string, kept: string, deletion: string): Promise<void> {
    const stream = streamName(gone);
    await until(
      () => listed(api),
      (ids) => !ids.includes(gone),
      `the list to drop ${gone}`,
    );
    expect(await listed(api)).toEqual([kept]);
    // The present views answer as its log does: gone.
    const status = await api.get(`/negotiations/${gone}/status`);
    expect(status.status).toBe(410);
    expect(status.body).toMatchObject({ code: 'stream-deleted', details: { negotiationId: gone, stream, deletion } });
    expect(expectStatus(await api.get(`/negotiations/${kept}/status`), 200).body).toMatchObject({
      negotiationId: kept,
    });
    expect((await health(api)).status).toBe(200);
  }

  it.each(DELETIONS)(
    '%s: the list and the status drop it without a rebuild, the others unaffected; live clients are told; a restarted app agrees',
    async (deletion) => {
      const cluster = await startCluster();
      const api = await startApi(cluster);
      const app = apps.at(-1) as TestApp;
      const { gone, kept } = await twoNegotiations(api);
      const views = new SseRecorder(`${app.url}/negotiations/${gone}/stream`);
      const keptViews = new SseRecorder(`${app.url}/negotiations/${kept}/stream`);
      const feed = new SseRecorder(`${app.url}/stream/events`);
      try {
        await views.until((r) => r.of('status').length > 0, 'the first views');
        await keptViews.until((r) => r.of('status').length > 0, 'the first views of the other');
        await feed.until((r) => r.of('ready').length > 0, 'the feed to start');

        await deleteWithClient(cluster, streamName(gone), deletion);
        await expectDropped(api, gone, kept, deletion);

        const told = { code: 'stream-deleted', details: { negotiationId: gone, stream: streamName(gone), deletion } };
        const documented = await sseDataSchemas(api, 'deleted');
        await views.until((r) => r.of('deleted').length > 0, 'the views stream to say it is deleted');
        expect(JSON.parse((views.of('deleted')[0] as SseMessage).data)).toMatchObject(told);
        await feed.until((r) => r.of('deleted').length > 0, 'the feed to say it is deleted');
        const [notice] = feed.of('deleted');
        expect(JSON.parse((notice as SseMessage).data)).toMatchObject(told);
        // As the API documents it.
        expect(documented['/negotiations/{id}/stream']?.(JSON.parse((views.of('deleted')[0] as SseMessage).data))).toBe(
          true,
        );
        expect(documented['/stream/events']?.(JSON.parse((notice as SseMessage).data))).toBe(true);
        // Its id is where the log records the deletion: the list, read as of it, no longer holds the negotiation.
        expect(await listed(api, Number((notice as SseMessage).id))).toEqual([kept]);
        // The views stream ended, and reconnecting is refused (410): no views of it come any more.
        await views.until((r) => r.source.readyState === r.source.CLOSED, 'the views stream to stay closed');
        expect(views.of('status')).toHaveLength(1);
        expect(keptViews.of('deleted')).toEqual([]);
      } finally {
        views.close();
        keptViews.close();
        feed.close();
      }

      // Restarted on the same data (its snapshot saved after the drop): the same views.
      await app.close();
      const again = await startApi(cluster, {}, app.dataDir);
      await expectDropped(again, gone, kept, deletion);
    },
  );

  it.each(DELETIONS)(
    '%s while the app is stopped: the restarted app catches up over the deletion and ends with the same views',
    async (deletion) => {
      const cluster = await startCluster();
      const api = await startApi(cluster);
      const app = apps.at(-1) as TestApp;
      const { gone, kept } = await twoNegotiations(api);
      await app.close();
      await deleteWithClient(cluster, streamName(gone), deletion);
      const again = await startApi(cluster, {}, app.dataDir);
      await expectDropped(again, gone, kept, deletion);
      // And a rebuild agrees.
      expectStatus(await again.post('/admin/rebuild', ''), 200);
      await expectDropped(again, gone, kept, deletion);
    },
  );

  it.each([
    ...DELETIONS.map((deletion) => [deletion, 'as configured'] as const),
    // One event a read: the deletion falls between two reads, and the read that goes past it tells of it.
    ['tombstone', '1'] as const,
  ])(
    '%s: a client of the event feed resuming from before the deletion, caught up from the store (pages: %s), is sent `deleted` in its place among the events',
    async (deletion, page) => {
      const cluster = await startCluster();
      const api = await startApi(cluster);
      const gone = `neg-${randomUUID()}`;
      const kept = `neg-${randomUUID()}`;
      const resumeFrom = expectStatus(await api.post('/negotiations', openBody(gone)), 201).body.position as number;
      const developed = expectStatus(
        await api.post(`/negotiations/${gone}/events`, withId(EXAMPLE_EVENTS.StatementMade)),
        201,
      ).body.position as number;
      const keptOpened = expectStatus(await api.post('/negotiations', openBody(kept)), 201).body.position as number;
      await deleteWithClient(cluster, streamName(gone), deletion);
      const later = expectStatus(
        await api.post(`/negotiations/${kept}/events`, withId(EXAMPLE_EVENTS.StatementMade)),
        201,
      ).body.position as number;
      // A replica started after all that: its feed holds nothing older in memory, so a client resuming from before
      // the deletion is caught up from the store.
      if (page !== 'as configured') liveEnv({ PARLEY_LIVE_CATCH_UP_PAGE: page });
      const replica = await startApi(cluster).finally(() => liveEnv({ PARLEY_LIVE_CATCH_UP_PAGE: '' }));
      const resume = { headers: { 'Last-Event-ID': String(resumeFrom) } };
      const feed = new SseRecorder(`${replica.url}/stream/events`, resume);
      const ofGone = new SseRecorder(`${replica.url}/stream/events?negotiation=${gone}`, resume);
      const ofKept = new SseRecorder(`${replica.url}/stream/events?negotiation=${kept}`, resume);
      const sent = (r: SseRecorder) => r.messages.filter((m) => m.type !== 'ready').map((m) => [m.type, Number(m.id)]);
      try {
        await feed.reach(later);
        const notice = feed.of('deleted')[0];
        expect(notice).toBeDefined();
        const at = Number((notice as SseMessage).id);
        expect(sent(feed)).toEqual([
          ['event', developed],
          ['event', keptOpened],
          ['deleted', at],
          ['event', later],
        ]);
        // The message a live client is sent: the 410 body, as documented, `id:` where the log records the deletion
        // (the list, read as of it, no longer holds the negotiation).
        const told = { code: 'stream-deleted', details: { negotiationId: gone, stream: streamName(gone), deletion } };
        expect(JSON.parse((notice as SseMessage).data)).toMatchObject(told);
        expect(
          (await sseDataSchemas(replica, 'deleted'))['/stream/events']?.(JSON.parse((notice as SseMessage).data)),
        ).toBe(true);
        expect(await listed(replica, at)).toEqual([kept]);

        // A client of that negotiation alone is told too; one of the other negotiation is not.
        await ofGone.until((r) => r.of('deleted').length > 0, `the feed of ${gone} to say it is deleted`);
        expect(sent(ofGone)).toEqual([
          ['event', developed],
          ['deleted', at],
        ]);
        await ofKept.reach(later);
        expect(sent(ofKept)).toEqual([
          ['event', keptOpened],
          ['event', later],
        ]);
      } finally {
        feed.close();
        ofGone.close();
        ofKept.close();
      }
    },
  );

  it('soft-deleted, then its metadata written again without $tb: the views show it again after a rebuild', async () => {
    const cluster = await startCluster();
    const api = await startApi(cluster);
    const { gone, kept } = await twoNegotiations(api);
    await deleteWithClient(cluster, streamName(gone), 'soft-delete');
    await expectDropped(api, gone, kept, 'soft-delete');
    const raw = EventStoreDBClient.connectionString(cluster.connectionString());
    await raw.setStreamMetadata(streamName(gone), {});
    await raw.dispose();
    // Its log reads again at once; the views, folded from the log, after a rebuild.
    expect(expectStatus(await api.get(`/negotiations/${gone}/events`), 200).body.events).toHaveLength(2);
    expectStatus(await api.post('/admin/rebuild', ''), 200);
    expect((await listed(api)).sort()).toEqual([gone, kept].sort());
    expect(expectStatus(await api.get(`/negotiations/${gone}/status`), 200).body).toMatchObject({
      negotiationId: gone,
    });
  });
});
