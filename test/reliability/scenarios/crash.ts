/**
 * kill -9 of the real service during heavy appends, over HTTP: single writes
 * and three-event batches from concurrent writers, the process SIGKILLed at a
 * random moment, restarted on the same data directory. After each restart:
 * every acknowledged event (a 201 the client received) is in the log, no
 * batch is half there, positions and revisions have no gap, no event came
 * from nowhere, and the views — restored from a snapshot (taken every few
 * dozen events, so a kill can land in the middle of one) plus the log — equal
 * the views folded from the log, here and by the server, and a fresh rebuild.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  call,
  demandBatch,
  exportLog,
  expectStatus,
  openBody,
  statement,
  assertWellFormed,
  type Json,
} from '../support/api';
import { startServer, type ServerProcess } from '../support/server';
import { assertViewsMatchLog, serverViews, steady } from '../support/views';

/** What a failed comparison of views stands for. */
const MISMATCH = Symbol('views mismatch');

export interface CrashOptions {
  readonly rounds: number;
  /** Concurrent HTTP writers. */
  readonly writers: number;
  readonly negotiations: number;
  /** The kill lands this long (ms, uniform) after the round's first acknowledgement. */
  readonly killAfterMs: readonly [number, number];
  readonly log?: (line: string) => void;
}

export interface CrashFigures {
  readonly rounds: number;
  readonly writes: number;
  readonly batches: number;
  /** Events the clients were told were stored (201). */
  readonly ackedEvents: number;
  /** Writes in flight when the process died (no answer); each was found whole or not at all. */
  readonly unanswered: number;
  /** …of which the log holds this many (committed, the answer lost with the process). */
  readonly unansweredStored: number;
  readonly eventsInLog: number;
  readonly lost: number;
  readonly halfBatches: number;
  /** Events in the log that no writer sent. */
  readonly strangers: number;
  readonly viewMismatches: number;
}

interface Attempt {
  readonly kind: 'single' | 'batch';
  readonly ids: readonly string[];
  acked: boolean;
}

const random = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

export async function crashScenario(options: CrashOptions): Promise<CrashFigures> {
  const log = options.log ?? (() => undefined);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-crash-'));
  const ids = Array.from({ length: options.negotiations }, (_, i) => `crash-${i}`);
  const attempts: Attempt[] = [];
  const known = new Set<string>();
  let server: ServerProcess | undefined;
  const env = () => ({ PARLEY_SNAPSHOT_EVERY: String(random(20, 200)), PARLEY_WRITE_RATE_LIMIT: '1000000' });
  let unanswered = 0;
  let unansweredStored = 0;
  let eventsInLog = 0;
  // Counted over every round (each a broken promise): the spec and the torture run report them.
  let lost = 0;
  let halfBatches = 0;
  let strangers = 0;
  let viewMismatches = 0;
  try {
    server = await startServer(dataDir, env());
    for (const id of ids) {
      const opened = expectStatus(await call(server.url, '/negotiations', { body: openBody(id) }), 201, `open ${id}`);
      known.add(opened.body.events[0].eventId);
    }
    for (let round = 1; round <= options.rounds; round++) {
      const url = server.url;
      let firstAck: () => void;
      const acked = new Promise<void>((resolve) => (firstAck = resolve));
      const roundAttempts: Attempt[] = [];
      const writer = async (w: number) => {
        for (let n = 0; ; n++) {
          const negotiation = ids[(w + n) % ids.length]!;
          const batch = n % 3 === 2;
          const body: Json = batch
            ? { events: demandBatch(n, `${round}-${w}-${n}`) }
            : statement(round * 1000 + w * 100 + n);
          const attempt: Attempt = {
            kind: batch ? 'batch' : 'single',
            ids: batch ? body.events.map((e: Json) => e.eventId) : [body.eventId],
            acked: false,
          };
          roundAttempts.push(attempt);
          let status: number;
          try {
            status = (await call(url, `/negotiations/${negotiation}/events${batch ? ':batch' : ''}`, { body })).status;
          } catch {
            return; // the server is gone
          }
          assert.equal(status, 201, `round ${round}: a write was refused with ${status}`);
          attempt.acked = true;
          firstAck();
        }
      };
      const writing = Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w)));
      await Promise.race([
        acked,
        writing.then(() => {
          throw new Error(`round ${round}: the writers stopped before any write was answered`);
        }),
      ]);
      const delay = random(options.killAfterMs[0], options.killAfterMs[1]);
      await new Promise((r) => setTimeout(r, delay));
      await server.kill();
      await writing;
      attempts.push(...roundAttempts);
      const ackedNow = roundAttempts.filter((a) => a.acked).reduce((n, a) => n + a.ids.length, 0);

      server = await startServer(dataDir, env());
      const lines = await exportLog(server.url);
      assertWellFormed(lines, `after kill ${round}`);
      const stored = new Set(lines.map((l) => l.id));
      for (const a of attempts) for (const id of a.ids) known.add(id);
      const missing = attempts.filter((a) => a.acked).flatMap((a) => a.ids.filter((id) => !stored.has(id)));
      if (missing.length)
        log(
          `after kill ${round} (${delay} ms after the first answer): ${missing.length} acknowledged events are missing`,
        );
      lost += missing.length;
      const half = attempts.filter(
        (a) => a.kind === 'batch' && a.ids.some((id) => stored.has(id)) && !a.ids.every((id) => stored.has(id)),
      );
      if (half.length) log(`after kill ${round}: ${half.length} batches are half-written`);
      halfBatches += half.length;
      const unknown = lines.filter((l) => !known.has(l.id)).map((l) => l.id);
      if (unknown.length) log(`after kill ${round}: ${unknown.length} events nobody wrote`);
      strangers += unknown.length;
      const inFlight = roundAttempts.filter((a) => !a.acked);
      unanswered += inFlight.length;
      unansweredStored += inFlight.filter((a) => a.ids.every((id) => stored.has(id))).length;

      // The views after the restart, a fresh rebuild, and a fold of the log must agree: a round where they do not is counted.
      const mismatch = async (check: () => Promise<unknown>): Promise<unknown> => {
        try {
          return await check();
        } catch (error) {
          if (!(error instanceof assert.AssertionError)) throw error;
          log(error.message);
          return MISMATCH;
        }
      };
      const restarted = server;
      const before = await mismatch(() => assertViewsMatchLog(restarted.url, ids, lines, `after kill ${round}`));
      const presentBefore = await serverViews(server.url, ids, '');
      const rebuilt = expectStatus(
        await call(server.url, '/admin/rebuild', { method: 'POST' }),
        200,
        'POST /admin/rebuild',
      );
      assert.equal(
        rebuilt.body.events,
        lines.length,
        `after kill ${round}: the rebuild read another number of events than the log holds`,
      );
      const afterRebuild = await mismatch(async () => {
        assert.deepEqual(
          steady(await serverViews(restarted.url, ids, '')),
          steady(presentBefore),
          `after kill ${round}: the views after the restart differ from a fresh rebuild`,
        );
        assert.deepEqual(await assertViewsMatchLog(restarted.url, ids, lines, `after kill ${round}, rebuilt`), before);
      });
      if (before === MISMATCH || afterRebuild === MISMATCH) viewMismatches++;
      eventsInLog = lines.length;
      log(
        `round ${round}: killed ${delay} ms after the first answer; ${ackedNow} events acknowledged this round, ${inFlight.length} writes unanswered; log ${lines.length} events; views = rebuild = fold: ${before === MISMATCH || afterRebuild === MISMATCH ? 'NO' : 'yes'}`,
      );
    }
    await server.stop();
    const ackedEvents = attempts.filter((a) => a.acked).reduce((n, a) => n + a.ids.length, 0);
    return {
      rounds: options.rounds,
      writes: attempts.length,
      batches: attempts.filter((a) => a.kind === 'batch').length,
      ackedEvents,
      unanswered,
      unansweredStored,
      eventsInLog,
      lost,
      halfBatches,
      strangers,
      viewMismatches,
    };
  } finally {
    await server?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
