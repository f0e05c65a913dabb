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
import { summaryContext, summaryLine, type SummaryContext } from './summary';
import { checkTime } from './errors';
import { assertModel, type ViewState } from './view-state';

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
  /** v1: g · c · decay; v2: weight · decay. Negative pushes towards conflict. */
  readonly contribution: number;
  readonly sources: readonly Source[];
  /** v2: the developments that report the same occurrence (this one first), counted once. */
  readonly eventIds?: readonly string[];
}

export interface EscalationView {
  readonly negotiationId: string;
  readonly modelVersion: string;
  readonly at: string;
  readonly index: number;
  readonly level: LevelNumber;
  readonly levelName: LevelName;
  readonly trend: TrendReading;
  readonly conflict: number;
  readonly cooperation: number;
  readonly net: number;
  readonly drivers: readonly EscalationDriver[];
  /** v2: why the level holds, most severe first, each with the events behind it; [] under v1. */
  readonly reasons: readonly EscalationReason[];
  /** v2: lasting conditions in force at T (ceasefire, closed border, active ultimatum, agreement). */
  readonly conditions: readonly EscalationCondition[];
  /** v2: nothing recorded for a while — the reading rests on lasting conditions. */
  readonly quiet: { readonly days: number; readonly since: string | null } | null;
  /** v2: the headline pair (the negotiation's parties). */
  readonly pair: PairReading | null;
  /** v2: every pair of actors seen, highest level first. */
  readonly pairs: readonly PairReading[];
}

type Weighted = Pick<Contribution, 'record' | 'ageDays' | 'decay' | 'contribution'> & {
  readonly eventIds?: readonly string[];
};

function toDrivers(
  list: readonly Weighted[],
  count: number,
  ctx: SummaryContext,
  model: EscalationModel,
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
      .map(({ record, ageDays, decay, contribution, eventIds }) => ({
        eventId: record.eventId,
        type: record.type,
        occurredAt: record.occurredAt,
        summary: summaryLine(record, ctx),
        code: record.code as string,
        codeSource: record.codeSource as CodeSource,
        codeName: codeName(record.code as string, model),
        g: record.g as number,
        c: record.c,
        ageDays,
        decay,
        contribution,
        // Kept for every development with g ≠ 0, the only ones with a contribution.
        sources: record.sources ?? [],
        ...(eventIds === undefined ? {} : { eventIds }),
      }))
  );
}

export function escalationView(
  state: ViewState,
  T: number,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
  options: { readonly drivers?: number } = {},
): EscalationView {
  assertModel(state, model);
  checkTime(T);
  const ctx = summaryContext(state);
  const count = options.drivers ?? DEFAULT_DRIVERS;
  const v2 = model.kind === 'conditions' ? conditionsReadingAt(state, T, model) : null;
  const reading = v2 ?? readingAt(state, T, model);
  return {
    negotiationId: state.negotiationId,
    modelVersion: model.version,
    at: isoOf(T),
    index: reading.index,
    level: reading.level,
    levelName: reading.levelName,
    trend: trendAt(state, T, model, reading.index),
    conflict: reading.conflict,
    cooperation: reading.cooperation,
    net: reading.net,
    drivers: toDrivers(
      v2 !== null ? v2.weighed : contributionsAt(state, T, model as GoldsteinDecayModel),
      count,
      ctx,
      model,
    ),
    reasons: v2?.reasons ?? [],
    conditions: v2?.conditions ?? [],
    quiet: v2?.quiet ?? null,
    pair: v2?.pair ?? null,
    pairs: v2?.pairs ?? [],
  };
}
