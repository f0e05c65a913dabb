/**
 * Helpers for the live (SSE) specs: a real SSE client (the `eventsource`
 * package — its CommonJS build, which jest can load), a raw socket that stops
 * reading, a TCP proxy whose connections can be cut, and recording shortcuts
 * over HTTP.
 */
import * as net from 'node:net';
import { EventSource } from 'eventsource';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import type { TestApp } from '../../support/app';

export interface SseMessage {
  readonly type: string;
  readonly id: string;
  readonly data: string;
}

/** The message types the live routes send. */
const TYPES = ['ready', 'event', 'deleted', 'overflow', 'status', 'matrix', 'escalation'] as const;

/**
 * Records every message an EventSource receives and lets a spec await a
 * condition on them. The EventSource reconnects by itself (with
 * Last-Event-ID) when its connection drops, as a browser's would.
 */
export class SseRecorder {
  readonly messages: SseMessage[] = [];
  readonly source: EventSource;
  private readonly checks = new Set<() => void>();
  errors = 0;

  constructor(url: string, options: { headers?: Record<string, string> } = {}) {
    const extra = options.headers ?? {};
    this.source = new EventSource(url, {
      fetch: (input, init) =>
        fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...extra } }),
    });
    for (const type of TYPES) {
      this.source.addEventListener(type, (e) => {
        const m = e as MessageEvent<string>;
        this.messages.push({ type, id: m.lastEventId, data: m.data });
        for (const check of this.checks) check();
      });
    }
    this.source.addEventListener('error', () => {
      this.errors++;
      for (const check of this.checks) check();
    });
  }

  of(type: string): SseMessage[] {
    return this.messages.filter((m) => m.type === type);
  }

  /** Global positions of the `event` messages, in the order received. */
  positions(): number[] {
    return this.of('event').map((m) => Number(m.id));
  }

  lastId(): string {
    return this.messages[this.messages.length - 1]?.id ?? '';
  }

  /** Resolves when `condition` holds (checked on every message); rejects after `timeoutMs` saying what was awaited. */
  until(condition: (r: SseRecorder) => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (condition(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition(this)) return;
        this.checks.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.checks.delete(check);
        reject(
          new Error(
            `timed out waiting for ${what}; got ${this.messages.length} messages (${this.positions().length} events, last id ${this.lastId()})`,
          ),
        );
      }, timeoutMs);
      this.checks.add(check);
    });
  }

  /** Resolves once the client holds the event at `position` (or a later one). */
  reach(position: number, timeoutMs?: number): Promise<void> {
    return this.until((r) => r.positions().some((p) => p >= position), `position ${position}`, timeoutMs);
  }

  close(): void {
    this.source.close();
  }
}

/** Sets `PARLEY_LIVE_*` (read from the process environment) for apps started afterwards in this spec file. */
export function liveEnv(vars: Record<string, string>): void {
  Object.assign(process.env, vars);
}

// ---------------------------------------------------------------------------
// Recording over HTTP

export interface WriteResult {
  readonly position: number;
  readonly revision: number;
  readonly events: readonly { readonly eventId: string; readonly position: number }[];
}

async function post(t: TestApp, path: string, body: unknown, key?: string): Promise<WriteResult> {
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST ${path}: HTTP ${res.status} ${text.slice(0, 400)}`);
  return JSON.parse(text) as WriteResult;
}

export function openNegotiation(t: TestApp, id: string, key?: string): Promise<WriteResult> {
  return post(t, '/negotiations', { ...EXAMPLE_OPEN_NEGOTIATION, id }, key);
}

/** A valid development with a distinguishing summary; `pad` makes it bigger (the text limit is 4000 characters per field). */
export function statement(n: number, pad = 0): typeof EXAMPLE_EVENTS.StatementMade {
  const example = EXAMPLE_EVENTS.StatementMade;
  const filler = pad > 0 ? ` ${'…context of the statement; '.repeat(Math.ceil(pad / 27)).slice(0, pad)}` : '';
  return {
    ...example,
    data: {
      ...example.data,
      summary: `Statement ${n}.${filler}`.slice(0, 4000),
      ...(pad > 0 ? { quote: filler.slice(0, 4000) } : {}),
    },
    ...(pad > 0 ? { note: filler.slice(0, 4000) } : {}),
  };
}

export function record(t: TestApp, negotiationId: string, body: unknown, key?: string): Promise<WriteResult> {
  return post(t, `/negotiations/${negotiationId}/events`, body, key);
}

export function recordBatch(
  t: TestApp,
  negotiationId: string,
  events: readonly unknown[],
  key?: string,
): Promise<WriteResult> {
  return post(t, `/negotiations/${negotiationId}/events:batch`, { events }, key);
}

/** The whole log as `GET /admin/export` gives it: global positions and event ids, in order. */
export async function exportedLog(t: TestApp, key?: string): Promise<{ position: number; id: string }[]> {
  const res = await fetch(`${t.url}/admin/export`, { headers: key ? { Authorization: `Bearer ${key}` } : {} });
  if (res.status !== 200) throw new Error(`export: HTTP ${res.status}`);
  return (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { position: number; id: string })
    .map(({ position, id }) => ({ position, id }));
}

export async function metric(t: TestApp, line: RegExp, key?: string): Promise<number> {
  const text = await (
    await fetch(`${t.url}/metrics`, { headers: key ? { Authorization: `Bearer ${key}` } : {} })
  ).text();
  const match = text.split('\n').find((l) => line.test(l));
  return match === undefined ? NaN : Number(match.split(' ').pop());
}

// ---------------------------------------------------------------------------
// Sockets

/**
 * A raw HTTP/1.1 client on a plain socket: sends the request, reads until
 * `pause()` — after which it reads nothing, like a stuck consumer — and can
 * `resume()` and collect the rest of the (chunked) body until it ends.
 */
export class RawStream {
  private readonly socket: net.Socket;
  private received = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  ended = false;

  constructor(url: string, path: string) {
    const { hostname, port } = new URL(url);
    this.socket = net.connect(Number(port), hostname, () => {
      this.socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nAccept: text/event-stream\r\n\r\n`);
    });
    this.socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      if (this.received.subarray(-5).toString('latin1') === '0\r\n\r\n') this.ended = true;
      this.notify();
    });
    this.socket.on('close', () => {
      this.ended = true;
      this.notify();
    });
    this.socket.on('error', () => undefined);
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** The body so far, de-chunked. */
  body(): string {
    const text = this.received.toString('latin1');
    const start = text.indexOf('\r\n\r\n');
    if (start < 0) return '';
    let out = Buffer.alloc(0);
    let at = start + 4;
    const raw = this.received;
    for (;;) {
      const lineEnd = raw.indexOf('\r\n', at);
      if (lineEnd < 0) break;
      const size = parseInt(raw.subarray(at, lineEnd).toString('latin1'), 16);
      if (!Number.isFinite(size) || size === 0) break;
      if (lineEnd + 2 + size > raw.length) break;
      out = Buffer.concat([out, raw.subarray(lineEnd + 2, lineEnd + 2 + size)]);
      at = lineEnd + 2 + size + 2;
    }
    return out.toString('utf8');
  }

  messages(): SseMessage[] {
    return this.body()
      .split('\n\n')
      .filter((block) => block.includes('data: '))
      .map((block) => {
        const field = (name: string) =>
          block
            .split('\n')
            .find((l) => l.startsWith(`${name}: `))
            ?.slice(name.length + 2) ?? '';
        return { type: field('event') || 'message', id: field('id'), data: field('data') };
      });
  }

  async until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`raw stream: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, Math.max(1, deadline - Date.now())).unref();
      });
    }
  }

  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** A TCP proxy in front of the app whose connections can be cut, to drop clients mid-stream. */
export async function startProxy(targetUrl: string): Promise<{ url: string; cut(): number; close(): Promise<void> }> {
  const { hostname, port } = new URL(targetUrl);
  const pairs = new Set<[net.Socket, net.Socket]>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', drop).on('error', drop);
    upstream.on('close', drop).on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: proxyPort } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    cut() {
      const n = pairs.size;
      for (const [client, upstream] of [...pairs]) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
      return n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const [client, upstream] of pairs) {
          client.destroy();
          upstream.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
