/**
 * Clients that give up before the answer — a fetch aborted after a few
 * milliseconds, or a socket destroyed right after the request was sent — and
 * retry the same write (same event ids, or the same Idempotency-Key) until
 * they get an answer, sometimes twice at once. Whether the first attempt
 * never arrived, was still queued, or had committed, the log ends up with
 * each write exactly once, and every answer names the same events.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as net from 'node:net';
import {
  call,
  demandBatch,
  exportLog,
  expectStatus,
  openBody,
  pool,
  statement,
  type Json,
  type Reply,
} from '../support/api';

export interface RetriesOptions {
  readonly url: string;
  /** Logical writes, each abandoned once or more and retried. */
  readonly writes: number;
  readonly negotiations: readonly string[];
  readonly concurrency: number;
  readonly key?: string;
}

export interface RetriesFigures {
  readonly writes: number;
  readonly abandonedAttempts: number;
  readonly abortedFetches: number;
  readonly destroyedSockets: number;
  /** Retries answered 200 "already stored": the abandoned attempt had committed. */
  readonly answeredAsDuplicate: number;
  readonly events: number;
  readonly duplicated: number;
  readonly lost: number;
  /** Events in the log that no answer names (an abandoned attempt stored under another id). */
  readonly strangers: number;
  /** Answers whose events, revision or position are not where the log has them (e.g. the lowest position instead of the highest). */
  readonly misplaced: number;
}

/** Sends the request on a raw socket and destroys it `afterMs` later (0: as soon as it is written), never reading the answer. */
function sendAndDestroy(
  url: string,
  path: string,
  headers: Record<string, string>,
  body: string,
  afterMs: number,
): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    socket.on('connect', () => {
      const head = [
        `POST ${path} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ].join('\r\n');
      socket.write(`${head}\r\n\r\n${body}`, () => {
        if (afterMs === 0) socket.destroy();
        else setTimeout(() => socket.destroy(), afterMs);
      });
    });
  });
}

export async function retriesScenario(options: RetriesOptions): Promise<RetriesFigures> {
  const { url, key } = options;
  for (const id of options.negotiations)
    expectStatus(await call(url, '/negotiations', { body: openBody(id), key }), 201, `open ${id}`);
  let abortedFetches = 0;
  let destroyedSockets = 0;
  let answeredAsDuplicate = 0;
  const outcomes = await pool(
    Array.from({ length: options.writes }, (_, i) => i),
    options.concurrency,
    async (i) => {
      const negotiation = options.negotiations[i % options.negotiations.length]!;
      const batch = i % 4 === 3;
      const byKey = i % 2 === 1;
      let body: Json = batch ? { events: demandBatch(i, `r${i}`) } : statement(i);
      if (byKey)
        body = batch
          ? { events: body.events.map(({ eventId: _drop, ...rest }: Json) => rest) }
          : (({ eventId: _drop, ...rest }: Json) => rest)(body);
      const path = `/negotiations/${negotiation}/events${batch ? ':batch' : ''}`;
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        ...(byKey ? { 'Idempotency-Key': `retry-${randomUUID()}` } : {}),
        ...(key ? { Authorization: `Bearer ${key}` } : {}),
      };
      const text = JSON.stringify(body);
      // One to three abandoned attempts, each cut at a random moment.
      const abandoned = 1 + (i % 3);
      for (let a = 0; a < abandoned; a++) {
        if ((i + a) % 2 === 0) {
          abortedFetches++;
          await fetch(`${url}${path}`, {
            method: 'POST',
            headers,
            body: text,
            signal: AbortSignal.timeout(Math.floor(Math.random() * 8)),
          })
            .then((res) => res.text())
            .catch(() => undefined);
        } else {
          destroyedSockets++;
          await sendAndDestroy(url, path, headers, text, Math.random() < 0.5 ? 0 : Math.floor(Math.random() * 5));
        }
      }
      // Then the retry that waits for its answer — sometimes sent twice at once, like a double click.
      const twice = i % 5 === 0;
      const replies: Reply[] = await Promise.all(
        Array.from({ length: twice ? 2 : 1 }, () => call(url, path, { method: 'POST', headers, body: text })),
      );
      const answers = replies.map((r) => {
        assert.ok(r.status === 201 || r.status === 200, `write ${i}: a retry got ${r.status}: ${r.text.slice(0, 500)}`);
        if (r.status === 200) {
          assert.equal(r.body.duplicate, true);
          if (!twice) answeredAsDuplicate++;
        }
        return answerOf(r.body);
      });
      // Two answers to one write tell the same story: the same events, at the same places, the same revision and position.
      for (const other of answers.slice(1))
        assert.deepEqual(other, answers[0], `write ${i}: two answers to the same write differ`);
      const ids = answers[0]!.events.map((e) => e.eventId);
      assert.equal(ids.length, batch ? 3 : 1);
      if (!byKey) assert.deepEqual(ids, batch ? body.events.map((e: Json) => e.eventId) : [body.eventId]);
      return answers[0]!;
    },
  );

  const answeredIds = outcomes.flatMap((o) => o.events.map((e) => e.eventId));
  const wanted = new Set(answeredIds);
  assert.equal(wanted.size, answeredIds.length, 'two writes were answered with the same event');
  const streams = new Set(options.negotiations.map((n) => `negotiation-${n}`));
  const lines = (await exportLog(url, key)).filter((l) => streams.has(l.stream) && l.type !== 'NegotiationOpened');
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.id, (counts.get(l.id) ?? 0) + 1);
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  const lost = [...wanted].filter((id) => !counts.has(id));
  const strangers = [...counts.keys()].filter((id) => !wanted.has(id));
  // Each answer against the log: its events where it said, and its revision and position those of its last event.
  const byId = new Map(lines.map((l) => [l.id, l]));
  const misplaced = outcomes.filter((o) => {
    const stored = o.events.map((e) => byId.get(e.eventId));
    if (stored.some((l) => l === undefined)) return false; // counted as lost
    return (
      o.events.some((e, k) => e.revision !== stored[k]!.revision || e.position !== stored[k]!.position) ||
      o.revision !== Math.max(...stored.map((l) => l!.revision)) ||
      o.position !== Math.max(...stored.map((l) => l!.position))
    );
  }).length;
  return {
    writes: options.writes,
    abandonedAttempts: abortedFetches + destroyedSockets,
    abortedFetches,
    destroyedSockets,
    answeredAsDuplicate,
    events: lines.length,
    duplicated: duplicated.length,
    lost: lost.length,
    strangers: strangers.length,
    misplaced,
  };
}

/** What a write's answer says, as compared between retries and against the log. */
interface Answer {
  readonly revision: number;
  readonly position: number;
  readonly events: readonly { readonly eventId: string; readonly revision: number; readonly position: number }[];
}

function answerOf(body: Json): Answer {
  return {
    revision: body.revision,
    position: body.position,
    events: (body.events as Json[]).map((e) => ({ eventId: e.eventId, revision: e.revision, position: e.position })),
  };
}
