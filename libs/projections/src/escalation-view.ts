/**
 * The escalation view at T: index, level, trend, the two sums and the drivers
 * (the events with the largest |g · c · decay| at T), under a named model.
 */
import type { EventType, Source } from '@parley/domain';
import { contributionsAt, readingAt, trendAt, type TrendReading } from './escalation';
import {
  codeName,
  ESCALATION_MODEL_V1,
  type CodeSource,
  type EscalationModel,
  type LevelName,
  type LevelNumber,
} from './escalation-model';
import { summaryContext, summaryLine } from './summary';
import { checkTime, isoOf } from './time';
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
  /** g · c · decay: negative pushes towards conflict. */
  readonly contribution: number;
  readonly sources: readonly Source[];
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
}

export function escalationView(
  state: ViewState,
  T: number,
  model: EscalationModel = ESCALATION_MODEL_V1,
  options: { readonly drivers?: number } = {},
): EscalationView {
  assertModel(state, model);
  checkTime(T);
  const reading = readingAt(state, T, model);
  const ctx = summaryContext(state);
  const drivers = contributionsAt(state, T, model)
    .filter((x) => x.contribution !== 0)
    // Largest first; ties: the more recent, then by id — never by log position, so any recording order gives the same list.
    .sort(
      (a, b) =>
        Math.abs(b.contribution) - Math.abs(a.contribution) ||
        b.record.instant - a.record.instant ||
        (a.record.eventId < b.record.eventId
          ? -1
          : a.record.eventId > b.record.eventId
            ? 1
            : 0),
    )
    .slice(0, Math.max(0, options.drivers ?? DEFAULT_DRIVERS))
    .map(({ record, g, ageDays, decay, contribution }) => ({
      eventId: record.eventId,
      type: record.type,
      occurredAt: record.occurredAt,
      summary: summaryLine(record, ctx),
      code: record.code as string,
      codeSource: record.codeSource as CodeSource,
      codeName: codeName(record.code as string, model),
      g,
      c: record.c,
      ageDays,
      decay,
      contribution,
      // Kept for every development with g ≠ 0, the only ones with a contribution.
      sources: record.sources ?? [],
    }));
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
    drivers,
  };
}
