/** The list of negotiations, the timeline and the changes briefing. */
import type { ChangesView, NegotiationSummary, TimelineView } from '@parley/projections';
import type { Output } from '../output';
import { ceasefireState, instantText, levelColor, plural, signed, sourceLong, sourceShort, trendArrow } from './common';
import { truncate } from './recording';

/**
 * The negotiations, one block each: the id and title, then the escalation and
 * the phase, then the ceasefire, the active ultimatums and the latest
 * development — a layout that fits 80 columns, wrapped to any other width.
 */
export function renderList(out: Output, list: { negotiations: readonly NegotiationSummary[] }): void {
  const { c } = out;
  if (list.negotiations.length === 0) {
    out.line(
      c.dim(
        'no negotiations yet: open one with parley open, or load the example with parley import examples/pakistan-afghanistan-2025.jsonl',
      ),
    );
    return;
  }
  list.negotiations.forEach((n, i) => {
    const e = n.escalation;
    if (i > 0) out.line('');
    out.line(`${c.bold(n.negotiationId)}${n.title ? ` — ${n.title}` : ''}`);
    out.line(
      `  ${levelColor(c, e.level)(`level ${e.level} ${e.levelName}`)} · index ${e.index.toFixed(1)} ${trendArrow(e.trend)} ${e.trend} · ${n.phase} · ${plural(n.roundsHeld, 'round')} held`,
    );
    const latest = n.latestDevelopment;
    out.line(
      c.dim(
        `  ceasefire ${ceasefireState(c, n.ceasefire, n.ceasefireCoverage)} · ${plural(n.activeUltimatums, 'active ultimatum')}${latest ? ` · latest ${latest.occurredAt.slice(0, 10)} ${latest.type}` : ''}`,
      ),
    );
  });
}

export function renderTimeline(out: Output, t: TimelineView, options: { sources?: boolean } = {}): void {
  const { c } = out;
  const when = [t.at ? `at ${instantText(t.at)}` : '', t.knownAt ? `known at ${instantText(t.knownAt)}` : '']
    .filter(Boolean)
    .join(', ');
  out.line(
    `${c.bold('Timeline')} ${c.dim(`(${t.negotiationId}${when ? `, ${when}` : ''}) · ${plural(t.items.length, 'event')}`)}`,
  );
  const width = Math.max(30, out.width - 4);
  for (const item of t.items) {
    const retracted = item.retracted !== null;
    const g = item.cameo?.g;
    const weight =
      g === null || g === undefined
        ? ''
        : g < 0
          ? c.red(` weight ${signed(g)}`)
          : g > 0
            ? c.green(` weight ${signed(g)}`)
            : c.dim(' weight 0');
    const head = `${item.occurredAt.padEnd(25)} ${c.cyan(item.type)}${weight}${item.corrections.length ? c.yellow(` corrected ${item.corrections.length}×`) : ''}${retracted ? c.red(' RETRACTED') : ''}`;
    out.line(`${head}`);
    const summary = truncate(item.summary, width);
    out.line(`  ${retracted ? c.strikethrough(c.dim(summary)) : summary}`);
    if (retracted) out.line(c.dim(`  retracted: ${item.retracted!.reason}`));
    if (options.sources) {
      for (const s of item.sources) out.line(`    ${sourceLong(c, s)}`);
      if (item.note) out.line(c.dim(`    note: ${item.note}`));
    } else {
      out.line(c.dim(`  ${truncate(item.sources.map(sourceShort).join(', '), width)}`));
    }
  }
}

/** What changed between two dates; actors by name (the view carries each name beside its id), demands by text. */
export function renderChanges(out: Output, ch: ChangesView): void {
  const { c } = out;
  out.line(
    `${c.bold('Changes')} ${c.dim(`(${ch.negotiationId}) ${instantText(ch.since)} → ${instantText(ch.until)}${ch.knownAt ? `, known at ${instantText(ch.knownAt)}` : ''}`)}`,
  );
  const LABEL = 12;
  const row = (label: string, text: string) => out.line(`  ${c.dim(label.padEnd(LABEL))}${text}`, { hang: LABEL + 2 });
  const arrow = (from: string, to: string, changed: boolean) =>
    changed ? `${from} → ${c.bold(to)}` : `${to} ${c.dim('(unchanged)')}`;
  row('Phase', arrow(ch.phase.from, ch.phase.to, ch.phase.changed));
  const e = ch.escalation;
  row(
    'Escalation',
    `${e.from.index.toFixed(1)} (${e.from.level} ${e.from.levelName}) → ${levelColor(c, e.to.level)(`${e.to.index.toFixed(1)} (${e.to.level} ${e.to.levelName})`)} ${c.dim(signed(e.delta))}`,
  );
  row(
    'Ceasefire',
    `${arrow(ch.ceasefire.from, ch.ceasefire.to, ch.ceasefire.changed)}${ch.ceasefire.ceasefireId ? c.dim(` ${ch.ceasefire.ceasefireId}`) : ''}`,
  );
  for (const u of ch.ultimatums.issued)
    row(
      'Ultimatum',
      `${c.yellow('issued')} by ${u.byName} to ${u.toNames.join(', ')} on ${u.occurredAt}${u.deadline ? `, deadline ${u.deadline}` : ''} ${c.dim(u.ultimatumId)}`,
    );
  for (const u of ch.ultimatums.resolved)
    row('Ultimatum', `${u.resolution}${u.byName ? ` by ${u.byName}` : ''} on ${u.occurredAt} ${c.dim(u.ultimatumId)}`);
  for (const d of ch.demands.tabled) row('Demand', `tabled by ${d.byName} on ${d.occurredAt}: ${d.text}`);
  for (const d of ch.demands.withdrawn) row('Demand', `${c.red('withdrawn')} on ${d.occurredAt}: ${d.text}`);
  if (ch.stanceChanges.length) {
    out.line('');
    out.line(c.bold(`Stance changes (${ch.stanceChanges.length})`));
    for (const s of ch.stanceChanges) {
      out.line(`  ${s.actorName}: ${s.from} → ${c.bold(s.to)}${s.occurredAt ? c.dim(` (${s.occurredAt})`) : ''}`);
      out.line(`    on “${s.demand}”`, { hang: 5 });
    }
  }
  out.line('');
  out.line(c.bold(`Developments (${ch.developments.length})`));
  // Date and type on one line, the summary (as the timeline words it, with names) under it.
  for (const d of ch.developments) {
    out.line(`  ${d.occurredAt} ${c.cyan(d.type)}`);
    out.line(`    ${d.summary}`, { hang: 4 });
  }
  if (ch.developments.length === 0) out.line(c.dim('  none'));
}
