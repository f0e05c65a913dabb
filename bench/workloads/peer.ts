/**
 * The peer: Emmett's SQLite event store (@event-driven-io/emmett-sqlite
 * 0.38.5, on node-sqlite3) against Parley's store, same events, same run,
 * alternating:
 *
 * - sequential append: one event per append, awaited, with the expected version;
 * - 32 concurrent writers, each appending one event at a time to its own stream;
 * - read: streams of 100 events (about the example negotiation's 89) read back
 *   whole with `readStream`, payloads parsed; also against raw better-sqlite3
 *   reading and parsing the same rows (the goal: a store that parses cannot
 *   beat that, so the Emmett read ratio has no goal of its own).
 *
 * Emmett 0.38.5 opens a connection per call and closes it when the call ends,
 * so concurrent calls on one store close each other's connection
 * (SQLITE_MISUSE) or collide on the write lock (SQLITE_BUSY). Its 32 writers
 * therefore go through a mutex, as an application using it would have to do.
 * Now and then an Emmett append fails with "SQLITE_BUSY: cannot commit
 * transaction - SQL statements in progress" (node-sqlite3 finalises a
 * statement after the COMMIT is queued); it has rolled back, so it is retried,
 * and the retry counts in Emmett's time. Emmett logs those errors with
 * console.log; that output is held back while it runs.
 * Both stores use WAL; the synchronous level Emmett ends up with is reported.
 */
import type { Event } from '@event-driven-io/emmett';
import { getSQLiteEventStore, type SQLiteEventStore, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import { join } from 'node:path';
import { type NewEvent, openSqliteEventStore, type SqliteEventStore } from '@parley/event-store';
import { statementEvent } from '../lib/payload';
import { rawReadParse } from '../lib/raw';
import { paired, rate } from '../lib/timing';
import type { BenchContext, Figure, Workload } from '../lib/types';

const WORKLOAD = 'peer';
const UNIT = 'events/s';
const WRITERS = 32;
const GOAL = 5;

interface Sizes {
  readonly sequential: number;
  readonly perWriter: number;
  readonly streams: number;
  readonly perStream: number;
  readonly rounds: number;
}
const QUICK: Sizes = { sequential: 150, perWriter: 5, streams: 40, perStream: 100, rounds: 2 };
const FULL: Sizes = { sequential: 600, perWriter: 20, streams: 100, perStream: 100, rounds: 3 };

function toEmmett(event: NewEvent): Event {
  return { type: event.type, data: event.data, metadata: event.metadata ?? {} } as Event;
}

let emmettRetries = 0;

/** An Emmett call, retried when SQLite says busy (the call rolled back); its console.log of the error is dropped. */
async function emmett<T>(call: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 20 || (code !== 'SQLITE_BUSY' && code !== 'SQLITE_MISUSE')) throw error;
        emmettRetries++;
      }
    }
  } finally {
    console.log = log;
  }
}

/** One at a time: Emmett's store cannot take concurrent calls (see above). */
function mutex(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}

export const peerWorkload: Workload = {
  name: WORKLOAD,
  description:
    "Parley's SQLite store vs Emmett's SQLite event store (0.38.5): sequential and 32-writer append, full stream reads",

  async run(context: BenchContext): Promise<Figure[]> {
    const sizes = context.quick ? QUICK : FULL;
    emmettRetries = 0;
    const dir = await context.tempDir('peer');
    let files = 0;
    const fresh = (label: string) => join(dir, `${label}-${files++}.db`);
    const input = (count: number, offset = 0): NewEvent[] =>
      Array.from({ length: count }, (_, i) => statementEvent(offset + i));

    const withOurs = async <T>(path: string, work: (store: SqliteEventStore) => Promise<T>): Promise<T> => {
      const store = await openSqliteEventStore({ path });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    };

    // --- sequential append ---------------------------------------------------------
    const oursSequential = () =>
      withOurs(fresh('ours-seq'), async (store) => {
        const events = input(sizes.sequential);
        return rate(events.length, async () => {
          for (let i = 0; i < events.length; i++)
            await store.append('negotiation-seq', [events[i] as NewEvent], { expectedRevision: i - 1 });
        });
      });
    const emmettSequential = async () => {
      const store = getSQLiteEventStore({ fileName: fresh('emmett-seq') });
      const events = input(sizes.sequential).map(toEmmett);
      return rate(events.length, async () => {
        for (let i = 0; i < events.length; i++) {
          await emmett(() =>
            store.appendToStream('negotiation-seq', [events[i] as Event], { expectedStreamVersion: BigInt(i) }),
          );
        }
      });
    };

    // --- 32 concurrent writers -----------------------------------------------------
    const writerInput = () => Array.from({ length: WRITERS }, (_, w) => input(sizes.perWriter, w * sizes.perWriter));
    const oursConcurrent = () =>
      withOurs(fresh('ours-conc'), async (store) => {
        const events = writerInput();
        return rate(WRITERS * sizes.perWriter, () =>
          Promise.all(
            events.map(async (mine, w) => {
              for (let i = 0; i < mine.length; i++)
                await store.append(`negotiation-w${w}`, [mine[i] as NewEvent], { expectedRevision: i - 1 });
            }),
          ),
        );
      });
    const emmettConcurrent = async () => {
      const store = getSQLiteEventStore({ fileName: fresh('emmett-conc') });
      const exclusive = mutex();
      const events = writerInput().map((mine) => mine.map(toEmmett));
      return rate(WRITERS * sizes.perWriter, () =>
        Promise.all(
          events.map(async (mine, w) => {
            for (let i = 0; i < mine.length; i++) {
              await exclusive(() =>
                emmett(() =>
                  store.appendToStream(`negotiation-w${w}`, [mine[i] as Event], { expectedStreamVersion: BigInt(i) }),
                ),
              );
            }
          }),
        ),
      );
    };

    context.log(`peer: sequential append (${sizes.sequential} events)…`);
    const sequential = await paired(sizes.rounds, emmettSequential, oursSequential);
    context.log(`peer: ${WRITERS} concurrent writers (${WRITERS}×${sizes.perWriter})…`);
    const concurrent = await paired(sizes.rounds, emmettConcurrent, oursConcurrent);

    // --- read ----------------------------------------------------------------------
    const total = sizes.streams * sizes.perStream;
    context.log(`peer: filling both with ${sizes.streams} streams × ${sizes.perStream} events for the read…`);
    const streams = Array.from({ length: sizes.streams }, (_, s) => ({
      name: `negotiation-r${s}`,
      events: input(sizes.perStream, s * sizes.perStream),
    }));
    const oursPath = fresh('ours-read');
    await withOurs(oursPath, async (store) => {
      for (const s of streams) await store.append(s.name, s.events, { expectedRevision: 'no-stream' });
    });
    const emmettPath = fresh('emmett-read');
    const emmettWriter: SQLiteEventStore = getSQLiteEventStore({ fileName: emmettPath });
    for (const s of streams) await emmett(() => emmettWriter.appendToStream(s.name, s.events.map(toEmmett)));

    const oursRead = () =>
      withOurs(oursPath, (store) =>
        rate(total, async () => {
          let seen = 0;
          for (const s of streams) seen += (await store.readStream(s.name)).length;
          if (seen !== total) throw new Error(`ours read ${seen} of ${total}`);
        }),
      );
    const emmettRead = async () => {
      const store = getSQLiteEventStore({ fileName: emmettPath });
      return rate(total, async () => {
        let seen = 0;
        for (const s of streams) seen += (await emmett(() => store.readStream(s.name))).events.length;
        if (seen !== total) throw new Error(`emmett read ${seen} of ${total}`);
      });
    };
    context.log('peer: read every stream…');
    const read = await paired(sizes.rounds, emmettRead, oursRead);
    // Any store that parses what it reads can at best match this: the same rows read raw and parsed.
    const rawRead = async () => {
      const { rows, seconds } = rawReadParse(oursPath);
      if (rows !== total) throw new Error(`raw read ${rows} of ${total}`);
      return rows / seconds;
    };
    context.log('peer: read every stream vs raw read + parse…');
    const readVsRaw = await paired(sizes.rounds, rawRead, oursRead);

    if (emmettRetries) context.log(`peer: ${emmettRetries} Emmett calls retried after SQLITE_BUSY/SQLITE_MISUSE`);
    const probe = sqliteConnection({ fileName: emmettPath });
    const [sync] = await probe.query<{ synchronous: number }>('PRAGMA synchronous');
    probe.close();
    const emmettDurability = `Emmett: WAL, synchronous=${['OFF', 'NORMAL', 'FULL', 'EXTRA'][sync?.synchronous ?? -1] ?? sync?.synchronous}`;

    return [
      {
        workload: WORKLOAD,
        name: 'append, sequential (vs Emmett)',
        value: sequential.contender,
        unit: UNIT,
        baseline: { name: 'Emmett SQLite', value: sequential.baseline },
        goal: GOAL,
        detail: `${sizes.sequential} appends of 1 event, awaited; ${emmettDurability}`,
      },
      {
        workload: WORKLOAD,
        name: `append, ${WRITERS} writers (vs Emmett)`,
        value: concurrent.contender,
        unit: UNIT,
        baseline: { name: 'Emmett SQLite, serialised', value: concurrent.baseline },
        goal: GOAL,
        detail: `${WRITERS}×${sizes.perWriter} appends of 1 event; Emmett's go through a mutex (it fails concurrent calls)`,
      },
      {
        workload: WORKLOAD,
        name: 'read streams (vs Emmett)',
        value: read.contender,
        unit: UNIT,
        baseline: { name: 'Emmett SQLite', value: read.baseline },
        detail: `${sizes.streams} streams × ${sizes.perStream} events, each read whole (no goal: see the next figure)`,
      },
      {
        workload: WORKLOAD,
        name: 'read streams (vs raw read + parse)',
        value: readVsRaw.contender,
        unit: UNIT,
        baseline: { name: 'raw SQLite read + JSON.parse, same rows', value: readVsRaw.baseline },
        goal: 0.9,
        detail:
          `the same reads against bare better-sqlite3 reading the same ${total} rows in position order and parsing data and metadata: ` +
          'the most any store that parses can do, so the ratio to Emmett is bounded by how far Emmett is from it',
      },
    ];
  },
};
