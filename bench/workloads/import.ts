/**
 * Bulk import of a JSONL log (as `GET /admin/export` writes it) through
 * `POST /admin/import` of the real app in its own process: the body streamed
 * over HTTP, every line checked, appended in batches, durable before the 200.
 * The baseline is raw SQLite in this process reading the same file line by
 * line, parsing each line and inserting the rows in transactions of 1,000.
 *
 * Timed until the import answers (stored and durable); how long the views
 * then take to include the last imported event is reported beside it, and
 * the CPU time per event of the app (until the answer) and of the raw
 * baseline: on a shared machine the wall-clock ratio moves with the disk's
 * other users, the CPU times much less.
 * Sizes grow 10k → 100k → 1M events (quick: 2k → 5k → 20k); the largest is the
 * headline figure, all of them make the growth table.
 */
import { join } from 'node:path';
import { KEYS, startAppProcess } from '../lib/app-process';
import { jsonlFixture, label, logSizes, registerStore } from '../lib/fixtures';
import { expectStatus, getJson, keepAliveAgent, postFile } from '../lib/http';
import { rawImportJsonl } from '../lib/raw';
import { median } from '../lib/timing';
import type { BenchContext, Figure, Workload } from '../lib/types';

const WORKLOAD = 'import';

interface Run {
  readonly seconds: number;
  readonly viewsSeconds: number;
  /** The app's CPU time (user + system) from sending the file to the answer, µs per event. */
  readonly cpuPerEvent: number;
  /** The app's peak RSS by the answer. */
  readonly maxRssMiB: number;
}

async function importOnce(dir: string, file: string, events: number): Promise<Run & { store: string }> {
  const dataDir = dir;
  const app = await startAppProcess(dataDir);
  const agent = keepAliveAgent(2);
  try {
    const cpuBefore = (await app.stats()).cpuMicros;
    const start = process.hrtime.bigint();
    const reply = await postFile(agent, `${app.url}/admin/import`, KEYS.admin, file, 'application/x-ndjson');
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const after = await app.stats();
    expectStatus(reply, [200], 'POST /admin/import');
    const summary = JSON.parse(reply.body) as { stored: number; position: number };
    if (summary.stored !== events) throw new Error(`import stored ${summary.stored} of ${events} events`);
    // The views follow the log: wait (the route waits up to 5 s per call) until they include the import.
    for (;;) {
      const views = await getJson(agent, `${app.url}/negotiations?minPosition=${summary.position}`, KEYS.viewer);
      if (views.status === 200) break;
      expectStatus(views, [503], 'GET /negotiations?minPosition');
    }
    const viewsSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    return {
      seconds,
      viewsSeconds,
      cpuPerEvent: (after.cpuMicros - cpuBefore) / events,
      maxRssMiB: after.maxRssKiB / 1024,
      store: join(dataDir, 'parley.sqlite'),
    };
  } finally {
    agent.destroy();
    await app.stop();
  }
}

export const importWorkload: Workload = {
  name: WORKLOAD,
  description: 'bulk import of a JSONL log through POST /admin/import vs raw SQLite batched inserts of the same rows',

  async run(context: BenchContext): Promise<Figure[]> {
    const dir = await context.tempDir('import');
    let n = 0;
    const rows: string[][] = [];
    let headline: { events: number; rate: number; raw: number; views: number; cpu: number; rawCpu: number } | undefined;
    for (const events of logSizes(context.quick)) {
      const file = await jsonlFixture(context, events);
      const rounds = context.quick || events >= 1_000_000 ? 1 : events >= 100_000 ? 2 : 3;
      context.log(`import: ${label(events)} events, ${rounds} round(s) of raw then HTTP…`);
      const raw: number[] = [];
      const rawCpu: number[] = [];
      const ours: Run[] = [];
      for (let r = 0; r < rounds; r++) {
        const cpuBefore = process.cpuUsage();
        raw.push((await rawImportJsonl(file, join(dir, `raw-${n++}.db`))).seconds);
        const cpu = process.cpuUsage(cpuBefore);
        rawCpu.push((cpu.user + cpu.system) / events);
        const run = await importOnce(join(dir, `app-${n++}`), file, events);
        ours.push(run);
        registerStore(events, run.store);
      }
      const seconds = median(ours.map((o) => o.seconds));
      const rawSeconds = median(raw);
      const viewsSeconds = median(ours.map((o) => o.viewsSeconds));
      rows.push([
        label(events),
        `${seconds.toFixed(2)} s`,
        `${rawSeconds.toFixed(2)} s`,
        `${(rawSeconds / seconds).toFixed(2)}×`,
        `${Math.round(events / seconds).toLocaleString('en-US')}/s`,
        `${viewsSeconds.toFixed(2)} s`,
        `${Math.round(median(ours.map((o) => o.cpuPerEvent)))} / ${Math.round(median(rawCpu))} µs`,
        `${Math.round(median(ours.map((o) => o.maxRssMiB)))} MiB`,
      ]);
      headline = {
        events,
        rate: events / seconds,
        raw: events / rawSeconds,
        views: viewsSeconds,
        cpu: median(ours.map((o) => o.cpuPerEvent)),
        rawCpu: median(rawCpu),
      };
    }
    context.table?.({
      title: 'Import time by log size (POST /admin/import; views = until GET /negotiations includes the import)',
      header: [
        'events',
        'import',
        'raw batched',
        'ratio',
        'rate',
        'views ready',
        'CPU/event: app / raw',
        'app peak RSS',
      ],
      rows,
    });
    if (!headline) return [];
    return [
      {
        workload: WORKLOAD,
        name: `bulk import, ${label(headline.events)} events (JSONL over HTTP)`,
        value: headline.rate,
        unit: 'events/s',
        baseline: { name: 'raw batched inserts', value: headline.raw },
        goal: 0.7,
        detail:
          `views include the import after ${headline.views.toFixed(1)} s; CPU per event ` +
          `${Math.round(headline.cpu)} µs in the app (until the answer) vs ${Math.round(headline.rawCpu)} µs raw`,
      },
    ];
  },
};
