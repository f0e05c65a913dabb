/**
 * The portfolio at `/`: one card per negotiation — phase, escalation level,
 * the level's direction over the last 7 and 30 days (as CrisisWatch reports
 * it), active ultimatums and deadlines coming due, the latest development and
 * a sparkline — in the order the API sorts them (`GET /negotiations?sort=`).
 */
import { h, mount } from '../dom.js';
import { formatDay, formatOccurred, plural, round1 } from '../format.js';
import { ceasefireBadge, levelBadge, phaseBadge, trendBadge } from './badges.js';

/** The orders the API offers (PORTFOLIO_SORTS), with the words the page uses. */
export const PORTFOLIO_SORTS = [
  ['level', 'Level'],
  ['direction', 'Direction'],
  ['latest', 'Last development'],
  ['name', 'Name'],
];

const DIRECTION = {
  deteriorated: { symbol: '▲', label: 'Deteriorated' },
  improved: { symbol: '▼', label: 'Improved' },
  unchanged: { symbol: '=', label: 'Unchanged' },
};

function directionBadge(change) {
  const d = DIRECTION[change.direction] ?? DIRECTION.unchanged;
  const moved = change.direction === 'unchanged' ? `level ${change.levelBefore}` : `from level ${change.levelBefore}`;
  return h('span', { class: `direction direction-${change.direction}` },
    h('span', { 'aria-hidden': 'true' }, d.symbol), ` ${d.label} `, h('span', { class: 'muted small' }, `(${moved})`));
}

function dueText(d) {
  return `${d.text} ${d.daysLeft <= 1 ? 'within a day' : `in ${d.daysLeft} days`} (${formatOccurred(d.due)})`;
}

function ultimatumText(u) {
  if (u.deadlineStatus === 'overdue') return `${u.text}: deadline passed ${plural(u.daysOverdue, 'day')} ago`;
  if (u.deadlineStatus === 'pending') return `${u.text}: deadline ${formatOccurred(u.deadline)}`;
  return `${u.text}: no deadline stated`;
}

/** The sort control: radio buttons, the chosen one checked; `onSort(sort)` when another is chosen. */
export function renderPortfolioSort(el, sort, onSort) {
  mount(el, h('fieldset', { class: 'segmented portfolio-sort' },
    h('legend', { class: 'sort-legend' }, 'Sort by'),
    PORTFOLIO_SORTS.map(([value, label]) => [
      h('input', { type: 'radio', name: 'portfolio-sort', id: `sort-${value}`, value, checked: value === sort, onchange: () => onSort(value) }),
      h('label', { for: `sort-${value}` }, label),
    ])));
}

/**
 * @param negotiations the API's portfolio entries, already sorted
 * @param href (id) the link to a negotiation, keeping the replay date
 * @param loadSeries (entry, canvas) draws the sparkline
 * @param at the day shown (null: now)
 * @param knownAt the day whose knowledge is shown (undefined: now)
 */
export function renderPortfolio(el, negotiations, { href, loadSeries, at, knownAt } = {}) {
  if (negotiations.length === 0) {
    const past = at || knownAt;
    mount(
      el,
      h('div', { class: 'empty-state' },
        h('h2', {}, at ? `No negotiations by ${formatDay(at)}${knownAt ? `, as known on ${formatDay(knownAt)}` : ''}` : knownAt ? `No negotiations known on ${formatDay(knownAt)}` : 'No negotiations yet'),
        past ? null : [
          h('p', {}, 'Open one with POST /negotiations (see the API docs), or import the example case:'),
          h('pre', {}, "curl -XPOST -H 'Content-Type: application/x-ndjson' \\\n  --data-binary @examples/pakistan-afghanistan-2025.jsonl \\\n  " + location.origin + '/admin/import'),
        ],
      ),
    );
    return;
  }
  mount(el, h('ul', { class: 'overview-cards' }, negotiations.map((n) => {
    const title = n.title ?? n.negotiationId;
    const canvas = h('canvas', { class: 'sparkline', role: 'img', 'aria-label': `Escalation index of ${title} over time` });
    const card = h('li', { class: 'overview-card', dataset: { negotiation: n.negotiationId } },
      h('article', { 'aria-labelledby': `card-${n.negotiationId}` },
        h('div', { class: 'card-head' },
          h('h2', { id: `card-${n.negotiationId}` }, h('a', { href: href(n.negotiationId) }, title)),
          phaseBadge(n.phase)),
        h('dl', { class: 'card-facts' },
          h('div', {}, h('dt', {}, 'Escalation'), h('dd', {}, levelBadge(n.escalation.level, n.escalation.levelName), ' ', h('span', { class: 'muted small' }, `index ${round1(n.escalation.index)}`))),
          (n.levelChanges ?? []).map((c) => h('div', { class: 'card-direction', dataset: { days: String(c.days) } }, h('dt', {}, `Level, ${c.days} days`), h('dd', {}, directionBadge(c)))),
          h('div', {}, h('dt', {}, 'Index trend, 7 days'), h('dd', {}, trendBadge(n.escalation.trend, n.escalation.delta))),
          h('div', {}, h('dt', {}, 'Rounds held'), h('dd', { class: 'card-num' }, String(n.roundsHeld))),
          h('div', {}, h('dt', {}, 'Ceasefire'), h('dd', {}, ceasefireBadge(n.ceasefire, n.ceasefireCoverage))),
        ),
        h('div', { class: 'card-ultimatums' },
          h('h3', { class: 'label' }, n.activeUltimatums ? h('span', { class: 'warn-text' }, `Ultimatums · ${plural(n.activeUltimatums, 'active')}`) : 'Ultimatums · none active'),
          n.ultimatums?.length ? h('ul', { class: 'plain-list small' }, n.ultimatums.map((u) => h('li', {}, ultimatumText(u)))) : null),
        n.deadlines?.length
          ? h('div', { class: 'card-deadlines' },
            h('h3', { class: 'label' }, 'Coming due'),
            h('ul', { class: 'plain-list' }, n.deadlines.map((d) => h('li', { class: `deadline deadline-${d.kind}` }, h('span', { 'aria-hidden': 'true' }, '⚠ '), dueText(d)))))
          : null,
        h('figure', { class: 'card-spark' }, h('div', { class: 'card-spark-canvas' }, canvas), h('figcaption', { class: 'muted small' }, 'Escalation index over time, on the five level bands')),
        n.latestDevelopment
          ? h('p', { class: 'card-latest' }, h('span', { class: 'label' }, `Latest · ${formatOccurred(n.latestDevelopment.occurredAt)}`), n.latestDevelopment.summary)
          : h('p', { class: 'muted' }, 'No developments yet.'),
      ));
    loadSeries?.(n, canvas);
    return card;
  })));
}
