/** The status card: where the talks stand at the chosen date. */
import { h, mount } from '../dom.js';
import { CONSENSUS_LABELS, formatDay, formatOccurred, instantOf, plural, round1, typeLabel } from '../format.js';
import { ceasefireBadge, levelBadge, phaseBadge, trendBadge } from './badges.js';

function row(label, ...value) {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

function roundLine(r, { next = false, T } = {}) {
  if (!r) return h('span', { class: 'muted' }, next ? 'none planned' : 'none yet');
  const where = r.venue ? ` — ${r.venue}` : '';
  if (next) {
    const days = r.plannedFor ? Math.ceil((instantOf(r.plannedFor) - T) / 86_400_000) : null;
    return [
      h('strong', {}, r.label ?? r.roundId), where,
      h('div', { class: 'muted small' }, `planned ${formatOccurred(r.plannedFor)}${days !== null && days >= 0 ? ` · in ${plural(days, 'day')}` : ''}`),
    ];
  }
  const dates = r.openedAt && r.concludedAt && r.openedAt !== r.concludedAt
    ? `${formatOccurred(r.openedAt)} – ${formatOccurred(r.concludedAt)}`
    : formatOccurred(r.concludedAt ?? r.openedAt ?? r.plannedFor);
  return [
    h('strong', {}, r.label ?? r.roundId), where,
    h('div', { class: 'muted small' }, dates, r.inSession ? ' · in session' : r.outcome ? ` · ${r.outcome}` : ''),
    r.summary ? h('div', { class: 'small round-summary' }, r.summary) : null,
  ];
}

function ultimatumItem(u, name) {
  let deadline;
  if (u.deadlineStatus === 'none') deadline = h('span', { class: 'muted' }, 'no deadline stated');
  else if (u.deadlineStatus === 'overdue') deadline = h('span', { class: 'overdue' }, `deadline ${formatOccurred(u.deadline)} · overdue by ${plural(u.daysOverdue, 'day')}`);
  else deadline = h('span', { class: u.daysLeft <= 3 ? 'overdue' : 'warn-text' }, `deadline ${formatOccurred(u.deadline)} · ${plural(u.daysLeft, 'day')} left`);
  return h('li', { class: 'ultimatum' },
    h('div', {}, h('strong', {}, name(u.by)), ' → ', u.to.map(name).join(', ')),
    h('div', { class: 'small' }, deadline),
    h('div', { class: 'small muted' }, `Issued ${formatOccurred(u.issuedAt)}${u.channel ? `, ${u.channel}` : ''}. Threat: ${u.consequences}`),
  );
}

function ceasefireLine(c) {
  const bits = [];
  if (c.coverage === 'partial' && c.scope) bits.push(`covers: ${c.scope}`);
  if (c.declaredAt) bits.push(`declared ${formatOccurred(c.declaredAt)}`);
  if (c.duration) bits.push(c.duration === 'temporary' && c.until ? `until ${formatOccurred(c.until)}` : c.duration);
  if (c.extensions) bits.push(`extended ${plural(c.extensions, 'time')}`);
  if (c.state !== 'none') bits.push(plural(c.violations, 'violation') + ' reported');
  if (c.ended) bits.push(`ended ${formatOccurred(c.ended.occurredAt)} (${c.ended.reason}${c.ended.inferred ? ', term ran out' : ''})`);
  return [ceasefireBadge(c.state, c.coverage), bits.length ? h('div', { class: 'muted small' }, bits.join(' · ')) : null];
}

function demandBar(d) {
  const order = ['agreed', 'partial', 'pending', 'contested'];
  const total = order.reduce((n, k) => n + (d.byConsensus[k] ?? 0), 0);
  if (total === 0) return h('span', { class: 'muted' }, 'none tabled');
  return [
    h('div', { class: 'consensus-bar', role: 'img', 'aria-label': order.map((k) => `${d.byConsensus[k]} ${k}`).join(', ') },
      order.filter((k) => d.byConsensus[k] > 0).map((k) => h('span', { class: `seg consensus-${k}`, style: { flexGrow: String(d.byConsensus[k]) }, title: `${CONSENSUS_LABELS[k]}: ${d.byConsensus[k]}` }, String(d.byConsensus[k])))),
    h('div', { class: 'consensus-key small' }, order.map((k) => h('span', {}, h('i', { class: `key consensus-${k}`, 'aria-hidden': 'true' }), `${CONSENSUS_LABELS[k]} ${d.byConsensus[k]}`))),
    d.withdrawn ? h('div', { class: 'muted small' }, `${d.withdrawn} withdrawn`) : null,
  ];
}

/** The latest agreement, as `parley status` names it: its kind, its date as recorded and who signed it. */
function agreementLine(a, name, agreements) {
  // Where it stands, when a status was recorded (initialled, suspended, …); else agreed and signed as reached.
  const now = agreements?.find((x) => x.agreementId === a.agreementId);
  const parties = a.signatories.map(name).join(', ');
  return h('div', { id: 'latest-agreement' }, `${a.kind} agreement · ${formatOccurred(a.occurredAt)}`,
    h('div', { class: 'muted small' }, now?.status == null
      ? `signed by ${parties}`
      : `${now.statusText}${now.by ? ` by ${name(now.by)}` : ''} since ${formatOccurred(now.since)}${now.implemented ? '' : ' (not being implemented)'} · parties: ${parties}`));
}

export function renderStatus(el, status, { name }) {
  const T = instantOf(status.at);
  const esc = status.escalation;
  mount(
    el,
    h('div', { class: 'status-top' },
      h('div', { class: 'status-phase' }, h('span', { class: 'label' }, 'Phase'), phaseBadge(status.phase)),
      h('div', { class: 'status-level' }, h('span', { class: 'label' }, 'Escalation'), levelBadge(esc.level, esc.levelName), h('span', { class: 'index-num', title: 'Escalation index, 0–100' }, round1(esc.index).toFixed(1)), trendBadge(esc.trend, esc.delta)),
    ),
    status.suspended ? h('p', { class: 'notice' }, `${status.suspended.temporary ? 'Paused' : 'Suspended'} since ${formatOccurred(status.suspended.since)}${status.suspended.by ? ` by ${name(status.suspended.by)}` : ''}${status.suspended.reason ? `: ${status.suspended.reason}` : ''}`) : null,
    status.closed ? h('p', { class: 'notice' }, `Closed ${formatOccurred(status.closed.occurredAt)} (${status.closed.outcome})${status.closed.summary ? `: ${status.closed.summary}` : ''}`) : null,
    h('dl', { class: 'facts' },
      row('Rounds held', h('strong', { class: 'big-num', id: 'rounds-held' }, String(status.rounds.held)),
        status.rounds.last?.inSession
          ? h('span', { class: 'muted small' }, ' · a round is under way')
          : status.daysSinceLastRound !== null
            ? h('span', { class: 'muted small' }, status.daysSinceLastRound === 0 ? ' · the last one ended that day' : ` · the last one ended ${plural(status.daysSinceLastRound, 'day')} earlier`)
            : null),
      row('Last round', roundLine(status.rounds.last)),
      row('Next round', roundLine(status.rounds.next, { next: true, T })),
      row('Ceasefire', ceasefireLine(status.ceasefire)),
      row('Ultimatums', status.ultimatums.length
        ? h('ul', { class: 'ultimatums' }, status.ultimatums.map((u) => ultimatumItem(u, name)))
        : h('span', { class: 'muted' }, 'none active')),
      status.latestAgreement ? row('Agreement', agreementLine(status.latestAgreement, name, status.agreements)) : null,
      row('Demands', demandBar(status.demands)),
      row('Latest', status.latestDevelopment
        ? h('div', { id: 'latest-development' },
          h('div', { class: 'muted small' }, `${typeLabel(status.latestDevelopment.type)} · ${formatOccurred(status.latestDevelopment.occurredAt)}`),
          h('div', {}, status.latestDevelopment.summary))
        : h('span', { class: 'muted' }, 'nothing yet')),
    ),
    h('p', { class: 'muted small as-of' }, `As of ${formatDay(status.at)} · model ${status.modelVersion}`),
  );
}
