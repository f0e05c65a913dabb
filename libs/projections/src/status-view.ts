/**
 * The negotiation status at T (DOMAIN.md §5).
 *
 * Pass the state folded at `at = T` (or the current state and T = now): the
 * state says what happened, T answers the time-dependent parts — which round
 * is still ahead, deadlines, whether a temporary ceasefire has run out, days
 * since the last round, the escalation index.
 *
 * Phase, by precedence:
 *   closed > suspended (the latest of TalksSuspended / TalksResumed, fold order, is a suspension; `suspended.temporary`
 *     says it is a pause for a time)
 *   > in-session (a round opened, not concluded, not cancelled)
 *   > scheduled (a round planned after T — planned instant > T, so a date-only
 *     plan counts from 00:00 UTC that day — not opened, concluded or cancelled)
 *   > from the latest concluded round: agreement → `agreement`, progress →
 *     `progressing`, no-progress / adjourned → `stalled`, collapsed → `collapsed`
 *   > pre-talks.
 * A round postponed without a new date is no longer "planned" (not scheduled).
 */
import type {
  ActorKind,
  ActorRole,
  AgreementKind,
  AgreementStatus,
  CeasefireCoverage,
  CeasefireDuration,
  CeasefireEndReason,
  EventType,
  NegotiationOutcome,
  RoundOutcome,
} from '@parley/domain';
import { DAY_MS, isAgreementImplemented, isoOf } from '@parley/domain';
import { type ActivePeriod, activePeriodAt } from './active-period';
import { checkTime } from './errors';
import { type AsKnownAt, knownAtOf } from './known-at';
import { readingAt, trendAt } from './escalation';
import {
  DEFAULT_ESCALATION_MODEL,
  type EscalationModel,
  type LevelName,
  type LevelNumber,
  type TrendDirection,
} from './escalation-model';
import { CONSENSUS_VALUES, consensusOf, tabledDemands, type Consensus } from './matrix-view';
import { agreementStatusPhrase, summaryLine } from './summary';
import { summaryContext } from './view-state';
import { getOwn } from './own';
import {
  assertModel,
  namedActor,
  type AgreementState,
  type CeasefireState,
  type RoundState,
  type ViewState,
} from './view-state';

export const PHASES = [
  'closed',
  'suspended',
  'in-session',
  'scheduled',
  'agreement',
  'progressing',
  'stalled',
  'collapsed',
  'pre-talks',
] as const;
export type Phase = (typeof PHASES)[number];

const PHASE_OF_OUTCOME: Readonly<Record<RoundOutcome, Phase>> = {
  agreement: 'agreement',
  progress: 'progressing',
  'no-progress': 'stalled',
  adjourned: 'stalled',
  collapsed: 'collapsed',
};

export interface RoundView {
  readonly roundId: string;
  readonly label: string | null;
  readonly venue: string | null;
  readonly hosts: readonly string[];
  readonly plannedFor: string | null;
  readonly openedAt: string | null;
  readonly concludedAt: string | null;
  readonly outcome: RoundOutcome | null;
  readonly summary: string | null;
  readonly nextSteps: string | null;
  readonly inSession: boolean;
}

export interface ActorView {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly role: ActorRole;
  readonly aliases: readonly string[];
}

export interface UltimatumView {
  readonly ultimatumId: string;
  readonly by: string;
  readonly to: readonly string[];
  readonly demandIds: readonly string[];
  readonly issuedAt: string;
  readonly deadline: string | null;
  /** `none`: no deadline stated; `pending`: T ≤ deadline; `overdue`: T > deadline. */
  readonly deadlineStatus: DeadlineStatus;
  /** Whole days left, rounded up (12 h left → 1); null unless pending. */
  readonly daysLeft: number | null;
  /** Whole days past the deadline, rounded up (12 h past → 1); null unless overdue. */
  readonly daysOverdue: number | null;
  readonly consequences: string;
  readonly channel: string | null;
}

export const DEADLINE_STATUSES = ['none', 'pending', 'overdue'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const CEASEFIRE_STATES = ['none', 'in-force', 'violated', 'ended'] as const;
export type CeasefireStatus = (typeof CEASEFIRE_STATES)[number];

export interface CeasefireView {
  readonly state: CeasefireStatus;
  /** The most recently declared ceasefire; null when none was. */
  readonly ceasefireId: string | null;
  readonly parties: readonly string[];
  readonly scope: string | null;
  /** What it stops: all hostilities, or only part of them (its `scope` says which); null when none was declared. */
  readonly coverage: CeasefireCoverage | null;
  readonly duration: CeasefireDuration | null;
  readonly until: string | null;
  readonly declaredAt: string | null;
  readonly extensions: number;
  /** Violations reported between the declaration and the end (or T). */
  readonly violations: number;
  readonly lastViolationAt: string | null;
  /**
   * How it ended: by a CeasefireEnded event, or — a temporary ceasefire whose
   * `until` (after extensions) is ≤ T — `expired` with `occurredAt` = until and
   * `inferred: true`.
   */
  readonly ended: {
    readonly reason: CeasefireEndReason;
    readonly occurredAt: string | null;
    readonly summary: string | null;
    readonly inferred: boolean;
  } | null;
}

/** An agreement reached by T, and where it stands at T. */
export interface AgreementView {
  readonly agreementId: string;
  readonly kind: AgreementKind;
  readonly occurredAt: string;
  readonly signatories: readonly string[];
  /** Its latest status at T: the last status change by then, else the status it was reached with; null: agreed and applied (none recorded). */
  readonly status: AgreementStatus | null;
  /** That status in words, said before "by <actor>" ('text agreed', 'withdrawn from', 'put in force'); null with no status. */
  readonly statusText: string | null;
  /** When that status began (the agreement's own date when it has had no status change). */
  readonly since: string;
  /** Whose act the status was, when recorded. */
  readonly by: string | null;
  readonly reason: string | null;
  /** Being implemented: no status recorded, signed, ratified or in force. */
  readonly implemented: boolean;
}

export interface DevelopmentView {
  readonly eventId: string;
  readonly type: EventType;
  readonly occurredAt: string;
  readonly summary: string;
}

export interface StatusView {
  readonly negotiationId: string;
  readonly modelVersion: string;
  readonly at: string;
  /** What was known: the instant of `knownAt` (recorded by then, corrections included), or null for all recorded. */
  readonly knownAt: string | null;
  readonly title: string | null;
  readonly subject: string | null;
  readonly phase: Phase;
  readonly closed: {
    readonly outcome: NegotiationOutcome;
    readonly summary: string | null;
    readonly occurredAt: string;
  } | null;
  /** `temporary`: paused for a time, by the suspending party's own account, not broken off. */
  readonly suspended: {
    readonly by: string | null;
    readonly reason: string | null;
    readonly since: string;
    readonly temporary: boolean;
  } | null;
  readonly rounds: {
    /** Rounds that opened (or concluded without a recorded opening). */
    readonly held: number;
    readonly last: RoundView | null;
    readonly next: RoundView | null;
  };
  readonly parties: readonly ActorView[];
  readonly mediators: readonly ActorView[];
  /** Registered actors with any other role (third party, spoiler, opposition, observer). */
  readonly otherActors: readonly ActorView[];
  /** Issued and not resolved, in order of issue. */
  readonly ultimatums: readonly UltimatumView[];
  readonly ceasefire: CeasefireView;
  readonly demands: {
    readonly total: number;
    readonly open: number;
    readonly withdrawn: number;
    /** Open demands by consensus (withdrawn ones are counted apart). */
    readonly byConsensus: Readonly<Record<Consensus, number>>;
  };
  /** Whole days since the last round concluded (or opened, if it has no conclusion); 0 while one is in session; null before any. */
  readonly daysSinceLastRound: number | null;
  readonly latestDevelopment: DevelopmentView | null;
  /** The stretch of time a chart of the negotiation shows by default (`active-period.ts`); null before any development. */
  readonly activePeriod: ActivePeriod | null;
  /** Every agreement reached by T, in the order reached, each with its status at T. */
  readonly agreements: readonly AgreementView[];
  readonly latestAgreement: {
    readonly agreementId: string;
    readonly kind: AgreementKind;
    readonly occurredAt: string;
    readonly signatories: readonly string[];
  } | null;
  readonly escalation: {
    readonly modelVersion: string;
    readonly index: number;
    readonly level: LevelNumber;
    readonly levelName: LevelName;
    readonly trend: TrendDirection;
    readonly delta: number;
  };
}

/** Where `agreement` stands at T: its last status change by T (none dated before it was reached), else its own status. */
export function agreementAt(state: ViewState, agreement: AgreementState, T: number): AgreementView {
  const changes = (getOwn(state.agreementStatuses, agreement.agreementId) ?? []).filter(
    (c) => c.instant <= T && c.instant >= agreement.instant,
  );
  const change = changes[changes.length - 1];
  const status = change?.status ?? agreement.status ?? null;
  const by = change?.by ?? null;
  return {
    agreementId: agreement.agreementId,
    kind: agreement.kind,
    occurredAt: agreement.occurredAt,
    signatories: agreement.signatories,
    status,
    statusText: status === null ? null : agreementStatusPhrase(status, by !== null),
    since: change?.occurredAt ?? agreement.occurredAt,
    by,
    reason: change?.reason ?? null,
    implemented: isAgreementImplemented(status),
  };
}

function rounds(state: ViewState): RoundState[] {
  return state.roundOrder.map((id) => getOwn(state.rounds, id)).filter((r): r is RoundState => r !== undefined);
}

function inSession(r: RoundState): boolean {
  return r.opened !== null && r.concluded === null && r.cancelled === null;
}

function isHeld(r: RoundState): boolean {
  return r.opened !== null || r.concluded !== null;
}

/** The round planned soonest after T that has not happened and is not cancelled. */
export function nextRound(state: ViewState, T: number): RoundState | null {
  let next: RoundState | null = null;
  for (const r of rounds(state)) {
    if (r.opened !== null || r.concluded !== null || r.cancelled !== null) continue;
    if (r.plannedInstant === null || r.plannedInstant <= T) continue;
    if (next === null || r.plannedInstant < (next.plannedInstant as number)) next = r;
  }
  return next;
}

export function phaseAt(state: ViewState, T: number): Phase {
  if (state.closed !== null) return 'closed';
  if (state.suspension?.suspended) return 'suspended';
  if (rounds(state).some(inSession)) return 'in-session';
  if (nextRound(state, T) !== null) return 'scheduled';
  const last = state.lastConcludedRoundId === null ? undefined : getOwn(state.rounds, state.lastConcludedRoundId);
  if (last?.concluded) return PHASE_OF_OUTCOME[last.concluded.outcome];
  return 'pre-talks';
}

function roundView(r: RoundState): RoundView {
  return {
    roundId: r.roundId,
    label: r.label,
    venue: r.venue,
    hosts: r.hosts,
    plannedFor: r.plannedFor,
    openedAt: r.opened?.occurredAt ?? null,
    concludedAt: r.concluded?.occurredAt ?? null,
    outcome: r.concluded?.outcome ?? null,
    summary: r.concluded?.summary ?? null,
    nextSteps: r.concluded?.nextSteps ?? null,
    inSession: inSession(r),
  };
}

function ceasefireViolations(c: CeasefireState, T: number) {
  const from = c.declared?.instant ?? Number.NEGATIVE_INFINITY;
  const to = Math.min(T, c.ended?.instant ?? Number.POSITIVE_INFINITY);
  return c.violations.filter((v) => v.instant >= from && v.instant <= to);
}

export function ceasefireAt(state: ViewState, T: number): CeasefireView {
  const c = state.currentCeasefireId === null ? undefined : getOwn(state.ceasefires, state.currentCeasefireId);
  if (c === undefined || c.declared === null) {
    return {
      state: 'none',
      ceasefireId: null,
      parties: [],
      scope: null,
      coverage: null,
      duration: null,
      until: null,
      declaredAt: null,
      extensions: 0,
      violations: 0,
      lastViolationAt: null,
      ended: null,
    };
  }
  const expired = c.ended === null && c.duration === 'temporary' && c.untilEnd !== null && c.untilEnd <= T;
  const ended: CeasefireView['ended'] = c.ended
    ? { reason: c.ended.reason, occurredAt: c.ended.occurredAt, summary: c.ended.summary, inferred: false }
    : expired
      ? { reason: 'expired', occurredAt: c.until, summary: null, inferred: true }
      : null;
  const violations = ceasefireViolations(c, expired ? Math.min(T, c.untilEnd as number) : T);
  return {
    state: ended !== null ? 'ended' : violations.length > 0 ? 'violated' : 'in-force',
    ceasefireId: c.ceasefireId,
    parties: c.declared.parties,
    scope: c.declared.scope,
    coverage: c.declared.coverage,
    duration: c.duration,
    until: c.until,
    declaredAt: c.declared.occurredAt,
    extensions: c.extensions.length,
    violations: violations.length,
    lastViolationAt: violations[violations.length - 1]?.occurredAt ?? null,
    ended,
  };
}

export function activeUltimatums(state: ViewState, T: number): UltimatumView[] {
  const out: UltimatumView[] = [];
  for (const id of state.ultimatumOrder) {
    const u = getOwn(state.ultimatums, id);
    if (!u?.issued || u.resolved !== null) continue;
    const { deadlineInstant, deadlineEnd } = u.issued;
    // A date is due all day: pending to its end, its days left counted to its start.
    const status = deadlineEnd === null ? 'none' : T > deadlineEnd ? 'overdue' : 'pending';
    out.push({
      ultimatumId: u.ultimatumId,
      by: u.issued.by,
      to: u.issued.to,
      demandIds: u.issued.demandIds,
      issuedAt: u.issued.occurredAt,
      deadline: u.issued.deadline,
      deadlineStatus: status,
      daysLeft: status === 'pending' ? Math.max(0, Math.ceil(((deadlineInstant as number) - T) / DAY_MS)) : null,
      daysOverdue: status === 'overdue' ? Math.ceil((T - (deadlineEnd as number)) / DAY_MS) : null,
      consequences: u.issued.consequences,
      channel: u.issued.channel,
    });
  }
  return out;
}

/**
 * The opening's parties or mediators. Before the opening (`at` earlier, the
 * opening already recorded), as the opening names them: the header of a
 * negotiation replayed to a date before it was opened still shows who it is between.
 */
function openingActors(state: ViewState, role: 'party' | 'mediator'): ActorView[] {
  const opening = state.negotiation === null ? state.laterNames?.negotiation : undefined;
  if (opening === undefined || opening === null) return actorsWith(state, (r) => r === role);
  const out: ActorView[] = [];
  for (const id of role === 'party' ? opening.parties : opening.mediators) {
    const a = namedActor(state, id);
    if (a) out.push({ id: a.id, name: a.name, kind: a.kind, role, aliases: a.aliases });
  }
  return out;
}

function actorsWith(state: ViewState, keep: (role: ActorRole) => boolean): ActorView[] {
  const out: ActorView[] = [];
  for (const id of state.actorOrder) {
    const a = getOwn(state.actors, id);
    if (a && keep(a.role)) out.push({ id: a.id, name: a.name, kind: a.kind, role: a.role, aliases: a.aliases });
  }
  return out;
}

export function statusView(
  state: ViewState,
  T: number,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
  options: AsKnownAt = {},
): StatusView {
  assertModel(state, model);
  checkTime(T);
  const lastRound = state.lastRoundId === null ? null : (getOwn(state.rounds, state.lastRoundId) ?? null);
  const next = nextRound(state, T);

  const demands = tabledDemands(state);
  const byConsensus = Object.fromEntries(CONSENSUS_VALUES.map((c) => [c, 0])) as Record<Consensus, number>;
  let withdrawn = 0;
  for (const d of demands) {
    if (d.withdrawn !== null) withdrawn++;
    else byConsensus[consensusOf(d)]++;
  }

  let daysSinceLastRound: number | null = null;
  if (lastRound !== null) {
    const since = lastRound.concluded?.instant ?? lastRound.opened?.instant;
    daysSinceLastRound =
      inSession(lastRound) || since === undefined ? 0 : Math.max(0, Math.floor((T - since) / DAY_MS));
  }

  let latest: StatusView['latestDevelopment'] = null;
  for (let i = state.developments.length - 1; i >= 0 && latest === null; i--) {
    const d = state.developments[i];
    if (d !== undefined && d.instant <= T) {
      latest = {
        eventId: d.eventId,
        type: d.type,
        occurredAt: d.occurredAt,
        summary: summaryLine(d, summaryContext(state)),
      };
    }
  }

  const agreement = state.agreements[state.agreements.length - 1];
  const reading = readingAt(state, T, model);
  const trend = trendAt(state, T, model, reading.index);
  const suspension = state.suspension;

  return {
    negotiationId: state.negotiationId,
    modelVersion: model.version,
    at: isoOf(T),
    knownAt: knownAtOf(options),
    title: state.negotiation?.title ?? state.laterNames?.negotiation?.title ?? null,
    subject: state.negotiation?.subject ?? state.laterNames?.negotiation?.subject ?? null,
    phase: phaseAt(state, T),
    closed: state.closed
      ? { outcome: state.closed.outcome, summary: state.closed.summary, occurredAt: state.closed.occurredAt }
      : null,
    suspended: suspension?.suspended
      ? { by: suspension.by, reason: suspension.reason, since: suspension.occurredAt, temporary: suspension.temporary }
      : null,
    rounds: {
      held: rounds(state).filter(isHeld).length,
      last: lastRound === null ? null : roundView(lastRound),
      next: next === null ? null : roundView(next),
    },
    parties: openingActors(state, 'party'),
    mediators: openingActors(state, 'mediator'),
    otherActors: actorsWith(state, (role) => role !== 'party' && role !== 'mediator'),
    ultimatums: activeUltimatums(state, T),
    ceasefire: ceasefireAt(state, T),
    demands: { total: demands.length, open: demands.length - withdrawn, withdrawn, byConsensus },
    daysSinceLastRound,
    latestDevelopment: latest,
    activePeriod: activePeriodAt(state, T),
    agreements: state.agreements.filter((a) => a.instant <= T).map((a) => agreementAt(state, a, T)),
    latestAgreement: agreement
      ? {
          agreementId: agreement.agreementId,
          kind: agreement.kind,
          occurredAt: agreement.occurredAt,
          signatories: agreement.signatories,
        }
      : null,
    escalation: {
      modelVersion: model.version,
      index: reading.index,
      level: reading.level,
      levelName: reading.levelName,
      trend: trend.direction,
      delta: trend.delta,
    },
  };
}

/** One line of the negotiations list: the status reduced to what a list shows. */
export interface NegotiationSummary {
  readonly negotiationId: string;
  readonly title: string | null;
  readonly phase: StatusView['phase'];
  readonly escalation: StatusView['escalation'];
  readonly roundsHeld: number;
  readonly activeUltimatums: number;
  readonly ceasefire: StatusView['ceasefire']['state'];
  /** `partial`: the ceasefire covers only part of the hostilities (a list says so beside its state). */
  readonly ceasefireCoverage: StatusView['ceasefire']['coverage'];
  readonly latestDevelopment: StatusView['latestDevelopment'];
}

export function negotiationSummary(s: StatusView): NegotiationSummary {
  return {
    negotiationId: s.negotiationId,
    title: s.title,
    phase: s.phase,
    escalation: s.escalation,
    roundsHeld: s.rounds.held,
    activeUltimatums: s.ultimatums.length,
    ceasefire: s.ceasefire.state,
    ceasefireCoverage: s.ceasefire.coverage,
    latestDevelopment: s.latestDevelopment,
  };
}
