/** The demand-acceptance matrix as a terminal table, with a legend and (optionally) the evidence behind each cell. */
import type { MatrixCell, MatrixView } from '@parley/projections';
import type { Output } from '../output';
import { type CellValue, consensusText, instantText, sourceLong, stanceCell, stanceLegend } from './common';
import { boxTable } from './table';

const CELL = 16;
const CONSENSUS = 13;

export function renderMatrix(out: Output, m: MatrixView, options: { evidence?: boolean; at?: string } = {}): void {
  const { c } = out;
  out.line(
    `${c.bold('Demand-acceptance matrix')} ${c.dim(`(${m.negotiationId}${options.at ? `, at ${options.at}` : ''})`)}`,
  );
  if (m.rows.length === 0) {
    out.line(c.dim('  no demands tabled'));
    return;
  }
  const n = m.columns.length;
  const borders = n + 3;
  let cell = CELL;
  let demand = out.width - n * cell - CONSENSUS - borders;
  const compact = demand < 32;
  if (compact) {
    cell = 6;
    demand = Math.max(24, out.width - n * cell - CONSENSUS - borders);
  }
  const head = [
    c.bold('Demand'),
    ...m.columns.map((col) => c.bold(compact ? col.actorId.slice(0, cell - 2) : col.name)),
    c.bold('Consensus'),
  ];
  const table = boxTable(head, [demand, ...m.columns.map(() => cell), CONSENSUS]);
  for (const row of m.rows) {
    const meta = [
      row.category,
      row.state === 'withdrawn' ? c.red(`withdrawn ${row.withdrawnAt ?? ''}`.trim()) : '',
      row.amendments ? `amended ${row.amendments}×` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    table.push([
      `${row.state === 'withdrawn' ? c.strikethrough(row.text) : row.text}\n${c.dim(`${row.demandId} · ${meta}`)}`,
      ...row.cells.map((cellView) => cellText(out, cellView, compact)),
      consensusText(c, row.consensus),
    ]);
  }
  out.line(table.toString());
  out.line(`${c.dim('Legend:')} ${stanceLegend(c)}`);
  out.line(
    c.dim(
      `Date: the latest stance (or the tabling); ⟲n: n earlier stances. Consensus over the addressees: agreed (all accepted), contested (any rejected), partial (some accepted), pending.${options.evidence ? '' : ' --evidence shows quotes and sources.'}`,
    ),
  );
  if (compact) out.line(c.dim(`Columns: ${m.columns.map((col) => `${col.actorId} = ${col.name}`).join('; ')}`));
  if (options.evidence) renderEvidence(out, m);
}

function cellText(out: Output, cell: MatrixCell, compact: boolean): string {
  const { c } = out;
  const value = cell.value as CellValue;
  const mark = stanceCell(c, value, !compact);
  if (compact || value === 'no-position') return mark;
  const earlier = cell.history.length > 1 ? ` ⟲${cell.history.length - 1}` : '';
  return `${mark}\n${c.dim(`${cell.occurredAt ?? ''}${earlier}`)}`;
}

function renderEvidence(out: Output, m: MatrixView): void {
  const { c } = out;
  const names = new Map(m.columns.map((col) => [col.actorId, col.name]));
  out.line('');
  out.line(c.bold('Evidence'));
  for (const row of m.rows) {
    out.line(`${c.bold(row.demandId)} — ${row.text}`);
    out.line(
      c.dim(
        `  tabled ${row.tabledAt} by ${names.get(row.by) ?? row.by} to ${row.addressedTo.map((a) => names.get(a) ?? a).join(', ')}`,
      ),
    );
    for (const cell of row.cells) {
      if (cell.value === 'no-position' || (cell.value === 'proposer' && cell.history.length === 0)) continue;
      const who = names.get(cell.actorId) ?? cell.actorId;
      out.line(
        `  ${who}: ${stanceCell(c, cell.value as CellValue, true)} ${c.dim(instantText(cell.occurredAt))}${cell.speaker ? ` — ${cell.speaker.name}${cell.speaker.title ? `, ${cell.speaker.title}` : ''}` : ''}`,
      );
      if (cell.conditions) out.line(`    conditions: ${cell.conditions}`);
      if (cell.quote) out.line(`    “${cell.quote}”`);
      for (const s of cell.sources) out.line(`    ${sourceLong(c, s)}`);
      if (cell.history.length > 1)
        out.line(c.dim(`    history: ${cell.history.map((h) => `${h.stance} ${h.occurredAt}`).join(' → ')}`));
    }
  }
}
