/** The list of negotiations, the timeline and the changes briefing. */
import type { ChangesView, NegotiationSummary, TimelineView } from '@parley/projections';
import type { Output } from '../output';
import { instantText, levelColor, plural, signed, sourceLong, sourceShort, trendArrow } from './common';
import { truncate } from './recording';
import { listTable } from './table';

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
  const t = listTable(
    ['negotiation', 'phase', 'rounds', 'ceasefire', 'ultimatums', 'escalation', 'latest development'].map((h) =>
      c.dim(h),
    ),
  );
  for (const n of list.negotiations) {
    const e = n.escalation;
    t.push([
      `${c.bold(n.negotiationId)}\n${c.dim(truncate(n.title ?? '', 44))}`,
      n.phase,
      String(n.roundsHeld),
      n.ceasefire,
      n.activeUltimatums ? c.yellow(String(n.activeUltimatums)) : '0',
      levelColor(c, e.level)(`${e.level} ${e.levelName} ${e.index.toFixed(0)} ${trendArrow(e.trend)}`),
      n.latestDevelopment ? `${n.latestDevelopment.occurredAt.slice(0, 10)} ${n.latestDevelopment.type}` : '—',
    ]);
  }
  out.line(t.toString());
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
          ? c.red(` g${signed(g)}`)
          : g > 0
            ? c.green(` g${signed(g)}`)
            : c.dim(' g0');
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

export function renderChanges(out: Output, ch: ChangesView): void {
  const { c } = out;
  out.line(
    `${c.bold('Changes')} ${c.dim(`(${ch.negotiationId}) ${instantText(ch.since)} → ${instantText(ch.until)}${ch.knownAt ? `, known at ${instantText(ch.knownAt)}` : ''}`)}`,
  );
  const arrow = (from: string, to: string, changed: boolean) =>
    changed ? `${from} → ${c.bold(to)}` : `${to} ${c.dim('(unchanged)')}`;
  out.line(`  ${c.dim('Phase'.padEnd(12))}${arrow(ch.phase.from, ch.phase.to, ch.phase.changed)}`);
  const e = ch.escalation;
  out.line(
    `  ${c.dim('Escalation'.padEnd(12))}${e.from.index.toFixed(1)} (${e.from.level} ${e.from.levelName}) → ${levelColor(c, e.to.level)(`${e.to.index.toFixed(1)} (${e.to.level} ${e.to.levelName})`)} ${c.dim(signed(e.delta))}`,
  );
  out.line(
    `  ${c.dim('Ceasefire'.padEnd(12))}${arrow(ch.ceasefire.from, ch.ceasefire.to, ch.ceasefire.changed)}${ch.ceasefire.ceasefireId ? c.dim(` ${ch.ceasefire.ceasefireId}`) : ''}`,
  );
  for (const u of ch.ultimatums.issued)
    out.line(
      `  ${c.dim('Ultimatum'.padEnd(12))}${c.yellow('issued')} ${u.ultimatumId} by ${u.by} on ${u.occurredAt}${u.deadline ? `, deadline ${u.deadline}` : ''}`,
    );
  for (const u of ch.ultimatums.resolved)
    out.line(`  ${c.dim('Ultimatum'.padEnd(12))}${u.resolution} ${u.ultimatumId} on ${u.occurredAt}`);
  for (const d of ch.demands.tabled)
    out.line(`  ${c.dim('Demand'.padEnd(12))}tabled by ${d.by} on ${d.occurredAt}: ${d.text}`);
  for (const d of ch.demands.withdrawn)
    out.line(`  ${c.dim('Demand'.padEnd(12))}${c.red('withdrawn')} on ${d.occurredAt}: ${d.text}`);
  if (ch.stanceChanges.length) {
    out.line('');
    out.line(c.bold(`Stance changes (${ch.stanceChanges.length})`));
    for (const s of ch.stanceChanges)
      out.line(
        `  ${s.actorName} on ${c.dim(s.demandId)}: ${s.from} → ${c.bold(s.to)}${s.occurredAt ? c.dim(` (${s.occurredAt})`) : ''}`,
      );
  }
  out.line('');
  out.line(c.bold(`Developments (${ch.developments.length})`));
  const width = Math.max(30, out.width - 40);
  for (const d of ch.developments)
    out.line(`  ${d.occurredAt.padEnd(25)} ${c.cyan(d.type.padEnd(27))} ${truncate(d.summary, width)}`);
  if (ch.developments.length === 0) out.line(c.dim('  none'));
}
