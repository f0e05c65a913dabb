/**
 * The three views (and timeline, changes, series) over the first seed article
 * (`shared/seeds/000_*.txt`), recorded through the API: they must say what
 * the article says — three rounds and stalled talks, five demands of which
 * the handover and the buffer zone are rejected, a "final message" without a
 * deadline conveyed via Turkish mediators, the ceasefire, the outreach to the
 * Afghan opposition — and the escalation numbers must follow model v1.
 */
import { startTestApp, type TestApp } from '../support/app';
import {
  type Development,
  firstSeedArticle,
  SEED_DEMANDS,
  SEED_NEGOTIATION as ID,
  SEED_OPEN,
  SEED_OPPOSITION,
  SEED_SOURCE,
} from '../support/cases';
import { instantOf, type ModelEvent, readingAt, trendAt } from '../support/escalation-v1';
import { client, type Client, expectStatus, type Json } from '../support/http';

const DAY = 86_400_000;

describe('the views of the first seed article', () => {
  let t: TestApp;
  let api: Client;
  let developments: Development[];
  let position: number;
  /** Everything recorded, opening included, as the model reads it. */
  let modelEvents: ModelEvent[];

  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
    expectStatus(await api.post('/negotiations', SEED_OPEN), 201);
    developments = firstSeedArticle();
    for (const d of developments)
      position = expectStatus(await api.post(`/negotiations/${ID}/events`, d), 201).body.position;
    modelEvents = [
      { type: 'NegotiationOpened', data: {}, occurredAt: SEED_OPEN.occurredAt, sources: SEED_OPEN.sources },
      ...(developments as unknown as ModelEvent[]),
    ];
  });
  afterAll(() => t.cleanup());

  const view = async (path: string): Promise<Json> =>
    expectStatus(await api.get(`/negotiations/${ID}/${path}`), 200).body;
  const idOf = (type: string, pick: (d: Development) => boolean = () => true) =>
    developments.find((d) => d.type === type && pick(d))!.eventId;

  describe('status', () => {
    let status: Json;
    beforeAll(async () => {
      status = await view(`status?minPosition=${position}`);
    });

    it('says three rounds were held and the talks have stalled after the unsuccessful round in Istanbul', () => {
      expect(status.phase).toBe('stalled');
      expect(status.rounds.held).toBe(3);
      expect(status.rounds.last).toMatchObject({
        roundId: 'istanbul-2',
        venue: 'Istanbul',
        outcome: 'no-progress',
        concludedAt: '2025-11-07',
        inSession: false,
      });
      expect(status.rounds.next).toBeNull();
      expect(status.closed).toBeNull();
    });

    it('names the parties and the mediators, first Qatar and later Turkey', () => {
      expect(status.parties.map((a: Json) => a.id)).toEqual(['pakistan', 'afghan-taliban']);
      expect(status.mediators.map((a: Json) => a.id)).toEqual(['qatar', 'turkiye']);
      expect(status.title).toBe(SEED_OPEN.title);
    });

    it('knows the opposition leaders Pakistan re-contacted and the TTP', () => {
      const others = Object.fromEntries(status.otherActors.map((a: Json) => [a.id, a.role]));
      for (const id of SEED_OPPOSITION) expect(others[id]).toBe('opposition');
      expect(others.ttp).toBe('spoiler');
      expect(others.india).toBe('third-party');
    });

    it('shows the "final message" as an active ultimatum without a deadline, conveyed via Turkish mediators', () => {
      expect(status.ultimatums).toHaveLength(1);
      expect(status.ultimatums[0]).toMatchObject({
        ultimatumId: 'final-message',
        by: 'pakistan',
        to: ['afghan-taliban'],
        issuedAt: '2025-11',
        deadline: null,
        deadlineStatus: 'none',
        daysLeft: null,
        daysOverdue: null,
        channel: 'via Turkish mediators',
      });
      expect(status.ultimatums[0].consequences).toContain('alternative political forces');
    });

    it('has the ceasefire in force, and the demands counted by consensus: two contested, three pending', () => {
      expect(status.ceasefire).toMatchObject({
        state: 'in-force',
        ceasefireId: 'doha-ceasefire',
        violations: 0,
        ended: null,
      });
      expect(status.demands).toEqual({
        total: 5,
        open: 5,
        withdrawn: 0,
        byConsensus: { agreed: 0, contested: 2, partial: 0, pending: 3 },
      });
    });

    it('gives the latest development and the escalation under model v2 by default, v1 on request', async () => {
      expect(status.latestDevelopment).toMatchObject({ type: 'TalksRoundConcluded', occurredAt: '2025-11-07' });
      expect(status.escalation.modelVersion).toBe('v2');
      expect(status.modelVersion).toBe('v2');
      const v1 = await view('status?model=v1');
      expect(v1.modelVersion).toBe('v1');
      expect(v1.escalation.modelVersion).toBe('v1');
    });

    it('lists the negotiation with the same summary', async () => {
      const list = expectStatus(await api.get('/negotiations'), 200).body;
      expect(list.negotiations).toHaveLength(1);
      expect(list.negotiations[0]).toMatchObject({
        negotiationId: ID,
        title: SEED_OPEN.title,
        phase: 'stalled',
        roundsHeld: 3,
        activeUltimatums: 1,
        ceasefire: 'in-force',
      });
      expect(list.position).toBeGreaterThanOrEqual(position);
    });

    it('lists the negotiations as they stood at a past date, and leaves out one not yet opened then', async () => {
      const at = '2025-10-20';
      const then = expectStatus(await api.get(`/negotiations?at=${at}`), 200).body;
      const status = await view(`status?at=${at}`);
      const opening = (await view(`timeline?at=${at}`)).items.find((i: Json) => i.type === 'NegotiationOpened');
      // The status summary, and (the portfolio, issue #18) the level's direction, ultimatums and deadlines of that date.
      expect(then.negotiations).toEqual([
        {
          negotiationId: ID,
          title: status.title,
          openedAt: opening.occurredAt,
          phase: status.phase,
          escalation: status.escalation,
          roundsHeld: status.rounds.held,
          activeUltimatums: status.ultimatums.length,
          ceasefire: status.ceasefire.state,
          ceasefireCoverage: status.ceasefire.coverage,
          latestDevelopment: status.latestDevelopment,
          activePeriod: status.activePeriod,
          levelChanges: [expect.objectContaining({ days: 7 }), expect.objectContaining({ days: 30 })],
          ultimatums: status.ultimatums.map((u: Json) => expect.objectContaining({ ultimatumId: u.ultimatumId })),
          deadlines: [],
        },
      ]);
      expect(then.negotiations[0].roundsHeld).toBeLessThan(3);
      expect(expectStatus(await api.get('/negotiations?at=2024-01-01'), 200).body.negotiations).toEqual([]);
    });

    it('answers 404 for a negotiation that does not exist', async () => {
      for (const path of [
        'status',
        'matrix',
        'escalation',
        'escalation/series',
        'timeline',
        'changes?since=2025-10-01',
      ]) {
        const reply = await api.get(`/negotiations/no-such-talks/${path}`);
        expect(reply.status).toBe(404);
        expect(reply.body.message).toContain('no-such-talks');
      }
    });
  });

  describe('demand-acceptance matrix', () => {
    let matrix: Json;
    beforeAll(async () => {
      matrix = await view('matrix');
    });

    it('has the five demands of Pakistan as rows, in the order tabled, and the two parties as columns', () => {
      expect(matrix.columns.map((c: Json) => c.actorId)).toEqual(['pakistan', 'afghan-taliban']);
      expect(matrix.rows.map((r: Json) => r.demandId)).toEqual(Object.values(SEED_DEMANDS));
      for (const row of matrix.rows) {
        expect(row).toMatchObject({ by: 'pakistan', addressedTo: ['afghan-taliban'], state: 'open' });
        expect(row.cells[0]).toMatchObject({ actorId: 'pakistan', value: 'proposer' });
      }
      const categories = Object.fromEntries(matrix.rows.map((r: Json) => [r.demandId, r.category]));
      expect(categories).toEqual({
        [SEED_DEMANDS.ttp]: 'security',
        [SEED_DEMANDS.handover]: 'security',
        [SEED_DEMANDS.durand]: 'territorial',
        [SEED_DEMANDS.bufferZone]: 'territorial',
        [SEED_DEMANDS.trade]: 'economic',
      });
    });

    it('shows the Taliban’s rejection of the handover and the buffer zone, with the event, date and source; the rest pending', () => {
      const rows = Object.fromEntries(matrix.rows.map((r: Json) => [r.demandId, r]));
      for (const demandId of [SEED_DEMANDS.handover, SEED_DEMANDS.bufferZone]) {
        const cell = rows[demandId].cells[1];
        expect(rows[demandId].consensus).toBe('contested');
        expect(cell).toMatchObject({
          actorId: 'afghan-taliban',
          value: 'rejected',
          eventId: idOf('PositionTaken', (d) => (d.data as { demandId: string }).demandId === demandId),
          occurredAt: '2025-11',
          sources: [SEED_SOURCE],
        });
        expect(cell.history.map((h: Json) => h.stance)).toEqual(['rejected']);
      }
      for (const demandId of [SEED_DEMANDS.ttp, SEED_DEMANDS.durand, SEED_DEMANDS.trade]) {
        expect(rows[demandId].consensus).toBe('pending');
        expect(rows[demandId].cells[1]).toMatchObject({ value: 'no-position', eventId: null, history: [] });
      }
    });

    it('exports the same matrix as CSV, by Accept header or by ?format=csv', async () => {
      const byQuery = expectStatus(await api.get(`/negotiations/${ID}/matrix?format=csv`), 200);
      const byAccept = expectStatus(await api.get(`/negotiations/${ID}/matrix`, { Accept: 'text/csv' }), 200);
      for (const reply of [byQuery, byAccept]) {
        expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(reply.headers.get('content-disposition')).toContain(`${ID}-matrix.csv`);
      }
      expect(byAccept.text).toBe(byQuery.text);
      const lines = byQuery.text.trim().split(/\r?\n/);
      expect(lines[0]).toBe('demand_id,demand,by,category,addressed_to,state,consensus,pakistan,afghan-taliban');
      expect(lines).toHaveLength(6);
      const line = (demandId: string) => lines.find((l) => l.startsWith(`${demandId},`))!;
      expect(line(SEED_DEMANDS.handover).endsWith(',contested,proposer,rejected')).toBe(true);
      expect(line(SEED_DEMANDS.bufferZone).endsWith(',contested,proposer,rejected')).toBe(true);
      expect(line(SEED_DEMANDS.trade).endsWith(',pending,proposer,no-position')).toBe(true);
      // JSON stays the default, and wins when asked for.
      const json = expectStatus(
        await api.get(`/negotiations/${ID}/matrix`, { Accept: 'application/json, text/csv' }),
        200,
      );
      expect(json.body).toEqual(matrix);
    });

    it('refuses a format it does not have', async () => {
      const reply = await api.get(`/negotiations/${ID}/matrix?format=xml`);
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].field).toBe('format');
    });
  });

  describe('escalation (model v1)', () => {
    const T = (iso: string) => Date.parse(iso);

    it.each([
      '2025-10-19T00:00:00Z',
      '2025-10-31T00:00:00Z',
      '2025-11-01T00:00:00Z',
      '2025-11-08T12:00:00Z',
      '2025-11-15T00:00:00Z',
    ])('at %s, gives the index, level and trend of the documented formula', async (at) => {
      const e = await view(`escalation?at=${at}&model=v1`);
      const expected = readingAt(modelEvents, T(at));
      expect(e.modelVersion).toBe('v1');
      expect(e.at).toBe(new Date(T(at)).toISOString());
      expect(e.conflict).toBeCloseTo(expected.conflict, 9);
      expect(e.cooperation).toBeCloseTo(expected.cooperation, 9);
      expect(e.net).toBeCloseTo(expected.net, 9);
      expect(e.index).toBeCloseTo(expected.index, 9);
      expect(e.level).toBe(expected.level);
      expect(e.trend.direction).toBe(trendAt(modelEvents, T(at)));
      expect(e.trend.delta).toBeCloseTo(expected.index - readingAt(modelEvents, T(at) - 7 * DAY).index, 9);
    });

    it('rises when the "final message" and the militant strikes arrive (November 2025)', async () => {
      const before = await view('escalation?at=2025-10-31T23:00:00Z&model=v1');
      const after = await view('escalation?at=2025-11-01T00:00:00Z&model=v1');
      expect(before.index).toBe(0);
      expect(after.index).toBeGreaterThan(before.index);
      expect(after.conflict).toBeGreaterThan(before.conflict);
    });

    it('names the drivers: the militant strikes and the ultimatum first, with their codes, weights and the article as source', async () => {
      const e = await view('escalation?at=2025-11-01T00:00:00Z&drivers=3&model=v1');
      expect(e.drivers).toHaveLength(3);
      expect(e.drivers[0]).toMatchObject({
        type: 'IncidentReported',
        eventId: idOf('IncidentReported'),
        code: '18',
        g: -9,
        c: 0.6,
        sources: [SEED_SOURCE],
      });
      expect(e.drivers[0].contribution).toBeCloseTo(-9 * 0.6, 9);
      expect(e.drivers[1]).toMatchObject({
        type: 'UltimatumIssued',
        eventId: idOf('UltimatumIssued'),
        code: '139',
        g: -7,
        c: 0.6,
      });
      const magnitudes = e.drivers.map((d: Json) => Math.abs(d.contribution));
      expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    });

    it('refuses a bad drivers count and a bad date, naming the parameter', async () => {
      for (const [query, field] of [
        ['drivers=many', 'drivers'],
        ['at=last-week', 'at'],
        ['knownAt=2025-13-45', 'knownAt'],
        ['minPosition=-3', 'minPosition'],
        ['model=v3', 'model'],
      ]) {
        const reply = await api.get(`/negotiations/${ID}/escalation?${query}`);
        expect(reply.status).toBe(400);
        expect(reply.body.errors[0].field).toBe(field);
      }
    });
  });

  describe('escalation series', () => {
    it('samples the index from `from` to `to` at the step, each point as the escalation view gives it at that time', async () => {
      const series = await view('escalation/series?from=2025-10-15&to=2025-11-15&step=1w&model=v1');
      expect(series.modelVersion).toBe('v1');
      expect(series.stepMs).toBe(7 * DAY);
      const times = series.points.map((p: Json) => p.t);
      // `from` a date is the start of that day, `to` a date the end of that day: the last point is `to` itself.
      expect(times).toEqual([
        ...['2025-10-15', '2025-10-22', '2025-10-29', '2025-11-05', '2025-11-12'].map((d) => `${d}T00:00:00.000Z`),
        '2025-11-15T23:59:59.999Z',
      ]);
      for (const p of series.points) {
        const expected = readingAt(modelEvents, Date.parse(p.t));
        expect(p.index).toBeCloseTo(expected.index, 9);
        expect(p.level).toBe(expected.level);
        expect(p.conflict).toBeCloseTo(expected.conflict, 9);
      }
      // A marker for every development in the range, the ultimatum among them.
      const markers = series.markers.map((m: Json) => m.eventId);
      expect(markers).toContain(idOf('UltimatumIssued'));
      expect(markers).not.toContain(idOf('ThirdPartyEngagement')); // Muttaqi in India, 9 October: before `from`
    });

    it('accepts ISO-8601 steps', async () => {
      const series = await view('escalation/series?from=2025-11-01&to=2025-11-02T00:00:00Z&step=PT6H&model=v1');
      expect(series.points).toHaveLength(5);
    });

    it('refuses a bad step, a reversed range and too many points with 400', async () => {
      const badStep = await api.get(
        `/negotiations/${ID}/escalation/series?from=2025-10-15&to=2025-11-15&step=fortnightly`,
      );
      expect(badStep.status).toBe(400);
      expect(badStep.body.errors[0].field).toBe('step');
      const reversed = await api.get(`/negotiations/${ID}/escalation/series?from=2025-11-15&to=2025-10-15`);
      expect(reversed.status).toBe(400);
      expect(reversed.body.message).toMatch(/from/);
      const tooMany = await api.get(`/negotiations/${ID}/escalation/series?from=2000-01-01&to=2025-11-15&step=1m`);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.message).toMatch(/points/);
    });
  });

  describe('timeline', () => {
    it('lists every development in occurredAt order with its sources, the month-only ones at the 1st', async () => {
      const timeline = await view('timeline');
      expect(timeline.items).toHaveLength(developments.length + 1);
      const instants = timeline.items.map((i: Json) => instantOf(i.occurredAt));
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
      expect(timeline.items[0]).toMatchObject({ type: 'ActorRegistered', occurredAt: '2025-10-09' });
      for (const item of timeline.items) {
        expect(item.sources).toEqual([SEED_SOURCE]);
        expect(item.corrections).toEqual([]);
        expect(item.retracted).toBeNull();
      }
      const ultimatum = timeline.items.find((i: Json) => i.type === 'UltimatumIssued');
      expect(ultimatum).toMatchObject({
        precision: 'month',
        note: 'Single-origin report citing unnamed sources.',
        cameo: { code: '139', g: -7 },
        confidence: 0.6,
      });
    });
  });

  describe('changes, for a briefing', () => {
    it('between 31 October and 30 November: the ultimatum, the rejections, the last round; stalled after being scheduled', async () => {
      const changes = await view('changes?since=2025-10-31&until=2025-11-30');
      const types = changes.developments.map((d: Json) => d.type);
      expect(types).toEqual(
        expect.arrayContaining([
          'UltimatumIssued',
          'PositionTaken',
          'TalksRoundOpened',
          'TalksRoundConcluded',
          'IncidentReported',
          'ThirdPartyEngagement',
        ]),
      );
      expect(changes.developments.map((d: Json) => d.eventId)).not.toContain(
        idOf('TalksRoundOpened', (d) => (d.data as { roundId: string }).roundId === 'istanbul-1'),
      );
      expect(changes.stanceChanges.map((c: Json) => [c.demandId, c.actorId, c.from, c.to])).toEqual(
        expect.arrayContaining([
          [SEED_DEMANDS.handover, 'afghan-taliban', 'no-position', 'rejected'],
          [SEED_DEMANDS.bufferZone, 'afghan-taliban', 'no-position', 'rejected'],
        ]),
      );
      expect(changes.stanceChanges).toHaveLength(2);
      expect(changes.phase).toEqual({ from: 'scheduled', to: 'stalled', changed: true });
      expect(changes.ultimatums.issued.map((u: Json) => u.ultimatumId)).toEqual(['final-message']);
      expect(changes.ultimatums.resolved).toEqual([]);
    });

    it('between 18 and 20 October: the Doha round and the ceasefire', async () => {
      const changes = await view('changes?since=2025-10-18&until=2025-10-20');
      expect(changes.developments.map((d: Json) => d.type)).toEqual(
        expect.arrayContaining(['TalksRoundConcluded', 'CeasefireDeclared']),
      );
      expect(changes.ceasefire).toMatchObject({ from: 'none', to: 'in-force', changed: true });
      expect(changes.stanceChanges).toEqual([]);
    });

    it('needs `since`', async () => {
      const reply = await api.get(`/negotiations/${ID}/changes`);
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].field).toBe('since');
    });
  });

  describe('as of a date in the past (`at`)', () => {
    it.each([
      ['2025-10-10', 'pre-talks', 0, 0],
      ['2025-10-18T12:00:00Z', 'in-session', 1, 0],
      ['2025-10-20', 'scheduled', 1, 0],
      ['2025-10-26', 'in-session', 2, 0],
      ['2025-11-02', 'scheduled', 2, 1],
      ['2025-11-08', 'stalled', 3, 1],
    ])('at %s the phase is %s with %i round(s) held and %i ultimatum(s)', async (at, phase, held, ultimatums) => {
      const status = await view(`status?at=${at}`);
      expect(status.phase).toBe(phase);
      expect(status.rounds.held).toBe(held);
      expect(status.ultimatums).toHaveLength(ultimatums);
      // A date-only `at` is the end of that UTC day (README "Dates in queries"); a date-time is that instant.
      expect(status.at).toBe(at.length === 10 ? `${at}T23:59:59.999Z` : new Date(Date.parse(at)).toISOString());
    });

    it('before November, no demand had been rejected yet', async () => {
      const matrix = await view('matrix?at=2025-10-31');
      expect(matrix.rows).toHaveLength(5);
      expect(matrix.rows.every((r: Json) => r.consensus === 'pending')).toBe(true);
      const status = await view('status?at=2025-10-31');
      expect(status.demands.byConsensus).toEqual({ agreed: 0, contested: 0, partial: 0, pending: 5 });
      expect(status.ceasefire.state).toBe('in-force');
    });

    it('before the Doha round, there was no ceasefire and no demand on the table', async () => {
      const status = await view('status?at=2025-10-17');
      expect(status.ceasefire.state).toBe('none');
      expect(status.demands.total).toBe(0);
      const timeline = await view('timeline?at=2025-10-17');
      expect(timeline.items.map((i: Json) => i.type)).toEqual(['ActorRegistered', 'ThirdPartyEngagement']);
    });
  });
});
