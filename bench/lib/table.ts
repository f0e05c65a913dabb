import type { Figure, Table } from './types';

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly goal: string;
  readonly met: string;
}

/** Rates as whole numbers with separators; small values (ms, MiB, s) with enough digits to read. */
export function formatValue(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

export function ratioOf(figure: Figure): number | undefined {
  return figure.baseline === undefined ? undefined : figure.value / figure.baseline.value;
}

/** Whether `ratio` meets the figure's ratio goal (at most `maxRatio`, or at least `goal`); undefined without one. */
function meetsRatioGoal(ratio: number, figure: Pick<Figure, 'goal' | 'maxRatio'>): boolean | undefined {
  if (figure.maxRatio !== undefined) return ratio <= figure.maxRatio;
  return figure.goal === undefined ? undefined : ratio >= figure.goal;
}

export function metOf(figure: Figure): boolean | undefined {
  if (figure.limit !== undefined) return figure.value < figure.limit;
  const ratio = ratioOf(figure);
  return ratio === undefined ? undefined : meetsRatioGoal(ratio, figure);
}

function goalOf(figure: Figure): string {
  if (figure.limit !== undefined) return `< ${formatValue(figure.limit, figure.unit)}`;
  if (figure.maxRatio !== undefined) return `≤ ${figure.maxRatio.toFixed(1)}×`;
  return figure.goal === undefined ? '' : `≥ ${figure.goal.toFixed(1)}×`;
}

/**
 * A ratio with two decimals, or as many more (up to four) as it takes for the
 * printed figure to meet its goal exactly when the figure does: 0.5988 against
 * ≥ 0.6 prints 0.599×, not a 0.60× beside "NO".
 */
export function ratioText(ratio: number, figure: Pick<Figure, 'goal' | 'maxRatio'>): string {
  const met = meetsRatioGoal(ratio, figure);
  let digits = 2;
  while (digits < 4 && meetsRatioGoal(Number(ratio.toFixed(digits)), figure) !== met) digits++;
  return `${ratio.toFixed(digits)}×`;
}

export function toRow(figure: Figure): Row {
  const ratio = ratioOf(figure);
  const met = metOf(figure);
  return {
    figure: `${figure.workload}: ${figure.name}`,
    value: formatValue(figure.value, figure.unit),
    baseline:
      figure.baseline === undefined ? '' : `${formatValue(figure.baseline.value, '').trim()} (${figure.baseline.name})`,
    ratio: ratio === undefined ? '' : ratioText(ratio, figure),
    goal: goalOf(figure),
    met: met === undefined ? '' : met ? 'yes' : 'NO',
  };
}

/** Pads cells to columns; widths by code points so ×, ≥ and → line up. Numbers right-aligned. */
function layout(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  leftAligned: ReadonlySet<number>,
): string {
  const width = (text: string): number => [...text].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]): string =>
    row
      .map((text, i) => {
        const pad = ' '.repeat((widths[i] as number) - width(text));
        return leftAligned.has(i) ? text + pad : pad + text;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function renderTable(figures: readonly Figure[]): string {
  const keys: (keyof Row)[] = ['figure', 'value', 'baseline', 'ratio', 'goal', 'met'];
  const rows = figures.map(toRow).map((row) => keys.map((k) => row[k]));
  return layout(keys, rows, new Set([0, 2]));
}

export function renderExtraTable(table: Table): string {
  return `${table.title}\n${layout(table.header, table.rows, new Set([0]))}`;
}

/** GitHub-flavoured Markdown of the same figures (for bench/README.md). */
export function renderMarkdown(figures: readonly Figure[], tables: readonly Table[]): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const md = (header: readonly string[], rows: readonly (readonly string[])[]) =>
    [
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
    ].join('\n');
  const keys: (keyof Row)[] = ['figure', 'value', 'baseline', 'ratio', 'goal', 'met'];
  const parts = [
    md(
      keys,
      figures.map(toRow).map((row) => keys.map((k) => row[k])),
    ),
  ];
  for (const t of tables) parts.push(`${t.title}\n\n${md(t.header, t.rows)}`);
  return parts.join('\n\n');
}
