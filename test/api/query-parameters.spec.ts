/**
 * Query parameters a route does not take: a script's typo (`knownat`, `asOf`)
 * is a 400 naming it and the ones the route takes, not a 200 answering the
 * present as if nothing had been asked. What a route takes is what the OpenAPI
 * document lists for it.
 */
import { importExample, startTestApp, type TestApp } from '../support/app';
import { client, type Client, type Json, revisionOf } from '../support/http';

const CASE = 'pak-afghan-2025';

describe('query parameters a route does not take', () => {
  let t: TestApp;
  let api: Client;
  let documented: Json;
  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
    await importExample(t.url);
    documented = (await api.get('/openapi.json')).body;
  });
  afterAll(() => t.cleanup());

  const takes = (path: string, method = 'get'): string[] =>
    (documented.paths[path][method].parameters as { in: string; name: string }[])
      .filter((p) => p.in === 'query')
      .map((p) => p.name);

  it.each([
    ['status?knownat=2025-10-12', 'knownat', '/negotiations/{id}/status'],
    ['escalation?asOf=2025-10-12', 'asOf', '/negotiations/{id}/escalation'],
    ['matrix?at=2025-10-12&fromat=csv', 'fromat', '/negotiations/{id}/matrix'],
    ['events?limt=5', 'limt', '/negotiations/{id}/events'],
  ])('%s: 400 naming %s and the parameters the route takes', async (query, field, path) => {
    const reply = await api.get(`/negotiations/${CASE}/${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    for (const name of takes(path)) expect(reply.body.message).toContain(name);
  });

  it('answers as before with the parameters the route takes, the CLI’s `at` on changes among them', async () => {
    expect((await api.get(`/negotiations/${CASE}/status?knownAt=2025-10-12&at=2025-10-12&model=v1`)).status).toBe(200);
    const changes = await api.get(`/negotiations/${CASE}/changes?since=2025-10-12&at=2025-10-14`);
    expect(changes.status).toBe(200);
    expect(changes.body.until).toBe('2025-10-14T23:59:59.999Z');
  });

  it('refuses a write with a parameter it does not take, storing nothing', async () => {
    const before = await revisionOf(api, CASE);
    const reply = await api.post(`/negotiations/${CASE}/events?dryRun=true`, {});
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('dryRun');
    expect(await revisionOf(api, CASE)).toBe(before);
  });

  it('leaves the dashboard’s page alone (not an API route)', async () => {
    expect((await api.get('/?negotiation=pak-afghan-2025')).status).toBe(200);
  });
});
