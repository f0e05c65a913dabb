/** The escalation view: level, index, trend, the sums, a sparkline of the series, and the drivers with codes and sources. */
import type { EscalationSeries, EscalationView, SeriesPoint } from '@parley/projections';
import type { Colors, Output } from '../output';
import { instantText, levelColor, signed, sourceShort, THIN_MARK, thinNote, trendArrow } from './common';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One mark per point on a fixed 0–100 scale (the index is absolute, so the scale is too). */
export function sparkChar(index: number): string {
  const i = Math.min(BLOCKS.length - 1, Math.max(0, Math.floor((index / 100) * BLOCKS.length)));
  return BLOCKS[i]!;
}

/** At most `width` points: each bucket keeps its highest point, so a peak is never averaged away. */
export function downsample(points: readonly SeriesPoint[], width: number): SeriesPoint[] {
  if (points.length <= width) return [...points];
  const out: SeriesPoint[] = [];
  for (let b = 0; b < width; b++) {
    const from = Math.floor((b * points.length) / width);
    const to = Math.floor(((b + 1) * points.length) / width);
    let best = points[from]!;
    for (let i = from + 1; i < to; i++) if (points[i]!.index > best.index) best = points[i]!;
    out.push(best);
  }
  return out;
}

export function sparkline(c: Colors, points: readonly SeriesPoint[]): string {
  return points.map((p) => levelColor(c, p.level)(sparkChar(p.index))).join('');
}

export function renderEscalation(
  out: Output,
  e: EscalationView,
  series: EscalationSeries | undefined,
  options: { knownAt?: string } = {},
): void {
  const { c } = out;
  const color = levelColor(c, e.level);
  out.line(
    `${c.bold('Escalation')} ${c.dim(`(${e.negotiationId}) at ${instantText(e.at)}${options.knownAt ? `, as known at ${options.knownAt}` : ''} · model ${e.modelVersion}`)}`,
  );
  out.line(
    `  ${color(c.bold(`Level ${e.level} · ${e.levelName}`))}   index ${c.bold(e.index.toFixed(1))} / 100   ${trend(c, e)}`,
  );
  if (e.reasons.length > 0) renderBasis(out, e);
  else
    out.line(
      c.dim(
        `  conflict ${e.conflict.toFixed(1)} − cooperation ${e.cooperation.toFixed(1)} → net ${e.net.toFixed(1)}   (index = 100 · net / (net + 15))`,
      ),
    );
  if (series) renderSeries(out, series);
  out.line('');
  if (e.drivers.length === 0) {
    out.line(c.dim('  no event weighs on the index at this date'));
    return;
  }
  out.line(
    c.bold(`Top ${e.drivers.length === 1 ? 'driver' : `${e.drivers.length} drivers`}`) +
      c.dim(
        e.reasons.length > 0
          ? ' (contribution = weight × decay, one per occurrence; negative pushes towards conflict)'
          : ' (contribution = Goldstein g × confidence c × decay; negative pushes towards conflict)',
      ),
  );
  if (e.reasons.length === 0 && e.drivers.every((d) => Math.abs(d.contribution) < 0.005)) {
    out.line(
      c.yellow(
        `  every contribution has decayed to nearly nothing by ${instantText(e.at)} (half-life 14 days): try --at with a date nearer the events`,
      ),
    );
  }
  for (const d of e.drivers) {
    const contribution =
      d.contribution < 0
        ? c.red(signed(d.contribution, 2).padStart(7))
        : c.green(signed(d.contribution, 2).padStart(7));
    const under = { hang: 11 };
    out.line(
      `  ${contribution}  ${d.occurredAt}  ${c.cyan(d.type)} · CAMEO ${c.bold(d.code)}${d.codeName ? ` ${d.codeName}` : ''}${d.codeSource === 'analyst' ? c.dim(' (analyst)') : ''}`,
      under,
    );
    out.line(`           ${d.summary}`, under);
    out.line(
      c.dim(
        `           ${factors(d)}${d.eventIds && d.eventIds.length > 1 ? ` · one occurrence of ${d.eventIds.length} records` : ''}`,
      ),
      under,
    );
    out.line(
      `           ${c.dim(`sources: ${d.sources.map(sourceShort).join(', ') || 'none'}`)}${thinNote(c, d.thinEvidence)}`,
      under,
    );
  }
  if (e.drivers.some((d) => d.thinEvidence) || e.reasons.some((r) => r.thinEvidence))
    out.line(
      c.dim(`${THIN_MARK}: thin evidence — one source only, or only sources graded below C3 (Admiralty grades)`),
    );
}

/** v2: why the level holds, the conditions in force, whether nothing was recorded lately, and the other pairs. */
function renderBasis(out: Output, e: EscalationView): void {
  const { c } = out;
  if (e.pair) out.line(c.dim(`  between ${e.pair.names.join(' and ')}`));
  if (e.quiet) {
    out.line(
      c.yellow(
        // `since` is null when nothing at all was recorded by the date asked (as known then): there is no "last N days".
        e.quiet.since
          ? `  nothing recorded in the last ${e.quiet.days} days (latest: ${e.quiet.since}): the level rests on the conditions still in force`
          : '  nothing recorded yet',
      ),
    );
  }
  out.line(c.bold('  Why'));
  for (const r of e.reasons)
    out.line(`   ${levelColor(c, r.level)('•')} ${r.text}${thinNote(c, r.thinEvidence)}`, { hang: 5 });
  // The lasting conditions in force (ceasefire, closed border, active ultimatum, agreement), as the dashboard lists them.
  if (e.conditions.length > 0)
    out.line(`  ${c.bold('In force')}  ${e.conditions.map((k) => k.text).join(c.dim(' · '))}`, { hang: 12 });
  const others = e.pairs.filter((p) => e.pair === null || p.actors.join() !== e.pair.actors.join());
  if (others.length > 0) {
    out.line(c.bold('  Other pairs'));
    for (const p of others)
      out.line(`    ${levelColor(c, p.level)(`${p.level} ${p.levelName}`.padEnd(14))} ${p.names.join(' ↔ ')}`);
  }
}

function trend(c: Colors, e: EscalationView): string {
  const t = e.trend;
  const text = `${trendArrow(t.direction)} ${t.direction} (${signed(t.delta)} over ${t.windowDays} days, from ${t.indexBefore.toFixed(1)})`;
  return t.direction === 'rising' ? c.red(text) : t.direction === 'falling' ? c.green(text) : c.dim(text);
}

export function renderSeries(out: Output, s: EscalationSeries): void {
  const { c } = out;
  if (s.points.length === 0) return;
  const width = Math.max(10, Math.min(out.width - 4, 100));
  const points = downsample(s.points, width);
  const perMark = (s.stepMs * s.points.length) / points.length;
  const peak = s.points.reduce((a, b) => (b.index > a.index ? b : a));
  out.line('');
  out.line(
    c.dim(
      `  index ${instantText(s.from)} → ${instantText(s.to)} · one mark per ${duration(perMark)}${points.length < s.points.length ? ' (the highest of each)' : ''} · scale 0–100`,
    ),
  );
  out.line(`  ${sparkline(c, points)}`);
  const left = instantText(s.from);
  const right = instantText(s.to);
  if (points.length >= left.length + right.length + 2)
    out.line(c.dim(`  ${left}${' '.repeat(points.length - left.length - right.length)}${right}`));
  out.line(
    c.dim(
      // The last point is the index at `to` — the date asked about, or the end of the active period: not always now.
      `  peak ${peak.index.toFixed(1)} (level ${peak.level}) at ${instantText(peak.t)} · ${s.points[s.points.length - 1]!.index.toFixed(1)} at ${instantText(s.to)}`,
    ),
  );
}

/** `--series` without `--json`: one line per point, its time, level and index, and how many developments occurred since the point before. */
export function renderSeriesTable(out: Output, s: EscalationSeries): void {
  const { c } = out;
  out.line(
    `${c.bold('Escalation series')} ${c.dim(`(${s.negotiationId}) ${instantText(s.from)} → ${instantText(s.to)} · every ${duration(s.stepMs)} · model ${s.modelVersion}`)}`,
  );
  const times = s.points.map((p) => instantText(p.t));
  const width = Math.max(0, ...times.map((t) => t.length));
  const occurred = s.markers.map((m) => Date.parse(m.occurredAt));
  const ends = s.points.map((p) => Date.parse(p.t));
  s.points.forEach((p, i) => {
    const start = i === 0 ? -Infinity : ends[i - 1]!;
    const since = occurred.filter((t) => t > start && t <= ends[i]!).length;
    out.line(
      `  ${times[i]!.padEnd(width)}  ${levelColor(c, p.level)(`${p.level} ${p.levelName}`.padEnd(13))}  ${p.index.toFixed(1).padStart(5)}` +
        (since > 0 ? c.dim(`  ${since} development${since === 1 ? '' : 's'}`) : ''),
    );
  });
}

function duration(ms: number): string {
  const h = ms / 3_600_000;
  if (h < 24) return `${+h.toFixed(1)} h`;
  const d = h / 24;
  return `${+d.toFixed(1)} day${d === 1 ? '' : 's'}`;
}

/**
 * What a driver's contribution is the product of, as its model computes it:
 * v1 g × c × decay; v2 the occurrence's weight × decay (its g and c beside
 * it: the weight is |g|/10 × c, an armed act's scaled by its casualties).
 */
function factors(d: EscalationView['drivers'][number]): string {
  const decay = `decay ${d.decay.toFixed(2)} (${d.ageDays.toFixed(1)} days old)`;
  if (d.weight === undefined) return `g ${signed(d.g)} × c ${d.c.toFixed(1)} × ${decay}`;
  return `weight ${d.weight.toFixed(2)} × ${decay} · g ${signed(d.g)}, c ${d.c.toFixed(1)}`;
}
