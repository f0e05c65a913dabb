/**
 * When is a view "changed" for the live stream? The views are computed at T =
 * now, so their JSON differs from one millisecond to the next (`at`, and the
 * escalation index, which decays continuously). Each view is compared through
 * a key that keeps what a reader acts on and leaves out what only the clock
 * moves:
 *
 * - status: everything but `at`; its `escalation` block by level, trend and
 *   the index rounded to one decimal (its `delta` left out). Whole-day counts
 *   (days left, days overdue, days since the last round), deadline and
 *   ceasefire states are kept: when time changes them, that is news.
 * - matrix: everything (it does not depend on the clock).
 * - escalation: level, trend direction, the index rounded to one decimal, the
 *   model version, and the drivers (which events, in which order, with their
 *   weights and sources) without their age, decay and contribution.
 *
 * A pushed message always carries the whole, fresh view; the key only decides
 * whether to push it.
 */
import type { EscalationView, MatrixView, StatusView } from '@parley/projections';

export const VIEW_KINDS = ['status', 'matrix', 'escalation'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

export interface LiveViews {
  readonly status: StatusView;
  readonly matrix: MatrixView;
  readonly escalation: EscalationView;
}

/** The index as the live stream compares it: one decimal. */
export function roundedIndex(index: number): number {
  return Math.round(index * 10) / 10;
}

export function statusKey(view: StatusView): string {
  const { at: _at, escalation, ...rest } = view;
  return JSON.stringify({
    ...rest,
    escalation: {
      modelVersion: escalation.modelVersion,
      level: escalation.level,
      levelName: escalation.levelName,
      trend: escalation.trend,
      index: roundedIndex(escalation.index),
    },
  });
}

export function matrixKey(view: MatrixView): string {
  return JSON.stringify(view);
}

export function escalationKey(view: EscalationView): string {
  return JSON.stringify({
    negotiationId: view.negotiationId,
    modelVersion: view.modelVersion,
    level: view.level,
    levelName: view.levelName,
    trend: view.trend.direction,
    index: roundedIndex(view.index),
    drivers: view.drivers.map(({ ageDays: _age, decay: _decay, contribution: _contribution, ...driver }) => driver),
  });
}

export function viewKey(kind: ViewKind, views: LiveViews): string {
  switch (kind) {
    case 'status':
      return statusKey(views.status);
    case 'matrix':
      return matrixKey(views.matrix);
    case 'escalation':
      return escalationKey(views.escalation);
    default: {
      const never: never = kind;
      throw new Error(`unknown view kind ${String(never)}`);
    }
  }
}
