/**
 * The active period a chart of the negotiation shows by default (the CLI's
 * sparkline, the dashboard's slider): from the opening, not from background
 * recorded years before it, to the latest development, with a margin.
 */
import { activePeriod } from './active-period';
import { statusView } from './status-view';
import { LogBuilder, ms, PAKISTAN } from './testing/builders';
import { foldViews } from './view-state';

function caseWithBackground() {
  const l = new LogBuilder();
  const statement = (occurredAt: string) =>
    l.add(
      'StatementMade',
      { speaker: { name: 'Spokesman', actorId: PAKISTAN.id }, tone: 'neutral', summary: 's' },
      { occurredAt },
    );
  l.open({ occurredAt: '2025-04-22' });
  statement('2021-02-25');
  statement('2025-06-23T10:00:00+05:00');
  return l;
}

describe('the active period', () => {
  it('runs from the opening to the latest development, with 5 % of it on each side (rounded up); the whole case from the background', () => {
    // 62 days: a margin of 4.
    expect(activePeriod(ms('2021-02-25'), ms('2025-04-22'), ms('2025-06-23'))).toEqual({
      from: '2025-04-18',
      to: '2025-06-27',
      caseFrom: '2021-02-21',
    });
  });

  it('keeps a margin of at least two days, and starts at the first development when no opening is recorded', () => {
    expect(activePeriod(ms('2025-10-08'), null, ms('2025-10-10T23:00:00Z'))).toEqual({
      from: '2025-10-06',
      to: '2025-10-12',
      caseFrom: '2025-10-06',
    });
  });

  it('is the status view’s: as of a date, up to the latest development by then; null before anything occurred', () => {
    const l = caseWithBackground();
    const now = ms('2025-12-01');
    expect(statusView(foldViews(l.entries), now).activePeriod).toEqual({
      from: '2025-04-18',
      to: '2025-06-27',
      caseFrom: '2021-02-21',
    });
    // By 1 May only the background and the opening had occurred.
    const may = ms('2025-05-01T23:59:59.999Z');
    expect(statusView(foldViews(l.entries, { at: may }), may).activePeriod).toEqual({
      from: '2025-04-20',
      to: '2025-04-24',
      caseFrom: '2021-02-23',
    });
    const before = ms('2020-01-01');
    expect(statusView(foldViews(l.entries, { at: before }), before).activePeriod).toBeNull();
  });
});
