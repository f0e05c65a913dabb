/**
 * A negotiation's active period: the stretch of time a chart of it, or a
 * replay slider, shows by default — from its opening (or its first
 * development, when no opening is recorded) to its latest development, with a
 * margin on each side. A development recorded as background years before the
 * opening (the India–Pakistan case's 2021 ceasefire) would otherwise squeeze
 * the talks into a few pixels at the right end. The whole case (`caseFrom`)
 * starts at the first development, with the same margin.
 *
 * One rule for every reader: the status view and the portfolio answer it
 * (`activePeriod`), and the CLI's sparkline and the dashboard's slider, chart
 * and overview sparklines read it from there.
 */
import { DAY_MS, isoOf } from '@parley/domain';
import type { ViewState } from './view-state';

export interface ActivePeriod {
  /** The day (UTC) the opening occurred on, less the margin. */
  readonly from: string;
  /** The day (UTC) the latest development occurred on, plus the margin (may be after today). */
  readonly to: string;
  /** The day (UTC) of the first development (background before the opening included), less the margin. */
  readonly caseFrom: string;
}

/** The margin on each side: this share of the period, in whole days, and never less than `minDays`. */
export const ACTIVE_PERIOD_MARGIN = { share: 0.05, minDays: 2 } as const;

/** 00:00 UTC of the day an instant falls on. */
function dayOf(instant: number): number {
  return Math.floor(instant / DAY_MS) * DAY_MS;
}

function day(instant: number): string {
  return isoOf(instant).slice(0, 10);
}

/** The period from the instants of the first development, the opening (null: not recorded) and the latest development. */
export function activePeriod(first: number, opened: number | null, latest: number): ActivePeriod {
  const firstDay = dayOf(first);
  const startDay = dayOf(opened ?? first);
  const lastDay = Math.max(dayOf(latest), startDay);
  const margin = Math.max(
    ACTIVE_PERIOD_MARGIN.minDays,
    Math.ceil(((lastDay - startDay) / DAY_MS) * ACTIVE_PERIOD_MARGIN.share),
  );
  return {
    from: day(startDay - margin * DAY_MS),
    to: day(lastDay + margin * DAY_MS),
    caseFrom: day(Math.min(firstDay, startDay) - margin * DAY_MS),
  };
}

/** The active period as of `T` (developments that occurred by then); null when none had. */
export function activePeriodAt(state: ViewState, T: number): ActivePeriod | null {
  // Developments are folded in occurredAt order: the first is the earliest, and the latest by T is found from the end
  // (a present state holds none after now, so this reads one or two records, not the whole case).
  const developments = state.developments;
  const first = developments[0];
  if (first === undefined || first.instant > T) return null;
  let latest = first.instant;
  for (let i = developments.length - 1; i > 0; i--) {
    const d = developments[i]!;
    if (d.instant <= T) {
      latest = d.instant;
      break;
    }
  }
  const opened = state.negotiation !== null && state.negotiation.instant <= T ? state.negotiation.instant : null;
  return activePeriod(first.instant, opened, latest);
}
