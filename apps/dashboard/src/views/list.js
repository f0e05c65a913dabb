/** The negotiations: a compact list in the sidebar, as of the date the page shows (the portfolio is portfolio.js). */
import { h, mount } from '../dom.js';
import { formatOccurred } from '../format.js';
import { levelBadge, phaseBadge, trendBadge } from './badges.js';

/** @param href (id) the link to a negotiation, keeping the date and model shown */
export function renderSidebar(el, negotiations, selectedId, href) {
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
