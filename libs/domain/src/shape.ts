/**
 * The shape of each event type's `data`, checked by the domain itself.
 *
 * Requests are validated at the edge too (class-validator DTOs), but two paths
 * never meet a DTO: a correction's `changes.data` (its shape depends on the
 * corrected event's type, known only once the stream is loaded) and events read
 * back from a store or an import file. Both are checked here, with the same
 * table, so "well formed" means one thing.
 *
 * Business rules (references, lifecycles) are not here: see negotiation.ts.
 */
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  AGREEMENT_KINDS,
  CEASEFIRE_DURATIONS,
  CEASEFIRE_END_REASONS,
  CREDIBILITY_GRADES,
  DEMAND_CATEGORIES,
  ENGAGEMENT_KINDS,
  type EventDataByType,
  type EventType,
  INCIDENT_KINDS,
  MEDIATION_ACTIONS,
  NEGOTIATION_OUTCOMES,
  PRECISIONS,
  RELIABILITY_GRADES,
  ROUND_OUTCOMES,
  STANCES,
  TONES,
  ULTIMATUM_RESOLUTIONS,
} from './events';
import { isValidTime } from './time';

/** Negotiation ids are slugs (DESIGN.md "Streams"): `pak-afghan-2025`. */
export const NEGOTIATION_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** Actor ids are stable slugs (DOMAIN.md §1): `pakistan`, `afghan-taliban`, `ttp`. */
export const ACTOR_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** Ids an analyst gives to rounds, demands, ultimatums, ceasefires, agreements, incidents: no spaces. */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
/** Event ids are UUIDs (any version). */
export const EVENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** CAMEO codes are 2 to 4 digits (`08`, `139`, `0871`). */
export const CAMEO_PATTERN = /^\d{2,4}$/;

export function isValidEventId(value: unknown): boolean {
  return typeof value === 'string' && EVENT_ID_PATTERN.test(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ShapeOptions {
  /**
   * Refuse fields the type does not have (default). Reading back is tolerant
   * (`false`): a newer writer's optional field must not make old readers fail.
   */
  readonly strict?: boolean;
}

type Check = (value: unknown, path: string, problems: string[], strict: boolean) => void;

const text: Check = (v, path, problems) => {
  if (typeof v !== 'string' || v.trim() === '') problems.push(`${path} must be a non-empty string`);
};
const pattern =
  (re: RegExp, what: string): Check =>
  (v, path, problems) => {
    if (typeof v !== 'string' || !re.test(v)) problems.push(`${path} must be ${what}`);
  };
const actorId = pattern(ACTOR_ID_PATTERN, 'an actor id (a lower-case slug such as afghan-taliban)');
const entityId = pattern(ENTITY_ID_PATTERN, 'an id without spaces (such as doha-1)');
const eventId = pattern(EVENT_ID_PATTERN, 'an event id (a UUID)');
const cameo = pattern(CAMEO_PATTERN, 'a CAMEO code of 2 to 4 digits');
const date: Check = (v, path, problems) => {
  if (!isValidTime(v)) problems.push(`${path} must be a real date: YYYY-MM, YYYY-MM-DD or an ISO date-time with Z or an offset`);
};
const bool: Check = (v, path, problems) => {
  if (typeof v !== 'boolean') problems.push(`${path} must be true or false`);
};
const oneOf =
  (values: readonly (string | number)[]): Check =>
  (v, path, problems) => {
    if (!(values as readonly unknown[]).includes(v)) problems.push(`${path} must be one of ${values.join(', ')}`);
  };
const optional =
  (check: Check): Check =>
  (v, path, problems, strict) => {
    if (v !== undefined) check(v, path, problems, strict);
  };
const list =
  (check: Check, min = 0): Check =>
  (v, path, problems, strict) => {
    if (!Array.isArray(v)) {
      problems.push(`${path} must be a list`);
      return;
    }
    if (v.length < min) problems.push(`${path} must list at least ${min}`);
    v.forEach((item, i) => check(item, `${path}[${i}]`, problems, strict));
  };
const anyObject: Check = (v, path, problems) => {
  if (!isPlainObject(v)) problems.push(`${path} must be an object`);
};
const record =
  (fields: Readonly<Record<string, Check>>): Check =>
  (v, path, problems, strict) => {
    if (!isPlainObject(v)) {
      problems.push(`${path} must be an object`);
      return;
    }
    for (const [key, check] of Object.entries(fields)) check(v[key], `${path}.${key}`, problems, strict);
    if (strict) for (const key of Object.keys(v)) if (!(key in fields)) problems.push(`${path}.${key} is not a known field`);
  };

const count: Check = (v, path, problems) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) problems.push(`${path} must be a whole number, 0 or more`);
};
const range: Check = (v, path, problems, strict) => {
  const before = problems.length;
  record({ min: count, max: count })(v, path, problems, strict);
  if (problems.length === before && isPlainObject(v) && (v.min as number) > (v.max as number)) {
    problems.push(`${path}.min must not exceed ${path}.max`);
  }
};

const actor = record({ id: actorId, name: text, kind: oneOf(ACTOR_KINDS), aliases: optional(list(text)) });
const person = record({ name: text, title: optional(text), actorId });
const delegation = record({ actorId, head: optional(person), members: optional(list(person)) });

const sourceShape = record({
  title: text,
  publisher: optional(text),
  url: optional(text),
  publishedAt: optional(date),
  reliability: optional(oneOf(RELIABILITY_GRADES)),
  credibility: optional(oneOf(CREDIBILITY_GRADES)),
});

const correctionChanges = record({
  occurredAt: optional(date),
  precision: optional(oneOf(PRECISIONS)),
  sources: optional(list(sourceShape)),
  cameo: optional(cameo),
  note: optional(text),
  // Checked against the corrected event's type when the correction is decided.
  data: optional(anyObject),
});

/** Every field of every type, exactly once: the mapped type makes a missing or extra field a compile error. */
type DataShapes = { readonly [T in EventType]: { readonly [K in keyof EventDataByType[T]]-?: Check } };

const SHAPES: DataShapes = {
  NegotiationOpened: {
    negotiationId: pattern(NEGOTIATION_ID_PATTERN, 'a negotiation id (a lower-case slug)'),
    title: text,
    subject: text,
    parties: list(actor),
    mediators: list(actor),
  },
  ActorRegistered: { actor, role: oneOf(ACTOR_ROLES) },
  TalksRoundScheduled: { roundId: entityId, label: text, venue: optional(text), hosts: optional(list(actorId)), plannedFor: date },
  TalksRoundOpened: {
    roundId: entityId,
    label: optional(text),
    venue: optional(text),
    hosts: optional(list(actorId)),
    delegations: optional(list(delegation)),
  },
  TalksRoundConcluded: { roundId: entityId, outcome: oneOf(ROUND_OUTCOMES), summary: optional(text), nextSteps: optional(text) },
  TalksRoundPostponed: { roundId: entityId, reason: optional(text), plannedFor: optional(date) },
  TalksRoundCancelled: { roundId: entityId, reason: optional(text) },
  TalksSuspended: { by: actorId, reason: optional(text) },
  TalksResumed: { by: optional(actorId), reason: optional(text) },
  AgreementReached: {
    agreementId: entityId,
    kind: oneOf(AGREEMENT_KINDS),
    provisions: list(text),
    signatories: list(actorId, 1),
    textPublic: bool,
    roundId: optional(entityId),
  },
  NegotiationClosed: { outcome: oneOf(NEGOTIATION_OUTCOMES), summary: optional(text) },
  DemandTabled: { demandId: entityId, by: actorId, addressedTo: list(actorId, 1), text, category: oneOf(DEMAND_CATEGORIES) },
  DemandAmended: {
    demandId: entityId,
    text: optional(text),
    category: optional(oneOf(DEMAND_CATEGORIES)),
    addressedTo: optional(list(actorId, 1)),
    reason: optional(text),
  },
  DemandWithdrawn: { demandId: entityId, reason: optional(text) },
  PositionTaken: {
    demandId: entityId,
    actorId,
    stance: oneOf(STANCES),
    conditions: optional(text),
    quote: optional(text),
    speaker: optional(person),
  },
  UltimatumIssued: {
    ultimatumId: entityId,
    by: actorId,
    to: list(actorId, 1),
    demandIds: list(entityId),
    deadline: optional(date),
    consequences: text,
    channel: optional(text),
  },
  UltimatumResolved: { ultimatumId: entityId, resolution: oneOf(ULTIMATUM_RESOLUTIONS), summary: optional(text) },
  StatementMade: { speaker: person, audience: optional(text), tone: oneOf(TONES), summary: text, quote: optional(text) },
  CeasefireDeclared: {
    ceasefireId: entityId,
    parties: list(actorId, 1),
    scope: optional(text),
    duration: oneOf(CEASEFIRE_DURATIONS),
    until: optional(date),
    mediatedBy: optional(list(actorId)),
  },
  CeasefireExtended: { ceasefireId: entityId, duration: optional(oneOf(CEASEFIRE_DURATIONS)), until: optional(date), terms: optional(text) },
  CeasefireViolationReported: {
    ceasefireId: entityId,
    allegedBy: actorId,
    against: actorId,
    casualties: optional(range),
    description: optional(text),
  },
  CeasefireEnded: { ceasefireId: entityId, reason: oneOf(CEASEFIRE_END_REASONS), summary: optional(text) },
  IncidentReported: {
    incidentId: entityId,
    kind: oneOf(INCIDENT_KINDS),
    perpetrator: optional(actorId),
    allegedBy: optional(actorId),
    target: optional(text),
    place: optional(text),
    fatalities: optional(range),
    description: text,
  },
  MediationAction: { mediator: actorId, action: oneOf(MEDIATION_ACTIONS), summary: text },
  ThirdPartyEngagement: { actorId, counterparts: list(actorId, 1), kind: oneOf(ENGAGEMENT_KINDS), summary: text },
  EventCorrected: { eventId, changes: correctionChanges, reason: text },
  EventRetracted: { eventId, reason: text },
};

/** The `data` fields a type has (what a correction's `changes.data` may name). */
export function dataFields(type: EventType): readonly string[] {
  return Object.keys(SHAPES[type]);
}

/** What is wrong with `data` for `type`, in plain English; `[]` when it is well formed. */
export function eventDataProblems(type: EventType, data: unknown, options: ShapeOptions = {}): string[] {
  const problems: string[] = [];
  record(SHAPES[type])(data, 'data', problems, options.strict ?? true);
  return problems;
}

/** What is wrong with one source; `[]` when it is well formed. */
export function sourceProblems(source: unknown, path = 'source', options: ShapeOptions = {}): string[] {
  const problems: string[] = [];
  sourceShape(source, path, problems, options.strict ?? true);
  return problems;
}
