/**
 * The whole story of one negotiation stream (`negotiation-<id>`, see codec.ts):
 * its commands, the state decisions need, `evolve`, and `decide`.
 *
 *   state = events.reduce(evolve, initialState)      (foldEvents)
 *   newEvents = decide(command, state, { now, recordedBy })
 *
 * `decide` is pure: time (`now`) and the analyst are inputs, event ids come
 * with the command, and a refusal is a thrown DomainError (errors.ts).
 *
 * Rules decided here (DOMAIN.md §3), and the lifecycle choices made for them:
 *
 * - Events go to an opened negotiation; everything they name (actors, rounds,
 *   demands, ultimatums, ceasefires, events) must exist in it *in record
 *   order*. A command's developments are decided one after another, so a
 *   DemandTabled and a PositionTaken on it can travel in one command. All or
 *   nothing: one refusal refuses the command.
 * - Recording the same fact twice (a known event id with the same type and
 *   content) is a no-op; if every development is known, `decide` returns [].
 *   A known id with another type or other content is an `event-id-conflict`.
 * - `occurredAt` is a real date not after `now` (as instants: a date counts
 *   from 00:00 UTC, a month from the 1st), precision fits its form, at least
 *   one source. Future dates are fine where they are plans: `plannedFor`,
 *   `deadline`, `until`.
 * - Lifecycles are stated as counts and exclusions rather than as a strict
 *   sequence, because analysts backfill: the same set of facts recorded in
 *   another order must still be accepted wherever the references allow it.
 *   - a round is scheduled at most once, opened at most once, concluded at
 *     most once, cancelled at most once; concluding needs the opening recorded
 *     first; a cancelled round is never opened or concluded, and a round that
 *     opened is never cancelled; postponing any existing round is allowed
 *     (a postponement may be learnt after the round finally took place).
 *     Opening an unscheduled round creates it (and needs a label).
 *   - an ultimatum resolves once; a ceasefire ends once; an agreement is
 *     terminated once; a demand is withdrawn once; a negotiation closes once. Positions, violations,
 *     extensions after a withdrawal/end/closure *in record order* are accepted,
 *     since they may have occurred earlier.
 *   - an agreement's status changes any number of times until it is
 *     terminated, and none surely after that (a termination is refused when
 *     dated surely before a recorded status change); a party's act on it
 *     (initialled, signed, ratified, suspended, withdrawn) names a signatory
 *     as `by`, and suspending or withdrawing always names one.
 *   - an actor may be registered again only to change its role.
 * - Corrections and retractions never edit the log; they are checked by
 *   replaying the log with the change applied: the corrected event must still
 *   satisfy every rule, and so must every later event (a correction or
 *   retraction that would orphan a later event is refused — correct or
 *   retract that one first). Corrections and retractions themselves are not
 *   corrected or retracted, and the opening is never retracted.
 * - Dates are not compared between events (a conclusion dated before its
 *   round's opening is not refused): with month and approximate precision such
 *   comparisons would refuse true facts.
 */
import {
  type Actor,
  type ActorRole,
  AGREEMENT_STATUS_FINAL,
  AGREEMENT_STATUSES_BY_A_PARTY,
  AGREEMENT_STATUSES_REPUDIATING,
  assertNever,
  type CorrectionChanges,
  type EventDataByType,
  type EventOf,
  type EventType,
  isEventType,
  type NegotiationEvent,
  type RoundOutcome,
} from './events';
import { unknownActorIn } from './actor-references';
import type { DevelopmentType, EnvelopeInput, RecordEventInput } from './catalogue';
import { addOptionalEnvelope, isValidNegotiationId } from './codec';
import { type DomainError, DomainErrors, type EventRef, isDomainError } from './errors';
import { PersistentMap, TransientOwner } from './persistent-map';
import {
  areSourcesWellFormed,
  CAMEO_PATTERN,
  dataFields,
  ENTITY_ID_PATTERN,
  ENTITY_ID_RULE,
  eventDataProblems,
  isVouchedWellFormed,
  isKnownCameoCode,
  isValidEventId,
  sourceProblems,
} from './shape';
import {
  allowedPrecisionsOf,
  defaultPrecision,
  defaultPrecisionOf,
  EARLIEST_OCCURRED_AT,
  isInstantBeforeEarliest,
  type ParsedTime,
  lastInstantOf,
  parseTime,
} from './time';

// ---------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------

/** The envelope as a command carries it (the catalogue's `EnvelopeInput`, with its event id decided). */
type CommandEnvelope = EnvelopeInput & { readonly eventId: string };

export interface OpenNegotiation extends CommandEnvelope {
  readonly type: 'OpenNegotiation';
  readonly negotiationId: string;
  readonly title: string;
  readonly subject: string;
  readonly parties: readonly Actor[];
  readonly mediators: readonly Actor[];
}

/** One development as a command carries it: the one meaning of `Development` (a request body is `RecordEventInput`). */
export type DevelopmentOf<T extends DevelopmentType> = CommandEnvelope & {
  readonly type: T;
  readonly data: EventDataByType[T];
};
export type Development = { [T in DevelopmentType]: DevelopmentOf<T> }[DevelopmentType];

export interface RecordDevelopments {
  readonly type: 'RecordDevelopments';
  readonly negotiationId: string;
  /** Decided in order; all or nothing. */
  readonly developments: readonly Development[];
}

export type NegotiationCommand = OpenNegotiation | RecordDevelopments;

export interface DecisionContext {
  /** The server's clock when the command is handled: an ISO date-time with a zone. Becomes `recordedAt`. */
  readonly now: string;
  /** The analyst, from the API key. Becomes `recordedBy`. */
  readonly recordedBy: string;
}

// ---------------------------------------------------------------------------
// State: only what decisions need
// ---------------------------------------------------------------------------

export interface ActorEntry {
  readonly actor: Actor;
  /** The latest role it was registered with. */
  readonly role: ActorRole;
}

export type RoundStatus = 'scheduled' | 'open' | 'concluded' | 'cancelled';

export interface RoundEntry {
  readonly roundId: string;
  readonly label: string;
  readonly status: RoundStatus;
  /** Whether a TalksRoundScheduled was recorded (a round may be opened without one). */
  readonly scheduled: boolean;
  readonly plannedFor?: string;
  readonly outcome?: RoundOutcome;
}

export interface DemandEntry {
  readonly demandId: string;
  readonly by: string;
  readonly addressedTo: readonly string[];
  readonly withdrawn: boolean;
}

export interface UltimatumEntry {
  readonly ultimatumId: string;
  readonly by: string;
  readonly to: readonly string[];
  readonly demandIds: readonly string[];
  readonly resolved: boolean;
}

export interface CeasefireEntry {
  readonly ceasefireId: string;
  readonly parties: readonly string[];
  readonly ended: boolean;
  /** When it ended, as recorded (its `occurredAt`, and the last instant that may mean): nothing extends or breaches it after. */
  readonly endedOn?: { readonly occurredAt: string; readonly instant: number };
  /**
   * The extension or violation of it that surely happened latest (the greatest earliest moment of its `occurredAt`):
   * an end recorded after it may not be dated before it, as it may not be recorded before it.
   */
  readonly lastUse?: {
    readonly eventId: string;
    readonly type: EventType;
    readonly occurredAt: string;
    readonly instant: number;
  };
}

export interface AgreementEntry {
  readonly agreementId: string;
  /** The AgreementReached that reached it. */
  readonly eventId: string;
  readonly signatories: readonly string[];
  /** When it was terminated, as recorded (its `occurredAt`, and the last instant that may mean): its status changes no more after. */
  readonly terminatedOn?: { readonly occurredAt: string; readonly instant: number };
  /**
   * The status change of it that surely happened latest (the greatest earliest moment of its `occurredAt`): a
   * termination recorded after it may not be dated before it.
   */
  readonly lastChange?: {
    readonly eventId: string;
    readonly type: EventType;
    readonly occurredAt: string;
    readonly instant: number;
  };
}

export interface IncidentEntry {
  /** The IncidentReported that reported it. */
  readonly eventId: string;
  readonly occurredAt: string;
}

/** One event of the stream, by id (corrections and retractions included). */
export interface RecordedFact {
  readonly eventId: string;
  readonly type: EventType;
  /** 0-based position in the stream as folded: record order. */
  readonly seq: number;
  /** As first recorded: a retry with the same id must repeat its content. */
  readonly original: NegotiationEvent;
  /** As it stands, with its corrections applied. */
  readonly current: NegotiationEvent;
  readonly retracted: boolean;
  /** Ids of the EventCorrected events applied to it, in order. */
  readonly correctedBy: readonly string[];
}

/**
 * Collections are PersistentMaps (persistent-map.ts): `evolve` shares what it
 * does not change, so folding a long stream event by event stays linear.
 */
export interface NegotiationState {
  readonly opened: boolean;
  readonly negotiationId: string | undefined;
  readonly openingEventId: string | undefined;
  /** Set once NegotiationClosed is recorded. */
  readonly closingEventId: string | undefined;
  readonly actors: PersistentMap<ActorEntry>;
  readonly rounds: PersistentMap<RoundEntry>;
  readonly demands: PersistentMap<DemandEntry>;
  readonly ultimatums: PersistentMap<UltimatumEntry>;
  readonly ceasefires: PersistentMap<CeasefireEntry>;
  readonly agreements: PersistentMap<AgreementEntry>;
  /** incidentId → the event that reported it, and when that says it happened (as corrected). */
  readonly incidents: PersistentMap<IncidentEntry>;
  /** Every event id of the stream. */
  readonly events: PersistentMap<RecordedFact>;
  /** `recordedAt` of the stream's last event: a new one is never recorded before it (`recordingTime`). */
  readonly lastRecordedAt: string | undefined;
}

/** The working copy behind `evolve` and `decide`: the same fields, reassignable. Never shared. */
type Draft = { -readonly [K in keyof NegotiationState]: NegotiationState[K] };

function emptyDraft(): Draft {
  return {
    opened: false,
    negotiationId: undefined,
    openingEventId: undefined,
    closingEventId: undefined,
    actors: PersistentMap.empty(),
    rounds: PersistentMap.empty(),
    demands: PersistentMap.empty(),
    ultimatums: PersistentMap.empty(),
    ceasefires: PersistentMap.empty(),
    agreements: PersistentMap.empty(),
    incidents: PersistentMap.empty(),
    events: PersistentMap.empty(),
    lastRecordedAt: undefined,
  };
}

export const initialState: NegotiationState = Object.freeze(emptyDraft());

/** The collections are immutable, so a shallow copy is a full copy. */
function draftOf(state: NegotiationState): Draft {
  return { ...state };
}

/** The facts in record order. */
export function factsInOrder(state: NegotiationState): RecordedFact[] {
  return [...state.events.values()].sort((a, b) => a.seq - b.seq);
}

// ---------------------------------------------------------------------------
// evolve
// ---------------------------------------------------------------------------

/** Pure: returns a new state, never changes `state`. Tolerant: an event that breaks a rule (a damaged import) changes what it can. */
export function evolve(state: NegotiationState, event: NegotiationEvent): NegotiationState {
  const draft = draftOf(state);
  record(draft, event);
  return draft;
}

/** `events.reduce(evolve, initialState)`. */
export function foldEvents(events: Iterable<NegotiationEvent>): NegotiationState {
  let state = initialState;
  for (const event of events) state = evolve(state, event);
  return state;
}

function record(d: Draft, event: NegotiationEvent): void {
  // A redelivered event (same id) changes nothing.
  if (d.events.has(event.eventId)) return;
  d.events = d.events.set(event.eventId, {
    eventId: event.eventId,
    type: event.type,
    seq: d.events.size,
    original: event,
    current: event,
    retracted: false,
    correctedBy: [],
  });
  d.lastRecordedAt = event.recordedAt;
  apply(d, event);
}

/**
 * The `recordedAt` a write decided at `now` gets: `now`, or the stream's last `recordedAt` when the clock reads
 * earlier (a clock stepped back, another replica's, an import that began before a write it continues). A stream's
 * events are then recorded in revision order, so what was known at any instant (`knownAt`) is a prefix of the stream,
 * as the rules that decided each event saw it.
 */
export function recordingTime(state: NegotiationState, now: string): string {
  const last = state.lastRecordedAt;
  return last !== undefined && Date.parse(last) > Date.parse(now) ? last : now;
}

function apply(d: Draft, event: NegotiationEvent): void {
  switch (event.type) {
    case 'NegotiationOpened': {
      d.opened = true;
      d.negotiationId = event.negotiationId;
      d.openingEventId = event.eventId;
      for (const actor of event.data.parties) d.actors = d.actors.set(actor.id, { actor, role: 'party' });
      for (const actor of event.data.mediators) d.actors = d.actors.set(actor.id, { actor, role: 'mediator' });
      return;
    }
    case 'ActorRegistered':
      d.actors = d.actors.set(event.data.actor.id, { actor: event.data.actor, role: event.data.role });
      return;
    case 'TalksRoundScheduled': {
      const { roundId, label, plannedFor } = event.data;
      const round = d.rounds.get(roundId);
      d.rounds = d.rounds.set(
        roundId,
        round
          ? { ...round, scheduled: true, plannedFor }
          : { roundId, label, status: 'scheduled', scheduled: true, plannedFor },
      );
      return;
    }
    case 'TalksRoundOpened': {
      const { roundId, label } = event.data;
      const round = d.rounds.get(roundId);
      d.rounds = d.rounds.set(
        roundId,
        round
          ? { ...round, status: round.status === 'scheduled' ? 'open' : round.status }
          : { roundId, label: label ?? roundId, status: 'open', scheduled: false },
      );
      return;
    }
    case 'TalksRoundConcluded': {
      const round = d.rounds.get(event.data.roundId);
      if (round && round.status !== 'cancelled')
        d.rounds = d.rounds.set(round.roundId, { ...round, status: 'concluded', outcome: event.data.outcome });
      return;
    }
    case 'TalksRoundPostponed': {
      const round = d.rounds.get(event.data.roundId);
      if (round)
        d.rounds = d.rounds.set(round.roundId, { ...round, plannedFor: event.data.plannedFor ?? round.plannedFor });
      return;
    }
    case 'TalksRoundCancelled': {
      const round = d.rounds.get(event.data.roundId);
      if (round?.status === 'scheduled') d.rounds = d.rounds.set(round.roundId, { ...round, status: 'cancelled' });
      return;
    }
    case 'AgreementReached': {
      const { agreementId, signatories } = event.data;
      d.agreements = d.agreements.set(agreementId, { agreementId, eventId: event.eventId, signatories });
      return;
    }
    case 'AgreementStatusChanged': {
      const agreement = d.agreements.get(event.data.agreementId);
      if (!agreement) return;
      const parsed = parseTime(event.occurredAt);
      if (parsed === undefined) return;
      if (event.data.status === AGREEMENT_STATUS_FINAL) {
        // The latest moment the termination may have been (a date without a time: the end of that day).
        if (agreement.terminatedOn === undefined)
          d.agreements = d.agreements.set(agreement.agreementId, {
            ...agreement,
            terminatedOn: { occurredAt: event.occurredAt, instant: lastInstantOf(parsed) },
          });
      } else if (agreement.lastChange === undefined || parsed.instant > agreement.lastChange.instant) {
        // Its earliest moment (a date without a time: the start of that day).
        d.agreements = d.agreements.set(agreement.agreementId, {
          ...agreement,
          lastChange: {
            eventId: event.eventId,
            type: event.type,
            occurredAt: event.occurredAt,
            instant: parsed.instant,
          },
        });
      }
      return;
    }
    case 'NegotiationClosed':
      d.closingEventId ??= event.eventId;
      return;
    case 'DemandTabled': {
      const { demandId, by, addressedTo } = event.data;
      d.demands = d.demands.set(demandId, { demandId, by, addressedTo, withdrawn: false });
      return;
    }
    case 'DemandAmended': {
      const demand = d.demands.get(event.data.demandId);
      if (demand)
        d.demands = d.demands.set(demand.demandId, {
          ...demand,
          addressedTo: event.data.addressedTo ?? demand.addressedTo,
        });
      return;
    }
    case 'DemandWithdrawn': {
      const demand = d.demands.get(event.data.demandId);
      if (demand) d.demands = d.demands.set(demand.demandId, { ...demand, withdrawn: true });
      return;
    }
    case 'UltimatumIssued': {
      const { ultimatumId, by, to, demandIds } = event.data;
      d.ultimatums = d.ultimatums.set(ultimatumId, { ultimatumId, by, to, demandIds, resolved: false });
      return;
    }
    case 'UltimatumResolved': {
      const ultimatum = d.ultimatums.get(event.data.ultimatumId);
      if (ultimatum) d.ultimatums = d.ultimatums.set(ultimatum.ultimatumId, { ...ultimatum, resolved: true });
      return;
    }
    case 'CeasefireDeclared': {
      const { ceasefireId, parties } = event.data;
      d.ceasefires = d.ceasefires.set(ceasefireId, { ceasefireId, parties, ended: false });
      return;
    }
    case 'CeasefireEnded': {
      const ceasefire = d.ceasefires.get(event.data.ceasefireId);
      // The latest moment the end may have been (a date without a time: the end of that day).
      const parsed = parseTime(event.occurredAt);
      const instant = parsed === undefined ? undefined : lastInstantOf(parsed);
      if (ceasefire)
        d.ceasefires = d.ceasefires.set(ceasefire.ceasefireId, {
          ...ceasefire,
          ended: true,
          ...(instant === undefined ? {} : { endedOn: { occurredAt: event.occurredAt, instant } }),
        });
      return;
    }
    case 'IncidentReported':
      d.incidents = d.incidents.set(event.data.incidentId, { eventId: event.eventId, occurredAt: event.occurredAt });
      return;
    case 'CeasefireExtended':
    case 'CeasefireViolationReported': {
      const ceasefire = d.ceasefires.get(event.data.ceasefireId);
      // Its earliest moment (a date without a time: the start of that day).
      const instant = parseTime(event.occurredAt)?.instant;
      if (
        ceasefire &&
        instant !== undefined &&
        (ceasefire.lastUse === undefined || instant > ceasefire.lastUse.instant)
      )
        d.ceasefires = d.ceasefires.set(ceasefire.ceasefireId, {
          ...ceasefire,
          lastUse: { eventId: event.eventId, type: event.type, occurredAt: event.occurredAt, instant },
        });
      return;
    }
    // No decision depends on these beyond their references.
    case 'TalksSuspended':
    case 'TalksResumed':
    case 'PositionTaken':
    case 'StatementMade':
    case 'MediationAction':
    case 'ThirdPartyEngagement':
      return;
    case 'EventCorrected': {
      const target = d.events.get(event.data.eventId);
      if (!target || target.retracted || !isWorldType(target.type)) return;
      d.events = d.events.set(
        target.eventId,
        changedFact(target, {
          current: correctedEvent(target.current, event.data.changes),
          correctedBy: [...target.correctedBy, event.eventId],
        }),
      );
      rebuild(d);
      return;
    }
    case 'EventRetracted': {
      const target = d.events.get(event.data.eventId);
      if (!target || target.retracted || !isRetractable(target.type)) return;
      d.events = d.events.set(target.eventId, changedFact(target, { retracted: true }));
      rebuild(d);
      return;
    }
    default:
      return assertNever(event, 'event');
  }
}

/** `fact` with `changes`, its fields read one by one (a spread would miss a kept fact's events, which it reads back). */
function changedFact(fact: RecordedFact, changes: Partial<RecordedFact>): RecordedFact {
  const { eventId, type, seq, original, current, retracted, correctedBy } = fact;
  return { eventId, type, seq, original, current, retracted, correctedBy, ...changes };
}

/** After a correction or retraction: derive everything again from the events as they now stand. */
function rebuild(d: Draft): void {
  Object.assign(d, emptyDraft(), { events: d.events, lastRecordedAt: d.lastRecordedAt });
  for (const fact of factsInOrder(d)) if (!fact.retracted && isWorldType(fact.type)) apply(d, fact.current);
}

/** The opening is corrected, never retracted; corrections and retractions are neither. */
function isRetractable(type: EventType): boolean {
  return isWorldType(type) && type !== 'NegotiationOpened';
}

/** Events about the world, as opposed to corrections and retractions of other events. */
function isWorldType(type: EventType): type is Exclude<EventType, 'EventCorrected' | 'EventRetracted'> {
  return type !== 'EventCorrected' && type !== 'EventRetracted';
}

/**
 * An event with a correction applied: envelope fields replaced, `data` merged
 * shallowly (a `null` removes a field); when `occurredAt` changes without a `precision`, the precision
 * follows the new form unless it was `approximate`. The one way a correction
 * applies: the projections' effective events use it too.
 */
export function correctedEvent<E extends NegotiationEvent>(event: E, changes: CorrectionChanges): E {
  const followsForm =
    changes.occurredAt !== undefined &&
    event.precision !== 'approximate' &&
    parseTime(changes.occurredAt) !== undefined;
  return {
    ...event,
    ...(changes.occurredAt !== undefined ? { occurredAt: changes.occurredAt } : {}),
    precision: changes.precision ?? (followsForm ? defaultPrecision(changes.occurredAt as string) : event.precision),
    ...(changes.sources !== undefined ? { sources: changes.sources } : {}),
    ...(changes.cameo !== undefined ? { cameo: changes.cameo } : {}),
    ...(changes.note !== undefined ? { note: changes.note } : {}),
    ...(changes.occurrence !== undefined ? { occurrence: changes.occurrence } : {}),
    data: changes.data !== undefined ? mergeData(event.data, changes.data) : event.data,
  };
}

/** Shallow merge; `null` removes the field (how a correction clears an optional field). */
function mergeData<D extends object>(data: D, changes: Readonly<Record<string, unknown>>): D {
  const merged: Record<string, unknown> = { ...data, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === null) delete merged[key];
  return merged as D;
}

// ---------------------------------------------------------------------------
// decide
// ---------------------------------------------------------------------------

export function decide(
  command: NegotiationCommand,
  state: NegotiationState,
  context: DecisionContext,
): NegotiationEvent[] {
  return decideAndEvolve(command, state, context).events;
}

/** What a command decided, and the state after it. */
export interface Decision {
  readonly events: NegotiationEvent[];
  /** `events.reduce(evolve, state)`: `state` itself when nothing was decided. */
  readonly state: NegotiationState;
}

/**
 * `decide`, and the state its events lead to — the state `decide` builds as
 * it checks one development after the next, rather than evolving the events
 * again (a caller that keeps a stream's state would otherwise record each
 * event into it twice; one that holds its states alone, as an import does,
 * decides into a TransientNegotiation). Pure, like `decide`.
 */
export function decideAndEvolve(
  command: NegotiationCommand,
  state: NegotiationState,
  context: DecisionContext,
): Decision {
  const draft = draftOf(state);
  const events = decideInto(draft, command, context);
  return { events, state: events.length > 0 ? draft : state };
}

// ---------------------------------------------------------------------------
// A state its one holder changes in place
// ---------------------------------------------------------------------------

/**
 * A stream's state that one caller holds alone, deciding command after
 * command into it: `decide` and `evolve` as the pure functions do them, but
 * the state is changed in place (its maps are transients: persistent-map.ts)
 * rather than copied per event. `persistent()` hands it back as a
 * `NegotiationState`; the builder is spent then. What it decides and the
 * state it reaches are `decideAndEvolve`'s and `evolve`'s
 * (negotiation.transient.spec.ts holds it to them on the example logs and on
 * generated commands).
 *
 * For a caller that keeps many streams' states over many commands — an
 * import deciding a file — where a copy per event lives until the stream's
 * next command, long enough for the garbage collector to promote it.
 */
export class TransientNegotiation {
  private owner = new TransientOwner();
  private draft: Draft | undefined;

  /** With a `keeper`, the events it decides are kept by the keeper and read back when a rule needs them (see EventKeeper). */
  constructor(
    state: NegotiationState = initialState,
    private readonly keeper?: EventKeeper,
  ) {
    this.draft = transientDraft(state, this.owner);
  }

  /** `decideAndEvolve(command, state, context)`: the events decided, recorded into this state. A refusal leaves it unchanged. */
  decide(command: NegotiationCommand, context: DecisionContext): NegotiationEvent[] {
    let draft = this.editing();
    let events: NegotiationEvent[];
    if (command.type === 'RecordDevelopments' && command.developments.length > 1) {
      // A later development's refusal would leave the earlier ones in the draft: decided on a persistent copy.
      const decided = decideAndEvolve(command, this.seal(draft), context);
      this.owner = new TransientOwner();
      this.draft = draft = transientDraft(decided.state, this.owner);
      events = decided.events;
    } else {
      events = decideInto(draft, command, context);
      keepTransient(draft, this.owner);
    }
    this.handOver(draft, events);
    return events;
  }

  /** `recordingTime(state, now)` of the state reached so far. */
  recordingTime(now: string): string {
    return recordingTime(this.editing(), now);
  }

  /** `evolve(state, event)`, in place. */
  evolve(event: NegotiationEvent): void {
    const draft = this.editing();
    record(draft, event);
    keepTransient(draft, this.owner);
    this.handOver(draft, [event]);
  }

  /** The keeper keeps what was just recorded as it stands (an event corrected since, in the same command, stays here). */
  private handOver(draft: Draft, events: readonly NegotiationEvent[]): void {
    if (!this.keeper) return;
    for (const event of events) {
      const fact = draft.events.get(event.eventId);
      if (fact?.current !== event || fact.original !== event || fact.retracted) continue;
      draft.events = draft.events.set(event.eventId, new KeptFact(fact, this.keeper, this.keeper.keep(event)));
    }
  }

  /** The state reached, persistent from now on; the builder is spent. */
  persistent(): NegotiationState {
    const state = this.seal(this.editing());
    this.draft = undefined;
    return state;
  }

  private editing(): Draft {
    // A programming error in the caller, not an analyst's: no DomainError.
    if (!this.draft) throw new Error('TransientNegotiation: used after persistent()');
    return this.draft;
  }

  private seal(draft: Draft): NegotiationState {
    this.owner.seal();
    return Object.freeze({ ...draft });
  }
}

/**
 * Where the holder of a TransientNegotiation keeps the events it decides,
 * rather than in the state: the state then holds what reads one back (its
 * fact's `original` and `current`), and a rule that needs it — a retry's
 * comparison, a correction's target, the replay a correction or retraction
 * is checked by — reads it then. An import keeps them in its spool: a
 * million parsed events held in memory until the end of the file are what
 * the garbage collector was busy with. A state so built reads its events
 * back from the keeper for as long as it is used: the keeper's storage must
 * outlive it.
 */
export interface EventKeeper {
  /** Called once `event` is recorded; returns the handle `recall` reads it back by (a number: a state holds one per event). */
  keep(event: NegotiationEvent): number;
  /** An event equal to the one kept under `handle`, each time it is called. */
  recall(handle: number): NegotiationEvent;
}

const NOT_CORRECTED: readonly string[] = Object.freeze([]);

/** A fact whose event its keeper holds: as recorded, not corrected nor retracted (a change reads it back: `changedFact`). */
class KeptFact implements RecordedFact {
  readonly eventId: string;
  readonly type: EventType;
  readonly seq: number;
  readonly retracted = false;
  readonly correctedBy: readonly string[] = NOT_CORRECTED;

  constructor(
    fact: RecordedFact,
    private readonly keeper: EventKeeper,
    private readonly handle: number,
  ) {
    this.eventId = fact.eventId;
    this.type = fact.type;
    this.seq = fact.seq;
  }

  get original(): NegotiationEvent {
    return this.keeper.recall(this.handle);
  }

  get current(): NegotiationEvent {
    return this.keeper.recall(this.handle);
  }
}

/** A draft of `state` whose maps are transients of `owner` (`state` is not changed). */
function transientDraft(state: NegotiationState, owner: TransientOwner): Draft {
  return keepTransient({ ...state }, owner);
}

/** Every map of `draft` a transient of `owner` again (a correction's rebuild put persistent ones in); one that is stays. */
function keepTransient(draft: Draft, owner: TransientOwner): Draft {
  // Field by field, after every command an import decides: no list of keys made, no type test per field.
  draft.actors = draft.actors.asTransient(owner);
  draft.rounds = draft.rounds.asTransient(owner);
  draft.demands = draft.demands.asTransient(owner);
  draft.ultimatums = draft.ultimatums.asTransient(owner);
  draft.ceasefires = draft.ceasefires.asTransient(owner);
  draft.agreements = draft.agreements.asTransient(owner);
  draft.incidents = draft.incidents.asTransient(owner);
  draft.events = draft.events.asTransient(owner);
  return draft satisfies Record<Exclude<MapField, KeptTransient>, never>;
}

/** The fields of a state that are maps. */
type MapField = { [K in keyof Draft]: Draft[K] extends PersistentMap<infer _> ? K : never }[keyof Draft];
/** The maps `keepTransient` keeps: every one (a map field added to the state and left out there does not compile). */
type KeptTransient =
  'actors' | 'rounds' | 'demands' | 'ultimatums' | 'ceasefires' | 'agreements' | 'incidents' | 'events';

/** The fields a new event is built from: a development, or the opening's. */
interface EventInput extends CommandEnvelope {
  readonly type: EventType;
  readonly data: unknown;
}

/**
 * Decides `command` against `draft` and records what it decides into it.
 * `draft` is changed only by a command that is accepted — except after the
 * first development of a command that is refused later on, so a caller that
 * keeps its draft decides commands of more than one development elsewhere.
 */
function decideInto(draft: Draft, command: NegotiationCommand, context: DecisionContext): NegotiationEvent[] {
  switch (command.type) {
    case 'OpenNegotiation':
      return openNegotiation(command, draft, context);
    case 'RecordDevelopments':
      return recordDevelopments(command, draft, context);
    default:
      return assertNever(command, 'command');
  }
}

function openNegotiation(command: OpenNegotiation, draft: Draft, context: DecisionContext): NegotiationEvent[] {
  const now = instantOfNow(context);
  const { negotiationId, eventId } = command;
  if (!isValidNegotiationId(negotiationId)) throw DomainErrors.invalidNegotiationId(negotiationId);
  if (!isValidEventId(eventId)) throw DomainErrors.invalidEventId(negotiationId, eventId);

  const { title, subject, parties, mediators } = command;
  const input = eventInput(command, eventId, 'NegotiationOpened', {
    negotiationId,
    title,
    subject,
    parties,
    mediators,
  });

  if (draft.opened) {
    if (draft.negotiationId !== negotiationId)
      throw DomainErrors.negotiationIdMismatch(draft.negotiationId ?? '', negotiationId);
    const known = draft.events.get(eventId);
    if (known?.type === 'NegotiationOpened' && fingerprintOf(known.original) === fingerprintOf(input)) return [];
    if (known) throw DomainErrors.eventIdConflict({ negotiationId, eventId, type: 'NegotiationOpened' }, known.type);
    throw DomainErrors.negotiationAlreadyOpened(negotiationId, draft.openingEventId, eventId);
  }

  const event = decideNew(draft, negotiationId, input, now, context);
  record(draft, event);
  return [event];
}

function recordDevelopments(command: RecordDevelopments, draft: Draft, context: DecisionContext): NegotiationEvent[] {
  const now = instantOfNow(context);
  const { negotiationId, developments } = command;
  if (!draft.opened) throw DomainErrors.negotiationNotFound(negotiationId);
  if (draft.negotiationId !== negotiationId)
    throw DomainErrors.negotiationIdMismatch(draft.negotiationId ?? '', negotiationId);
  if (developments.length === 0) throw DomainErrors.noDevelopments(negotiationId);

  // (A command of one development, nearly every one, cannot repeat an id: no set made.)
  const inCommand = developments.length > 1 ? new Set<string>() : undefined;
  const decided: NegotiationEvent[] = [];
  for (const development of developments) {
    const { eventId } = development;
    // Commands arrive as JSON: the type is checked, not trusted.
    const type: unknown = development.type;
    if (!isValidEventId(eventId)) throw DomainErrors.invalidEventId(negotiationId, eventId);
    if (inCommand?.has(eventId)) throw DomainErrors.duplicateEventIdInBatch(negotiationId, eventId);
    inCommand?.add(eventId);
    if (!isEventType(type) || type === 'NegotiationOpened')
      throw DomainErrors.invalidEventType(negotiationId, eventId, type);

    const input = eventInput(development, eventId, type, development.data);
    const known = draft.events.get(eventId);
    if (known?.type === type && fingerprintOf(known.original) === fingerprintOf(input)) continue; // recorded before: a retry
    if (known) throw DomainErrors.eventIdConflict({ negotiationId, eventId, type }, known.type);

    const event = decideNew(draft, negotiationId, input, now, context);
    record(draft, event);
    decided.push(event);
  }
  return decided;
}

/**
 * A request's development with its event id, for a `RecordDevelopments` command: its envelope's fields, `type` and
 * `data` as `eventInput` lists them (an optional field the body left out is there, undefined).
 */
export function developmentWithId(development: RecordEventInput, eventId: string): Development {
  return eventInput(development, eventId, development.type, development.data) as unknown as Development;
}

/**
 * The fields a new event is built from: the envelope's, as `source` has them, and these. One literal, no spread: a
 * spread followed by more fields took V8's slow path to define them, ≈ 2 µs per development in `decide`.
 */
function eventInput(
  source: Omit<EventInput, 'eventId' | 'type' | 'data'>,
  eventId: string,
  type: EventType,
  data: unknown,
): EventInput {
  const { occurredAt, precision, sources, cameo, note, occurrence } = source;
  return { occurredAt, precision, sources, cameo, note, occurrence, eventId, type, data };
}

/** Builds the event a new fact becomes and checks every rule on it against `draft` (the state so far). */
function decideNew(
  draft: NegotiationState,
  negotiationId: string,
  input: EventInput,
  now: number,
  context: DecisionContext,
): NegotiationEvent {
  const ref: EventRef = { negotiationId, eventId: input.eventId, type: input.type };
  // Read once: the precision's default and every check on the envelope use it.
  const occurredAt = parseTime(input.occurredAt);
  if (!occurredAt) throw DomainErrors.invalidOccurredAt(input.occurredAt, ref);

  // The optional fields added after the others (see addOptionalEnvelope), and `data` last: the event's fields keep
  // the order the stored JSON has always had.
  const fields: Record<string, unknown> = {
    type: input.type,
    eventId: input.eventId,
    negotiationId,
    occurredAt: input.occurredAt,
    precision: input.precision ?? defaultPrecisionOf(occurredAt),
    recordedAt: context.now,
    recordedBy: context.recordedBy,
    sources: input.sources,
  };
  addOptionalEnvelope(fields, input);
  fields.data = input.data;
  const event = fields as unknown as NegotiationEvent;

  checkEnvelope(event, now, context.now, occurredAt);
  checkData(event);
  switch (event.type) {
    case 'EventCorrected':
      checkCorrection(draft, event, now, context.now);
      break;
    case 'EventRetracted':
      checkRetraction(draft, event);
      break;
    default:
      checkWorld(draft, event);
  }
  return event;
}

/** The envelope's rules; `parsed` is `event.occurredAt` read, when the caller has read it already. */
function checkEnvelope(
  event: NegotiationEvent,
  now: number,
  nowIso: string,
  parsed: ParsedTime | undefined = parseTime(event.occurredAt),
): void {
  if (!parsed) throw DomainErrors.invalidOccurredAt(event.occurredAt, event);
  const allowed = allowedPrecisionsOf(parsed);
  if (!(allowed as readonly unknown[]).includes(event.precision)) {
    throw DomainErrors.invalidPrecision(event, event.occurredAt, event.precision, allowed);
  }
  if (parsed.instant > now) throw DomainErrors.occurredInFuture(event, event.occurredAt, nowIso);
  if (isInstantBeforeEarliest(parsed.instant))
    throw DomainErrors.occurredTooEarly(event, event.occurredAt, EARLIEST_OCCURRED_AT);
  if (!Array.isArray(event.sources) || event.sources.length === 0) throw DomainErrors.noSource(event);
  // Well formed (the verdict, no list made) unless vouched for; the problems are listed only for a source that is not.
  if (!isVouchedWellFormed(event.sources) && !areSourcesWellFormed(event.sources)) {
    const problems = event.sources.flatMap((source, i) => sourceProblems(source, `sources[${i}]`));
    if (problems.length > 0) throw DomainErrors.invalidSource(event, problems);
  }
  if (event.cameo !== undefined && (typeof event.cameo !== 'string' || !CAMEO_PATTERN.test(event.cameo))) {
    throw DomainErrors.invalidCameo(event, event.cameo);
  }
  if (event.cameo !== undefined && !isKnownCameoCode(event.cameo)) throw DomainErrors.unknownCameo(event, event.cameo);
  if (
    event.occurrence !== undefined &&
    (typeof event.occurrence !== 'string' || !ENTITY_ID_PATTERN.test(event.occurrence))
  ) {
    throw DomainErrors.invalidEventData(event, [
      `occurrence ${JSON.stringify(event.occurrence)} must be an occurrence id: ${ENTITY_ID_RULE}`,
    ]);
  }
  if (event.note !== undefined && (typeof event.note !== 'string' || event.note.trim() === '')) {
    throw DomainErrors.invalidEventData(event, ['note must be a non-empty string']);
  }
}

/** The shape of `data`, unless the edge vouched for it (`isVouchedWellFormed`): a write is validated once. */
function checkData(event: NegotiationEvent): void {
  if (isVouchedWellFormed(event.data)) return;
  const problems = eventDataProblems(event.type, event.data);
  if (problems.length > 0) throw DomainErrors.invalidEventData(event, problems);
}

/** The rules of an event about the world, against the state just before it. Throws the first broken rule. */
function checkWorld(s: NegotiationState, event: NegotiationEvent): void {
  // Which fields name an actor is the catalogue's (`actor-references.ts`).
  const unknown = unknownActorIn(event.type, event.data, s.actors);
  if (unknown) throw DomainErrors.unknownActor(event, `data.${unknown.field}`, unknown.actorId);

  switch (event.type) {
    case 'NegotiationOpened': {
      const { negotiationId, parties, mediators } = event.data;
      if (negotiationId !== event.negotiationId)
        throw DomainErrors.negotiationIdMismatch(event.negotiationId, negotiationId, event.eventId);
      const seen = new Set<string>();
      for (const { id } of [...parties, ...mediators]) {
        if (seen.has(id)) throw DomainErrors.actorListedTwice(event, id);
        seen.add(id);
      }
      if (parties.length < 2)
        throw DomainErrors.tooFewParties(
          event,
          parties.map((p) => p.id),
        );
      return;
    }
    case 'ActorRegistered': {
      const { actor, role } = event.data;
      if (s.actors.get(actor.id)?.role === role) throw DomainErrors.actorAlreadyRegistered(event, actor.id, role);
      return;
    }
    case 'TalksRoundScheduled': {
      if (s.rounds.get(event.data.roundId)?.scheduled)
        throw DomainErrors.alreadyExists('round-already-exists', event, event.data.roundId);
      return;
    }
    case 'TalksRoundOpened': {
      const { roundId, label } = event.data;
      const round = s.rounds.get(roundId);
      if (!round && label === undefined) throw DomainErrors.roundLabelRequired(event, roundId);
      if (round?.status === 'cancelled') throw DomainErrors.roundCancelled(event, roundId);
      if (round && round.status !== 'scheduled') throw DomainErrors.roundAlreadyOpened(event, roundId);
      return;
    }
    case 'TalksRoundConcluded': {
      const { roundId } = event.data;
      const round = s.rounds.get(roundId);
      if (!round) throw DomainErrors.unknownRound(event, roundId);
      if (round.status === 'cancelled') throw DomainErrors.roundCancelled(event, roundId);
      if (round.status === 'concluded') throw DomainErrors.roundAlreadyConcluded(event, roundId);
      if (round.status === 'scheduled') throw DomainErrors.roundNotOpened(event, roundId);
      return;
    }
    case 'TalksRoundPostponed':
      requireRound(s, event, event.data.roundId);
      return;
    case 'TalksRoundCancelled': {
      const { roundId } = event.data;
      const round = requireRound(s, event, roundId);
      if (round.status === 'cancelled') throw DomainErrors.roundAlreadyCancelled(event, roundId);
      if (round.status !== 'scheduled') throw DomainErrors.roundAlreadyOpened(event, roundId);
      return;
    }
    case 'AgreementReached': {
      const { agreementId, roundId } = event.data;
      if (s.agreements.has(agreementId))
        throw DomainErrors.alreadyExists('agreement-already-exists', event, agreementId);
      if (roundId !== undefined) requireRound(s, event, roundId);
      return;
    }
    case 'AgreementStatusChanged': {
      const { agreementId, status, by } = event.data;
      const agreement = s.agreements.get(agreementId);
      if (!agreement) throw DomainErrors.unknownAgreement(event, agreementId);
      // A party's act on the agreement is a signatory's; suspending or withdrawing is always someone's.
      if (by === undefined && (AGREEMENT_STATUSES_REPUDIATING as readonly string[]).includes(status))
        throw DomainErrors.agreementStatusNeedsParty(event, agreementId, status);
      if (
        by !== undefined &&
        (AGREEMENT_STATUSES_BY_A_PARTY as readonly string[]).includes(status) &&
        !agreement.signatories.includes(by)
      )
        throw DomainErrors.agreementStatusByNonSignatory(event, agreementId, status, by, agreement.signatories);
      const parsed = parseTime(event.occurredAt);
      const { terminatedOn, lastChange } = agreement;
      if (terminatedOn !== undefined) {
        // Terminated once; nothing changes its status surely after the termination (a change before it, learnt later, is one).
        if (status === AGREEMENT_STATUS_FINAL || (parsed !== undefined && parsed.instant > terminatedOn.instant))
          throw DomainErrors.agreementTerminated(event, agreementId, terminatedOn.occurredAt);
      }
      // The rule above, from the termination's side: one dated surely before a recorded status change is refused.
      if (
        status === AGREEMENT_STATUS_FINAL &&
        lastChange !== undefined &&
        parsed !== undefined &&
        lastChange.instant > lastInstantOf(parsed)
      )
        throw DomainErrors.agreementTerminatedBeforeChange(event, agreementId, event.occurredAt, lastChange);
      return;
    }
    case 'NegotiationClosed':
      if (s.closingEventId !== undefined) throw DomainErrors.negotiationAlreadyClosed(event, s.closingEventId);
      return;
    case 'DemandTabled': {
      const { demandId, by, addressedTo } = event.data;
      if (s.demands.has(demandId)) throw DomainErrors.alreadyExists('demand-already-exists', event, demandId);
      if (addressedTo.includes(by)) throw DomainErrors.demandAddressedToProposer(event, demandId, by);
      return;
    }
    case 'DemandAmended': {
      const { demandId, text, category, addressedTo } = event.data;
      const demand = requireDemand(s, event, demandId);
      if (text === undefined && category === undefined && addressedTo === undefined)
        throw DomainErrors.amendmentChangesNothing(event, demandId);
      if (addressedTo?.includes(demand.by)) throw DomainErrors.demandAddressedToProposer(event, demandId, demand.by);
      return;
    }
    case 'DemandWithdrawn': {
      const demand = requireDemand(s, event, event.data.demandId);
      if (demand.withdrawn) throw DomainErrors.demandAlreadyWithdrawn(event, demand.demandId);
      return;
    }
    case 'PositionTaken': {
      const { demandId, actorId } = event.data;
      const demand = requireDemand(s, event, demandId);
      if (demand.by === actorId) throw DomainErrors.positionOnOwnDemand(event, demandId, actorId);
      return;
    }
    case 'UltimatumIssued': {
      const { ultimatumId, by, to, demandIds } = event.data;
      if (s.ultimatums.has(ultimatumId))
        throw DomainErrors.alreadyExists('ultimatum-already-exists', event, ultimatumId);
      for (const demandId of demandIds) requireDemand(s, event, demandId);
      if (to.includes(by)) throw DomainErrors.ultimatumAddressedToIssuer(event, ultimatumId, by);
      return;
    }
    case 'UltimatumResolved': {
      const { ultimatumId } = event.data;
      const ultimatum = s.ultimatums.get(ultimatumId);
      if (!ultimatum) throw DomainErrors.unknownUltimatum(event, ultimatumId);
      if (ultimatum.resolved) throw DomainErrors.ultimatumAlreadyResolved(event, ultimatumId);
      return;
    }
    case 'CeasefireDeclared':
      if (s.ceasefires.has(event.data.ceasefireId))
        throw DomainErrors.alreadyExists('ceasefire-already-exists', event, event.data.ceasefireId);
      return;
    case 'CeasefireExtended':
      requireCeasefireUntil(s, event, event.data.ceasefireId);
      return;
    case 'CeasefireViolationReported': {
      const { ceasefireId, allegedBy, against } = event.data;
      requireCeasefireUntil(s, event, ceasefireId);
      if (allegedBy === against) throw DomainErrors.violationAllegedAgainstSelf(event, ceasefireId, allegedBy);
      return;
    }
    case 'CeasefireEnded': {
      const ceasefire = requireCeasefire(s, event, event.data.ceasefireId);
      if (ceasefire.ended) throw DomainErrors.ceasefireAlreadyEnded(event, ceasefire.ceasefireId);
      // The rule above, from the end's side: an end dated surely before a recorded extension or violation is refused.
      const parsed = parseTime(event.occurredAt);
      const { lastUse } = ceasefire;
      if (lastUse !== undefined && parsed !== undefined && lastUse.instant > lastInstantOf(parsed))
        throw DomainErrors.ceasefireEndBeforeUse(event, ceasefire.ceasefireId, event.occurredAt, lastUse);
      return;
    }
    case 'IncidentReported': {
      const { incidentId, perpetrator, against, harmed } = event.data;
      if (s.incidents.has(incidentId)) throw DomainErrors.alreadyExists('incident-already-exists', event, incidentId);
      // Whom the act harmed though it was not aimed at it: neither its author nor whom it was aimed at.
      if (harmed !== undefined && harmed === perpetrator)
        throw DomainErrors.harmedIsPerpetrator(event, incidentId, harmed);
      if (harmed !== undefined && harmed === against) throw DomainErrors.harmedIsAgainst(event, incidentId, harmed);
      return;
    }
    case 'ThirdPartyEngagement':
      if (event.data.counterparts.includes(event.data.actorId))
        throw DomainErrors.engagementWithSelf(event, event.data.actorId);
      return;
    case 'StatementMade': {
      // A blame laid in the statement: on an incident the negotiation holds (a retracted one it no longer does), on
      // another actor than the speaker's (an unknown actor is refused above), not surely before the incident happened
      // (a correction moving the incident surely after the blame breaks the blame, so is refused too).
      const { speaker, blames } = event.data;
      if (blames === undefined) return;
      const incident = s.incidents.get(blames.incidentId);
      if (!incident) throw DomainErrors.unknownIncident(event, blames.incidentId);
      if (blames.on === speaker.actorId) throw DomainErrors.blameOnSpeaker(event, blames.incidentId, blames.on);
      const said = parseTime(event.occurredAt);
      const happened = parseTime(incident.occurredAt);
      if (said !== undefined && happened !== undefined && lastInstantOf(said) < happened.instant)
        throw DomainErrors.blameBeforeIncident(event, blames.incidentId, event.occurredAt, incident);
      return;
    }
    case 'TalksSuspended':
    case 'TalksResumed':
    case 'MediationAction':
      return;
    case 'EventCorrected':
    case 'EventRetracted':
      // Not events about the world: decided by checkCorrection / checkRetraction.
      return;
    default:
      return assertNever(event, 'event');
  }
}

function requireRound(s: NegotiationState, ref: EventRef, roundId: string): RoundEntry {
  const round = s.rounds.get(roundId);
  if (!round) throw DomainErrors.unknownRound(ref, roundId);
  return round;
}

function requireDemand(s: NegotiationState, ref: EventRef, demandId: string): DemandEntry {
  const demand = s.demands.get(demandId);
  if (!demand) throw DomainErrors.unknownDemand(ref, demandId);
  return demand;
}

function requireCeasefire(s: NegotiationState, ref: EventRef, ceasefireId: string): CeasefireEntry {
  const ceasefire = s.ceasefires.get(ceasefireId);
  if (!ceasefire) throw DomainErrors.unknownCeasefire(ref, ceasefireId);
  return ceasefire;
}

/**
 * A ceasefire that `event` extends or says was breached: known, and not ended before `event` happened. Only what is
 * surely after the end is refused — the event's earliest moment after the end's latest (dates without a time span
 * their day) — and a breach before the end reported after it was recorded is still one.
 */
function requireCeasefireUntil(s: NegotiationState, event: NegotiationEvent, ceasefireId: string): CeasefireEntry {
  const ceasefire = requireCeasefire(s, event, ceasefireId);
  const at = ceasefire.endedOn === undefined ? undefined : parseTime(event.occurredAt)?.instant;
  if (ceasefire.endedOn !== undefined && at !== undefined && at > ceasefire.endedOn.instant)
    throw DomainErrors.ceasefireEndedBefore(event, ceasefireId, ceasefire.endedOn.occurredAt);
  return ceasefire;
}

function checkCorrection(
  s: NegotiationState,
  correction: EventOf<'EventCorrected'>,
  now: number,
  nowIso: string,
): void {
  const { eventId: targetId, changes } = correction.data;
  const target = s.events.get(targetId);
  if (!target) throw DomainErrors.unknownEvent(correction, targetId);
  if (!isWorldType(target.type)) throw DomainErrors.correctionTargetInvalid(correction, targetId, target.type);
  if (target.retracted) throw DomainErrors.eventRetracted(correction, targetId);

  const fields = dataFields(target.type);
  const unknown = Object.keys(changes.data ?? {}).filter((key) => !fields.includes(key));
  if (unknown.length > 0) throw DomainErrors.correctionUnknownField(correction, targetId, target.type, unknown);

  const corrected = correctedEvent(target.current, changes);
  if (fingerprintOf(corrected) === fingerprintOf(target.current))
    throw DomainErrors.correctionChangesNothing(correction, targetId);

  try {
    checkEnvelope(corrected, now, nowIso);
    checkData(corrected);
  } catch (error) {
    throw isDomainError(error) ? DomainErrors.inCorrection(correction, targetId, error) : error;
  }

  const broken = replay(s, targetId, corrected);
  if (broken?.eventId === targetId) throw DomainErrors.inCorrection(correction, targetId, broken.error);
  if (broken) throw DomainErrors.correctionBreaksLaterEvents(correction, targetId, broken.error, broken.eventId);
}

function checkRetraction(s: NegotiationState, retraction: EventOf<'EventRetracted'>): void {
  const targetId = retraction.data.eventId;
  const target = s.events.get(targetId);
  if (!target) throw DomainErrors.unknownEvent(retraction, targetId);
  if (!isRetractable(target.type)) throw DomainErrors.retractionTargetInvalid(retraction, targetId, target.type);
  if (target.retracted) throw DomainErrors.eventAlreadyRetracted(retraction, targetId);

  const broken = replay(s, targetId, undefined);
  if (broken) throw DomainErrors.retractionBreaksLaterEvents(retraction, targetId, broken.error, broken.eventId);
}

/**
 * Replays the events about the world in record order with `targetId`
 * replaced (or, when `replacement` is undefined, left out), checking the rules
 * from the target on. Returns the first event that no longer passes.
 */
function replay(
  s: NegotiationState,
  targetId: string,
  replacement: NegotiationEvent | undefined,
): { eventId: string; error: DomainError } | undefined {
  const draft = emptyDraft();
  let checking = false;
  for (const fact of factsInOrder(s)) {
    if (fact.retracted || !isWorldType(fact.type)) continue;
    let event = fact.current;
    if (fact.eventId === targetId) {
      checking = true;
      if (!replacement) continue;
      event = replacement;
    }
    if (checking) {
      try {
        checkWorld(draft, event);
      } catch (error) {
        if (isDomainError(error)) return { eventId: fact.eventId, error };
        throw error;
      }
    }
    apply(draft, event);
  }
  return undefined;
}

function instantOfNow(context: DecisionContext): number {
  const parsed = parseTime(context.now);
  // A programming error in the caller, not an analyst's: no DomainError.
  if (parsed?.form !== 'date-time')
    throw new Error(`DecisionContext.now must be an ISO date-time with a zone, got ${JSON.stringify(context.now)}`);
  if (typeof context.recordedBy !== 'string' || context.recordedBy === '')
    throw new Error('DecisionContext.recordedBy must be a non-empty string');
  return parsed.instant;
}

// ---------------------------------------------------------------------------
// Idempotency: what "the same content" means
// ---------------------------------------------------------------------------

/** The content a retry must repeat: everything but recordedAt/recordedBy, precision defaulted, key order and undefined fields ignored. */
function fingerprintOf(input: EventInput | NegotiationEvent): string {
  const parsed = input.precision === undefined ? parseTime(input.occurredAt) : undefined;
  const precision = input.precision ?? (parsed ? defaultPrecisionOf(parsed) : undefined);
  const { type, occurredAt, sources, cameo, note, occurrence, data } = input;
  return canonicalJson({ type, occurredAt, precision, sources, cameo, note, occurrence, data });
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(object)
        .filter((key) => object[key] !== undefined)
        .sort()
        .map((key) => [key, sorted(object[key])]),
    );
  }
  return value;
}
