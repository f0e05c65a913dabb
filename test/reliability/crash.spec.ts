/**
 * kill -9 of the real service (a child process) while HTTP writers append
 * single events and batches; see scenarios/crash.ts. `npm run torture` runs
 * many more rounds.
 */
import { crashScenario } from './scenarios/crash';
import { recordFigures } from './support/api';

describe('kill -9 of the service during heavy appends', () => {
  it('after each restart: every acknowledged event is there, no batch is half-written, no gap, and the views equal a fresh rebuild and the log', async () => {
    const figures = await crashScenario({ rounds: 3, writers: 12, negotiations: 4, killAfterMs: [100, 700] });
    recordFigures('crash', figures);
    expect(figures).toMatchObject({ rounds: 3, lost: 0, halfBatches: 0, strangers: 0, viewMismatches: 0 });
    expect(figures.ackedEvents).toBeGreaterThan(0);
    expect(figures.batches).toBeGreaterThan(0);
  }, 90_000);
});
