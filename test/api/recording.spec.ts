/**
 * Recording developments through the real app on a real SQLite file: every
 * event type goes in and comes back out the same, with its envelope, revision
 * and position; the log is paged and filtered; batches are all or nothing.
 */
import { randomUUID } from 'node:crypto';
import { DEVELOPMENT_TYPES } from '@parley/domain';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { startTestApp, type TestApp } from '../support/app';
import { type Development, everyEventType, openBody, withId } from '../support/cases';
import { allEvents, client, type Client, type Json, etagRevision, expectStatus, revisionOf } from '../support/http';

describe('recording developments', () => {
  let t: TestApp;
  let api: Client;
  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
  });
  afterAll(() => t.cleanup());

  describe('given a negotiation, when every event type is recorded one by one', () => {
    const id = 'every-type';
    const developments: Development[] = everyEventType();
    const replies: { status: number; etag: number; body: Json }[] = [];
    let opened: Json;
    let startedAt: string;
    let endedAt: string;

    beforeAll(async () => {
      startedAt = new Date().toISOString();
      const open = expectStatus(await api.post('/negotiations', openBody(id)), 201);
      opened = open.body;
      expect(etagRevision(open)).toBe(0);
      // The Location answers: the negotiation's status, waiting until it holds the opening.
      const location = open.headers.get('location');
      expect(location).toBe(`/negotiations/${id}/status?minPosition=${opened.position}`);
      expect(expectStatus(await api.get(location!), 200).body).toMatchObject({ negotiationId: id });
      for (const d of developments) {
        const reply = await api.post(`/negotiations/${id}/events`, d);
        expect({ type: d.type, status: reply.status, body: reply.status === 201 ? 'ok' : reply.body }).toEqual({
          type: d.type,
          status: 201,
          body: 'ok',
        });
        replies.push({ status: reply.status, etag: etagRevision(reply), body: reply.body });
      }
      endedAt = new Date().toISOString();
    });

    it('covers the whole catalogue', () => {
      expect(new Set(developments.map((d) => d.type))).toEqual(new Set(DEVELOPMENT_TYPES));
    });

    it('answers each write with 201, the new revision (also in the ETag) and a growing global position', () => {
      expect(opened).toMatchObject({ negotiationId: id, revision: 0, duplicate: false });
      let position = opened.position as number;
      replies.forEach((reply, i) => {
        expect(reply.body.revision).toBe(i + 1);
        expect(reply.etag).toBe(i + 1);
        expect(reply.body.duplicate).toBe(false);
        expect(reply.body.events).toHaveLength(1);
        expect(reply.body.events[0]).toMatchObject({
          eventId: developments[i]!.eventId,
          revision: i + 1,
          stream: `negotiation-${id}`,
        });
        expect(reply.body.position).toBe(reply.body.events[0].position);
        expect(reply.body.position).toBeGreaterThan(position);
        position = reply.body.position;
      });
    });

    it('gives back every event from the log with the same data and its envelope', async () => {
      const log = await allEvents(api, id);
      expect(log).toHaveLength(developments.length + 1);
      expect(log[0]).toMatchObject({
        type: 'NegotiationOpened',
        revision: 0,
        data: { negotiationId: id, title: openBody(id).title },
      });
      developments.forEach((d, i) => {
        const stored = log[i + 1];
        expect(stored).toMatchObject({
          eventId: d.eventId,
          type: d.type,
          negotiationId: id,
          stream: `negotiation-${id}`,
          revision: i + 1,
          position: replies[i]!.body.position,
          occurredAt: d.occurredAt,
          sources: d.sources,
          recordedBy: 'local',
        });
        expect(stored.data).toEqual(d.data);
        expect(stored.cameo).toBe(d.cameo);
        expect(stored.note).toBe(d.note);
        expect(stored.occurrence).toBe(d.occurrence);
        expect(stored.recordedAt >= startedAt && stored.recordedAt <= endedAt).toBe(true);
        expect(stored).toEqual(replies[i]!.body.events[0]);
      });
    });

    it('defaults the precision from the form of occurredAt and keeps an analyst’s "approximate"', async () => {
      const byType = Object.fromEntries((await allEvents(api, id)).map((e) => [e.eventId, e]));
      const precisionOf = (d: Development) => byType[d.eventId].precision;
      const first = (type: string) => developments.find((d) => d.type === type)!;
      expect(precisionOf(first('IncidentReported'))).toBe('day'); // 2025-10-11
      expect(precisionOf(first('CeasefireDeclared'))).toBe('exact'); // 2025-10-15T18:00:00+05:00
      expect(precisionOf(first('PositionTaken'))).toBe('month'); // 2025-11
      expect(precisionOf(first('TalksRoundPostponed'))).toBe('approximate'); // 2025-11, said approximate
    });

    it('shows one event by id with the same envelope, revision and position', async () => {
      for (const [i, d] of developments.entries()) {
        const reply = expectStatus(await api.get(`/events/${d.eventId}`), 200);
        expect(reply.body).toEqual(replies[i]!.body.events[0]);
      }
      const unknown = await api.get(`/events/${randomUUID()}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('event-not-found');
    });

    it('pages the log by revision and says where the next page starts', async () => {
      const total = developments.length + 1;
      const first = expectStatus(await api.get(`/negotiations/${id}/events?limit=5`), 200);
      expect(first.body.events.map((e: { revision: number }) => e.revision)).toEqual([0, 1, 2, 3, 4]);
      expect(first.body.nextFromRevision).toBe(5);
      expect(first.body.revision).toBe(total - 1);
      expect(etagRevision(first)).toBe(total - 1);
      const second = expectStatus(await api.get(`/negotiations/${id}/events?fromRevision=5&limit=5`), 200);
      expect(second.body.events.map((e: { revision: number }) => e.revision)).toEqual([5, 6, 7, 8, 9]);
      const last = expectStatus(await api.get(`/negotiations/${id}/events?fromRevision=${total - 2}&limit=5`), 200);
      expect(last.body.events).toHaveLength(2);
      expect(last.body.nextFromRevision).toBeNull();
    });

    it('filters the log by event type (one or several)', async () => {
      const tabled = expectStatus(await api.get(`/negotiations/${id}/events?type=DemandTabled`), 200);
      const expected = developments.filter((d) => d.type === 'DemandTabled').map((d) => d.eventId);
      expect(tabled.body.events.map((e: { eventId: string }) => e.eventId)).toEqual(expected);
      const several = expectStatus(
        await api.get(`/negotiations/${id}/events?type=DemandTabled,PositionTaken&limit=2`),
        200,
      );
      expect(several.body.events.map((e: { type: string }) => e.type)).toEqual(['DemandTabled', 'DemandTabled']);
      const rest = expectStatus(
        await api.get(
          `/negotiations/${id}/events?type=DemandTabled,PositionTaken&fromRevision=${several.body.nextFromRevision}`,
        ),
        200,
      );
      expect(rest.body.events.map((e: { type: string }) => e.type)).toEqual(['DemandTabled', 'PositionTaken']);
    });

    it('reads a repeated type parameter as its values listed, and refuses a repeated page size by name', async () => {
      const listed = expectStatus(await api.get(`/negotiations/${id}/events?type=DemandTabled,PositionTaken`), 200);
      const repeated = expectStatus(
        await api.get(`/negotiations/${id}/events?type=DemandTabled&type=PositionTaken`),
        200,
      );
      expect(repeated.body.events.map((e: { eventId: string }) => e.eventId)).toEqual(
        listed.body.events.map((e: { eventId: string }) => e.eventId),
      );
      expect(new Set(repeated.body.events.map((e: { type: string }) => e.type))).toEqual(
        new Set(['DemandTabled', 'PositionTaken']),
      );
      const twice = await api.get(`/negotiations/${id}/events?limit=2&limit=3`);
      expect(twice.status).toBe(400);
      expect(twice.body.errors[0].field).toBe('limit');
    });

    it('refuses a type that is no event type by naming it, rather than answer an empty page', async () => {
      const reply = await api.get(`/negotiations/${id}/events?type=DemandTabled,StatementMde`);
      expect(reply.status).toBe(400);
      expect(reply.body.errors).toEqual([
        {
          field: 'type',
          problems: [expect.stringMatching(/^"StatementMde" is not an event type: one of .*StatementMade/)],
        },
      ]);
    });

    it('refuses a bad page size or start by naming the parameter', async () => {
      for (const query of ['limit=0', 'limit=abc', 'fromRevision=-1']) {
        const reply = await api.get(`/negotiations/${id}/events?${query}`);
        expect(reply.status).toBe(400);
        expect(reply.body.errors[0].field).toBe(query.split('=')[0]);
      }
    });

    it('answers 404 for the log of a negotiation that was never opened', async () => {
      const reply = await api.get('/negotiations/never-opened/events');
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('negotiation-not-found');
      expect(reply.body.message).toContain('never-opened');
    });
  });

  describe('an analyst-set CAMEO code outside the shipped table', () => {
    const id = 'unknown-cameo';
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
    });

    it('is refused with 400 naming the code, and nothing is stored; a code of the table is stored', async () => {
      const revision = await revisionOf(api, id);
      const unknown = withId({ ...EXAMPLE_EVENTS.StatementMade, cameo: '999' });
      const reply = await api.post(`/negotiations/${id}/events`, unknown);
      expect(reply.status).toBe(400);
      expect(reply.body.errors).toEqual([
        { field: 'cameo', problems: [expect.stringContaining('cameo 999 is not in the shipped CAMEO table')] },
      ]);
      expect(await revisionOf(api, id)).toBe(revision);
      expect((await api.get(`/events/${unknown.eventId}`)).status).toBe(404);
      const known = withId({ ...EXAMPLE_EVENTS.StatementMade, cameo: '138' });
      expect(expectStatus(await api.post(`/negotiations/${id}/events`, known), 201).body.events[0].cameo).toBe('138');
    });
  });

  // Iran put the Baghdad talks with Saudi Arabia on hold "temporarily" (13 March 2022): a suspension for a time.
  describe('talks suspended for a time (TalksSuspended.temporary)', () => {
    const id = 'talks-paused';
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
    });

    it('is stored and read back as recorded, and the status says the talks are paused', async () => {
      const paused = withId({
        ...EXAMPLE_EVENTS.TalksSuspended,
        data: { ...EXAMPLE_EVENTS.TalksSuspended.data, temporary: true },
      });
      const reply = expectStatus(await api.post(`/negotiations/${id}/events`, paused), 201);
      expect(reply.body.events[0].data).toEqual({ ...EXAMPLE_EVENTS.TalksSuspended.data, temporary: true });
      expect(expectStatus(await api.get(`/events/${paused.eventId}`), 200).body.data.temporary).toBe(true);
      const status = expectStatus(await api.get(`/negotiations/${id}/status?minPosition=${reply.body.position}`), 200);
      expect(status.body).toMatchObject({ phase: 'suspended', suspended: { by: 'pakistan', temporary: true } });
    });

    it('refuses a value that is not true or false with 400 naming the field, and stores nothing', async () => {
      const revision = await revisionOf(api, id);
      const bad = withId({
        ...EXAMPLE_EVENTS.TalksSuspended,
        data: { ...EXAMPLE_EVENTS.TalksSuspended.data, temporary: 'for now' as unknown as boolean },
      });
      const reply = await api.post(`/negotiations/${id}/events`, bad);
      expect(reply.status).toBe(400);
      expect(reply.body.errors).toEqual([{ field: 'data.temporary', problems: ['temporary must be a boolean value'] }]);
      expect(await revisionOf(api, id)).toBe(revision);
      expect((await api.get(`/events/${bad.eventId}`)).status).toBe(404);
    });
  });

  describe('conditional writes with If-Match', () => {
    const id = 'if-match';
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
    });

    it('given the current revision, when writing with If-Match, then it is stored', async () => {
      const revision = await revisionOf(api, id);
      const reply = await api.post(`/negotiations/${id}/events`, withId(EXAMPLE_EVENTS.ActorRegistered), {
        'If-Match': `"${revision}"`,
      });
      expect(reply.status).toBe(201);
      expect(etagRevision(reply)).toBe(revision + 1);
    });

    it('given a stale revision, when writing with If-Match, then 412 names the current revision and nothing is stored', async () => {
      const revision = await revisionOf(api, id);
      const development = withId({
        ...EXAMPLE_EVENTS.ActorRegistered,
        data: { actor: { id: 'india', name: 'India', kind: 'state' }, role: 'third-party' },
      });
      const reply = await api.post(`/negotiations/${id}/events`, development, { 'If-Match': `"${revision - 1}"` });
      expect(reply.status).toBe(412);
      expect(reply.body.code).toBe('revision-mismatch');
      expect(reply.body.details).toMatchObject({ expectedRevision: revision - 1, currentRevision: revision });
      expect(etagRevision(reply)).toBe(revision);
      expect(await revisionOf(api, id)).toBe(revision);
      expect((await api.get(`/events/${development.eventId}`)).status).toBe(404);
    });

    it('given a negotiation never opened, when writing with If-Match, then 404 says so, as without the header', async () => {
      const reply = await api.post('/negotiations/never-opened-here/events', withId(EXAMPLE_EVENTS.MediationAction), {
        'If-Match': '"3"',
      });
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('negotiation-not-found');
      expect(reply.body.message).toContain('never-opened-here');
    });

    it('refuses an If-Match that is not a revision', async () => {
      const reply = await api.post(`/negotiations/${id}/events`, withId(EXAMPLE_EVENTS.MediationAction), {
        'If-Match': 'yesterday',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('bad-if-match');
      expect(reply.body.message).toContain('If-Match');
      expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual(['If-Match']);
    });

    it('given the ETag of a view used as If-Match, when writing, then 400 says where a revision comes from', async () => {
      const viewTag = (await api.get(`/negotiations/${id}/status`)).headers.get('etag')!;
      const reply = await api.post(`/negotiations/${id}/events`, withId(EXAMPLE_EVENTS.MediationAction), {
        'If-Match': viewTag,
      });
      expect(reply.status).toBe(400);
      expect(reply.body.message).toContain('GET /negotiations/{id}/events');
      const logTag = (await api.get(`/negotiations/${id}/events?limit=1`)).headers.get('etag')!;
      const write = await api.post(`/negotiations/${id}/events`, withId(EXAMPLE_EVENTS.MediationAction), {
        'If-Match': logTag,
      });
      expect(write.status).toBe(201);
    });
  });

  describe('batches: POST /negotiations/:id/events:batch', () => {
    const id = 'batches';
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
    });

    const tabling = () =>
      withId({
        type: 'DemandTabled' as const,
        data: {
          demandId: 'durand-line',
          by: 'pakistan',
          addressedTo: ['afghan-taliban'],
          text: 'Assurances along the Durand Line.',
          category: 'territorial' as const,
        },
        occurredAt: '2025-10-18',
        sources: EXAMPLE_EVENTS.DemandTabled.sources,
      });
    const position = (demandId: string, stance: string) =>
      withId({
        ...EXAMPLE_EVENTS.PositionTaken,
        data: { demandId, actorId: 'afghan-taliban', stance: stance as 'rejected' },
      });

    it('given developments that depend on each other, when sent as one batch, then all are stored in order under one write', async () => {
      const before = await revisionOf(api, id);
      const events = [tabling(), position('durand-line', 'rejected'), withId(EXAMPLE_EVENTS.MediationAction)];
      const reply = expectStatus(await api.post(`/negotiations/${id}/events:batch`, { events }), 201);
      expect(reply.body.revision).toBe(before + 3);
      expect(etagRevision(reply)).toBe(before + 3);
      expect(reply.body.events.map((e: { eventId: string; revision: number }) => [e.eventId, e.revision])).toEqual(
        events.map((e, i) => [e.eventId, before + 1 + i]),
      );
      const positions = reply.body.events.map((e: { position: number }) => e.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(reply.body.position).toBe(positions[2]);
    });

    it('given one item breaks a rule, when the batch is sent, then 422 names it and nothing of the batch is stored', async () => {
      const before = await revisionOf(api, id);
      const good = withId(EXAMPLE_EVENTS.StatementMade);
      const bad = position('no-such-demand', 'accepted');
      const reply = await api.post(`/negotiations/${id}/events:batch`, {
        events: [good, bad, withId(EXAMPLE_EVENTS.MediationAction)],
      });
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('unknown-demand');
      expect(reply.body.message).toContain('no-such-demand');
      expect(reply.body.message).toContain(bad.eventId);
      expect(await revisionOf(api, id)).toBe(before);
      expect((await api.get(`/events/${good.eventId}`)).status).toBe(404);
    });

    it('given one item is malformed, when the batch is sent, then 400 names the field by its index and nothing is stored', async () => {
      const before = await revisionOf(api, id);
      const good = withId(EXAMPLE_EVENTS.StatementMade);
      const malformed = {
        ...withId(EXAMPLE_EVENTS.PositionTaken),
        data: { ...EXAMPLE_EVENTS.PositionTaken.data, stance: 'maybe' },
      };
      const reply = await api.post(`/negotiations/${id}/events:batch`, { events: [good, malformed] });
      expect(reply.status).toBe(400);
      expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual(['events.1.data.stance']);
      expect(await revisionOf(api, id)).toBe(before);
      expect((await api.get(`/events/${good.eventId}`)).status).toBe(404);
    });

    it('refuses an empty batch, a batch that is not a list, and fields beside events', async () => {
      const before = await revisionOf(api, id);
      for (const [body, field] of [
        [{ events: [] }, 'events'],
        [{ events: 'all of them' }, 'events'],
        [{ events: [withId(EXAMPLE_EVENTS.MediationAction)], dryRun: true }, 'dryRun'],
      ] as const) {
        const reply = await api.post(`/negotiations/${id}/events:batch`, body);
        expect(reply.status).toBe(400);
        expect(reply.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect(await revisionOf(api, id)).toBe(before);
    });

    it('refuses the same event id twice in one batch, storing nothing', async () => {
      const before = await revisionOf(api, id);
      const one = withId(EXAMPLE_EVENTS.MediationAction);
      const reply = await api.post(`/negotiations/${id}/events:batch`, { events: [one, { ...one, note: 'again' }] });
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('duplicate-event-id-in-batch');
      expect(reply.body.message).toContain(one.eventId);
      expect(await revisionOf(api, id)).toBe(before);
    });
  });

  describe('event ids the service makes', () => {
    const id = 'made-ids';
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
    });
    /** RFC 9562 version 7 (time-ordered), variant 10. */
    const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    /** A UUIDv7's first 48 bits: the milliseconds since 1970 when it was made. */
    const madeAt = (uuid: string) => parseInt(uuid.replaceAll('-', '').slice(0, 12), 16);

    it('given writes that name no event id, when stored, then each gets a time-ordered UUID (v7) of the moment it was made, later ones sorting after earlier ones', async () => {
      const from = Date.now();
      const made: string[] = [];
      for (let i = 0; i < 3; i++) {
        const reply = expectStatus(await api.post(`/negotiations/${id}/events`, EXAMPLE_EVENTS.StatementMade), 201);
        made.push(reply.body.events[0].eventId);
      }
      const batch = expectStatus(
        await api.post(`/negotiations/${id}/events:batch`, {
          events: [EXAMPLE_EVENTS.StatementMade, EXAMPLE_EVENTS.MediationAction],
        }),
        201,
      );
      made.push(...batch.body.events.map((e: { eventId: string }) => e.eventId));
      const to = Date.now();

      expect(made).toHaveLength(5);
      for (const eventId of made) {
        expect(eventId).toMatch(UUID_V7);
        expect(madeAt(eventId)).toBeGreaterThanOrEqual(from);
        expect(madeAt(eventId)).toBeLessThanOrEqual(to);
        expect(expectStatus(await api.get(`/events/${eventId}`), 200).body.eventId).toBe(eventId);
      }
      expect(new Set(made).size).toBe(made.length);
      expect([...made].sort()).toEqual(made);
    });

    it('given a write with an Idempotency-Key, when stored, then its id is derived from the key (a name-based UUID, v5), the same on a retry', async () => {
      const key = `made-${randomUUID()}`;
      const send = () =>
        api.post(`/negotiations/${id}/events`, EXAMPLE_EVENTS.StatementMade, { 'Idempotency-Key': key });
      const first = expectStatus(await send(), 201).body.events[0].eventId;
      expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(expectStatus(await send(), 200).body.events[0].eventId).toBe(first);
    });
  });

  describe('given a script polling the log with the ETag it last got', () => {
    const id = 'polled-log';
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
    });

    it('then it gets 304 while nothing was recorded, and the new page once something was', async () => {
      const first = expectStatus(await api.get(`/negotiations/${id}/events`), 200);
      const etag = first.headers.get('etag')!;
      const unchanged = await api.get(`/negotiations/${id}/events`, { 'If-None-Match': etag });
      expect(unchanged.status).toBe(304);
      expect(unchanged.text).toBe('');
      expectStatus(await api.post(`/negotiations/${id}/events`, EXAMPLE_EVENTS.StatementMade), 201);
      const changed = expectStatus(await api.get(`/negotiations/${id}/events`, { 'If-None-Match': etag }), 200);
      expect(changed.body.events).toHaveLength(first.body.events.length + 1);
      expect(changed.headers.get('etag')).not.toBe(etag);
    });
  });
});
