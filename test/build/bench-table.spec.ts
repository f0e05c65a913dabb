/**
 * The bench's table says what each figure is against its goal: a ratio is
 * printed with as many decimals as it takes for the printed number to agree
 * with the verdict beside it, so a run that misses its goal by a hair never
 * shows the goal's own number next to "NO".
 */
import { renderMarkdown, renderTable, toRow } from '../../bench/lib/table';
import type { Figure } from '../../bench/lib/types';

/** A figure at `ratio` of its baseline. */
function figure(ratio: number, goal: Partial<Pick<Figure, 'goal' | 'maxRatio'>>): Figure {
  return {
    workload: 'rebuild',
    name: 'full rebuild, 1M events',
    value: ratio * 250_000,
    unit: 'events/s',
    baseline: { name: 'raw read + JSON.parse', value: 250_000 },
    ...goal,
  };
}

describe('the bench table', () => {
  it('prints a ratio that misses its goal by less than the last decimal with more decimals, up to four', () => {
    expect(toRow(figure(0.5988, { goal: 0.6 }))).toMatchObject({ ratio: '0.599×', goal: '≥ 0.6×', met: 'NO' });
    expect(toRow(figure(0.59996, { goal: 0.6 }))).toMatchObject({ ratio: '0.6000×', met: 'NO' });
    expect(toRow(figure(1.504, { maxRatio: 1.5 }))).toMatchObject({ ratio: '1.504×', goal: '≤ 1.5×', met: 'NO' });
  });

  it('keeps two decimals where they already agree with the verdict, or where there is no goal', () => {
    expect(toRow(figure(0.6012, { goal: 0.6 }))).toMatchObject({ ratio: '0.60×', met: 'yes' });
    expect(toRow(figure(0.58, { goal: 0.6 }))).toMatchObject({ ratio: '0.58×', met: 'NO' });
    expect(toRow(figure(1.497, { maxRatio: 1.5 }))).toMatchObject({ ratio: '1.50×', met: 'yes' });
    expect(toRow(figure(0.18349, {}))).toMatchObject({ ratio: '0.18×', goal: '', met: '' });
  });

  it('prints the same ratio in the terminal table and in the Markdown for bench/README.md', () => {
    const missed = figure(0.5988, { goal: 0.6 });
    expect(renderTable([missed])).toContain('0.599×');
    expect(renderMarkdown([missed], [])).toContain('| 0.599× | ≥ 0.6× | NO |');
  });
});
