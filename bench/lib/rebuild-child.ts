/**
 * One measurement in a fresh process (so peak memory is the rebuild's own):
 *
 *   rebuild <store file> <work dir>   ProjectionEngine.rebuild() over the whole log, as POST /admin/rebuild runs it
 *                                     (timed until it returns — the views serve from then — and then until
 *                                     the snapshot it starts has been written; peak memory covers both)
 *   raw <store file>                  the baseline: raw better-sqlite3 read + JSON.parse of the same rows
 *
 * Answers { seconds, events, peakRssMiB, heapPeakMiB, heapRetainedMiB, … }.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { type EventStore, openSqliteEventStore } from '@parley/event-store';
import { type EngineLogger, ESCALATION_MODEL_V1, ProjectionEngine as CurrentEngine } from '@parley/projections';
import { loadConfig } from '../../apps/api/src/config/config';
import { SqliteSnapshotStore } from '../../apps/api/src/views/snapshot-store';
import { childMain, peakRssMiB } from './child';
import { rawReadParse } from './raw';

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

childMain(async () => {
  const [mode, storePath, workDir] = process.argv.slice(2);
  if (mode === 'rebuild') return rebuild(storePath as string, workDir as string);
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
