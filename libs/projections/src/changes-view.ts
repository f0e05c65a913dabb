/**
 * What changed between `since` and `until` (for a briefing): the developments
 * that occurred in [since, until] (a date-only `since` is the start of its
 * day, `until` the end of its day: `since=until=2025-10-15` is what happened
 * on 15 Oct), net stance changes (position just before since → position at
 * until, per actor and demand), the phase, the escalation index and level,
 * ultimatums issued / resolved, the ceasefire, and demands tabled / withdrawn.
 * Both ends are folded with the same `knownAt` (default: everything recorded),
 * so a backdated event recorded yesterday shows up in the window it happened
 * in. Every actor comes with its name beside its id.
 */
import { isoOf, type Stance, type UltimatumResolution } from '@parley/domain';
import { effectiveEvents, type LogEntry } from './effective-events';
import { readingAt } from './escalation';
import { DEFAULT_ESCALATION_MODEL, type EscalationModel, type LevelName, type LevelNumber } from './escalation-model';
import { checkTime, ProjectionQueryError } from './errors';
import { knownAtOf } from './known-at';
import { currentStance, tabledDemands } from './matrix-view';
import {
  ceasefireAt,
  phaseAt,
  type CeasefireStatus,
  type CeasefireView,
  type DevelopmentView,
  type Phase,
} from './status-view';
import { summaryLine } from './summary';
import { summaryContext } from './view-state';
import { getOwn } from './own';
import { foldViews, type ViewState } from './view-state';

/** A development of the period, as the status names its latest. */
export type ChangedDevelopment = DevelopmentView;

export interface StanceChange {
  readonly demandId: string;
  readonly demand: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly from: Stance | 'no-position';
  readonly to: Stance | 'no-position';
  /** The position that set `to`. */
  readonly eventId: string | null;
  readonly occurredAt: string | null;
}

export interface EscalationPoint {
  readonly index: number;
  readonly level: LevelNumber;
  readonly levelName: LevelName;
}

export interface ChangesView {
  readonly negotiationId: string;
  readonly modelVersion: string;
  readonly since: string;
  readonly until: string;
  readonly knownAt: string | null;
  readonly developments: readonly ChangedDevelopment[];
  readonly stanceChanges: readonly StanceChange[];
  readonly phase: { readonly from: Phase; readonly to: Phase; readonly changed: boolean };
  readonly escalation: {
    readonly from: EscalationPoint;
    readonly to: EscalationPoint;
    readonly delta: number;
    readonly levelChanged: boolean;
  };
  readonly ultimatums: {
    readonly issued: readonly {
      readonly ultimatumId: string;
      readonly by: string;
      readonly byName: string;
      readonly to: readonly string[];
      readonly toNames: readonly string[];
      readonly deadline: string | null;
      readonly occurredAt: string;
    }[];
    readonly resolved: readonly {
      readonly ultimatumId: string;
      readonly by: string | null;
      readonly byName: string | null;
      readonly resolution: UltimatumResolution;
      readonly occurredAt: string;
    }[];
  };
  readonly ceasefire: {
    readonly from: CeasefireStatus;
    readonly to: CeasefireStatus;
    /** The state differs, or another ceasefire stands at `until` than at `since`. */
    readonly changed: boolean;
    readonly ceasefireId: string | null;
    /** The ceasefire that stood at `since` when another stands at `until`; null otherwise. */
    readonly previousCeasefireId: string | null;
    /** What changed, in words ("in force → violated"; a new ceasefire and the one it replaced); null when nothing did. */
    readonly summary: string | null;
  };
  readonly demands: {
    readonly tabled: readonly {
      readonly demandId: string;
      readonly by: string;
      readonly byName: string;
      readonly text: string;
      readonly occurredAt: string;
    }[];
    readonly withdrawn: readonly { readonly demandId: string; readonly text: string; readonly occurredAt: string }[];
  };
}

const STATE_WORDS: Record<CeasefireStatus, string> = {
  none: 'none',
  'in-force': 'in force',
  violated: 'violated',
  ended: 'ended',
};

/** The ceasefire part of a briefing: changed only when something a reader can see did, and then said in words. */
function ceasefireChange(from: CeasefireView, to: CeasefireView): ChangesView['ceasefire'] {
  const replaced = from.ceasefireId !== to.ceasefireId;
  const changed = replaced || from.state !== to.state;
  // A partial ceasefire (an energy moratorium) is said as one: it is not a ceasefire of the fighting.
  const partial = (c: CeasefireView) => (c.coverage === 'partial' ? 'partial ' : '');
  const declared = (c: CeasefireView) => `the ${partial(c)}ceasefire declared ${c.declaredAt ?? 'earlier'}`;
  let summary: string | null = null;
  if (replaced && from.ceasefireId === null) summary = `${declared(to)}: ${STATE_WORDS[to.state]}`;
  else if (replaced)
    summary = `${declared(from)} (${STATE_WORDS[from.state]}) gave way to a new ${partial(to)}one declared ${to.declaredAt ?? 'later'} (${STATE_WORDS[to.state]})`;
  else if (changed) summary = `${declared(to)}: ${STATE_WORDS[from.state]} → ${STATE_WORDS[to.state]}`;
  return {
    from: from.state,
    to: to.state,
    changed,
    ceasefireId: to.ceasefireId,
    previousCeasefireId: replaced ? from.ceasefireId : null,
    summary: summary === null ? null : `${summary[0]!.toUpperCase()}${summary.slice(1)}`,
  };
}

function point(state: ViewState, T: number, model: EscalationModel): EscalationPoint {
  const r = readingAt(state, T, model);
  return { index: r.index, level: r.level, levelName: r.levelName };
}

export function changesView(
  entries: readonly LogEntry[],
  since: number,
  until: number,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
  options: { readonly knownAt?: number } = {},
): ChangesView {
  checkTime(since, 'since');
  checkTime(until, 'until');
  if (since > until) throw new ProjectionQueryError('invalid-range', 'changes need since ≤ until', { since, until });
  const { knownAt } = options;
  // The window is [since, until]: what stood just before `since` is its "from".
  const justBefore = since - 1;
  const before = foldViews(entries, { at: justBefore, knownAt }, model);
  const after = foldViews(entries, { at: until, knownAt }, model);
  const ctx = summaryContext(after);
  const inWindow = (instant: number) => instant >= since && instant <= until;

  const developments = effectiveEvents(entries, { at: until, knownAt })
    .filter((e) => inWindow(e.instant))
    .map(({ event }) => ({
      eventId: event.eventId,
      type: event.type,
      occurredAt: event.occurredAt,
      summary: summaryLine(event, ctx),
    }));

  const stanceChanges: StanceChange[] = [];
  for (const demand of tabledDemands(after)) {
    const earlier = getOwn(before.demands, demand.demandId);
    for (const actorId of demand.positionOrder) {
      const now = currentStance(demand, actorId);
      const then = earlier === undefined ? null : currentStance(earlier, actorId);
      const from = then?.stance ?? 'no-position';
      const to = now?.stance ?? 'no-position';
      if (from === to) continue;
      stanceChanges.push({
        demandId: demand.demandId,
        demand: demand.text,
        actorId,
        actorName: ctx.actorName(actorId),
        from,
        to,
        eventId: now?.eventId ?? null,
        occurredAt: now?.occurredAt ?? null,
      });
    }
  }

  const phaseFrom = phaseAt(before, justBefore);
  const phaseTo = phaseAt(after, until);
  const escFrom = point(before, justBefore, model);
  const escTo = point(after, until, model);
  const cfFrom = ceasefireAt(before, justBefore);
  const cfTo = ceasefireAt(after, until);

  const issued = [];
  const resolved = [];
  for (const id of after.ultimatumOrder) {
    const u = getOwn(after.ultimatums, id);
    if (u?.issued && inWindow(u.issued.instant)) {
      issued.push({
        ultimatumId: id,
        by: u.issued.by,
        byName: ctx.actorName(u.issued.by),
        to: u.issued.to,
        toNames: u.issued.to.map((id) => ctx.actorName(id)),
        deadline: u.issued.deadline,
        occurredAt: u.issued.occurredAt,
      });
    }
    if (u?.resolved && inWindow(u.resolved.instant)) {
      resolved.push({
        ultimatumId: id,
        by: u.issued?.by ?? null,
        byName: u.issued ? ctx.actorName(u.issued.by) : null,
        resolution: u.resolved.resolution,
        occurredAt: u.resolved.occurredAt,
      });
    }
  }

  const demands = tabledDemands(after);
  return {
    negotiationId: after.negotiationId,
    modelVersion: model.version,
    since: isoOf(since),
    until: isoOf(until),
    knownAt: knownAtOf(options),
    developments,
    stanceChanges,
    phase: { from: phaseFrom, to: phaseTo, changed: phaseFrom !== phaseTo },
    escalation: {
      from: escFrom,
      to: escTo,
      delta: escTo.index - escFrom.index,
      levelChanged: escFrom.level !== escTo.level,
    },
    ultimatums: { issued, resolved },
    ceasefire: ceasefireChange(cfFrom, cfTo),
    demands: {
      tabled: demands
        .filter((d) => inWindow(d.tabled.instant))
        .map((d) => ({
          demandId: d.demandId,
          by: d.by,
          byName: ctx.actorName(d.by),
          text: d.text,
          occurredAt: d.tabled.occurredAt,
        })),
      withdrawn: demands
        .filter((d) => d.withdrawn !== null && inWindow(d.withdrawn.instant))
        .map((d) => ({
          demandId: d.demandId,
          text: d.text,
          occurredAt: (d.withdrawn as { occurredAt: string }).occurredAt,
        })),
    },
  };
}
