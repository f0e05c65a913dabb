/** Small labelled chips: colour always comes with text or a symbol, never alone. */
import { h } from '../dom.js';
import { CONSENSUS_LABELS, GLOSSARY, PHASE_LABELS, TREND, levelInfo, round1, stanceInfo } from '../format.js';

export function phaseBadge(phase) {
  return h('span', { class: `badge phase phase-${phase}` }, PHASE_LABELS[phase] ?? phase);
}

export function levelBadge(level, levelName) {
  const info = levelInfo(level);
  return h('span', { class: `badge level level-${info.level}`, title: `Escalation level ${info.level} of 5` }, `${info.level} · ${levelName ?? info.name}`);
}

export function trendBadge(trend, delta) {
  const t = TREND[trend] ?? TREND.steady;
  const d = typeof delta === 'number' && Math.abs(delta) >= 0.05 ? ` ${delta > 0 ? '+' : ''}${round1(delta)}` : '';
  return h('span', { class: `trend trend-${trend}`, title: 'Change of the index over the last 7 days' }, h('span', { 'aria-hidden': 'true' }, t.symbol), ` ${t.label}${d}`);
}

export function stanceChip(value, { small = false } = {}) {
  const s = stanceInfo(value);
  return h('span', { class: `stance stance-${value}${small ? ' stance-small' : ''}` }, h('span', { class: 'stance-symbol', 'aria-hidden': 'true' }, s.symbol), ` ${s.label}`);
}

export function consensusBadge(consensus) {
  return h('span', { class: `badge consensus consensus-${consensus}` }, CONSENSUS_LABELS[consensus] ?? consensus);
}

export function ceasefireBadge(state, coverage = null) {
  const labels = { none: 'No ceasefire', 'in-force': 'Ceasefire in force', violated: 'Ceasefire violated', ended: 'Ceasefire ended' };
  const label = labels[state] ?? state;
  // A partial ceasefire (energy infrastructure only) is no ceasefire of the fighting: said so.
  return h('span', { class: `badge ceasefire ceasefire-${state}` }, coverage === 'partial' && state !== 'none' ? `Partial ${label.toLowerCase()}` : label);
}

/**
 * A judgement resting on thin evidence (one source, or only sources graded below C3): a visible marker with the
 * API's words (`thinEvidence.text`), read out with the text it marks. `null` (or absent: an older server) shows nothing.
 */
export function thinEvidenceMark(thin, { compact = false } = {}) {
  if (!thin) return null;
  const label = thin.reason === 'single-source' ? 'single source' : 'weak sources';
  return h('span', { class: `thin-evidence thin-${thin.reason}`, title: thin.text, dataset: { reason: thin.reason } },
    compact ? h('span', { 'aria-hidden': 'true' }, label) : label,
    h('span', { class: 'visually-hidden' }, `: ${thin.text}`));
}

/** A number or code with its meaning on hover and focus (GLOSSARY): `term('weight', 'weight −10.0')`. */
export function term(key, text, { class: cls, extra } = {}) {
  const meaning = GLOSSARY[key].text;
  return h('abbr', { class: `term${cls ? ` ${cls}` : ''}`, title: extra ? `${meaning} ${extra}` : meaning, tabindex: '0', dataset: { term: key } }, text);
}
