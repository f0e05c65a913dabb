/**
 * Issue #15, deliverable 3, in `npm test` (small): the leader of the
 * three-node test cluster dies while two API instances write and serve
 * views. scripts/esdb-failover.ts runs the same scenario bigger and records
 * its figures in docs/RELIABILITY.md.
 */
import { runFailover } from './scenario';

describe('EventStoreDB failover under two API instances', () => {
  it('the leader dies mid-run: every acknowledged write stored once, views equal a rebuild, SSE without a gap', async () => {
    const report = await runFailover({ writers: 4, writesPerWriter: 12, killAfter: 0.4 });
    expect(report.acknowledged).toBe(48);
    expect({ missing: report.missing, duplicated: report.duplicated }).toEqual({ missing: 0, duplicated: 0 });
    expect(report.viewsConverged).toBe(true);
    for (const client of report.sse) {
      expect({ gaps: client.gaps, duplicates: client.duplicates, outOfOrder: client.outOfOrder }).toEqual({
        gaps: 0,
        duplicates: 0,
        outOfOrder: 0,
      });
      expect(client.received).toBe(report.logEvents);
    }
  }, 120_000);
});
