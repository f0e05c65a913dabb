/**
 * The escalation series for the chart: the index sampled from `from` every
 * `stepMs`, and at `to` itself (both ends always included: the last point is
 * the escalation view at `to`, so a series ending on a day agrees with that
 * day's view), plus a marker for every development in [from, to] (g null when
 * it carries no weight).
 * A request for more than MAX_SERIES_POINTS points is refused with a typed
 * error (400), not computed.
 */
import { DAY_MS, isoOf, type EventType } from '@parley/domain';
import {
  confidenceOfGrade,
  decayOf,
  DEFAULT_ESCALATION_MODEL,
  escalationIndex,
  levelOf,
  type EscalationModel,
  type LevelName,
  type LevelNumber,
} from './escalation-model';
import { conditionsReader } from './escalation-v2';
import { checkTime, ProjectionQueryError } from './errors';
import { summaryLine } from './summary';
import { summaryContext } from './view-state';
import { assertModel, type DevelopmentRecord, type ViewState } from './view-state';

export const MAX_SERIES_POINTS = 5_000;

export interface SeriesPoint {
  readonly t: string;
  readonly index: number;
  readonly level: LevelNumber;
  readonly levelName: LevelName;
  readonly conflict: number;
  readonly cooperation: number;
}

export interface SeriesMarker {
  readonly eventId: string;
  readonly type: EventType;
  readonly occurredAt: string;
  readonly g: number | null;
  readonly summary: string;
}

export interface EscalationSeries {
  readonly negotiationId: string;
  readonly modelVersion: string;
  readonly from: string;
  readonly to: string;
  readonly stepMs: number;
  readonly points: readonly SeriesPoint[];
  readonly markers: readonly SeriesMarker[];
}

/** How many points a series request would have (`to` counts when the step does not land on it); throws the typed error for a malformed request. */
export function seriesLength(from: number, to: number, stepMs: number): number {
  checkTime(from, 'from');
  checkTime(to, 'to');
  if (from > to) {
    throw new ProjectionQueryError('invalid-range', 'the series range needs from ≤ to', { from, to });
  }
  if (!Number.isFinite(stepMs) || stepMs <= 0) {
    throw new ProjectionQueryError('invalid-step', 'the series step must be a positive duration', { stepMs });
  }
  const steps = Math.floor((to - from) / stepMs);
  return steps + 1 + (from + steps * stepMs < to ? 1 : 0);
}

/** The instant of point `i`: `from + i·step`, the last one `to`. */
function sampleAt(i: number, count: number, from: number, to: number, stepMs: number): number {
  return i === count - 1 ? to : from + i * stepMs;
}

export function escalationSeries(
  state: ViewState,
  from: number,
  to: number,
  stepMs: number,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
): EscalationSeries {
  assertModel(state, model);
  const count = seriesLength(from, to, stepMs);
  if (count > MAX_SERIES_POINTS) {
    throw new ProjectionQueryError(
      'series-too-long',
      `the series would have ${count} points; at most ${MAX_SERIES_POINTS}`,
      {
        points: count,
        max: MAX_SERIES_POINTS,
      },
    );
  }
  const points: SeriesPoint[] = [];
  if (model.kind === 'conditions') {
    // v2 reads windows and conditions at each point: one reading per point, the developments read once for all.
    const read = conditionsReader(state, model);
    for (let i = 0; i < count; i++) {
      const t = sampleAt(i, count, from, to, stepMs);
      const r = read(t);
      points.push({
        t: isoOf(t),
        index: r.index,
        level: r.level,
        levelName: r.levelName,
        conflict: r.conflict,
        cooperation: r.cooperation,
      });
    }
    return seriesOf(state, from, to, stepMs, points, model);
  }
  // One sweep instead of a full sum per point: between two points every
  // weight decays by the same factor 2^(−Δ/H), so
  //   sum(t) = sum(t_prev) · 2^(−(t − t_prev)/H) + Σ_{t_prev < occurredAt ≤ t} |g|·c·2^(−(t − occurredAt)/H).
  // O(events + points); equal to the per-point sum up to float rounding (~1e-15 relative).
  const weighted = state.developments.filter((d) => d.g !== null && d.g !== 0).sort((a, b) => a.instant - b.instant);
  let next = 0;
  let conflict = 0;
  let cooperation = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const t = sampleAt(i, count, from, to, stepMs);
    if (previous !== Number.NEGATIVE_INFINITY) {
      const factor = decayOf((t - previous) / DAY_MS, model);
      conflict *= factor;
      cooperation *= factor;
    }
    for (; next < weighted.length && (weighted[next] as DevelopmentRecord).instant <= t; next++) {
      const d = weighted[next] as DevelopmentRecord;
      const contribution =
        (d.g as number) * confidenceOfGrade(d.grade, model) * decayOf((t - d.instant) / DAY_MS, model);
      if (contribution < 0) conflict -= contribution;
      else cooperation += contribution;
    }
    previous = t;
    const index = escalationIndex(Math.max(0, conflict - cooperation), model);
    const band = levelOf(index, model);
    points.push({ t: isoOf(t), index, level: band.level, levelName: band.name, conflict, cooperation });
  }
  return seriesOf(state, from, to, stepMs, points, model);
}

function seriesOf(
  state: ViewState,
  from: number,
  to: number,
  stepMs: number,
  points: readonly SeriesPoint[],
  model: EscalationModel,
): EscalationSeries {
  const ctx = summaryContext(state);
  const markers = state.developments
    .filter((d) => d.instant >= from && d.instant <= to)
    .map((d) => ({
      eventId: d.eventId,
      type: d.type,
      occurredAt: d.occurredAt,
      g: d.g,
      summary: summaryLine(d, ctx),
    }));
  return {
    negotiationId: state.negotiationId,
    modelVersion: model.version,
    from: isoOf(from),
    to: isoOf(to),
    stepMs,
    points,
    markers,
  };
}
