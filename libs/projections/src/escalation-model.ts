/**
 * The escalation model (DOMAIN.md §5) as versioned data: Goldstein weights per
 * CAMEO code, default codes per event type, confidence per credibility grade,
 * half-life, scale, level bands and trend rule. Changing any of it means a new
 * `version`; every view output names the version it was computed with, and a
 * rebuild with a new model gives the new series.
 *
 * The functions below read the model; none of them hard-codes a number.
 */
import type { CredibilityGrade, EventDataByType, EventType, NegotiationEvent, Source } from '@parley/domain';
import { CAMEO_GOLDSTEIN, CAMEO_NAMES } from '@parley/domain';

export const LEVEL_NAMES = ['cooperative', 'strained', 'coercive', 'militarised', 'hostilities'] as const;
export type LevelName = (typeof LEVEL_NAMES)[number];
export type LevelNumber = 1 | 2 | 3 | 4 | 5;

export interface LevelBand {
  readonly level: LevelNumber;
  readonly name: LevelName;
  /** Lower bound, inclusive: the band holds `from ≤ index < next band's from`. */
  readonly from: number;
}

/**
 * A default code that depends on one field of the event's data, e.g. the
 * outcome of a round. A value missing from `codes` means "no code" (the
 * DOMAIN table's "others none").
 */
export interface CodeByField<T extends EventType> {
  readonly field: keyof EventDataByType[T] & string;
  readonly codes: Readonly<Record<string, string>>;
}

export type DefaultCodes = { readonly [T in EventType]?: string | CodeByField<T> };

export interface EscalationModel {
  readonly version: string;
  readonly halfLifeDays: number;
  /** The `15` in index = 100 · net / (net + scale). */
  readonly scale: number;
  /** CAMEO code → Goldstein weight g in [−10, +10]. */
  readonly goldstein: Readonly<Record<string, number>>;
  /** CAMEO code → display name. */
  readonly codeNames: Readonly<Record<string, string>>;
  /** Event types missing here have no code ("everything else: none"). */
  readonly defaultCodes: DefaultCodes;
  readonly confidence: {
    readonly byGrade: Readonly<Record<CredibilityGrade, number>>;
    /** Used only when no source of the event carries a credibility grade. */
    readonly ungraded: number;
  };
  /** Ascending by `from`; the first starts at 0. */
  readonly bands: readonly LevelBand[];
  readonly trend: { readonly windowDays: number; readonly threshold: number };
}

/** DOMAIN.md §5, model v1. */
export const ESCALATION_MODEL_V1: EscalationModel = Object.freeze({
  version: 'v1',
  halfLifeDays: 14,
  scale: 15,
  goldstein: CAMEO_GOLDSTEIN,
  codeNames: CAMEO_NAMES,
  defaultCodes: Object.freeze({
    TalksRoundScheduled: '036',
    TalksResumed: '036',
    TalksRoundOpened: '046',
    TalksRoundConcluded: { field: 'outcome', codes: { agreement: '057', collapsed: '164' } },
    TalksSuspended: '164',
    AgreementReached: '057',
    PositionTaken: {
      field: 'stance',
      codes: {
        accepted: '08',
        'accepted-in-principle': '03',
        conditional: '03',
        'counter-proposed': '03',
        rejected: '12',
      },
    },
    UltimatumIssued: '139',
    UltimatumResolved: { field: 'resolution', codes: { complied: '08', rejected: '12' } },
    StatementMade: {
      field: 'tone',
      codes: {
        conciliatory: '03',
        neutral: '010',
        critical: '111',
        accusation: '112',
        warning: '130',
        threat: '13',
        'military-threat': '138',
      },
    },
    CeasefireDeclared: '0871',
    CeasefireExtended: '0871',
    CeasefireViolationReported: '196',
    CeasefireEnded: { field: 'reason', codes: { collapsed: '196' } },
    IncidentReported: {
      field: 'kind',
      codes: {
        clash: '190',
        airstrike: '195',
        'militant-attack': '18',
        'border-closure': '191',
        'force-posture': '15',
      },
    },
    MediationAction: {
      field: 'action',
      codes: { offered: '045', proposed: '045', 'requested-resumption': '045', visited: '042' },
    },
  } satisfies DefaultCodes),
  confidence: Object.freeze({
    byGrade: Object.freeze({ 1: 1.0, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.5 }),
    ungraded: 1.0,
  }),
  bands: Object.freeze([
    { level: 1, name: 'cooperative', from: 0 },
    { level: 2, name: 'strained', from: 10 },
    { level: 3, name: 'coercive', from: 30 },
    { level: 4, name: 'militarised', from: 50 },
    { level: 5, name: 'hostilities', from: 75 },
  ] as const),
  trend: Object.freeze({ windowDays: 7, threshold: 5 }),
});

export type CodeSource = 'analyst' | 'default';

export interface EventCode {
  readonly code: string;
  readonly source: CodeSource;
}

function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The event's CAMEO code: the analyst's when set (it replaces the default), else the type's default, else none. */
export function eventCode(event: NegotiationEvent, model: EscalationModel): EventCode | null {
  if (event.cameo !== undefined && event.cameo !== '') return { code: event.cameo, source: 'analyst' };
  const rule = own<string | CodeByField<EventType>>(
    model.defaultCodes as Record<string, string | CodeByField<EventType>>,
    event.type,
  );
  if (rule === undefined) return null;
  if (typeof rule === 'string') return { code: rule, source: 'default' };
  const value = (event.data as unknown as Record<string, unknown>)[rule.field];
  const code = typeof value === 'string' ? own(rule.codes, value) : undefined;
  return code === undefined ? null : { code, source: 'default' };
}

/** g for a code; `null` for a code the table does not know (an analyst typo weighs nothing rather than guessing). */
export function goldsteinOf(code: string, model: EscalationModel): number | null {
  return own(model.goldstein, code) ?? null;
}

export function codeName(code: string, model: EscalationModel): string | null {
  return own(model.codeNames, code) ?? null;
}

/**
 * c from the best (lowest-numbered) credibility grade among the sources.
 * Ungraded sources are ignored when any source is graded: a graded source is
 * the only evidence of credibility, and an ungraded one must not lift a
 * "doubtful" event to full weight. `ungraded` applies only when none is graded.
 */
export function confidenceOf(sources: readonly Source[], model: EscalationModel): number {
  let best: CredibilityGrade | undefined;
  for (const source of sources) {
    if (source.credibility !== undefined && (best === undefined || source.credibility < best))
      best = source.credibility;
  }
  return best === undefined ? model.confidence.ungraded : model.confidence.byGrade[best];
}

/** 2^(−age/H); age in days. */
export function decayOf(ageDays: number, model: EscalationModel): number {
  return Math.pow(2, -ageDays / model.halfLifeDays);
}

export function escalationIndex(net: number, model: EscalationModel): number {
  return (100 * net) / (net + model.scale);
}

/**
 * Bands and trend compare the index rounded to 1e-9: sums of decayed weights
 * carry float noise (an index that is 50 in exact arithmetic may come out
 * 49.99999999999999), and the band must not flip on noise.
 */
export function roundForComparison(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export function levelOf(index: number, model: EscalationModel): LevelBand {
  const value = roundForComparison(index);
  let band = model.bands[0];
  if (band === undefined) throw new Error(`escalation model ${model.version} has no bands`);
  for (const candidate of model.bands) if (value >= candidate.from) band = candidate;
  return band;
}

export type TrendDirection = 'rising' | 'falling' | 'steady';

export function trendOf(delta: number, model: EscalationModel): TrendDirection {
  const value = roundForComparison(delta);
  if (value >= model.trend.threshold) return 'rising';
  if (value <= -model.trend.threshold) return 'falling';
  return 'steady';
}
