/** The negotiations: a compact list in the sidebar and the overview table. */
import { h, mount } from '../dom.js';
import { formatOccurred, plural, round1 } from '../format.js';
import { ceasefireBadge, levelBadge, phaseBadge, trendBadge } from './badges.js';

const href = (id) => `#/negotiations/${id}`;

export function renderSidebar(el, negotiations, selectedId) {
  if (negotiations.length === 0) {
    mount(el, h('li', { class: 'muted empty' }, 'None yet.'));
    return;
  }
  mount(
    el,
    negotiations.map((n) =>
      h(
        'li',
        {},
        h(
          'a',
          { class: 'neg-item', href: href(n.negotiationId), 'aria-current': n.negotiationId === selectedId ? 'page' : undefined },
          h('span', { class: 'neg-item-title' }, n.title ?? n.negotiationId),
          h('span', { class: 'neg-item-meta' }, phaseBadge(n.phase), levelBadge(n.escalation.level, n.escalation.levelName)),
          h('span', { class: 'neg-item-meta' }, trendBadge(n.escalation.trend), h('span', { class: 'muted small' }, n.latestDevelopment ? formatOccurred(n.latestDevelopment.occurredAt) : '')),
        ),
      ),
    ),
  );
}

/** One card per negotiation: where it stands now, and a sparkline of its escalation index. */
export function renderOverview(el, negotiations, { loadSeries } = {}) {
  if (negotiations.length === 0) {
    mount(
      el,
      h('div', { class: 'empty-state' },
        h('h2', {}, 'No negotiations yet'),
        h('p', {}, 'Open one with POST /negotiations (see the API docs), or import the example case:'),
        h('pre', {}, "curl -XPOST -H 'Content-Type: application/x-ndjson' \\\n  --data-binary @examples/pakistan-afghanistan-2025.jsonl \\\n  " + location.origin + '/admin/import'),
      ),
    );
    return;
  }
  mount(el, h('ul', { class: 'overview-cards' }, negotiations.map((n) => {
    const canvas = h('canvas', { class: 'sparkline', role: 'img', 'aria-label': `Escalation index of ${n.title ?? n.negotiationId} over time` });
    const card = h('li', { class: 'overview-card' },
      h('article', { 'aria-labelledby': `card-${n.negotiationId}` },
        h('div', { class: 'card-head' },
          h('h2', { id: `card-${n.negotiationId}` }, h('a', { href: href(n.negotiationId) }, n.title ?? n.negotiationId)),
          phaseBadge(n.phase)),
        h('dl', { class: 'card-facts' },
          h('div', {}, h('dt', {}, 'Escalation'), h('dd', {}, levelBadge(n.escalation.level, n.escalation.levelName), ' ', h('span', { class: 'muted small' }, `index ${round1(n.escalation.index)}`))),
          h('div', {}, h('dt', {}, 'Trend, 7 days'), h('dd', {}, trendBadge(n.escalation.trend, n.escalation.delta))),
          h('div', {}, h('dt', {}, 'Rounds held'), h('dd', { class: 'card-num' }, String(n.roundsHeld))),
          h('div', {}, h('dt', {}, 'Ultimatums'), h('dd', {}, n.activeUltimatums ? h('span', { class: 'warn-text' }, plural(n.activeUltimatums, 'active')) : h('span', { class: 'muted' }, 'none active'))),
          h('div', {}, h('dt', {}, 'Ceasefire'), h('dd', {}, ceasefireBadge(n.ceasefire))),
        ),
        h('figure', { class: 'card-spark' }, h('div', { class: 'card-spark-canvas' }, canvas), h('figcaption', { class: 'muted small' }, 'Escalation index over time, on the five level bands')),
        n.latestDevelopment
          ? h('p', { class: 'card-latest' }, h('span', { class: 'label' }, `Latest · ${formatOccurred(n.latestDevelopment.occurredAt)}`), n.latestDevelopment.summary)
          : h('p', { class: 'muted' }, 'No developments yet.'),
      ));
    loadSeries?.(n, canvas);
    return card;
  })));
}
