/**
 * What changed between `since` and `until` (for a briefing): the developments
 * that occurred in (since, until], net stance changes (position at since →
 * position at until, per actor and demand), the phase, the escalation index
 * and level, ultimatums issued / resolved, the ceasefire state, and demands
 * tabled / withdrawn. Both ends are folded with the same `knownAt` (default:
 * everything recorded), so a backdated event recorded yesterday shows up in
 * the window it happened in.
 */
import { isoOf, type EventType, type Stance, type UltimatumResolution } from '@parley/domain';
import { effectiveEvents, type LogEntry } from './effective-events';
import { readingAt } from './escalation';
import { DEFAULT_ESCALATION_MODEL, type EscalationModel, type LevelName, type LevelNumber } from './escalation-model';
import { checkTime, ProjectionQueryError } from './errors';
import { currentStance, tabledDemands } from './matrix-view';
import { ceasefireAt, phaseAt, type CeasefireStatus, type Phase } from './status-view';
import { summaryContext, summaryLine } from './summary';
import { foldViews, getOwn, type ViewState } from './view-state';

export interface ChangedDevelopment {
  readonly eventId: string;
  readonly type: EventType;
  readonly occurredAt: string;
  readonly summary: string;
}

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
      readonly to: readonly string[];
      readonly deadline: string | null;
      readonly occurredAt: string;
    }[];
    readonly resolved: readonly {
      readonly ultimatumId: string;
      readonly by: string | null;
      readonly resolution: UltimatumResolution;
      readonly occurredAt: string;
    }[];
  };
  readonly ceasefire: {
    readonly from: CeasefireStatus;
    readonly to: CeasefireStatus;
    readonly changed: boolean;
    readonly ceasefireId: string | null;
  };
  readonly demands: {
    readonly tabled: readonly {
      readonly demandId: string;
      readonly by: string;
      readonly text: string;
      readonly occurredAt: string;
    }[];
    readonly withdrawn: readonly { readonly demandId: string; readonly text: string; readonly occurredAt: string }[];
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
  const before = foldViews(entries, { at: since, knownAt }, model);
  const after = foldViews(entries, { at: until, knownAt }, model);
  const ctx = summaryContext(after);
  const inWindow = (instant: number) => instant > since && instant <= until;

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

  const phaseFrom = phaseAt(before, since);
  const phaseTo = phaseAt(after, until);
  const escFrom = point(before, since, model);
  const escTo = point(after, until, model);
  const cfFrom = ceasefireAt(before, since);
  const cfTo = ceasefireAt(after, until);

  const issued = [];
  const resolved = [];
  for (const id of after.ultimatumOrder) {
    const u = getOwn(after.ultimatums, id);
    if (u?.issued && inWindow(u.issued.instant)) {
      issued.push({
        ultimatumId: id,
        by: u.issued.by,
        to: u.issued.to,
        deadline: u.issued.deadline,
        occurredAt: u.issued.occurredAt,
      });
    }
    if (u?.resolved && inWindow(u.resolved.instant)) {
      resolved.push({
        ultimatumId: id,
        by: u.issued?.by ?? null,
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
    knownAt: knownAt === undefined ? null : isoOf(knownAt),
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
    ceasefire: {
      from: cfFrom.state,
      to: cfTo.state,
      changed: cfFrom.state !== cfTo.state || cfFrom.ceasefireId !== cfTo.ceasefireId,
      ceasefireId: cfTo.ceasefireId,
    },
    demands: {
      tabled: demands
        .filter((d) => inWindow(d.tabled.instant))
        .map((d) => ({ demandId: d.demandId, by: d.by, text: d.text, occurredAt: d.tabled.occurredAt })),
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
