/**
 * HTTP helpers for the reliability scenarios: plain `fetch` (Node's, which
 * keeps connections alive), the exported log, its shape, and valid
 * developments to write under load. No jest in here: the same code runs in
 * `npm test` (small bounds) and in `npm run torture` (large ones), and
 * reports a broken promise by throwing an AssertionError.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are checked field by field */
export type Json = any;

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Parsed when the response is JSON. */
  readonly body: Json;
}

export interface RequestOptions {
  readonly method?: string;
  /** An object or array is sent as JSON; a string or Buffer as it is. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly key?: string;
  readonly signal?: AbortSignal;
}

export async function call(url: string, path: string, options: RequestOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...(options.key ? { Authorization: `Bearer ${options.key}` } : {}) };
  let body: string | Uint8Array | undefined;
  if (typeof options.body === 'string') body = options.body;
  else if (Buffer.isBuffer(options.body)) body = new Uint8Array(options.body);
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(`${url}${path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { ...headers, ...options.headers },
    body: body as BodyInit | undefined,
    signal: options.signal,
  });
  const text = await res.text();
  let parsed: Json;
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

export function expectStatus(reply: Reply, status: number, what: string): Reply {
  assert.equal(reply.status, status, `${what}: expected ${status}, got ${reply.status}: ${reply.text.slice(0, 1000)}`);
  return reply;
}

// ---------------------------------------------------------------------------
// The log

export interface LogLine {
  readonly position: number;
  readonly stream: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: Json;
  readonly metadata: Json;
  readonly recordedAt: string;
}

/** `GET /admin/export`: the whole log, in position order. */
export async function exportLog(url: string, key?: string): Promise<LogLine[]> {
  const reply = expectStatus(await call(url, '/admin/export', { key }), 200, 'GET /admin/export');
  return reply.text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine);
}

/** The JSONL text of a log, as export writes it. */
export function toJsonl(lines: readonly LogLine[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

/** Positions 1…n with no gap, and every stream's revisions 0…k in position order. */
export function assertWellFormed(lines: readonly LogLine[], where: string): void {
  lines.forEach((line, i) => assert.equal(line.position, i + 1, `${where}: position gap before ${line.id}`));
  const next = new Map<string, number>();
  for (const line of lines) {
    const expected = next.get(line.stream) ?? 0;
    assert.equal(
      line.revision,
      expected,
      `${where}: ${line.stream} jumps from revision ${expected - 1} to ${line.revision}`,
    );
    next.set(line.stream, expected + 1);
  }
  assert.equal(new Set(lines.map((l) => l.id)).size, lines.length, `${where}: an event id appears twice`);
}

export async function headPosition(url: string): Promise<number> {
  return expectStatus(await call(url, '/health'), 200, 'GET /health').body.store.headPosition as number;
}

// ---------------------------------------------------------------------------
// Valid writes

export function openBody(id: string): Json {
  return { ...EXAMPLE_OPEN_NEGOTIATION, id };
}

const TONES = ['conciliatory', 'neutral', 'critical', 'accusation', 'warning', 'threat', 'military-threat'] as const;
const STANCES = ['accepted', 'rejected', 'conditional', 'counter-proposed', 'accepted-in-principle'] as const;

/** A day between the opening (2025-10-18) and the end of November 2025, so that writes are often backdated. */
function day(n: number): string {
  const d = new Date(Date.UTC(2025, 9, 18) + (Math.abs(n) % 44) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A statement (single write): changes the escalation index. */
export function statement(n: number, eventId: string = randomUUID()): Json {
  const example = EXAMPLE_EVENTS.StatementMade;
  return {
    ...example,
    eventId,
    occurredAt: day(n * 7),
    data: { ...example.data, tone: TONES[n % TONES.length], summary: `Statement ${n}.` },
  };
}

/**
 * A batch that only makes sense whole: a demand, a party's position on it
 * and a statement about it — the matrix shows a row only when both landed.
 */
export function demandBatch(n: number, tag: string = randomUUID().slice(0, 8)): Json[] {
  const demandId = `demand-${tag}-${n}`;
  return [
    {
      ...EXAMPLE_EVENTS.DemandTabled,
      eventId: randomUUID(),
      occurredAt: day(n * 3),
      data: { ...EXAMPLE_EVENTS.DemandTabled.data, demandId, text: `Demand ${n} (${tag}).` },
    },
    {
      ...EXAMPLE_EVENTS.PositionTaken,
      eventId: randomUUID(),
      occurredAt: day(n * 3 + 1),
      data: { ...EXAMPLE_EVENTS.PositionTaken.data, demandId, stance: STANCES[n % STANCES.length] },
    },
    statement(n * 5 + 1),
  ];
}

/** Runs `work` over `items` with at most `concurrency` at once; results in item order. */
export async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i] as T, i);
      }
    }),
  );
  return results;
}

/** With PARLEY_RELIABILITY_FIGURES=<file>, the specs append what they tried and saw (one JSON line each), for docs/RELIABILITY.md. */
export function recordFigures(name: string, figures: unknown): void {
  const file = process.env.PARLEY_RELIABILITY_FIGURES;
  if (file) fs.appendFileSync(file, `${JSON.stringify({ name, at: new Date().toISOString(), figures })}\n`);
}
