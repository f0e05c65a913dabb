/**
 * One measurement in a fresh process (so peak memory is the rebuild's own):
 *
 *   rebuild <store file> <work dir>   ProjectionEngine.rebuild() over the whole log, as POST /admin/rebuild runs it
 *                                     (timed until it returns — the views serve from then — and then until
 *                                     the snapshot it starts has been written; peak memory covers both)
 *   raw <store file>                  the baseline: raw better-sqlite3 read + JSON.parse of the same rows
 *
 * Answers { seconds, events, peakRssMiB, heapPeakMiB, heapRetainedMiB, … }.
 *
 * By hand, for the rebuild's budget part by part (bench/README.md, "the budget, measured part by part"),
 * compiled first with `npm run bench:build`:
 *
 *   node --expose-gc dist-bench/bench/lib/rebuild-child.js store <events> <file>
 *       writes the bench's generated log of that size into a store file
 *   node --expose-gc dist-bench/bench/lib/rebuild-child.js parts <store file> [runs]
 *       in this one process, warm, alternating: R the raw read + parse, A the store's pages alone,
 *       B A plus the domain's decode and check, C the whole rebuild; prints main-thread CPU per event
 *   node --expose-gc dist-bench/bench/lib/rebuild-child.js heap <store file> <snapshot file>
 *       rebuilds, collects the garbage and writes a heap snapshot of the views (open it in Chrome's
 *       DevTools, Memory tab; "what the views keep" in bench/README.md)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { fromStoredEvent, NEGOTIATION_STREAM_PREFIX, toInstant } from '@parley/domain';
import { type EventStore, openSqliteEventStore } from '@parley/event-store';
import { type EngineLogger, ESCALATION_MODEL_V1, ProjectionEngine as CurrentEngine } from '@parley/projections';
import { loadConfig } from '../../apps/api/src/config/config';
import { SqliteSnapshotStore } from '../../apps/api/src/views/snapshot-store';
import { childMain, peakRssMiB } from './child';
import { shapeOf } from './fixtures';
import { writeLogToStore } from './log-files';
import { rawReadParse } from './raw';
import { median } from './timing';

export interface RebuildResult {
  readonly seconds: number;
  readonly events: number;
  readonly negotiations: number;
  readonly peakRssMiB: number;
  /** Peak RSS until the views served (the rebuild's return), before the snapshot was written. */
  readonly peakRssServingMiB: number;
  /** Largest heap used seen between pages of the log. */
  readonly heapPeakMiB: number;
  /** Heap still used after the rebuild and a full GC: the views themselves. */
  readonly heapRetainedMiB: number;
  readonly snapshotSaved: boolean;
  /** Seconds from the rebuild's return until its snapshot was written (in slices, while the views already serve). */
  readonly snapshotSeconds: number;
  /** CPU time (user + system, all threads) the rebuild took: less disturbed by other load than wall time. */
  readonly cpuSeconds: number;
  /**
   * CPU time of the main thread alone (Linux; null elsewhere): the thread the
   * views wait for — the store's read-ahead worker and V8's GC helpers run beside it.
   */
  readonly mainThreadCpuSeconds: number | null;
}

const MiB = 1024 * 1024;

/** User + system CPU seconds of this process's main thread (its task id is the pid), from /proc; null without it. */
function mainThreadCpu(): number | null {
  try {
    // Fields after the command name: state is the 1st, utime the 12th, stime the 13th, in clock ticks (100 Hz).
    const fields = (readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function rebuild(storePath: string, workDir: string): Promise<RebuildResult> {
  const warnings: string[] = [];
  const logger: EngineLogger = {
    log: () => undefined,
    warn: (...args: unknown[]) => {
      warnings.push(String(args[args.length - 1]));
      console.warn(...args);
    },
    error: (...args: unknown[]) => console.error(...args),
  };
  // PARLEY_BENCH_READ_AHEAD_FROM: the store's readAheadFrom (Infinity: no worker), for before/after comparisons.
  const readAheadFrom = process.env['PARLEY_BENCH_READ_AHEAD_FROM'];
  const store = await openSqliteEventStore({
    path: storePath,
    ...(readAheadFrom ? { readAheadFrom: Number(readAheadFrom) } : {}),
  });
  let heapPeak = 0;
  const sampleHeap = (): void => {
    const used = getHeapStatistics().used_heap_size;
    if (used > heapPeak) heapPeak = used;
  };
  // Sample the heap each time the engine takes a page: the rebuild runs
  // without yielding to timers, so a setInterval sampler would never fire.
  // V8's own counter, not process.memoryUsage(): that one also reads the RSS
  // from /proc on every call, which took a tenth of a 1M rebuild's profile.
  const sampled: EventStore = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property === 'readAll') {
        return (...args: Parameters<EventStore['readAll']>) => {
          sampleHeap();
          return target.readAll(...args);
        };
      }
      if (property === 'readAllPages') {
        return async function* (...args: Parameters<EventStore['readAllPages']>) {
          for await (const page of target.readAllPages(...args)) {
            sampleHeap();
            yield page;
          }
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const config = loadConfig({ PARLEY_DATA_DIR: workDir, PARLEY_LOG_LEVEL: 'warn' });
  const snapshots = new SqliteSnapshotStore(join(workDir, 'views.sqlite'));
  // PARLEY_BENCH_ENGINE: another engine module with the same constructor, for before/after comparisons.
  const alternative = process.env['PARLEY_BENCH_ENGINE'];
  const Engine = alternative
    ? ((await import(alternative)) as { ProjectionEngine: typeof CurrentEngine }).ProjectionEngine
    : CurrentEngine;
  const engine = new Engine(sampled, snapshots, ESCALATION_MODEL_V1, config, { logger });
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpu();
  const start = process.hrtime.bigint();
  const result = await engine.rebuild();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const mainCpuAfter = mainThreadCpu();
  const peakServing = peakRssMiB();
  await engine.snapshotSettled();
  const snapshotSeconds = Number(process.hrtime.bigint() - start) / 1e9 - seconds;
  // The peak includes writing the snapshot.
  const peak = peakRssMiB();
  (globalThis as { gc?: () => void }).gc?.();
  const retained = process.memoryUsage().heapUsed;
  const snapshotSaved = snapshots.load()?.position === result.position;
  return {
    seconds,
    events: result.events,
    negotiations: result.negotiations,
    peakRssMiB: peak,
    peakRssServingMiB: peakServing,
    heapPeakMiB: Math.max(heapPeak, retained) / MiB,
    heapRetainedMiB: retained / MiB,
    snapshotSaved: snapshotSaved && !warnings.some((w) => /snapshot/.test(w)),
    snapshotSeconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    mainThreadCpuSeconds: mainCpu === null || mainCpuAfter === null ? null : mainCpuAfter - mainCpu,
  };
}

/** One part of the budget: main-thread CPU and wall seconds of `work`, after a full GC. */
async function part(work: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = mainThreadCpu() ?? 0;
  const start = process.hrtime.bigint();
  await work();
  return { cpu: (mainThreadCpu() ?? 0) - cpu, wall: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** This branch's engine over `store`, its snapshot and data in `workDir`, logging nothing. */
function silentEngine(store: EventStore, workDir: string): CurrentEngine {
  const config = loadConfig({ PARLEY_DATA_DIR: workDir, PARLEY_LOG_LEVEL: 'silent' });
  return new CurrentEngine(store, new SqliteSnapshotStore(join(workDir, 'views.sqlite')), ESCALATION_MODEL_V1, config);
}

/** The `heap` mode (see the header): the heap used before and after, then the snapshot. */
async function heap(storePath: string, snapshotPath: string): Promise<Record<string, number | string>> {
  const workDir = mkdtempSync(join(tmpdir(), 'parley-rebuild-heap-'));
  const store = await openSqliteEventStore({ path: storePath });
  const engine = silentEngine(store, workDir);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  await engine.rebuild();
  await engine.snapshotSettled();
  gc?.();
  const viewsMiB = (process.memoryUsage().heapUsed - before) / MiB;
  writeHeapSnapshot(snapshotPath);
  await engine.stop();
  await store.close();
  rmSync(workDir, { recursive: true, force: true });
  return { viewsMiB: Number(viewsMiB.toFixed(1)), snapshot: snapshotPath };
}

/** The `parts` mode (see the header): medians over the runs after the first (the first warms the JIT). */
async function parts(storePath: string, runs: number): Promise<Record<string, number>> {
  const times: Record<'R' | 'A' | 'B' | 'C', { cpu: number; wall: number }[]> = { R: [], A: [], B: [], C: [] };
  let events = 0;
  for (let r = 0; r < runs; r++) {
    times.R.push(await part(async () => rawReadParse(storePath)));
    const store = await openSqliteEventStore({ path: storePath });
    const pages = () => store.readAllPages({ fromPosition: 1, pageSize: 250, streamPrefix: NEGOTIATION_STREAM_PREFIX });
    times.A.push(
      await part(async () => {
        events = 0;
        for await (const page of pages()) events += page.length;
      }),
    );
    times.B.push(
      await part(async () => {
        for await (const page of pages()) for (const e of page) toInstant(fromStoredEvent(e).occurredAt);
      }),
    );
    const workDir = mkdtempSync(join(tmpdir(), 'parley-rebuild-parts-'));
    const engine = silentEngine(store, workDir);
    times.C.push(await part(() => engine.rebuild()));
    await engine.snapshotSettled();
    await engine.stop();
    await store.close();
    rmSync(workDir, { recursive: true, force: true });
  }
  const result: Record<string, number> = { events };
  for (const [name, list] of Object.entries(times)) {
    const warm = list.slice(runs > 1 ? 1 : 0);
    result[`${name} µs/event`] = Number(((median(warm.map((t) => t.cpu)) / events) * 1e6).toFixed(2));
    result[`${name} wall s`] = Number(median(warm.map((t) => t.wall)).toFixed(3));
  }
  result['R / C (main-thread CPU)'] = Number(
    ((result['R µs/event'] as number) / (result['C µs/event'] as number)).toFixed(2),
  );
  console.log(result);
  return result;
}

childMain(async () => {
  const [mode, storePath, workDir] = process.argv.slice(2);
  if (mode === 'rebuild') return rebuild(storePath as string, workDir as string);
  if (mode === 'parts') return parts(storePath as string, Number(workDir ?? 5));
  if (mode === 'heap') {
    const result = await heap(storePath as string, workDir as string);
    console.log(result);
    return result;
  }
  if (mode === 'store') {
    await writeLogToStore(workDir as string, shapeOf(Number(storePath)));
    return { written: workDir };
  }
  if (mode === 'raw') {
    const cpu = process.cpuUsage();
    const { rows, seconds } = rawReadParse(storePath as string);
    const used = process.cpuUsage(cpu);
    return {
      seconds,
      events: rows,
      negotiations: 0,
      peakRssMiB: peakRssMiB(),
      heapPeakMiB: 0,
      heapRetainedMiB: 0,
      snapshotSaved: false,
      snapshotSeconds: 0,
      cpuSeconds: (used.user + used.system) / 1e6,
      mainThreadCpuSeconds: null,
    };
  }
  throw new Error(`unknown mode ${mode}`);
});
