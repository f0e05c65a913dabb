/**
 * Full rebuild of every view from the log: `ProjectionEngine.rebuild()` — what
 * `POST /admin/rebuild` and a changed escalation model run — over a store file
 * of N realistic events (1,000 negotiations; see lib/negotiation-log.ts), in a
 * fresh process so its peak memory is its own. The baseline (in the bench's
 * process: it holds nothing)
 * reads the same rows with raw better-sqlite3 and JSON.parses data and
 * metadata: the least any reader of the log must do.
 *
 * Sizes grow 10k → 100k → 1M events (quick: 2k → 5k → 20k); the largest is the
 * headline (rate and peak memory), all of them make the growth table.
 */
import { join } from 'node:path';
import { runChild } from '../lib/child';
import { label, logSizes, storeFixture } from '../lib/fixtures';
import type { RebuildResult } from '../lib/rebuild-child';
import { rawReadParse } from '../lib/raw';
import { median } from '../lib/timing';
import type { BenchContext, Figure, Workload } from '../lib/types';

const WORKLOAD = 'rebuild';
const GiB_IN_MiB = 1024;

/** CPU seconds of every thread and of the main one (the store's read-ahead worker and GC helpers run beside it). */
function cpuOf(result: RebuildResult): string {
  const main = result.mainThreadCpuSeconds;
  return `${result.cpuSeconds.toFixed(2)} / ${main === null ? '?' : main.toFixed(2)} s`;
}

export const rebuildWorkload: Workload = {
  name: WORKLOAD,
  description: 'full rebuild of all views (ProjectionEngine.rebuild) vs raw SQLite read + JSON.parse of the same rows',

  async run(context: BenchContext): Promise<Figure[]> {
    const dir = await context.tempDir('rebuild');
    let n = 0;
    const rows: string[][] = [];
    let headline: { events: number; ours: RebuildResult; rawSeconds: number; each: string } | undefined;
    for (const events of logSizes(context.quick)) {
      const store = await storeFixture(context, events);
      // Three rounds at 1M too: one fresh process there reads anywhere from 6.5 to 7.7 s on the same
      // code and file (bench/README.md, "the 1M rebuild in three rounds"), so the median decides.
      const rounds = context.quick ? 1 : events >= 100_000 && events < 1_000_000 ? 2 : 3;
      context.log(`rebuild: ${label(events)} events, ${rounds} round(s) of raw then rebuild…`);
      const raw: number[] = [];
      const ours: RebuildResult[] = [];
      for (let r = 0; r < rounds; r++) {
        // The baseline needs no process of its own: it holds nothing, so it measures the same here.
        raw.push(rawReadParse(store).seconds);
        const result = await runChild<RebuildResult>('lib/rebuild-child', ['rebuild', store, join(dir, `work-${n++}`)]);
        if (result.events !== events) throw new Error(`rebuild folded ${result.events} of ${events} events`);
        ours.push(result);
      }
      const rawSeconds = median(raw);
      const result = [...ours].sort((a, b) => a.seconds - b.seconds)[Math.floor(ours.length / 2)] as RebuildResult;
      const each = ours.map((o, i) => `${o.seconds.toFixed(2)}/${(raw[i] as number).toFixed(2)} s`).join(', ');
      rows.push([
        label(events),
        `${result.seconds.toFixed(2)} s`,
        `${rawSeconds.toFixed(2)} s`,
        `${(rawSeconds / result.seconds).toFixed(2)}×`,
        `${Math.round(events / result.seconds).toLocaleString('en-US')}/s`,
        cpuOf(result),
        `${Math.round(result.peakRssMiB)} MiB`,
        `${Math.round(result.heapRetainedMiB)} MiB`,
        result.snapshotSaved ? `${result.snapshotSeconds.toFixed(1)} s later` : 'NO',
      ]);
      headline = { events, ours: result, rawSeconds, each };
    }
    context.table?.({
      title:
        'Rebuild time by log size (1,000 negotiations; peak RSS of the rebuilding process; retained = the views after GC)',
      header: [
        'events',
        'rebuild',
        'raw read+parse',
        'ratio',
        'rate',
        'CPU: all / main thread',
        'peak RSS',
        'retained heap',
        'snapshot written',
      ],
      rows,
    });
    if (!headline) return [];
    const { events, ours, rawSeconds, each } = headline;
    const name = `full rebuild, ${label(events)} events`;
    return [
      {
        workload: WORKLOAD,
        name,
        value: events / ours.seconds,
        unit: 'events/s',
        baseline: { name: 'raw read + JSON.parse', value: events / rawSeconds },
        goal: 0.6,
        detail:
          `${ours.negotiations} negotiations, views serving after ${ours.seconds.toFixed(1)} s ` +
          `(the median of rounds, each ours/raw: ${each}; ` +
          `CPU ${cpuOf(ours)}); ` +
          (ours.snapshotSaved
            ? `their snapshot written in slices ${ours.snapshotSeconds.toFixed(1)} s after that`
            : 'snapshot NOT saved'),
      },
      {
        workload: WORKLOAD,
        name: `${name}: peak RSS`,
        value: ours.peakRssMiB,
        unit: 'MiB',
        limit: GiB_IN_MiB,
        detail:
          ours.peakRssMiB > ours.peakRssServingMiB
            ? `${Math.round(ours.peakRssServingMiB)} MiB until the views served, the rest while their snapshot was written`
            : 'reached before the views served (writing the snapshot added nothing)',
      },
      {
        workload: WORKLOAD,
        name: `${name}: peak heap used`,
        value: ours.heapPeakMiB,
        unit: 'MiB',
        limit: GiB_IN_MiB,
        detail: `${Math.round(ours.heapRetainedMiB)} MiB retained by the views after GC`,
      },
    ];
  },
};
