/**
 * The escalation reading at T under either model: v2 (`escalation-v2.ts`,
 * DOMAIN.md §5b) or v1's arithmetic over a folded state (DOMAIN.md §5):
 *
 *   a = (T − occurredAt) / 1 day, events with a < 0 excluded
 *   conflict(T)    = Σ_{g<0} −g · c · 2^(−a/H)
 *   cooperation(T) = Σ_{g>0}  g · c · 2^(−a/H)
 *   net = max(0, conflict − cooperation);  index = 100 · net / (net + scale)
 *
 * Retracted events are not in the state; corrected ones are, with their
 * corrected fields — so the sums need no special case.
 */
import {
  confidenceOfGrade,
  decayOf,
  escalationIndex,
  levelOf,
  trendOf,
  type EscalationModel,
  type GoldsteinDecayModel,
  type LevelName,
  type LevelNumber,
  type TrendDirection,
} from './escalation-model';
import { conditionsReadingAt } from './escalation-v2';
import { DAY_MS } from '@parley/domain';
import type { DevelopmentRecord, ViewState } from './view-state';

export interface EscalationReading {
  readonly conflict: number;
  readonly cooperation: number;
  readonly net: number;
  readonly index: number;
  readonly level: LevelNumber;
  readonly levelName: LevelName;
}

export interface Contribution {
  readonly record: DevelopmentRecord;
  readonly g: number;
  readonly ageDays: number;
  readonly decay: number;
  /** g · c · decay (signed: negative = conflict). */
  readonly contribution: number;
}

/** Every weighted development that counts at T under model v1, with its contribution. */
export function contributionsAt(state: ViewState, T: number, model: GoldsteinDecayModel): Contribution[] {
  const out: Contribution[] = [];
  for (const record of state.developments) {
    if (record.g === null || record.instant > T) continue;
    const ageDays = (T - record.instant) / DAY_MS;
    const decay = decayOf(ageDays, model);
    out.push({
      record,
      g: record.g,
      ageDays,
      decay,
      contribution: record.g * confidenceOfGrade(record.grade, model) * decay,
    });
  }
  return out;
}

export function readingAt(state: ViewState, T: number, model: EscalationModel): EscalationReading {
  if (model.kind === 'conditions') {
    const { conflict, cooperation, net, index, level, levelName } = conditionsReadingAt(state, T, model);
    return { conflict, cooperation, net, index, level, levelName };
  }
  let conflict = 0;
  let cooperation = 0;
  for (const { contribution } of contributionsAt(state, T, model)) {
    if (contribution < 0) conflict -= contribution;
    else cooperation += contribution;
  }
  const net = Math.max(0, conflict - cooperation);
  const index = escalationIndex(net, model);
  const band = levelOf(index, model);
  return { conflict, cooperation, net, index, level: band.level, levelName: band.name };
}

export interface TrendReading {
  readonly direction: TrendDirection;
  /** index(T) − index(T − window). */
  readonly delta: number;
  readonly indexBefore: number;
  readonly windowDays: number;
}

export function trendAt(state: ViewState, T: number, model: EscalationModel, indexNow?: number): TrendReading {
  const now = indexNow ?? readingAt(state, T, model).index;
  const indexBefore = readingAt(state, T - model.trend.windowDays * DAY_MS, model).index;
  const delta = now - indexBefore;
  return { direction: trendOf(delta, model), delta, indexBefore, windowDays: model.trend.windowDays };
}
