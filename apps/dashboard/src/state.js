/**
 * What the page shows, kept in the URL hash so a view can be shared:
 *   #/?at=2025-10-20&sort=level          the portfolio (every negotiation), as of a day, sorted
 *   #/negotiations/<id>?at=2025-10-20&known=at&since=2025-10-13&range=all&model=v1
 * `at` and `known` are days (end of day, UTC); `known=at` means "what was known on the replay date".
 * `model` is the escalation model when not the server's default (v2). `at`, `known` and `model` carry over between
 * the portfolio and a negotiation; `sort` is the portfolio's order (default: by level).
 */

const SORTS = ['level', 'direction', 'latest', 'name'];

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
    range: params.get('range') === 'all' ? 'all' : 'fit',
    model: params.get('model') === 'v1' ? 'v1' : null,
    sort: SORTS.includes(params.get('sort')) ? params.get('sort') : 'level',
  };
}

export function hashOf(state) {
  const params = new URLSearchParams();
  if (state.at) params.set('at', state.at);
  if (state.known) params.set('known', state.known);
  if (state.negotiationId) {
    if (state.since) params.set('since', state.since);
    if (state.range === 'all') params.set('range', 'all');
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
