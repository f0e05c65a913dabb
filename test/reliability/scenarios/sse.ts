/**
 * Subscribers under load: while writers append single events and batches to
 * several negotiations, SSE clients on `GET /stream/events` (some filtered to
 * one negotiation) drop their connection at random moments — sometimes in the
 * middle of a message — and resume on a new one with `Last-Event-ID`, as a
 * browser's EventSource does. When the writers stop, each client has
 * received exactly the log after the point it started from: every event
 * once, in position order, with the log's ids.
 */
import assert from 'node:assert/strict';
import { call, demandBatch, exportLog, expectStatus, openBody, statement, type Json } from '../support/api';

export interface SseOptions {
  readonly url: string;
  readonly key?: string;
  readonly writers: number;
  /** Writes per writer (every fourth a three-event batch). */
  readonly writesEach: number;
  readonly clients: number;
  /** A client drops its connection after a random 1…this many events (or a random few ms). */
  readonly dropAfterEvents: number;
  readonly prefix: string;
}

export interface SseFigures {
  readonly clients: number;
  readonly events: number;
  readonly connections: number;
  readonly resumes: number;
  readonly received: number;
  readonly duplicates: number;
  readonly gaps: number;
  /** Clients that got every event once, but not in the log's order (or with other ids). */
  readonly disordered: number;
}

interface Message {
  readonly type: string;
  readonly id: string;
  readonly data: string;
}

/** Parses complete SSE messages out of `buffer`; returns them and what is left (a message cut short). */
function parse(buffer: string): { messages: Message[]; rest: string } {
  const messages: Message[] = [];
  let rest = buffer;
  for (let end = rest.indexOf('\n\n'); end >= 0; end = rest.indexOf('\n\n')) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    let type = 'message';
    let id = '';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0 || type !== 'message') messages.push({ type, id, data: data.join('\n') });
  }
  return { messages, rest };
}

class ResumingClient {
  /** Positions of the `event` messages received, over every connection, in order. */
  readonly positions: number[] = [];
  readonly ids: string[] = [];
  lastId = '';
  start = -1;
  connections = 0;
  /** The last position this client must see; set when the writers are done. */
  target = Number.POSITIVE_INFINITY;
  private stopped = false;
  private controller?: AbortController;

  constructor(
    private readonly url: string,
    private readonly path: string,
    private readonly key: string | undefined,
    private readonly dropAfter: number,
  ) {}

  private done(): boolean {
    return this.lastId !== '' && Number(this.lastId) >= this.target;
  }

  /** Stops at once if the target is already reached (the stream may stay quiet until the next keep-alive). */
  nudge(): void {
    if (this.done()) {
      this.stopped = true;
      this.controller?.abort();
    }
  }

  /** Follows the stream, dropping and resuming, until it has seen its target position. */
  async run(): Promise<void> {
    while (!this.stopped) {
      this.connections++;
      const controller = new AbortController();
      this.controller = controller;
      const headers: Record<string, string> = {
        Accept: 'text/event-stream',
        ...(this.key ? { Authorization: `Bearer ${this.key}` } : {}),
      };
      if (this.lastId) headers['Last-Event-ID'] = this.lastId;
      // Drop after a random number of events, or at a random moment (maybe mid-message).
      const budget = 1 + Math.floor(Math.random() * this.dropAfter);
      const timer =
        Math.random() < 0.3 ? setTimeout(() => controller.abort(), Math.floor(Math.random() * 40)) : undefined;
      let seen = 0;
      try {
        const res = await fetch(`${this.url}${this.path}`, { headers, signal: controller.signal });
        // The key's streams are all open: those this client dropped are let go of once the server sees their
        // sockets close, which can come after the resume. A resuming client waits as it is told, and resumes.
        if (res.status === 429) {
          const { code, details } = (await res.json()) as { code?: string; details?: { retryAfterSeconds?: number } };
          assert.equal(code, 'too-many-streams', 'a 429 that is not the open-streams limit');
          await new Promise((resolve) => setTimeout(resolve, (details?.retryAfterSeconds ?? 1) * 1000));
          continue;
        }
        if (res.status !== 200)
          assert.fail(`SSE ${this.path} with Last-Event-ID ${this.lastId}: ${res.status} ${await res.text()}`);
        const reader = res.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const { messages, rest } = parse(buffer);
          buffer = rest;
          for (const m of messages) {
            if (m.id) this.lastId = m.id;
            if (m.type === 'ready' && this.start < 0) this.start = Number(m.id);
            if (m.type === 'event') {
              const event = JSON.parse(m.data) as Json;
              assert.equal(String(event.position), m.id, 'an event message whose id is not its position');
              this.positions.push(event.position as number);
              this.ids.push(event.eventId as string);
              seen++;
            }
            // overflow: the server gave up on this connection; resume like any other drop.
          }
          if (this.done()) {
            this.stopped = true;
            break;
          }
          if (seen >= budget) break;
        }
      } catch (error) {
        if ((error as Error).name !== 'AbortError') throw error;
      } finally {
        clearTimeout(timer);
        controller.abort();
      }
    }
  }
}

export async function sseScenario(options: SseOptions): Promise<SseFigures> {
  const { url, key } = options;
  const negotiations = Array.from({ length: Math.max(2, options.writers) }, (_, i) => `${options.prefix}-${i}`);
  for (const id of negotiations)
    expectStatus(await call(url, '/negotiations', { body: openBody(id), key }), 201, `open ${id}`);

  // Half follow everything from "now", a quarter replay from the start, a quarter one negotiation.
  const clients = Array.from({ length: options.clients }, (_, c) => {
    const path =
      c % 4 === 3
        ? `/stream/events?negotiation=${negotiations[c % negotiations.length]}`
        : c % 4 === 2
          ? '/stream/events?from=0'
          : '/stream/events';
    return new ResumingClient(url, path, key, options.dropAfterEvents);
  });
  const following = clients.map((client) => client.run());
  // Every client is connected (has its start) before the writers begin.
  while (clients.some((c) => c.start < 0)) await new Promise((r) => setTimeout(r, 10));

  await Promise.all(
    Array.from({ length: options.writers }, async (_, w) => {
      for (let n = 0; n < options.writesEach; n++) {
        const id = negotiations[(w + n) % negotiations.length]!;
        const batch = n % 4 === 3;
        expectStatus(
          await call(url, `/negotiations/${id}/events${batch ? ':batch' : ''}`, {
            body: batch ? { events: demandBatch(n, `${options.prefix}-${w}-${n}`) } : statement(w * 1000 + n),
            key,
          }),
          201,
          'write',
        );
      }
    }),
  );
  const log = await exportLog(url, key);
  for (const [c, client] of clients.entries()) {
    const filter = c % 4 === 3 ? `negotiation-${negotiations[c % negotiations.length]}` : undefined;
    client.target = log.filter((l) => !filter || l.stream === filter).at(-1)!.position;
    client.nudge();
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(following),
    new Promise((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `SSE clients did not reach the end of the log: ${clients.map((c) => `${c.lastId}/${c.target}`).join(', ')}`,
            ),
          ),
        30_000,
      );
    }),
  ]).finally(() => clearTimeout(timer));

  let received = 0;
  let duplicates = 0;
  let gaps = 0;
  let disordered = 0;
  for (const [c, client] of clients.entries()) {
    const filter = c % 4 === 3 ? `negotiation-${negotiations[c % negotiations.length]}` : undefined;
    const expected = log.filter((l) => l.position > client.start && (!filter || l.stream === filter));
    const got = new Set(client.positions);
    duplicates += client.positions.length - got.size;
    gaps += expected.filter((l) => !got.has(l.position)).length;
    // Exactly the log, in order, with its ids (a client with a duplicate or a gap is counted above, not here too).
    const exact =
      JSON.stringify(client.positions) === JSON.stringify(expected.map((l) => l.position)) &&
      JSON.stringify(client.ids) === JSON.stringify(expected.map((l) => l.id));
    if (!exact && got.size === client.positions.length && got.size === expected.length) disordered++;
    received += client.positions.length;
  }
  const connections = clients.reduce((n, c) => n + c.connections, 0);
  return {
    clients: clients.length,
    events: log.length,
    connections,
    resumes: connections - clients.length,
    received,
    duplicates,
    gaps,
    disordered,
  };
}
