/** The demand-acceptance matrix as a terminal table, with a legend and (optionally) the evidence behind each cell. */
import type { MatrixCell, MatrixRow, MatrixView, ThinEvidenceReason } from '@parley/projections';
import type { Output } from '../output';
import {
  type CellValue,
  consensusText,
  instantText,
  sourceLong,
  stanceCell,
  stanceLegend,
  THIN_MARK,
  thinNote,
} from './common';
import { boxTable } from './table';

const CELL = 16;
const CONSENSUS = 13;
/** The narrowest demand column a table is laid out with; narrower, each demand is a block of lines. */
const MIN_DEMAND = 30;

/**
 * The matrix as a table (demands × actors) when it fits the width with every
 * stance spelled out; otherwise one block per demand, an actor's stance per
 * line — so it fits 80 columns (piped) whatever the number of actors.
 */
export function renderMatrix(
  out: Output,
  m: MatrixView,
  options: { evidence?: boolean; at?: string; knownAt?: string } = {},
): void {
  const { c } = out;
  out.line(
    `${c.bold('Demand-acceptance matrix')} ${c.dim(`(${m.negotiationId}${options.at ? `, at ${options.at}` : ''}${options.knownAt ? `, as known at ${options.knownAt}` : ''})`)}`,
  );
  if (m.rows.length === 0) {
    out.line(c.dim('  no demands tabled'));
    return;
  }
  const n = m.columns.length;
  const borders = n + 3;
  const room = out.width - n * CELL - CONSENSUS - borders;
  const longest = Math.max(...m.rows.map((r) => Math.max(r.text.length, r.demandId.length + 20)));
  if (room >= MIN_DEMAND) renderTable(out, m, Math.min(room, longest + 2));
  else renderBlocks(out, m);
  out.line(`${c.dim('Legend:')} ${stanceLegend(c)}`);
  const thin = m.rows.some((r) => r.cells.some((cell) => cell.thinEvidence));
  out.line(
    c.dim(
      `Date: the latest stance (or the tabling); ⟲n: n earlier stances.${thin ? ` ${THIN_MARK}: thin evidence — one source only, or only sources graded below C3.` : ''} Consensus over the addressees: agreed (all accepted), contested (any rejected), partial (some accepted), pending.${options.evidence ? '' : ' --evidence shows quotes and sources.'}`,
    ),
  );
  if (options.evidence) renderEvidence(out, m);
}

function demandMeta(out: Output, row: MatrixRow): string {
  const { c } = out;
  return [
    row.demandId,
    row.category,
    row.state === 'withdrawn' ? c.red(`withdrawn ${row.withdrawnAt ?? ''}`.trim()) : '',
    row.amendments ? `amended ${row.amendments}×` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function renderTable(out: Output, m: MatrixView, demand: number): void {
  const { c } = out;
  const head = [c.bold('Demand'), ...m.columns.map((col) => c.bold(col.name)), c.bold('Consensus')];
  const table = boxTable(head, [demand, ...m.columns.map(() => CELL), CONSENSUS]);
  for (const row of m.rows) {
    table.push([
      `${row.state === 'withdrawn' ? c.strikethrough(row.text) : row.text}\n${c.dim(demandMeta(out, row))}`,
      ...row.cells.map((cellView) => cellText(out, cellView)),
      consensusText(c, row.consensus),
    ]);
  }
  out.raw(`${table.toString()}\n`);
}

function renderBlocks(out: Output, m: MatrixView): void {
  const { c } = out;
  const names = new Map(m.columns.map((col) => [col.actorId, col.name]));
  for (const row of m.rows) {
    out.line('');
    out.line(c.bold(row.state === 'withdrawn' ? c.strikethrough(row.text) : row.text));
    out.line(`  ${consensusText(c, row.consensus)} ${c.dim(`· ${demandMeta(out, row)}`)}`, { hang: 4 });
    for (const cell of row.cells) {
      out.line(
        `  ${names.get(cell.actorId) ?? cell.actorId}: ${stanceCell(c, cell.value as CellValue, true)}${cell.value === 'no-position' ? '' : c.dim(` ${cellDate(cell)}`)}${thinNote(c, cell.thinEvidence)}`,
        { hang: 4 },
      );
    }
  }
  out.line('');
}

function cellDate(cell: MatrixCell): string {
  const earlier = cell.history.length > 1 ? ` ⟲${cell.history.length - 1}` : '';
  return `${cell.occurredAt ?? ''}${earlier}`;
}

/** The short form a table cell has room for. */
const THIN_SHORT: Record<ThinEvidenceReason, string> = { 'single-source': 'one source', 'below-c3': 'below C3' };

function cellText(out: Output, cell: MatrixCell): string {
  const { c } = out;
  const mark = stanceCell(c, cell.value as CellValue, true);
  if (cell.value === 'no-position') return mark;
  const thin = cell.thinEvidence ? `\n${c.yellow(`${THIN_MARK} ${THIN_SHORT[cell.thinEvidence.reason]}`)}` : '';
  return `${mark}\n${c.dim(cellDate(cell))}${thin}`;
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
        `  ${who}: ${stanceCell(c, cell.value as CellValue, true)} ${c.dim(instantText(cell.occurredAt))}${cell.speaker ? ` — ${cell.speaker.name}${cell.speaker.title ? `, ${cell.speaker.title}` : ''}` : ''}${thinNote(c, cell.thinEvidence)}`,
        { hang: 4 },
      );
      if (cell.conditions) out.line(`    conditions: ${cell.conditions}`, { hang: 6 });
      if (cell.quote) out.line(`    “${cell.quote}”`, { hang: 5 });
      for (const s of cell.sources) out.line(`    ${sourceLong(c, s)}`, { hang: 6 });
      if (cell.history.length > 1)
        out.line(c.dim(`    history: ${cell.history.map((h) => `${h.stance} ${h.occurredAt}`).join(' → ')}`));
    }
  }
}
