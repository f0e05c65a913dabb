/**
 * The dashboard: routes between the overview and one negotiation, loads the
 * views for the chosen date (`at`, `knownAt`), follows them live at "now", and
 * records developments. State lives in the URL hash (state.js).
 */
import { api, apiBlob, ApiError, getApiKey, onApiError, query, setApiKey } from './api.js';
import { $, announce, h, mount, panelError } from './dom.js';
import { GLOSSARY, addDays, atInstant, dayStart, daysBetween, formatDay, formatOccurred, instantOf, isoDay, plural, todayIso, typeLabel } from './format.js';
import { loadCharts } from './charts.js';
import { dayField } from './date-input.js';
import { createLive } from './live.js';
import { linkTo, readHash, writeHash } from './state.js';
import { hideOverlappingTicksSoon, keepTicksApart } from './ticks.js';
import { PRESETS, tickDays, tickLabel, tickStep, windowFor, zoom } from './time-window.js';
import { renderChanges } from './views/changes.js';
import { renderEscalationChart, renderEscalationSummary, renderEscalationTables, renderSparkline } from './views/escalation.js';
import { showAbsent, showCell, showEvents } from './views/evidence.js';
import { renderSidebar } from './views/list.js';
import { renderMatrix, renderMatrixLegend } from './views/matrix.js';
import { renderPortfolio, renderPortfolioSort } from './views/portfolio.js';
import { renderStatus } from './views/status.js';
import { renderTimeline } from './views/timeline.js';

const DAY = 86_400_000;

const el = {
  main: $('#main'),
  banner: $('#banner'),
  brand: $('a.brand'),
  list: $('#negotiation-list'),
  listAsOf: $('#list-asof'),
  overview: $('#overview'),
  overviewBody: $('#overview-body'),
  overviewAt: dayField($('#overview-at')),
  overviewNow: $('#overview-now'),
  overviewSort: $('#overview-sort'),
  overviewLede: $('#overview-lede'),
  negotiation: $('#negotiation'),
  title: $('#neg-title'),
  subject: $('#neg-subject'),
  actors: $('#neg-actors'),
  slider: $('#at-slider'),
  atOutput: $('#at-output'),
  knownOutput: $('#known-output'),
  atMin: $('#at-min-label'),
  atMax: $('#at-max-label'),
  presets: $('#window-presets'),
  zoomIn: $('#zoom-in'),
  zoomOut: $('#zoom-out'),
  windowLabel: $('#window-label'),
  ticks: $('#slider-ticks'),
  atDate: dayField($('#at-date')),
  atNow: $('#at-now'),
  knownMode: $('#known-mode'),
  knownDate: dayField($('#known-date')),
  copyLink: $('#copy-link'),
  status: $('#status-body'),
  escSummary: $('#escalation-summary'),
  canvas: $('#escalation-chart'),
  chartWrap: $('.chart-wrap'),
  tooltip: $('#chart-tooltip'),
  escTables: $('#escalation-tables'),
  matrix: $('#matrix-body'),
  matrixLegend: $('#matrix-legend'),
  matrixCsv: $('#matrix-csv'),
  detail: $('#detail-body'),
  timeline: $('#timeline-body'),
  timelineFilter: $('#timeline-filter'),
  timelineSearch: $('#timeline-search'),
  changesForm: $('#changes-form'),
  changesSince: dayField($('#changes-since')),
  changesUntil: $('#changes-until'),
  changes: $('#changes-body'),
  keyButton: $('#api-key-button'),
  keyDialog: $('#key-dialog'),
  keyInput: $('#api-key-input'),
  recordButton: $('#record-button'),
  briefButton: $('#brief-button'),
  briefStatus: $('#brief-status'),
  printButton: $('#print-button'),
};

const app = {
  state: readHash(),
  negotiations: [],
  /** The negotiation whose full log (known now) is loaded. */
  current: null,
  /** Everything recorded, unfiltered: the slider's range, actors, demands and rounds for the form. */
  full: null,
  /** The API's active period of the negotiation (its status now: `activePeriod`), which the slider and the chart show by default. */
  period: null,
  /** Whether `full` may miss developments: it is kept current by the live stream, which is paused while the page shows the past. */
  fullStale: false,
  data: { status: null, matrix: null, escalation: null, series: null, timeline: null },
  names: new Map(),
  eventById: new Map(),
  /** The matrix cell chosen (demandId, actorId), or the developments picked on the chart: the evidence panel follows the date for either. */
  selected: null,
  picked: null,
  /** How many timeline developments are shown ("Show more" adds a page; a redraw keeps them). */
  timelineShown: 0,
  /** The server's default escalation model, as its views name it (PARLEY_ESCALATION_MODEL): what the page shows without `model`. */
  defaultModel: 'v2',
  /** Whether the escalation chart has been in view (then Chart.js is loaded and the chart follows the views). */
  chartWanted: false,
  generation: 0,
  controller: null,
};

// ---------------------------------------------------------------------------
// Time: the replay date and what was known
// ---------------------------------------------------------------------------

/** The replay date as the API takes it: a date-only `at`/`knownAt` is the end of that UTC day there, as everywhere. */
function asOf() {
  const { at, known } = app.state;
  const knownDay = known === 'at' ? at : known;
  return {
    at: at || undefined,
    knownAt: knownDay || undefined,
    model: app.state.model ?? undefined,
  };
}

function isNow() {
  return !app.state.at && !(app.state.known && app.state.known !== 'at');
}

function atMs() {
  return atInstant(app.state.at);
}

function firstDay() {
  const first = app.full?.items[0];
  return first ? isoDay(instantOf(first.occurredAt)) : todayIso();
}

/** The stretch of time of the slider and the chart (time-window.js): the active period (the API's, as the CLI reads it), a preset or a zoom, holding the replay date. */
function currentWindow() {
  return windowFor(app.state.view, { period: app.period, today: todayIso(), at: app.state.at });
}

/** The slider over the current window, with ticks that fit its width (years where they change). */
function setupSlider() {
  const min = firstDay();
  const win = currentWindow();
  const span = daysBetween(win.from, win.to);
  el.slider.max = String(span);
  el.slider.dataset.from = win.from;
  el.slider.dataset.to = win.to;
  el.atMin.textContent = formatDay(win.from);
  el.atMax.textContent = win.to >= todayIso() ? 'now' : formatDay(win.to);
  el.windowLabel.textContent = `${formatDay(win.from)} – ${win.to >= todayIso() ? 'today' : formatDay(win.to)} · ${plural(span + 1, 'day')}`;
  el.atDate.min = min;
  el.atDate.max = todayIso();
  el.knownDate.min = min;
  el.knownDate.max = todayIso();
  const step = tickStep(span, ticksWidth || el.ticks.clientWidth || 800);
  let previous = null;
  mount(el.ticks, tickDays(win.from, win.to, step).map((day) => {
    const ms = dayStart(day);
    const label = tickLabel(ms, previous, step.unit, span);
    previous = ms;
    return h('span', { class: 'tick', dataset: { day }, style: { left: `${(daysBetween(win.from, day) / Math.max(1, span)) * 100}%` } }, label);
  }));
  hideOverlappingTicksSoon(el.ticks);
}

function syncControls() {
  const { at, known, view } = app.state;
  setupSlider();
  const from = el.slider.dataset.from;
  const max = Number(el.slider.max);
  el.slider.value = String(at ? Math.min(max, Math.max(0, daysBetween(from, at))) : max);
  el.atOutput.textContent = at ? formatDay(at) : 'now';
  el.slider.setAttribute('aria-valuetext', at ? formatDay(at) : 'now');
  el.atDate.value = at ?? todayIso();
  el.atNow.disabled = !at;
  // Beside the date, what was known: the "Known" control is not printed, this line is.
  const { knownAt } = asOf();
  el.knownOutput.hidden = !knownAt;
  el.knownOutput.textContent = knownAt ? `· as known on ${formatDay(knownAt)}` : '';
  el.knownMode.value = known === 'at' ? 'at' : known ? 'date' : '';
  el.knownDate.parentElement.hidden = !(known && known !== 'at');
  if (known && known !== 'at') el.knownDate.value = known;
  for (const radio of el.presets.querySelectorAll('input')) radio.checked = radio.value === view;
  syncModelSwitch();
  el.negotiation.dataset.at = at ?? 'now';
  const untilText = at ? `until ${formatDay(at)}` : 'until now';
  el.changesUntil.textContent = untilText;
  el.changesSince.value = app.state.since ?? defaultSince();
  el.changesSince.max = at ?? todayIso();
}

/**
 * A week before the latest development up to the replay date, among those known then: "what changed" then opens on
 * the last burst of activity the page shows (not on one recorded after the "known" date, of which it shows nothing).
 */
function defaultSince() {
  const end = app.state.at ?? todayIso();
  const { knownAt } = asOf();
  const knownBy = knownAt ? atInstant(knownAt) : Number.POSITIVE_INFINITY;
  const items = (app.full?.items ?? []).filter((i) => isoDay(instantOf(i.occurredAt)) <= end && Date.parse(i.recordedAt) <= knownBy);
  const last = items.length ? isoDay(instantOf(items[items.length - 1].occurredAt)) : end;
  return addDays(last < end ? last : end, -7);
}

/** The model switch shows the model the views are under: the one chosen, or the server's default. */
function syncModelSwitch() {
  $(`input[name="esc-model"][value="${app.state.model ?? app.defaultModel}"]`).checked = true;
}

/** Learns the server's default model from a view asked for without `model`. */
function learnDefaultModel(view) {
  if (app.state.model || !view?.modelVersion || view.modelVersion === app.defaultModel) return;
  app.defaultModel = view.modelVersion;
  syncModelSwitch();
}

function setState(patch, { push = false } = {}) {
  app.state = { ...app.state, ...patch };
  // "Recorded, but not in this view" spoke of the view being left.
  if (el.briefStatus.dataset.notShown) {
    el.briefStatus.textContent = '';
    delete el.briefStatus.dataset.notShown;
  }
  writeHash(app.state, { push });
  syncBrandLink();
  syncControls();
}

/** "All negotiations" (the brand) opens the portfolio as of the date, knowledge and model shown, as the sidebar's links keep them. */
function syncBrandLink() {
  el.brand.setAttribute('href', linkTo(app.state, null));
}

// ---------------------------------------------------------------------------
// Loading and drawing the views
// ---------------------------------------------------------------------------

let listGeneration = 0;
/** The negotiations as of the date shown (the sidebar, and the portfolio in the order chosen); a later call supersedes an earlier one. */
async function loadList({ minPosition } = {}) {
  const generation = ++listGeneration;
  const onPortfolio = !app.state.negotiationId;
  try {
    const { negotiations } = await api('/negotiations', { params: { ...asOf(), sort: app.state.sort, minPosition } });
    if (generation !== listGeneration) return;
    app.negotiations = negotiations;
    learnDefaultModel(negotiations[0]?.escalation);
    renderSidebar(el.list, negotiations, app.state.negotiationId, (id) => linkTo(app.state, id));
    // Which date the sidebar shows, when not now.
    el.listAsOf.hidden = isNow();
    el.listAsOf.textContent = asOfText() ?? '';
    if (onPortfolio && !app.state.negotiationId) drawPortfolio();
  } catch (error) {
    if (generation !== listGeneration) return;
    mount(el.list, h('li', { class: 'panel-error' }, error.message));
    if (onPortfolio && !app.state.negotiationId) panelError(el.overviewBody, error);
  }
}

function drawPortfolio() {
  renderPortfolio(el.overviewBody, app.negotiations, { href: (id) => linkTo(app.state, id), loadSeries, at: app.state.at, knownAt: asOf().knownAt });
  el.overview.dataset.at = app.state.at ?? 'now';
  el.overview.dataset.sort = app.state.sort;
  el.overview.dataset.views = 'ready';
}

function syncPortfolioControls() {
  const { at } = app.state;
  const { knownAt } = asOf();
  el.overviewAt.max = todayIso();
  el.overviewAt.value = at ?? todayIso();
  // "Now" is now as known now: a `known` date (a shared or hand-edited URL; the portfolio has no control for it) goes too.
  el.overviewNow.disabled = isNow() && !knownAt;
  const model = app.state.model ? ` (escalation model ${app.state.model})` : '';
  el.overviewLede.textContent = `Where each process stands ${at ? `on ${formatDay(at)} (end of day, UTC)` : 'now'}${knownAt ? `, as known on ${formatDay(knownAt)}` : ''}${model}: phase, escalation level and its direction over 7 and 30 days, ultimatums and deadlines coming due, the latest development.`;
  renderPortfolioSort(el.overviewSort, app.state.sort, (sort) => {
    setState({ sort });
    loadList();
  });
}

/**
 * The overview's sparkline: the index over the negotiation's active period as the API answers it (the CLI's and the
 * negotiation's slider's: from the opening, not from background recorded years before) to three weeks after the latest
 * development (or the date shown); asked for that period only, as known then and under the model chosen, as the card's
 * figures are.
 */
async function loadSeries(n, canvas) {
  const end = atMs();
  const latest = n.latestDevelopment ? instantOf(n.latestDevelopment.occurredAt) : end;
  const to = Math.min(end, dayStart(isoDay(latest)) + 21 * DAY);
  // A date-only `from` is the start of that day (the domain's reader); without a period, the series' own start.
  const from = n.activePeriod?.from;
  const { knownAt, model } = asOf();
  try {
    const series = await api(`/negotiations/${n.negotiationId}/escalation/series`, { params: { from, to: new Date(to).toISOString(), step: '1d', knownAt, model } });
    await loadCharts();
    renderSparkline(canvas, series);
    canvas.dataset.chart = 'drawn';
  } catch {
    canvas.replaceWith(h('p', { class: 'muted small' }, 'No chart.'));
  }
}

/** The chart's axis is the slider's window; its series runs to the replay date (or now). */
function chartRange() {
  const win = currentWindow();
  const min = dayStart(win.from);
  const max = Math.min(Date.now(), dayStart(win.to) + DAY);
  return { min, max, from: min, to: Math.max(min, Math.min(atMs(), max)) };
}

function rebuildIndex() {
  app.names = new Map();
  const s = app.data.status;
  for (const a of [...(s?.parties ?? []), ...(s?.mediators ?? []), ...(s?.otherActors ?? [])]) app.names.set(a.id, a.name);
  for (const c of app.data.matrix?.columns ?? []) if (!app.names.has(c.actorId)) app.names.set(c.actorId, c.name);
  for (const a of formContext().actors) if (!app.names.has(a.id)) app.names.set(a.id, a.name);
  app.eventById = new Map((app.data.timeline?.items ?? app.full?.items ?? []).map((i) => [i.eventId, i]));
  for (const i of app.full?.items ?? []) if (!app.eventById.has(i.eventId)) app.eventById.set(i.eventId, i);
}

const name = (id) => app.names.get(id) ?? id;

function drawHeader() {
  const s = app.data.status;
  el.title.textContent = s?.title ?? app.current;
  el.subject.textContent = s?.subject ?? '';
  // The other actors grouped by their role, as the API names it (and `parley status` prints them: "spoiler: …").
  const others = new Map();
  for (const a of s?.otherActors ?? []) others.set(a.role, [...(others.get(a.role) ?? []), a]);
  const actors = [
    ['Parties', s?.parties ?? []],
    ['Mediators', s?.mediators ?? []],
    ...others,
  ].filter(([, list]) => list.length);
  mount(el.actors, actors.map(([label, list]) => h('span', { class: 'actor-group' }, h('span', { class: 'label' }, label), list.map((a) => h('span', { class: 'actor-chip' }, a.name)))));
  document.title = `${s?.title ?? app.current} — Parley`;
}

function drawStatus() {
  if (app.data.status) renderStatus(el.status, app.data.status, { name });
}

function drawMatrix() {
  if (!app.data.matrix) return;
  renderMatrix(el.matrix, app.data.matrix, { name, selected: app.selected, onSelect: selectCell });
}

/** The date the evidence speaks for, when not "now": "As of 17 Oct 2025, as known on 17 Oct 2025". */
function asOfText() {
  if (isNow()) return null;
  const { at, known } = app.state;
  const knownDay = known === 'at' ? at : known;
  return `As of ${at ? formatDay(at) : 'now'}${knownDay ? `, as known on ${formatDay(knownDay)}` : ''}`;
}

/** A demand's latest wording in the full log (for a demand the chosen date does not have yet). */
function demandText(demandId) {
  let text = null;
  for (const item of app.full?.items ?? []) if (item.data?.demandId === demandId && typeof item.data.text === 'string') text = item.data.text;
  return text;
}

/**
 * The evidence panel for the chosen cell or developments, as of the date shown:
 * what was true then, or that it did not exist yet — never what was true at another date.
 */
function drawEvidence() {
  const asOf = asOfText();
  const notYet = app.state.known ? 'by this date, as far as was known then' : 'by this date';
  if (app.selected) {
    const matrix = app.data.matrix;
    if (!matrix) return;
    const { demandId, actorId } = app.selected;
    const row = matrix.rows.find((r) => r.demandId === demandId);
    const i = matrix.columns.findIndex((c) => c.actorId === actorId);
    if (row && i >= 0) showCell(el.detail, { row, cell: row.cells[i], column: matrix.columns[i] }, { name, eventById: app.eventById, asOf });
    else if (row) showAbsent(el.detail, { asOf, kicker: `${name(actorId)}’s stance on`, title: row.text, message: `${name(actorId)} had no part in the talks ${notYet}.` });
    else showAbsent(el.detail, { asOf, kicker: `${name(actorId)}’s stance on`, title: demandText(demandId), message: `Not tabled ${notYet}: the demand and the stances on it came later.` });
  } else if (app.picked) {
    // The developments of the date shown (occurred by then, and known then): a marker chosen later may not be among them.
    const then = app.data.timeline ? new Set(app.data.timeline.items.map((i) => i.eventId)) : null;
    const known = app.picked.filter((e) => !then || then.has(e.eventId)).map((e) => app.eventById.get(e.eventId) ?? e.fallback).filter(Boolean);
    const missing = app.picked.length - known.length;
    if (known.length === 0) {
      showAbsent(el.detail, { asOf, kicker: app.picked.length > 1 ? `${app.picked.length} developments` : 'Development', message: `Not yet happened or recorded ${notYet}.` });
      return;
    }
    showEvents(el.detail, known, { asOf, title: `${known.length > 1 ? `${known.length} developments` : 'Development'}${missing ? ` (${missing} more not yet ${notYet})` : ''}` });
  }
}

function selectCell(row, cell) {
  app.selected = { demandId: row.demandId, actorId: cell.actorId };
  app.picked = null;
  drawMatrix();
  drawEvidence();
  el.matrix.querySelector(`tr[data-demand="${CSS.escape(row.demandId)}"] td[data-actor="${CSS.escape(cell.actorId)}"] button`)?.focus();
}

function pickEvents(events) {
  const picked = events.map((e) => ({ eventId: e.eventId, fallback: e.type ? e : null })).filter((e) => app.eventById.has(e.eventId) || e.fallback);
  if (picked.length === 0) return;
  app.selected = null;
  app.picked = picked;
  drawMatrix();
  drawEvidence();
  el.detail.closest('.panel').scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/**
 * The figures at once; the tables when their <details> is opened; the chart once its box is near the screen and
 * Chart.js has loaded (it is not needed for the first paint, and on a phone the chart is a scroll away: its box keeps
 * its height meanwhile, so nothing moves when it is drawn).
 */
async function drawEscalation() {
  const { escalation } = app.data;
  if (escalation) renderEscalationSummary(el.escSummary, escalation, { onPick: pickEvents });
  drawEscalationTables();
  if (app.data.series && (app.chartWanted || nearScreen(el.chartWrap))) await drawChart();
}

/** Whether an element is on the screen or within half a screen of it (as `chartWatch` sees it). */
function nearScreen(element) {
  const box = element.getBoundingClientRect();
  return box.bottom > -innerHeight / 2 && box.top < 1.5 * innerHeight;
}

/** The chart of the series shown: once wanted, always drawn with the views. */
async function drawChart() {
  app.chartWanted = true;
  chartWatch.disconnect();
  const { series } = app.data;
  if (!series) return;
  try {
    await loadCharts();
  } catch (error) {
    panelError(el.escSummary, error);
    return;
  }
  // Superseded while Chart.js was loading.
  if (app.data.series !== series) return;
  try {
    renderEscalationChart({
      canvas: el.canvas,
      tooltipEl: el.tooltip,
      series,
      range: chartRange(),
      atMs: app.state.at ? atMs() : null,
      eventById: app.eventById,
      onPick: pickEvents,
    });
    el.canvas.dataset.chart = 'drawn';
  } catch (error) {
    panelError(el.escSummary, error);
  }
}

/** The chart is drawn when its box comes near the screen (scrolled to, on a phone) — where it is once the views are drawn. */
const chartWatch = new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting) && app.current && el.negotiation.dataset.drawn === 'yes') drawChart();
}, { rootMargin: '50% 0px' });
chartWatch.observe(el.chartWrap);

const tablesDetails = el.escTables.closest('details');
/** The drivers, the index day by day and the developments as tables: hundreds of rows, drawn only when opened. */
function drawEscalationTables() {
  const { escalation, series } = app.data;
  if (tablesDetails.open && escalation && series) renderEscalationTables(el.escTables, escalation, series);
  else el.escTables.replaceChildren();
}
tablesDetails.addEventListener('toggle', drawEscalationTables);

function drawTimeline() {
  if (!app.data.timeline) return;
  renderTimeline(el.timeline, app.data.timeline, {
    filter: el.timelineFilter.value,
    search: el.timelineSearch.value.trim(),
    shown: app.timelineShown,
    onShown: (n) => (app.timelineShown = n),
  });
}

/** Another filter or search starts again from the newest page. */
function redrawTimeline() {
  app.timelineShown = 0;
  drawTimeline();
}

async function loadChanges(signal) {
  const since = el.changesSince.value;
  if (!since) return;
  try {
    const changes = await api(`/negotiations/${app.current}/changes`, {
      // "What changed since 13 Oct" includes 13 Oct: a date-only `since` is the start of that day, `until` the end of its day.
      params: { since, until: app.state.at || undefined, knownAt: asOf().knownAt, model: asOf().model },
      signal,
    });
    renderChanges(el.changes, changes, { name });
  } catch (error) {
    if (error.name !== 'AbortError') panelError(el.changes, error);
  }
}

/** Loads the full log known now (slider range, form choices): `syncControls` then sets the controls to it. */
async function loadFull(minPosition) {
  // The active period comes with the status now (the whole case as recorded), whatever date the page shows.
  const [full, status] = await Promise.all([
    api(`/negotiations/${app.current}/timeline`, { params: { minPosition } }),
    api(`/negotiations/${app.current}/status`, { params: { minPosition } }),
  ]);
  app.full = full;
  app.period = status.activePeriod;
  // Loaded while the page shows the past (after a write from the form), it is not followed from here on either.
  app.fullStale = !isNow();
}

/**
 * Fetches every view for the chosen date and draws them; a later call supersedes an earlier one. `full` resolves once
 * the full log is in (a negotiation opened anew loads it meanwhile): the chart's series, whose stretch of time comes
 * from it, and the timeline wait for it; status, matrix and escalation are asked for at once.
 */
async function refreshViews({ minPosition, full = Promise.resolve() } = {}) {
  const id = app.current;
  const generation = ++app.generation;
  app.controller?.abort();
  const controller = new AbortController();
  app.controller = controller;
  const signal = controller.signal;
  el.negotiation.dataset.views = 'loading';
  // Back at now after showing the past: the log known now is fetched again (what was recorded meanwhile was not followed).
  if (isNow() && app.fullStale) full = full.then(() => loadFull()).then(() => syncControls(), () => {});
  const params = { ...asOf(), minPosition };
  const get = (path, extra) => api(`/negotiations/${id}/${path}`, { params: { ...params, ...extra }, signal });
  // The sidebar follows the date shown.
  loadList({ minPosition });
  const statusView = get('status');
  // A negotiation opened anew shows its header (title, subject, parties) as soon as its status is in.
  if (el.negotiation.dataset.drawn === 'no') {
    statusView.then((view) => {
      if (generation !== app.generation || el.negotiation.dataset.drawn !== 'no') return;
      app.data.status = view;
      drawHeader();
      el.negotiation.dataset.drawn = 'head';
    }, () => {});
  }
  const results = await Promise.allSettled([
    statusView,
    get('matrix'),
    get('escalation', { drivers: 10 }),
    full.then(() => {
      const range = chartRange();
      const span = (range.to - range.from) / DAY;
      return get('escalation/series', { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString(), step: span <= 150 ? '6h' : '1d' });
    }),
    // At now, the log known now is the timeline: loadFull has fetched it.
    full.then(() => (isNow() && !app.state.model && !minPosition && app.full && !app.fullStale ? app.full : get('timeline'))),
  ]);
  if (generation !== app.generation) return;
  const [status, matrix, escalation, series, timeline] = results;
  const value = (r) => (r.status === 'fulfilled' ? r.value : null);
  app.data = { status: value(status), matrix: value(matrix), escalation: value(escalation), series: value(series), timeline: value(timeline) };
  learnDefaultModel(app.data.status);
  rebuildIndex();
  drawHeader();
  const fail = (r, target) => r.status === 'rejected' && r.reason?.name !== 'AbortError' && panelError(target, r.reason);
  drawStatus();
  fail(status, el.status);
  drawMatrix();
  fail(matrix, el.matrix);
  drawEvidence();
  const chartDrawn = drawEscalation();
  fail(escalation, el.escSummary);
  fail(series, el.escSummary);
  drawTimeline();
  fail(timeline, el.timeline);
  // Everything drawn in one frame: the article appears whole, nothing in it shifts as panels arrive one by one.
  el.negotiation.dataset.drawn = 'yes';
  el.matrixCsv.href = `/negotiations/${id}/matrix${query({ format: 'csv', at: params.at, knownAt: params.knownAt })}`;
  await Promise.all([loadChanges(signal), chartDrawn]);
  if (generation === app.generation) el.negotiation.dataset.views = 'ready';
}

// ---------------------------------------------------------------------------
// Routing
// ---------------------------------------------------------------------------

async function route() {
  const previous = app.state.negotiationId;
  app.state = readHash();
  syncBrandLink();
  const id = app.state.negotiationId;
  renderSidebar(el.list, app.negotiations, id, (nid) => linkTo(app.state, nid));
  if (!id) {
    app.current = null;
    app.controller?.abort();
    if (isNow()) live.followAll();
    else live.pause(app.state.at ? `Paused · showing ${formatDay(app.state.at)}` : 'Paused · showing what was known then');
    el.negotiation.hidden = true;
    el.overview.hidden = false;
    document.title = 'Parley — negotiations';
    el.overview.dataset.views = 'loading';
    syncPortfolioControls();
    await loadList();
    return;
  }
  el.overview.hidden = true;
  el.negotiation.hidden = false;
  if (app.current !== id) {
    app.current = id;
    el.negotiation.dataset.drawn = 'no';
    app.selected = null;
    app.picked = null;
    app.full = null;
    app.period = null;
    app.fullStale = false;
    app.timelineShown = 0;
    mount(el.detail, h('p', { class: 'muted' }, 'Choose a cell of the matrix, or a development on the chart, to see the stances, quotes and sources behind it.'));
    // The full log and the views at once; the controls once the log is in (the slider's range, "what changed since").
    const full = loadFull();
    const views = refreshViews({ full: full.then(() => syncControls()) });
    try {
      await full;
    } catch (error) {
      // The views asked for meanwhile are dropped.
      app.generation++;
      app.controller?.abort();
      el.title.textContent = id;
      el.negotiation.dataset.drawn = 'yes';
      panelError(el.status, error instanceof ApiError && error.status === 404 ? new Error(`There is no negotiation “${id}”.`) : error);
      return;
    }
    if (previous !== id) el.main.focus({ preventScroll: true });
    await views;
    // Live once the views are drawn: the stream's first views then only confirm them (or bring what came since).
    if (app.current === id) followOrPause();
    return;
  }
  syncControls();
  if (previous !== id) el.main.focus({ preventScroll: true });
  followOrPause();
  await refreshViews();
}

function followOrPause() {
  if (!app.current) return;
  if (isNow()) live.follow(app.current);
  else {
    app.fullStale = true;
    live.pause(app.state.at ? `Paused · replaying ${formatDay(app.state.at)}` : 'Paused · showing what was known then');
  }
}

// ---------------------------------------------------------------------------
// Live updates
// ---------------------------------------------------------------------------

let liveRefreshTimer = null;
let portfolioTimer = null;
function scheduleLiveRefresh() {
  clearTimeout(liveRefreshTimer);
  liveRefreshTimer = setTimeout(async () => {
    if (!app.current || !isNow()) return;
    await loadFull().catch(() => {});
    syncControls();
    await refreshViews(); // the sidebar too
  }, 400);
}

const live = createLive({
  indicator: $('#live-indicator'),
  onView(type, view) {
    if (!app.current || !isNow() || view?.negotiationId !== app.current) return;
    // Pushed views use the server's default model: with another chosen, fetch the views under it instead.
    if (app.state.model && view.modelVersion !== app.state.model) {
      scheduleLiveRefresh();
      return;
    }
    const before = app.data[type];
    app.data[type] = view;
    if (type === 'escalation') {
      // The index decays continuously: redraw the figures, nothing else depends on them.
      renderEscalationSummary(el.escSummary, view, { onPick: pickEvents });
      return;
    }
    if (before && substance(type, before) === substance(type, view)) return;
    rebuildIndex();
    if (type === 'status') {
      drawStatus();
      const latest = view.latestDevelopment;
      if (before && latest && latest.eventId !== before.latestDevelopment?.eventId) {
        announce(`New development: ${latest.summary}`);
        flash(el.status.closest('.panel'));
      }
    } else {
      drawMatrix();
      drawEvidence();
      if (before) flash(el.matrix.closest('.panel'));
    }
    // The chart series, timeline and list are not pushed: fetch them once the burst is over.
    if (before) scheduleLiveRefresh();
  },
  onEvent(event) {
    if (app.current || !isNow()) return;
    clearTimeout(portfolioTimer);
    portfolioTimer = setTimeout(() => {
      if (!app.current && isNow()) loadList({ minPosition: event.position }).then(() => announce('The negotiations list was updated.'));
    }, 300);
  },
  onDeleted(body, position) {
    const deleted = body?.details?.negotiationId;
    if (!isNow()) return;
    announce(body?.message ?? 'A negotiation was deleted in the event store outside Parley.');
    if (deleted && app.current === deleted) {
      app.generation++;
      app.controller?.abort();
      panelError(el.status, new Error(body.message));
    }
    // The list (sidebar and portfolio) no longer holds it once the views include the deletion.
    loadList(position === undefined ? {} : { minPosition: position });
  },
  onPoll() {
    if (app.current && isNow()) scheduleLiveRefresh();
    else if (!app.current && isNow()) loadList();
  },
});

/** What a pushed view says, leaving out what changes with the clock alone (its instant, the decaying index). */
function substance(type, view) {
  if (type === 'status') {
    const { at: _at, escalation, ...rest } = view;
    return JSON.stringify({ ...rest, level: escalation?.level, trend: escalation?.trend });
  }
  return JSON.stringify(view);
}

function flash(panel) {
  panel.classList.remove('flash');
  void panel.offsetWidth;
  panel.classList.add('flash');
}

// ---------------------------------------------------------------------------
// Controls
// ---------------------------------------------------------------------------

let sliderTimer = null;
el.slider.addEventListener('input', () => {
  const max = Number(el.slider.max);
  const v = Number(el.slider.value);
  const to = el.slider.dataset.to;
  const at = v >= max && to >= todayIso() ? null : addDays(el.slider.dataset.from, v);
  el.atOutput.textContent = at ? formatDay(at) : 'now';
  el.slider.setAttribute('aria-valuetext', at ? formatDay(at) : 'now');
  clearTimeout(sliderTimer);
  sliderTimer = setTimeout(() => {
    setState({ at, since: null });
    followOrPause();
    refreshViews();
  }, 120);
});

el.atDate.addEventListener('change', () => {
  const v = el.atDate.value;
  if (!v) return;
  const at = v >= todayIso() ? null : v < firstDay() ? firstDay() : v;
  setState({ at, since: null });
  followOrPause();
  refreshViews();
});

el.overviewAt.addEventListener('change', () => {
  const v = el.overviewAt.value;
  if (!v) return;
  setState({ at: v >= todayIso() ? null : v });
  route();
});

el.overviewNow.addEventListener('click', () => {
  setState({ at: null, known: null });
  route();
});

el.atNow.addEventListener('click', () => {
  setState({ at: null, since: null, known: app.state.known === 'at' ? null : app.state.known });
  followOrPause();
  refreshViews();
});

el.knownMode.addEventListener('change', () => {
  const mode = el.knownMode.value;
  const known = mode === 'at' ? 'at' : mode === 'date' ? (el.knownDate.value || app.state.at || todayIso()) : null;
  setState({ known });
  if (mode === 'date') $('#known-date').focus();
  followOrPause();
  refreshViews();
});

el.knownDate.addEventListener('change', () => {
  if (!el.knownDate.value) return;
  setState({ known: el.knownDate.value });
  followOrPause();
  refreshViews();
});

for (const radio of document.querySelectorAll('input[name="esc-model"]')) {
  radio.addEventListener('change', () => {
    setState({ model: radio.value === app.defaultModel ? null : radio.value });
    refreshViews();
  });
}

// The window's presets, and zooming around the replay date.
mount(el.presets, h('legend', { class: 'visually-hidden' }, 'Time shown on the slider and the chart'), PRESETS.map((p) => [
  h('input', { type: 'radio', name: 'view', id: `view-${p.value}`, value: p.value, onchange: () => setView(p.value) }),
  h('label', { for: `view-${p.value}`, title: p.title }, p.label),
]));

function setView(view) {
  setState({ view });
  refreshViews();
}

function zoomBy(factor) {
  const ctx = { period: app.period, today: todayIso(), at: app.state.at };
  setView(zoom(currentWindow(), factor, ctx));
}
el.zoomIn.addEventListener('click', () => zoomBy(0.5));
el.zoomOut.addEventListener('click', () => zoomBy(2));

// The evidence panel sticks just below the top bar and the replay bar, whatever their height.
new ResizeObserver(() => {
  const bars = $('.topbar').offsetHeight + $('.replay').offsetHeight;
  document.documentElement.style.setProperty('--sticky-top', `${bars + 16}px`);
}).observe($('.replay'));

// The ticks fit the slider's width, as measured here (setupSlider then reads no layout).
let ticksWidth = 0;
new ResizeObserver(([entry]) => {
  ticksWidth = entry.contentRect.width;
  if (app.full) setupSlider();
}).observe(el.ticks);

el.copyLink.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(location.href);
    el.copyLink.textContent = 'Link copied';
  } catch {
    el.copyLink.textContent = 'Copy the address bar';
  }
  announce('A link to this view is in the clipboard.');
  setTimeout(() => (el.copyLink.textContent = 'Copy link'), 2000);
});

el.timelineFilter.addEventListener('change', redrawTimeline);
el.timelineSearch.addEventListener('input', redrawTimeline);

el.changesForm.addEventListener('submit', (e) => {
  e.preventDefault();
  setState({ since: el.changesSince.value || null });
  loadChanges();
});

// API key
function drawKeyButton() {
  el.keyButton.textContent = getApiKey() ? 'API key · set' : 'API key';
}
el.keyButton.addEventListener('click', () => {
  el.keyInput.value = getApiKey();
  el.keyDialog.showModal();
});
el.keyDialog.addEventListener('close', () => {
  const action = el.keyDialog.returnValue;
  if (action === 'save') setApiKey(el.keyInput.value.trim());
  else if (action === 'clear') setApiKey('');
  else return;
  drawKeyButton();
  el.banner.hidden = true;
  announce(action === 'save' ? 'API key saved.' : 'API key cleared.');
  loadList();
  live.reconnect();
  if (app.current) route();
});

onApiError((error) => {
  if (error.status === 401) {
    mount(el.banner, 'This server needs an API key to show its data. ',
      h('button', { type: 'button', class: 'btn btn-small', onclick: () => el.keyButton.click() }, 'Set the API key'));
    el.banner.hidden = false;
  } else if (error.status === 0) {
    mount(el.banner, error.message);
    el.banner.hidden = false;
  }
});

// Record form
function formContext() {
  const actors = new Map();
  const demands = new Map();
  const rounds = new Map();
  const others = { ultimatum: new Map(), ceasefire: new Map(), agreement: new Map(), incident: new Map() };
  for (const item of app.full?.items ?? []) {
    if (item.retracted) continue;
    const d = item.data ?? {};
    switch (item.type) {
      case 'NegotiationOpened':
        for (const a of d.parties ?? []) actors.set(a.id, { id: a.id, name: a.name, role: 'party' });
        for (const a of d.mediators ?? []) actors.set(a.id, { id: a.id, name: a.name, role: 'mediator' });
        break;
      case 'ActorRegistered':
        actors.set(d.actor.id, { id: d.actor.id, name: d.actor.name, role: d.role });
        break;
      case 'DemandTabled':
        demands.set(d.demandId, { demandId: d.demandId, text: d.text });
        break;
      case 'DemandWithdrawn':
        demands.delete(d.demandId);
        break;
      case 'UltimatumIssued':
        others.ultimatum.set(d.ultimatumId, d.consequences);
        break;
      case 'CeasefireDeclared':
        others.ceasefire.set(d.ceasefireId, d.scope ? `${d.ceasefireId} (${d.scope})` : d.ceasefireId);
        break;
      case 'AgreementReached':
        others.agreement.set(d.agreementId, d.agreementId);
        break;
      case 'IncidentReported':
        others.incident.set(d.incidentId, d.description);
        break;
      case 'TalksRoundScheduled':
      case 'TalksRoundOpened':
      case 'TalksRoundConcluded': {
        const state = { TalksRoundScheduled: 'scheduled', TalksRoundOpened: 'in session', TalksRoundConcluded: 'concluded' }[item.type];
        const before = rounds.get(d.roundId);
        rounds.set(d.roundId, { roundId: d.roundId, label: d.label ?? before?.label ?? null, state });
        break;
      }
      default:
        break;
    }
  }
  const order = { party: 0, mediator: 1 };
  const clip = (text) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
  return {
    negotiationId: app.current,
    // Replaying a past day, a development is most likely being added to that day.
    defaultDate: app.state.at ?? todayIso(),
    actors: [...actors.values()].sort((a, b) => (order[a.role] ?? 2) - (order[b.role] ?? 2)),
    demands: [...demands.values()],
    rounds: [...rounds.values()].reverse(),
    // Ids the negotiation knows, by what they name: the form's pickers.
    known: {
      round: [...rounds.values()].reverse().map((r) => [r.roundId, `${r.label ?? r.roundId}${r.state ? ` (${r.state})` : ''}`]),
      demand: [...demands.values()].map((d) => [d.demandId, clip(d.text)]),
      ...Object.fromEntries(Object.entries(others).map(([of, ids]) => [of, [...ids]])),
      // The developments a correction or a retraction may name, newest first, as the timeline shows them: their ids are shown nowhere.
      event: (app.full?.items ?? []).filter((item) => !item.retracted).reverse()
        .map((item) => [item.eventId, `${formatOccurred(item.occurredAt, item.precision)} · ${typeLabel(item.type)}: ${item.summary}`]),
    },
  };
}

/**
 * A development recorded while the page shows a past date (or what was known then) may rightly be left out of every
 * view — it happened later, or was not known then —: the page says so where the eye is, not only to screen readers.
 */
function sayIfNotShown(events) {
  const shown = new Set();
  for (const item of app.data.timeline?.items ?? []) {
    shown.add(item.eventId);
    for (const c of item.corrections ?? []) shown.add(c.eventId);
    if (item.retracted) shown.add(item.retracted.eventId);
  }
  const asOf = asOfText();
  if (!asOf || events.every((e) => shown.has(e.eventId))) return;
  const text = `Recorded, but not in this view (${asOf[0].toLowerCase()}${asOf.slice(1)}).`;
  el.briefStatus.textContent = text;
  el.briefStatus.dataset.notShown = 'yes';
  announce(text);
}

/** The form and its modules load when it is first opened: reading the page needs none of them. */
let recordForm = null;
async function openRecordForm() {
  recordForm ??= import('./views/record-form.js').then(({ setupRecordForm }) => setupRecordForm({
    dialog: $('#record-dialog'),
    form: $('#record-form'),
    fieldsEl: $('#record-fields'),
    statusEl: $('#record-status'),
    getContext: formContext,
    async onRecorded(result) {
      // Read our own write: the views wait until they include its position.
      await loadFull(result.position).catch(() => {});
      syncControls();
      await refreshViews({ minPosition: result.position }); // the sidebar too
      flash(el.status.closest('.panel'));
      sayIfNotShown(result.events ?? []);
      el.recordButton.focus();
    },
  }));
  try {
    (await recordForm).open();
  } catch (error) {
    recordForm = null;
    el.briefStatus.textContent = `The form did not load: ${error.message}`;
  }
}
el.recordButton.addEventListener('click', openRecordForm);

/**
 * Saves what the API answers at `path` as a file. Fetched with the API key (a plain link would be sent without it and
 * refused on a server with keys), then handed to the browser as a download.
 */
async function download(path, { params, accept, filename }) {
  delete el.briefStatus.dataset.notShown;
  el.briefStatus.textContent = `Preparing ${filename}…`;
  try {
    const blob = await apiBlob(path, { params, accept });
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    el.briefStatus.textContent = `Saved: ${filename}`;
  } catch (error) {
    el.briefStatus.textContent = `Not saved: ${error.message}`;
  }
}

// The briefing of the period "What changed" shows (since → the replay date, or now), saved as a Markdown file.
el.briefButton.addEventListener('click', () => {
  const id = app.current;
  download(`/negotiations/${id}/brief`, {
    // As "What changed" reads them: a date-only `from` is the start of that day, `to` the end of its day.
    params: { from: el.changesSince.value || undefined, to: app.state.at || undefined, knownAt: asOf().knownAt, model: app.state.model ?? undefined },
    accept: 'text/markdown',
    filename: `${id}-brief-${app.state.at ?? todayIso()}.md`,
  });
});

// The matrix of the date shown as CSV (the link's address says what it saves; the click fetches it with the key).
el.matrixCsv.addEventListener('click', (e) => {
  e.preventDefault();
  const id = app.current;
  const { at, knownAt } = asOf();
  download(`/negotiations/${id}/matrix`, {
    params: { format: 'csv', at, knownAt },
    accept: 'text/csv',
    filename: `${id}-matrix-${app.state.at ?? todayIso()}.csv`,
  });
});
/** A print holds the whole timeline, and the chart even if it was never scrolled to. */
function showWholeTimeline() {
  app.timelineShown = Number.POSITIVE_INFINITY;
  drawTimeline();
}
window.addEventListener('beforeprint', () => app.current && showWholeTimeline());
el.printButton.addEventListener('click', async () => {
  await drawChart();
  showWholeTimeline();
  window.print();
});

// ---------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------

renderMatrixLegend(el.matrixLegend);
mount($('#glossary'), Object.entries(GLOSSARY).map(([key, g]) => h('div', { dataset: { term: key } }, h('dt', {}, g.term), h('dd', {}, g.text))));
keepTicksApart(el.ticks);
drawKeyButton();
window.addEventListener('hashchange', () => route());
route();
