/** The status view as a card of labelled lines. */
import type { RoundView, StatusView, UltimatumView } from '@parley/projections';
import type { Output } from '../output';
import { ceasefireState, consensusText, instantText, levelColor, plural, trendText } from './common';

const PHASE_TEXT: Record<string, string> = {
  closed: 'closed',
  suspended: 'suspended',
  'in-session': 'in session',
  scheduled: 'scheduled (a round is planned)',
  agreement: 'agreement (last round reached one)',
  progressing: 'progressing',
  stalled: 'stalled (last round: no progress or adjourned)',
  collapsed: 'collapsed (last round collapsed)',
  'pre-talks': 'pre-talks (no round yet)',
};

export function actorNames(
  s: Pick<StatusView, 'parties' | 'mediators' | 'otherActors'>,
): (id: string | null) => string {
  const names = new Map<string, string>();
  for (const a of [...s.parties, ...s.mediators, ...s.otherActors]) names.set(a.id, a.name);
  return (id) => (id === null ? '—' : (names.get(id) ?? id));
}

export function renderStatus(out: Output, s: StatusView, options: { knownAt?: string } = {}): void {
  const { c } = out;
  const name = actorNames(s);
  const rows: [string, string][] = [];
  const row = (label: string, value: string) => rows.push([label, value]);

  row('Phase', phaseText(out, s));
  if (s.suspended)
    row(
      s.suspended.temporary ? 'Paused' : 'Suspended',
      `since ${s.suspended.since} by ${name(s.suspended.by)}${s.suspended.reason ? ` — ${s.suspended.reason}` : ''}`,
    );
  if (s.closed)
    row('Closed', `${s.closed.outcome} on ${s.closed.occurredAt}${s.closed.summary ? ` — ${s.closed.summary}` : ''}`);
  row(
    'Rounds held',
    `${s.rounds.held}${s.daysSinceLastRound !== null ? c.dim(` · last round ${s.daysSinceLastRound === 0 ? (s.rounds.last?.inSession ? 'in session' : 'ended that day') : `${plural(s.daysSinceLastRound, 'day')} ago`}`) : ''}`,
  );
  if (s.rounds.last) row('Last round', roundText(out, s.rounds.last));
  row('Next round', s.rounds.next ? roundText(out, s.rounds.next) : c.dim('none planned'));
  row('Parties', s.parties.map((a) => a.name).join(', ') || c.dim('none'));
  row('Mediators', s.mediators.map((a) => a.name).join(', ') || c.dim('none'));
  if (s.otherActors.length) {
    const byRole = new Map<string, string[]>();
    for (const a of s.otherActors) byRole.set(a.role, [...(byRole.get(a.role) ?? []), a.name]);
    row('Others', [...byRole].map(([role, names]) => `${c.dim(`${role}:`)} ${names.join(', ')}`).join(c.dim(' · ')));
  }
  row('Ceasefire', ceasefireText(out, s));
  if (s.ultimatums.length === 0) row('Ultimatums', c.dim('none active'));
  s.ultimatums.forEach((u, i) => row(i === 0 ? `Ultimatums` : '', ultimatumText(out, u, name)));
  if (s.latestAgreement) {
    const a = s.latestAgreement;
    const parties = a.signatories.map(name).join(', ');
    // Where it stands, when a status was recorded (initialled, suspended, …); else agreed and signed as reached.
    const now = s.agreements.find((x) => x.agreementId === a.agreementId);
    const stands =
      now?.status == null
        ? `signed by ${parties}`
        : `${now.statusText}${now.by === null ? '' : ` by ${name(now.by)}`} since ${now.since} (parties: ${parties})`;
    row('Agreement', `${a.kind} ${c.dim(a.agreementId)} on ${a.occurredAt}, ${stands}`);
  }
  const d = s.demands;
  const by = (['agreed', 'partial', 'contested', 'pending'] as const)
    .filter((k) => d.byConsensus[k] > 0)
    .map((k) => `${d.byConsensus[k]} ${consensusText(c, k)}`)
    .join(', ');
  row(
    'Demands',
    `${d.total} tabled${d.withdrawn ? `, ${d.withdrawn} withdrawn` : ''}${d.open ? ` — open: ${by}` : ''}`,
  );
  const e = s.escalation;
  row(
    'Escalation',
    `${levelColor(c, e.level)(`level ${e.level} ${e.levelName}`)} · index ${e.index.toFixed(1)} · ${trendText(c, e.trend, e.delta)}`,
  );
  if (s.latestDevelopment) {
    const l = s.latestDevelopment;
    row('Latest', `${l.occurredAt} ${c.cyan(l.type)} — ${l.summary}`);
  }

  out.line(`${c.bold(s.title ?? s.negotiationId)} ${c.dim(`(${s.negotiationId})`)}`);
  out.line(
    c.dim(
      `status at ${instantText(s.at)}${options.knownAt ? `, as known at ${options.knownAt}` : ''} · model ${s.modelVersion}`,
    ),
  );
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  // A value longer than the line continues under itself, not under the label.
  for (const [label, value] of rows) {
    const [first, ...more] = value.split('\n');
    out.line(`  ${c.dim(label.padEnd(width))}${first}`, { hang: width + 2 });
    for (const line of more) out.line(`  ${' '.repeat(width)}${line}`, { hang: width + 4 });
  }
}

function phaseText(out: Output, s: StatusView): string {
  const { c } = out;
  const text = PHASE_TEXT[s.phase] ?? s.phase;
  switch (s.phase) {
    case 'agreement':
    case 'progressing':
      return c.green(c.bold(text));
    case 'collapsed':
    case 'closed':
    case 'suspended':
      return c.red(c.bold(text));
    case 'stalled':
      return c.yellow(c.bold(text));
    default:
      return c.bold(text);
  }
}

function roundText(out: Output, r: RoundView): string {
  const { c } = out;
  const when =
    r.openedAt || r.concludedAt
      ? [r.openedAt, r.concludedAt].filter((x, i, all) => x && all.indexOf(x) === i).join(' → ')
      : r.plannedFor
        ? `planned for ${r.plannedFor}`
        : '';
  const outcome = r.outcome
    ? ` · ${r.outcome === 'agreement' ? c.green(r.outcome) : r.outcome === 'collapsed' ? c.red(r.outcome) : c.yellow(r.outcome)}`
    : r.inSession
      ? ` · ${c.cyan('in session')}`
      : '';
  return `${r.label ?? r.roundId}${r.venue ? `, ${r.venue}` : ''}${when ? ` · ${when}` : ''}${outcome}`;
}

function ceasefireText(out: Output, s: StatusView): string {
  const { c } = out;
  const cf = s.ceasefire;
  if (cf.state === 'none') return c.dim('none');
  // A partial ceasefire (energy infrastructure only) is said so, with what it covers: it is no ceasefire of the fighting.
  const partial = cf.coverage === 'partial';
  const state = ceasefireState(c, cf.state, cf.coverage);
  const parts = [
    cf.ceasefireId ? c.dim(cf.ceasefireId) : '',
    partial && cf.scope ? `covers: ${cf.scope}` : '',
    cf.duration ?? '',
    cf.declaredAt ? `declared ${cf.declaredAt}` : '',
    cf.extensions ? `extended ${cf.extensions}×` : '',
    cf.until ? `until ${cf.until}` : '',
    cf.violations
      ? `${plural(cf.violations, 'violation')} reported${cf.lastViolationAt ? ` (last ${cf.lastViolationAt})` : ''}`
      : '',
    cf.ended
      ? `${cf.ended.reason}${cf.ended.occurredAt ? ` ${cf.ended.occurredAt}` : ''}${cf.ended.inferred ? ' (its term ran out)' : ''}`
      : '',
  ].filter(Boolean);
  return `${state} — ${parts.join(', ')}`;
}

function ultimatumText(out: Output, u: UltimatumView, name: (id: string | null) => string): string {
  const { c } = out;
  const deadline =
    u.deadlineStatus === 'none'
      ? 'no deadline'
      : u.deadlineStatus === 'pending'
        ? `deadline ${u.deadline}, ${plural(u.daysLeft ?? 0, 'day')} left`
        : c.red(`deadline ${u.deadline}, ${plural(u.daysOverdue ?? 0, 'day')} overdue`);
  return `${c.bold(c.yellow('active'))} ${u.ultimatumId} — ${name(u.by)} → ${u.to.map(name).join(', ')}, issued ${u.issuedAt}, ${deadline}${u.demandIds.length ? `, enforces ${plural(u.demandIds.length, 'demand')}` : ''}${u.channel ? `, ${u.channel}` : ''}\n  ${c.dim(`threatens: ${u.consequences}`)}`;
}
