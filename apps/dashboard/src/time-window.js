/**
 * The stretch of time the replay slider and the escalation chart show (one
 * window for both): by default the case's active period — from its opening
 * (or its first development, when none came before it) to its latest
 * development, with a margin — or a preset (the last 7, 30 or 90 days of the
 * case, the whole case, background before the opening included, up to today),
 * or a zoom around the replay date.
 * The active period is the API's (the status view's `activePeriod`,
 * libs/projections/src/active-period.ts), the one the CLI's sparkline reads: not worked out here.
 * Days are `YYYY-MM-DD` (UTC); the window is `{ from, to }`, both included.
 */
import { addDays, dayStart, daysBetween } from './format.js';

/** The presets, in the order the page offers them. `days` counts back from the end of the active period. */
export const PRESETS = [
  { value: 'active', label: 'Active period', title: 'From the opening to the latest development' },
  { value: '90', label: '90 days', days: 90, title: 'The last 90 days up to the latest development' },
  { value: '30', label: '30 days', days: 30, title: 'The last 30 days up to the latest development' },
  { value: '7', label: '7 days', days: 7, title: 'The last 7 days up to the latest development' },
  { value: 'case', label: 'Whole case', title: 'From the first development (background before the opening too) to today' },
];

/** A zoom never shows less than this many days. */
export const MIN_DAYS = 7;

const minDay = (a, b) => (a < b ? a : b);
const maxDay = (a, b) => (a > b ? a : b);

/**
 * The window for a view: `view` is a preset's value or `{ from, to }` (a zoom);
 * `period` the API's active period (`{ from, to, caseFrom }`, margins included;
 * null before any development: today), `at` the replay day or null for now.
 * The window always holds the replay day: one outside it moves the window to it.
 */
export function windowFor(view, { period, today, at }) {
  const caseFrom = period?.caseFrom ?? today;
  const activeFrom = period?.from ?? today;
  const activeTo = minDay(today, period?.to ?? today);
  let from;
  let to;
  if (view && typeof view === 'object') {
    from = maxDay(caseFrom, view.from);
    to = minDay(today, view.to);
  } else {
    const preset = PRESETS.find((p) => p.value === view) ?? PRESETS[0];
    to = preset.value === 'case' ? today : activeTo;
    from = preset.days ? addDays(to, -preset.days) : preset.value === 'case' ? caseFrom : activeFrom;
  }
  if (daysBetween(from, to) < 1) from = addDays(to, -1);
  if (at && (at < from || at > to)) {
    const half = Math.floor(daysBetween(from, to) / 2);
    from = maxDay(caseFrom, addDays(at, -half));
    to = minDay(today, addDays(from, 2 * half));
    from = minDay(from, at);
  }
  return { from, to };
}

/**
 * Zooms the window in (factor < 1) or out (> 1) around the replay day, or
 * keeping its end when following now; never narrower than MIN_DAYS, never
 * wider than the whole case.
 */
export function zoom(win, factor, { period, today, at }) {
  const caseWin = windowFor('case', { period, today, at: null });
  const length = Math.min(
    daysBetween(caseWin.from, caseWin.to),
    Math.max(MIN_DAYS, Math.round(daysBetween(win.from, win.to) * factor)),
  );
  let from;
  let to;
  if (at) {
    from = addDays(at, -Math.round(length / 2));
    to = addDays(from, length);
  } else {
    to = win.to;
    from = addDays(to, -length);
  }
  // Slide back inside the case, keeping the length.
  if (from < caseWin.from) [from, to] = [caseWin.from, addDays(caseWin.from, length)];
  if (to > caseWin.to) [from, to] = [addDays(caseWin.to, -length), caseWin.to];
  return { from: maxDay(from, caseWin.from), to };
}

const monthFmt = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const dayMonthFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Tick steps, finest first: days, weeks, months, quarters, years. */
const STEPS = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 2 },
  { unit: 'week', n: 1 },
  { unit: 'week', n: 2 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 2 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  { unit: 'month', n: 12 },
];

/** Over this many days a month name would come round again: every tick then carries its year. */
const YEARLONG = 300;

/** The finest step that leaves room for each label on a `widthPx` wide axis over `days` days. */
export function tickStep(days, widthPx, minPx = days > YEARLONG ? 72 : 40) {
  const approx = { day: 1, week: 7, month: 30.44 };
  return STEPS.find((s) => (days / (approx[s.unit] * s.n)) * minPx <= widthPx) ?? STEPS[STEPS.length - 1];
}

/** The days of the ticks in [from, to]: every n-th day, Monday, or 1st of the month. */
export function tickDays(from, to, step) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const weekday = new Date(dayStart(d)).getUTCDay();
    const month = Number(d.slice(5, 7)) - 1;
    const ok =
      step.unit === 'day'
        ? daysBetween(from, d) % step.n === 0
        : step.unit === 'week'
          ? weekday === 1 && Math.floor(daysBetween('1970-01-05', d) / 7) % step.n === 0
          : d.endsWith('-01') && month % step.n === 0;
    if (ok) out.push(d);
  }
  return out;
}

/**
 * A tick's label: "Nov" or "17 Oct", with the year on the first tick, wherever
 * the year changes, and on every tick of an axis longer than YEARLONG days —
 * never a repeated "Nov" without its year.
 */
export function tickLabel(ms, previousMs, unit, spanDays = 0) {
  const withYear =
    previousMs === null ||
    spanDays > YEARLONG ||
    new Date(previousMs).getUTCFullYear() !== new Date(ms).getUTCFullYear();
  const text = unit === 'month' || unit === 'quarter' || unit === 'year' ? monthFmt.format(ms) : dayMonthFmt.format(ms);
  return withYear ? `${text} ${new Date(ms).getUTCFullYear()}` : text;
}
