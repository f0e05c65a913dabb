/**
 * The folded state behind every view of one negotiation.
 *
 * Built for the projection engine, which keeps current views in memory and
 * feeds them incrementally: `ViewState` is plain JSON (records keyed by id
 * plus `…Order` arrays for stable order — no Map, Set or class instance), so
 * it can be cloned, cached or shipped as is. It holds no time-dependent
 * answer: T is a parameter of the queries (status, escalation, …).
 *
 * - `foldViews(entries, asOf, model)`: effective events (bi-temporal), then reduce.
 * - `applyEvent(state, effectiveEvent, model)`: one more development, in fold order.
 * - `needsRefold(state, entry)`: true when the entry cannot simply be appended.
 *
 * Referential gaps are tolerated: folding is by occurredAt, so a position may
 * be folded before the demand it answers was tabled (backdated, or tabled
 * "later" in the world than recorded). The fold then keeps a stub (`tabled:
 * null`) that the tabling fills in; views show only tabled demands, issued
 * ultimatums and declared ceasefires.
 */
import {
  assertNever,
  type ActorKind,
  type ActorRole,
  type AgreementStatus,
  type CeasefireCoverage,
  type CeasefireDuration,
  type CeasefireEndReason,
  type CredibilityGrade,
  type DemandCategory,
  type Delegation,
  type EventDataByType,
  type NegotiationOutcome,
  type Range,
  type RoundOutcome,
  type Stance,
  type UltimatumResolution,
} from '@parley/domain';
import {
  compareFoldOrder,
  effectiveEvents,
  isCorrectionEvent,
  toEffectiveEvent,
  type AsOf,
  type EffectiveEvent,
  type LogEntry,
  type WorldEvent,
} from './effective-events';
import {
  DEFAULT_ESCALATION_MODEL,
  eventCode,
  goldsteinOf,
  gradeOf,
  type CodeSource,
  type EscalationModel,
} from './escalation-model';
import { ProjectionQueryError } from './errors';
import { escalationFacts, occurrenceOf, type EscalationFacts } from './escalation-facts';
import { clip, summaryData, type SummaryContext, type SummarySubject } from './summary';
import { getOwn, setOwn } from './own';
import { evidenceOf, type Evidence } from './evidence';
import { NO_POOL, stringPool, type StringPool } from './string-pool';
import { endInstant, parseTime, toInstant } from '@parley/domain';

/** Where and when something was recorded as happening: the event that said so. */
export interface Dated {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly instant: number;
}

export interface NegotiationInfo extends Dated {
  readonly title: string;
  readonly subject: string;
}

export interface ActorState {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  /** The latest registration wins (fold order). */
  readonly role: ActorRole;
  readonly registered: Dated;
}

export interface RoundState {
  readonly roundId: string;
  readonly label: string | null;
  readonly venue: string | null;
  readonly hosts: readonly string[];
  /** The current planned date (a postponement replaces it; one without a new date clears it). */
  readonly plannedFor: string | null;
  readonly plannedInstant: number | null;
  readonly scheduled: Dated | null;
  readonly opened: (Dated & { readonly delegations: readonly Delegation[] }) | null;
  readonly concluded:
    | (Dated & { readonly outcome: RoundOutcome; readonly summary: string | null; readonly nextSteps: string | null })
    | null;
  readonly postponements: readonly (Dated & { readonly reason: string | null; readonly plannedFor: string | null })[];
  readonly cancelled: (Dated & { readonly reason: string | null }) | null;
}

export interface SuspensionState extends Dated {
  readonly suspended: boolean;
  readonly by: string | null;
  readonly reason: string | null;
  /** Suspended for a time, by the suspending party's own account (`TalksSuspended.temporary`); false on a resumption. */
  readonly temporary: boolean;
}

export interface ClosedState extends Dated {
  readonly outcome: NegotiationOutcome;
  readonly summary: string | null;
}

/** An agreement as its development gives it (no round: null; `status` as reached, absent when not given). */
export type AgreementState = Dated &
  Omit<EventDataByType['AgreementReached'], 'roundId'> & { readonly roundId: string | null };

/** A change of an agreement's status (`AgreementStatusChanged`). */
export interface AgreementStatusRecord extends Dated {
  readonly status: AgreementStatus;
  readonly by: string | null;
  readonly reason: string | null;
}

/** A position as folded: its conditions, quote, speaker and sources are its evidence (`evidenceFor`). */
export interface StanceRecord extends Dated {
  readonly stance: Stance;
}

export interface DemandState {
  readonly demandId: string;
  /** The tabling (its sources are its evidence, `evidenceFor`). */
  readonly tabled: Dated | null;
  readonly by: string | null;
  readonly addressedTo: readonly string[];
  readonly text: string | null;
  readonly category: DemandCategory | null;
  readonly amendments: readonly (Dated & { readonly reason: string | null })[];
  readonly withdrawn: (Dated & { readonly reason: string | null }) | null;
  /** actor id → stances in fold order (the last is the current one). */
  readonly positions: Readonly<Record<string, readonly StanceRecord[]>>;
  /** Actors in the order they first took a position. */
  readonly positionOrder: readonly string[];
}

export interface UltimatumState {
  readonly ultimatumId: string;
  readonly issued:
    | (Dated & {
        readonly by: string;
        readonly to: readonly string[];
        readonly demandIds: readonly string[];
        readonly deadline: string | null;
        /** The deadline's first instant (a date: 00:00 UTC that day), from which the days left are counted. */
        readonly deadlineInstant: number | null;
        /** Its last instant (a date: the end of that day, `endInstant`): overdue after it. */
        readonly deadlineEnd: number | null;
        readonly consequences: string;
        readonly channel: string | null;
      })
    | null;
  readonly resolved: (Dated & { readonly resolution: UltimatumResolution; readonly summary: string | null }) | null;
}

export interface CeasefireState {
  readonly ceasefireId: string;
  readonly declared:
    | (Dated & {
        readonly parties: readonly string[];
        readonly scope: string | null;
        /** `all-hostilities` when not recorded. */
        readonly coverage: CeasefireCoverage;
        readonly mediatedBy: readonly string[];
      })
    | null;
  /** Current terms: an extension may change them. */
  readonly duration: CeasefireDuration | null;
  readonly until: string | null;
  /** `until`'s first instant (a date: 00:00 UTC that day), from which the days left are counted. */
  readonly untilInstant: number | null;
  /** Its last instant (a date: the end of that day, `endInstant`): a temporary ceasefire has lapsed after it. */
  readonly untilEnd: number | null;
  readonly extensions: readonly (Dated & {
    readonly duration: CeasefireDuration | null;
    readonly until: string | null;
    readonly terms: string | null;
  })[];
  readonly violations: readonly (Dated & {
    readonly allegedBy: string;
    readonly against: string;
    readonly casualties: Range | null;
  })[];
  readonly ended: (Dated & { readonly reason: CeasefireEndReason; readonly summary: string | null }) | null;
}

/**
 * A development as folded, with its escalation inputs under the state's
 * model: only what the views read of it (the effective, corrected event),
 * not the whole event — a state holds one per development, so this is most
 * of its memory and of its snapshot.
 */
export type DevelopmentRecord = DevelopmentSummary & DevelopmentFields;

/** `type` and what `summaryLine` reads of the event's data (`summaryData`): a record is a `SummarySubject`. */
export type DevelopmentSummary = Extract<SummarySubject, { readonly type: WorldEvent['type'] }>;

export interface DevelopmentFields {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly position: number;
  readonly instant: number;
  readonly code: string | null;
  readonly codeSource: CodeSource | null;
  /** Goldstein weight; null when the event has no code or the code is unknown. */
  readonly g: number | null;
  /**
   * The sources' best credibility grade (`gradeOf`; 0: none graded): its
   * confidence c is `confidenceOfGrade(grade, model)`. A small integer, kept
   * in the record itself, where a confidence (a fraction) would take a
   * number box of its own per development.
   */
  readonly grade: CredibilityGrade | 0;
  /** The occurrence it reports, when shared with others (`occurrenceOf`); null: an occurrence of its own. */
  readonly occurrence: string | null;
  /** What escalation model v2 reads of it beyond its weight (`escalationFacts`). */
  readonly facts: EscalationFacts | null;
}

/** An actor as a development that occurred after `at` names it (`ViewState.laterNames`). */
export interface NamedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  /** The role that development gives it (the opening's parties and mediators, a registration's role). */
  readonly role: ActorRole;
}

/**
 * What developments that occurred after `at`, but were recorded by `knownAt`,
 * say the negotiation and its actors are called: a view of a date before the
 * opening (or before an actor's registration) still names them, as soon as
 * Parley knows the names. Only a past fold (`at` given) has it: the current
 * state has folded every such development already.
 */
export interface LaterNames {
  /** The opening, when it occurred after `at`: a view of a date before it still shows the title and the parties. */
  readonly negotiation: {
    readonly title: string;
    readonly subject: string;
    readonly parties: readonly string[];
    readonly mediators: readonly string[];
  } | null;
  readonly actors: Readonly<Record<string, NamedActor>>;
  /** Ids in the order they were first named. */
  readonly actorOrder: readonly string[];
}

/**
 * Shape version of `ViewState`: a cached or snapshotted state with another `schema` must be refolded, not used.
 * 4: sources, quotes, speakers and conditions moved out of the records into `evidence`.
 * 5: a record keeps its sources' credibility `grade`, not the confidence `c` read from it; a quoted sentence
 * is kept as its first 81 characters (`summaryData`), not as the cut line.
 * 6: an armed incident's escalation facts keep who alleged it and whom they blame besides its author
 * (`allegedBy`, `blamedOn`); a ceasefire's keep who brokered it (`mediatedBy`).
 * 7: a deadline and a ceasefire's `until` keep their last instant too (`deadlineEnd`, `untilEnd`; the escalation
 * facts' `until` is it): a date given as an end runs to the end of its day.
 * 8: a ceasefire's escalation facts keep whether it is partial (`coverage`); a violation with casualties keeps the
 * ceasefire it violates (`ceasefireId`); a ceasefire's record keeps its `coverage`.
 * 9: an agreement's status changes (`agreementStatuses`); its escalation facts keep its id and status as reached.
 * 10: an incident keeps whom it harmed though it was not aimed at it (`harmed`), in its record and its escalation facts.
 * 11: an incident's escalation facts keep its `place` (acts at places recorded alike are one of §5b's "several places").
 * 12: a show of force (`force-posture`) has escalation facts (`posture`: who, toward whom), a hostile act of the pair.
 * 13: talks suspended for a time (`TalksSuspended.temporary`) are kept as such: the suspension's `temporary`, the
 * record's kept data, and escalation facts `pause` instead of `collapse`.
 * 14: a statement's record keeps the blame laid in it (`blames`), an incident's its `incidentId` (the attack a later
 * blame names).
 * 15: a border closure's and a reopening's escalation facts keep their `place` (a reopening of one place closed among
 * others lifts that one only).
 * 16: a border closure's and a reopening's escalation facts keep `allegedBy` and `blamedOn` (a closure blamed on a
 * party besides its author is coercion between the alleger and the party blamed).
 * 17: a negotiation closed with an agreement keeps that in its escalation facts (`talks-concluded` `settled`: an
 * agreement run to its term, the negotiation closed with it, was carried out).
 * 18: an armed incident's escalation facts keep `major` (its `scale`: an offensive or a full-scale battle by its
 * sources, heavy whatever its toll).
 * 19: an incident of kind `occupation` or `withdrawal` has escalation facts (ground held without fire, a lasting
 * condition until the withdrawal).
 * 20: an incident of kind `detention` or `release` has escalation facts (people or craft of the other held, coercive
 * until the release).
 * 21: an agreement's escalation facts say whether it is of kind `ceasefire` (it lapses with its ceasefire).
 */
export const VIEW_STATE_SCHEMA = 21;

export interface ViewState {
  /** Shape version of this JSON (VIEW_STATE_SCHEMA). */
  readonly schema: typeof VIEW_STATE_SCHEMA;
  readonly negotiationId: string;
  /** The fold tables (`EscalationModel.foldVersion`) the developments' code, g and c were computed with. */
  readonly foldVersion: string;
  readonly negotiation: NegotiationInfo | null;
  readonly actors: Readonly<Record<string, ActorState>>;
  readonly actorOrder: readonly string[];
  readonly rounds: Readonly<Record<string, RoundState>>;
  readonly roundOrder: readonly string[];
  /** The round of the latest opening (or of a conclusion without an opening), fold order. */
  readonly lastRoundId: string | null;
  readonly lastConcludedRoundId: string | null;
  /** The latest TalksSuspended / TalksResumed in fold order. */
  readonly suspension: SuspensionState | null;
  readonly closed: ClosedState | null;
  readonly agreements: readonly AgreementState[];
  /** Each agreement's status changes, by agreement id, in fold order (one may be folded before its agreement). */
  readonly agreementStatuses: Readonly<Record<string, readonly AgreementStatusRecord[]>>;
  readonly demands: Readonly<Record<string, DemandState>>;
  readonly demandOrder: readonly string[];
  readonly ultimatums: Readonly<Record<string, UltimatumState>>;
  readonly ultimatumOrder: readonly string[];
  readonly ceasefires: Readonly<Record<string, CeasefireState>>;
  readonly ceasefireOrder: readonly string[];
  /** The most recently declared ceasefire (fold order). */
  readonly currentCeasefireId: string | null;
  /** Every applied development in fold order (an id applied again is a no-op). */
  readonly developments: readonly DevelopmentRecord[];
  /** The highest log position applied: an arrival above it cannot be a duplicate (positions are unique per stored event). */
  readonly maxPosition: number;
  /** Fold key of the last applied development. */
  readonly last: { readonly instant: number; readonly position: number } | null;
  /** Names from developments after `at` (a past fold only; see `LaterNames`). */
  readonly laterNames?: LaterNames;
  /**
   * Every applied development's evidence (sources; a position's conditions,
   * quote and speaker) by event id, for the matrix and the escalation drivers.
   * A fold from the log carries it; the engine's long-lived states do not
   * (`evidence: false`): it reads a negotiation's from the log when its
   * matrix or escalation is asked for (`ProjectionEngine.withEvidence`).
   */
  readonly evidence?: Readonly<Record<string, Evidence>>;
}

/** Whether a state keeps its developments' evidence (default: it does). */
export interface EvidenceOption {
  readonly evidence?: boolean;
}

/** The reducer's view of the state: containers writable, entities replaced (never edited in place). */
type Draft = {
  -readonly [K in keyof ViewState]: ViewState[K] extends readonly (infer E)[]
    ? E[]
    : ViewState[K] extends Readonly<Record<string, infer V>>
      ? Record<string, V>
      : ViewState[K];
};

export function emptyViewState(
  negotiationId: string,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
  options: EvidenceOption = {},
): ViewState {
  const state: ViewState = {
    schema: VIEW_STATE_SCHEMA,
    negotiationId,
    foldVersion: model.foldVersion,
    negotiation: null,
    actors: {},
    actorOrder: [],
    rounds: {},
    roundOrder: [],
    lastRoundId: null,
    lastConcludedRoundId: null,
    suspension: null,
    closed: null,
    agreements: [],
    agreementStatuses: {},
    demands: {},
    demandOrder: [],
    ultimatums: {},
    ultimatumOrder: [],
    ceasefires: {},
    ceasefireOrder: [],
    currentCeasefireId: null,
    developments: [],
    maxPosition: 0,
    last: null,
  };
  return options.evidence === false ? state : { ...state, evidence: {} };
}

/**
 * An actor by id as the view knows it: registered by `at`, or else named by a
 * development recorded by `knownAt` that occurred later (`LaterNames`).
 */
export function namedActor(state: ViewState, id: string): ActorState | NamedActor | undefined {
  return getOwn(state.actors, id) ?? (state.laterNames === undefined ? undefined : getOwn(state.laterNames.actors, id));
}

/** An actor's name as the view knows it (`namedActor`), or its id when no development names it. */
export function actorNameOf(state: ViewState, id: string): string {
  return namedActor(state, id)?.name ?? id;
}

/** Views answer only from a state folded with the tables of the model they are asked with (every model of one `foldVersion` reads the same state). */
export function assertModel(state: ViewState, model: EscalationModel): void {
  if (state.foldVersion !== model.foldVersion) {
    throw new ProjectionQueryError(
      'model-mismatch',
      `state was folded with escalation tables ${state.foldVersion}, not ${model.foldVersion} (model ${model.version}): refold`,
      { stateTables: state.foldVersion, model: model.version, modelTables: model.foldVersion },
    );
  }
}

/**
 * Applies one development arriving in fold order and returns the new state;
 * the input state is not modified (containers touched are copied, entities are
 * replaced). A development already applied (same event id) changes nothing.
 * Takes an `EffectiveEvent` or, for the engine's convenience, the `LogEntry`
 * as it arrives. Corrections and retractions cannot be applied (they throw):
 * `needsRefold` says so first.
 */
export function applyEvent(
  state: ViewState,
  input: EffectiveEvent | LogEntry,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
): ViewState {
  assertModel(state, model);
  const effective = 'instant' in input ? input : toEffectiveEvent(input);
  if (effective.position <= state.maxPosition && isApplied(state, effective.event.eventId)) return state;
  // Copy-on-write: the writer copies a container the first time it changes it; entities are replaced, never edited.
  const writer = new Writer({ ...state } as Draft, new Set(), NO_POOL, false);
  reduce(writer, effective, model);
  return writer.draft;
}

/**
 * A working copy of one negotiation's state for applying a run of
 * developments, as `applyEvent` would one by one, without paying a copy per
 * event: each container (record or list) is copied at most once for the
 * whole run, on its first write, then written in place. So n events on a
 * state with m developments cost O(n + m) instead of O(n · m).
 *
 * - `draftViewState(state)`: `state` is left untouched (it may be shared:
 *   readers, snapshots); read the result from `draft.state` once the run is
 *   over and drop the draft (further `apply` calls would change that result).
 * - `draftViewState(state, model, { owned: true })`: `state` is the working
 *   copy itself, written in place — for a state nobody else holds yet.
 * - `{ transient: true }`: more than owned — every part of `state`, its
 *   entities too, was made by this fold and nobody holds any of it (a
 *   rebuild's states until `rebuild()` returns them): entities are edited in
 *   place rather than replaced.
 * - `{ pool }`: the strings the records keep are taken through it
 *   (`string-pool.ts`), so equal ones are kept once across the states it folds.
 *
 * `draft.state` is a valid `ViewState` at every step (for `needsRefold`).
 */
export interface ViewStateDraft {
  readonly state: ViewState;
  /** Same contract as `applyEvent`: one development in fold order; an applied id is a no-op. */
  apply(input: EffectiveEvent | LogEntry): void;
}

export function draftViewState(
  state: ViewState,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
  options: { readonly owned?: boolean; readonly transient?: boolean; readonly pool?: StringPool } = {},
): ViewStateDraft {
  assertModel(state, model);
  const pool = options.pool ?? NO_POOL;
  const transient = options.transient === true;
  const writer =
    options.owned || transient
      ? new Writer(state as Draft, null, pool, transient)
      : new Writer({ ...state } as Draft, new Set(), pool, false);
  return {
    state: writer.draft,
    apply(input) {
      const effective = 'instant' in input ? input : toEffectiveEvent(input);
      const draft = writer.draft;
      if (effective.position <= draft.maxPosition && isApplied(draft, effective.event.eventId)) return;
      reduce(writer, effective, model);
    },
  };
}

/** Linear, newest first: the engine's hot path (rising positions) never gets here. */
function isApplied(state: ViewState, eventId: string): boolean {
  for (let i = state.developments.length - 1; i >= 0; i--) {
    if (state.developments[i]?.eventId === eventId) return true;
  }
  return false;
}

export interface FoldOptions extends AsOf, EvidenceOption {
  /** Names the state when `entries` is empty; otherwise taken from the events. */
  readonly negotiationId?: string;
  /** Shares the kept strings with other folds (`string-pool.ts`); default: a pool of this fold's own. */
  readonly pool?: StringPool;
}

/** Effective events at `at` as known at `knownAt`, reduced: the state any view is answered from. */
export function foldViews(
  entries: readonly LogEntry[],
  options: FoldOptions = {},
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
): ViewState {
  const negotiationId = options.negotiationId ?? entries[0]?.event.negotiationId ?? '';
  // The fold owns this draft, so it mutates it in place: O(n) for n events.
  // (effectiveEvents already counts a duplicated id once.)
  const writer = new Writer(
    emptyViewState(negotiationId, model, options) as Draft,
    null,
    options.pool ?? stringPool(),
    true,
  );
  const { at, knownAt } = options;
  // Everything known, in fold order: what occurred by `at` is folded; what occurred later only lends its names.
  const known = effectiveEvents(entries, { knownAt });
  let i = 0;
  for (; i < known.length && (at === undefined || (known[i] as EffectiveEvent).instant <= at); i++)
    reduce(writer, known[i] as EffectiveEvent, model);
  if (at !== undefined) writer.draft.laterNames = laterNames(known.slice(i));
  return writer.draft;
}

/** The names the developments after `at` give (the first name an id is given wins, as a view of that time would show). */
function laterNames(later: readonly EffectiveEvent[]): LaterNames {
  let negotiation: LaterNames['negotiation'] = null;
  const actors: Record<string, NamedActor> = {};
  const actorOrder: string[] = [];
  const name = (actor: { id: string; name: string; kind: ActorKind; aliases?: readonly string[] }, role: ActorRole) => {
    if (Object.hasOwn(actors, actor.id)) return;
    actorOrder.push(actor.id);
    setOwn(actors, actor.id, { id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases ?? [], role });
  };
  for (const { event } of later) {
    if (event.type === 'NegotiationOpened') {
      negotiation ??= {
        title: event.data.title,
        subject: event.data.subject,
        parties: event.data.parties.map((a) => a.id),
        mediators: event.data.mediators.map((a) => a.id),
      };
      for (const actor of event.data.parties) name(actor, 'party');
      for (const actor of event.data.mediators) name(actor, 'mediator');
    } else if (event.type === 'ActorRegistered') name(event.data.actor, event.data.role);
  }
  return { negotiation, actors, actorOrder };
}

/**
 * True when `entry` (as it arrives, or already made an `EffectiveEvent`) cannot simply be applied to `state` with `applyEvent`:
 * a correction or retraction (it rewrites history), or a development that
 * sorts before the last applied one (backdated: occurredAt earlier, or equal
 * with a lower log position). The engine then refolds the negotiation.
 * A duplicate of an applied id needs no refold (applying it is a no-op).
 * Meant for the open-ended current state (no `at`/`knownAt` bound).
 */
export function needsRefold(state: ViewState, entry: LogEntry | EffectiveEvent): boolean {
  if (isCorrectionEvent(entry.event)) return true;
  if (state.last === null) return false;
  // An EffectiveEvent carries its instant already: no second parse of occurredAt.
  const instant = 'instant' in entry ? entry.instant : toInstant(entry.event.occurredAt);
  const before = compareFoldOrder({ instant, position: entry.position }, state.last) < 0;
  return before && !(entry.position <= state.maxPosition && isApplied(state, entry.event.eventId));
}

// ---------------------------------------------------------------------------
// The reducer
// ---------------------------------------------------------------------------

interface RecordValues {
  evidence: Evidence;
  actors: ActorState;
  rounds: RoundState;
  demands: DemandState;
  ultimatums: UltimatumState;
  ceasefires: CeasefireState;
  agreementStatuses: readonly AgreementStatusRecord[];
}
interface ListValues {
  actorOrder: string;
  roundOrder: string;
  demandOrder: string;
  ultimatumOrder: string;
  ceasefireOrder: string;
  agreements: AgreementState;
  developments: DevelopmentRecord;
}
type Container = keyof RecordValues | keyof ListValues;

/**
 * The reducer writes through this. Folding, it owns the draft and writes in
 * place (O(1) per change); applying to a shared state, it copies each
 * container (record or list) once, on first write, and leaves the rest shared.
 */
class Writer {
  constructor(
    readonly draft: Draft,
    /** Containers already copied; null = the draft owns every container. */
    private readonly copied: Set<Container> | null,
    /** Where the records' strings are shared (`string-pool.ts`). */
    readonly pool: StringPool,
    /** Every entity of the draft is this fold's own too (a rebuild's, a fold's): edited in place, not replaced. */
    readonly inPlace: boolean,
  ) {}

  put<K extends keyof RecordValues>(key: K, id: string, value: RecordValues[K]): void {
    const slots = this.draft as unknown as Record<K, Record<string, RecordValues[K]>>;
    if (this.copied !== null && !this.copied.has(key)) {
      slots[key] = { ...slots[key] };
      this.copied.add(key);
    }
    setOwn(slots[key], id, value);
  }

  push<K extends keyof ListValues>(key: K, value: ListValues[K]): void {
    const slots = this.draft as unknown as Record<K, ListValues[K][]>;
    if (this.copied !== null && !this.copied.has(key)) {
      // slice(): a flat copy, faster than a spread on long lists.
      slots[key] = slots[key].slice() as ListValues[K][];
      this.copied.add(key);
    }
    slots[key].push(value);
  }
}

/** Lists shorter than this are copied when an item is appended in place (`appended`); longer ones grow. */
const SHORT_LIST = 16;

/**
 * `list` with `item` appended, in an array of exactly that length: a spread
 * (`[...list, item]`) or a push leaves room for 16 more items (≈ 130 bytes),
 * and an entity's short lists (a demand's stances per actor and its actors,
 * a round's postponements, a ceasefire's violations…) are most of a state's
 * arrays. `inPlace` (the list is the fold's own): a list of SHORT_LIST or
 * more items grows in place instead (amortised, where a copy per item would
 * be quadratic in a long history).
 */
function appended<T>(list: readonly T[], item: T, inPlace = false): T[] {
  if (inPlace && list.length >= SHORT_LIST) {
    (list as T[]).push(item);
    return list as T[];
  }
  // concat() sizes its result exactly; [item]: an item that is itself an array is not spread into the list.
  return (list as T[]).concat([item]);
}

function round(w: Writer, roundId: string): RoundState {
  const existing = getOwn(w.draft.rounds, roundId);
  if (existing) return existing;
  w.push('roundOrder', roundId);
  return {
    roundId,
    label: null,
    venue: null,
    hosts: [],
    plannedFor: null,
    plannedInstant: null,
    scheduled: null,
    opened: null,
    concluded: null,
    postponements: [],
    cancelled: null,
  };
}

function demand(w: Writer, demandId: string): DemandState {
  const existing = getOwn(w.draft.demands, demandId);
  if (existing) return existing;
  w.push('demandOrder', demandId);
  return {
    demandId,
    tabled: null,
    by: null,
    addressedTo: [],
    text: null,
    category: null,
    amendments: [],
    withdrawn: null,
    positions: {},
    positionOrder: [],
  };
}

function ultimatum(w: Writer, ultimatumId: string): UltimatumState {
  const existing = getOwn(w.draft.ultimatums, ultimatumId);
  if (existing) return existing;
  w.push('ultimatumOrder', ultimatumId);
  return { ultimatumId, issued: null, resolved: null };
}

function ceasefire(w: Writer, ceasefireId: string): CeasefireState {
  const existing = getOwn(w.draft.ceasefires, ceasefireId);
  if (existing) return existing;
  w.push('ceasefireOrder', ceasefireId);
  return {
    ceasefireId,
    declared: null,
    duration: null,
    until: null,
    untilInstant: null,
    untilEnd: null,
    extensions: [],
    violations: [],
    ended: null,
  };
}

function register(
  w: Writer,
  actor: { id: string; name: string; kind: ActorKind; aliases?: readonly string[] },
  role: ActorRole,
  at: Dated,
) {
  if (!Object.hasOwn(w.draft.actors, actor.id)) w.push('actorOrder', actor.id);
  w.put('actors', actor.id, {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases ?? [],
    role,
    registered: at,
  });
}

/** Developments only: they count in the escalation index and the timeline, and change no other part of the state. */
const DEVELOPMENTS_ONLY_TYPES = [
  'StatementMade',
  'IncidentReported',
  'MediationAction',
  'ThirdPartyEngagement',
] as const;
type DevelopmentOnlyType = (typeof DEVELOPMENTS_ONLY_TYPES)[number];
const DEVELOPMENTS_ONLY: ReadonlySet<WorldEvent['type']> = new Set(DEVELOPMENTS_ONLY_TYPES);

function reduce(w: Writer, e: EffectiveEvent, model: EscalationModel): void {
  const d = w.draft;
  const event = e.event;
  const pool = w.pool;
  const code = eventCode(event, model);
  const g = code === null ? null : goldsteinOf(code.code, model);
  // One copy of a day or month many developments share.
  const occurredAt = pool.share(event.occurredAt);
  // summaryData(event) is the data of event.type: the pair is a DevelopmentSummary.
  w.push('developments', {
    eventId: event.eventId,
    type: event.type,
    occurredAt,
    data: summaryData(event, pool),
    position: e.position,
    instant: e.instant,
    // A default code is the model table's own string already; an analyst's is the event's.
    code: code === null ? null : code.source === 'analyst' ? pool.share(code.code) : code.code,
    codeSource: code?.source ?? null,
    g,
    grade: gradeOf(event.sources, model),
    occurrence: occurrenceOf(event, pool),
    facts: escalationFacts(event, pool),
  } as DevelopmentRecord);
  if (d.evidence !== undefined) w.put('evidence', event.eventId, evidenceOf(event));
  if (d.last === null || compareFoldOrder(e, d.last) > 0) {
    if (w.inPlace && d.last !== null) {
      // The fold's own key: moved rather than replaced (one object fewer per development).
      const last = d.last as { instant: number; position: number };
      last.instant = e.instant;
      last.position = e.position;
    } else {
      d.last = { instant: e.instant, position: e.position };
    }
  }
  if (e.position > d.maxPosition) d.maxPosition = e.position;
  // Most developments change nothing but the list: no `Dated` made for them.
  if (DEVELOPMENTS_ONLY.has(event.type)) return;
  // Spelled out below rather than spread (`{ ...at, stance }`): V8 gives every object made by a spread
  // followed by new keys a hidden class of its own (≈ 230 bytes each, a third of a development's memory).
  const at: Dated = { eventId: event.eventId, occurredAt, instant: e.instant };

  const reducer = ENTITY_REDUCERS[event.type as EntityType] as Reducer<EntityType> | undefined;
  if (reducer === undefined) return assertNever(event as never, 'development type');
  reducer(w, event as EventOfType<EntityType>, at);
}

/** Development types that change more than the list of developments: each has its reducer below. */
type EntityType = Exclude<WorldEvent['type'], DevelopmentOnlyType>;
type EventOfType<T extends WorldEvent['type']> = Extract<WorldEvent, { readonly type: T }>;
type Reducer<T extends EntityType> = (w: Writer, event: EventOfType<T>, at: Dated) => void;

/**
 * What each type of development changes in the state besides the list, one
 * function per type rather than one switch: the optimising compiler then
 * compiles (and, when a type first met invalidates its assumptions,
 * recompiles) only the small function of a type that is hot, not the whole
 * reducer — a 100k rebuild compiled the switch six times, about a second of
 * compilation beside the fold.
 */
const ENTITY_REDUCERS: { readonly [T in EntityType]: Reducer<T> } = {
  NegotiationOpened(w, event, at) {
    const d = w.draft;
    const data = event.data;
    d.negotiation = {
      eventId: at.eventId,
      occurredAt: at.occurredAt,
      instant: at.instant,
      title: data.title,
      subject: data.subject,
    };
    for (const actor of data.parties) register(w, actor, 'party', at);
    for (const actor of data.mediators) register(w, actor, 'mediator', at);
  },
  ActorRegistered(w, event, at) {
    register(w, event.data.actor, event.data.role, at);
  },
  TalksRoundScheduled(w, event, at) {
    const data = event.data;
    const r = round(w, data.roundId);
    w.put('rounds', data.roundId, {
      ...r,
      label: data.label,
      venue: data.venue ?? r.venue,
      hosts: data.hosts ?? r.hosts,
      plannedFor: data.plannedFor,
      plannedInstant: parseTime(data.plannedFor)?.instant ?? null,
      scheduled: at,
    });
  },
  TalksRoundOpened(w, event, at) {
    const d = w.draft;
    const data = event.data;
    const r = round(w, data.roundId);
    w.put('rounds', data.roundId, {
      ...r,
      label: data.label ?? r.label,
      venue: data.venue ?? r.venue,
      hosts: data.hosts ?? r.hosts,
      opened: {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        delegations: data.delegations ?? [],
      },
    });
    d.lastRoundId = data.roundId;
  },
  TalksRoundConcluded(w, event, at) {
    const d = w.draft;
    const data = event.data;
    const r = round(w, data.roundId);
    w.put('rounds', data.roundId, {
      ...r,
      concluded: {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        outcome: data.outcome,
        summary: data.summary ?? null,
        nextSteps: data.nextSteps ?? null,
      },
    });
    d.lastConcludedRoundId = data.roundId;
    // A round recorded only by its conclusion was held then.
    if (r.opened === null) d.lastRoundId = data.roundId;
  },
  TalksRoundPostponed(w, event, at) {
    const data = event.data;
    const r = round(w, data.roundId);
    const plannedFor = data.plannedFor ?? null;
    w.put('rounds', data.roundId, {
      ...r,
      plannedFor,
      plannedInstant: plannedFor === null ? null : (parseTime(plannedFor)?.instant ?? null),
      postponements: appended(r.postponements, {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        reason: data.reason ?? null,
        plannedFor,
      }),
    });
  },
  TalksRoundCancelled(w, event, at) {
    const r = round(w, event.data.roundId);
    w.put('rounds', event.data.roundId, {
      ...r,
      cancelled: {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        reason: event.data.reason ?? null,
      },
    });
  },
  TalksSuspended(w, event, at) {
    const d = w.draft;
    d.suspension = {
      eventId: at.eventId,
      occurredAt: at.occurredAt,
      instant: at.instant,
      suspended: true,
      by: event.data.by,
      reason: event.data.reason ?? null,
      temporary: event.data.temporary === true,
    };
  },
  TalksResumed(w, event, at) {
    const d = w.draft;
    d.suspension = {
      eventId: at.eventId,
      occurredAt: at.occurredAt,
      instant: at.instant,
      suspended: false,
      by: event.data.by ?? null,
      reason: event.data.reason ?? null,
      temporary: false,
    };
  },
  AgreementReached(w, event, at) {
    const { roundId, ...agreement } = event.data;
    w.push('agreements', {
      eventId: at.eventId,
      occurredAt: at.occurredAt,
      instant: at.instant,
      ...agreement,
      roundId: roundId ?? null,
    });
  },
  AgreementStatusChanged(w, event, at) {
    const data = event.data;
    w.put(
      'agreementStatuses',
      data.agreementId,
      appended(getOwn(w.draft.agreementStatuses, data.agreementId) ?? [], {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        status: data.status,
        by: data.by ?? null,
        reason: data.reason ?? null,
      }),
    );
  },
  NegotiationClosed(w, event, at) {
    const d = w.draft;
    d.closed = {
      eventId: at.eventId,
      occurredAt: at.occurredAt,
      instant: at.instant,
      outcome: event.data.outcome,
      summary: event.data.summary ?? null,
    };
  },
  DemandTabled(w, event, at) {
    const data = event.data;
    const dm = demand(w, data.demandId);
    w.put('demands', data.demandId, {
      ...dm,
      tabled: at,
      by: data.by,
      addressedTo: data.addressedTo,
      text: data.text,
      category: data.category,
    });
  },
  DemandAmended(w, event, at) {
    const data = event.data;
    const dm = demand(w, data.demandId);
    w.put('demands', data.demandId, {
      ...dm,
      text: data.text ?? dm.text,
      category: data.category ?? dm.category,
      addressedTo: data.addressedTo ?? dm.addressedTo,
      amendments: appended(dm.amendments, {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        reason: data.reason ?? null,
      }),
    });
  },
  DemandWithdrawn(w, event, at) {
    const dm = demand(w, event.data.demandId);
    w.put('demands', event.data.demandId, {
      ...dm,
      withdrawn: {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        reason: event.data.reason ?? null,
      },
    });
  },
  PositionTaken(w, event, at) {
    const d = w.draft;
    const pool = w.pool;
    const data = event.data;
    const stance: StanceRecord = {
      eventId: at.eventId,
      occurredAt: at.occurredAt,
      instant: at.instant,
      stance: data.stance,
    };
    const held = w.inPlace ? getOwn(d.demands, data.demandId) : undefined;
    if (held !== undefined) {
      // The fold's own demand: edited in place (a copy of it per position is quadratic in a long negotiation).
      const positions = held.positions as Record<string, StanceRecord[]>;
      const own = getOwn(positions, data.actorId);
      if (own !== undefined) {
        const history = appended(own, stance, true);
        if (history !== own) setOwn(positions, data.actorId, history);
      } else {
        setOwn(positions, pool.share(data.actorId), [stance]);
        (held as { positionOrder: readonly string[] }).positionOrder = appended(
          held.positionOrder,
          pool.share(data.actorId),
          true,
        );
      }
      return;
    }
    const dm = demand(w, data.demandId);
    const history = getOwn(dm.positions, data.actorId) ?? [];
    const positions = { ...dm.positions };
    setOwn(positions, data.actorId, appended(history, stance));
    w.put('demands', data.demandId, {
      ...dm,
      positions,
      positionOrder: history.length === 0 ? appended(dm.positionOrder, data.actorId) : dm.positionOrder,
    });
  },
  UltimatumIssued(w, event, at) {
    const data = event.data;
    const u = ultimatum(w, data.ultimatumId);
    w.put('ultimatums', data.ultimatumId, {
      ...u,
      issued: {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        by: data.by,
        to: data.to,
        demandIds: data.demandIds,
        deadline: data.deadline ?? null,
        deadlineInstant: parseTime(data.deadline)?.instant ?? null,
        deadlineEnd: endInstant(data.deadline) ?? null,
        consequences: data.consequences,
        channel: data.channel ?? null,
      },
    });
  },
  UltimatumResolved(w, event, at) {
    const data = event.data;
    const u = ultimatum(w, data.ultimatumId);
    w.put('ultimatums', data.ultimatumId, {
      ...u,
      resolved: {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        resolution: data.resolution,
        summary: data.summary ?? null,
      },
    });
  },
  CeasefireDeclared(w, event, at) {
    const d = w.draft;
    const data = event.data;
    const c = ceasefire(w, data.ceasefireId);
    const until = data.until ?? null;
    w.put('ceasefires', data.ceasefireId, {
      ...c,
      declared: {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        parties: data.parties,
        scope: data.scope ?? null,
        coverage: data.coverage ?? 'all-hostilities',
        mediatedBy: data.mediatedBy ?? [],
      },
      duration: data.duration,
      until,
      untilInstant: until === null ? null : (parseTime(until)?.instant ?? null),
      untilEnd: until === null ? null : (endInstant(until) ?? null),
    });
    d.currentCeasefireId = data.ceasefireId;
  },
  CeasefireExtended(w, event, at) {
    const data = event.data;
    const c = ceasefire(w, data.ceasefireId);
    const duration = data.duration ?? c.duration;
    // A new `until` replaces the old; becoming indefinite or lasting until the talks conclude drops it; otherwise it stands.
    const until = data.until ?? (data.duration !== undefined && data.duration !== 'temporary' ? null : c.until);
    w.put('ceasefires', data.ceasefireId, {
      ...c,
      duration,
      until,
      untilInstant: until === null ? null : (parseTime(until)?.instant ?? null),
      untilEnd: until === null ? null : (endInstant(until) ?? null),
      extensions: appended(c.extensions, {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        duration: data.duration ?? null,
        until: data.until ?? null,
        terms: data.terms ?? null,
      }),
    });
  },
  CeasefireViolationReported(w, event, at) {
    const data = event.data;
    const c = ceasefire(w, data.ceasefireId);
    w.put('ceasefires', data.ceasefireId, {
      ...c,
      violations: appended(c.violations, {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        allegedBy: data.allegedBy,
        against: data.against,
        casualties: data.casualties ?? null,
      }),
    });
  },
  CeasefireEnded(w, event, at) {
    const data = event.data;
    const c = ceasefire(w, data.ceasefireId);
    w.put('ceasefires', data.ceasefireId, {
      ...c,
      ended: {
        eventId: at.eventId,
        occurredAt: at.occurredAt,
        instant: at.instant,
        reason: data.reason,
        summary: data.summary ?? null,
      },
    });
  },
};

/** Names as the state knows them (the state folded at the same `at`/`knownAt` as the events summarised). */
export function summaryContext(state: ViewState): SummaryContext {
  return {
    actorName: (id) => actorNameOf(state, id),
    roundLabel: (id) => getOwn(state.rounds, id)?.label ?? id,
    demandText: (id) => {
      const text = getOwn(state.demands, id)?.text;
      return text ? `"${clip(text)}"` : id;
    },
    ultimatumBy: (id) => {
      const by = getOwn(state.ultimatums, id)?.issued?.by;
      return by === undefined ? id : `by ${actorNameOf(state, by)}`;
    },
  };
}
