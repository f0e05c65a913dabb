/**
 * The event catalogue of a negotiation (DOMAIN.md §2–3).
 *
 * Events are data: a readonly discriminated union of `{ type, data }` plus the
 * envelope every development carries. The `type` strings are storage
 * contracts: never rename one, never derive one from a class name.
 */

// ---------------------------------------------------------------------------
// Vocabulary shared by several events
// ---------------------------------------------------------------------------

/** How precisely `occurredAt` is known. A month-only date counts as the 1st. */
export const PRECISIONS = ['exact', 'day', 'month', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Admiralty (NATO AJP-2.1) source reliability: A completely reliable … F cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityGrade = (typeof CREDIBILITY_GRADES)[number];

export interface Source {
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  /** ISO date (or date-time) the source was published. */
  readonly publishedAt?: string;
  readonly reliability?: ReliabilityGrade;
  readonly credibility?: CredibilityGrade;
}

export const ACTOR_KINDS = [
  'state',
  'de-facto-authority',
  'armed-group',
  'mediator',
  'international-organisation',
  'opposition-movement',
  'individual',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_ROLES = ['party', 'mediator', 'third-party', 'spoiler', 'opposition', 'observer'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** An actor with a stable slug id (`pakistan`, `afghan-taliban`, `ttp`, `qatar`). */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases?: readonly string[];
}

/** A person who speaks or negotiates for an actor (Khawaja Asif, Defence Minister, for `pakistan`). */
export interface Person {
  readonly name: string;
  readonly title?: string;
  /** The actor this person speaks for; must be registered in the negotiation. */
  readonly actorId: string;
}

/** A contested count: claims conflict (23 vs 58), so a range. `min === max` when undisputed. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

// ---------------------------------------------------------------------------
// Process
// ---------------------------------------------------------------------------

export interface NegotiationOpened {
  readonly negotiationId: string;
  readonly title: string;
  readonly subject: string;
  /** Opening registers these actors with the role `party`. */
  readonly parties: readonly Actor[];
  /** Opening registers these actors with the role `mediator`. */
  readonly mediators: readonly Actor[];
}

export interface ActorRegistered {
  readonly actor: Actor;
  readonly role: ActorRole;
}

/** How a round is held: a formal round, informal contacts, or a technical (working-level) meeting. */
export const ROUND_FORMATS = ['formal', 'informal', 'technical'] as const;
export type RoundFormat = (typeof ROUND_FORMATS)[number];

export interface TalksRoundScheduled {
  readonly roundId: string;
  readonly label: string;
  readonly format?: RoundFormat;
  readonly venue?: string;
  /** Host and mediators of the round (actor ids). */
  readonly hosts?: readonly string[];
  /** The planned date: may lie in the future, unlike `occurredAt`. */
  readonly plannedFor: string;
}

export interface Delegation {
  readonly actorId: string;
  readonly head?: Person;
  readonly members?: readonly Person[];
}

export interface TalksRoundOpened {
  readonly roundId: string;
  /** Required when the round was not scheduled first: opening then creates it. */
  readonly label?: string;
  readonly format?: RoundFormat;
  readonly venue?: string;
  readonly hosts?: readonly string[];
  readonly delegations?: readonly Delegation[];
}

export const ROUND_OUTCOMES = ['agreement', 'progress', 'no-progress', 'collapsed', 'adjourned'] as const;
export type RoundOutcome = (typeof ROUND_OUTCOMES)[number];

export interface TalksRoundConcluded {
  readonly roundId: string;
  readonly outcome: RoundOutcome;
  readonly summary?: string;
  readonly nextSteps?: string;
}

export interface TalksRoundPostponed {
  readonly roundId: string;
  readonly reason?: string;
  /** The new planned date, when one was given. */
  readonly plannedFor?: string;
}

export interface TalksRoundCancelled {
  readonly roundId: string;
  readonly reason?: string;
}

export interface TalksSuspended {
  /** Actor id of who suspended the talks. */
  readonly by: string;
  readonly reason?: string;
  /**
   * True when, by the suspending party's own account, the talks are on hold for a time, not broken off: Iran put the
   * Baghdad talks with Saudi Arabia on hold "temporarily" on 13 March 2022 (the round was held five weeks later).
   * Absent (or false): a suspension as such, read as talks collapsed (Colombia's Petro suspending the ELN talks).
   */
  readonly temporary?: boolean;
}

export interface TalksResumed {
  readonly by?: string;
  readonly reason?: string;
}

export const AGREEMENT_KINDS = ['ceasefire', 'framework', 'partial', 'comprehensive'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/**
 * Where an agreement stands after it was reached (`AgreementStatusChanged`; what each means: the catalogue's labels).
 * Being implemented: no status recorded (agreed, and applied as agreed), `signed`, `ratified` or `in-force`; not
 * while only `text-agreed` or `initialled`, nor once `suspended`, `withdrawn` or `terminated` — until a later status puts it back in
 * force. `terminated` is final: nothing changes an agreement's status after it.
 */
export const AGREEMENT_STATUSES = [
  'text-agreed',
  'initialled',
  'signed',
  'ratified',
  'in-force',
  'suspended',
  'withdrawn',
  'terminated',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The statuses under which an agreement is being implemented (besides none recorded). */
export const AGREEMENT_STATUSES_IMPLEMENTED = [
  'signed',
  'ratified',
  'in-force',
] as const satisfies readonly AgreementStatus[];

/** Whether an agreement whose latest status is `status` (undefined or null: none recorded) is being implemented. */
export function isAgreementImplemented(status: AgreementStatus | null | undefined): boolean {
  return status == null || (AGREEMENT_STATUSES_IMPLEMENTED as readonly string[]).includes(status);
}

/** The statuses an agreement may be reached with (`AgreementReached.status`): on its way to force, or in force — not one that stops it. */
export const AGREEMENT_STATUSES_AT_REACHING = [
  'text-agreed',
  'initialled',
  ...AGREEMENT_STATUSES_IMPLEMENTED,
] as const satisfies readonly AgreementStatus[];
export type AgreementStatusAtReaching = (typeof AGREEMENT_STATUSES_AT_REACHING)[number];

/** The statuses that are one party's act on the agreement: `by`, when given, must be one of its signatories. */
export const AGREEMENT_STATUSES_BY_A_PARTY = [
  'initialled',
  'signed',
  'ratified',
  'suspended',
  'withdrawn',
] as const satisfies readonly AgreementStatus[];

/** The statuses by which a party stops applying an agreement: they need `by` (a signatory), and are a hostile act against the others. */
export const AGREEMENT_STATUSES_REPUDIATING = ['suspended', 'withdrawn'] as const satisfies readonly AgreementStatus[];

/** The status after which nothing changes an agreement's status. */
export const AGREEMENT_STATUS_FINAL = 'terminated' satisfies AgreementStatus;

export interface AgreementReached {
  readonly agreementId: string;
  readonly kind: AgreementKind;
  readonly provisions: readonly string[];
  /** Actor ids. */
  readonly signatories: readonly string[];
  readonly textPublic: boolean;
  readonly roundId?: string;
  /** Absent: agreed and being implemented (what every agreement recorded before statuses existed means). */
  readonly status?: AgreementStatusAtReaching;
}

export interface AgreementStatusChanged {
  readonly agreementId: string;
  readonly status: AgreementStatus;
  /** Actor id of whose act it is (a signatory, for a party's act); required for `suspended` and `withdrawn`. */
  readonly by?: string;
  readonly reason?: string;
}

export const NEGOTIATION_OUTCOMES = ['agreement', 'collapsed', 'abandoned', 'superseded'] as const;
export type NegotiationOutcome = (typeof NEGOTIATION_OUTCOMES)[number];

export interface NegotiationClosed {
  readonly outcome: NegotiationOutcome;
  readonly summary?: string;
}

// ---------------------------------------------------------------------------
// Substance
// ---------------------------------------------------------------------------

export const DEMAND_CATEGORIES = [
  'security',
  'territorial',
  'political',
  'economic',
  'humanitarian',
  'procedural',
] as const;
export type DemandCategory = (typeof DEMAND_CATEGORIES)[number];

export interface DemandTabled {
  readonly demandId: string;
  /** Actor id of the proposer. */
  readonly by: string;
  /** Actor ids the demand is addressed to. */
  readonly addressedTo: readonly string[];
  readonly text: string;
  readonly category: DemandCategory;
}

export interface DemandAmended {
  readonly demandId: string;
  readonly text?: string;
  readonly category?: DemandCategory;
  readonly addressedTo?: readonly string[];
  readonly reason?: string;
}

export interface DemandWithdrawn {
  readonly demandId: string;
  readonly reason?: string;
}

export const STANCES = [
  'accepted',
  'accepted-in-principle',
  'conditional',
  'ambiguous',
  'rejected',
  'counter-proposed',
] as const;
export type Stance = (typeof STANCES)[number];

export interface PositionTaken {
  readonly demandId: string;
  /** The actor whose stance this is. */
  readonly actorId: string;
  readonly stance: Stance;
  readonly conditions?: string;
  readonly quote?: string;
  readonly speaker?: Person;
}

export interface UltimatumIssued {
  readonly ultimatumId: string;
  readonly by: string;
  readonly to: readonly string[];
  /** Demand ids the ultimatum enforces. */
  readonly demandIds: readonly string[];
  /** Optional: ultimatums without a stated deadline exist ("final message"). */
  readonly deadline?: string;
  readonly consequences: string;
  /** e.g. "via Turkish mediators". */
  readonly channel?: string;
}

export const ULTIMATUM_RESOLUTIONS = [
  'complied',
  'partially-complied',
  'withdrawn',
  'rejected',
  'lapsed',
  'enforced',
] as const;
export type UltimatumResolution = (typeof ULTIMATUM_RESOLUTIONS)[number];

export interface UltimatumResolved {
  readonly ultimatumId: string;
  readonly resolution: UltimatumResolution;
  readonly summary?: string;
}

export const TONES = [
  'conciliatory',
  'neutral',
  'critical',
  'accusation',
  'warning',
  'threat',
  'military-threat',
] as const;
export type Tone = (typeof TONES)[number];

/**
 * A blame laid in a statement: the speaker holds actor `on` responsible for the incident `incidentId` recorded in this
 * negotiation (Burundi blaming Rwanda on 29 December 2023 for RED-Tabara's attack of the 22nd). Dated by the statement,
 * not by the incident: a blame laid days after the attack it names (an incident's own `blamedOn` is laid with it).
 */
export interface Blame {
  /** The incident blamed: one recorded (and not retracted) in this negotiation. */
  readonly incidentId: string;
  /** Actor id held responsible: a registered actor, not the speaker's own. */
  readonly on: string;
}

export interface StatementMade {
  readonly speaker: Person;
  /** Whom the statement is aimed at: an actor id, or free text such as "domestic audience". */
  readonly audience?: string;
  readonly tone: Tone;
  readonly summary: string;
  readonly quote?: string;
  /** The incident the speaker holds an actor responsible for in this statement, if any (see `Blame`). */
  readonly blames?: Blame;
}

// ---------------------------------------------------------------------------
// Ground truth around the table
// ---------------------------------------------------------------------------

/** `until-talks-conclude`: the truce holds until the talks it serves conclude ("until the conclusion of the Doha talks"). */
export const CEASEFIRE_DURATIONS = ['temporary', 'indefinite', 'until-talks-conclude'] as const;
export type CeasefireDuration = (typeof CEASEFIRE_DURATIONS)[number];

/**
 * What a ceasefire stops: all hostilities between those it binds, or only part of them (some targets, weapons, areas
 * or operations — an energy-infrastructure moratorium, a humanitarian pause in one area). Absent: all hostilities.
 */
export const CEASEFIRE_COVERAGES = ['all-hostilities', 'partial'] as const;
export type CeasefireCoverage = (typeof CEASEFIRE_COVERAGES)[number];

export interface CeasefireDeclared {
  readonly ceasefireId: string;
  /** Actor ids bound by the ceasefire. */
  readonly parties: readonly string[];
  readonly scope?: string;
  /** Absent: all hostilities (`CEASEFIRE_COVERAGES`). */
  readonly coverage?: CeasefireCoverage;
  readonly duration: CeasefireDuration;
  /** For a temporary ceasefire, when it lapses, if stated. */
  readonly until?: string;
  /** Actor ids of the mediators. */
  readonly mediatedBy?: readonly string[];
}

export interface CeasefireExtended {
  readonly ceasefireId: string;
  readonly duration?: CeasefireDuration;
  readonly until?: string;
  readonly terms?: string;
}

export interface CeasefireViolationReported {
  readonly ceasefireId: string;
  readonly allegedBy: string;
  readonly against: string;
  readonly casualties?: Range;
  readonly injured?: Range;
  /** How many of `casualties` were civilians: its `max` is not above `casualties.max`. */
  readonly civilianFatalities?: Range;
  readonly description?: string;
}

export const CEASEFIRE_END_REASONS = ['expired', 'collapsed', 'superseded'] as const;
export type CeasefireEndReason = (typeof CEASEFIRE_END_REASONS)[number];

export interface CeasefireEnded {
  readonly ceasefireId: string;
  readonly reason: CeasefireEndReason;
  readonly summary?: string;
}

/**
 * `non-lethal-force`: force used by one party on the other's vessels or people short of weapons fire (water cannon,
 * ramming, lasers, tear gas at a border): not armed action (DOMAIN.md §5b), coercion between the two.
 * `lethal-force`: force that kills or wounds, used by one party's forces on the other's people outside fighting between
 * the two (a civilian of the other shot at sea, border guards firing on the other's nationals): not armed action
 * either — not between the parties' forces, not on the other's territory — but coercion, with its toll.
 * `occupation`: one party's forces taking or holding ground the other holds or claims, with no fire (a landing on a
 * disputed island unopposed, posts set up across the line, troops left on the other's soil after a ceasefire; with
 * fire, record the clash too): not armed action but coercion, and a lasting condition while the ground is held, until
 * that party's `withdrawal` from it (DOMAIN.md §5b: lasting conditions weigh while they last).
 * `withdrawal`: forces pulled back from ground they held: the `occupation` of that place by that party ends (of no place
 * held recorded alike, all that party held).
 * `detention`: one party's forces or authorities seizing and holding the other party's people (soldiers, sailors,
 * diplomats, a crew) or its vessels or aircraft (with fire, record the clash too): force short of armed action, never
 * armed action, and coercion while the detention lasts, until that party's `release` of them (DOMAIN.md §5b: lasting
 * conditions weigh while they last). Its perpetrator is required (`AUTHORED_INCIDENT_KINDS`).
 * `release`: the detaining party frees them: its `detention` against that party at the place recorded alike ends (of
 * no place detained recorded alike, all that party's detentions against it). Its perpetrator is required.
 */
export const INCIDENT_KINDS = [
  'clash',
  'airstrike',
  'militant-attack',
  'border-closure',
  'force-posture',
  'shelling',
  'drone-strike',
  'missile-strike',
  'border-reopening',
  'casualty-report',
  'non-lethal-force',
  'lethal-force',
  'occupation',
  'withdrawal',
  'detention',
  'release',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/**
 * Incident kinds that are nothing without their author: who holds the people or craft, and who frees them. They are
 * refused without a `perpetrator` (an analyst who does not know who holds them records no detention).
 */
export const AUTHORED_INCIDENT_KINDS = ['detention', 'release'] as const satisfies readonly IncidentKind[];

/** Incident kinds that are armed action when between the parties (DOMAIN.md §5b): fire, strikes, shelling. */
export const ARMED_INCIDENT_KINDS = [
  'clash',
  'airstrike',
  'shelling',
  'drone-strike',
  'missile-strike',
] as const satisfies readonly IncidentKind[];

/**
 * How large an armed action was, by its sources' account, for a war whose tolls are not published:
 * `major`: an offensive, a full-scale battle, an invasion along a front — heavy armed action by its size (DOMAIN.md
 * §5b: "in several places, or tens killed") whatever toll is recorded. Only for `ARMED_INCIDENT_KINDS`.
 */
export const INCIDENT_SCALES = ['major'] as const;
export type IncidentScale = (typeof INCIDENT_SCALES)[number];

/** The incident kind whose counts cover a `period` (e.g. UNAMA's quarterly figures): it needs one, and only it may have one. */
export const PERIOD_INCIDENT_KIND = 'casualty-report' satisfies IncidentKind;

/** A span of time a count covers: date or date-time strings, `from` not after `to`. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface IncidentReported {
  readonly incidentId: string;
  readonly kind: IncidentKind;
  /** Actor id of the perpetrator, as alleged (see `allegedBy`). */
  readonly perpetrator?: string;
  readonly allegedBy?: string;
  /** Actor id the act was aimed at (the other side of the pair). */
  readonly against?: string;
  /** Actor id `allegedBy` holds responsible besides the perpetrator (Pakistan blaming the Afghan Taliban for sheltering the TTP). */
  readonly blamedOn?: string;
  /**
   * Actor id of a party whose people or property the act harmed though it was not aimed at it (`against` stays
   * whom it was aimed at): Azerbaijan's airliner downed by Russian air defence firing at Ukrainian drones is
   * Russia's strike `against` Ukraine that `harmed` Azerbaijan. Not the perpetrator, not `against`.
   */
  readonly harmed?: string;
  /** Free text: "Pakistani border posts", "Afghan civilians". */
  readonly target?: string;
  readonly place?: string;
  /** `major`: an offensive or a full-scale battle by its sources' account, heavy whatever its toll (`INCIDENT_SCALES`); only for armed kinds. */
  readonly scale?: IncidentScale;
  readonly fatalities?: Range;
  readonly injured?: Range;
  /** How many of `fatalities` were civilians: its `max` is not above `fatalities.max`. */
  readonly civilianFatalities?: Range;
  /** The span the counts cover: required when `kind` is `casualty-report`, refused otherwise. */
  readonly period?: Period;
  readonly description: string;
}

export const MEDIATION_ACTIONS = [
  'offered',
  'requested-resumption',
  'proposed',
  'visited',
  'acknowledged-evidence',
  /** A mediator asks a party to pause operations / de-escalate. */
  'requested-pause',
] as const;
export type MediationActionKind = (typeof MEDIATION_ACTIONS)[number];

export interface MediationAction {
  readonly mediator: string;
  readonly action: MediationActionKind;
  readonly summary: string;
}

export const ENGAGEMENT_KINDS = ['visit', 'outreach', 'meeting', 'recognition', 'support'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export interface ThirdPartyEngagement {
  /** Actor id of who engages. */
  readonly actorId: string;
  /** Actor ids of who is engaged with. */
  readonly counterparts: readonly string[];
  readonly kind: EngagementKind;
  readonly summary: string;
}

// ---------------------------------------------------------------------------
// Corrections: the log is never edited
// ---------------------------------------------------------------------------

/**
 * Fields of an earlier event a correction may replace. `data` is merged
 * shallowly (`{ ...data, ...changes.data }`), and a `null` in `changes.data`
 * removes that field (how a correction clears an optional field). When `occurredAt` changes and
 * `precision` is not given, the precision follows the new form (date-time →
 * `exact`, date → `day`, month → `month`), except that `approximate` stays
 * `approximate`. `correctedEvent` (negotiation.ts) applies exactly this.
 */
export interface CorrectionChanges {
  readonly occurredAt?: string;
  readonly precision?: Precision;
  readonly sources?: readonly Source[];
  readonly cameo?: string;
  readonly note?: string;
  readonly occurrence?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface EventCorrected {
  readonly eventId: string;
  readonly changes: CorrectionChanges;
  readonly reason: string;
}

export interface EventRetracted {
  readonly eventId: string;
  readonly reason: string;
}

// ---------------------------------------------------------------------------
// The union
// ---------------------------------------------------------------------------

/** type string → data shape. The keys are storage contracts. */
export interface EventDataByType {
  NegotiationOpened: NegotiationOpened;
  ActorRegistered: ActorRegistered;
  TalksRoundScheduled: TalksRoundScheduled;
  TalksRoundOpened: TalksRoundOpened;
  TalksRoundConcluded: TalksRoundConcluded;
  TalksRoundPostponed: TalksRoundPostponed;
  TalksRoundCancelled: TalksRoundCancelled;
  TalksSuspended: TalksSuspended;
  TalksResumed: TalksResumed;
  AgreementReached: AgreementReached;
  AgreementStatusChanged: AgreementStatusChanged;
  NegotiationClosed: NegotiationClosed;
  DemandTabled: DemandTabled;
  DemandAmended: DemandAmended;
  DemandWithdrawn: DemandWithdrawn;
  PositionTaken: PositionTaken;
  UltimatumIssued: UltimatumIssued;
  UltimatumResolved: UltimatumResolved;
  StatementMade: StatementMade;
  CeasefireDeclared: CeasefireDeclared;
  CeasefireExtended: CeasefireExtended;
  CeasefireViolationReported: CeasefireViolationReported;
  CeasefireEnded: CeasefireEnded;
  IncidentReported: IncidentReported;
  MediationAction: MediationAction;
  ThirdPartyEngagement: ThirdPartyEngagement;
  EventCorrected: EventCorrected;
  EventRetracted: EventRetracted;
}

export type EventType = keyof EventDataByType;

export const EVENT_TYPES = [
  'NegotiationOpened',
  'ActorRegistered',
  'TalksRoundScheduled',
  'TalksRoundOpened',
  'TalksRoundConcluded',
  'TalksRoundPostponed',
  'TalksRoundCancelled',
  'TalksSuspended',
  'TalksResumed',
  'AgreementReached',
  'AgreementStatusChanged',
  'NegotiationClosed',
  'DemandTabled',
  'DemandAmended',
  'DemandWithdrawn',
  'PositionTaken',
  'UltimatumIssued',
  'UltimatumResolved',
  'StatementMade',
  'CeasefireDeclared',
  'CeasefireExtended',
  'CeasefireViolationReported',
  'CeasefireEnded',
  'IncidentReported',
  'MediationAction',
  'ThirdPartyEngagement',
  'EventCorrected',
  'EventRetracted',
] as const satisfies readonly EventType[];

/** What every development carries besides its type-specific data (DOMAIN.md §2). */
export interface EventEnvelope {
  /** UUID; client-supplied or generated. A retry with the same id stores nothing. */
  readonly eventId: string;
  readonly negotiationId: string;
  /** When it happened in the world: `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time. */
  readonly occurredAt: string;
  readonly precision: Precision;
  /** When Parley stored it (set by the server; preserved by export/import). */
  readonly recordedAt: string;
  /** The analyst, from the API key. */
  readonly recordedBy: string;
  /** At least one. */
  readonly sources: readonly Source[];
  /** Analyst-set CAMEO code; replaces the event type's default. */
  readonly cameo?: string;
  readonly note?: string;
  /**
   * Analyst-set key of the one occurrence several developments report (the
   * Doha agreement recorded as a concluded round, an agreement and a
   * ceasefire): they share it, and the escalation model counts them once.
   * An entity id (`ENTITY_ID_PATTERN`). When absent the model groups the
   * developments naming the same `roundId` on the same UTC day (a default
   * it applies; nothing is stored).
   */
  readonly occurrence?: string;
}

/** One development of a negotiation, as the domain sees it. */
export type NegotiationEvent = {
  [T in EventType]: EventEnvelope & { readonly type: T; readonly data: EventDataByType[T] };
}[EventType];

export type EventOf<T extends EventType> = Extract<NegotiationEvent, { type: T }>;

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

/** Compile-time exhaustiveness check for `switch` over a union. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
