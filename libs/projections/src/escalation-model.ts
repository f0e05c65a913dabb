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

/** The index range of a level: [from, the next band's from), the last up to 100. */
export function bandRange(level: LevelNumber, model: EscalationModel): { readonly from: number; readonly to: number } {
  const i = model.bands.findIndex((b) => b.level === level);
  const band = model.bands[i];
  if (band === undefined) throw new Error(`escalation model ${model.version} has no band for level ${level}`);
  return { from: band.from, to: model.bands[i + 1]?.from ?? 100 };
}

/**
 * A default code that depends on one field of the event's data, e.g. the
 * outcome of a round. A value missing from `codes` means "no code" (the
 * DOMAIN table's "others none").
 */
export interface CodeByField<T extends EventType> {
  readonly field: keyof EventDataByType[T] & string;
  readonly codes: Readonly<Record<string, string>>;
  /** The code when the field is absent (an optional field whose absence has a meaning); none when not given. */
  readonly absent?: string;
}

export type DefaultCodes = { readonly [T in EventType]?: string | CodeByField<T> };

/**
 * What every model shares, and what the fold computes per development
 * (code, g, c): `foldVersion` names it. Two models with the same
 * `foldVersion` read the same folded state, so a request may pick either
 * without a refold; changing any of these tables means a new `foldVersion`.
 */
interface ModelCommon {
  readonly version: string;
  readonly foldVersion: string;
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

/** Model v1 (DOMAIN.md §5): decayed Goldstein sums, index from net conflict, level from the index. */
export interface GoldsteinDecayModel extends ModelCommon {
  readonly kind: 'goldstein-decay';
  readonly halfLifeDays: number;
  /** The `15` in index = 100 · net / (net + scale). */
  readonly scale: number;
}

/**
 * Model v2 (DOMAIN.md §5b): the level from what happened between a pair of
 * actors in fixed windows and from the conditions in force (ceasefire,
 * closed border, active ultimatum, agreement); the index places the reading
 * inside its level's band by the weight of recent hostile acts.
 */
export interface ConditionsModel extends ModelCommon {
  readonly kind: 'conditions';
  readonly windows: {
    /** Heavy armed action this recent (and no ceasefire holding): hostilities. */
    readonly heavyDays: number;
    /** Armed action this recent: militarised … */
    readonly armedDays: number;
    /** … unless a ceasefire agreed after it has held this long. */
    readonly ceasefireHoldDays: number;
    /** Armed action this recent: coercive. */
    readonly recentArmedDays: number;
    /** Ultimatums, threats of war, collapsed talks, attacks blamed on the other party this recent: coercive. */
    readonly coercionDays: number;
    /** Cooperative needs no hostile act or threat for this long. */
    readonly calmDays: number;
    /** Nothing recorded for this long: the reading says it rests on lasting conditions. */
    readonly quietDays: number;
  };
  /** What makes armed action heavy (§5b "tens killed, or in several places"): killed (mid-range, summed over occurrences) or separate occurrences. */
  readonly heavy: { readonly fatalities: number; readonly occurrences: number };
  /** Below this confidence an act is shown but triggers no level (credibility 4 "doubtful", 5 "improbable"). */
  readonly minConfidence: number;
  /** Scale of an armed act: 1 + Σ factor · log2(1 + count), counts at the middle of their recorded range. */
  readonly intensity: { readonly fatalities: number; readonly injured: number; readonly civilians: number };
  /**
   * Index inside the level's band: from + width · p / (p + scale), p = Σ hostile
   * occurrences' weight · 2^(−age/halfLife) over `lookbackDays`, plus `lasting`
   * per condition in force (closed border, active ultimatum).
   */
  readonly pressure: {
    readonly halfLifeDays: number;
    readonly lookbackDays: number;
    readonly scale: number;
    readonly lasting: number;
  };
}

export type EscalationModel = GoldsteinDecayModel | ConditionsModel;

/** DOMAIN.md §5, model v1. */
/** The tables both models read through the fold: default codes, Goldstein weights, confidence, bands, trend. */
const COMMON: Omit<ModelCommon, 'version'> = Object.freeze({
  foldVersion: 'cameo-1',
  goldstein: CAMEO_GOLDSTEIN,
  codeNames: CAMEO_NAMES,
  defaultCodes: Object.freeze({
    TalksRoundScheduled: '036',
    TalksResumed: '036',
    TalksRoundOpened: '046',
    TalksRoundConcluded: { field: 'outcome', codes: { agreement: '057', collapsed: '164' } },
    TalksSuspended: '164',
    // Agreed and applied (no status: every agreement recorded before statuses existed), signed or ratified: 057. A
    // text agreed or initialled is not yet a commitment (express intent to cooperate); in force, it is applied
    // (material cooperation); a party suspending or withdrawing from it reduces relations. A termination (ended by its
    // terms, superseded, by agreement) weighs nothing by default.
    AgreementReached: {
      field: 'status',
      absent: '057',
      codes: { 'text-agreed': '03', initialled: '03', signed: '057', ratified: '057', 'in-force': '057' },
    },
    AgreementStatusChanged: {
      field: 'status',
      codes: {
        'text-agreed': '03',
        initialled: '03',
        signed: '057',
        ratified: '057',
        'in-force': '06',
        suspended: '16',
        withdrawn: '16',
      },
    },
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
        // Kinds added after DOMAIN §5's table, coded as CAMEO codes them: artillery 194, aerial weapons 195.
        shelling: '194',
        'drone-strike': '195',
        'missile-strike': '195',
        // Water cannon, ramming, lasers, tear gas: CAMEO's coerce (17), as 'militant-attack' takes assault (18).
        'non-lethal-force': '17',
        // Force that kills outside fighting between the two (a civilian shot at sea): CAMEO's assault (18).
        'lethal-force': '18',
        // Ground taken without fire: CAMEO's occupy territory (192); forces pulled back: de-escalate militarily (087).
        occupation: '192',
        withdrawal: '087',
        // People or craft of the other seized and held: CAMEO's arrest, detain (173); freed: return, release person(s) (0841).
        detention: '173',
        release: '0841',
      },
    },
    MediationAction: {
      field: 'action',
      codes: { offered: '045', proposed: '045', 'requested-resumption': '045', visited: '042' },
    },
  } satisfies DefaultCodes) as DefaultCodes,
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

/** DOMAIN.md §5, model v1, exactly as specified. */
export const ESCALATION_MODEL_V1: GoldsteinDecayModel = Object.freeze({
  ...COMMON,
  version: 'v1',
  kind: 'goldstein-decay',
  halfLifeDays: 14,
  scale: 15,
});

/** DOMAIN.md §5b, model v2: the default. Every number of it is here. */
export const ESCALATION_MODEL_V2: ConditionsModel = Object.freeze({
  ...COMMON,
  version: 'v2',
  kind: 'conditions',
  windows: Object.freeze({
    heavyDays: 3,
    armedDays: 7,
    ceasefireHoldDays: 3,
    recentArmedDays: 30,
    coercionDays: 14,
    calmDays: 30,
    quietDays: 30,
  }),
  heavy: Object.freeze({ fatalities: 20, occurrences: 3 }),
  minConfidence: 0.5,
  intensity: Object.freeze({ fatalities: 1, injured: 0.5, civilians: 0.5 }),
  pressure: Object.freeze({ halfLifeDays: 7, lookbackDays: 30, scale: 8, lasting: 1 }),
});

/** Every model a request may name (`?model=`), by version. */
export const ESCALATION_MODELS: Readonly<Record<string, EscalationModel>> = Object.freeze({
  v1: ESCALATION_MODEL_V1,
  v2: ESCALATION_MODEL_V2,
});

/** The model views use when a request names none. */
export const DEFAULT_ESCALATION_MODEL: EscalationModel = ESCALATION_MODEL_V2;

/** The model of that version; undefined when there is none. */
export function escalationModel(version: string): EscalationModel | undefined {
  return own(ESCALATION_MODELS, version);
}

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
  const code = typeof value === 'string' ? own(rule.codes, value) : value === undefined ? rule.absent : undefined;
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
 * c: the highest confidence among the sources' credibility grades (DOMAIN.md
 * §5: 6 "cannot be judged" → 0.5 outranks 5 "improbable" → 0.2). Ungraded
 * sources are ignored when any source is graded: a graded source is the only
 * evidence of credibility, and an ungraded one must not lift a "doubtful"
 * event to full weight. `ungraded` applies only when none is graded.
 */
export function confidenceOf(sources: readonly Source[], model: EscalationModel): number {
  return confidenceOfGrade(gradeOf(sources, model), model);
}

/** The grade whose confidence is the sources' c (`confidenceOf`); 0 when no source is graded. */
export function gradeOf(sources: readonly Source[], model: EscalationModel): CredibilityGrade | 0 {
  let best: CredibilityGrade | 0 = 0;
  for (const source of sources) {
    const grade = source.credibility;
    if (grade === undefined) continue;
    if (best === 0 || model.confidence.byGrade[grade] > model.confidence.byGrade[best]) best = grade;
  }
  return best;
}

/** The confidence of a grade as `gradeOf` gives it (0: `ungraded`). */
export function confidenceOfGrade(grade: CredibilityGrade | 0, model: EscalationModel): number {
  return grade === 0 ? model.confidence.ungraded : model.confidence.byGrade[grade];
}

/** 2^(−age/H); age in days. */
export function decayOf(ageDays: number, model: { readonly halfLifeDays: number }): number {
  return Math.pow(2, -ageDays / model.halfLifeDays);
}

export function escalationIndex(net: number, model: GoldsteinDecayModel): number {
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
