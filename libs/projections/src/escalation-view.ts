/**
 * The escalation view at T under a named model: index, level, trend, the two
 * sums and the drivers (the developments with the largest contributions at
 * T). Under v2 also why the level holds (`reasons`, each with the events
 * behind it), the lasting conditions in force, whether nothing was recorded
 * lately (`quiet`), and the reading of every pair of actors.
 */
import { isoOf, type EventType, type Source } from '@parley/domain';
import { contributionsAt, readingAt, trendAt, type Contribution, type TrendReading } from './escalation';
import {
  codeName,
  confidenceOfGrade,
  DEFAULT_ESCALATION_MODEL,
  type CodeSource,
  type EscalationModel,
  type GoldsteinDecayModel,
  type LevelName,
  type LevelNumber,
} from './escalation-model';
import {
  conditionsReadingAt,
  type EscalationCondition,
  type EscalationReason,
  type PairReading,
} from './escalation-v2';
import { summaryLine, type SummaryContext } from './summary';
import { summaryContext } from './view-state';
import { checkTime } from './errors';
import { type AsKnownAt, knownAtOf } from './known-at';
import { thinEvidence, type ThinEvidence } from './thin-evidence';
import { evidenceFor } from './evidence';
import { assertModel, type DevelopmentRecord, type ViewState } from './view-state';

export const DEFAULT_DRIVERS = 5;

export interface EscalationDriver {
  readonly eventId: string;
  readonly type: EventType;
  readonly occurredAt: string;
  readonly summary: string;
  readonly code: string;
  readonly codeSource: CodeSource;
  readonly codeName: string | null;
  readonly g: number;
  readonly c: number;
  readonly ageDays: number;
  readonly decay: number;
  /** v2: what the occurrence weighs before it decays (|g|/10 · c, an armed act's times its scale). */
  readonly weight?: number;
  /** v1: g · c · decay; v2: ±weight · decay. Negative pushes towards conflict. */
  readonly contribution: number;
  readonly sources: readonly Source[];
  /** v2: the developments that report the same occurrence (this one first), counted once. */
  readonly eventIds?: readonly string[];
  /** When it rests on one source only, or only on sources graded below C3 (over every development of the occurrence). */
  readonly thinEvidence: ThinEvidence | null;
}

/** A reason the level holds, with how thin the evidence behind it is. */
export interface EscalationReasonView extends EscalationReason {
  readonly thinEvidence: ThinEvidence | null;
}

export interface PairReadingView extends Omit<PairReading, 'reasons'> {
  readonly reasons: readonly EscalationReasonView[];
}

export interface EscalationView {
  readonly negotiationId: string;
  readonly modelVersion: string;
  readonly at: string;
  /** What was known: the instant of `knownAt` (recorded by then, corrections included), or null for all recorded. */
  readonly knownAt: string | null;
  readonly index: number;
  readonly level: LevelNumber;
  readonly levelName: LevelName;
  readonly trend: TrendReading;
  readonly conflict: number;
  readonly cooperation: number;
  readonly net: number;
  readonly drivers: readonly EscalationDriver[];
  /** v2: why the level holds, most severe first, each with the events behind it; [] under v1. */
  readonly reasons: readonly EscalationReasonView[];
  /** v2: lasting conditions in force at T (ceasefire, closed border, active ultimatum, agreement). */
  readonly conditions: readonly EscalationCondition[];
  /** v2: nothing recorded for a while — the reading rests on lasting conditions. */
  readonly quiet: { readonly days: number; readonly since: string | null } | null;
  /** v2: the headline pair (the negotiation's parties). */
  readonly pair: PairReadingView | null;
  /** v2: every pair of actors seen, highest level first. */
  readonly pairs: readonly PairReadingView[];
}

type Weighted = Pick<Contribution, 'record' | 'ageDays' | 'decay' | 'contribution'> & {
  readonly eventIds?: readonly string[];
  /** v2's weight of the occurrence. */
  readonly weight?: number;
};

/**
 * The sources behind a set of developments, for `thinEvidence`: those of the
 * developments that weigh something (every development a driver or a reason
 * rests on does); one that does not adds none.
 */
type SourcesOf = (eventIds: readonly string[]) => readonly Source[];

function sourcesLookup(state: ViewState): SourcesOf {
  let byId: Map<string, DevelopmentRecord> | undefined;
  return (eventIds) => {
    byId ??= new Map(state.developments.map((r) => [r.eventId, r]));
    return eventIds.flatMap((id) => {
      const record = byId!.get(id);
      return record === undefined ? [] : weighedSources(state, record);
    });
  };
}

/** A development's sources when it weighs something (g not null nor 0), else none. */
function weighedSources(state: ViewState, record: DevelopmentRecord): readonly Source[] {
  return record.g === null || record.g === 0 ? [] : evidenceFor(state, record.eventId).sources;
}

function withThinEvidence(reasons: readonly EscalationReason[], sourcesOf: SourcesOf): EscalationReasonView[] {
  // A reason that rests on no event (nothing in the windows) cites no source: there is no evidence to be thin.
  return reasons.map((r) => ({
    ...r,
    thinEvidence: r.eventIds.length === 0 ? null : thinEvidence(sourcesOf(r.eventIds)),
  }));
}

function pairView(pair: PairReading, sourcesOf: SourcesOf): PairReadingView {
  return { ...pair, reasons: withThinEvidence(pair.reasons, sourcesOf) };
}

function toDrivers(
  state: ViewState,
  list: readonly Weighted[],
  count: number,
  ctx: SummaryContext,
  model: EscalationModel,
  sourcesOf: SourcesOf,
): EscalationDriver[] {
  return (
    list
      .filter((x) => x.contribution !== 0 && x.record.code !== null && x.record.g !== null)
      // Largest first; ties: the more recent, then by id — never by log position, so any recording order gives the same list.
      .sort(
        (a, b) =>
          Math.abs(b.contribution) - Math.abs(a.contribution) ||
          b.record.instant - a.record.instant ||
          (a.record.eventId < b.record.eventId ? -1 : a.record.eventId > b.record.eventId ? 1 : 0),
      )
      .slice(0, Math.max(0, count))
      .map(({ record, ageDays, decay, contribution, eventIds, weight }) => {
        // Every development with a contribution has g ≠ 0: its sources.
        const sources = weighedSources(state, record);
        return {
          eventId: record.eventId,
          type: record.type,
          occurredAt: record.occurredAt,
          summary: summaryLine(record, ctx),
          code: record.code as string,
          codeSource: record.codeSource as CodeSource,
          codeName: codeName(record.code as string, model),
          g: record.g as number,
          c: confidenceOfGrade(record.grade, model),
          ageDays,
          decay,
          ...(weight === undefined ? {} : { weight }),
          contribution,
          sources,
          ...(eventIds === undefined ? {} : { eventIds }),
          thinEvidence: thinEvidence(eventIds === undefined ? sources : sourcesOf(eventIds)),
        };
      })
  );
}

export function escalationView(
  state: ViewState,
  T: number,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
  options: AsKnownAt & { readonly drivers?: number } = {},
): EscalationView {
  assertModel(state, model);
  checkTime(T);
  const ctx = summaryContext(state);
  const count = options.drivers ?? DEFAULT_DRIVERS;
  const v2 = model.kind === 'conditions' ? conditionsReadingAt(state, T, model) : null;
  const reading = v2 ?? readingAt(state, T, model);
  const sourcesOf = sourcesLookup(state);
  return {
    negotiationId: state.negotiationId,
    modelVersion: model.version,
    at: isoOf(T),
    knownAt: knownAtOf(options),
    index: reading.index,
    level: reading.level,
    levelName: reading.levelName,
    trend: trendAt(state, T, model, reading.index),
    conflict: reading.conflict,
    cooperation: reading.cooperation,
    net: reading.net,
    drivers: toDrivers(
      state,
      v2 !== null ? v2.weighed : contributionsAt(state, T, model as GoldsteinDecayModel),
      count,
      ctx,
      model,
      sourcesOf,
    ),
    reasons: withThinEvidence(v2?.reasons ?? [], sourcesOf),
    conditions: v2?.conditions ?? [],
    quiet: v2?.quiet ?? null,
    pair: v2?.pair ? pairView(v2.pair, sourcesOf) : null,
    pairs: (v2?.pairs ?? []).map((p) => pairView(p, sourcesOf)),
  };
}
