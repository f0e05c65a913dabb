/**
 * The event store against raw better-sqlite3 on the same machine, same run,
 * same rows: durable appends (one by one, 32 concurrent writers, import-size
 * batches) and a full read. The raw baselines use the store's table shape and
 * pragmas, so the ratio is the cost of the store itself (and, for concurrent
 * writers, the gain of group commit).
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type NewEvent, openSqliteEventStore, type SqliteEventStore } from '@parley/event-store';
import { meanPayloadBytes, statementEvent } from '../lib/payload';
import { openRaw, RAW_INSERT, rawDurablePerEvent } from '../lib/raw';
import { median, paired, rate } from '../lib/timing';
import type { BenchContext, Figure, Workload } from '../lib/types';

const WORKLOAD = 'store';
const UNIT = 'events/s';

interface Sizes {
  /** Events appended one durable transaction at a time (raw and store sequential). */
  readonly single: number;
  /** Events per concurrent writer (32 writers). */
  readonly perWriter: number;
  /** Events in the batch-append comparison, and the batch size. */
  readonly batchTotal: number;
  readonly batchSize: number;
  /** Rows in the full-read comparison, and the page size of the store's readAll. */
  readonly readRows: number;
  readonly pageSize: number;
  /** Alternating baseline/store repetitions; the median of each is kept. */
  readonly rounds: number;
  /** The same for the full read, whose rounds are short and noisier. */
  readonly readRounds: number;
}

const QUICK: Sizes = {
  single: 400,
  perWriter: 40,
  batchTotal: 20_000,
  batchSize: 1000,
  readRows: 50_000,
  pageSize: 5000,
  rounds: 3,
  readRounds: 5,
};
const FULL: Sizes = {
  single: 2000,
  perWriter: 200,
  batchTotal: 100_000,
  batchSize: 1000,
  readRows: 300_000,
  pageSize: 5000,
  rounds: 5,
  readRounds: 9,
};

const WRITERS = 32;

/**
 * A full garbage collection, for this process (the bench runs without --expose-gc): the full read's rounds each
 * start from a collected heap, so neither side pays for the garbage the other left (the store's pages of parsed
 * events are collected during the raw read otherwise).
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** Rate and CPU time (µs per event, all threads: GC helpers included) of `work` over `count` events. */
async function measured(count: number, work: () => unknown): Promise<{ rate: number; cpuPerEvent: number }> {
  collectGarbage();
  const cpu = process.cpuUsage();
  const value = await rate(count, work);
  const used = process.cpuUsage(cpu);
  return { rate: value, cpuPerEvent: (used.user + used.system) / count };
}

function events(count: number, offset = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => statementEvent(offset + i));
}

export const storeWorkload: Workload = {
  name: WORKLOAD,
  description: 'SQLite event store vs raw better-sqlite3 (durable append, group commit, batch append, full read)',

  async run(context: BenchContext): Promise<Figure[]> {
    const sizes = context.quick ? QUICK : FULL;
    const dir = await context.tempDir('store');
    let files = 0;
    const freshPath = (label: string): string => join(dir, `${label}-${files++}.db`);
    context.log(`store: payload ≈ ${meanPayloadBytes()} bytes of JSON per event (data + metadata)`);

    // --- one durable transaction per event ------------------------------------------------
    const rawPerEvent = async (): Promise<number> => rawDurablePerEvent(freshPath('raw-single'), events(sizes.single));

    const withStore = async <T>(work: (store: SqliteEventStore) => Promise<T>): Promise<T> => {
      const store = await openSqliteEventStore({ path: freshPath('store') });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    };

    const storeSequential = (): Promise<number> =>
      withStore(async (store) => {
        const input = events(sizes.single);
        return rate(input.length, async () => {
          for (let i = 0; i < input.length; i++)
            await store.append('sequential', [input[i] as NewEvent], { expectedRevision: i - 1 });
        });
      });

    const storeConcurrent = (): Promise<number> =>
      withStore(async (store) => {
        const input = Array.from({ length: WRITERS }, (_, w) => events(sizes.perWriter, w * sizes.perWriter));
        return rate(WRITERS * sizes.perWriter, () =>
          Promise.all(
            input.map(async (mine, w) => {
              for (let i = 0; i < mine.length; i++) {
                await store.append(`writer-${w}`, [mine[i] as NewEvent], { expectedRevision: i - 1 });
              }
            }),
          ),
        );
      });

    context.log('store: durable appends (one transaction per event vs group commit)…');
    const sequential = await paired(sizes.rounds, rawPerEvent, storeSequential);
    const concurrent = await paired(sizes.rounds, rawPerEvent, storeConcurrent);

    // --- import-size batches ------------------------------------------------------------
    const batches = (): NewEvent[][] =>
      Array.from({ length: sizes.batchTotal / sizes.batchSize }, (_, b) =>
        events(sizes.batchSize, b * sizes.batchSize),
      );

    const rawBatched = async (): Promise<number> => {
      const db = openRaw(freshPath('raw-batch'), true);
      const insert = db.prepare(RAW_INSERT);
      const commitBatch = db.transaction((batch: NewEvent[], stream: string) => {
        const recordedAt = new Date().toISOString();
        batch.forEach((e, i) =>
          insert.run(stream, i, e.id, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), recordedAt),
        );
      });
      const input = batches();
      try {
        return await rate(sizes.batchTotal, () => input.forEach((batch, b) => commitBatch(batch, `import-${b}`)));
      } finally {
        db.close();
      }
    };

    const storeBatched = (): Promise<number> =>
      withStore(async (store) => {
        const input = batches();
        return rate(sizes.batchTotal, async () => {
          for (let b = 0; b < input.length; b++)
            await store.append(`import-${b}`, input[b] as NewEvent[], { expectedRevision: 'no-stream' });
        });
      });

    context.log(`store: batch append (${sizes.batchSize} events per append)…`);
    const batched = await paired(sizes.rounds, rawBatched, storeBatched);

    // --- full read ------------------------------------------------------------------------
    context.log(`store: filling ${sizes.readRows.toLocaleString('en-US')} rows for the full read…`);
    const readPath = freshPath('read');
    {
      const store = await openSqliteEventStore({ path: readPath });
      for (let done = 0; done < sizes.readRows; done += sizes.batchSize) {
        await store.append(`negotiation-${done % 97}`, events(Math.min(sizes.batchSize, sizes.readRows - done), done), {
          expectedRevision: 'any',
        });
      }
      await store.close();
    }

    const rawRead = async () => {
      const db = openRaw(readPath, false);
      try {
        const select = db.prepare(
          'SELECT position, stream, revision, id, type, data, metadata, recorded_at FROM events ORDER BY position',
        );
        return await measured(sizes.readRows, () => {
          let parsed = 0;
          // iterate() streams rows without holding them all: the fastest raw
          // read we found here (ahead of all(), with or without raw()).
          for (const row of select.iterate() as IterableIterator<{ data: string; metadata: string }>) {
            if (JSON.parse(row.data) && JSON.parse(row.metadata)) parsed++;
          }
          if (parsed !== sizes.readRows) throw new Error(`raw read saw ${parsed} rows`);
        });
      } finally {
        db.close();
      }
    };

    const storeRead = async () => {
      const store = await openSqliteEventStore({ path: readPath });
      try {
        return await measured(sizes.readRows, async () => {
          let seen = 0;
          for (let from = 0; ;) {
            const page = await store.readAll({ fromPosition: from, maxCount: sizes.pageSize });
            const last = page[page.length - 1];
            if (last === undefined) break;
            seen += page.length;
            from = last.position + 1;
          }
          if (seen !== sizes.readRows) throw new Error(`readAll saw ${seen} events`);
        });
      } finally {
        await store.close();
      }
    };

    context.log(`store: full read, ${sizes.readRounds} alternating rounds…`);
    const rounds: { raw: Awaited<ReturnType<typeof rawRead>>; store: Awaited<ReturnType<typeof storeRead>> }[] = [];
    for (let r = 0; r < sizes.readRounds; r++) rounds.push({ raw: await rawRead(), store: await storeRead() });
    const read = {
      baseline: median(rounds.map((r) => r.raw.rate)),
      contender: median(rounds.map((r) => r.store.rate)),
    };
    const roundRatios = rounds.map((r) => (r.store.rate / r.raw.rate).toFixed(2)).join(', ');
    const cpuRatio = median(rounds.map((r) => r.raw.cpuPerEvent)) / median(rounds.map((r) => r.store.cpuPerEvent));

    // Each comparison carries the baseline measured alongside it: fsync cost
    // drifts over a run (WAL size, checkpoints), so one averaged raw figure
    // would flatter or punish whichever side ran at a different moment.
    const rawSingle = 'raw, 1 durable tx/event';
    return [
      {
        workload: WORKLOAD,
        name: 'sequential append (1 event, awaited)',
        value: sequential.contender,
        unit: UNIT,
        baseline: { name: rawSingle, value: sequential.baseline },
        detail: `${sizes.single} events`,
      },
      {
        workload: WORKLOAD,
        name: `${WRITERS} concurrent appenders`,
        value: concurrent.contender,
        unit: UNIT,
        baseline: { name: rawSingle, value: concurrent.baseline },
        goal: 1.0,
        detail: `${WRITERS}×${sizes.perWriter} events, one per append`,
      },
      {
        workload: WORKLOAD,
        name: `batch append (${sizes.batchSize}/append)`,
        value: batched.contender,
        unit: UNIT,
        baseline: { name: 'raw batched', value: batched.baseline },
        goal: 0.5,
        detail: `${sizes.batchTotal} events`,
      },
      {
        workload: WORKLOAD,
        name: `full readAll (pages of ${sizes.pageSize})`,
        value: read.contender,
        unit: UNIT,
        baseline: { name: 'raw read+parse', value: read.baseline },
        goal: 0.5,
        detail:
          `${sizes.readRows} rows; medians of ${sizes.readRounds} alternating rounds, each from a collected heap ` +
          `(per-round ratios: ${roundRatios}); CPU per event (all threads): store ` +
          `${median(rounds.map((r) => r.store.cpuPerEvent)).toFixed(1)} µs, raw ` +
          `${median(rounds.map((r) => r.raw.cpuPerEvent)).toFixed(1)} µs (${cpuRatio.toFixed(2)}×)`,
      },
    ];
  },
};
