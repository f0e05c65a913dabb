/**
 * What the service refuses, and how: every business rule (DOMAIN.md §3) with
 * a clear error that names the rule and the ids, and malformed requests with a
 * 400 naming each bad field. In every case the log is unchanged.
 */
import { randomUUID } from 'node:crypto';
import { EXAMPLE_EVENTS, EXAMPLE_SOURCES } from '@parley/domain/testing/examples';
import { startTestApp, type TestApp } from '../support/app';
import { openBody, withId } from '../support/cases';
import { client, type Client, etagRevision, expectStatus, type Reply, revisionOf } from '../support/http';

const S = EXAMPLE_SOURCES;
const ID = 'rules';

describe('business rules and malformed requests', () => {
  let t: TestApp;
  let api: Client;
  /** Ids recorded in beforeAll that the refusals refer to. */
  const ids = {
    concluded: 'doha-1',
    resolved: 'istanbul-final-position',
    retracted: randomUUID(),
    statement: randomUUID(),
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
    expectStatus(await api.post('/negotiations', openBody(ID)), 201);
    const events = [
      withId(EXAMPLE_EVENTS.TalksRoundOpened),
      withId({
        ...EXAMPLE_EVENTS.TalksRoundConcluded,
        data: { roundId: ids.concluded, outcome: 'agreement' as const },
      }),
      withId({
        type: 'DemandTabled' as const,
        data: {
          demandId: 'act-against-ttp',
          by: 'pakistan',
          addressedTo: ['afghan-taliban'],
          text: 'Act against the TTP.',
          category: 'security' as const,
        },
        occurredAt: '2025-10-25',
        sources: [S.pakistanTvFinalPosition],
      }),
      withId({
        type: 'UltimatumIssued' as const,
        data: {
          ultimatumId: ids.resolved,
          by: 'pakistan',
          to: ['afghan-taliban'],
          demandIds: ['act-against-ttp'],
          consequences: 'Pakistan leaves the talks.',
        },
        occurredAt: '2025-10-26',
        sources: [S.pakistanTvFinalPosition],
      }),
      withId(EXAMPLE_EVENTS.UltimatumResolved),
      withId(EXAMPLE_EVENTS.StatementMade, ids.statement),
      withId({ ...EXAMPLE_EVENTS.MediationAction }, ids.retracted),
      withId({ ...EXAMPLE_EVENTS.EventRetracted, data: { eventId: ids.retracted, reason: 'Misattributed.' } }),
    ];
    expectStatus(await api.post(`/negotiations/${ID}/events:batch`, { events }), 201);
  });
  afterAll(() => t.cleanup());

  /** Posts `body`, and checks that the negotiation's log did not move. */
  async function refused(
    body: unknown,
    path = `/negotiations/${ID}/events`,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const before = await revisionOf(api, ID);
    const reply = await api.post(path, body, headers);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(typeof reply.body?.message).toBe('string');
    expect(await revisionOf(api, ID)).toBe(before);
    return reply;
  }

  describe('business rules: a clear 4xx naming the rule and the ids, nothing stored', () => {
    it('given no such negotiation, when recording in it, then 404 negotiation-not-found', async () => {
      const reply = await api.post('/negotiations/no-such-talks/events', withId(EXAMPLE_EVENTS.MediationAction));
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('negotiation-not-found');
      expect(reply.body.message).toContain('no-such-talks');
      expect((await api.get('/negotiations/no-such-talks/events')).status).toBe(404);
    });

    it('given an opened negotiation, when opening it again, then 409 negotiation-already-opened', async () => {
      const again = { ...openBody(ID), eventId: randomUUID() };
      const reply = await refused(again, '/negotiations');
      expect(reply.status).toBe(409);
      expect(reply.body.code).toBe('negotiation-already-opened');
      expect(reply.body.message).toContain(ID);
      expect(reply.body.message).toContain(again.eventId);
    });

    it.each([
      [
        'round',
        'unknown-round',
        'roundId',
        { ...EXAMPLE_EVENTS.TalksRoundConcluded, data: { roundId: 'moscow-1', outcome: 'progress' } },
        'moscow-1',
      ],
      [
        'demand',
        'unknown-demand',
        'demandId',
        {
          ...EXAMPLE_EVENTS.PositionTaken,
          data: { demandId: 'reparations', actorId: 'afghan-taliban', stance: 'rejected' },
        },
        'reparations',
      ],
      [
        'ultimatum',
        'unknown-ultimatum',
        'ultimatumId',
        { ...EXAMPLE_EVENTS.UltimatumResolved, data: { ultimatumId: 'last-warning', resolution: 'lapsed' } },
        'last-warning',
      ],
      [
        'ceasefire',
        'unknown-ceasefire',
        'ceasefireId',
        { ...EXAMPLE_EVENTS.CeasefireExtended, data: { ceasefireId: 'eid-truce', terms: 'Another week.' } },
        'eid-truce',
      ],
      [
        'agreement',
        'unknown-agreement',
        'agreementId',
        {
          ...EXAMPLE_EVENTS.AgreementStatusChanged,
          data: { agreementId: 'indus-waters-treaty', status: 'suspended', by: 'pakistan' },
        },
        'indus-waters-treaty',
      ],
      [
        'actor',
        'unknown-actor',
        'actorId',
        { ...EXAMPLE_EVENTS.MediationAction, data: { ...EXAMPLE_EVENTS.MediationAction.data, mediator: 'norway' } },
        'norway',
      ],
      [
        'event',
        'unknown-event',
        'targetEventId',
        {
          ...EXAMPLE_EVENTS.EventRetracted,
          data: { eventId: '00000000-0000-4000-8000-000000000001', reason: 'Never happened.' },
        },
        '00000000-0000-4000-8000-000000000001',
      ],
    ])(
      'given no such %s, when an event refers to it, then 422 %s naming it',
      async (_what, code, detail, development, missing) => {
        const body = withId(development as never);
        const reply = await refused(body);
        expect(reply.status).toBe(422);
        expect(reply.body.code).toBe(code);
        expect(reply.body.message).toContain(missing);
        expect(reply.body.message).toContain((body as { eventId: string }).eventId);
        expect(reply.body.details[detail]).toBe(missing);
      },
    );

    it('given a concluded round, when it is concluded again, then 422 round-already-concluded', async () => {
      const reply = await refused(
        withId({ ...EXAMPLE_EVENTS.TalksRoundConcluded, data: { roundId: ids.concluded, outcome: 'collapsed' } }),
      );
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('round-already-concluded');
      expect(reply.body.message).toContain(ids.concluded);
    });

    it('given a resolved ultimatum, when it is resolved again, then 422 ultimatum-already-resolved', async () => {
      const reply = await refused(
        withId({ ...EXAMPLE_EVENTS.UltimatumResolved, data: { ultimatumId: ids.resolved, resolution: 'enforced' } }),
      );
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('ultimatum-already-resolved');
      expect(reply.body.message).toContain(ids.resolved);
    });

    it('given a retracted event, when it is corrected, then 422 event-retracted', async () => {
      const reply = await refused(
        withId({
          ...EXAMPLE_EVENTS.EventCorrected,
          data: { eventId: ids.retracted, changes: { note: 'Checked again.' }, reason: 'Re-checked.' },
        }),
      );
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('event-retracted');
      expect(reply.body.message).toContain(ids.retracted);
    });

    it('given a breach of a ceasefire recorded, when its end is recorded (or corrected) to a date before the breach, then 422 ceasefire-ended naming the breach, as in the other record order', async () => {
      const ceasefireId = 'border-truce';
      const breach = withId({
        ...EXAMPLE_EVENTS.CeasefireViolationReported,
        data: { ...EXAMPLE_EVENTS.CeasefireViolationReported.data, ceasefireId },
        occurredAt: '2025-10-20',
      });
      const ending = withId({
        ...EXAMPLE_EVENTS.CeasefireEnded,
        data: { ...EXAMPLE_EVENTS.CeasefireEnded.data, ceasefireId },
        occurredAt: '2025-10-25',
      });
      const events = [
        withId({
          ...EXAMPLE_EVENTS.CeasefireDeclared,
          data: { ...EXAMPLE_EVENTS.CeasefireDeclared.data, ceasefireId, duration: 'indefinite', until: undefined },
        }),
        breach,
      ];
      expectStatus(await api.post(`/negotiations/${ID}/events:batch`, { events }), 201);

      const early = await refused(withId({ ...ending, occurredAt: '2025-10-10' }));
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('ceasefire-ended');
      expect(early.body.message).toContain(breach.eventId);
      expect(early.body.message).toContain('2025-10-20');

      expectStatus(await api.post(`/negotiations/${ID}/events`, ending), 201);
      const corrected = await refused(
        withId({
          ...EXAMPLE_EVENTS.EventCorrected,
          data: { eventId: ending.eventId, changes: { occurredAt: '2025-10-10' }, reason: 'Ended earlier.' },
        }),
      );
      expect(corrected.status).toBe(422);
      expect(corrected.body.code).toBe('ceasefire-ended');
      expect(corrected.body.message).toContain(breach.eventId);
      const status = expectStatus(await api.get(`/negotiations/${ID}/status?at=2025-10-21`), 200).body;
      expect(status.ceasefire).toMatchObject({ ceasefireId, state: 'violated' });
    });

    it('given a date in the future, when it is the occurredAt, then 422 occurred-in-future naming the date', async () => {
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const body = withId({ ...EXAMPLE_EVENTS.MediationAction, occurredAt: tomorrow });
      const reply = await refused(body);
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('occurred-in-future');
      expect(reply.body.message).toContain(tomorrow);
      expect(reply.body.message).toContain(body.eventId);
      expect(reply.body.message).toContain('after now');
      expect(reply.body.details).toMatchObject({ occurredAt: tomorrow, eventId: body.eventId });
    });

    it('given a date in the future, when it is a plan (plannedFor), then it is accepted', async () => {
      const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const reply = await api.post(
        `/negotiations/${ID}/events`,
        withId({
          ...EXAMPLE_EVENTS.TalksRoundScheduled,
          data: { ...EXAMPLE_EVENTS.TalksRoundScheduled.data, plannedFor: nextMonth },
        }),
      );
      expect(reply.status).toBe(201);
    });

    it("given an agreement, when its status changes, then a party's act must be a signatory's, suspending it must say whose act it is, nothing follows its termination — and what is accepted is its status in the status view", async () => {
      const agreementId = 'doha-ceasefire-agreement';
      const status = (data: Record<string, unknown>, occurredAt = '2025-10-25') =>
        withId({ ...EXAMPLE_EVENTS.AgreementStatusChanged, data: { agreementId, ...data }, occurredAt } as never);
      expectStatus(await api.post(`/negotiations/${ID}/events`, withId(EXAMPLE_EVENTS.AgreementReached)), 201);

      const anonymous = await refused(status({ status: 'suspended' }));
      expect(anonymous.status).toBe(422);
      expect(anonymous.body.code).toBe('agreement-status-needs-party');
      expect(anonymous.body.details.field).toBe('data.by');

      const outsider = await refused(status({ status: 'withdrawn', by: 'qatar' }));
      expect(outsider.status).toBe(422);
      expect(outsider.body.code).toBe('agreement-status-by-non-signatory');
      expect(outsider.body.message).toContain('qatar');
      expect(outsider.body.details.field).toBe('data.by');

      const unheard = await refused(status({ status: 'in-abeyance', by: 'pakistan' }));
      expect(unheard.status).toBe(400);
      expect(unheard.body.errors.map((e: { field: string }) => e.field)).toEqual(['data.status']);

      expectStatus(
        await api.post(`/negotiations/${ID}/events`, status({ status: 'suspended', by: 'afghan-taliban' })),
        201,
      );
      const view = await api.get(`/negotiations/${ID}/status?at=2025-10-26`);
      expect(view.body.agreements).toEqual([
        expect.objectContaining({
          agreementId,
          status: 'suspended',
          since: '2025-10-25',
          by: 'afghan-taliban',
          implemented: false,
        }),
      ]);

      expectStatus(await api.post(`/negotiations/${ID}/events`, status({ status: 'terminated' }, '2025-10-28')), 201);
      const after = await refused(status({ status: 'in-force' }, '2025-10-29'));
      expect(after.status).toBe(422);
      expect(after.body.code).toBe('agreement-terminated');
      expect(after.body.message).toContain('2025-10-28');
    });

    it('given no source, when recording, then it is refused naming sources', async () => {
      const reply = await refused(withId({ ...EXAMPLE_EVENTS.MediationAction, sources: [] }));
      expect(reply.status).toBe(400);
      expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual(['sources']);
      const missing: Record<string, unknown> = { ...withId(EXAMPLE_EVENTS.MediationAction) };
      delete missing.sources;
      const none = await refused(missing);
      expect(none.status).toBe(400);
      expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['sources']);
    });

    it('given an event id already used for another fact, when it is reused, then 409 event-id-conflict', async () => {
      const reply = await refused({ ...withId(EXAMPLE_EVENTS.MediationAction), eventId: ids.statement });
      expect(reply.status).toBe(409);
      expect(reply.body.code).toBe('event-id-conflict');
      expect(reply.body.message).toContain(ids.statement);
    });
  });

  describe("an incident's harmed: whom an act aimed elsewhere harmed", () => {
    // Azerbaijan's airliner downed by Russian air defence firing at Ukrainian drones; here a Pakistani strike aimed at
    // the TTP that kills Afghan refugees.
    const strike = (data: Record<string, unknown>) =>
      withId({
        ...EXAMPLE_EVENTS.IncidentReported,
        data: {
          incidentId: `khyber-strike-${randomUUID().slice(0, 8)}`,
          kind: 'drone-strike' as const,
          perpetrator: 'pakistan',
          allegedBy: 'afghan-taliban',
          against: 'ttp',
          place: 'Khyber',
          fatalities: { min: 2, max: 2 },
          description: 'A drone strike on a TTP hideout kills two Afghan refugees.',
          ...data,
        },
      });
    beforeAll(async () => {
      const ttp = { actor: { id: 'ttp', name: 'TTP', kind: 'armed-group' as const }, role: 'spoiler' as const };
      expectStatus(
        await api.post(`/negotiations/${ID}/events`, withId({ ...EXAMPLE_EVENTS.ActorRegistered, data: ttp })),
        201,
      );
    });

    it('given a registered actor besides the target, when recorded, then it comes back as sent and the timeline says whom it harmed', async () => {
      const body = strike({ harmed: 'afghan-taliban' });
      expectStatus(await api.post(`/negotiations/${ID}/events`, body), 201);
      const stored = expectStatus(await api.get(`/events/${body.eventId}`), 200).body;
      expect(stored.data).toEqual(body.data);
      const timeline = expectStatus(await api.get(`/negotiations/${ID}/timeline`), 200).body;
      const item = timeline.items.find((i: { eventId: string }) => i.eventId === body.eventId);
      expect(item.summary).toMatch(/^Drone strike by Pakistan in Khyber, harming Afghan Taliban .*\(2 killed\)$/);
    });

    it.each([
      ['the perpetrator', 'pakistan', 'harmed-is-perpetrator'],
      ['whom it was aimed at', 'ttp', 'harmed-is-against'],
      ['an actor not registered', 'azerbaijan', 'unknown-actor'],
    ])('given %s as harmed, then 422 %s naming data.harmed, nothing stored', async (_what, harmed, code) => {
      const reply = await refused(strike({ harmed }));
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe(code);
      expect(reply.body.message).toContain('data.harmed');
      expect(reply.body.message).toContain(harmed);
      expect(reply.body.details.field).toBe('data.harmed');
    });

    it('given harmed that is not an actor id, then 400 naming data.harmed', async () => {
      const reply = await refused(strike({ harmed: 'Afghan Taliban' }));
      expect(reply.status).toBe(400);
      expect(reply.body.errors).toEqual([
        { field: 'data.harmed', problems: [expect.stringMatching(/^harmed must be an actor id/)] },
      ]);
    });
  });

  describe('malformed requests: 400 naming each bad field', () => {
    const fieldsOf = (reply: Reply) => reply.body.errors.map((e: { field: string }) => e.field).sort();

    it('names every missing or bad field of the envelope and of the data', async () => {
      const reply = await refused({
        type: 'PositionTaken',
        data: { demandId: 'act-against-ttp', stance: 'perhaps' },
        occurredAt: '19 October',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('bad-request');
      expect(fieldsOf(reply)).toEqual(['data.actorId', 'data.stance', 'occurredAt', 'sources']);
      for (const e of reply.body.errors) expect(e.problems.length).toBeGreaterThan(0);
      for (const field of ['data.actorId', 'data.stance', 'occurredAt', 'sources'])
        expect(reply.body.message).toContain(field);
    });

    it('names a bad event id, an unknown type and a source with a bad grade', async () => {
      const reply = await refused({
        ...EXAMPLE_EVENTS.MediationAction,
        eventId: 'not-a-uuid',
        sources: [{ title: 'Dawn', reliability: 'Z', credibility: 9 }],
      });
      expect(fieldsOf(reply)).toEqual(['eventId', 'sources.0.credibility', 'sources.0.reliability']);
      const unknownType = await refused({ ...EXAMPLE_EVENTS.MediationAction, type: 'PeaceDeclared' });
      expect(fieldsOf(unknownType)).toEqual(['type']);
      expect(unknownType.body.message).toContain('MediationAction');
    });

    it('refuses unknown fields, in the envelope and in the data', async () => {
      const reply = await refused({
        ...withId(EXAMPLE_EVENTS.MediationAction),
        priority: 'high',
        data: { ...EXAMPLE_EVENTS.MediationAction.data, venue: 'Ankara' },
      });
      expect(reply.status).toBe(400);
      expect(fieldsOf(reply)).toEqual(['data.venue', 'priority']);
      expect(reply.body.message).toContain('priority');
    });

    it('refuses a detention or a release with no perpetrator, naming the field; records one with it', async () => {
      const held = (kind: 'detention' | 'release', perpetrator?: string) => ({
        ...withId(EXAMPLE_EVENTS.IncidentReported),
        data: {
          incidentId: `patrol-${kind}`,
          kind,
          ...(perpetrator === undefined ? {} : { perpetrator }),
          against: 'pakistan',
          target: 'A border patrol and its vehicle',
          place: 'Torkham',
          description: 'A patrol seized across the line and held.',
        },
      });
      for (const kind of ['detention', 'release'] as const) {
        const reply = await refused(held(kind));
        expect(fieldsOf(reply)).toEqual(['data.perpetrator']);
        expect(reply.body.message).toContain(`perpetrator is required when kind is ${kind}`);
      }
      expect((await api.post(`/negotiations/${ID}/events`, held('detention', 'afghan-taliban'))).status).toBe(201);
    });

    it('refuses a body that is not valid JSON', async () => {
      for (const broken of [
        '{"type": "MediationAction", ',
        '{"type": MediationAction}',
        "{'type': 'MediationAction'}",
      ]) {
        const reply = await refused(broken);
        expect(reply.status).toBe(400);
        expect(reply.body.message).toContain('not valid JSON');
      }
      const empty = await refused('');
      expect(empty.status).toBe(400);
      expect(fieldsOf(empty)).toEqual(['data', 'occurredAt', 'sources', 'type']);
    });

    it('refuses a body that is not JSON at all (wrong content type)', async () => {
      const before = await revisionOf(api, ID);
      const reply = await api.raw(`/negotiations/${ID}/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify(withId(EXAMPLE_EVENTS.MediationAction)),
      });
      expect(reply.status).toBe(415);
      expect(reply.body.code).toBe('unsupported-media-type');
      expect(reply.body.message).toContain('application/json');
      expect(reply.body.message).toContain('text/plain');
      expect(await revisionOf(api, ID)).toBe(before);
    });

    it('judges each write by its own content type, whatever the write before it sent', async () => {
      const write = (contentType: string) =>
        api.raw(`/negotiations/${ID}/events`, {
          method: 'POST',
          headers: { 'Content-Type': contentType },
          body: JSON.stringify(withId(EXAMPLE_EVENTS.MediationAction)),
        });
      expect((await write('application/json')).status).toBe(201);
      const refused = await write('text/plain; charset=utf-8');
      expect(refused.status).toBe(415);
      expect(refused.body.message).toContain('text/plain');
      expect((await write('application/json')).status).toBe(201);
      expect((await write('Application/JSON; charset=utf-8')).status).toBe(201);
      expect((await write('application/jsonx')).status).toBe(415);
    });

    it('refuses a body larger than the limit with 413', async () => {
      const before = await revisionOf(api, ID);
      const huge = withId({ ...EXAMPLE_EVENTS.MediationAction, note: 'x'.repeat(1_100_000) });
      const reply = await api.post(`/negotiations/${ID}/events`, huge);
      expect(reply.status).toBe(413);
      expect(reply.body.message).toContain('too large');
      expect(await revisionOf(api, ID)).toBe(before);
    });

    it('refuses an opening without a usable id or with too few parties', async () => {
      const noParties = await api.post('/negotiations', {
        ...openBody('lonely'),
        parties: [openBody('lonely').parties[0]],
      });
      expect([400, 422]).toContain(noParties.status);
      expect(noParties.body.message).toMatch(/part/);
      const badId = await api.post('/negotiations', { ...openBody('x'), id: 'Not A Slug' });
      expect(badId.status).toBe(400);
      expect(fieldsOf(badId)).toEqual(['id']);
      expect((await api.get('/negotiations/lonely/events')).status).toBe(404);
    });

    it('keeps the ETag of the log where it was after all those refusals', async () => {
      const reply = await api.get(`/negotiations/${ID}/events?limit=1`);
      expect(etagRevision(reply)).toBe(reply.body.revision);
    });
  });
});
