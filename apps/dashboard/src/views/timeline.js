/** The timeline: every development by the chosen date, newest first, a page at a time, with sources, corrections and retractions. */
import { h, mount } from '../dom.js';
import { TYPE_GROUPS, formatDay, formatOccurred, plural, signed, typeLabel } from '../format.js';
import { term } from './badges.js';
import { sourcesList } from './sources.js';

function groupOf(type) {
  for (const [group, types] of Object.entries(TYPE_GROUPS)) if (types.includes(type)) return group;
  return 'other';
}

function changedFields(changes) {
  const out = [];
  for (const [k, v] of Object.entries(changes ?? {})) {
    if (k === 'data' && v && typeof v === 'object') out.push(...Object.keys(v).map((f) => `data.${f}`));
    else out.push(k);
  }
  return out;
}

const TEXT_FIELDS = [['text', 'Text'], ['summary', 'Summary'], ['description', 'Description'], ['quote', 'Quote'], ['conditions', 'Conditions'], ['consequences', 'Consequences'], ['reason', 'Reason'], ['nextSteps', 'Next steps'], ['scope', 'Scope'], ['terms', 'Terms']];

/** The event's own words, when the one-line summary had to cut them short. */
function fullText(item) {
  const data = item.data ?? {};
  const parts = TEXT_FIELDS.filter(([k]) => typeof data[k] === 'string' && data[k]).map(([k, label]) => h('p', { class: 'small' }, h('strong', {}, `${label}: `), k === 'quote' ? `“${data[k]}”` : data[k]));
  if (Array.isArray(data.provisions) && data.provisions.length) parts.push(h('ul', { class: 'small provisions' }, data.provisions.map((p) => h('li', {}, p))));
  return parts.length ? h('details', { class: 'tl-more' }, h('summary', {}, 'Full text'), parts) : null;
}

function matches(item, filter, search) {
  if (filter === 'corrected' && !(item.corrections.length || item.retracted)) return false;
  if (filter && filter !== 'corrected' && groupOf(item.type) !== filter) return false;
  if (!search) return true;
  const hay = `${item.summary} ${item.note ?? ''} ${typeLabel(item.type)} ${item.sources.map((s) => `${s.title} ${s.publisher ?? ''}`).join(' ')}`.toLowerCase();
  return hay.includes(search.toLowerCase());
}

/** Developments drawn at first, and added by each "Show more": the newest matter most, and a long log would otherwise be thousands of elements. */
export const TIMELINE_PAGE = 20;

function timelineItem(item) {
  return h('li', { class: `tl-item group-${groupOf(item.type)}${item.retracted ? ' retracted' : ''}`, tabindex: '-1', dataset: { eventId: item.eventId, type: item.type } },
    h('div', { class: 'tl-date' }, h('time', { datetime: item.occurredAt }, formatOccurred(item.occurredAt, item.precision))),
    h('div', { class: 'tl-main' },
      h('div', { class: 'tl-head' },
        h('span', { class: `type-badge group-${groupOf(item.type)}` }, typeLabel(item.type)),
        item.cameo?.g ? term('weight', `weight ${signed(item.cameo.g)}`, { class: `weight ${item.cameo.g < 0 ? 'tt-neg' : 'tt-pos'}`, extra: `Here: CAMEO ${item.cameo.code}${item.cameo.name ? ` (${item.cameo.name})` : ''}.` }) : null,
        item.occurrence ? h('span', { class: 'badge occurrence-badge', title: 'Developments with the same occurrence report one fact: the escalation counts them once' }, `one fact: ${item.occurrence}`) : null,
        item.retracted ? h('span', { class: 'badge retracted-badge' }, 'Retracted') : null,
        item.corrections.length ? h('span', { class: 'badge corrected-badge' }, item.corrections.length > 1 ? `Corrected ×${item.corrections.length}` : 'Corrected') : null),
      h('p', { class: 'tl-summary' }, item.summary),
      item.summary.endsWith('…') || item.data?.quote ? fullText(item) : null,
      item.note ? h('p', { class: 'tl-note small muted' }, item.note) : null,
      sourcesList(item.sources),
      item.corrections.map((c) => h('p', { class: 'correction small' },
        h('strong', {}, c.withdrawn ? 'Correction (withdrawn): ' : 'Corrected: '), c.reason ?? '',
        changedFields(c.changes).length ? h('span', { class: 'muted' }, ` Changed ${changedFields(c.changes).join(', ')}.`) : null,
        h('span', { class: 'muted' }, ` Recorded ${formatDay(c.recordedAt)} by ${c.recordedBy}.`))),
      item.retracted ? h('p', { class: 'retraction small' }, h('strong', {}, 'Retracted: '), item.retracted.reason ?? '', h('span', { class: 'muted' }, ` Recorded ${formatDay(item.retracted.recordedAt)} by ${item.retracted.recordedBy}. It no longer counts in the other views.`)) : null,
      h('p', { class: 'tl-recorded muted small' }, `Recorded ${formatDay(item.recordedAt)} by ${item.recordedBy}`),
    ),
  );
}

/**
 * The developments matching the filter and search, newest first: the first `shown` of them (TIMELINE_PAGE at least),
 * then a "Show more" button that adds the next page and moves the focus to the first development it added.
 * `onShown(n)` hears how many are shown, so a redraw (a live update) keeps what the reader opened.
 */
export function renderTimeline(el, timeline, { filter = '', search = '', shown = TIMELINE_PAGE, onShown = () => {} } = {}) {
  const items = timeline.items.filter((i) => matches(i, filter, search)).reverse();
  const total = timeline.items.length;
  const list = h('ol', { class: 'timeline', id: 'timeline-list' });
  const more = h('button', { type: 'button', class: 'btn btn-small timeline-more', 'aria-controls': 'timeline-list' });
  let count = 0;
  const showUpTo = (n) => {
    const first = count;
    count = Math.min(items.length, Math.max(n, TIMELINE_PAGE));
    list.append(...items.slice(first, count).map(timelineItem));
    const rest = items.length - count;
    more.hidden = rest === 0;
    more.textContent = `Show ${Math.min(rest, TIMELINE_PAGE)} more (${rest} older not shown)`;
    onShown(count);
    return list.children[first];
  };
  more.addEventListener('click', () => showUpTo(count + TIMELINE_PAGE)?.focus());
  showUpTo(shown);
  mount(
    el,
    h('p', { class: 'muted small timeline-count', 'aria-live': 'polite' }, filter || search ? `${items.length} of ${plural(total, 'development')}` : `${plural(total, 'development')}, newest first`),
    items.length === 0 ? h('p', { class: 'muted' }, 'Nothing matches.') : null,
    list,
    more,
  );
}
