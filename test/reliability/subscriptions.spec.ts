/**
 * SSE subscribers that drop and resume with Last-Event-ID while writers
 * append: each receives exactly the log, in order; see scenarios/sse.ts.
 * (The live routes' own behaviour is specified in test/live/.)
 */
import { startTestApp, type TestApp } from '../support/app';
import { sseScenario } from './scenarios/sse';
import { recordFigures } from './support/api';

describe('subscriptions under load', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PARLEY_WRITE_RATE_LIMIT: '1000000' } });
  });
  afterAll(() => t.cleanup());

  it('given clients that drop their connection at random moments during sustained writes and resume with Last-Event-ID, then each receives exactly the log, once, in order', async () => {
    const figures = await sseScenario({
      url: t.url,
      writers: 6,
      writesEach: 40,
      clients: 12,
      dropAfterEvents: 15,
      prefix: 'sse',
    });
    recordFigures('sse', figures);
    expect(figures).toMatchObject({ clients: 12, duplicates: 0, gaps: 0, disordered: 0 });
    expect(figures.resumes).toBeGreaterThanOrEqual(12);
    expect(figures.received).toBeGreaterThan(12 * 20);
  }, 60_000);
});
