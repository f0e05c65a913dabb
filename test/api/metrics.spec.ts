import { startTestApp, type TestApp } from '../support/app';

/** The value of one series in a Prometheus text exposition, or undefined when it is not there. */
function series(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('/metrics: request durations by method, route and status', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.cleanup());

  it('counts each answered request in the series of its route and status, the route as a pattern', async () => {
    const count = async (labels: string) =>
      series(await (await fetch(`${t.url}/metrics`)).text(), 'parley_http_request_duration_seconds_count', labels) ?? 0;
    const ok = 'method="GET",route="/negotiations",status="200"';
    const missing = 'method="GET",route="/negotiations/:id/status",status="404"';
    const [okBefore, missingBefore] = [await count(ok), await count(missing)];
    for (let i = 0; i < 3; i++) expect((await fetch(`${t.url}/negotiations`)).status).toBe(200);
    for (const id of ['nobody-1', 'nobody-2']) {
      expect((await fetch(`${t.url}/negotiations/${id}/status`)).status).toBe(404);
    }
    expect(await count(ok)).toBe(okBefore + 3);
    expect(await count(missing)).toBe(missingBefore + 2);
  });
});
