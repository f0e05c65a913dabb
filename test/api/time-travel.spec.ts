/**
 * Bi-temporal views through the API: `knownAt` leaves out what was recorded
 * later, a backdated event lands where it belongs, corrections and
 * retractions apply (and not before they were known), and `minPosition`
 * reads one's own writes or says the views are behind.
 */
import { EXAMPLE_EVENTS, EXAMPLE_SOURCES } from '@parley/domain/testing/examples';
import { startTestApp, type TestApp } from '../support/app';
import { openBody, withId } from '../support/cases';
import { client, type Client, expectStatus, type Json } from '../support/http';

const S = EXAMPLE_SOURCES;

/** Resolves once the clock has moved past `iso`, so the next write is recorded strictly later. */
async function clockPasses(iso: string): Promise<void> {
  const t = Date.parse(iso);
  while (Date.now() <= t) await new Promise((resolve) => setImmediate(resolve));
}

const tabling = (demandId: string, text: string) =>
  withId({
    type: 'DemandTabled' as const,
    data: { demandId, by: 'pakistan', addressedTo: ['afghan-taliban'], text, category: 'economic' as const },
    occurredAt: '2025-10-18',
    sources: [S.finalMessageSeed],
  });
const stance = (demandId: string, value: 'accepted-in-principle' | 'rejected' | 'accepted', occurredAt: string) =>
  withId({
    type: 'PositionTaken' as const,
    data: { demandId, actorId: 'afghan-taliban', stance: value },
    occurredAt,
    sources: [S.htnDeadlock],
  });
const ultimatum = (ultimatumId: string, demandId: string) =>
  withId({
    type: 'UltimatumIssued' as const,
    data: {
      ultimatumId,
      by: 'pakistan',
      to: ['afghan-taliban'],
      demandIds: [demandId],
      consequences: 'Support for the opposition.',
      channel: 'via Turkish mediators',
    },
    occurredAt: '2025-11-12',
    sources: [S.news24FinalMessage],
  });

describe('views in time: knownAt, backdating, corrections, read-your-writes', () => {
  let t: TestApp;
  let api: Client;
  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
  });
  afterAll(() => t.cleanup());

  const record = async (id: string, body: unknown): Promise<Json> =>
    expectStatus(await api.post(`/negotiations/${id}/events`, body), 201).body;
  const view = async (id: string, path: string): Promise<Json> =>
    expectStatus(await api.get(`/negotiations/${id}/${path}`), 200).body;
  const q = (iso: string) => encodeURIComponent(iso);

  describe('knownAt: what Parley knew then', () => {
    const id = 'known-at';
    let a: Json;
    let b: Json;
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
      await record(id, tabling('trade', 'Improved trade ties.'));
      a = await record(id, stance('trade', 'accepted-in-principle', '2025-11-10'));
      await clockPasses(a.events[0].recordedAt);
      b = await record(id, ultimatum('final-message', 'trade'));
    });

    it('given A recorded before B, when asking knownAt between them, then B is left out of every view', async () => {
      const knownAt = a.events[0].recordedAt;
      expect(b.events[0].recordedAt > knownAt).toBe(true);
      const then = await view(id, `status?knownAt=${q(knownAt)}&minPosition=${b.position}`);
      const now = await view(id, 'status');
      expect(then.ultimatums).toEqual([]);
      expect(now.ultimatums.map((u: Json) => u.ultimatumId)).toEqual(['final-message']);
      const timeline = await view(id, `timeline?knownAt=${q(knownAt)}`);
      expect(timeline.knownAt).toBe(knownAt);
      expect(timeline.items.map((i: Json) => i.eventId)).toContain(a.events[0].eventId);
      expect(timeline.items.map((i: Json) => i.eventId)).not.toContain(b.events[0].eventId);
      const escalationThen = await view(id, `escalation?at=2025-11-12&knownAt=${q(knownAt)}`);
      const escalationNow = await view(id, 'escalation?at=2025-11-12');
      expect(escalationNow.conflict).toBeGreaterThan(escalationThen.conflict);
    });

    it('given knownAt, then every view and the portfolio name it beside the instant they stand at; without it, null', async () => {
      const knownAt = a.events[0].recordedAt;
      for (const path of ['status', 'matrix', 'escalation', 'timeline']) {
        const then = await view(id, `${path}?at=2025-11-12&knownAt=${q(knownAt)}`);
        expect({ path, at: then.at, knownAt: then.knownAt }).toEqual({
          path,
          at: '2025-11-12T23:59:59.999Z',
          knownAt,
        });
        expect({ path, knownAt: (await view(id, path)).knownAt }).toEqual({ path, knownAt: null });
      }
      // The matrix and the timeline do not move with the clock: as they stand, they name no instant.
      expect((await view(id, 'matrix')).at).toBeNull();
      const list = expectStatus(await api.get(`/negotiations?knownAt=${q(knownAt)}`), 200).body;
      expect(list.knownAt).toBe(knownAt);
      expect(expectStatus(await api.get('/negotiations'), 200).body.knownAt).toBeNull();
    });

    it('given knownAt before anything was recorded, then there is nothing to show yet', async () => {
      const status = await view(id, 'status?knownAt=2020-01-01');
      expect(status).toMatchObject({
        phase: 'pre-talks',
        title: null,
        parties: [],
        ultimatums: [],
        demands: { total: 0 },
      });
      const timeline = await view(id, 'timeline?knownAt=2020-01-01');
      expect(timeline.items).toEqual([]);
    });
  });

  describe('a backdated event lands in its place', () => {
    const id = 'backdated';
    let later: Json;
    let backdated: Json;
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
      await record(id, tabling('trade', 'Improved trade ties.'));
      later = await record(id, stance('trade', 'accepted-in-principle', '2025-11-10'));
      // Recorded afterwards, but it happened three weeks earlier.
      backdated = await record(id, stance('trade', 'rejected', '2025-10-20'));
    });

    it('given a stance recorded later but dated earlier, then the matrix shows the latest stance by occurredAt, not the last recorded', async () => {
      const matrix = await view(id, `matrix?minPosition=${backdated.position}`);
      const cell = matrix.rows[0].cells.find((c: Json) => c.actorId === 'afghan-taliban');
      expect(cell).toMatchObject({
        value: 'accepted-in-principle',
        eventId: later.events[0].eventId,
        occurredAt: '2025-11-10',
      });
      expect(cell.history.map((h: Json) => [h.stance, h.eventId])).toEqual([
        ['rejected', backdated.events[0].eventId],
        ['accepted-in-principle', later.events[0].eventId],
      ]);
      expect(matrix.rows[0].consensus).toBe('partial');
    });

    it('given the world as of before the later stance, then the backdated rejection is the stance', async () => {
      const matrix = await view(id, 'matrix?at=2025-11-01');
      const cell = matrix.rows[0].cells.find((c: Json) => c.actorId === 'afghan-taliban');
      expect(cell).toMatchObject({ value: 'rejected', eventId: backdated.events[0].eventId });
      expect(matrix.rows[0].consensus).toBe('contested');
    });

    it('given the same facts recorded in the other order, then the views are the same', async () => {
      const other = 'backdated-other-order';
      expectStatus(await api.post('/negotiations', openBody(other)), 201);
      await record(other, tabling('trade', 'Improved trade ties.'));
      const first = await record(other, stance('trade', 'rejected', '2025-10-20'));
      const second = await record(other, stance('trade', 'accepted-in-principle', '2025-11-10'));
      const shape = (m: Json) =>
        m.rows.map((r: Json) => ({
          consensus: r.consensus,
          cells: r.cells.map((c: Json) => ({
            value: c.value,
            occurredAt: c.occurredAt,
            history: c.history.map((h: Json) => [h.stance, h.occurredAt]),
          })),
        }));
      const mine = await view(id, 'matrix');
      const theirs = await view(other, `matrix?minPosition=${second.position}`);
      expect(shape(theirs)).toEqual(shape(mine));
      expect(first.position).toBeLessThan(second.position);
      const statusA = await view(id, 'status?at=2025-11-15');
      const statusB = await view(other, 'status?at=2025-11-15');
      expect({ ...statusB, negotiationId: id, latestDevelopment: null }).toEqual({
        ...statusA,
        latestDevelopment: null,
      });
    });
  });

  describe('a correction of occurredAt moves the event in time', () => {
    const id = 'moved-in-time';
    it('given the latest stance corrected to an earlier date, then the other stance becomes the latest, but not as known before', async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
      await record(id, tabling('trade', 'Improved trade ties.'));
      const accepted = await record(id, stance('trade', 'accepted-in-principle', '2025-11-10'));
      const rejected = await record(id, stance('trade', 'rejected', '2025-10-20'));
      await clockPasses(rejected.events[0].recordedAt);
      const correction = await record(
        id,
        withId({
          ...EXAMPLE_EVENTS.EventCorrected,
          data: {
            eventId: accepted.events[0].eventId,
            changes: { occurredAt: '2025-10-01' },
            reason: 'It was said before the Doha round.',
          },
        }),
      );
      const cell = (m: Json) => m.rows[0].cells.find((c: Json) => c.actorId === 'afghan-taliban');
      const now = await view(id, `matrix?minPosition=${correction.position}`);
      expect(cell(now)).toMatchObject({ value: 'rejected', eventId: rejected.events[0].eventId });
      expect(cell(now).history.map((h: Json) => [h.stance, h.occurredAt])).toEqual([
        ['accepted-in-principle', '2025-10-01'],
        ['rejected', '2025-10-20'],
      ]);
      expect(now.knownAt).toBeNull();
      expect(await view(id, 'matrix?knownAt=2999-01-01')).toEqual({ ...now, knownAt: '2999-01-01T23:59:59.999Z' });
      const then = await view(id, `matrix?knownAt=${q(rejected.events[0].recordedAt)}`);
      expect(cell(then)).toMatchObject({ value: 'accepted-in-principle', occurredAt: '2025-11-10' });
      // The matrix names what it was read as known at, as every view does.
      expect(then.knownAt).toBe(rejected.events[0].recordedAt);
    });
  });

  describe('corrections and retractions', () => {
    const id = 'corrections';
    let statement: Json;
    let threat: Json;
    let correction: Json;
    let retraction: Json;
    let beforeCorrection: string;
    let beforeRetraction: string;

    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
      await record(id, tabling('trade', 'Improved trade ties.'));
      statement = await record(
        id,
        withId({
          ...EXAMPLE_EVENTS.StatementMade,
          data: { ...EXAMPLE_EVENTS.StatementMade.data, tone: 'warning' as const },
          occurredAt: '2025-11-05',
        }),
      );
      threat = await record(id, ultimatum('final-message', 'trade'));
      beforeCorrection =
        statement.events[0].recordedAt > threat.events[0].recordedAt
          ? statement.events[0].recordedAt
          : threat.events[0].recordedAt;
      await clockPasses(beforeCorrection);
      correction = await record(
        id,
        withId({
          ...EXAMPLE_EVENTS.EventCorrected,
          data: {
            eventId: statement.events[0].eventId,
            changes: { data: { tone: 'military-threat' } },
            reason: 'The full quote is a military threat.',
          },
        }),
      );
      beforeRetraction = correction.events[0].recordedAt;
      await clockPasses(beforeRetraction);
      retraction = await record(
        id,
        withId({
          ...EXAMPLE_EVENTS.EventRetracted,
          data: { eventId: threat.events[0].eventId, reason: 'Single-origin report; denied by the Foreign Office.' },
        }),
      );
    });

    it('given a correction, then the timeline shows the corrected event with the correction attached', async () => {
      const timeline = await view(id, `timeline?minPosition=${retraction.position}`);
      const item = timeline.items.find((i: Json) => i.eventId === statement.events[0].eventId);
      expect(item.data.tone).toBe('military-threat');
      expect(item.corrections).toHaveLength(1);
      expect(item.corrections[0]).toMatchObject({
        eventId: correction.events[0].eventId,
        reason: 'The full quote is a military threat.',
        withdrawn: false,
      });
      // Corrections and retractions are attached, not listed as developments of their own.
      expect(timeline.items.map((i: Json) => i.type)).not.toContain('EventCorrected');
      expect(timeline.items.map((i: Json) => i.type)).not.toContain('EventRetracted');
    });

    it('given a correction, then the escalation counts the event with its corrected fields', async () => {
      const now = await view(id, 'escalation?at=2025-11-06');
      const then = await view(id, `escalation?at=2025-11-06&knownAt=${q(beforeCorrection)}`);
      const driver = (e: Json) => e.drivers.find((d: Json) => d.eventId === statement.events[0].eventId);
      expect(driver(now)).toMatchObject({ code: '138', g: -7 });
      expect(driver(then)).toMatchObject({ code: '130', g: -4.4 });
      expect(now.conflict).toBeGreaterThan(then.conflict);
    });

    it('given a retraction, then the retracted event counts for nothing but stays visible in the timeline, flagged', async () => {
      const status = await view(id, 'status');
      expect(status.ultimatums).toEqual([]);
      const escalation = await view(id, 'escalation?at=2025-11-13');
      expect(escalation.drivers.map((d: Json) => d.eventId)).not.toContain(threat.events[0].eventId);
      const timeline = await view(id, 'timeline');
      const item = timeline.items.find((i: Json) => i.eventId === threat.events[0].eventId);
      expect(item.retracted).toMatchObject({
        eventId: retraction.events[0].eventId,
        reason: 'Single-origin report; denied by the Foreign Office.',
      });
    });

    it('given knownAt before the correction and the retraction, then the views show the original', async () => {
      const status = await view(id, `status?knownAt=${q(beforeCorrection)}`);
      expect(status.ultimatums.map((u: Json) => u.ultimatumId)).toEqual(['final-message']);
      const timeline = await view(id, `timeline?knownAt=${q(beforeCorrection)}`);
      const item = timeline.items.find((i: Json) => i.eventId === statement.events[0].eventId);
      expect(item.data.tone).toBe('warning');
      expect(item.corrections).toEqual([]);
      // Between the two: corrected, not yet retracted.
      const between = await view(id, `timeline?knownAt=${q(beforeRetraction)}`);
      expect(between.items.find((i: Json) => i.eventId === statement.events[0].eventId).data.tone).toBe(
        'military-threat',
      );
      expect(between.items.find((i: Json) => i.eventId === threat.events[0].eventId).retracted).toBeNull();
      expect((await view(id, `status?knownAt=${q(beforeRetraction)}`)).ultimatums).toHaveLength(1);
    });

    it('given the changes for a briefing, then the retracted ultimatum is not among them', async () => {
      const changes = await view(id, 'changes?since=2025-11-01&until=2025-11-30');
      expect(changes.ultimatums.issued).toEqual([]);
      const before = await view(id, `changes?since=2025-11-01&until=2025-11-30&knownAt=${q(beforeCorrection)}`);
      expect(before.ultimatums.issued.map((u: Json) => u.ultimatumId)).toEqual(['final-message']);
    });
  });

  describe('a deadline or an end given as a date runs to the end of that day', () => {
    const id = 'dated-ends';
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
      await record(id, tabling('trade', 'Improved trade ties.'));
      await record(id, {
        ...ultimatum('by-friday', 'trade'),
        occurredAt: '2025-11-01',
        data: { ...ultimatum('by-friday', 'trade').data, deadline: '2025-11-07' },
      });
      await record(
        id,
        withId({
          type: 'CeasefireDeclared' as const,
          data: {
            ceasefireId: 'till-monday',
            parties: ['pakistan', 'afghan-taliban'],
            duration: 'temporary' as const,
            until: '2025-11-10',
          },
          occurredAt: '2025-11-01',
          sources: [S.dawnTruce],
        }),
      );
    });

    it('given an ultimatum due "2025-11-07", then on that day it is pending (0 days left), and overdue by one day from the next', async () => {
      const on = (at: string) => view(id, `status?at=${q(at)}`).then((s: Json) => s.ultimatums[0]);
      expect(await on('2025-11-07T10:00:00Z')).toMatchObject({
        deadlineStatus: 'pending',
        daysLeft: 0,
        daysOverdue: null,
      });
      expect(await on('2025-11-07')).toMatchObject({ deadlineStatus: 'pending', daysOverdue: null });
      expect(await on('2025-11-08T00:00:00Z')).toMatchObject({ deadlineStatus: 'overdue', daysOverdue: 1 });
      expect(await on('2025-11-08')).toMatchObject({ deadlineStatus: 'overdue', daysOverdue: 1 });
    });

    it('given a ceasefire "until 2025-11-10", then it is in force all that day (status and escalation), and expired from the next', async () => {
      const status = await view(id, `status?at=${q('2025-11-10T18:00:00Z')}`);
      expect(status.ceasefire).toMatchObject({ ceasefireId: 'till-monday', state: 'in-force', ended: null });
      const escalation = await view(id, `escalation?at=${q('2025-11-10T18:00:00Z')}`);
      expect(escalation.conditions.map((c: Json) => c.kind)).toContain('ceasefire');
      const after = await view(id, `status?at=${q('2025-11-11T00:00:00Z')}`);
      expect(after.ceasefire).toMatchObject({ state: 'ended', ended: { reason: 'expired', occurredAt: '2025-11-10' } });
      const later = await view(id, `escalation?at=${q('2025-11-11T00:00:00Z')}`);
      expect(later.conditions.map((c: Json) => c.kind)).not.toContain('ceasefire');
    });
  });

  describe('read your writes with minPosition', () => {
    const id = 'read-your-writes';
    beforeAll(async () => {
      expectStatus(await api.post('/negotiations', openBody(id)), 201);
    });

    it('given a write, when reading with its position as minPosition, then every view includes it', async () => {
      const tabled = await record(id, tabling('trade', 'Improved trade ties.'));
      const matrix = await view(id, `matrix?minPosition=${tabled.position}`);
      expect(matrix.rows.map((r: Json) => r.demandId)).toEqual(['trade']);
      const issued = await record(id, ultimatum('final-message', 'trade'));
      const status = await view(id, `status?minPosition=${issued.position}`);
      expect(status.ultimatums).toHaveLength(1);
      const list = expectStatus(await api.get(`/negotiations?minPosition=${issued.position}`), 200).body;
      expect(list.position).toBeGreaterThanOrEqual(issued.position);
      const health = expectStatus(await api.get('/health'), 200).body;
      expect(health.views.position).toBeGreaterThanOrEqual(issued.position);
    });

    it('given a batch, when reading with its position, then the whole batch is in', async () => {
      const batch = expectStatus(
        await api.post(`/negotiations/${id}/events:batch`, {
          events: [tabling('durand', 'Durand Line assurances.'), tabling('buffer', 'A buffer zone.')],
        }),
        201,
      ).body;
      const matrix = await view(id, `matrix?minPosition=${batch.position}`);
      expect(matrix.rows.map((r: Json) => r.demandId)).toEqual(['trade', 'durand', 'buffer']);
    });
  });
});

describe('views that cannot catch up in time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PARLEY_MIN_POSITION_TIMEOUT_MS: '100' } });
  });
  afterAll(() => t.cleanup());

  it('given a minPosition beyond the end of the log, when reading, then 400 at once naming minPosition', async () => {
    const api = client(t.url);
    const opened = expectStatus(await api.post('/negotiations', openBody('far-ahead')), 201).body;
    const ahead = opened.position + 1000;
    for (const path of ['status', 'matrix', 'escalation', 'timeline']) {
      const reply = await api.get(`/negotiations/far-ahead/${path}?minPosition=${ahead}`);
      expect(reply.status).toBe(400);
      expect(reply.body.errors.map((e: Json) => e.field)).toEqual(['minPosition']);
      expect(reply.body.message).toContain(String(ahead));
      expect(reply.body.message).toContain('beyond the end of the log');
    }
    // The app is fine: without minPosition it answers.
    expect((await api.get('/negotiations/far-ahead/status')).status).toBe(200);
  });
});
