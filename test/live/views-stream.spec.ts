/**
 * GET /negotiations/:id/stream: the three views at once on connect, then
 * each again when it changes — after a recording, and when only time passes
 * (a deadline, a temporary ceasefire running out).
 */
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { escalationKey, matrixKey, statusKey } from '../../apps/api/src/live/view-keys';
import { startTestApp, type TestApp } from '../support/app';
import { liveEnv, openNegotiation, record, type SseMessage, SseRecorder } from './support/live';

const KINDS = ['status', 'matrix', 'escalation'] as const;

/** A view as compared with the REST one: `at` is the moment it was computed, so it is left out. */
function withoutAt(view: Record<string, unknown>): Record<string, unknown> {
  const { at: _at, ...rest } = view;
  return rest;
}

async function rest(t: TestApp, id: string, kind: string): Promise<Record<string, unknown>> {
  return (await fetch(`${t.url}/negotiations/${id}/${kind}`)).json();
}

/** The same view up to what only the clock moves (`at`, the decaying index below one decimal): the live stream's own comparison. */
function sameView(kind: (typeof KINDS)[number], a: Record<string, unknown>, b: Record<string, unknown>): void {
  const key: (view: never) => string = { status: statusKey, matrix: matrixKey, escalation: escalationKey }[kind];
  expect(JSON.parse(key(a as never))).toEqual(JSON.parse(key(b as never)));
}

function parsed(m: SseMessage): Record<string, unknown> {
  return JSON.parse(m.data) as Record<string, unknown>;
}

describe('GET /negotiations/:id/stream', () => {
  let t: TestApp;
  const clients: SseRecorder[] = [];
  const watch = async (id: string, position: number, headers?: Record<string, string>) => {
    const client = new SseRecorder(`${t.url}/negotiations/${id}/stream?minPosition=${position}`, { headers });
    clients.push(client);
    await client.until((c) => c.messages.length >= 3, 'the three initial views');
    return client;
  };

  beforeAll(async () => {
    liveEnv({ PARLEY_LIVE_TICK_MS: '100', PARLEY_LIVE_VIEWS_FLUSH_MS: '0' });
    t = await startTestApp();
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(() => t.cleanup());

  it('sends the current status, matrix and escalation at once, as the REST views give them', async () => {
    const opened = await openNegotiation(t, 'views-initial');
    const client = await watch('views-initial', opened.position);
    expect(client.messages.map((m) => m.type)).toEqual([...KINDS]);
    for (const m of client.messages) {
      expect(m.id).toBe(String(opened.position));
      expect(withoutAt(parsed(m))).toEqual(withoutAt(await rest(t, 'views-initial', m.type)));
    }
  });

  it('pushes the views a recording changes, and only those', async () => {
    const opened = await openNegotiation(t, 'views-push');
    const client = await watch('views-push', opened.position);

    // An observer joins: the status lists it; the matrix (no demand involves it) and escalation (no weight) stay as they are.
    const observer = await record(t, 'views-push', {
      ...EXAMPLE_EVENTS.ActorRegistered,
      data: { actor: { id: 'un', name: 'United Nations', kind: 'international-organisation' }, role: 'observer' },
    });
    await client.until(
      (c) => c.messages.some((m) => m.id === String(observer.position)),
      'the status after the observer',
    );

    // A demand and a stance: matrix and status change; a rejection (CAMEO 12) weighs on escalation.
    const demand = await record(t, 'views-push', {
      type: 'DemandTabled',
      data: {
        demandId: 'act-against-ttp',
        by: 'pakistan',
        addressedTo: ['afghan-taliban'],
        text: 'Act against the TTP.',
        category: 'security',
      },
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      sources: EXAMPLE_EVENTS.DemandTabled.sources,
    });
    const stance = await record(t, 'views-push', {
      type: 'PositionTaken',
      data: { demandId: 'act-against-ttp', actorId: 'afghan-taliban', stance: 'rejected' },
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      sources: EXAMPLE_EVENTS.PositionTaken.sources,
    });
    const at = (position: number) => client.messages.filter((m) => m.id === String(position)).map((m) => m.type);
    await client.until(
      (c) => c.messages.some((m) => m.id === String(stance.position) && m.type === 'escalation'),
      'escalation after the stance',
    );

    expect(at(observer.position)).toEqual(['status']);
    expect(at(stance.position)).toEqual(expect.arrayContaining(['status', 'matrix', 'escalation']));
    expect(parsed(client.of('status').at(-1)!)).toMatchObject({ otherActors: [expect.objectContaining({ id: 'un' })] });
    // Whatever was pushed last is the REST view now (up to the clock).
    for (const kind of KINDS) sameView(kind, parsed(client.of(kind).at(-1)!), await rest(t, 'views-push', kind));
    const matrix = parsed(client.of('matrix').at(-1)!) as { rows: { demandId: string }[] };
    expect(matrix.rows.map((r) => r.demandId)).toEqual(['act-against-ttp']);
    expect(demand.position).toBeLessThan(stance.position);
  });

  it('pushes what time changes with no new event: a deadline passing, a temporary ceasefire running out', async () => {
    const opened = await openNegotiation(t, 'views-clock');
    const soon = new Date(Date.now() + 1500).toISOString();
    const earlier = new Date(Date.now() - 60_000).toISOString();
    await record(t, 'views-clock', {
      type: 'UltimatumIssued',
      data: {
        ultimatumId: 'deadline-soon',
        by: 'pakistan',
        to: ['afghan-taliban'],
        demandIds: [],
        deadline: soon,
        consequences: 'Strikes on sanctuaries.',
      },
      occurredAt: earlier,
      sources: EXAMPLE_EVENTS.UltimatumIssued.sources,
    });
    const truce = await record(t, 'views-clock', {
      type: 'CeasefireDeclared',
      data: { ceasefireId: 'truce-short', parties: ['pakistan', 'afghan-taliban'], duration: 'temporary', until: soon },
      occurredAt: earlier,
      sources: EXAMPLE_EVENTS.CeasefireDeclared.sources,
    });
    const client = await watch('views-clock', truce.position);
    const initial = parsed(client.of('status')[0]!) as {
      ultimatums: { deadlineStatus: string }[];
      ceasefire: { state: string };
    };
    expect(initial.ultimatums[0]!.deadlineStatus).toBe('pending');
    expect(initial.ceasefire.state).toBe('in-force');
    expect(opened.position).toBeLessThan(truce.position);

    await client.until(
      (c) =>
        c.of('status').some((m) => {
          const s = parsed(m) as { ultimatums: { deadlineStatus: string }[]; ceasefire: { state: string } };
          return s.ultimatums[0]?.deadlineStatus === 'overdue' && s.ceasefire.state === 'ended';
        }),
      'the status with the deadline overdue and the ceasefire ended',
      5000,
    );
    const latest = parsed(client.of('status').at(-1)!) as {
      ultimatums: { deadlineStatus: string; daysOverdue: number }[];
      ceasefire: { ended: { reason: string; inferred: boolean } };
    };
    expect(latest.ultimatums[0]).toMatchObject({ deadlineStatus: 'overdue', daysOverdue: 1 });
    expect(latest.ceasefire.ended).toMatchObject({ reason: 'expired', inferred: true });
    // No event was recorded: the push carries the same position.
    expect(client.of('status').at(-1)!.id).toBe(String(truce.position));
    // And the ticks in between pushed nothing that did not change (at most one push per change, each different).
    const statuses = client.of('status').map((m) => JSON.stringify(withoutAt(parsed(m))));
    expect(new Set(statuses).size).toBe(statuses.length);
  });

  it('on a reconnect with Last-Event-ID sends the latest views (views are state, not a log)', async () => {
    const opened = await openNegotiation(t, 'views-resume');
    const later = await record(t, 'views-resume', EXAMPLE_EVENTS.StatementMade);
    const client = await watch('views-resume', later.position, { 'Last-Event-ID': String(opened.position) });
    expect(client.messages.map((m) => [m.type, m.id])).toEqual(KINDS.map((k) => [k, String(later.position)]));
  });

  it('answers 404 as JSON, before any stream, for an unknown negotiation', async () => {
    for (const id of ['no-such-talks', 'Not_A_Slug']) {
      const res = await fetch(`${t.url}/negotiations/${id}/stream`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(await res.json()).toMatchObject({ code: 'negotiation-not-found' });
    }
  });
});
