/** The demand-acceptance matrix as a heat map: demands × actors, each cell a stance (colour, symbol and word). */
import { h, mount } from '../dom.js';
import { STANCES, formatOccurred, plural } from '../format.js';
import { consensusBadge, stanceChip, thinEvidenceMark } from './badges.js';

export function renderMatrixLegend(el) {
  mount(el, h('ul', { class: 'legend-list', 'aria-label': 'Stance legend, from accepted to rejected' }, STANCES.map((s) => h('li', {}, stanceChip(s.value, { small: true })))));
}

/**
 * @param onSelect (row, cell, column) when a cell is chosen
 * @param selected the chosen cell (demandId and actorId), kept across redraws
 */
export function renderMatrix(el, matrix, { name, onSelect, selected }) {
  if (matrix.rows.length === 0) {
    mount(el, h('p', { class: 'muted' }, 'No demands tabled by this date.'));
    return;
  }
  const table = h(
    'table',
    { class: 'matrix', id: 'matrix-table' },
    h('caption', { class: 'visually-hidden' }, `Demand-acceptance matrix: ${plural(matrix.rows.length, 'demand')} by ${plural(matrix.columns.length, 'actor')}; each cell is the actor's latest stance. Choose a cell for its history and sources.`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'demand-col' }, 'Demand'),
      matrix.columns.map((c) => h('th', { scope: 'col', class: 'actor-col' }, c.name, c.role && c.role !== 'party' ? h('div', { class: 'muted small' }, c.role) : null)),
      h('th', { scope: 'col', class: 'consensus-col' }, 'Consensus'),
    )),
    h('tbody', {}, matrix.rows.map((row) =>
      h('tr', { class: row.state === 'withdrawn' ? 'withdrawn' : undefined, dataset: { demand: row.demandId } },
        h('th', { scope: 'row', class: 'demand' },
          h('span', { class: 'demand-text' }, row.text),
          h('span', { class: 'demand-meta muted small' },
            `${name(row.by)} · ${row.category} · tabled ${formatOccurred(row.tabledAt)}`,
            row.amendments ? ` · amended ${plural(row.amendments, 'time')}` : '',
            row.state === 'withdrawn' ? ` · withdrawn ${formatOccurred(row.withdrawnAt)}` : ''),
        ),
        row.cells.map((cell, i) => {
          const column = matrix.columns[i];
          const isSelected = selected && selected.demandId === row.demandId && selected.actorId === cell.actorId;
          return h('td', { class: `cell stance-${cell.value}`, dataset: { actor: cell.actorId, stance: cell.value } },
            h('button', {
              type: 'button',
              class: 'cell-button',
              'aria-pressed': isSelected ? 'true' : 'false',
              onclick: () => onSelect(row, cell, column),
            },
            // The accessible name is the visible text with what the eye gets from the row and column around it.
            h('span', { class: 'visually-hidden' }, `${column.name} on “${truncate(row.text, 80)}”: `),
            h('span', { class: 'cell-actor', 'aria-hidden': 'true' }, column.name),
            stanceChip(cell.value),
            cell.history.length > 1 ? h('span', { class: 'cell-count', title: `${cell.history.length} positions over time` }, h('span', { class: 'visually-hidden' }, ', '), `${cell.history.length}×`, h('span', { class: 'visually-hidden' }, ' over time')) : null,
            cell.occurredAt && cell.value !== 'proposer' ? h('span', { class: 'cell-date' }, h('span', { class: 'visually-hidden' }, ', '), formatOccurred(cell.occurredAt)) : null,
            thinEvidenceMark(cell.thinEvidence),
            h('span', { class: 'visually-hidden' }, '. Show history and sources.')),
          );
        }),
        h('td', { class: 'consensus-cell' }, consensusBadge(row.consensus)),
      ),
    )),
  );
  mount(el, h('div', { class: 'table-scroll' }, table));
}

function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
