import type { EventDataByType } from '@parley/domain';
import { escalationFacts } from './escalation-facts';
import { stringPool } from './string-pool';
import { summaryData, summaryLine } from './summary';
import { LogBuilder } from './testing/builders';
import { foldViews } from './view-state';

describe('a fold that keeps strings and small shapes once (string-pool.ts)', () => {
  const log = new LogBuilder();
  log.open();
  const minister = { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' };
  const statement = (speaker: EventDataByType['StatementMade']['speaker'], audience: string) =>
    log.add('StatementMade', { speaker, tone: 'warning', summary: 'Crossings stay shut', audience });
  const plain = statement(minister, 'domestic audience');
  const again = statement({ ...minister }, 'domestic audience');
  // Contents that, were a key built by joining the values with a separator, would spell the ones above.
  const craftedSpeaker = statement({ name: 'Khawaja Asif\u0000title\u0000Defence Minister', actorId: 'pakistan' }, 'x');
  const craftedAudience = statement(minister, 'domestic audience\u0000warning');

  it('keeps what each development says, pooled or not', () => {
    const pool = stringPool();
    for (const { event } of log.entries) {
      expect(summaryData(event, pool)).toEqual(summaryData(event));
      expect(escalationFacts(event, pool)).toEqual(escalationFacts(event));
      expect(
        summaryLine({ type: event.type, data: summaryData(event, pool) } as Parameters<typeof summaryLine>[0]),
      ).toBe(summaryLine(event));
    }
  });

  it('gives two statements by the same speaker to the same audience one speaker and one set of facts', () => {
    const pool = stringPool();
    const first = summaryData(plain, pool) as { speaker: object };
    const second = summaryData(again, pool) as { speaker: object };
    expect(second.speaker).toBe(first.speaker);
    expect(escalationFacts(again, pool)).toBe(escalationFacts(plain, pool));
  });

  it('never hands a development another one’s content, whatever its names hold', () => {
    const pool = stringPool();
    summaryData(plain, pool);
    escalationFacts(plain, pool);
    expect(summaryData(craftedSpeaker, pool)).toEqual(summaryData(craftedSpeaker));
    expect(escalationFacts(craftedAudience, pool)).toEqual({
      f: 'statement',
      by: 'pakistan',
      target: 'domestic audience\u0000warning',
      tone: 'warning',
    });
  });

  it('folds the same views with a pool shared by several folds as with one each', () => {
    const pool = stringPool();
    expect(foldViews(log.entries, { pool })).toEqual(foldViews(log.entries));
    expect(foldViews(log.entries, { pool })).toEqual(foldViews(log.entries));
  });
});
