/**
 * Backup and restore: the example case (examples/pakistan-afghanistan-2025.jsonl,
 * itself with a correction and a retraction) imported, then more writes —
 * statements, batches, backdated developments, corrections and retractions —
 * across it and a second negotiation, interleaved. Export → a fresh store →
 * import gives the identical log (ids, types, data, metadata, revisions,
 * positions) and identical views (present and past, folded here too), and so
 * does a second round trip; importing a backup into the store it came from,
 * or again, stores nothing.
 */
import * as fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { EXAMPLE_EVENT_COUNT, EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';
import {
  call,
  demandBatch,
  exportLog,
  expectStatus,
  openBody,
  statement,
  assertWellFormed,
  toJsonl,
  type Json,
  type LogLine,
} from './support/api';
import { assertViewsMatchLog, serverViews, steady } from './support/views';

const CASE = 'pak-afghan-2025';
const SECOND = 'backup-second';
const IDS = [CASE, SECOND];

const correction = (eventId: string, changes: Json, n: number): Json => ({
  ...EXAMPLE_EVENTS.EventCorrected,
  eventId: randomUUID(),
  occurredAt: '2025-11-20',
  data: { eventId, changes, reason: `Correction ${n}: later reports differ.` },
});
const retraction = (eventId: string, n: number): Json => ({
  ...EXAMPLE_EVENTS.EventRetracted,
  eventId: randomUUID(),
  occurredAt: '2025-11-21',
  data: { eventId, reason: `Retraction ${n}: the report was withdrawn.` },
});

/** Everything a user reads of both negotiations: present views (rounded where they decay), past ones, timeline, changes, series, the list. */
async function picture(url: string): Promise<Json> {
  const get = async (p: string) => expectStatus(await call(url, p), 200, `GET ${p}`).body;
  const out: Json = {
    list: steady((await get('/negotiations')).negotiations),
    present: steady(await serverViews(url, IDS, '')),
  };
  for (const at of ['2025-10-20', '2025-11-02', '2025-12-15T00:00:00Z'])
    out[`at ${at}`] = await serverViews(url, IDS, `at=${at}`);
  out.knownThen = steady(await serverViews(url, IDS, 'knownAt=2025-11-01'));
  for (const id of IDS) {
    out[id] = {
      timeline: await get(`/negotiations/${id}/timeline`),
      changes: await get(`/negotiations/${id}/changes?since=2025-10-01&until=2025-12-01`),
      series: await get(`/negotiations/${id}/escalation/series?from=2025-10-01&to=2025-12-01&step=1d`),
      csv: (await call(url, `/negotiations/${id}/matrix?format=csv&at=2025-12-01`)).text,
    };
  }
  return out;
}

/** The log as a backup carries it: `recordedAt` at the top is the store's commit time (metadata.recordedAt, the one views use, is kept). */
const content = (lines: readonly LogLine[]) => lines.map(({ recordedAt: _commit, ...rest }) => rest);

async function importInto(url: string, text: string): Promise<Json> {
  return expectStatus(
    await call(url, '/admin/import', { body: text, headers: { 'Content-Type': 'application/x-ndjson' } }),
    200,
    'POST /admin/import',
  ).body;
}

describe('backup and restore', () => {
  const apps: TestApp[] = [];
  let source: TestApp;
  let log: LogLine[];
  let before: Json;

  beforeAll(async () => {
    source = await startTestApp();
    apps.push(source);
    const example = fs.readFileSync(EXAMPLE_LOG, 'utf8');
    expect(await importInto(source.url, example)).toMatchObject({ stored: EXAMPLE_EVENT_COUNT, streams: 1 });
    const post = async (id: string, body: Json, batch = false) =>
      expectStatus(
        await call(source.url, `/negotiations/${id}/events${batch ? ':batch' : ''}`, { body }),
        201,
        `write to ${id}`,
      ).body;
    expectStatus(await call(source.url, '/negotiations', { body: openBody(SECOND) }), 201, 'open');
    const mine: string[] = [];
    for (let n = 0; n < 12; n++) {
      // Interleaved, often backdated (statement dates spread over Oct–Nov 2025).
      mine.push((await post(SECOND, statement(n))).events[0].eventId);
      await post(CASE, statement(100 + n));
      if (n % 4 === 1) {
        await post(SECOND, { events: demandBatch(n, 'backup') }, true);
        await post(CASE, { events: demandBatch(n, 'case') }, true);
      }
    }
    // Corrections and retractions, of the example's events and of the new ones.
    await post(
      CASE,
      correction('b181d008-fde0-55ff-a8ef-64cd1d071349', { occurredAt: '2025-10-12', data: { tone: 'warning' } }, 1),
    );
    await post(CASE, retraction('734bc82d-4fa8-5639-90ee-f439d08aac41', 2));
    await post(SECOND, correction(mine[3]!, { data: { tone: 'conciliatory', summary: 'Corrected statement.' } }, 3));
    await post(SECOND, retraction(mine[5]!, 4));
    await post(SECOND, correction(mine[7]!, { occurredAt: '2025-10-19', precision: 'approximate' }, 5));
    const last = await post(CASE, statement(999));
    expectStatus(await call(source.url, `/negotiations?minPosition=${last.position}`), 200, 'views caught up');
    log = await exportLog(source.url);
    assertWellFormed(log, 'the source');
    before = await picture(source.url);
    // The views kept in memory are those of the log (server fold and a fold here).
    await assertViewsMatchLog(source.url, IDS, log, 'the source');
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.cleanup();
  });

  it('given the export, when imported into a fresh store, then the log and every view are identical', async () => {
    const fresh = await startTestApp();
    apps.push(fresh);
    const summary = await importInto(fresh.url, toJsonl(log));
    expect(summary).toEqual({
      lines: log.length,
      stored: log.length,
      skipped: 0,
      streams: 2,
      position: log.length,
      recorded: expect.objectContaining({ kept: true }),
    });
    expectStatus(await call(fresh.url, `/negotiations?minPosition=${log.length}`), 200, 'views caught up');
    const restored = await exportLog(fresh.url);
    expect(content(restored)).toEqual(content(log));
    expect(await picture(fresh.url)).toEqual(before);
    await assertViewsMatchLog(fresh.url, IDS, restored, 'the restored store');
    // And again, from the restored store's own export.
    const third = await startTestApp();
    apps.push(third);
    await importInto(third.url, toJsonl(restored));
    expectStatus(await call(third.url, `/negotiations?minPosition=${log.length}`), 200, 'views caught up');
    expect(content(await exportLog(third.url))).toEqual(content(log));
    expect(await picture(third.url)).toEqual(before);
  }, 60_000);

  it('given the restored store, when the same backup is imported again, or into its source, then nothing is stored', async () => {
    for (const app of [apps[1]!, source]) {
      const head = (await exportLog(app.url)).length;
      expect(await importInto(app.url, toJsonl(log))).toMatchObject({
        lines: log.length,
        stored: 0,
        skipped: log.length,
      });
      expect(content(await exportLog(app.url))).toEqual(content(log));
      expect(head).toBe(log.length);
    }
  });

  it('given a restore after a rebuild, then the views are still those of the source', async () => {
    const fresh = apps[1]!;
    expectStatus(await call(fresh.url, '/admin/rebuild', { method: 'POST' }), 200, 'rebuild');
    expect(await picture(fresh.url)).toEqual(before);
  });
});
