/**
 * Durable append through the whole service: writers POST StatementMade
 * developments to `/negotiations/:id/events` of the real app (its own
 * process, SQLite file, API keys, validation, command loop, projection
 * engine; logging at warn), each writer to its own negotiation over a
 * keep-alive connection, awaiting each 201 before sending the next. The
 * baseline is raw SQLite paying one durable transaction (one fsync) per event,
 * in this process, on the same disk, alternated with the HTTP runs.
 *
 * 32 writers can beat the baseline only because the store group-commits: the
 * appends that arrive together share one transaction and one fsync.
 *
 * The 32-writer figures are taken in alternating windows — raw, our app, the
 * bare NestJS + Fastify route (the framework floor) and the same route
 * appending each body durably through our SQLite store (the durable floor) —
 * with all three servers up throughout, and each figure is its median window:
 * the floor's CPU per POST moved from 197 to 294 µs between two quiet runs, so
 * a ratio against a floor measured minutes apart moved with the floor as much
 * as with our code.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import { type AppProcess, KEYS, startAppProcess, startFloorProcess } from '../lib/app-process';
import { expectStatus, keepAliveAgent, postJson } from '../lib/http';
import { statementEvent } from '../lib/payload';
import { measurePostSteps } from '../lib/post-steps';
import { rawDurablePerEvent } from '../lib/raw';
import { median, paired } from '../lib/timing';
import type { BenchContext, Figure, Workload } from '../lib/types';

const WORKLOAD = 'http';
const WRITERS = 32;
/** Developments per `events:batch` request in the batch figure. */
const BATCH = 100;
/** Our CPU per POST is held to this many times the bare route's. */
const CPU_GOAL = 1.5;
/** Alternating rounds of the product's steps measured apart. */
const STEP_ROUNDS = 5;

interface Sizes {
  readonly single: number;
  readonly perWriter: number;
  readonly raw: number;
  readonly rounds: number;
  /** Alternating windows of raw, our app and the floor for the 32-writer figures (odd: the median is one window). */
  readonly windows: number;
  /** Requests of BATCH developments in one batch run. */
  readonly batches: number;
  /** Developments per round of the product's steps measured apart (a multiple of the writers). */
  readonly steps: number;
}
const QUICK: Sizes = { single: 150, perWriter: 15, raw: 400, rounds: 2, windows: 3, batches: 10, steps: 1600 };
const FULL: Sizes = { single: 600, perWriter: 60, raw: 2000, rounds: 3, windows: 5, batches: 40, steps: 3200 };

/** One window of the 32 writers against one server. */
interface Measured {
  readonly rate: number;
  /** Server CPU per POST, µs, and the kernel's share of it. */
  readonly cpu: number;
  readonly kernel: number;
  /** The server's main thread busy (running, or blocked in a system call such as a sync) per POST, µs. */
  readonly busy: number;
  /** The load generator's CPU per POST, µs. */
  readonly client: number;
}

/** Raw, our app and the two floors, run back to back: what ran under the same load. */
interface Window {
  readonly raw: number;
  readonly ours: Measured;
  readonly bare: Measured;
  /** The bare route that also appends each body durably through our SQLite store. */
  readonly durable: Measured;
}

/** The window whose `ratio` is the median (the windows are odd in number). */
function medianBy(windows: readonly Window[], ratio: (window: Window) => number): Window {
  const sorted = [...windows].sort((a, b) => ratio(a) - ratio(b));
  return sorted[sorted.length >> 1] as Window;
}

function statementBody(writer: number, n: number): unknown {
  const example = EXAMPLE_EVENTS.StatementMade;
  return {
    ...example,
    data: { ...example.data, summary: `${example.data.summary} (writer ${writer}, statement ${n})` },
  };
}

export const httpWorkload: Workload = {
  name: WORKLOAD,
  description:
    'durable append through HTTP (POST /negotiations/:id/events, 1 and 32 writers) vs raw SQLite, 1 durable tx/event',

  async run(context: BenchContext): Promise<Figure[]> {
    const sizes = context.quick ? QUICK : FULL;
    const dir = await context.tempDir('http');
    let files = 0;
    // Before any server runs: in this process, on these cores alone.
    context.log(`http: the product's steps of a POST, measured apart (${STEP_ROUNDS} rounds of ${sizes.steps})…`);
    const steps = await measurePostSteps(STEP_ROUNDS, sizes.steps);
    const app = await startAppProcess(join(dir, 'app'));
    const agent = keepAliveAgent(WRITERS);
    let counter = 0;
    try {
      const ids = Array.from({ length: WRITERS }, (_, w) => `bench-writer-${w}`);
      for (const id of ids) {
        expectStatus(
          await postJson(agent, `${app.url}/negotiations`, KEYS.analyst, { ...EXAMPLE_OPEN_NEGOTIATION, id }),
          [201],
          `open ${id}`,
        );
      }

      /** CPU time this process (the load generator, on the same cores as the server) spent in `drive` runs, µs. */
      let clientMicros = 0;
      const latencies = { p50: [] as number[], p99: [] as number[] };
      /**
       * `writers` keep-alive connections, each POSTing to its own negotiation and awaiting each 201 before sending
       * the next, `each` per writer on average. Returns events/s. The client is autocannon (raw sockets, each
       * connection's request encoded once): it costs these shared cores about half the CPU per POST of node:http's
       * client, which left the server less of them than the raw baseline gets.
       */
      const drive = async (writers: number, each: number, record = false, url = app.url): Promise<number> => {
        let connection = 0;
        const cpu = process.cpuUsage();
        const start = process.hrtime.bigint();
        const run = autocannon({
          url,
          connections: writers,
          pipelining: 1,
          amount: writers * each,
          timeout: 60,
          setupClient: (client) => {
            const w = connection++ % writers;
            client.setRequests([
              {
                method: 'POST',
                path: `/negotiations/${ids[w]}/events`,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.analyst}` },
                body: JSON.stringify(statementBody(w, counter++)),
              },
            ]);
          },
        });
        // Timed to the last answer: autocannon settles only at its next one-second sampling tick, which made every
        // run under a second read as one second (the floor and our app both "1,903/s" for 1,920 POSTs).
        let last = start;
        run.on('response', () => {
          last = process.hrtime.bigint();
        });
        const result = await run;
        const rate = result.requests.total / (Number(last - start) / 1e9);
        const used = process.cpuUsage(cpu);
        clientMicros += used.user + used.system;
        const answered = Object.entries(result.statusCodeStats).map(([status, { count }]) => `${count}× ${status}`);
        if (
          result.errors ||
          result.timeouts ||
          result.non2xx ||
          !(result.statusCodeStats['201']?.count === writers * each)
        )
          throw new Error(
            `POST …/events: ${answered.join(', ')}; ${result.errors} errors, ${result.timeouts} timeouts`,
          );
        if (record) {
          latencies.p50.push(result.latency.p50);
          latencies.p99.push(result.latency.p99);
        }
        return rate;
      };
      /** Server and client CPU per POST over `paired` runs of `posts` POSTs each against `server`. */
      const costed = async (
        server: AppProcess,
        posts: number,
        run: () => Promise<{ baseline: number; contender: number }>,
      ) => {
        const before = await server.stats();
        clientMicros = 0;
        const ratio = await run();
        const after = await server.stats();
        const all = sizes.rounds * posts;
        return {
          ...ratio,
          cpu: (after.cpuMicros - before.cpuMicros) / all,
          kernel: (after.systemMicros - before.systemMicros) / (after.cpuMicros - before.cpuMicros),
          client: clientMicros / all,
        };
      };
      /** One window of the 32 writers against `server`: events/s, its CPU per POST (and the kernel's share), the client's. */
      const measured = async (server: AppProcess, url: string, record: boolean): Promise<Measured> => {
        const before = await server.stats();
        clientMicros = 0;
        const rate = await drive(WRITERS, sizes.perWriter, record, url);
        const after = await server.stats();
        const posts = WRITERS * sizes.perWriter;
        return {
          rate,
          cpu: (after.cpuMicros - before.cpuMicros) / posts,
          kernel: (after.systemMicros - before.systemMicros) / (after.cpuMicros - before.cpuMicros),
          busy: (after.busyMicros - before.busyMicros) / posts,
          client: clientMicros / posts,
        };
      };

      const warmUp = context.quick ? 5 : 20;
      context.log('http: warm-up…');
      await drive(WRITERS, warmUp);
      const raw = async (): Promise<number> =>
        rawDurablePerEvent(
          join(dir, `raw-${files++}.db`),
          Array.from({ length: sizes.raw }, (_, i) => statementEvent(i)),
        );

      context.log(`http: 1 writer × ${sizes.single} vs raw (${sizes.rounds} rounds)…`);
      const one = await paired(sizes.rounds, raw, () => drive(1, sizes.single));
      // The body of a 201, for the floor to answer with.
      const sample = await postJson(
        agent,
        `${app.url}/negotiations/${ids[0]}/events`,
        KEYS.analyst,
        statementBody(0, 0),
      );
      expectStatus(sample, [201], 'POST events');

      // The same writers against a bare NestJS route on the app's adapter answering our 201 body (the floor): what
      // the framework alone allows here. Its CPU per POST moved between runs as much as ours (199 ↔ 294 µs), so
      // the servers stay up and are measured in alternating windows, each beside a raw run: a window's ratios
      // compare what ran under the same load, and the figures are the median window's. Beside it the durable
      // floor: the same route appending each body through our SQLite store (its group commit, its fsync) before
      // the 201 — what any NestJS + Fastify service that keeps each POST durably pays here, checks and views aside.
      context.log(
        `http: ${WRITERS} writers × ${sizes.perWriter}, raw / our app / the bare Fastify route / the durable route in ${sizes.windows} alternating windows…`,
      );
      const windows: Window[] = [];
      const floorApp = await startFloorProcess({ post: sample.body }, 'fastify');
      const durableApp = await startFloorProcess(
        { post: sample.body, store: join(dir, 'durable-floor.db') },
        'fastify',
      );
      try {
        // As many POSTs as our app answered before its first window (the warm-up, the 1-writer runs): warmed with
        // 640, the floor's CPU per POST was 407 µs in its first window of 1,920 POSTs, 168 in the second, 122–132 in
        // the next three — a floor less warm than our app made the ratio look better than it is.
        const floorWarmUp = warmUp + Math.ceil((sizes.rounds * sizes.single + 1) / WRITERS);
        await drive(WRITERS, floorWarmUp, false, floorApp.url);
        await drive(WRITERS, floorWarmUp, false, durableApp.url);
        for (let w = 0; w < sizes.windows; w++) {
          const baseline = await raw();
          const ours = await measured(app, app.url, true);
          const bare = await measured(floorApp, floorApp.url, false);
          const durable = await measured(durableApp, durableApp.url, false);
          windows.push({ raw: baseline, ours, bare, durable });
        }
      } finally {
        await floorApp.stop();
        await durableApp.stop();
      }
      const cpuWindow = medianBy(windows, (w) => w.ours.cpu / w.bare.cpu);
      const rateWindow = medianBy(windows, (w) => w.ours.rate / w.raw);
      const floorWindow = medianBy(windows, (w) => w.bare.rate / w.raw);
      const durableWindow = medianBy(windows, (w) => w.durable.rate / w.raw);
      const durableCpuWindow = medianBy(windows, (w) => w.ours.cpu / w.durable.cpu);
      const durableOverBareWindow = medianBy(windows, (w) => w.durable.cpu / w.bare.cpu);
      const perWindow = (ratio: (w: Window) => number) => windows.map((w) => `${ratio(w).toFixed(2)}×`).join(', ');

      // What a script recording many developments should do: one all-or-nothing batch per request.
      const batches = async (): Promise<number> => {
        const start = process.hrtime.bigint();
        for (let b = 0; b < sizes.batches; b++) {
          const events = Array.from({ length: BATCH }, () => statementBody(0, counter++));
          expectStatus(
            await postJson(agent, `${app.url}/negotiations/${ids[0]}/events:batch`, KEYS.analyst, { events }),
            [201],
            'POST events:batch',
          );
        }
        return (sizes.batches * BATCH) / (Number(process.hrtime.bigint() - start) / 1e9);
      };
      context.log(`http: 1 writer, ${sizes.batches} batches of ${BATCH} vs raw (${sizes.rounds} rounds)…`);
      const batched = await paired(sizes.rounds, raw, batches);
      await app.stop();

      // The adapter the app used before, for reference: the same writers on a bare NestJS + Express route.
      context.log(`http: express floor, ${WRITERS} writers × ${sizes.perWriter} vs raw (${sizes.rounds} rounds)…`);
      const expressApp = await startFloorProcess({ post: sample.body }, 'express');
      let expressFloor: Awaited<ReturnType<typeof costed>>;
      try {
        await drive(WRITERS, context.quick ? 5 : 20, false, expressApp.url);
        expressFloor = await costed(expressApp, WRITERS * sizes.perWriter, () =>
          paired(sizes.rounds, raw, () => drive(WRITERS, sizes.perWriter, false, expressApp.url)),
        );
      } finally {
        await expressApp.stop();
      }

      const rawName = 'raw, 1 durable tx/event';
      const pct = (share: number) => `${Math.round(share * 100)} %`;
      // What the cores allow at best: every POST needs its server and its client CPU time, all on these cores.
      const cores = cpus().length;
      const { bare } = floorWindow;
      const ceiling = (cores * 1e6) / (bare.cpu + bare.client);
      const { durable } = durableWindow;
      const durableCeiling = (cores * 1e6) / (durable.cpu + durable.client);
      const perWindowCpu = (a: (w: Window) => Measured, b: (w: Window) => Measured) =>
        windows
          .map((w) => `${Math.round(a(w).cpu)}/${Math.round(b(w).cpu)} µs = ${(a(w).cpu / b(w).cpu).toFixed(2)}×`)
          .join(', ');
      const windowsSaid = `median of ${sizes.windows} alternating windows`;
      // What the goal leaves for the product's own work: the bare route's CPU times the goal, less what storing each
      // POST durably costs already (the durable floor), in the window whose ratio to the bare route is the median.
      const room = CPU_GOAL * cpuWindow.bare.cpu - cpuWindow.durable.cpu;
      const stepsSum = steps.reduce((sum, s) => sum + s.micros, 0);
      const stepsSaid =
        `the product's own steps measured apart (table below) take ${stepsSum.toFixed(1)} µs per POST ` +
        `against the ${room.toFixed(1)} µs the goal leaves above the durable floor in that window`;
      context.table?.({
        title:
          `A POST's own steps, measured apart: CPU µs per development in the bench's process, before any server ` +
          `runs (median of ${STEP_ROUNDS} rounds of ${sizes.steps}), against the room the ${CPU_GOAL}× goal leaves ` +
          `above the durable floor (the median window of "our CPU per POST vs the bare route")`,
        header: ['step', 'µs'],
        rows: [
          ...steps.map((s) => [s.step, s.micros.toFixed(1)]),
          ['these steps together', stepsSum.toFixed(1)],
          [
            `the room: ${CPU_GOAL} × the bare route (${cpuWindow.bare.cpu.toFixed(1)}) − the durable floor (${cpuWindow.durable.cpu.toFixed(1)})`,
            room.toFixed(1),
          ],
          [
            `in the app, ours above the durable floor (${cpuWindow.ours.cpu.toFixed(1)} − ${cpuWindow.durable.cpu.toFixed(1)})`,
            (cpuWindow.ours.cpu - cpuWindow.durable.cpu).toFixed(1),
          ],
        ],
      });
      return [
        {
          workload: WORKLOAD,
          name: 'durable append, 1 writer',
          value: one.contender,
          unit: 'events/s',
          baseline: { name: rawName, value: one.baseline },
          detail: `${sizes.single} POSTs, each awaited`,
        },
        {
          workload: WORKLOAD,
          name: `durable append, ${WRITERS} writers`,
          value: rateWindow.ours.rate,
          unit: 'events/s',
          baseline: { name: rawName, value: rateWindow.raw },
          goal: 1.0,
          detail:
            `${WRITERS}×${sizes.perWriter} POSTs per window, ${windowsSaid} (each window vs raw: ${perWindow((w) => w.ours.rate / w.raw)}); ` +
            `latency p50 ${median(latencies.p50)} ms, p99 ${Math.max(...latencies.p99)} ms (whole ms, worst window); ` +
            `server CPU ${Math.round(rateWindow.ours.cpu)} µs/POST (${pct(rateWindow.ours.kernel)} in the kernel), ` +
            `its main thread busy ${Math.round(rateWindow.ours.busy)} µs/POST (each window: ${windows.map((w) => Math.round(w.ours.busy)).join(', ')}), ` +
            `the load generator ${Math.round(rateWindow.ours.client)} µs/POST`,
        },
        {
          workload: WORKLOAD,
          name: `durable append, 1 writer, batches of ${BATCH}`,
          value: batched.contender,
          unit: 'events/s',
          baseline: { name: rawName, value: batched.baseline },
          detail: `${sizes.batches} POST /negotiations/:id/events:batch requests of ${BATCH} developments each, awaited one after another`,
        },
        {
          workload: WORKLOAD,
          name: `our CPU per POST vs the bare route (Fastify), ${WRITERS} writers`,
          value: cpuWindow.ours.cpu,
          unit: 'µs',
          baseline: { name: 'bare NestJS + Fastify route', value: cpuWindow.bare.cpu },
          maxRatio: CPU_GOAL,
          detail:
            `server CPU per POST of the same ${WRITERS} writers on each, ${windowsSaid} by ratio ` +
            `(each window: ${perWindowCpu(
              (w) => w.ours,
              (w) => w.bare,
            )}); ${stepsSaid}`,
        },
        {
          workload: WORKLOAD,
          name: `our CPU per POST vs the durable route (Fastify + our SQLite store), ${WRITERS} writers`,
          value: durableCpuWindow.ours.cpu,
          unit: 'µs',
          baseline: { name: 'bare route + durable append', value: durableCpuWindow.durable.cpu },
          detail:
            `server CPU per POST of the same ${WRITERS} writers on our app and on the durable floor, ${windowsSaid} by ratio ` +
            `(each window: ${perWindowCpu(
              (w) => w.ours,
              (w) => w.durable,
            )})`,
        },
        {
          workload: WORKLOAD,
          name: `durable floor: CPU per POST of the durable route vs the bare route, ${WRITERS} writers`,
          value: durableOverBareWindow.durable.cpu,
          unit: 'µs',
          baseline: { name: 'bare NestJS + Fastify route', value: durableOverBareWindow.bare.cpu },
          detail:
            `what storing each POST durably (our store's group commit and fsync, nothing checked or projected) adds to ` +
            `the bare route, ${windowsSaid} by ratio (each window: ${perWindowCpu(
              (w) => w.durable,
              (w) => w.bare,
            )}); ` +
            (durableOverBareWindow.durable.cpu / durableOverBareWindow.bare.cpu > CPU_GOAL
              ? `above the ${CPU_GOAL}× our CPU per POST is held to: no durable server on this stack meets it in this run`
              : `within the ${CPU_GOAL}× our CPU per POST is held to: a durable server can meet it here`),
        },
        {
          workload: WORKLOAD,
          name: `framework floor: bare NestJS + Fastify POST, ${WRITERS} writers`,
          value: bare.rate,
          unit: 'events/s',
          baseline: { name: rawName, value: floorWindow.raw },
          detail:
            `the same writers and bodies against a NestJS route on the app's adapter (Fastify) that does nothing and answers our 201 body, ` +
            `${windowsSaid} (each window vs raw: ${perWindow((w) => w.bare.rate / w.raw)}); ` +
            `server CPU ${Math.round(bare.cpu)} µs/POST (${pct(bare.kernel)} in the kernel), the load generator ${Math.round(bare.client)} µs/POST: ` +
            `${cores} cores allow at most ${Math.round(ceiling)} POSTs/s (${(ceiling / floorWindow.raw).toFixed(2)}× raw). ` +
            `No write path on this stack can beat this ratio here.`,
        },
        {
          workload: WORKLOAD,
          name: `durable floor: bare NestJS + Fastify POST appended through our SQLite store, ${WRITERS} writers`,
          value: durable.rate,
          unit: 'events/s',
          baseline: { name: rawName, value: durableWindow.raw },
          detail:
            `the bare route, but each body appended to its negotiation's stream of our SQLite store (WAL, synchronous=FULL, ` +
            `the appends of one event-loop turn in one commit) before the 201; ${windowsSaid} ` +
            `(each window vs raw: ${perWindow((w) => w.durable.rate / w.raw)}); ` +
            `server CPU ${Math.round(durable.cpu)} µs/POST (${pct(durable.kernel)} in the kernel), its main thread busy ${Math.round(durable.busy)} µs/POST, ` +
            `the load generator ${Math.round(durable.client)} µs/POST: ` +
            `${cores} cores allow at most ${Math.round(durableCeiling)} POSTs/s (${(durableCeiling / durableWindow.raw).toFixed(2)}× raw). ` +
            `What a durable write path on this stack reaches here before it checks, decides or projects anything.`,
        },
        {
          workload: WORKLOAD,
          name: `framework floor: bare NestJS + Express POST, ${WRITERS} writers (reference)`,
          value: expressFloor.contender,
          unit: 'events/s',
          baseline: { name: rawName, value: expressFloor.baseline },
          detail: `the same on @nestjs/platform-express, the adapter the app used before; server CPU ${Math.round(expressFloor.cpu)} µs/POST (${pct(expressFloor.kernel)} in the kernel)`,
        },
      ];
    } finally {
      agent.destroy();
      await app.stop();
    }
  },
};
