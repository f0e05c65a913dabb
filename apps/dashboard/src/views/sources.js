/** Sources with their Admiralty grades; links open the source in a new tab. */
import { h } from '../dom.js';
import { formatDay, grade } from '../format.js';

export function gradeChip(source) {
  const g = grade(source);
  if (!g) return h('span', { class: 'grade grade-none', title: 'Not graded' }, 'ungraded');
  return h('abbr', { class: `grade grade-${(source.reliability ?? 'x').toLowerCase()}`, title: `Admiralty grade ${g.code}: ${g.meaning}` }, g.code);
}

/** Only http(s) links are drawn: a `javascript:` or `data:` URL in an old log stays text. */
export function isWebLink(url) {
  return typeof url === 'string' && /^https?:\/\/[^\s/?#]/i.test(url);
}

export function sourceItem(source) {
  const title = source.title ?? 'Untitled source';
  const label = isWebLink(source.url)
    ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, title, h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))
    : h('span', {}, title);
  const meta = [source.publisher, source.publishedAt ? formatDay(source.publishedAt) : null].filter(Boolean).join(' · ');
  return h('li', { class: 'source' }, gradeChip(source), ' ', h('span', { class: 'source-text' }, label, meta ? h('span', { class: 'muted small' }, ` — ${meta}`) : null));
}

export function sourcesList(sources, { label = 'Sources' } = {}) {
  if (!sources?.length) return h('p', { class: 'muted small' }, 'No sources.');
  return h('ul', { class: 'sources', 'aria-label': label }, sources.map(sourceItem));
}
