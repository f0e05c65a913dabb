/** The evidence panel: what stands behind a matrix cell or a development on the chart. */
import { h, mount } from '../dom.js';
import { formatOccurred, signed, typeLabel } from '../format.js';
import { stanceChip, term } from './badges.js';
import { sourcesList } from './sources.js';

function quote(text) {
  return text ? h('blockquote', { class: 'quote' }, `“${text}”`) : null;
}

/** Which date the panel speaks for: "As of 17 Oct 2025", "as known on …"; null at "now". */
function asOfLine(asOf) {
  return asOf ? h('p', { class: 'evidence-asof small', dataset: { asof: asOf } }, asOf) : null;
}

export function showCell(el, { row, cell, column }, { name, eventById, asOf }) {
  const proposer = cell.value === 'proposer';
  const history = [...cell.history].reverse();
  mount(
    el,
    asOfLine(asOf),
    h('p', { class: 'evidence-kicker muted small' }, proposer ? `Tabled by ${column.name}` : `${column.name}’s stance on`),
    h('h3', { class: 'evidence-title' }, row.text),
    h('p', { class: 'small muted' }, `Demand by ${name(row.by)} to ${row.addressedTo.map(name).join(', ') || 'no one'} · ${row.category}`),
    h('div', { class: 'evidence-current' },
      stanceChip(cell.value),
      cell.occurredAt ? h('span', { class: 'muted small' }, ` ${proposer ? 'tabled' : 'since'} ${formatOccurred(cell.occurredAt)}`) : null),
    cell.conditions ? h('p', { class: 'small' }, h('strong', {}, 'Conditions: '), cell.conditions) : null,
    quote(cell.quote),
    cell.speaker ? h('p', { class: 'small muted' }, `— ${cell.speaker.name}${cell.speaker.title ? `, ${cell.speaker.title}` : ''}`) : null,
    cell.eventId ? h('h4', { class: 'evidence-sub' }, 'Sources') : null,
    cell.eventId ? sourcesList(cell.sources) : null,
    h('h4', { class: 'evidence-sub' }, 'Stance history'),
    history.length === 0
      ? h('p', { class: 'muted small' }, proposer ? 'The proposer has taken no separate position.' : 'No position taken by this date.')
      : h('ol', { class: 'history', reversed: true }, history.map((item) => {
        const ev = eventById.get(item.eventId);
        return h('li', { class: 'history-item' },
          h('div', {}, stanceChip(item.stance, { small: true }), h('span', { class: 'muted small' }, ` ${formatOccurred(item.occurredAt, ev?.precision)}`)),
          item.conditions ? h('p', { class: 'small' }, h('strong', {}, 'Conditions: '), item.conditions) : null,
          quote(item.quote),
          ev ? sourcesList(ev.sources) : null,
        );
      })),
  );
}

/**
 * What was chosen did not exist at the date shown (a demand not yet tabled, an
 * actor not yet in the talks, a development not yet happened or recorded):
 * says so, rather than keep what was true at another date.
 */
export function showAbsent(el, { kicker, title, message, asOf }) {
  mount(
    el,
    asOfLine(asOf),
    kicker ? h('p', { class: 'evidence-kicker muted small' }, kicker) : null,
    title ? h('h3', { class: 'evidence-title' }, title) : null,
    h('p', { class: 'evidence-absent', role: 'note' }, message),
  );
}

/** One or more developments (a chart marker, a timeline entry). */
export function showEvents(el, events, { title, asOf } = {}) {
  mount(
    el,
    asOfLine(asOf),
    title ? h('p', { class: 'evidence-kicker muted small' }, title) : null,
    events.map((ev) => h('section', { class: 'evidence-event' },
      h('p', { class: 'muted small' }, `${typeLabel(ev.type)} · ${formatOccurred(ev.occurredAt, ev.precision)}`),
      h('h3', { class: 'evidence-title' }, ev.summary),
      ev.cameo ? h('p', { class: 'small muted' },
        term('cameo', `CAMEO ${ev.cameo.code}`), ev.cameo.name ? ` (${ev.cameo.name})` : '',
        ev.cameo.g !== null ? [' · ', term('weight', `weight ${signed(ev.cameo.g)}`)] : null,
        ' · ', term('confidence', `confidence ${ev.confidence}`)) : null,
      ev.note ? h('p', { class: 'small' }, ev.note) : null,
      sourcesList(ev.sources),
    )),
  );
}
