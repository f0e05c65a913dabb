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
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import { KEYS, startAppProcess } from '../lib/app-process';
import { exited, forkBench, nextMessage } from '../lib/child';
import { expectStatus, getJson, keepAliveAgent, postJson } from '../lib/http';
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
  | { type: 'stats' }
  | { type: 'close' };

type FromChild =
  | { type: 'connected'; start: number; failed: number }
  | { type: 'reached'; all: boolean; behind: number; closed: number }
  | { type: 'receipts'; receipts: Record<string, number[]> }
  | { type: 'stats'; stats: ReadStats }
  | { type: 'closed' };

const ID = Buffer.from('\nid: ');
/** Longer than `\nid: <position>\n`. */
const TAIL = 32;
/**
 * What every socket of the subscriber process reads into. Node reads one socket at a time and
 * `Subscriber.read` is done with the bytes before it returns, so one buffer serves them all.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/** What the subscriber process has read so far, all sockets together. */
interface ReadStats {
  readonly bytes: number;
  /** Socket reads that returned data. */
  readonly reads: number;
  /** Messages (`id:` lines) seen. */
  readonly ids: number;
  /** `id:`s not above the one before on the same socket: a duplicate or an event out of order (must stay 0). */
  readonly disorder: number;
}

class Subscriber {
  lastId = -1;
  closed = false;
  /** The end of the previous read, for an `id:` line split between two reads. */
  private tail = Buffer.alloc(TAIL);
  private tailLength = 0;
  private destroy: () => void = () => undefined;

  constructor(
    private readonly onId: (subscriber: Subscriber, id: number, at: number) => void,
    private readonly stats: { bytes: number; reads: number; ids: number; disorder: number },
  ) {}

  /**
   * A raw socket, no HTTP parser: the request is written by hand and the bytes
   * are scanned for `\nid: ` as they come. HTTP chunk headers sit between the
   * server's writes, never inside an SSE message, so they do not disturb the
   * scan. Reads land in one reused buffer (`onread`), so a read allocates
   * nothing — every byte is still read and scanned, every message's id parsed.
   */
  open(url: string, key: string): Promise<number> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      let ready = false;
      let answered = false;
      const socket = connect({
        port: Number(port),
        host: hostname,
        onread: {
          buffer: READ_BUFFER,
          callback: (length: number, buffer: Uint8Array): boolean => {
            const chunk = Buffer.from(buffer.buffer, buffer.byteOffset, length);
            if (!answered) {
              answered = true;
              if (!chunk.toString('latin1', 0, 12).startsWith('HTTP/1.1 200')) {
                reject(new Error(`subscribe: ${chunk.toString('latin1', 0, 60)}`));
                socket.destroy();
                return false;
              }
            }
            this.read(chunk);
            if (!ready && this.lastId >= 0) {
              ready = true;
              resolve(this.lastId);
            }
            return true;
          },
        },
      });
      socket.on('connect', () => {
        socket.write(
          `GET /stream/events HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${key}\r\nAccept: text/event-stream\r\n\r\n`,
        );
      });
      socket.on('close', () => (this.closed = true));
      socket.on('error', (error) => {
        this.closed = true;
        reject(error);
      });
      this.destroy = () => socket.destroy();
    });
  }

  /** Finds every `\nid: <n>\n` in the stream without copying the reads (only a few bytes across read boundaries). */
  private read(chunk: Buffer): void {
    const at = clock();
    this.stats.bytes += chunk.length;
    this.stats.reads++;
    if (this.tailLength > 0) {
      // An `id:` line that starts in the tail and ends in this read.
      const joint = Buffer.concat([this.tail.subarray(0, this.tailLength), chunk.subarray(0, TAIL)]);
      for (let i = joint.indexOf(ID); i >= 0 && i < this.tailLength; i = joint.indexOf(ID, i + 1)) {
        const end = joint.indexOf(10, i + ID.length);
        // Complete within the tail: already seen with the previous read.
        if (end >= this.tailLength) this.seen(joint, i, end, at);
      }
    }
    for (let i = chunk.indexOf(ID); i >= 0; i = chunk.indexOf(ID, i + 1)) {
      const end = chunk.indexOf(10, i + ID.length);
      if (end < 0) break;
      this.seen(chunk, i, end, at);
    }
    this.tailLength = chunk.copy(this.tail, 0, Math.max(0, chunk.length - TAIL));
  }

  private seen(buffer: Buffer, i: number, end: number, at: number): void {
    let id = 0;
    for (let j = i + ID.length; j < end; j++) id = id * 10 + buffer[j]! - 48;
    if (id <= this.lastId) this.stats.disorder++;
    this.stats.ids++;
    this.lastId = id;
    this.onId(this, id, at);
  }

  close(): void {
    this.destroy();
  }
}

function subscriberProcess(): void {
  const subscribers: Subscriber[] = [];
  const stats = { bytes: 0, reads: 0, ids: 0, disorder: 0 };
  let tracking = false;
  let receipts: Record<string, number[]> = {};
  // Subscribers at or past the position awaited (`await`): counted as they pass it, not recounted at every id.
  let target = Number.POSITIVE_INFINITY;
  let reachedTarget = 0;
  let wake: (() => void) | undefined;
  const passed = new Set<Subscriber>();
  const onId = (subscriber: Subscriber, id: number, at: number) => {
    if (tracking) (receipts[id] ??= []).push(at);
    if (id >= target && !passed.has(subscriber)) {
      passed.add(subscriber);
      reachedTarget++;
      if (wake && reachedTarget === subscribers.length) wake();
    }
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
            const wave = Array.from({ length: Math.min(100, message.count - i) }, () => new Subscriber(onId, stats));
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
          passed.clear();
          for (const s of subscribers) if (s.lastId >= message.position) passed.add(s);
          reachedTarget = passed.size;
          target = message.position;
          const open = () => subscribers.filter((s) => !s.closed);
          // Woken when the last one gets there, or every 50 ms to notice closed sockets and the deadline.
          const deadline = Date.now() + message.timeoutMs;
          while (open().some((s) => !passed.has(s)) && Date.now() < deadline) {
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, 50);
            });
            wake = undefined;
          }
          target = Number.POSITIVE_INFINITY;
          const behind = open().filter((s) => !passed.has(s)).length;
          const closed = subscribers.length - open().length;
          send({ type: 'reached', all: behind === 0 && closed === 0, behind, closed });
          break;
        }
        case 'receipts':
          send({ type: 'receipts', receipts });
          receipts = {};
          break;
        case 'stats':
          send({ type: 'stats', stats: { ...stats } });
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
    const subscribers = new Subscribers(forkBench('workloads/sse', ['subscribers']));
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

  async stats(): Promise<ReadStats> {
    return (await this.ask<Extract<FromChild, { type: 'stats' }>>({ type: 'stats' })).stats;
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

/**
 * The physical floor of the fan-out on this machine: a bare Node server (this
 * process, nothing else running in it) writes the same bytes the app wrote —
 * `eventBytes` per event, `perWrite` events per socket write, one shared Buffer
 * per write — to `n` raw sockets read by the same kind of subscriber process,
 * `writes` times, one every `intervalMs` (the app's pace). CPU
 * µs per event and subscriber: the server's (its socket writes, which on
 * loopback include the kernel's delivery to the reader's socket) and the readers'.
 */
async function rawFanOut(
  n: number,
  eventBytes: number,
  perWrite: number,
  writes: number,
  intervalMs: number,
): Promise<{ serverUs: number; readersUs: number }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    sockets.push(socket);
    socket.once('data', () =>
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\nid: 0\nevent: ready\ndata: {}\n\n'),
    );
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const readers = await Subscribers.connect(`http://127.0.0.1:${port}`, n);
  try {
    let position = 0;
    const frame = () => {
      const head = `id: ${++position}\nevent: event\ndata: `;
      return `${head}${'x'.repeat(Math.max(1, eventBytes - head.length - 2))}\n\n`;
    };
    const cpuBefore = process.cpuUsage();
    const readersBefore = cpuMs(readers.pid);
    for (let w = 0; w < writes; w++) {
      const chunk = Buffer.from(Array.from({ length: perWrite }, frame).join(''));
      for (const socket of sockets) socket.write(chunk);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
    const used = process.cpuUsage(cpuBefore);
    const readersAfter = cpuMs(readers.pid);
    const reached = await readers.reached(position, 10_000);
    if (!reached.all) throw new Error(`raw fan-out: ${reached.behind + reached.closed} of ${n} readers fell behind`);
    const deliveries = writes * perWrite * n;
    return {
      serverUs: (used.user + used.system) / deliveries,
      readersUs:
        readersBefore === undefined || readersAfter === undefined
          ? Number.NaN
          : ((readersAfter - readersBefore) * 1000) / deliveries,
    };
  } finally {
    await readers.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
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
      /** The CPU ms the app has spent writing the feed to its clients (its flushes), from its /metrics. */
      const fanOutCpuMs = async (): Promise<number> => {
        const reply = await getJson(agent, `${app.url}/metrics`, KEYS.viewer);
        expectStatus(reply, [200], 'GET /metrics');
        const line = reply.body.split('\n').find((l) => l.startsWith('parley_sse_fanout_cpu_seconds_total '));
        return line === undefined ? Number.NaN : Number(line.split(' ')[1]) * 1000;
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
      /** Per event and subscriber, in each run with subscribers: bytes read, and socket reads (1 / events per write). */
      const bytesPerDelivery: number[] = [];
      /** The app's flushes, CPU ms per event (measured in the app). */
      const fanOutPerEvent: number[] = [];
      const readsPerDelivery: number[] = [];
      let incomplete = 0;
      let disorder = 0;
      for (let round = 0; round < sizes.rounds; round++) {
        connected ??= await Subscribers.connect(app.url, n);
        context.log(
          `sse: round ${round + 1}/${sizes.rounds}: ${WRITERS} writers × ${sizes.perWriter}, ${n} subscribers…`,
        );
        const clientCpu = cpuMs(connected.pid);
        const readBefore = await connected.stats();
        const fanOutBefore = await fanOutCpuMs();
        const run = await drive(sizes.perWriter);
        fanOutPerEvent.push(((await fanOutCpuMs()) - fanOutBefore) / (WRITERS * sizes.perWriter));
        withSubscribers.push({ rate: run.rate, cpu: run.cpuPerEvent });
        const clientCpuAfter = cpuMs(connected.pid);
        if (clientCpu !== undefined && clientCpuAfter !== undefined)
          clientCpuPerEvent.push((clientCpuAfter - clientCpu) / (WRITERS * sizes.perWriter));
        const reached = await connected.reached(run.head, 30_000);
        if (!reached.all) incomplete += reached.behind + reached.closed;
        const readAfter = await connected.stats();
        const deliveries = WRITERS * sizes.perWriter * n;
        bytesPerDelivery.push((readAfter.bytes - readBefore.bytes) / deliveries);
        readsPerDelivery.push((readAfter.reads - readBefore.reads) / deliveries);
        disorder += readAfter.disorder; // this process's whole life: each round has its own
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
            (incomplete ? ` — ${incomplete} subscriber(s) fell behind or were cut off` : ' (all did)') +
            (disorder ? `, ${disorder} id(s) duplicated or out of order` : ', each id once, in order') +
            `; per event and subscriber ${median(bytesPerDelivery).toFixed(0)} bytes read in ${median(readsPerDelivery).toFixed(3)} socket reads` +
            ` (${(1 / median(readsPerDelivery)).toFixed(1)} events per write)`,
        },
      ];
      // --- the floor: the same bytes fanned out by a bare server ------------------------------
      const eventBytes = Math.round(median(bytesPerDelivery));
      const perWrite = Math.max(1, Math.round(1 / median(readsPerDelivery)));
      context.log(`sse: raw fan-out floor: ${eventBytes} B × ${perWrite} events per write to ${n} sockets…`);
      const interval = (1000 * perWrite) / median(withSubscribers.map((r) => r.rate));
      const floor = await rawFanOut(n, eventBytes, perWrite, context.quick ? 30 : 60, interval);
      const fanOutMs = median(fanOutPerEvent);
      const appUs = (fanOutMs * 1000) / n;
      figures.push({
        workload: WORKLOAD,
        name: `fan-out floor: bare server, ${n} raw sockets, CPU per event`,
        value: ((floor.serverUs + floor.readersUs) * n) / 1000,
        unit: 'ms',
        detail:
          `${eventBytes} B per event, ${perWrite} events per write every ${interval.toFixed(0)} ms (as in the app's runs), one shared Buffer per write: ` +
          `server ${floor.serverUs.toFixed(2)} µs + readers ${floor.readersUs.toFixed(2)} µs per event and subscriber; ` +
          `the app's flushes (its /metrics) ${appUs.toFixed(2)} µs per event and subscriber`,
      });
      if (cpuWith !== undefined && cpuWithout !== undefined) {
        figures.push({
          workload: WORKLOAD,
          name: `server CPU per write, ${n} subscribers`,
          value: cpuWith,
          unit: 'ms',
          detail:
            `the app process's CPU time per event written, its fan-out to ${n} subscribers included, vs ${cpuWithout.toFixed(2)} ms with none ` +
            `(+${(((cpuWith - cpuWithout) / cpuWithout) * 100).toFixed(0)} %), of which its flushes (framing and socket writes, from its /metrics) ` +
            `${fanOutMs.toFixed(2)} ms; the ${n} subscribers' own process used ` +
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
