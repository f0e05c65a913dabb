/**
 * Concurrent writers on one negotiation and retried writes: each write commits
 * exactly once, a conditional write loses cleanly with 412, and a retry (same
 * event id or Idempotency-Key) stores nothing new and answers as the first time.
 */
import { randomUUID } from 'node:crypto';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { openSqliteEventStore } from '@parley/event-store';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';
import { startTestApp, type TestApp } from '../support/app';
import { openBody, withId } from '../support/cases';
import { allEvents, client, type Client, etagRevision, expectStatus, revisionOf } from '../support/http';

const statement = (i: number) =>
  withId({
    ...EXAMPLE_EVENTS.StatementMade,
    data: { ...EXAMPLE_EVENTS.StatementMade.data, summary: `Statement number ${i}.` },
  });

describe('concurrent and retried writes', () => {
  let t: TestApp;
  let api: Client;
  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
  });
  afterAll(() => t.cleanup());

  async function opened(id: string): Promise<void> {
    expectStatus(await api.post('/negotiations', openBody(id)), 201);
  }

  describe('concurrent writers on one negotiation', () => {
    it('given N writers with the same If-Match, when they write at once, then exactly one wins and the rest get 412 with the current revision', async () => {
      const id = 'race-if-match';
      await opened(id);
      const revision = await revisionOf(api, id);
      const N = 12;
      const writes = Array.from({ length: N }, (_, i) => statement(i));
      const replies = await Promise.all(
        writes.map((w) => api.post(`/negotiations/${id}/events`, w, { 'If-Match': `"${revision}"` })),
      );
      const won = replies.filter((r) => r.status === 201);
      const lost = replies.filter((r) => r.status === 412);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(N - 1);
      for (const r of lost) {
        expect(r.body.code).toBe('revision-mismatch');
        expect(r.body.details).toMatchObject({ expectedRevision: revision, currentRevision: revision + 1 });
        expect(etagRevision(r)).toBe(revision + 1);
      }
      const log = await allEvents(api, id);
      expect(log).toHaveLength(revision + 2);
      expect(log[revision + 1].eventId).toBe(won[0]!.body.events[0].eventId);
    });

    it('given N writers without If-Match, when they write at once, then every write commits exactly once', async () => {
      const id = 'race-free';
      await opened(id);
      const before = await revisionOf(api, id);
      const N = 24;
      const writes = Array.from({ length: N }, (_, i) => statement(i));
      const replies = await Promise.all(writes.map((w) => api.post(`/negotiations/${id}/events`, w)));
      expect(replies.map((r) => r.status)).toEqual(Array(N).fill(201));
      const log = await allEvents(api, id);
      expect(log).toHaveLength(before + 1 + N);
      const ids = log.slice(before + 1).map((e) => e.eventId);
      expect(new Set(ids)).toEqual(new Set(writes.map((w) => w.eventId)));
      expect(log.map((e) => e.revision)).toEqual(log.map((_, i) => i));
      // Each writer was told where its own event landed.
      for (const r of replies) {
        const mine = log.find((e) => e.eventId === r.body.events[0].eventId);
        expect(mine).toMatchObject({ revision: r.body.events[0].revision, position: r.body.position });
      }
    });

    it('given writers on different negotiations, when they write at once, then each negotiation gets its own events', async () => {
      const ids = ['parallel-a', 'parallel-b', 'parallel-c'];
      await Promise.all(ids.map(opened));
      const replies = await Promise.all(
        ids.flatMap((id) => [0, 1, 2, 3].map((i) => api.post(`/negotiations/${id}/events`, statement(i)))),
      );
      expect(replies.every((r) => r.status === 201)).toBe(true);
      for (const id of ids) expect(await revisionOf(api, id)).toBe(4);
    });
  });

  describe('retries with the same event id', () => {
    const id = 'retries';
    beforeAll(() => opened(id));

    it('given a stored event, when the same request is sent again, then 200 with the original result and nothing new stored', async () => {
      const development = withId(EXAMPLE_EVENTS.MediationAction);
      const first = expectStatus(await api.post(`/negotiations/${id}/events`, development), 201);
      // Another write lands in between: the retry still answers with the original revision and position.
      expectStatus(await api.post(`/negotiations/${id}/events`, statement(1)), 201);
      const retry = expectStatus(await api.post(`/negotiations/${id}/events`, development), 200);
      expect(retry.body.duplicate).toBe(true);
      expect({ ...retry.body, duplicate: false }).toEqual(first.body);
      expect(etagRevision(retry)).toBe(etagRevision(first));
      const log = await allEvents(api, id);
      expect(log.filter((e) => e.eventId === development.eventId)).toHaveLength(1);
    });

    it('given a conditional write that landed, when it is retried with the same If-Match, then 200 with the original result, not 412', async () => {
      // The script never saw the 201 (a timeout): it sends the same request again, If-Match and all.
      const development = withId(EXAMPLE_EVENTS.MediationAction);
      const ifMatch = { 'If-Match': `"${await revisionOf(api, id)}"` };
      const first = expectStatus(await api.post(`/negotiations/${id}/events`, development, ifMatch), 201);
      const retry = expectStatus(await api.post(`/negotiations/${id}/events`, development, ifMatch), 200);
      expect({ ...retry.body, duplicate: false }).toEqual(first.body);
      expect(etagRevision(retry)).toBe(etagRevision(first));
      // A new fact with that stale revision is still refused.
      expect((await api.post(`/negotiations/${id}/events`, statement(2), ifMatch)).status).toBe(412);
      expect(await revisionOf(api, id)).toBe(first.body.revision);
    });

    it('given a conditional batch that landed under an Idempotency-Key, when it is retried as it was, then 200 with the original result', async () => {
      const { eventId: _ignored, ...body } = statement(3);
      const headers = { 'If-Match': `"${await revisionOf(api, id)}"`, 'Idempotency-Key': `cond-${randomUUID()}` };
      const batch = { events: [body] };
      const first = expectStatus(await api.post(`/negotiations/${id}/events:batch`, batch, headers), 201);
      const retry = expectStatus(await api.post(`/negotiations/${id}/events:batch`, batch, headers), 200);
      expect(retry.body.events).toEqual(first.body.events);
      expect(await revisionOf(api, id)).toBe(first.body.revision);
    });

    it('given a stored event, when the retry lists the same content in another key order, then it is still the same fact', async () => {
      const development = withId(EXAMPLE_EVENTS.ThirdPartyEngagement);
      expectStatus(
        await api.post(`/negotiations/${id}/events`, {
          ...development,
          data: { ...development.data, counterparts: ['turkiye'] },
        }),
        201,
      );
      const reordered = {
        sources: development.sources,
        occurredAt: development.occurredAt,
        eventId: development.eventId,
        type: development.type,
        data: {
          summary: development.data.summary,
          kind: development.data.kind,
          counterparts: ['turkiye'],
          actorId: development.data.actorId,
        },
      };
      const retry = await api.post(`/negotiations/${id}/events`, reordered);
      expect(retry.status).toBe(200);
    });

    it('given a stored event, when the same id comes with other content, then 409 event-id-conflict and nothing stored', async () => {
      const development = withId(EXAMPLE_EVENTS.MediationAction);
      expectStatus(await api.post(`/negotiations/${id}/events`, development), 201);
      const before = await revisionOf(api, id);
      const other = await api.post(`/negotiations/${id}/events`, {
        ...development,
        data: { ...development.data, action: 'visited' },
      });
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('event-id-conflict');
      expect(other.body.message).toContain(development.eventId);
      expect(await revisionOf(api, id)).toBe(before);
      expect((await api.get(`/events/${development.eventId}`)).body.data.action).toBe('offered');
    });

    it('given an Idempotency-Key used for one development, when it comes again with another, then the 409 names the key, not an id the client never saw', async () => {
      const key = `reused-${randomUUID()}`;
      const development = EXAMPLE_EVENTS.MediationAction;
      expectStatus(await api.post(`/negotiations/${id}/events`, development, { 'Idempotency-Key': key }), 201);
      const before = await revisionOf(api, id);
      const other = await api.post(
        `/negotiations/${id}/events`,
        { ...development, data: { ...development.data, action: 'visited' } },
        { 'Idempotency-Key': key },
      );
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('event-id-conflict');
      expect(other.body.message).toMatch(
        new RegExp(`^Idempotency-Key ${key} was already used .*a new fact needs a new key\\.$`),
      );
      expect(other.body.details).toMatchObject({ idempotencyKey: key });
      expect(await revisionOf(api, id)).toBe(before);
    });

    it('given an event id stored in another negotiation, when it is reused here, then 409 and nothing stored', async () => {
      const elsewhere = 'retries-elsewhere';
      await opened(elsewhere);
      const development = withId(EXAMPLE_EVENTS.MediationAction);
      expectStatus(await api.post(`/negotiations/${elsewhere}/events`, development), 201);
      const before = await revisionOf(api, id);
      const reply = await api.post(`/negotiations/${id}/events`, development);
      expect(reply.status).toBe(409);
      expect(reply.body.message).toContain(development.eventId);
      expect(await revisionOf(api, id)).toBe(before);
    });

    it('given N identical requests at once, when they race, then one event is stored and every answer names it', async () => {
      const development = withId(EXAMPLE_EVENTS.StatementMade);
      const replies = await Promise.all(
        Array.from({ length: 10 }, () => api.post(`/negotiations/${id}/events`, development)),
      );
      expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
      expect(replies.filter((r) => r.status === 200)).toHaveLength(9);
      const created = replies.find((r) => r.status === 201)!;
      for (const r of replies) {
        expect(r.body.events.map((e: { eventId: string; position: number }) => [e.eventId, e.position])).toEqual([
          [development.eventId, created.body.position],
        ]);
        expect(r.body.revision).toBe(created.body.revision);
      }
      const log = await allEvents(api, id);
      expect(log.filter((e) => e.eventId === development.eventId)).toHaveLength(1);
    });

    it('given an opened negotiation, when the same opening is sent again, then 200 and still one opening', async () => {
      const again = 'retried-opening';
      const body = { ...openBody(again), eventId: randomUUID() };
      const first = expectStatus(await api.post('/negotiations', body), 201);
      const retry = expectStatus(await api.post('/negotiations', body), 200);
      expect(retry.body.events).toEqual(first.body.events);
      expect(await revisionOf(api, again)).toBe(0);
    });
  });

  describe('retries with an Idempotency-Key', () => {
    const id = 'idempotency-key';
    beforeAll(() => opened(id));
    const withoutId = () => {
      const { eventId: _ignored, ...rest } = withId(EXAMPLE_EVENTS.StatementMade);
      return rest;
    };

    it('given a write with a key, when it is retried with the same key, then one event is stored and the answer is the same', async () => {
      const key = `brief-${randomUUID()}`;
      const body = withoutId();
      const first = expectStatus(await api.post(`/negotiations/${id}/events`, body, { 'Idempotency-Key': key }), 201);
      const retry = expectStatus(await api.post(`/negotiations/${id}/events`, body, { 'Idempotency-Key': key }), 200);
      expect(retry.body.events).toEqual(first.body.events);
      expect(retry.body.position).toBe(first.body.position);
      const log = await allEvents(api, id);
      expect(log.filter((e) => e.eventId === first.body.events[0].eventId)).toHaveLength(1);
    });

    it('given two writes with different keys, when sent, then both are stored', async () => {
      const body = withoutId();
      const a = expectStatus(
        await api.post(`/negotiations/${id}/events`, body, { 'Idempotency-Key': `a-${randomUUID()}` }),
        201,
      );
      const b = expectStatus(
        await api.post(`/negotiations/${id}/events`, body, { 'Idempotency-Key': `b-${randomUUID()}` }),
        201,
      );
      expect(a.body.events[0].eventId).not.toBe(b.body.events[0].eventId);
    });

    it('given a batch with a key, when it is retried, then the whole batch is stored once', async () => {
      const key = `batch-${randomUUID()}`;
      const events = [withoutId(), withoutId(), withoutId()];
      const before = await revisionOf(api, id);
      const first = expectStatus(
        await api.post(`/negotiations/${id}/events:batch`, { events }, { 'Idempotency-Key': key }),
        201,
      );
      const retry = expectStatus(
        await api.post(`/negotiations/${id}/events:batch`, { events }, { 'Idempotency-Key': key }),
        200,
      );
      expect(retry.body.events).toEqual(first.body.events);
      expect(await revisionOf(api, id)).toBe(before + 3);
    });

    it('given N retries with the same key at once, when they race, then one is stored and every answer names the same event', async () => {
      const key = `race-${randomUUID()}`;
      const body = withoutId();
      const before = await revisionOf(api, id);
      const replies = await Promise.all(
        Array.from({ length: 8 }, () => api.post(`/negotiations/${id}/events`, body, { 'Idempotency-Key': key })),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(replies.map((r) => r.body.events[0].eventId)).size).toBe(1);
      expect(await revisionOf(api, id)).toBe(before + 1);
    });

    it('refuses a key that is not visible ASCII', async () => {
      const before = await revisionOf(api, id);
      const reply = await api.post(`/negotiations/${id}/events`, withoutId(), { 'Idempotency-Key': 'x'.repeat(201) });
      expect(reply.status).toBe(400);
      expect(reply.body.message).toContain('Idempotency-Key');
      expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual(['Idempotency-Key']);
      expect(await revisionOf(api, id)).toBe(before);
    });
  });

  describe('two service instances on one store file', () => {
    // Each instance keeps the decision state of negotiations it wrote; the other one's writes must still count.
    let other: TestApp;
    let otherApi: Client;
    beforeAll(async () => {
      other = await startTestApp({ dataDir: t.dataDir });
      otherApi = client(other.url);
    });
    afterAll(() => other.close());

    const roundOpened = () => withId(EXAMPLE_EVENTS.TalksRoundOpened);
    const roundConcluded = () =>
      withId({
        ...EXAMPLE_EVENTS.TalksRoundConcluded,
        data: { ...EXAMPLE_EVENTS.TalksRoundConcluded.data, roundId: 'doha-1' },
      });

    it('given a round opened through the other instance, when it is concluded through this one, then the rules see the opening (201)', async () => {
      const id = 'two-instances-rules';
      await opened(id);
      expectStatus(await api.post(`/negotiations/${id}/events`, statement(0)), 201);
      expectStatus(await otherApi.post(`/negotiations/${id}/events`, roundOpened()), 201);
      const concluded = expectStatus(await api.post(`/negotiations/${id}/events`, roundConcluded()), 201);
      expect(concluded.body.revision).toBe(3);
      expect((await allEvents(api, id)).map((e) => e.type)).toEqual([
        'NegotiationOpened',
        'StatementMade',
        'TalksRoundOpened',
        'TalksRoundConcluded',
      ]);
    });

    it('given writes through the other instance, when this one writes with If-Match of the current revision, then 201; with its old revision, then 412', async () => {
      const id = 'two-instances-if-match';
      await opened(id);
      expectStatus(await api.post(`/negotiations/${id}/events`, statement(0)), 201);
      const theirs = expectStatus(await otherApi.post(`/negotiations/${id}/events`, statement(1)), 201);
      const current = await api.post(`/negotiations/${id}/events`, statement(2), {
        'If-Match': `"${theirs.body.revision}"`,
      });
      expect(current.status).toBe(201);
      expect(current.body.revision).toBe(3);
      const stale = await api.post(`/negotiations/${id}/events`, statement(3), { 'If-Match': '"2"' });
      expect(stale.status).toBe(412);
      expect(stale.body.details).toMatchObject({ expectedRevision: 2, currentRevision: 3 });
    });

    it('given the other instance broke a rule-relevant fact, when this one would repeat it, then it is refused by the rule (422 round-already-opened), not stored twice', async () => {
      const id = 'two-instances-conflict';
      await opened(id);
      expectStatus(await api.post(`/negotiations/${id}/events`, statement(0)), 201);
      expectStatus(await otherApi.post(`/negotiations/${id}/events`, roundOpened()), 201);
      const again = await api.post(`/negotiations/${id}/events`, roundOpened());
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('round-already-opened');
      expect(await revisionOf(api, id)).toBe(2);
    });
  });

  describe('read your writes across instances (minPosition)', () => {
    it('given a position written through another instance that these views have not reached, when asked with no time to wait, then 503 views-behind naming both positions; once they include it, 200', async () => {
      // This instance notices other connections' commits only by polling (here: once a minute) or by writing itself.
      const config = loadConfig({
        PARLEY_DATA_DIR: t.dataDir,
        PARLEY_LOG_LEVEL: 'silent',
        PARLEY_MIN_POSITION_TIMEOUT_MS: '0',
      });
      const store = await openSqliteEventStore({ path: config.sqlitePath, pollIntervalMs: 60_000 });
      const lagging = await createApp({ config, store });
      try {
        await lagging.listen(0, '127.0.0.1');
        const laggingApi = client(`http://127.0.0.1:${(lagging.getHttpServer().address() as { port: number }).port}`);
        const id = 'behind-views';
        await opened(id);
        const written = expectStatus(await api.post(`/negotiations/${id}/events`, statement(0)), 201).body;

        const behind = await laggingApi.get(`/negotiations/${id}/status?minPosition=${written.position}`);
        expect(behind.status).toBe(503);
        expect(behind.body.code).toBe('views-behind');
        expect(behind.body.message).toContain(`position ${written.position}`);
        expect(behind.body.details.minPosition).toBe(written.position);
        expect(behind.body.details.position).toBeLessThan(written.position);
        expect(behind.headers.get('retry-after')).toBe(String(behind.body.details.retryAfterSeconds));

        // Its own write wakes its subscription, which reads everything committed up to it.
        const own = expectStatus(await laggingApi.post(`/negotiations/${id}/events`, statement(1)), 201).body;
        const status = expectStatus(
          await laggingApi.get(`/negotiations/${id}/status?minPosition=${own.position}`),
          200,
        ).body;
        expect(status.negotiationId).toBe(id);
        expectStatus(await laggingApi.get(`/negotiations/${id}/status?minPosition=${written.position}`), 200);
      } finally {
        await lagging.close();
        await store.close();
      }
    });
  });
});
