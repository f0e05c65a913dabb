import type { Figure } from './types';

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly goal: string;
  readonly met: string;
}

function formatRate(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function ratioOf(figure: Figure): number | undefined {
  return figure.baseline === undefined ? undefined : figure.value / figure.baseline.value;
}

export function metOf(figure: Figure): boolean | undefined {
  const ratio = ratioOf(figure);
  return ratio === undefined || figure.goal === undefined ? undefined : ratio >= figure.goal;
}

export function toRow(figure: Figure): Row {
  const ratio = ratioOf(figure);
  const met = metOf(figure);
  return {
    figure: `${figure.workload}: ${figure.name}`,
    value: `${formatRate(figure.value)} ${figure.unit}`,
    baseline: figure.baseline === undefined ? '' : `${formatRate(figure.baseline.value)} (${figure.baseline.name})`,
    ratio: ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
    goal: figure.goal === undefined ? '' : `≥ ${figure.goal.toFixed(1)}×`,
    met: met === undefined ? '' : met ? 'yes' : 'NO',
  };
}

/** A plain text table; widths by code points so × and ≥ line up. */
export function renderTable(figures: readonly Figure[]): string {
  const header: Row = {
    figure: 'figure',
    value: 'value',
    baseline: 'baseline',
    ratio: 'ratio',
    goal: 'goal',
    met: 'met',
  };
  const rows = [header, ...figures.map(toRow)];
  const keys = Object.keys(header) as (keyof Row)[];
  const width = (text: string): number => [...text].length;
  const widths = keys.map((key) => Math.max(...rows.map((row) => width(row[key]))));
  const line = (row: Row): string =>
    keys
      .map((key, i) => {
        const text = row[key];
        const pad = ' '.repeat((widths[i] as number) - width(text));
        // Numbers read better right-aligned.
        return key === 'figure' || key === 'baseline' ? text + pad : pad + text;
      })
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.slice(1).map(line)].join('\n');
}
