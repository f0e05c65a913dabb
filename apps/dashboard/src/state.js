/**
 * What the page shows, kept in the URL hash so a view can be shared:
 *   #/?at=2025-10-20&sort=level          the portfolio (every negotiation), as of a day, sorted
 *   #/negotiations/<id>?at=2025-10-20&known=at&since=2025-10-13&view=30&model=v1
 * `at` and `known` are days (end of day, UTC); `known=at` means "what was known on the replay date".
 * `view` is the stretch of time of the slider and the chart (time-window.js): a preset (`7`, `30`, `90`,
 * `case`; the active period when absent) or a zoom, `2025-10-01..2025-11-15`.
 * `model` is the escalation model when not the server's default (v2 unless PARLEY_ESCALATION_MODEL says otherwise). `at`, `known` and `model` carry over between
 * the portfolio and a negotiation; `sort` is the portfolio's order (default: by level).
 */

const SORTS = ['level', 'direction', 'latest', 'name'];
/** The escalation models the API offers (`?model=`). */
const MODELS = ['v1', 'v2'];

export function readHash(hash = location.hash) {
  const raw = hash.replace(/^#/, '');
  const [path, qs = ''] = raw.split('?');
  const params = new URLSearchParams(qs);
  const m = /^\/negotiations\/([a-z0-9-]{1,64})\/?$/.exec(path ?? '');
  const day = (v) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
  const known = params.get('known');
  return {
    negotiationId: m ? m[1] : null,
    at: day(params.get('at')),
    known: known === 'at' ? 'at' : day(known),
    since: day(params.get('since')),
    view: viewOf(params.get('view') ?? (params.get('range') === 'all' ? 'case' : null)),
    model: MODELS.includes(params.get('model')) ? params.get('model') : null,
    sort: SORTS.includes(params.get('sort')) ? params.get('sort') : 'level',
  };
}

/** A `view` parameter: a preset's value, or `{ from, to }`; 'active' when absent or unreadable. */
function viewOf(v) {
  if (v === '7' || v === '30' || v === '90' || v === 'case') return v;
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v ?? '');
  return m && m[1] < m[2] ? { from: m[1], to: m[2] } : 'active';
}

export function hashOf(state) {
  const params = new URLSearchParams();
  if (state.at) params.set('at', state.at);
  if (state.known) params.set('known', state.known);
  if (state.negotiationId) {
    if (state.since) params.set('since', state.since);
    if (state.view && state.view !== 'active') params.set('view', typeof state.view === 'object' ? `${state.view.from}..${state.view.to}` : state.view);
  }
  if (state.model) params.set('model', state.model);
  if (!state.negotiationId && state.sort && state.sort !== 'level') params.set('sort', state.sort);
  const qs = params.toString();
  return `#/${state.negotiationId ? `negotiations/${state.negotiationId}` : ''}${qs ? `?${qs}` : ''}`;
}

/** A link to another page of the dashboard (a negotiation, or the portfolio with `null`) as of the same date and model. */
export function linkTo(state, negotiationId) {
  return hashOf({ at: state.at, known: state.known, model: state.model, negotiationId, sort: state.sort });
}

/** Writes the state to the URL without adding a history entry per slider step. */
export function writeHash(state, { push = false } = {}) {
  const next = hashOf(state);
  if (next === location.hash || (next === '#/' && !location.hash)) return;
  if (push) history.pushState(null, '', next);
  else history.replaceState(null, '', next);
}
