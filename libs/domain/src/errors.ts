/**
 * Domain errors: a refused decision says which rule it broke (`code`, kebab
 * case), how an API should answer (`kind`: not-found → 404, conflict → 409,
 * rule → 422; mapped in one exception filter in apps/api), which ids are
 * involved (`details`) and, in `message`, all of that in plain English.
 *
 * The kind of a code is fixed by the table below, so a code can never be
 * thrown with two different kinds.
 */

export type DomainErrorKind = 'not-found' | 'conflict' | 'rule';

export const DOMAIN_ERROR_KINDS = {
  // The negotiation itself
  'negotiation-not-found': 'not-found',
  'negotiation-already-opened': 'conflict',
  'negotiation-id-mismatch': 'rule',
  'invalid-negotiation-id': 'rule',
  'too-few-parties': 'rule',
  'actor-listed-twice': 'rule',
  'negotiation-already-closed': 'rule',

  // Every development
  'no-developments': 'rule',
  'invalid-event-id': 'rule',
  'invalid-event-type': 'rule',
  'duplicate-event-id-in-batch': 'rule',
  'event-id-conflict': 'conflict',
  'invalid-time': 'rule',
  'invalid-occurred-at': 'rule',
  'invalid-precision': 'rule',
  'occurred-in-future': 'rule',
  'occurred-too-early': 'rule',
  'no-source': 'rule',
  'invalid-source': 'rule',
  'invalid-cameo': 'rule',
  'unknown-cameo': 'rule',
  'invalid-event-data': 'rule',

  // References to what must exist in the negotiation
  'unknown-actor': 'rule',
  'unknown-round': 'rule',
  'unknown-demand': 'rule',
  'unknown-ultimatum': 'rule',
  'unknown-ceasefire': 'rule',
  'unknown-agreement': 'rule',
  'unknown-incident': 'rule',
  'unknown-event': 'rule',

  // Ids that create something, used a second time
  'round-already-exists': 'conflict',
  'demand-already-exists': 'conflict',
  'ultimatum-already-exists': 'conflict',
  'ceasefire-already-exists': 'conflict',
  'agreement-already-exists': 'conflict',
  'incident-already-exists': 'conflict',

  // Lifecycles and sanity of particular events
  'actor-already-registered': 'rule',
  'round-label-required': 'rule',
  'round-already-opened': 'rule',
  'round-not-opened': 'rule',
  'round-already-concluded': 'rule',
  'round-already-cancelled': 'rule',
  'round-cancelled': 'rule',
  'demand-addressed-to-proposer': 'rule',
  'amendment-changes-nothing': 'rule',
  'demand-already-withdrawn': 'rule',
  'position-on-own-demand': 'rule',
  'ultimatum-addressed-to-issuer': 'rule',
  'ultimatum-already-resolved': 'rule',
  'ceasefire-already-ended': 'rule',
  'ceasefire-ended': 'rule',
  'agreement-status-needs-party': 'rule',
  'agreement-status-by-non-signatory': 'rule',
  'agreement-terminated': 'rule',
  'violation-alleged-against-self': 'rule',
  'engagement-with-self': 'rule',
  'harmed-is-perpetrator': 'rule',
  'harmed-is-against': 'rule',
  'blame-on-speaker': 'rule',
  'blame-before-incident': 'rule',

  // Corrections and retractions
  'correction-target-invalid': 'rule',
  'retraction-target-invalid': 'rule',
  'event-retracted': 'rule',
  'event-already-retracted': 'rule',
  'correction-changes-nothing': 'rule',
  'correction-unknown-field': 'rule',
  'correction-breaks-later-events': 'rule',
  'retraction-breaks-later-events': 'rule',
} as const satisfies Record<string, DomainErrorKind>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_KINDS;

export type DomainErrorDetails = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly kind: DomainErrorKind;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.kind = DOMAIN_ERROR_KINDS[code];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * A stored event that does not decode: unknown type, missing or ill-typed
 * envelope field, data of the wrong shape. Not a DomainError: it means the log
 * (or an import file) is damaged, not that an analyst broke a rule.
 */
export class EventDecodeError extends Error {
  override readonly name = 'EventDecodeError';

  constructor(
    readonly eventId: string | undefined,
    readonly eventType: string | undefined,
    readonly problems: readonly string[],
  ) {
    super(
      `Stored event ${eventId ?? '(no id)'} (${eventType ?? 'no type'}) cannot be decoded: ${problems.join('; ')}.`,
    );
  }
}

/** What an error message needs to name the event being decided. A NegotiationEvent is one. */
export interface EventRef {
  readonly negotiationId: string;
  readonly eventId: string;
  readonly type: string;
}

const of = (ref: EventRef): string => `${ref.type} ${ref.eventId}`;
const ids = (ref: EventRef) => ({ negotiationId: ref.negotiationId, eventId: ref.eventId, eventType: ref.type });
const list = (values: readonly string[]): string => values.join(', ');

/** One factory per rule, so messages and details stay consistent wherever a rule is checked. */
export const DomainErrors = {
  negotiationNotFound: (negotiationId: string) =>
    new DomainError('negotiation-not-found', `Negotiation ${negotiationId} was not found: it has not been opened.`, {
      negotiationId,
    }),

  negotiationAlreadyOpened: (negotiationId: string, openingEventId: string | undefined, eventId: string) =>
    new DomainError(
      'negotiation-already-opened',
      `Negotiation ${negotiationId} is already opened (by event ${openingEventId ?? 'unknown'}); event ${eventId} cannot open it again.`,
      { negotiationId, openingEventId, eventId },
    ),

  negotiationIdMismatch: (negotiationId: string, named: string, eventId?: string) =>
    new DomainError(
      'negotiation-id-mismatch',
      `${eventId ? `Event ${eventId}` : 'The command'} names negotiation ${named}, but it is decided on negotiation ${negotiationId}; a negotiation id never changes.`,
      { negotiationId, named, eventId },
    ),

  invalidNegotiationId: (value: string) =>
    new DomainError(
      'invalid-negotiation-id',
      `"${value}" is not a valid negotiation id: use a lower-case slug of letters, digits and hyphens, at most 64 characters (e.g. pak-afghan-2025).`,
      { negotiationId: value },
    ),

  tooFewParties: (ref: EventRef, parties: readonly string[]) =>
    new DomainError(
      'too-few-parties',
      `Negotiation ${ref.negotiationId} needs at least two distinct parties; ${of(ref)} names ${parties.length === 0 ? 'none' : list(parties)}.`,
      { ...ids(ref), parties },
    ),

  actorListedTwice: (ref: EventRef, actorId: string) =>
    new DomainError(
      'actor-listed-twice',
      `Actor ${actorId} is listed more than once among the parties and mediators of negotiation ${ref.negotiationId} (${of(ref)}); an actor has one role.`,
      { ...ids(ref), actorId },
    ),

  negotiationAlreadyClosed: (ref: EventRef, closingEventId: string | undefined) =>
    new DomainError(
      'negotiation-already-closed',
      `Negotiation ${ref.negotiationId} is already closed (by event ${closingEventId ?? 'unknown'}); ${of(ref)} cannot close it again. Correct the closing event instead.`,
      { ...ids(ref), closingEventId },
    ),

  noDevelopments: (negotiationId: string) =>
    new DomainError(
      'no-developments',
      `Nothing to record in negotiation ${negotiationId}: the command lists no developments.`,
      { negotiationId },
    ),

  invalidEventId: (negotiationId: string, value: unknown) =>
    new DomainError(
      'invalid-event-id',
      `"${String(value)}" is not a valid event id for negotiation ${negotiationId}: event ids are UUIDs.`,
      {
        negotiationId,
        eventId: String(value),
      },
    ),

  invalidEventType: (negotiationId: string, eventId: string, type: unknown) =>
    new DomainError(
      'invalid-event-type',
      type === 'NegotiationOpened'
        ? `Event ${eventId} cannot be a NegotiationOpened: negotiation ${negotiationId} is opened once, by opening it, not by recording a development.`
        : `Event ${eventId} in negotiation ${negotiationId} has type "${String(type)}", which is not in the event catalogue.`,
      { negotiationId, eventId, eventType: String(type) },
    ),

  duplicateEventIdInBatch: (negotiationId: string, eventId: string) =>
    new DomainError(
      'duplicate-event-id-in-batch',
      `Event id ${eventId} appears twice in one command for negotiation ${negotiationId}; each development needs its own id.`,
      { negotiationId, eventId },
    ),

  eventIdConflict: (ref: EventRef, knownType: string) =>
    new DomainError(
      'event-id-conflict',
      knownType === ref.type
        ? `Event id ${ref.eventId} is already recorded in negotiation ${ref.negotiationId} as a ${knownType} with different content; a retry must repeat the same content, and a new fact needs a new event id.`
        : `Event id ${ref.eventId} is already recorded in negotiation ${ref.negotiationId} as a ${knownType}, not a ${ref.type}; a new fact needs a new event id.`,
      { ...ids(ref), knownType },
    ),

  invalidTime: (value: string) =>
    new DomainError(
      'invalid-time',
      `"${value}" is not a date: use YYYY-MM, YYYY-MM-DD or an ISO date-time with Z or an offset.`,
      { value },
    ),

  invalidOccurredAt: (value: unknown, ref?: EventRef) =>
    new DomainError(
      'invalid-occurred-at',
      `${ref ? `${of(ref)}: ` : ''}occurredAt "${String(value)}" is not a real date in the form YYYY-MM, YYYY-MM-DD or an ISO date-time with Z or an offset.`,
      { ...(ref ? ids(ref) : {}), occurredAt: String(value) },
    ),

  invalidPrecision: (ref: EventRef, occurredAt: string, precision: unknown, allowed: readonly string[]) =>
    new DomainError(
      'invalid-precision',
      `${of(ref)} in negotiation ${ref.negotiationId}: precision "${String(precision)}" does not fit occurredAt ${occurredAt}; allowed: ${list(allowed)}.`,
      { ...ids(ref), occurredAt, precision: String(precision), allowed },
    ),

  occurredInFuture: (ref: EventRef, occurredAt: string, now: string) =>
    new DomainError(
      'occurred-in-future',
      `${of(ref)} in negotiation ${ref.negotiationId} occurred at ${occurredAt}, which is after now (${now}); only what has happened is recorded.`,
      { ...ids(ref), occurredAt, now },
    ),

  occurredTooEarly: (ref: EventRef, occurredAt: string, earliest: string) =>
    new DomainError(
      'occurred-too-early',
      `${of(ref)} in negotiation ${ref.negotiationId} occurred at ${occurredAt}, before ${earliest}, the earliest date Parley records.`,
      { ...ids(ref), occurredAt, earliest },
    ),

  noSource: (ref: EventRef) =>
    new DomainError(
      'no-source',
      `${of(ref)} in negotiation ${ref.negotiationId} cites no source; every event, corrections and retractions included, needs at least one.`,
      ids(ref),
    ),

  invalidSource: (ref: EventRef, problems: readonly string[]) =>
    new DomainError(
      'invalid-source',
      `${of(ref)} in negotiation ${ref.negotiationId} has an invalid source: ${problems.join('; ')}.`,
      {
        ...ids(ref),
        problems,
      },
    ),

  invalidCameo: (ref: EventRef, cameo: unknown) =>
    new DomainError(
      'invalid-cameo',
      `${of(ref)} in negotiation ${ref.negotiationId}: "${String(cameo)}" is not a CAMEO event code (2 to 4 digits, e.g. 0871).`,
      { ...ids(ref), cameo: String(cameo) },
    ),

  unknownCameo: (ref: EventRef, cameo: string) =>
    new DomainError(
      'unknown-cameo',
      `${of(ref)} in negotiation ${ref.negotiationId}: CAMEO code ${cameo} is not in the shipped CAMEO table (the codes with a Goldstein weight), so the escalation model could not weigh it; use a code from the table or leave cameo out for the type's default.`,
      { ...ids(ref), cameo },
    ),

  invalidEventData: (ref: EventRef, problems: readonly string[]) =>
    new DomainError(
      'invalid-event-data',
      `${of(ref)} in negotiation ${ref.negotiationId} is not well formed: ${problems.join('; ')}.`,
      {
        ...ids(ref),
        problems,
      },
    ),

  unknownActor: (ref: EventRef, field: string, actorId: string) =>
    new DomainError(
      'unknown-actor',
      `${of(ref)} names actor ${actorId} (in ${field}), which is not registered in negotiation ${ref.negotiationId}; register it first.`,
      { ...ids(ref), field, actorId },
    ),

  unknownRound: (ref: EventRef, roundId: string) =>
    new DomainError(
      'unknown-round',
      `${of(ref)} refers to round ${roundId}, which does not exist in negotiation ${ref.negotiationId}.`,
      {
        ...ids(ref),
        roundId,
      },
    ),

  unknownDemand: (ref: EventRef, demandId: string) =>
    new DomainError(
      'unknown-demand',
      `${of(ref)} refers to demand ${demandId}, which was not tabled in negotiation ${ref.negotiationId}.`,
      {
        ...ids(ref),
        demandId,
      },
    ),

  unknownUltimatum: (ref: EventRef, ultimatumId: string) =>
    new DomainError(
      'unknown-ultimatum',
      `${of(ref)} refers to ultimatum ${ultimatumId}, which was not issued in negotiation ${ref.negotiationId}.`,
      { ...ids(ref), ultimatumId },
    ),

  unknownCeasefire: (ref: EventRef, ceasefireId: string) =>
    new DomainError(
      'unknown-ceasefire',
      `${of(ref)} refers to ceasefire ${ceasefireId}, which was not declared in negotiation ${ref.negotiationId}.`,
      { ...ids(ref), ceasefireId },
    ),

  unknownAgreement: (ref: EventRef, agreementId: string) =>
    new DomainError(
      'unknown-agreement',
      `${of(ref)} refers to agreement ${agreementId} (data.agreementId), which was not reached in negotiation ${ref.negotiationId}; record its AgreementReached first.`,
      { ...ids(ref), field: 'data.agreementId', agreementId },
    ),

  /** A statement's blame names an incident: one recorded, and not retracted, in the negotiation. */
  unknownIncident: (ref: EventRef, incidentId: string) =>
    new DomainError(
      'unknown-incident',
      `${of(ref)} blames an actor for incident ${incidentId} (data.blames.incidentId), which is not recorded in negotiation ${ref.negotiationId} (or was retracted); record its IncidentReported first.`,
      { ...ids(ref), field: 'data.blames.incidentId', incidentId },
    ),

  unknownEvent: (ref: EventRef, targetEventId: string) =>
    new DomainError(
      'unknown-event',
      `${of(ref)} refers to event ${targetEventId}, which is not recorded in negotiation ${ref.negotiationId}.`,
      {
        ...ids(ref),
        targetEventId,
      },
    ),

  alreadyExists: (
    code:
      | 'round-already-exists'
      | 'demand-already-exists'
      | 'ultimatum-already-exists'
      | 'ceasefire-already-exists'
      | 'agreement-already-exists'
      | 'incident-already-exists',
    ref: EventRef,
    id: string,
  ) => {
    const what = code.slice(0, code.indexOf('-'));
    return new DomainError(
      code,
      `${of(ref)}: ${what} id ${id} is already used in negotiation ${ref.negotiationId}; choose another id, or correct the earlier event.`,
      { ...ids(ref), [`${what}Id`]: id },
    );
  },

  actorAlreadyRegistered: (ref: EventRef, actorId: string, role: string) =>
    new DomainError(
      'actor-already-registered',
      `Actor ${actorId} is already registered as ${role} in negotiation ${ref.negotiationId} (${of(ref)}); register it again only to change its role.`,
      { ...ids(ref), actorId, role },
    ),

  roundLabelRequired: (ref: EventRef, roundId: string) =>
    new DomainError(
      'round-label-required',
      `${of(ref)} opens round ${roundId}, which was never scheduled in negotiation ${ref.negotiationId}, so it needs a label.`,
      { ...ids(ref), roundId },
    ),

  roundAlreadyOpened: (ref: EventRef, roundId: string) =>
    new DomainError(
      'round-already-opened',
      `Round ${roundId} in negotiation ${ref.negotiationId} has already opened, so ${of(ref)} is refused: a round opens once and a round that was held cannot be cancelled.`,
      { ...ids(ref), roundId },
    ),

  roundNotOpened: (ref: EventRef, roundId: string) =>
    new DomainError(
      'round-not-opened',
      `Round ${roundId} in negotiation ${ref.negotiationId} has not opened, so ${of(ref)} cannot conclude it; record the opening first.`,
      { ...ids(ref), roundId },
    ),

  roundAlreadyConcluded: (ref: EventRef, roundId: string) =>
    new DomainError(
      'round-already-concluded',
      `Round ${roundId} in negotiation ${ref.negotiationId} has already concluded; a round concludes once (${of(ref)} refused).`,
      { ...ids(ref), roundId },
    ),

  roundAlreadyCancelled: (ref: EventRef, roundId: string) =>
    new DomainError(
      'round-already-cancelled',
      `Round ${roundId} in negotiation ${ref.negotiationId} is already cancelled; a round is cancelled once (${of(ref)} refused).`,
      { ...ids(ref), roundId },
    ),

  roundCancelled: (ref: EventRef, roundId: string) =>
    new DomainError(
      'round-cancelled',
      `Round ${roundId} in negotiation ${ref.negotiationId} was cancelled, so ${of(ref)} cannot open or conclude it; retract the cancellation if it did take place.`,
      { ...ids(ref), roundId },
    ),

  demandAddressedToProposer: (ref: EventRef, demandId: string, actorId: string) =>
    new DomainError(
      'demand-addressed-to-proposer',
      `Demand ${demandId} in negotiation ${ref.negotiationId} is tabled by ${actorId} and cannot be addressed to ${actorId} as well (${of(ref)}).`,
      { ...ids(ref), demandId, actorId },
    ),

  amendmentChangesNothing: (ref: EventRef, demandId: string) =>
    new DomainError(
      'amendment-changes-nothing',
      `${of(ref)} amends demand ${demandId} in negotiation ${ref.negotiationId} but gives no new text, category or addressees.`,
      { ...ids(ref), demandId },
    ),

  demandAlreadyWithdrawn: (ref: EventRef, demandId: string) =>
    new DomainError(
      'demand-already-withdrawn',
      `Demand ${demandId} in negotiation ${ref.negotiationId} is already withdrawn; a demand is withdrawn once (${of(ref)} refused).`,
      { ...ids(ref), demandId },
    ),

  positionOnOwnDemand: (ref: EventRef, demandId: string, actorId: string) =>
    new DomainError(
      'position-on-own-demand',
      `Actor ${actorId} tabled demand ${demandId} in negotiation ${ref.negotiationId}, so it cannot take a position on it (${of(ref)}); amend or withdraw the demand instead.`,
      { ...ids(ref), demandId, actorId },
    ),

  ultimatumAddressedToIssuer: (ref: EventRef, ultimatumId: string, actorId: string) =>
    new DomainError(
      'ultimatum-addressed-to-issuer',
      `Ultimatum ${ultimatumId} in negotiation ${ref.negotiationId} is issued by ${actorId} and cannot be addressed to ${actorId} as well (${of(ref)}).`,
      { ...ids(ref), ultimatumId, actorId },
    ),

  ultimatumAlreadyResolved: (ref: EventRef, ultimatumId: string) =>
    new DomainError(
      'ultimatum-already-resolved',
      `Ultimatum ${ultimatumId} in negotiation ${ref.negotiationId} is already resolved; an ultimatum resolves once (${of(ref)} refused).`,
      { ...ids(ref), ultimatumId },
    ),

  ceasefireAlreadyEnded: (ref: EventRef, ceasefireId: string) =>
    new DomainError(
      'ceasefire-already-ended',
      `Ceasefire ${ceasefireId} in negotiation ${ref.negotiationId} has already ended; a ceasefire ends once (${of(ref)} refused).`,
      { ...ids(ref), ceasefireId },
    ),

  ceasefireEndedBefore: (ref: EventRef, ceasefireId: string, endedOn: string) =>
    new DomainError(
      'ceasefire-ended',
      `Ceasefire ${ceasefireId} in negotiation ${ref.negotiationId} ended on ${endedOn}, before this ${ref.type} happened: nothing extends or breaches a ceasefire after its end; fighting after it is an IncidentReported, or a violation of a later ceasefire (${of(ref)} refused).`,
      { ...ids(ref), ceasefireId, endedOn },
    ),

  ceasefireEndBeforeUse: (
    ref: EventRef,
    ceasefireId: string,
    endedOn: string,
    use: { readonly eventId: string; readonly type: string; readonly occurredAt: string },
  ) =>
    new DomainError(
      'ceasefire-ended',
      `Ceasefire ${ceasefireId} in negotiation ${ref.negotiationId} has a ${use.type} that happened on ${use.occurredAt} (event ${use.eventId}), after the end this ${ref.type} gives it (${endedOn}): nothing extends or breaches a ceasefire after its end; give the end's true date, or correct or retract that event first (${of(ref)} refused).`,
      { ...ids(ref), ceasefireId, endedOn, laterEventId: use.eventId },
    ),

  agreementStatusNeedsParty: (ref: EventRef, agreementId: string, status: string) =>
    new DomainError(
      'agreement-status-needs-party',
      `${of(ref)} says agreement ${agreementId} was ${status} without saying by whom: data.by must name the signatory that ${status === 'suspended' ? 'suspended it' : 'withdrew from it'} in negotiation ${ref.negotiationId}.`,
      { ...ids(ref), field: 'data.by', agreementId, status },
    ),

  agreementStatusByNonSignatory: (
    ref: EventRef,
    agreementId: string,
    status: string,
    by: string,
    signatories: readonly string[],
  ) =>
    new DomainError(
      'agreement-status-by-non-signatory',
      `${of(ref)} has ${by} (data.by) making agreement ${agreementId} ${status}, but ${by} is not one of its signatories (${signatories.join(', ')}) in negotiation ${ref.negotiationId}: only a party to it can initial, sign, ratify, suspend or withdraw from it.`,
      { ...ids(ref), field: 'data.by', agreementId, status, actorId: by, signatories },
    ),

  agreementTerminated: (ref: EventRef, agreementId: string, terminatedOn: string) =>
    new DomainError(
      'agreement-terminated',
      `Agreement ${agreementId} (data.agreementId) in negotiation ${ref.negotiationId} was terminated on ${terminatedOn}, before this ${ref.type} happened: an agreement is terminated once, and its status changes no more after that; a new agreement is an AgreementReached (${of(ref)} refused).`,
      { ...ids(ref), field: 'data.agreementId', agreementId, terminatedOn },
    ),

  agreementTerminatedBeforeChange: (
    ref: EventRef,
    agreementId: string,
    terminatedOn: string,
    change: { readonly eventId: string; readonly type: string; readonly occurredAt: string },
  ) =>
    new DomainError(
      'agreement-terminated',
      `Agreement ${agreementId} (data.agreementId) in negotiation ${ref.negotiationId} has a status change that happened on ${change.occurredAt} (event ${change.eventId}), after the termination this ${ref.type} gives it (${terminatedOn}): its status changes no more after a termination; give the termination's true date (occurredAt), or correct or retract that event first (${of(ref)} refused).`,
      { ...ids(ref), field: 'occurredAt', agreementId, terminatedOn, laterEventId: change.eventId },
    ),

  violationAllegedAgainstSelf: (ref: EventRef, ceasefireId: string, actorId: string) =>
    new DomainError(
      'violation-alleged-against-self',
      `${of(ref)} has ${actorId} alleging a violation of ceasefire ${ceasefireId} against itself in negotiation ${ref.negotiationId}.`,
      { ...ids(ref), ceasefireId, actorId },
    ),

  engagementWithSelf: (ref: EventRef, actorId: string) =>
    new DomainError(
      'engagement-with-self',
      `${of(ref)} has ${actorId} engaging with itself in negotiation ${ref.negotiationId}; counterparts are other actors.`,
      { ...ids(ref), actorId },
    ),

  /** A statement's blame is laid on another actor than the one its speaker speaks for. */
  blameOnSpeaker: (ref: EventRef, incidentId: string, actorId: string) =>
    new DomainError(
      'blame-on-speaker',
      `${of(ref)} has a speaker for ${actorId} blaming ${actorId} itself for incident ${incidentId} in negotiation ${ref.negotiationId}: data.blames.on names the actor held responsible, another than the speaker's (speaker.actorId).`,
      { ...ids(ref), field: 'data.blames.on', incidentId, actorId },
    ),

  /** A statement's blame is laid surely before the incident it names happened. */
  blameBeforeIncident: (
    ref: EventRef,
    incidentId: string,
    saidOn: string,
    incident: { readonly eventId: string; readonly occurredAt: string },
  ) =>
    new DomainError(
      'blame-before-incident',
      `${of(ref)} blames an actor on ${saidOn} (occurredAt) for incident ${incidentId} in negotiation ${ref.negotiationId}, which happened on ${incident.occurredAt} (event ${incident.eventId}), after it: a statement blames what has already happened; give the statement's true date, or correct the incident's first.`,
      {
        ...ids(ref),
        field: 'occurredAt',
        incidentId,
        incidentEventId: incident.eventId,
        incidentOccurredAt: incident.occurredAt,
      },
    ),

  /** An incident's `harmed` is who it harmed though not aimed at: not its author. */
  harmedIsPerpetrator: (ref: EventRef, incidentId: string, actorId: string) =>
    new DomainError(
      'harmed-is-perpetrator',
      `${of(ref)} has incident ${incidentId} in negotiation ${ref.negotiationId} harming its own perpetrator ${actorId}: data.harmed names a party the act harmed though it was not aimed at it, not the one who did it.`,
      { ...ids(ref), field: 'data.harmed', incidentId, actorId },
    ),

  /** An incident's `harmed` is who it harmed though not aimed at: not whom it was aimed at (`against`). */
  harmedIsAgainst: (ref: EventRef, incidentId: string, actorId: string) =>
    new DomainError(
      'harmed-is-against',
      `${of(ref)} has incident ${incidentId} in negotiation ${ref.negotiationId} aimed at ${actorId} and harming it as a bystander: data.harmed names a party the act harmed though it was not aimed at it, so it cannot be data.against as well (leave harmed out).`,
      { ...ids(ref), field: 'data.harmed', incidentId, actorId },
    ),

  correctionTargetInvalid: (ref: EventRef, targetEventId: string, targetType: string) =>
    new DomainError(
      'correction-target-invalid',
      `${of(ref)} targets event ${targetEventId}, a ${targetType}, in negotiation ${ref.negotiationId}; corrections and retractions are not corrected — record a new correction of the original event.`,
      { ...ids(ref), targetEventId, targetType },
    ),

  retractionTargetInvalid: (ref: EventRef, targetEventId: string, targetType: string) =>
    new DomainError(
      'retraction-target-invalid',
      targetType === 'NegotiationOpened'
        ? `${of(ref)} targets event ${targetEventId}, the opening of negotiation ${ref.negotiationId}, which cannot be retracted; correct it instead.`
        : `${of(ref)} targets event ${targetEventId}, a ${targetType}, in negotiation ${ref.negotiationId}; corrections and retractions are not retracted — correct the original event again.`,
      { ...ids(ref), targetEventId, targetType },
    ),

  eventRetracted: (ref: EventRef, targetEventId: string) =>
    new DomainError(
      'event-retracted',
      `Event ${targetEventId} in negotiation ${ref.negotiationId} was retracted, so ${of(ref)} cannot correct it; record the fact again as a new event.`,
      { ...ids(ref), targetEventId },
    ),

  eventAlreadyRetracted: (ref: EventRef, targetEventId: string) =>
    new DomainError(
      'event-already-retracted',
      `Event ${targetEventId} in negotiation ${ref.negotiationId} is already retracted; an event is retracted once (${of(ref)} refused).`,
      { ...ids(ref), targetEventId },
    ),

  correctionChangesNothing: (ref: EventRef, targetEventId: string) =>
    new DomainError(
      'correction-changes-nothing',
      `${of(ref)} would leave event ${targetEventId} in negotiation ${ref.negotiationId} exactly as it is; a correction must change something.`,
      { ...ids(ref), targetEventId },
    ),

  correctionUnknownField: (ref: EventRef, targetEventId: string, targetType: string, fields: readonly string[]) =>
    new DomainError(
      'correction-unknown-field',
      `${of(ref)} changes ${list(fields)} of event ${targetEventId} in negotiation ${ref.negotiationId}, but a ${targetType} has no such field.`,
      { ...ids(ref), targetEventId, targetType, fields },
    ),

  correctionBreaksLaterEvents: (ref: EventRef, targetEventId: string, cause: DomainError, brokenEventId: string) =>
    new DomainError(
      'correction-breaks-later-events',
      `${of(ref)} of event ${targetEventId} in negotiation ${ref.negotiationId} would break later event ${brokenEventId}: ${cause.message}`,
      { ...ids(ref), targetEventId, brokenEventId, cause: cause.code },
    ),

  retractionBreaksLaterEvents: (ref: EventRef, targetEventId: string, cause: DomainError, brokenEventId: string) =>
    new DomainError(
      'retraction-breaks-later-events',
      `${of(ref)} of event ${targetEventId} in negotiation ${ref.negotiationId} would break later event ${brokenEventId} (retract or correct it first): ${cause.message}`,
      { ...ids(ref), targetEventId, brokenEventId, cause: cause.code },
    ),

  /** The same rule, told about a correction: "Correction X of event Y is refused: …". */
  inCorrection: (ref: EventRef, targetEventId: string, cause: DomainError) =>
    new DomainError(cause.code, `${of(ref)} of event ${targetEventId} is refused: ${cause.message}`, {
      ...cause.details,
      correctionEventId: ref.eventId,
      targetEventId,
    }),
};
