import * as fs from 'node:fs';
import { EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';

describe('the service on a real SQLite file', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.cleanup());

  it('answers /health with the store and the views position', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'ok',
      store: { kind: 'sqlite', reachable: true },
      views: { modelVersion: 'v2' },
    });
  });

  it('imports the example case and shows where the talks stand', async () => {
    const res = await fetch(`${t.url}/admin/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: fs.readFileSync(EXAMPLE_LOG),
    });
    expect(res.status).toBe(200);
    const summary = await res.json();
    expect(summary.stored).toBeGreaterThan(50);
    const status = await (
      await fetch(`${t.url}/negotiations/pak-afghan-2025/status?minPosition=${summary.position}`)
    ).json();
    expect(status.rounds.held).toBe(4);
    expect(status.ultimatums.length).toBeGreaterThanOrEqual(1);
  });

  it('lists the case as it stood in the first days of the crisis, before the Doha talks were announced', async () => {
    // The opening is dated 8 Oct, the first development it covers (it was recorded on 17 Oct).
    const listed = await (await fetch(`${t.url}/negotiations?at=2025-10-12T23:59:00Z`)).json();
    expect(listed.negotiations).toEqual([
      expect.objectContaining({ negotiationId: 'pak-afghan-2025', title: 'Pakistan – Afghan Taliban talks, 2025' }),
    ]);
    const status = await (await fetch(`${t.url}/negotiations/pak-afghan-2025/status?at=2025-10-12T23:59:00Z`)).json();
    expect(status.title).toBe('Pakistan – Afghan Taliban talks, 2025');
    expect(status.parties.map((p: { id: string }) => p.id)).toEqual(['pakistan', 'afghan-taliban']);
  });
});
