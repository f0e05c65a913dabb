/**
 * Labels and formats shared by the views: the product's vocabulary, spelled for people.
 * Dates are read with the domain's own reader (libs/domain/src/time.ts), which the
 * API serves compiled at /assets/domain/time.js: the page, the API and the CLI
 * read a date one way, and a date-only replay date means the end of that UTC day.
 * The stance symbols are the CLI's, from the same place (libs/domain/src/stance-symbols.ts).
 */
import { DAY_MS as DAY, QUERY_TIME_EDGES, parseTime, queryInstant } from '../domain/time.js';
import { STANCE_SYMBOLS } from '../domain/stance-symbols.js';

const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthFmt = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `YYYY-MM-DD` of an instant (UTC). */
export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** 00:00 UTC of a `YYYY-MM-DD`. */
export function dayStart(day) {
  return queryInstant(day, 'start') ?? Number.NaN;
}

/** The instant "as of `day`" means: the end of that UTC day, as the API reads `at=day` (null: now). */
export function atInstant(day) {
  return day ? (queryInstant(day, QUERY_TIME_EDGES.at) ?? Number.NaN) : Date.now();
}

export function todayIso() {
  return isoDay(Date.now());
}

export function addDays(day, n) {
  return isoDay(dayStart(day) + n * DAY);
}

export function daysBetween(a, b) {
  return Math.round((dayStart(b) - dayStart(a)) / DAY);
}

/** An occurredAt as the analyst gave it: `2025-11` → "Nov 2025"; a date; a date-time in its own zone. */
export function formatOccurred(occurredAt, precision) {
  if (!occurredAt) return '—';
  const approx = precision === 'approximate' ? '≈ ' : '';
  const parsed = parseTime(occurredAt);
  if (!parsed) return occurredAt;
  if (parsed.form === 'month') return approx + monthFmt.format(parsed.instant);
  if (parsed.form === 'day') return approx + dateFmt.format(parsed.instant);
  // A date-time as written: its own day, hour and zone (YYYY-MM-DDTHH:MM…, then Z or ±HH:MM).
  const zone = occurredAt.endsWith('Z') ? 'Z' : occurredAt.slice(-6);
  const wall = `${approx}${dateFmt.format(dayStart(occurredAt.slice(0, 10)))}, ${occurredAt.slice(11, 16)}`;
  return `${wall}${zone === 'Z' ? ' UTC' : ` (UTC${zone})`}`;
}

export function formatDay(dayOrIso) {
  if (!dayOrIso) return '—';
  const t = parseTime(dayOrIso)?.instant;
  return t === undefined ? dayOrIso : dateFmt.format(t);
}

/** A sentence of the API's ("Border closed since 2025-10-12") with its days written as the page writes them ("since 12 Oct 2025"). */
export function readableDays(text) {
  return String(text ?? '').replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDay(day));
}

export function formatShortDay(ms) {
  return shortFmt.format(ms);
}

/**
 * An occurredAt in a few characters, on the day it was written with — as `formatOccurred` and the CLI give it: "7 May"
 * for 2025-05-07T01:00+05:30 (not the UTC day, 6 May), "Nov 2025" for a month (not "1 Nov").
 */
export function formatOccurredShort(occurredAt) {
  const parsed = parseTime(occurredAt);
  if (!parsed) return occurredAt ?? '—';
  if (parsed.form === 'month') return monthFmt.format(parsed.instant);
  return shortFmt.format(dayStart(occurredAt.slice(0, 10)));
}

/** Instant of an occurredAt (date-only = 00:00 UTC, month-only = the 1st): the domain's reading. */
export function instantOf(occurredAt) {
  return parseTime(occurredAt)?.instant ?? Number.NaN;
}

export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export const PHASE_LABELS = {
  closed: 'Closed',
  suspended: 'Suspended',
  'in-session': 'In session',
  scheduled: 'Round scheduled',
  agreement: 'Agreement',
  progressing: 'Progressing',
  stalled: 'Stalled',
  collapsed: 'Collapsed',
  'pre-talks': 'Pre-talks',
};

export const LEVELS = [
  { level: 1, name: 'cooperative', from: 0, to: 10, color: '#3f9a5b', band: 'rgba(63,154,91,0.10)' },
  { level: 2, name: 'strained', from: 10, to: 30, color: '#c9a227', band: 'rgba(222,186,50,0.13)' },
  { level: 3, name: 'coercive', from: 30, to: 50, color: '#e07b24', band: 'rgba(232,137,47,0.13)' },
  { level: 4, name: 'militarised', from: 50, to: 75, color: '#cf4a2b', band: 'rgba(212,80,47,0.13)' },
  { level: 5, name: 'hostilities', from: 75, to: 100, color: '#8f1d1d', band: 'rgba(143,29,29,0.14)' },
];

export function levelInfo(level) {
  return LEVELS[Math.min(5, Math.max(1, level)) - 1];
}

export const TREND = {
  rising: { symbol: '▲', label: 'rising' },
  falling: { symbol: '▼', label: 'falling' },
  steady: { symbol: '▶', label: 'steady' },
};

/** Stances from accepted to rejected (a diverging scale), then the two non-stances. */
export const STANCES = [
  { value: 'accepted', label: 'Accepted' },
  { value: 'accepted-in-principle', label: 'In principle' },
  { value: 'conditional', label: 'Conditional' },
  { value: 'ambiguous', label: 'Ambiguous' },
  { value: 'counter-proposed', label: 'Counter-proposed' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'proposer', label: 'Proposer' },
  { value: 'no-position', label: 'No position' },
].map((s) => ({ ...s, symbol: STANCE_SYMBOLS[s.value] }));

export function stanceInfo(value) {
  return STANCES.find((s) => s.value === value) ?? { value, label: value, symbol: '·' };
}

/**
 * Plain words for the numbers and codes the page shows: the tooltips on them
 * and the "What the numbers mean" legend under the chart say the same thing.
 */
export const GLOSSARY = {
  index: { term: 'Index', text: 'How escalated the relations are, from 0 (calm) to 100 (open hostilities); the five coloured bands are the levels.' },
  weight: { term: 'Weight', text: 'How hard a development pushes towards conflict (down to −10, e.g. an armed attack) or cooperation (up to +10, e.g. an agreement): the Goldstein score of its CAMEO event type.' },
  cameo: { term: 'CAMEO code', text: 'The type of event in CAMEO, the standard coding scheme for political events (e.g. 190: use conventional military force). It gives the weight.' },
  confidence: { term: 'Confidence', text: 'How sure the analyst is that the development happened as recorded, from 0 to 1.' },
  contribution: { term: 'Contribution', text: 'What a development adds to the index today: its weight, faded with the time since it happened (and, in model v1, times its confidence).' },
  net: { term: 'Conflict, cooperation, net', text: 'Model v1 adds up the faded weights of recent developments, conflictual and cooperative apart; the net is conflict minus cooperation, and the index grows with it.' },
  grade: { term: 'Source grade (e.g. B2)', text: 'The Admiralty code: the letter rates the source (A completely reliable … E unreliable, F cannot be judged), the digit the information (1 confirmed … 5 improbable, 6 cannot be judged).' },
};

export const CONSENSUS_LABELS = { agreed: 'Agreed', partial: 'Partial', pending: 'Pending', contested: 'Contested' };

export const TYPE_LABELS = {
  NegotiationOpened: 'Negotiation opened',
  ActorRegistered: 'Actor registered',
  TalksRoundScheduled: 'Round scheduled',
  TalksRoundOpened: 'Round opened',
  TalksRoundConcluded: 'Round concluded',
  TalksRoundPostponed: 'Round postponed',
  TalksRoundCancelled: 'Round cancelled',
  TalksSuspended: 'Talks suspended',
  TalksResumed: 'Talks resumed',
  AgreementReached: 'Agreement',
  AgreementStatusChanged: 'Agreement status',
  NegotiationClosed: 'Negotiation closed',
  DemandTabled: 'Demand tabled',
  DemandAmended: 'Demand amended',
  DemandWithdrawn: 'Demand withdrawn',
  PositionTaken: 'Position',
  UltimatumIssued: 'Ultimatum',
  UltimatumResolved: 'Ultimatum resolved',
  StatementMade: 'Statement',
  CeasefireDeclared: 'Ceasefire declared',
  CeasefireExtended: 'Ceasefire extended',
  CeasefireViolationReported: 'Ceasefire violation',
  CeasefireEnded: 'Ceasefire ended',
  IncidentReported: 'Incident',
  MediationAction: 'Mediation',
  ThirdPartyEngagement: 'Outreach',
  EventCorrected: 'Correction',
  EventRetracted: 'Retraction',
};

export function typeLabel(type) {
  return TYPE_LABELS[type] ?? type;
}

/** Timeline filter groups. */
export const TYPE_GROUPS = {
  process: ['NegotiationOpened', 'ActorRegistered', 'TalksRoundScheduled', 'TalksRoundOpened', 'TalksRoundConcluded', 'TalksRoundPostponed', 'TalksRoundCancelled', 'TalksSuspended', 'TalksResumed', 'AgreementReached', 'AgreementStatusChanged', 'NegotiationClosed'],
  substance: ['DemandTabled', 'DemandAmended', 'DemandWithdrawn', 'PositionTaken', 'UltimatumIssued', 'UltimatumResolved'],
  statements: ['StatementMade'],
  ground: ['CeasefireDeclared', 'CeasefireExtended', 'CeasefireViolationReported', 'CeasefireEnded', 'IncidentReported'],
  outreach: ['MediationAction', 'ThirdPartyEngagement'],
};

const RELIABILITY = {
  A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable', E: 'unreliable', F: 'reliability cannot be judged',
};
const CREDIBILITY = {
  1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'truth cannot be judged',
};

/** The Admiralty grade of a source: "B2" and its meaning; null when ungraded. */
export function grade(source) {
  const r = source.reliability ?? '';
  const c = source.credibility ?? '';
  if (!r && !c) return null;
  const parts = [];
  if (r) parts.push(`source ${RELIABILITY[r] ?? r} (${r})`);
  if (c) parts.push(`information ${CREDIBILITY[c] ?? c} (${c})`);
  return { code: `${r || '?'}${c || '?'}`, meaning: parts.join(', ') };
}

export const RELIABILITY_OPTIONS = Object.entries(RELIABILITY);
export const CREDIBILITY_OPTIONS = Object.entries(CREDIBILITY);

export function round1(x) {
  return Math.round(x * 10) / 10;
}

export function signed(x, digits = 1) {
  const v = x.toFixed(digits);
  return x > 0 ? `+${v}` : v;
}
