/**
 * The log outlives the process and moves between installations: a restart on
 * the same data dir resumes the views from their snapshot (no full re-read)
 * and shows the same views; a rebuild from the log gives the same views; an
 * export imported into a fresh app gives the same log and the same views; a
 * re-import stores nothing; a damaged file is refused whole, naming the line.
 */
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { ESCALATION_MODEL_V2 } from '@parley/projections';
import { startTestApp, type TestApp } from '../support/app';
import { everyEventType, firstSeedArticle, openBody, SEED_NEGOTIATION, SEED_OPEN, withId } from '../support/cases';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { allEvents, client, type Client, expectStatus, type Json } from '../support/http';

const OTHER = 'every-type';
const NEGOTIATIONS = [SEED_NEGOTIATION, OTHER];

/** Rounds every number (the present's escalation decays by the millisecond) and drops what says "now". */
function steady(value: Json): Json {
  if (Array.isArray(value)) return value.map(steady);
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['at', 'daysSinceLastRound', 'ageDays'].includes(k))
        .map(([k, v]) => [k, steady(v)]),
    );
  }
  return value;
}

/** Everything a user sees of the two negotiations: the current views from memory, and views in the past from the log. */
async function picture(api: Client): Promise<Json> {
  const get = async (p: string) => expectStatus(await api.get(p), 200).body;
  const out: Json = { list: steady((await get('/negotiations')).negotiations) };
  for (const id of NEGOTIATIONS) {
    out[id] = {
      status: steady(await get(`/negotiations/${id}/status`)),
      matrix: steady(await get(`/negotiations/${id}/matrix`)),
      escalation: steady(await get(`/negotiations/${id}/escalation`)),
      statusThen: await get(`/negotiations/${id}/status?at=2025-11-02`),
      escalationThen: await get(`/negotiations/${id}/escalation?at=2025-11-02&drivers=10`),
      series: await get(`/negotiations/${id}/escalation/series?from=2025-10-01&to=2025-11-30`),
      timeline: await get(`/negotiations/${id}/timeline`),
      changes: await get(`/negotiations/${id}/changes?since=2025-10-01&until=2025-11-30`),
    };
  }
  return out;
}

const exportLines = async (api: Client): Promise<Json[]> => {
  const reply = expectStatus(await api.get('/admin/export'), 200);
  expect(reply.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
  return reply.text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
};

const importText = (api: Client, text: string, type = 'application/x-ndjson') =>
  api.raw('/admin/import', { method: 'POST', headers: { 'Content-Type': type }, body: text });

describe('restart, rebuild, export and import', () => {
  let t: TestApp;
  let api: Client;
  let before: Json;
  let head: number;
  const apps: TestApp[] = [];

  async function boot(options: Parameters<typeof startTestApp>[0] = {}): Promise<TestApp> {
    const app = await startTestApp(options);
    apps.push(app);
    return app;
  }
  async function start(options: Parameters<typeof startTestApp>[0] = {}): Promise<void> {
    t = await boot(options);
    api = client(t.url);
  }

  beforeAll(async () => {
    await start();
    expectStatus(await api.post('/negotiations', SEED_OPEN), 201);
    expectStatus(await api.post('/negotiations', openBody(OTHER)), 201);
    // Interleave the two negotiations in the global log.
    const seed = firstSeedArticle();
    const other = everyEventType();
    for (let i = 0; i < Math.max(seed.length, other.length); i++) {
      if (seed[i]) expectStatus(await api.post(`/negotiations/${SEED_NEGOTIATION}/events`, seed[i]), 201);
      if (other[i]) expectStatus(await api.post(`/negotiations/${OTHER}/events`, other[i]), 201);
    }
    const last = expectStatus(
      await api.post(`/negotiations/${SEED_NEGOTIATION}/events`, withId(EXAMPLE_EVENTS.MediationAction)),
      201,
    ).body;
    head = last.position;
    expectStatus(await api.get(`/negotiations/${SEED_NEGOTIATION}/status?minPosition=${head}`), 200);
    before = await picture(api);
  });
  afterAll(async () => {
    for (const app of apps) await app.cleanup();
  });

  it('given a log with backdated events, corrections and a retraction, then the views kept in memory are those folded from the log', async () => {
    for (const id of NEGOTIATIONS) {
      const get = async (p: string) => expectStatus(await api.get(`/negotiations/${id}/${p}`), 200).body;
      // knownAt in the far future folds the whole log again instead of answering from memory (and says so).
      const asKnownThen = (view: Json) => steady({ ...view, knownAt: '2999-01-01T23:59:59.999Z' });
      expect(steady(await get('matrix?knownAt=2999-01-01'))).toEqual(asKnownThen(await get('matrix')));
      expect(steady(await get('status?knownAt=2999-01-01'))).toEqual(asKnownThen(await get('status')));
      expect(steady(await get('escalation?knownAt=2999-01-01&drivers=50'))).toEqual(
        asKnownThen(await get('escalation?drivers=50')),
      );
    }
  });

  describe('restart on the same data dir', () => {
    let dataDir: string;

    it('given a log, when the app shuts down, then it saves a snapshot of the views at the head of the log', async () => {
      dataDir = t.dataDir;
      const lastEvent = (await allEvents(api, SEED_NEGOTIATION)).at(-1);
      await t.close();
      const db = new Database(path.join(dataDir, 'views.sqlite'), { readonly: true });
      try {
        const row = db
          .prepare('SELECT position, last_event_id, model_version FROM views_snapshot_header')
          .get() as Json;
        expect(row).toEqual({
          position: head,
          last_event_id: lastEvent.eventId,
          model_version: ESCALATION_MODEL_V2.foldVersion,
        });
        // One row per negotiation: no single string holds every view.
        const ids = db.prepare('SELECT negotiation_id FROM views_snapshot_state ORDER BY ordinal').pluck().all();
        expect(ids).toEqual(expect.arrayContaining([...NEGOTIATIONS]));
        expect(ids).toHaveLength(NEGOTIATIONS.length);
      } finally {
        db.close();
      }
    });

    it('given the snapshot, when the app starts again, then the views are current at once and identical', async () => {
      await start({ dataDir });
      const health = expectStatus(await api.get('/health'), 200).body;
      expect(health.store.headPosition).toBe(head);
      expect(health.views).toMatchObject({ position: head, lag: 0, rebuilding: false });
      expect(await picture(api)).toEqual(before);
    });

    it('given a write before the restart, when it is retried after, then it is still recognised: 200 and nothing stored', async () => {
      const lastSeed = (await allEvents(api, SEED_NEGOTIATION)).at(-1);
      const { eventId, type, data, occurredAt, sources } = lastSeed;
      const retry = expectStatus(
        await api.post(`/negotiations/${SEED_NEGOTIATION}/events`, { eventId, type, data, occurredAt, sources }),
        200,
      );
      expect(retry.body).toMatchObject({ duplicate: true, position: head, revision: lastSeed.revision });
      expect(expectStatus(await api.get('/health'), 200).body.store.headPosition).toBe(head);
    });

    it('given a marker planted in the snapshot, when the app starts, then it shows through: the views were restored, not re-read', async () => {
      await t.close();
      const db = new Database(path.join(dataDir, 'views.sqlite'));
      try {
        const select = db.prepare('SELECT body FROM views_snapshot_state WHERE negotiation_id = ?').pluck();
        const seed = JSON.parse(select.get(SEED_NEGOTIATION) as string) as Json;
        expect(seed.negotiation.title).toBe(SEED_OPEN.title);
        seed.negotiation.title = 'restored from the snapshot';
        db.prepare('UPDATE views_snapshot_state SET body = ? WHERE negotiation_id = ?').run(
          JSON.stringify(seed),
          SEED_NEGOTIATION,
        );
      } finally {
        db.close();
      }
      await start({ dataDir });
      const status = expectStatus(await api.get(`/negotiations/${SEED_NEGOTIATION}/status`), 200).body;
      expect(status.title).toBe('restored from the snapshot');
    });

    it('given views that disagree with the log, when an admin rebuilds, then they are the views of the log again', async () => {
      const rebuilt = expectStatus(await api.post('/admin/rebuild', ''), 200).body;
      expect(rebuilt).toMatchObject({ position: head, negotiations: 2 });
      expect(rebuilt.events).toBe(head);
      expect(await picture(api)).toEqual(before);
    });

    it('given a rebuild, when writing afterwards, then the views follow the log again', async () => {
      const written = expectStatus(
        await api.post(`/negotiations/${OTHER}/events`, withId(EXAMPLE_EVENTS.StatementMade)),
        201,
      ).body;
      const timeline = expectStatus(
        await api.get(`/negotiations/${OTHER}/timeline?minPosition=${written.position}`),
        200,
      ).body;
      expect(timeline.items.map((i: Json) => i.eventId)).toContain(written.events[0].eventId);
      const health = expectStatus(await api.get('/health'), 200).body;
      expect(health.views.position).toBe(written.position);
      // Put the picture back as it was for the export below.
      head = written.position;
      before = await picture(api);
    });
  });

  describe('export → fresh app → import', () => {
    let exported: Json[];
    let fresh: Client;

    beforeAll(async () => {
      exported = await exportLines(api);
      fresh = client((await boot()).url);
    });

    it('exports every event once, in position order, with its stream, revision and envelope', () => {
      expect(exported).toHaveLength(head);
      expect(exported.map((e) => e.position)).toEqual(exported.map((_, i) => i + 1));
      for (const id of NEGOTIATIONS) {
        const revisions = exported.filter((e) => e.stream === `negotiation-${id}`).map((e) => e.revision);
        expect(revisions).toEqual(revisions.map((_, i) => i));
      }
      expect(exported[0]).toMatchObject({
        stream: `negotiation-${SEED_NEGOTIATION}`,
        type: 'NegotiationOpened',
        metadata: { negotiationId: SEED_NEGOTIATION, recordedBy: 'local' },
      });
    });

    it("exports one negotiation's events alone, and answers 404 for one never opened rather than an empty backup", async () => {
      const one = expectStatus(await api.get(`/admin/export?negotiation=${SEED_NEGOTIATION}`), 200);
      const lines = one.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Json);
      expect(lines.map((e) => e.id)).toEqual(
        exported.filter((e) => e.stream === `negotiation-${SEED_NEGOTIATION}`).map((e) => e.id),
      );
      const missing = await api.get('/admin/export?negotiation=never-opened');
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'negotiation-not-found', details: { negotiationId: 'never-opened' } });
    });

    it('given the export, when imported into a fresh app, then the log is identical: ids, types, data, metadata, revisions and positions', async () => {
      const text = exported.map((e) => JSON.stringify(e)).join('\n') + '\n';
      const summary = expectStatus(await importText(fresh, text), 200).body;
      expect(summary).toEqual({
        lines: head,
        stored: head,
        skipped: 0,
        streams: 2,
        position: head,
        recorded: expect.objectContaining({ kept: true }),
      });
      const again = await exportLines(fresh);
      const strip = (e: Json) => ({
        position: e.position,
        stream: e.stream,
        revision: e.revision,
        id: e.id,
        type: e.type,
        data: e.data,
        metadata: e.metadata,
      });
      expect(again.map(strip)).toEqual(exported.map(strip));
      for (const id of NEGOTIATIONS) expect(await allEvents(fresh, id)).toEqual(await allEvents(api, id));
    });

    it('given the import, then the views are identical to the original’s', async () => {
      expectStatus(await fresh.get(`/negotiations/${SEED_NEGOTIATION}/status?minPosition=${head}`), 200);
      expect(await picture(fresh)).toEqual(before);
    });

    it('given the same file again, when re-imported, then nothing is stored', async () => {
      const text = exported.map((e) => JSON.stringify(e)).join('\n');
      const summary = expectStatus(await importText(fresh, text), 200).body;
      expect(summary).toMatchObject({ lines: head, stored: 0, skipped: head });
      expect((await exportLines(fresh)).length).toBe(head);
      expect(expectStatus(await fresh.get('/health'), 200).body.store.headPosition).toBe(head);
    });

    it('given a file with one malformed line, when imported, then 400 names the line and nothing is stored', async () => {
      const empty = client((await boot()).url);
      const lines = exported.slice(0, 5).map((e) => JSON.stringify(e));
      lines[2] = lines[2]!.slice(0, 40);
      const reply = await importText(empty, lines.join('\n'));
      expect(reply.status).toBe(400);
      expect(reply.body.errors.map((e: Json) => e.field)).toEqual(['line 3']);
      expect(reply.body.message).toContain('line 3');
      expect(reply.body.message).toContain('not valid JSON');
      expect(expectStatus(await empty.get('/health'), 200).body.store.headPosition).toBe(0);
      expect((await empty.get(`/negotiations/${SEED_NEGOTIATION}/events`)).status).toBe(404);

      const wrongStream = exported
        .slice(0, 3)
        .map((e, i) => JSON.stringify(i === 1 ? { ...e, stream: 'orders-1' } : e));
      const refused = await importText(empty, wrongStream.join('\n'));
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('line 2');
      expect(expectStatus(await empty.get('/health'), 200).body.store.headPosition).toBe(0);

      const notJsonl = await importText(empty, lines.join('\n'), 'text/csv');
      expect(notJsonl.status).toBe(415);
      expect(notJsonl.body.message).toContain('application/x-ndjson');
    });

    it('given a line that is not UTF-8 (a file saved as Latin-1), when imported, then 400 names the line and nothing is stored', async () => {
      const empty = client((await boot()).url);
      const lines = exported.slice(0, 3).map((e) => Buffer.from(JSON.stringify(e)));
      const opening = exported[0];
      lines[0] = Buffer.from(
        JSON.stringify({ ...opening, metadata: { ...opening.metadata, note: 'Türkiye mediates' } }),
        'latin1',
      );
      const reply = await empty.raw('/admin/import', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-ndjson' },
        body: Uint8Array.from(Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]))).buffer,
      });
      expect(reply.status).toBe(400);
      expect(reply.body.errors).toEqual([{ field: 'line 1', problems: [expect.stringContaining('UTF-8')] }]);
      expect(expectStatus(await empty.get('/health'), 200).body.store.headPosition).toBe(0);
    });

    it('given the export compressed (Content-Encoding: gzip), when imported, then it is read as the log it holds', async () => {
      const empty = client((await boot()).url);
      const text = exported.map((e) => JSON.stringify(e)).join('\n') + '\n';
      const send = (body: ArrayBuffer | string, encoding: string) =>
        empty.raw('/admin/import', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-ndjson', 'Content-Encoding': encoding },
          body,
        });
      // Plain bytes under a gzip header, or an encoding it does not have: refused saying so, nothing stored.
      const notGzip = await send(text, 'gzip');
      expect(notGzip.status).toBe(400);
      expect(notGzip.body).toMatchObject({ code: 'encoding.invalid' });
      expect((await send(text, 'compress')).status).toBe(415);
      expect(expectStatus(await empty.get('/health'), 200).body.store.headPosition).toBe(0);
      const summary = expectStatus(await send(Uint8Array.from(zlib.gzipSync(text)).buffer, 'gzip'), 200).body;
      expect(summary).toMatchObject({ lines: head, stored: head, skipped: 0 });
      expect((await exportLines(empty)).map((e) => e.id)).toEqual(exported.map((e) => e.id));
    });
  });
});
