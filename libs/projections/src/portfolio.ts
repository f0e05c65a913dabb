/**
 * The portfolio: every negotiation's line of the overview at T — its summary,
 * the direction of its escalation level over the last 7 and 30 days, its
 * active ultimatums and the deadlines coming due.
 *
 * The direction is CrisisWatch's: the level at T compared with the level 7
 * (30) days before T — higher is `deteriorated`, lower `improved`, the same
 * `unchanged`. It compares levels, not the index, so a reading moving inside
 * its band is `unchanged`. Both readings come from the state folded at T (the
 * earlier one reads only what had occurred by then, as the series does).
 *
 * Pure: T is a parameter, the state is folded by the caller.
 */
import { DAY_MS } from '@parley/domain';
import { readingAt } from './escalation';
import { DEFAULT_ESCALATION_MODEL, type EscalationModel, type LevelNumber } from './escalation-model';
import {
  activeUltimatums,
  negotiationSummary,
  statusView,
  type DeadlineStatus,
  type NegotiationSummary,
  type StatusView,
} from './status-view';
import { summaryContext } from './view-state';
import { getOwn } from './own';
import { type ViewState } from './view-state';

/** The portfolio's windows, in days: the level's direction over each, and how far ahead a deadline is "coming due". */
export const PORTFOLIO_WINDOWS = { directionDays: [7, 30], dueWithinDays: 14 } as const;

export const LEVEL_DIRECTIONS = ['deteriorated', 'improved', 'unchanged'] as const;
export type LevelDirection = (typeof LEVEL_DIRECTIONS)[number];

export interface LevelChange {
  /** The window: the level at T is compared with the level at T − days. */
  readonly days: number;
  readonly levelBefore: LevelNumber;
  readonly direction: LevelDirection;
}

export interface PortfolioUltimatum {
  readonly ultimatumId: string;
  /** "Pakistan to Afghan Taliban government": names as the state knows them. */
  readonly text: string;
  readonly deadline: string | null;
  readonly deadlineStatus: DeadlineStatus;
  readonly daysLeft: number | null;
  readonly daysOverdue: number | null;
}

export const DEADLINE_KINDS = ['ultimatum', 'ceasefire-expiry'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Something that falls due after T and within `PORTFOLIO_WINDOWS.dueWithinDays`. */
export interface Deadline {
  readonly kind: DeadlineKind;
  /** The ultimatum's or the ceasefire's id. */
  readonly id: string;
  /** The date as recorded (a day or an instant). */
  readonly due: string;
  /** Whole days left, rounded up (12 h left → 1). */
  readonly daysLeft: number;
  readonly text: string;
}

export interface PortfolioEntry extends NegotiationSummary {
  /** When the talks opened, as recorded (a day or an instant): the start of the negotiation's active period. */
  readonly openedAt: string | null;
  /** The stretch of time its chart shows by default: the status view's. */
  readonly activePeriod: StatusView['activePeriod'];
  /** One per window of `PORTFOLIO_WINDOWS.directionDays`, shortest first. */
  readonly levelChanges: readonly LevelChange[];
  /** Issued and not resolved, in order of issue. */
  readonly ultimatums: readonly PortfolioUltimatum[];
  /** Coming due, soonest first. */
  readonly deadlines: readonly Deadline[];
}

function directionOf(now: LevelNumber, before: LevelNumber): LevelDirection {
  return now > before ? 'deteriorated' : now < before ? 'improved' : 'unchanged';
}

function names(ids: readonly string[], name: (id: string) => string): string {
  const all = ids.map(name);
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

export function portfolioEntry(
  state: ViewState,
  T: number,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
): PortfolioEntry {
  const status = statusView(state, T, model);
  const summary = negotiationSummary(status);
  const level = summary.escalation.level;
  const levelChanges = PORTFOLIO_WINDOWS.directionDays.map((days): LevelChange => {
    const levelBefore = readingAt(state, T - days * DAY_MS, model).level;
    return { days, levelBefore, direction: directionOf(level, levelBefore) };
  });

  const { actorName } = summaryContext(state);
  const horizon = PORTFOLIO_WINDOWS.dueWithinDays;
  const ultimatums = activeUltimatums(state, T).map((u): PortfolioUltimatum => ({
    ultimatumId: u.ultimatumId,
    text: `${actorName(u.by)} to ${names(u.to, actorName)}`,
    deadline: u.deadline,
    deadlineStatus: u.deadlineStatus,
    daysLeft: u.daysLeft,
    daysOverdue: u.daysOverdue,
  }));
  const deadlines: Deadline[] = [];
  for (const u of ultimatums) {
    if (u.deadline !== null && u.daysLeft !== null && u.daysLeft <= horizon) {
      deadlines.push({
        kind: 'ultimatum',
        id: u.ultimatumId,
        due: u.deadline,
        daysLeft: u.daysLeft,
        text: `Ultimatum by ${u.text} falls due`,
      });
    }
  }
  const c = state.currentCeasefireId === null ? undefined : getOwn(state.ceasefires, state.currentCeasefireId);
  if (
    c?.declared &&
    c.ended === null &&
    c.duration === 'temporary' &&
    c.until !== null &&
    c.untilInstant !== null &&
    c.untilEnd !== null &&
    c.untilEnd > T &&
    c.untilInstant - T <= horizon * DAY_MS
  ) {
    deadlines.push({
      kind: 'ceasefire-expiry',
      id: c.ceasefireId,
      due: c.until,
      daysLeft: Math.max(0, Math.ceil((c.untilInstant - T) / DAY_MS)),
      text: `Ceasefire between ${names(c.declared.parties, actorName)} expires`,
    });
  }
  deadlines.sort((a, b) => a.daysLeft - b.daysLeft);
  return {
    ...summary,
    openedAt: state.negotiation?.occurredAt ?? null,
    activePeriod: status.activePeriod,
    levelChanges,
    ultimatums,
    deadlines,
  };
}

export const PORTFOLIO_SORTS = ['level', 'direction', 'latest', 'name'] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

/** Deteriorated first, then unchanged, then improved: what needs attention leads. */
const DIRECTION_RANK: Readonly<Record<LevelDirection, number>> = { deteriorated: 0, unchanged: 1, improved: 2 };

const byLevel = (a: PortfolioEntry, b: PortfolioEntry) =>
  b.escalation.level - a.escalation.level || b.escalation.index - a.escalation.index;
const byLatest = (a: PortfolioEntry, b: PortfolioEntry) =>
  (b.latestDevelopment?.occurredAt ?? '').localeCompare(a.latestDevelopment?.occurredAt ?? '');
const byName = (a: PortfolioEntry, b: PortfolioEntry) =>
  (a.title ?? a.negotiationId).localeCompare(b.title ?? b.negotiationId, 'en') ||
  a.negotiationId.localeCompare(b.negotiationId);
function byDirection(a: PortfolioEntry, b: PortfolioEntry): number {
  for (let i = 0; i < a.levelChanges.length; i++) {
    const x = a.levelChanges[i];
    const y = b.levelChanges[i];
    if (x === undefined || y === undefined) break;
    const d = DIRECTION_RANK[x.direction] - DIRECTION_RANK[y.direction];
    if (d !== 0) return d;
    // Within one direction, the larger move first.
    const move = Math.abs(b.escalation.level - y.levelBefore) - Math.abs(a.escalation.level - x.levelBefore);
    if (move !== 0) return move;
  }
  return byLevel(a, b);
}

const COMPARE: Readonly<Record<PortfolioSort, (a: PortfolioEntry, b: PortfolioEntry) => number>> = {
  level: (a, b) => byLevel(a, b) || byLatest(a, b) || byName(a, b),
  direction: (a, b) => byDirection(a, b) || byLatest(a, b) || byName(a, b),
  latest: (a, b) => byLatest(a, b) || byName(a, b),
  name: byName,
};

/** The entries in a new array, in the order `sort` names; ties by the latest development, then the name. */
export function sortPortfolio(entries: readonly PortfolioEntry[], sort: PortfolioSort): PortfolioEntry[] {
  return [...entries].sort(COMPARE[sort]);
}
