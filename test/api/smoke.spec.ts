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
    expect(body).toMatchObject({ status: 'ok', store: { kind: 'sqlite', reachable: true }, views: { modelVersion: 'v2' } });
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
    const status = await (await fetch(`${t.url}/negotiations/pak-afghan-2025/status?minPosition=${summary.position}`)).json();
    expect(status.rounds.held).toBe(3);
    expect(status.ultimatums.length).toBeGreaterThanOrEqual(1);
  });
});
