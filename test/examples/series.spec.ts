/**
 * The escalation chart of every case agrees with the escalation pane: each point of the series (model v2, which
 * reads the case's developments forward once for the whole series) is the level, index and sums the view reads for
 * that instant on its own, from the month before the case's first development to two months after its last. The
 * points fall weekly at 07:00 and 19:00 in turn, so they land on both sides of the day's developments.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DAY_MS } from '@parley/domain';
import { escalationSeries, escalationView, foldViews } from '@parley/projections';
import type { CaseDefinition } from '../../examples/case-builder';
import { caseEntries } from './case-log';

const FIXTURES = readdirSync(__dirname)
  .filter((f) => /^[a-z0-9-]+-\d{4}(-[a-z]+)?\.ts$/.test(f))
  .sort();

describe('the escalation series of each case', () => {
  /** The levels the points compared were at, over all the cases. */
  const compared = new Set<number>();

  it('covers the cases', () => {
    expect(FIXTURES.length).toBeGreaterThan(150);
  });

  it.each(FIXTURES)('%s: each point is what the escalation view reads at its instant', (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the fixtures are found by name
    const definition = (require(join(__dirname, file)) as { default: CaseDefinition }).default;
    const state = foldViews(caseEntries(definition));
    const instants = state.developments.map((d) => d.instant);
    const start = Math.min(...instants) - 30 * DAY_MS;
    const from = start - (start % DAY_MS) + 7 * 3_600_000;
    const to = Math.max(...instants) + 60 * DAY_MS;
    const series = escalationSeries(state, from, to, 7 * DAY_MS + 12 * 3_600_000);
    expect(series.points.length).toBeGreaterThan(4);
    for (const point of series.points) {
      const view = escalationView(state, Date.parse(point.t));
      compared.add(view.level);
      expect({ t: point.t, level: point.level, index: point.index }).toEqual({
        t: point.t,
        level: view.level,
        index: view.index,
      });
      expect(point.conflict).toBeCloseTo(view.conflict, 9);
      expect(point.cooperation).toBeCloseTo(view.cooperation, 9);
    }
  });

  it('compared points at every level', () => {
    expect([...compared].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
