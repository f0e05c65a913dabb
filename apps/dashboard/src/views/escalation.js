/**
 * The escalation chart (Chart.js): the index over time on the level bands
 * (annotation plugin), the conflict / cooperation split below it on a stacked
 * axis, and a marker for every development (hover: the event and its sources;
 * click: the evidence panel). Tables under the chart carry the same data for
 * keyboard and screen-reader users.
 */
import { h, mount } from '../dom.js';
import { LEVELS, formatDay, formatOccurred, formatOccurredShort, formatShortDay, instantOf, readableDays, levelInfo, round1, signed, typeLabel } from '../format.js';
import { levelBadge, term, thinEvidenceMark, trendBadge } from './badges.js';
import { tickLabel } from '../time-window.js';
import { gradeChip } from './sources.js';

const INDEX = 0;
const MARKERS = 1;
const CONFLICT = 2;
const COOPERATION = 3;

const COLORS = {
  line: '#1f2a44',
  conflict: 'rgba(200, 62, 45, 0.55)',
  conflictLine: '#c83e2d',
  coop: 'rgba(46, 140, 87, 0.5)',
  coopLine: '#2e8c57',
  none: '#8a94a3',
};

let chart = null;
let lastPoints = [];
/** The developments in the range, before clustering (the clusters depend on the chart's width). */
let lastMarkers = [];

/** Markers closer than this (in CSS pixels) are drawn as one cluster with a count. */
export const CLUSTER_PX = 6;

function markerColor(g) {
  if (g === null || g === 0) return COLORS.none;
  return g < 0 ? COLORS.conflictLine : COLORS.coopLine;
}

/** The index at instant t, linearly between the two series points around it. */
function indexAt(points, t) {
  if (points.length === 0) return 0;
  if (t <= points[0].x) return points[0].y;
  for (let i = 1; i < points.length; i++) {
    const b = points[i];
    if (t <= b.x) {
      const a = points[i - 1];
      return a.y + ((b.y - a.y) * (t - a.x)) / (b.x - a.x || 1);
    }
  }
  return points[points.length - 1].y;
}

function bandAnnotations() {
  const out = {};
  for (const l of LEVELS) {
    out[`band${l.level}`] = {
      type: 'box',
      yScaleID: 'y',
      yMin: l.from,
      yMax: l.to,
      backgroundColor: l.band,
      borderWidth: 0,
      drawTime: 'beforeDatasetsDraw',
      label: {
        display: true,
        content: `${l.level} ${l.name}`,
        position: { x: 'end', y: 'center' },
        color: l.color,
        font: { size: 11, weight: '600' },
        padding: 2,
      },
    };
  }
  return out;
}

function timeUnit(spanDays) {
  if (spanDays <= 14) return 'day';
  if (spanDays <= 75) return 'week';
  if (spanDays <= 500) return 'month';
  return 'quarter';
}

/**
 * The development marker under a point of the canvas (`{ x, y }` in its pixels), the closest when they overlap, or
 * null. Each marker is asked itself: Chart.js's own hit tests ('nearest' and 'point', intersecting) found no marker at
 * a marker's own centre once the markers were clustered (the first case's chart at 30 Oct 2025), so hovering showed
 * the index line and a click opened nothing.
 */
function markerUnder(c, { x, y }, useFinal) {
  let best = null;
  c.getDatasetMeta(MARKERS).data.forEach((element, index) => {
    if (!element.inRange(x, y, useFinal)) return;
    const d = Math.hypot(element.x - x, element.y - y);
    if (!best || d < best.d) best = { element, datasetIndex: MARKERS, index, d };
  });
  return best && { element: best.element, datasetIndex: best.datasetIndex, index: best.index };
}

function ensureChart(canvas, tooltipEl, onPick) {
  if (chart) return chart;
  const Chart = window.Chart;
  if (!Chart) throw new Error('Chart.js did not load (/vendor/chart.js…)');
  // Under the pointer, a development marker wins over the index line it sits on; elsewhere, the nearest point.
  Chart.Interaction.modes.markerFirst = (c, e, options, useFinal) => {
    const hit = markerUnder(c, Chart.helpers.getRelativePosition(e, c), useFinal);
    return hit ? [hit] : Chart.Interaction.modes.nearest(c, e, options, useFinal);
  };
  chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        { label: 'Escalation index', data: [], yAxisID: 'y', borderColor: COLORS.line, borderWidth: 2.25, pointRadius: 0, pointHitRadius: 4, cubicInterpolationMode: 'monotone', order: 1 },
        {
          label: 'Developments', type: 'scatter', data: [], yAxisID: 'y', order: 0,
          pointRadius: (c) => markerRadius(c.raw), pointHoverRadius: (c) => markerRadius(c.raw) + 2,
          pointBackgroundColor: (c) => markerColor(c.raw?.g ?? null), pointBorderColor: '#fff', pointBorderWidth: 1.25,
        },
        { label: 'Conflict', data: [], yAxisID: 'ySplit', borderColor: COLORS.conflictLine, backgroundColor: COLORS.conflict, borderWidth: 1, pointRadius: 0, fill: 'origin', cubicInterpolationMode: 'monotone', order: 2 },
        { label: 'Cooperation', data: [], yAxisID: 'ySplit', borderColor: COLORS.coopLine, backgroundColor: COLORS.coop, borderWidth: 1, pointRadius: 0, fill: 'origin', cubicInterpolationMode: 'monotone', order: 2 },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'markerFirst', intersect: false, axis: 'xy' },
      scales: {
        x: {
          type: 'time',
          time: { unit: 'week' },
          // "Nov", "17 Oct", with the year on the first tick and where it changes.
          ticks: { maxRotation: 0, autoSkipPadding: 16, color: '#5b6573', callback(value, i, ticks) {
              // `this` is the scale.
              return tickLabel(value, i > 0 ? ticks[i - 1].value : null, this.options.time.unit, (this.max - this.min) / 86_400_000);
            } },
          grid: { color: 'rgba(0,0,0,0.05)' },
        },
        ySplit: {
          stack: 'escalation', stackWeight: 1.25, offset: true,
          ticks: { color: '#5b6573', callback: (v) => Math.abs(Number(v)).toFixed(0) },
          grid: { color: (c) => (c.tick?.value === 0 ? 'rgba(0,0,0,0.35)' : 'rgba(0,0,0,0.05)') },
        },
        y: {
          stack: 'escalation', stackWeight: 3, min: 0, max: 100,
          title: { display: true, text: 'Index', color: '#5b6573' },
          afterBuildTicks: (axis) => { axis.ticks = [0, 10, 30, 50, 75, 100].map((value) => ({ value })); },
          ticks: { color: '#5b6573' },
          grid: { color: 'rgba(0,0,0,0.06)' },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false, external: (ctx) => renderTooltip(ctx, tooltipEl) },
        annotation: { annotations: bandAnnotations() },
      },
      onClick: (evt, _elements, c) => {
        const hit = markerUnder(c, evt, false);
        if (hit) onPick(c.data.datasets[MARKERS].data[hit.index].events);
      },
      // Wider or narrower, markers come apart or together: cluster them again once redrawn.
      onResize: () => requestAnimationFrame(() => chart && clusterMarkers(chart)),
      onHover: (evt, _elements, c) => {
        c.canvas.style.cursor = markerUnder(c, evt, false) ? 'pointer' : 'default';
      },
    },
    plugins: [clusterCounts],
  });
  canvas.addEventListener('mouseleave', () => (tooltipEl.hidden = true));
  focusableMarkers(canvas, tooltipEl, onPick);
  return chart;
}

/**
 * The markers from the keyboard: the chart takes focus; ← → (Home, End) step
 * through the markers — a cluster's tooltip lists its developments, as on
 * hover — Enter shows them in the evidence panel, Escape leaves.
 */
function focusableMarkers(canvas, tooltipEl, onPick) {
  let current = -1;
  canvas.tabIndex = 0;
  canvas.setAttribute('aria-describedby', tooltipEl.id);
  const show = () => {
    const el = chart.getDatasetMeta(MARKERS).data[current];
    if (!el) return;
    const active = [{ datasetIndex: MARKERS, index: current }];
    chart.setActiveElements(active);
    chart.tooltip.setActiveElements(active, { x: el.x, y: el.y });
    chart.update('none');
  };
  const hide = () => {
    current = -1;
    chart.setActiveElements([]);
    chart.tooltip.setActiveElements([], { x: 0, y: 0 });
    chart.update('none');
    tooltipEl.hidden = true;
  };
  canvas.addEventListener('keydown', (e) => {
    const count = chart?.data.datasets[MARKERS].data.length ?? 0;
    if (!count) return;
    const moves = { ArrowRight: current + 1, ArrowLeft: current < 0 ? count - 1 : current - 1, Home: 0, End: count - 1 };
    if (e.key in moves) {
      current = Math.min(count - 1, Math.max(0, moves[e.key]));
      show();
    } else if ((e.key === 'Enter' || e.key === ' ') && current >= 0) onPick(chart.data.datasets[MARKERS].data[current].events);
    else if (e.key === 'Escape') hide();
    else return;
    e.preventDefault();
  });
  canvas.addEventListener('blur', hide);
}

function markerRadius(raw) {
  if (raw?.events?.length > 1) return 7;
  const g = raw?.g;
  if (g === null || g === undefined || g === 0) return 3;
  return 3.5 + Math.min(4, Math.abs(g) / 2.5);
}

/** Draws the number of developments on each cluster marker. */
const clusterCounts = {
  id: 'clusterCounts',
  afterDatasetsDraw(c) {
    const meta = c.getDatasetMeta(MARKERS);
    const { ctx } = c;
    ctx.save();
    ctx.font = '600 9px system-ui, sans-serif';
    ctx.fillStyle = '#fff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    meta.data.forEach((el, i) => {
      const n = c.data.datasets[MARKERS].data[i]?.events?.length ?? 1;
      if (n > 1) ctx.fillText(String(n), el.x, el.y + 0.5);
    });
    ctx.restore();
  },
};

/**
 * Markers closer than CLUSTER_PX on the x axis become one marker with a count
 * (neighbours merged until none is that close): hovering it lists its
 * developments, clicking it shows them all in the evidence panel. Its colour
 * is that of its heaviest development.
 */
function clusterMarkers(c) {
  const x = c.scales.x;
  let groups = lastMarkers.map((m) => ({ members: [m], px: x.getPixelForValue(m.x) })).sort((a, b) => a.px - b.px);
  for (let merged = true; merged;) {
    merged = false;
    const next = [];
    for (const g of groups) {
      const prev = next[next.length - 1];
      if (prev && g.px - prev.px < CLUSTER_PX) {
        const members = [...prev.members, ...g.members];
        next[next.length - 1] = { members, px: members.reduce((s, m) => s + x.getPixelForValue(m.x), 0) / members.length };
        merged = true;
      } else next.push(g);
    }
    groups = next;
  }
  c.data.datasets[MARKERS].data = groups.map(({ members }) => {
    const t = members.reduce((s, m) => s + m.x, 0) / members.length;
    const heaviest = members.reduce((a, b) => (Math.abs(b.g ?? 0) > Math.abs(a.g ?? 0) ? b : a));
    return { x: t, y: indexAt(lastPoints, t), g: heaviest.g, events: members.map((m) => m.event) };
  });
  c.update('none');
  c.canvas.dataset.clusters = String(groups.filter((g) => g.members.length > 1).length);
}

function renderTooltip({ chart: c, tooltip }, el) {
  if (!tooltip || tooltip.opacity === 0 || !tooltip.dataPoints?.length) {
    el.hidden = true;
    return;
  }
  const markers = tooltip.dataPoints.filter((p) => p.datasetIndex === MARKERS).flatMap((p) => p.raw.events);
  if (markers.length) {
    mount(el, markers.length > 1 ? h('div', { class: 'tt-meta' }, `${markers.length} developments close together`) : null,
      markers.slice(0, 4).map((ev) => h('div', { class: 'tt-event' },
      h('div', { class: 'tt-meta' }, `${typeLabel(ev.type)} · ${formatOccurred(ev.occurredAt, ev.precision)}`, ev.g !== null ? h('span', { class: ev.g < 0 ? 'tt-neg' : 'tt-pos' }, ` · weight ${signed(ev.g)}`) : null),
      h('div', { class: 'tt-summary' }, ev.summary),
      ev.sources?.length ? h('ul', { class: 'tt-sources' }, ev.sources.slice(0, 3).map((s) => h('li', {}, gradeChip(s), ' ', s.publisher ?? s.title))) : null,
      ev.sources?.length > 3 ? h('div', { class: 'tt-meta' }, `+${ev.sources.length - 3} more sources`) : null,
    )), markers.length > 4 ? h('div', { class: 'tt-meta' }, `+${markers.length - 4} more developments`) : null,
    h('div', { class: 'tt-hint' }, 'Click for the sources'));
  } else {
    const x = tooltip.dataPoints[0].parsed.x;
    const p = lastPoints.reduce((best, q) => (Math.abs(q.x - x) < Math.abs(best.x - x) ? q : best), lastPoints[0] ?? { x, index: 0 });
    if (!p) return;
    const info = levelInfo(p.level ?? 1);
    mount(el,
      h('div', { class: 'tt-meta' }, new Date(p.x).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'),
      h('div', { class: 'tt-index' }, `Index ${round1(p.index)} · `, h('span', { style: { color: info.color } }, `${info.level} ${info.name}`)),
      h('div', { class: 'tt-meta' }, h('span', { class: 'tt-neg' }, `conflict ${round1(p.conflict)}`), ' · ', h('span', { class: 'tt-pos' }, `cooperation ${round1(p.cooperation)}`)));
  }
  el.hidden = false;
  const wrap = c.canvas.parentElement.getBoundingClientRect();
  const w = el.offsetWidth;
  const left = tooltip.caretX + 14 + w > wrap.width ? tooltip.caretX - w - 14 : tooltip.caretX + 14;
  el.style.left = `${Math.max(0, left)}px`;
  el.style.top = `${Math.max(0, Math.min(tooltip.caretY - 20, wrap.height - el.offsetHeight))}px`;
}

/**
 * Draws the series. `range` = { min, max } instants of the x axis; `atMs` the
 * replay instant (a dashed line when it lies inside the axis); `eventById` adds
 * sources to the markers.
 */
export function renderEscalationChart({ canvas, tooltipEl, series, range, atMs, eventById, onPick }) {
  const c = ensureChart(canvas, tooltipEl, onPick);
  const points = series.points.map((p) => ({ x: Date.parse(p.t), y: p.index, index: p.index, level: p.level, conflict: p.conflict, cooperation: p.cooperation }));
  lastPoints = points;
  const markers = series.markers.map((m) => {
    const ev = eventById.get(m.eventId);
    const x = instantOf(m.occurredAt);
    return { x, y: indexAt(points, x), g: m.g, event: { ...m, precision: ev?.precision, sources: ev?.sources ?? [], cameo: ev?.cameo, note: ev?.note, confidence: ev?.confidence } };
  });
  c.data.datasets[INDEX].data = points;
  lastMarkers = markers;
  c.data.datasets[MARKERS].data = [];
  c.data.datasets[CONFLICT].data = points.map((p) => ({ x: p.x, y: p.conflict }));
  c.data.datasets[COOPERATION].data = points.map((p) => ({ x: p.x, y: -p.cooperation }));
  const spanDays = (range.max - range.min) / 86_400_000;
  c.options.scales.x.min = range.min;
  c.options.scales.x.max = range.max;
  c.options.scales.x.time.unit = timeUnit(spanDays);
  const peak = Math.max(10, ...points.map((p) => Math.max(p.conflict, p.cooperation)));
  const bound = Math.ceil(peak / 20) * 20;
  c.options.scales.ySplit.min = -bound;
  c.options.scales.ySplit.max = bound;
  c.options.scales.ySplit.ticks.stepSize = bound;
  const annotations = bandAnnotations();
  if (atMs !== null && atMs < range.max) {
    annotations.atLine = {
      type: 'line', xScaleID: 'x', yScaleID: 'y', xMin: atMs, xMax: atMs, borderColor: '#2557a7', borderWidth: 1.5, borderDash: [5, 4],
      label: { display: true, content: `as of ${formatShortDay(atMs)}`, position: 'end', backgroundColor: '#2557a7', color: '#fff', font: { size: 11 }, padding: 3 },
    };
  }
  c.options.plugins.annotation.annotations = annotations;
  c.update('none');
  // The scale is laid out now: cluster the markers by their pixel distance.
  clusterMarkers(c);
  canvas.setAttribute('aria-label', describe(points, markers));
  canvas.dataset.points = String(points.length);
  canvas.dataset.markers = String(markers.length);
}

function describe(points, markers) {
  if (points.length === 0) return 'Escalation chart: no data for this range.';
  const last = points[points.length - 1];
  const peak = points.reduce((a, b) => (b.index > a.index ? b : a));
  return `Escalation index from ${formatDay(new Date(points[0].x).toISOString())} to ${formatDay(new Date(last.x).toISOString())}: `
    + `${round1(last.index)} (${levelInfo(last.level).name}) at the end, peak ${round1(peak.index)} (${levelInfo(peak.level).name}) on ${formatDay(new Date(peak.x).toISOString())}; `
    + `${markers.length} developments marked: with the chart focused, the arrow keys step through them and Enter shows one's evidence. The same data is in the tables below the chart.`;
}

/** The numbers above the chart: index, level, trend, why (v2) or the two sums (v1), and the top drivers. */
export function renderEscalationSummary(el, escalation, { onPick }) {
  const v2 = escalation.reasons.length > 0;
  // v1's contributions decay with a 14-day half-life: long after the last development they round to nothing.
  const top = escalation.drivers.filter((d) => Math.abs(d.contribution) >= 0.05).slice(0, 3);
  const others = escalation.pairs.filter((p) => !escalation.pair || p.actors.join() !== escalation.pair.actors.join());
  mount(el,
    h('div', { class: 'esc-figures' },
      h('span', { class: 'esc-index' }, h('span', { class: 'label' }, 'Index'), h('strong', {}, round1(escalation.index).toFixed(1))),
      levelBadge(escalation.level, escalation.levelName),
      trendBadge(escalation.trend.direction, escalation.trend.delta),
      v2
        ? (escalation.pair ? h('span', { class: 'muted small' }, `${escalation.pair.names.join(' – ')}`) : null)
        : term('net', [h('span', { class: 'tt-neg' }, `conflict ${round1(escalation.conflict)}`), ' vs ',
          h('span', { class: 'tt-pos' }, `cooperation ${round1(escalation.cooperation)}`)], { class: 'esc-split small' }),
      h('span', { class: 'muted small', 'data-model': escalation.modelVersion }, `as of ${formatDay(escalation.at)} · model ${escalation.modelVersion}`),
    ),
    // `since` is null when nothing at all was recorded (by the date shown, as known then): there is no "last N days".
    escalation.quiet ? h('p', { class: 'esc-quiet small', role: 'note' }, escalation.quiet.since
      ? `Nothing recorded in the last ${escalation.quiet.days} days (latest: ${formatOccurred(escalation.quiet.since)}): the level rests on the conditions still in force.`
      : 'Nothing recorded yet.') : null,
    v2 ? h('div', { class: 'esc-why' },
      h('span', { class: 'label' }, 'Why this level'),
      h('ul', { class: 'why-list' }, escalation.reasons.map((r) => h('li', { 'data-rule': r.rule },
        h('button', { type: 'button', class: 'linklike', onclick: () => onPick(r.eventIds.map((eventId) => ({ eventId }))), title: 'show the evidence' }, readableDays(r.text)), ' ', thinEvidenceMark(r.thinEvidence)))),
      // The lasting conditions in force (ceasefire, closed border, active ultimatum, agreement), as the API words them.
      escalation.conditions.length ? h('p', { class: 'small esc-conditions' }, h('span', { class: 'label' }, 'In force'), ' ',
        escalation.conditions.map((c, i) => [i ? ' · ' : '', h('span', { 'data-kind': c.kind }, readableDays(c.text))])) : null,
      others.length ? h('p', { class: 'muted small esc-pairs' }, 'Other pairs: ', others.map((p, i) => [i ? ' · ' : '', `${p.names.join(' ↔ ')} ${p.level} ${p.levelName}`])) : null) : null,
    top.length ? h('div', { class: 'drivers' },
      h('span', { class: 'label' }, term('contribution', 'Main drivers')),
      h('ul', { class: 'driver-list' }, top.map((d) => h('li', {},
        h('button', { type: 'button', class: 'driver', onclick: () => onPick([{ ...d, g: d.g }]), title: d.summary },
          h('span', { class: `driver-weight ${d.contribution < 0 ? 'tt-neg' : 'tt-pos'}` }, signed(d.contribution)),
          h('span', { class: 'driver-text' }, d.summary),
          h('span', { class: 'muted small driver-date' }, formatOccurredShort(d.occurredAt))), thinEvidenceMark(d.thinEvidence))))) : h('p', { class: 'muted small' }, v2 ? 'No development of the last 30 days weighs on the index.' : 'No development weighs on the index any more: every contribution has decayed.'),
  );
}

/** Accessible tables: the drivers, the daily index, the developments. */
export function renderEscalationTables(el, escalation, series) {
  const daily = series.points.filter((p) => p.t.endsWith('T00:00:00.000Z'));
  mount(el,
    h('table', { class: 'data' },
      h('caption', {}, `What drives the index on ${formatDay(escalation.at)} (model ${escalation.modelVersion}: ${escalation.reasons.length > 0 ? 'one row per occurrence, weight × decay, half-life 7 days' : 'weight × confidence × decay, half-life 14 days'})`),
      h('thead', {}, h('tr', {}, ['Development', 'Occurred', term('cameo', 'CAMEO'), term('weight', 'Weight'), term('confidence', 'Confidence'), 'Decay', term('contribution', 'Contribution')].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, escalation.drivers.map((d) => h('tr', {},
        h('th', { scope: 'row' }, d.summary),
        h('td', {}, formatOccurred(d.occurredAt)),
        h('td', {}, `${d.code}${d.codeName ? ` ${d.codeName}` : ''}`),
        h('td', { class: 'num' }, signed(d.g)),
        h('td', { class: 'num' }, String(d.c)),
        h('td', { class: 'num' }, d.decay.toFixed(2)),
        h('td', { class: 'num' }, signed(d.contribution)))))),
    h('table', { class: 'data', id: 'series-table' },
      h('caption', {}, 'The index day by day'),
      h('thead', {}, h('tr', {}, ['Day', 'Index', 'Level', 'Conflict', 'Cooperation'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, daily.map((p) => h('tr', {},
        h('th', { scope: 'row' }, formatDay(p.t)),
        h('td', { class: 'num' }, round1(p.index).toFixed(1)),
        h('td', {}, `${p.level} ${levelInfo(p.level).name}`),
        h('td', { class: 'num' }, round1(p.conflict).toFixed(1)),
        h('td', { class: 'num' }, round1(p.cooperation).toFixed(1)))))),
    h('table', { class: 'data' },
      h('caption', {}, 'Developments on the chart'),
      h('thead', {}, h('tr', {}, ['Occurred', 'Development', term('weight', 'Weight')].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, series.markers.map((m) => h('tr', {},
        h('td', {}, formatOccurred(m.occurredAt)),
        h('th', { scope: 'row' }, `${typeLabel(m.type)}: ${m.summary}`),
        h('td', { class: 'num' }, m.g === null ? '—' : signed(m.g)))))),
  );
}

const sparklines = new WeakMap();

/** A small index-over-time line for the overview cards, on the same level bands. */
export function renderSparkline(canvas, series) {
  const Chart = window.Chart;
  if (!Chart) return;
  const data = series.points.map((p) => ({ x: Date.parse(p.t), y: p.index }));
  sparklines.get(canvas)?.destroy();
  const bands = {};
  for (const l of LEVELS) bands[`b${l.level}`] = { type: 'box', yMin: l.from, yMax: l.to, backgroundColor: l.band, borderWidth: 0 };
  sparklines.set(canvas, new Chart(canvas, {
    type: 'line',
    data: { datasets: [{ data, borderColor: COLORS.line, borderWidth: 1.5, pointRadius: 0, cubicInterpolationMode: 'monotone' }] },
    options: {
      animation: false, maintainAspectRatio: false, parsing: false, events: [],
      scales: { x: { type: 'time', display: false }, y: { min: 0, max: 100, display: false } },
      plugins: { legend: { display: false }, tooltip: { enabled: false }, annotation: { annotations: bands } },
    },
  }));
  const peak = series.points.reduce((a, b) => (b.index > a.index ? b : a), series.points[0]);
  const caption = canvas.closest('figure')?.querySelector('figcaption');
  if (caption) caption.textContent = `Escalation index, ${formatDay(series.from)} – ${formatDay(series.to)}, on the five level bands`;
  if (peak) canvas.setAttribute('aria-label', `Escalation index from ${formatDay(series.from)} to ${formatDay(series.to)}; peak ${round1(peak.index)} (${levelInfo(peak.level).name}) on ${formatDay(peak.t)}.`);
}
