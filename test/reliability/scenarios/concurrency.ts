/**
 * N concurrent writers on one negotiation over HTTP, every write conditional
 * (`If-Match: <revision>`): each request either commits (201) or is refused
 * with 412 and the current revision, nothing else. A refused writer tries
 * again with the revision the 412 named and the same event ids, until its
 * write lands. Then the log is exactly the committed set: every write once,
 * nothing from a refused attempt, revisions without a gap, and each 201 told
 * its writer the revision and position its events really have.
 */
import assert from 'node:assert/strict';
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

export interface ConcurrencyOptions {
  readonly url: string;
  readonly negotiationId: string;
  readonly writers: number;
  /** Writes per writer (every third a three-event batch). */
  readonly writesEach: number;
  readonly key?: string;
}

export interface ConcurrencyFigures {
  readonly writers: number;
  readonly requests: number;
  readonly committed: number;
  readonly conflicts: number;
  readonly events: number;
  readonly lost: number;
  readonly duplicated: number;
}

export async function concurrencyScenario(options: ConcurrencyOptions): Promise<ConcurrencyFigures> {
  const { url, negotiationId: id, key } = options;
  const opened = expectStatus(await call(url, '/negotiations', { body: openBody(id), key }), 201, `open ${id}`);
  const committed = new Map<string, { revision: number; position: number }>();
  let requests = 0;
  let conflicts = 0;

  const writer = async (w: number) => {
    let revision = Number(opened.body.revision);
    for (let n = 0; n < options.writesEach; n++) {
      const batch = n % 3 === 2;
      const body: Json = batch ? { events: demandBatch(n, `w${w}n${n}`) } : statement(w * 1000 + n);
      const path = `/negotiations/${id}/events${batch ? ':batch' : ''}`;
      for (;;) {
        requests++;
        const reply = await call(url, path, { body, key, headers: { 'If-Match': `"${revision}"` } });
        if (reply.status === 412) {
          conflicts++;
          assert.equal(reply.body.code, 'revision-mismatch', `a 412 without its code: ${reply.text}`);
          assert.equal(reply.body.details.expectedRevision, revision);
          assert.ok(reply.body.details.currentRevision > revision, `a 412 must name a later revision: ${reply.text}`);
          assert.equal(reply.headers.get('etag'), `"${reply.body.details.currentRevision}"`);
          revision = reply.body.details.currentRevision;
          continue;
        }
        assert.equal(
          reply.status,
          201,
          `writer ${w}: a conditional write got ${reply.status}, neither committed nor a conflict: ${reply.text.slice(0, 500)}`,
        );
        const events = reply.body.events as Json[];
        assert.equal(events.length, batch ? 3 : 1);
        events.forEach((e, i) => {
          assert.equal(
            e.revision,
            revision + 1 + i,
            'a committed write must continue the revision it was conditional on',
          );
          assert.equal(committed.has(e.eventId), false, `event ${e.eventId} committed twice`);
          committed.set(e.eventId, { revision: e.revision, position: e.position });
        });
        revision = reply.body.revision;
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w)));

  const lines = (await exportLog(url, key)).filter((l) => l.stream === `negotiation-${id}`);
  assertWellFormed(
    lines.map((l, i) => ({ ...l, position: i + 1 })),
    `negotiation ${id}`,
  );
  const logged = lines.slice(1);
  const ids = new Set(logged.map((l) => l.id));
  const lost = [...committed.keys()].filter((e) => !ids.has(e));
  const strangers = logged.map((l) => l.id).filter((e) => !committed.has(e));
  assert.deepEqual(strangers, [], 'events in the log that no 201 announced (a refused attempt stored something)');
  for (const l of logged)
    if (ids.has(l.id) && committed.has(l.id))
      assert.deepEqual(
        committed.get(l.id),
        { revision: l.revision, position: l.position },
        `event ${l.id} is not where its 201 said`,
      );
  return {
    writers: options.writers,
    requests,
    committed: requests - conflicts,
    conflicts,
    events: logged.length,
    lost: lost.length,
    duplicated: logged.length - ids.size,
  };
}
