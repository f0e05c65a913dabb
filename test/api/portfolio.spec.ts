/**
 * GET /negotiations as the portfolio, over a real server and SQLite file: each
 * negotiation with its level's direction over 7 and 30 days, its active
 * ultimatums and the deadlines coming due, sorted as asked, as of the date
 * asked — and the new fields in the OpenAPI document.
 */
import { startTestApp, type TestApp } from '../support/app';
import { client, type Client, expectStatus, type Json } from '../support/http';

const SOURCE = {
  title: 'Wire report',
  publisher: 'Test Wire',
  url: 'https://example.org/report',
  reliability: 'B',
  credibility: 2,
};
const PARTIES = [
  { id: 'pakistan', name: 'Pakistan', kind: 'state' },
  { id: 'afghan-taliban', name: 'Afghan Taliban government', kind: 'de-facto-authority' },
];
const AT = '2025-10-20T12:00:00Z';

function open(id: string, title: string) {
  return { id, title, subject: 's', parties: PARTIES, mediators: [], occurredAt: '2025-09-01', sources: [SOURCE] };
}

describe('GET /negotiations: the portfolio', () => {
  let t: TestApp;
  let api: Client;
  let position = 0;

  const record = async (id: string, type: string, data: Json, occurredAt: string) => {
    position = expectStatus(
      await api.post(`/negotiations/${id}/events`, { type, data, occurredAt, sources: [SOURCE] }),
      201,
    ).body.position;
  };
  const list = async (query: string): Promise<Json[]> =>
    expectStatus(await api.get(`/negotiations?minPosition=${position}&${query}`), 200).body.negotiations;

  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
    // "Border talks": a strike three days before AT.
    expectStatus(await api.post('/negotiations', open('border', 'Border talks')), 201);
    await record(
      'border',
      'IncidentReported',
      {
        incidentId: 'strike',
        kind: 'airstrike',
        description: 'Strike on a border post',
        perpetrator: 'pakistan',
        allegedBy: 'afghan-taliban',
      },
      '2025-10-17',
    );
    // "Armistice talks": a truce until 25 Oct and, the latest development of the two, an ultimatum due on 22 Oct.
    expectStatus(await api.post('/negotiations', open('truce', 'Armistice talks')), 201);
    await record(
      'truce',
      'CeasefireDeclared',
      { ceasefireId: 'truce', parties: ['pakistan', 'afghan-taliban'], duration: 'temporary', until: '2025-10-25' },
      '2025-10-10',
    );
    await record(
      'truce',
      'UltimatumIssued',
      {
        ultimatumId: 'handover',
        by: 'pakistan',
        to: ['afghan-taliban'],
        demandIds: [],
        consequences: 'strikes',
        deadline: '2025-10-22',
      },
      '2025-10-18',
    );
  });
  afterAll(() => t.cleanup());

  it("gives each negotiation's level direction over 7 and 30 days as of the date asked", async () => {
    const [border] = (await list(`at=${AT}&sort=level`)).filter((n) => n.negotiationId === 'border');
    expect(border.escalation.level).toBe(4);
    expect(border.levelChanges).toEqual([
      { days: 7, levelBefore: 2, direction: 'deteriorated' },
      { days: 30, levelBefore: 2, direction: 'deteriorated' },
    ]);
    // Before the strike nothing had moved.
    const [before] = (await list('at=2025-10-16T12:00:00Z')).filter((n) => n.negotiationId === 'border');
    expect(before.escalation.level).toBe(2);
    expect(before.levelChanges.map((c: Json) => c.direction)).toEqual(['unchanged', 'unchanged']);
  });

  it('names when each negotiation opened, as recorded (where its active period starts)', async () => {
    const entries = await list(`at=${AT}`);
    expect(entries.map((n) => [n.negotiationId, n.openedAt])).toEqual(
      expect.arrayContaining([
        ['border', '2025-09-01'],
        ['truce', '2025-09-01'],
      ]),
    );
  });

  it('lists active ultimatums and the deadlines coming due, soonest first, by name', async () => {
    const [truce] = (await list(`at=${AT}`)).filter((n) => n.negotiationId === 'truce');
    expect(truce.activeUltimatums).toBe(1);
    expect(truce.ultimatums).toEqual([
      {
        ultimatumId: 'handover',
        text: 'Pakistan to Afghan Taliban government',
        deadline: '2025-10-22',
        deadlineStatus: 'pending',
        daysLeft: 2,
        daysOverdue: null,
      },
    ]);
    expect(truce.deadlines).toEqual([
      {
        kind: 'ultimatum',
        id: 'handover',
        due: '2025-10-22',
        daysLeft: 2,
        text: 'Ultimatum by Pakistan to Afghan Taliban government falls due',
      },
      {
        kind: 'ceasefire-expiry',
        id: 'truce',
        due: '2025-10-25',
        daysLeft: 5,
        text: 'Ceasefire between Pakistan and Afghan Taliban government expires',
      },
    ]);
    // After the deadline: still active (overdue), no longer coming due.
    const [later] = (await list('at=2025-10-23T12:00:00Z')).filter((n) => n.negotiationId === 'truce');
    // Due on 22 Oct (a date: all that day), so half a day into 23 Oct it is one day overdue.
    expect(later.ultimatums[0]).toMatchObject({ deadlineStatus: 'overdue', daysOverdue: 1 });
    expect(later.deadlines.map((d: Json) => d.kind)).toEqual(['ceasefire-expiry']);
  });

  it('sorts by level, direction, latest development or name, and says which', async () => {
    const ids = async (sort: string) => {
      const body = expectStatus(await api.get(`/negotiations?at=${AT}&sort=${sort}`), 200).body;
      expect(body.sort).toBe(sort);
      expect(body.at).toBe('2025-10-20T12:00:00.000Z');
      return body.negotiations.map((n: Json) => n.negotiationId);
    };
    // border: militarised (4, up from 2); truce: coercive (3: the ultimatum), up from strained by one level.
    expect(await ids('level')).toEqual(['border', 'truce']);
    expect(await ids('direction')).toEqual(['border', 'truce']);
    expect(await ids('latest')).toEqual(['truce', 'border']); // the ultimatum (18 Oct) after the strike (17 Oct)
    expect(await ids('name')).toEqual(['truce', 'border']); // "Armistice talks" < "Border talks"
    const [truce] = (await list(`at=${AT}`)).filter((n) => n.negotiationId === 'truce');
    expect(truce.escalation.level).toBe(3);
  });

  it('refuses an unknown sort, naming the field and the choices', async () => {
    const reply = expectStatus(await api.get('/negotiations?sort=loudest'), 400);
    expect(reply.body.errors).toEqual([
      { field: 'sort', problems: ['sort must be one of level, direction, latest, name'] },
    ]);
  });

  it('documents the new fields and the sort parameter in /openapi.json', async () => {
    const doc = expectStatus(await api.get('/openapi.json'), 200).body;
    const op = doc.paths['/negotiations'].get;
    expect(op.parameters.find((p: Json) => p.name === 'sort').schema.enum).toEqual([
      'level',
      'direction',
      'latest',
      'name',
    ]);
    const entry = doc.components.schemas.PortfolioEntryDto;
    expect(Object.keys(entry.properties)).toEqual(
      expect.arrayContaining(['openedAt', 'levelChanges', 'ultimatums', 'deadlines']),
    );
    expect(doc.components.schemas.LevelChangeDto.properties.direction.enum).toEqual([
      'deteriorated',
      'improved',
      'unchanged',
    ]);
  });
});
