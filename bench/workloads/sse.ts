/**
 * Live fan-out: N subscribers on `GET /stream/events` of the real app (its
 * own process, SQLite file, API keys), fed by one store subscription.
 *
 * - Delivery latency: writes are POSTed one at a time; for each, the time from
 *   its acknowledgment (the 201 received by the writer) to the arrival of its
 *   `id:` at each subscriber. p50/p99 over every (write, subscriber) pair.
 *   A message that arrives before the writer has read its 201 counts as 0.
 * - Writer cost: events/s of 16 concurrent writers (each POSTing to its own
 *   negotiation, awaiting each 201) with the N subscribers connected and
 *   receiving every event, against the same without subscribers, alternated.
 *
 * The subscribers live in a child process of their own (this file, run with
 * `subscribers`): raw sockets, parsed just enough to find each
 * message's `id:`. Receipt times use `performance.timeOrigin + now()`, which is
 * comparable across processes on one machine.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import { KEYS, startAppProcess } from '../lib/app-process';
import { exited, forkTs, nextMessage } from '../lib/child';
import { expectStatus, keepAliveAgent, postJson } from '../lib/http';
import { median } from '../lib/timing';
import type { BenchContext, Figure, Workload } from '../lib/types';

const WORKLOAD = 'sse';
const WRITERS = 16;

interface Sizes {
  readonly subscribers: number;
  /** Writes in the latency phase, one at a time. */
  readonly latencyWrites: number;
  /** Events per writer in one throughput run. */
  readonly perWriter: number;
  /** Alternated runs without / with subscribers; the median of each is kept. */
  readonly rounds: number;
}
const QUICK: Sizes = { subscribers: 200, latencyWrites: 24, perWriter: 25, rounds: 2 };
const FULL: Sizes = { subscribers: 1000, latencyWrites: 48, perWriter: 60, rounds: 3 };

/** Milliseconds since the epoch with sub-millisecond resolution, comparable across processes. */
const clock = (): number => performance.timeOrigin + performance.now();

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

// ---------------------------------------------------------------------------
// The subscriber process

type ToChild =
  | { type: 'connect'; url: string; key: string; count: number }
  | { type: 'track'; on: boolean }
  | { type: 'await'; position: number; timeoutMs: number }
  | { type: 'receipts' }
  | { type: 'close' };

type FromChild =
  | { type: 'connected'; start: number; failed: number }
  | { type: 'reached'; all: boolean; behind: number; closed: number }
  | { type: 'receipts'; receipts: Record<string, number[]> }
  | { type: 'closed' };

const ID = Buffer.from('\nid: ');
/** Longer than `\nid: <position>\n`. */
const TAIL = 32;

class Subscriber {
  lastId = -1;
  closed = false;
  /** The end of the previous chunk, for an `id:` line split between two chunks. */
  private tail: Buffer = Buffer.alloc(0);
  private destroy: () => void = () => undefined;

  constructor(private readonly onId: (id: number, at: number) => void) {}

  /**
   * A raw socket, no HTTP parser: the request is written by hand and the bytes
   * are scanned for `\nid: ` as they come. HTTP chunk headers sit between the
   * server's writes, never inside an SSE message, so they do not disturb the scan.
   */
  open(url: string, key: string): Promise<number> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          `GET /stream/events HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${key}\r\nAccept: text/event-stream\r\n\r\n`,
        );
      });
      let ready = false;
      let answered = false;
      socket.on('data', (chunk: Buffer) => {
        if (!answered) {
          answered = true;
          if (!chunk.toString('latin1', 0, 12).startsWith('HTTP/1.1 200')) {
            reject(new Error(`subscribe: ${chunk.toString('latin1', 0, 60)}`));
            socket.destroy();
            return;
          }
        }
        this.read(chunk);
        if (!ready && this.lastId >= 0) {
          ready = true;
          resolve(this.lastId);
        }
      });
      socket.on('close', () => (this.closed = true));
      socket.on('error', (error) => {
        this.closed = true;
        reject(error);
      });
      this.destroy = () => socket.destroy();
    });
  }

  /** Finds every `\nid: <n>\n` in the stream without copying the chunks (only a few bytes across chunk boundaries). */
  private read(chunk: Buffer): void {
    const at = clock();
    if (this.tail.length > 0) {
      const joint = Buffer.concat([this.tail, chunk.subarray(0, TAIL)]);
      for (let i = joint.indexOf(ID); i >= 0 && i < this.tail.length; i = joint.indexOf(ID, i + 1)) {
        const end = joint.indexOf(10, i + ID.length);
        // Complete within the tail: already seen with the previous chunk.
        if (end >= this.tail.length) this.seen(joint, i, end, at);
      }
    }
    for (let i = chunk.indexOf(ID); i >= 0; i = chunk.indexOf(ID, i + 1)) {
      const end = chunk.indexOf(10, i + ID.length);
      if (end < 0) break;
      this.seen(chunk, i, end, at);
    }
    this.tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - TAIL)));
  }

  private seen(buffer: Buffer, i: number, end: number, at: number): void {
    const id = Number(buffer.toString('latin1', i + ID.length, end));
    this.lastId = id;
    this.onId(id, at);
  }

  close(): void {
    this.destroy();
  }
}

function subscriberProcess(): void {
  const subscribers: Subscriber[] = [];
  let tracking = false;
  let receipts: Record<string, number[]> = {};
  const waiters: (() => void)[] = [];
  const onId = (id: number, at: number) => {
    if (tracking) (receipts[id] ??= []).push(at);
    if (waiters.length) for (const w of waiters.splice(0)) w();
  };
  const send = (message: FromChild) => process.send?.(message);

  process.on('message', (message: ToChild) => {
    void (async () => {
      switch (message.type) {
        case 'connect': {
          let failed = 0;
          let start = 0;
          // In waves, so the server's accept backlog is never the bottleneck.
          for (let i = 0; i < message.count; i += 100) {
            const wave = Array.from({ length: Math.min(100, message.count - i) }, () => new Subscriber(onId));
            subscribers.push(...wave);
            const results = await Promise.allSettled(wave.map((s) => s.open(message.url, message.key)));
            for (const r of results) {
              if (r.status === 'fulfilled') start = Math.max(start, r.value);
              else failed++;
            }
          }
          send({ type: 'connected', start, failed });
          break;
        }
        case 'track':
          tracking = message.on;
          break;
        case 'await': {
          const deadline = Date.now() + message.timeoutMs;
          const behind = () => subscribers.filter((s) => !s.closed && s.lastId < message.position).length;
          while (behind() > 0 && Date.now() < deadline) {
            await new Promise<void>((resolve) => {
              waiters.push(resolve);
              setTimeout(resolve, 50);
            });
          }
          const closed = subscribers.filter((s) => s.closed).length;
          send({ type: 'reached', all: behind() === 0 && closed === 0, behind: behind(), closed });
          break;
        }
        case 'receipts':
          send({ type: 'receipts', receipts });
          receipts = {};
          break;
        case 'close':
          for (const s of subscribers.splice(0)) s.close();
          send({ type: 'closed' });
          process.exit(0);
      }
    })();
  });
}

/** The parent's handle on a subscriber process. */
class Subscribers {
  private constructor(private readonly child: ChildProcess) {}

  static async connect(url: string, count: number): Promise<Subscribers> {
    const subscribers = new Subscribers(forkTs('workloads/sse.ts', ['subscribers']));
    const reply = await subscribers.ask<Extract<FromChild, { type: 'connected' }>>({
      type: 'connect',
      url,
      key: KEYS.viewer,
      count,
    });
    if (reply.failed > 0) {
      await subscribers.close();
      throw new Error(`${reply.failed} of ${count} subscribers could not connect`);
    }
    return subscribers;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  ask<T extends FromChild>(message: ToChild): Promise<T> {
    const reply = nextMessage<T>(this.child);
    this.child.send(message);
    return reply;
  }

  track(on: boolean): void {
    this.child.send({ type: 'track', on } satisfies ToChild);
  }

  reached(position: number, timeoutMs: number): Promise<Extract<FromChild, { type: 'reached' }>> {
    return this.ask({ type: 'await', position, timeoutMs });
  }

  async receipts(): Promise<Record<string, number[]>> {
    return (await this.ask<Extract<FromChild, { type: 'receipts' }>>({ type: 'receipts' })).receipts;
  }

  async close(): Promise<void> {
    const done = exited(this.child);
    if (this.child.connected) this.child.send({ type: 'close' } satisfies ToChild);
    await done;
  }
}

// ---------------------------------------------------------------------------
// The workload

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 (utime, stime) in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function statementBody(writer: number, n: number): unknown {
  const example = EXAMPLE_EVENTS.StatementMade;
  return {
    ...example,
    data: { ...example.data, summary: `${example.data.summary} (writer ${writer}, statement ${n})` },
  };
}

export const sseWorkload: Workload = {
  name: WORKLOAD,
  description: 'live fan-out over SSE: delivery latency to N subscribers, and what they cost 16 HTTP writers',

  async run(context: BenchContext): Promise<Figure[]> {
    const sizes = context.quick ? QUICK : FULL;
    const n = sizes.subscribers;
    const dir = await context.tempDir('sse');
    // All the subscribers come from this machine with one key: lift the per-client stream caps for the measurement.
    const app = await startAppProcess(join(dir, 'app'), {
      PARLEY_LIVE_MAX_STREAMS_PER_KEY: '1000000',
      PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS: '1000000',
    });
    const agent = keepAliveAgent(WRITERS);
    let counter = 0;
    let connected: Subscribers | undefined;
    try {
      const ids = Array.from({ length: WRITERS }, (_, w) => `bench-live-${w}`);
      for (const id of ids) {
        expectStatus(
          await postJson(agent, `${app.url}/negotiations`, KEYS.analyst, { ...EXAMPLE_OPEN_NEGOTIATION, id }),
          [201],
          `open ${id}`,
        );
      }
      const post = async (w: number): Promise<number> => {
        const reply = await postJson(
          agent,
          `${app.url}/negotiations/${ids[w]}/events`,
          KEYS.analyst,
          statementBody(w, counter++),
        );
        expectStatus(reply, [201], `POST ${ids[w]}/events`);
        return (JSON.parse(reply.body) as { position: number }).position;
      };
      /** WRITERS loops POSTing `each` developments one at a time: events/s, the last position, the server's CPU ms per event. */
      const drive = async (each: number): Promise<{ rate: number; head: number; cpuPerEvent: number | undefined }> => {
        const cpuBefore = cpuMs(app.pid);
        const start = process.hrtime.bigint();
        const heads = await Promise.all(
          ids.map(async (_, w) => {
            let head = 0;
            for (let i = 0; i < each; i++) head = await post(w);
            return head;
          }),
        );
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        const cpuAfter = cpuMs(app.pid);
        const cpuPerEvent =
          cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / (WRITERS * each);
        return { rate: (WRITERS * each) / seconds, head: Math.max(...heads), cpuPerEvent };
      };

      context.log('sse: warm-up…');
      await drive(context.quick ? 5 : 15);

      // --- latency ------------------------------------------------------------------------
      context.log(`sse: connecting ${n} subscribers…`);
      connected = await Subscribers.connect(app.url, n);
      context.log(`sse: delivery latency over ${sizes.latencyWrites} writes, one at a time…`);
      const acks = new Map<number, number>();
      let late = 0;
      connected.track(true);
      for (let i = 0; i < sizes.latencyWrites; i++) {
        const position = await post(i % WRITERS);
        acks.set(position, clock());
        if (!(await connected.reached(position, 5000)).all) late++;
      }
      connected.track(false);
      const receipts = await connected.receipts();
      const latencies: number[] = [];
      let early = 0;
      for (const [position, ack] of acks) {
        for (const at of receipts[String(position)] ?? []) {
          if (at < ack) early++;
          latencies.push(Math.max(0, at - ack));
        }
      }
      latencies.sort((a, b) => a - b);

      // --- writer cost ----------------------------------------------------------------------
      const without: { rate: number; cpu: number | undefined }[] = [];
      const withSubscribers: { rate: number; cpu: number | undefined }[] = [];
      const clientCpuPerEvent: number[] = [];
      let incomplete = 0;
      for (let round = 0; round < sizes.rounds; round++) {
        connected ??= await Subscribers.connect(app.url, n);
        context.log(
          `sse: round ${round + 1}/${sizes.rounds}: ${WRITERS} writers × ${sizes.perWriter}, ${n} subscribers…`,
        );
        const clientCpu = cpuMs(connected.pid);
        const run = await drive(sizes.perWriter);
        withSubscribers.push({ rate: run.rate, cpu: run.cpuPerEvent });
        const clientCpuAfter = cpuMs(connected.pid);
        if (clientCpu !== undefined && clientCpuAfter !== undefined)
          clientCpuPerEvent.push((clientCpuAfter - clientCpu) / (WRITERS * sizes.perWriter));
        const reached = await connected.reached(run.head, 30_000);
        if (!reached.all) incomplete += reached.behind + reached.closed;
        await connected.close();
        connected = undefined;
        context.log(
          `sse: round ${round + 1}/${sizes.rounds}: ${WRITERS} writers × ${sizes.perWriter}, no subscribers…`,
        );
        const alone = await drive(sizes.perWriter);
        without.push({ rate: alone.rate, cpu: alone.cpuPerEvent });
      }

      const cpu = (runs: { cpu: number | undefined }[]) =>
        runs.every((r) => r.cpu !== undefined) ? median(runs.map((r) => r.cpu as number)) : undefined;
      const [cpuWith, cpuWithout] = [cpu(withSubscribers), cpu(without)];
      const figures: Figure[] = [
        {
          workload: WORKLOAD,
          name: `live update to ${n} subscribers, p99`,
          value: percentile(latencies, 0.99),
          unit: 'ms',
          limit: 100,
          detail:
            `from the writer's 201 to each subscriber's receipt; p50 ${percentile(latencies, 0.5).toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms; ` +
            `${latencies.length}/${acks.size * n} deliveries over ${acks.size} writes one at a time` +
            `${early ? `, ${early} before the 201 (counted 0)` : ''}${late ? `, ${late} writes not delivered to all within 5 s` : ''}`,
        },
        {
          workload: WORKLOAD,
          name: `${WRITERS} writers with ${n} subscribers`,
          value: median(withSubscribers.map((r) => r.rate)),
          unit: 'events/s',
          baseline: { name: 'no subscribers', value: median(without.map((r) => r.rate)) },
          goal: 0.9,
          detail:
            `${WRITERS}×${sizes.perWriter} POSTs per run, median of ${sizes.rounds} alternated runs; each subscriber receives every event` +
            (incomplete ? ` — ${incomplete} subscriber(s) fell behind or were cut off` : ' (all did)'),
        },
      ];
      if (cpuWith !== undefined && cpuWithout !== undefined) {
        figures.push({
          workload: WORKLOAD,
          name: `server CPU per write, ${n} subscribers`,
          value: cpuWith,
          unit: 'ms',
          detail:
            `the app process's CPU time per event written, its fan-out to ${n} subscribers included, vs ${cpuWithout.toFixed(2)} ms with none ` +
            `(+${(((cpuWith - cpuWithout) / cpuWithout) * 100).toFixed(0)} %); the ${n} subscribers' own process used ` +
            `${clientCpuPerEvent.length ? median(clientCpuPerEvent).toFixed(2) : '?'} ms per event on the same ${cpus().length} cores (load average ${loadavg()[0]!.toFixed(1)})`,
        });
      }
      return figures;
    } finally {
      await connected?.close();
      agent.destroy();
      await app.stop();
    }
  },
};

if (require.main === module && process.argv[2] === 'subscribers') subscriberProcess();
