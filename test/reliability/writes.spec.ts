/**
 * Concurrent conditional writers and abandoned-then-retried writes over HTTP
 * against one real app; see scenarios/concurrency.ts and scenarios/retries.ts.
 */
import { startTestApp, type TestApp } from '../support/app';
import { concurrencyScenario } from './scenarios/concurrency';
import { retriesScenario } from './scenarios/retries';
import { recordFigures } from './support/api';

describe('writes under contention and retries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PARLEY_WRITE_RATE_LIMIT: '1000000' } });
  });
  afterAll(() => t.cleanup());

  it('given 20 writers with If-Match on one negotiation, then every request commits exactly once or gets 412, and the log is exactly the committed set', async () => {
    const figures = await concurrencyScenario({ url: t.url, negotiationId: 'contended', writers: 20, writesEach: 3 });
    recordFigures('concurrency', figures);
    expect(figures).toMatchObject({ writers: 20, events: 20 * 5, lost: 0, duplicated: 0 });
    expect(figures.conflicts).toBeGreaterThan(0);
  });

  it('given clients that abort or drop the connection before the answer and retry with the same event id or Idempotency-Key, then no write is stored twice or lost', async () => {
    const figures = await retriesScenario({
      url: t.url,
      writes: 120,
      negotiations: ['retried-a', 'retried-b'],
      concurrency: 12,
    });
    recordFigures('retries', figures);
    expect(figures).toMatchObject({ writes: 120, duplicated: 0, lost: 0, strangers: 0, misplaced: 0 });
    // The interesting case happened: an abandoned attempt had committed, and its retry was answered from the log.
    expect(figures.answeredAsDuplicate).toBeGreaterThan(0);
    expect(figures.destroyedSockets).toBeGreaterThan(0);
    expect(figures.abortedFetches).toBeGreaterThan(0);
  });
});
