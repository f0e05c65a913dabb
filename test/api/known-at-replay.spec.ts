/**
 * Transaction time through the real service: a view asked `knownAt=T` (with
 * `at=T`) is the view someone read live at T — whatever was recorded after T,
 * corrections and retractions of earlier facts, backdated developments and
 * refused writes included. Random sessions (fast-check) on a real SQLite file
 * and a real HTTP server.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { EXAMPLE_SOURCES } from '@parley/domain/testing/examples';
import { startTestApp, type TestApp } from '../support/app';
import { openBody } from '../support/cases';
import { client, type Client, expectStatus, type Json } from '../support/http';

const VIEWS = ['status', 'matrix', 'escalation', 'escalation?model=v1', 'timeline', 'matrix?format=csv'] as const;
const DEMANDS = ['d0', 'd1', 'd2'];
const ACTORS = ['pakistan', 'afghan-taliban'] as const;
const day = (n: number) => new Date(Date.UTC(2025, 9, 1) + n * 86_400_000).toISOString().slice(0, 10);

type Op =
  | { kind: 'table'; demand: number; by: number; day: number }
  | { kind: 'stance'; demand: number; actor: number; stance: number; day: number }
  | { kind: 'strike'; by: number; day: number; killed: number }
  | { kind: 'redate'; target: number; day: number }
  | { kind: 'restance'; target: number; stance: number }
  | { kind: 'retract'; target: number }
  | { kind: 'read' };

const STANCES = ['accepted', 'rejected', 'conditional', 'ambiguous'] as const;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('table' as const), demand: fc.nat(2), by: fc.nat(1), day: fc.nat(60) }),
  fc.record({
    kind: fc.constant('stance' as const),
    demand: fc.nat(2),
    actor: fc.nat(1),
    stance: fc.nat(3),
    day: fc.nat(60),
  }),
  fc.record({ kind: fc.constant('strike' as const), by: fc.nat(1), day: fc.nat(60), killed: fc.nat(40) }),
  fc.record({ kind: fc.constant('redate' as const), target: fc.nat(50), day: fc.nat(60) }),
  fc.record({ kind: fc.constant('restance' as const), target: fc.nat(50), stance: fc.nat(3) }),
  fc.record({ kind: fc.constant('retract' as const), target: fc.nat(50) }),
  fc.constant({ kind: 'read' as const }),
);

/** The request an op makes, given the developments recorded so far (targets of corrections, by index). */
function body(op: Exclude<Op, { kind: 'read' }>, recorded: readonly { id: string; type: string }[]): Json {
  const sources = [EXAMPLE_SOURCES.dawnTruce];
  const target = 'target' in op ? recorded[op.target % Math.max(1, recorded.length)] : undefined;
  switch (op.kind) {
    case 'table': {
      const by = ACTORS[op.by]!;
      const to = ACTORS[1 - op.by]!;
      const data = {
        demandId: DEMANDS[op.demand],
        by,
        addressedTo: [to],
        text: `Demand ${op.demand}.`,
        category: 'security',
      };
      return { type: 'DemandTabled', data, occurredAt: day(op.day), sources };
    }
    case 'stance':
      return {
        type: 'PositionTaken',
        data: { demandId: DEMANDS[op.demand], actorId: ACTORS[op.actor], stance: STANCES[op.stance] },
        occurredAt: day(op.day),
        sources,
      };
    case 'strike':
      return {
        type: 'IncidentReported',
        data: {
          incidentId: randomUUID(),
          kind: 'airstrike',
          perpetrator: ACTORS[op.by],
          against: ACTORS[1 - op.by],
          description: 'A strike.',
          fatalities: { min: op.killed, max: op.killed },
        },
        occurredAt: day(op.day),
        sources,
      };
    case 'redate':
    case 'restance':
    case 'retract': {
      const eventId = target?.id ?? randomUUID();
      if (op.kind === 'retract')
        return { type: 'EventRetracted', data: { eventId, reason: 'Did not happen.' }, occurredAt: day(61), sources };
      const changes = op.kind === 'redate' ? { occurredAt: day(op.day) } : { data: { stance: STANCES[op.stance] } };
      return { type: 'EventCorrected', data: { eventId, changes, reason: 'Checked.' }, occurredAt: day(61), sources };
    }
  }
}

describe('knownAt replays what was read live', () => {
  let t: TestApp;
  let api: Client;
  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
  });
  afterAll(() => t.cleanup());

  /** Every view as read now, each body as its client sees it (JSON parsed, CSV as text). */
  async function readAll(id: string, query: (view: number) => string = () => ''): Promise<Json[]> {
    const bodies: Json[] = [];
    for (const [i, view] of VIEWS.entries()) {
      const q = query(i);
      const sep = view.includes('?') ? '&' : '?';
      const reply = expectStatus(await api.get(`/negotiations/${id}/${view}${q ? sep + q : ''}`), 200);
      bodies.push(reply.body ?? reply.text);
    }
    return bodies;
  }

  /** What a reading says that does not depend on when it was asked: the instant and the knowledge time it names. */
  const content = (bodies: readonly Json[]): string =>
    JSON.stringify(bodies, (key, value: unknown) => (key === 'at' || key === 'knownAt' ? undefined : value));

  it('given random sessions of writes (corrections, retractions, refusals among them) read live now and then, then each reading is what knownAt=T&at=T answers at the end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 10, maxLength: 30 }), async (ops) => {
        const id = `replay-${randomUUID().slice(0, 8)}`;
        expectStatus(await api.post('/negotiations', { ...openBody(id), occurredAt: day(0) }), 201);
        const recorded: { id: string; type: string }[] = [];
        const readings: Json[][] = [];
        for (const op of ops) {
          if (op.kind === 'read') {
            readings.push(await readAll(id));
            continue;
          }
          const reply = await api.post(`/negotiations/${id}/events`, body(op, recorded));
          expect([201, 404, 409, 422]).toContain(reply.status);
          if (reply.status === 201 && !['EventCorrected', 'EventRetracted'].includes(reply.body.events[0].type))
            recorded.push({ id: reply.body.events[0].eventId, type: reply.body.events[0].type });
        }
        readings.push(await readAll(id));
        for (const reading of readings) {
          // Known as at the status' reading (nothing was recorded between a reading's views), each view at its own instant.
          const knownAt = encodeURIComponent(reading[0].at as string);
          const own = (body: Json): unknown => (typeof body === 'object' ? body.at : undefined);
          const at = (i: number) => encodeURIComponent(String(own(reading[i]) ?? reading[0].at));
          const replayed = await readAll(id, (i) => `at=${at(i)}&knownAt=${knownAt}`);
          expect(content(replayed)).toBe(content(reading));
        }
      }),
      { numRuns: 6 },
    );
  }, 60_000);
});
