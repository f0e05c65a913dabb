/** "What changed since": a briefing between two dates (/changes?since=&until=). */
import { h, mount } from '../dom.js';
import { PHASE_LABELS, formatDay, formatOccurred, plural, round1, signed, typeLabel } from '../format.js';
import { stanceChip } from './badges.js';

function tile(label, from, to, changed, words = null) {
  return h('div', { class: `change-tile${changed ? ' changed' : ''}` },
    h('span', { class: 'label' }, label),
    h('span', { class: 'small change-flag' }, changed ? 'changed' : 'unchanged'),
    words ? h('span', { class: 'change-value' }, words)
      : h('span', { class: 'change-value' }, from, h('span', { class: 'arrow', 'aria-label': 'to' }, ' → '), to));
}

function section(title, items) {
  if (!items.length) return null;
  return [h('h3', { class: 'changes-sub' }, title), h('ul', { class: 'changes-list' }, items)];
}

export function renderChanges(el, c, { name }) {
  const e = c.escalation;
  mount(
    el,
    h('p', { class: 'small muted' }, `From ${formatDay(c.since)} to ${formatDay(c.until)}${c.knownAt ? `, as known on ${formatDay(c.knownAt)}` : ''}: ${plural(c.developments.length, 'development')}.`),
    h('div', { class: 'change-tiles' },
      tile('Phase', PHASE_LABELS[c.phase.from] ?? c.phase.from, PHASE_LABELS[c.phase.to] ?? c.phase.to, c.phase.changed),
      tile('Escalation', `${round1(e.from.index)} ${e.from.levelName}`, `${round1(e.to.index)} ${e.to.levelName}`, e.levelChanged || Math.abs(e.delta) >= 5),
      // A new ceasefire in place of another is said in words, never "in-force → in-force".
      tile('Ceasefire', c.ceasefire.from, c.ceasefire.to, c.ceasefire.changed, c.ceasefire.previousCeasefireId ? c.ceasefire.summary : null),
    ),
    Math.abs(e.delta) >= 0.05 ? h('p', { class: 'small' }, `Index ${signed(e.delta)} points.`) : null,
    section('Stances that moved', c.stanceChanges.map((s) => h('li', {},
      h('strong', {}, s.actorName), ' on ', h('em', {}, s.demand), h('br'),
      stanceChip(s.from, { small: true }), ' → ', stanceChip(s.to, { small: true }),
      s.occurredAt ? h('span', { class: 'muted small' }, ` ${formatOccurred(s.occurredAt)}`) : null))),
    section('Ultimatums', [
      ...c.ultimatums.issued.map((u) => h('li', {}, `Issued by ${name(u.by)} to ${u.to.map(name).join(', ')} (${formatOccurred(u.occurredAt)})${u.deadline ? `, deadline ${formatOccurred(u.deadline)}` : ''}`)),
      ...c.ultimatums.resolved.map((u) => h('li', {}, `${u.by ? `${name(u.by)}’s ultimatum` : 'Ultimatum'} resolved: ${u.resolution} (${formatOccurred(u.occurredAt)})`)),
    ]),
    section('Demands', [
      ...c.demands.tabled.map((d) => h('li', {}, `Tabled by ${name(d.by)}: ${d.text}`)),
      ...c.demands.withdrawn.map((d) => h('li', {}, `Withdrawn: ${d.text}`)),
    ]),
    section('Developments', c.developments.slice().reverse().map((d) => h('li', {},
      h('span', { class: 'muted small' }, `${formatOccurred(d.occurredAt)} · ${typeLabel(d.type)}`), h('br'), d.summary))),
  );
}
