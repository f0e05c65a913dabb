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
  PERIOD_INCIDENT_KIND,
  type Period,
  PRECISIONS,
  type Range,
  RELIABILITY_GRADES,
  ROUND_FORMATS,
  ROUND_OUTCOMES,
  STANCES,
  TONES,
  ULTIMATUM_RESOLUTIONS,
} from './events';
import { CAMEO_GOLDSTEIN } from './cameo-goldstein.generated';
import { parseTime, isValidTime } from './time';

/** Negotiation ids are slugs (DESIGN.md "Streams"): `pak-afghan-2025`. */
export const NEGOTIATION_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** Actor ids are stable slugs (DOMAIN.md §1): `pakistan`, `afghan-taliban`, `ttp`. */
export const ACTOR_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** Ids an analyst gives to rounds, demands, ultimatums, ceasefires, agreements, incidents, occurrences: no spaces. */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
/** `ENTITY_ID_PATTERN` in words, for messages. */
export const ENTITY_ID_RULE = "letters, digits, '.', '_', ':' or '-' (no spaces), starting with a letter or digit, at most 100 characters";
/** Event ids are UUIDs (any version). */
export const EVENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** CAMEO codes are 2 to 4 digits (`08`, `139`, `0871`). */
export const CAMEO_PATTERN = /^\d{2,4}$/;

/**
 * A CAMEO code the shipped table weighs (`CAMEO_GOLDSTEIN`, 311 codes). An
 * analyst-set code outside it is refused: the escalation model would weigh it
 * nothing. (`1213`, named in the ICEWS codebook but without a GDELT weight, is
 * outside it.)
 */
export function isKnownCameoCode(value: unknown): boolean {
  return typeof value === 'string' && Object.hasOwn(CAMEO_GOLDSTEIN, value);
}

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

/**
 * One field's check, in two modes that must agree: `ok` answers only whether
 * the value is well formed, allocating nothing (every stored event read back
 * goes through it); `report` names every problem, with its path, and runs
 * only when `ok` said no (or for a caller that wants the list anyway).
 */
interface Check {
  ok(value: unknown, strict: boolean): boolean;
  report(value: unknown, path: string, problems: string[], strict: boolean): void;
}

/** A check whose report is one message when `ok` fails (every leaf check). */
function leaf(ok: (value: unknown) => boolean, message: (path: string) => string): Check {
  return {
    ok,
    report(v, path, problems) {
      if (!ok(v)) problems.push(message(path));
    },
  };
}

/** Not empty after trimming: a first character that is not even a space needs no trim. */
function isText(v: unknown): boolean {
  if (typeof v !== 'string' || v.length === 0) return false;
  const first = v.charCodeAt(0);
  // Printable ASCII other than space: certainly not whitespace.
  if (first > 32 && first < 127) return true;
  return v.trim() !== '';
}

const text = leaf(isText, (path) => `${path} must be a non-empty string`);
const pattern = (re: RegExp, what: string): Check =>
  leaf(
    (v) => typeof v === 'string' && re.test(v),
    (path) => `${path} must be ${what}`,
  );
const actorId = pattern(ACTOR_ID_PATTERN, 'an actor id (a lower-case slug such as afghan-taliban)');
const entityId = pattern(ENTITY_ID_PATTERN, 'an id without spaces (such as doha-1)');
const eventId = pattern(EVENT_ID_PATTERN, 'an event id (a UUID)');
const cameo = pattern(CAMEO_PATTERN, 'a CAMEO code of 2 to 4 digits');
const date = leaf(
  (v) => isValidTime(v),
  (path) => `${path} must be a real date: YYYY-MM, YYYY-MM-DD or an ISO date-time with Z or an offset`,
);
const bool = leaf(
  (v) => typeof v === 'boolean',
  (path) => `${path} must be true or false`,
);
const oneOf = (values: readonly (string | number)[]): Check =>
  leaf(
    (v) => (values as readonly unknown[]).includes(v),
    (path) => `${path} must be one of ${values.join(', ')}`,
  );
const optional = (check: Check): Check => ({
  ok: (v, strict) => v === undefined || check.ok(v, strict),
  report(v, path, problems, strict) {
    if (v !== undefined) check.report(v, path, problems, strict);
  },
});
const list = (check: Check, min = 0): Check => ({
  ok(v, strict) {
    if (!Array.isArray(v) || v.length < min) return false;
    for (let i = 0; i < v.length; i++) if (!check.ok(v[i], strict)) return false;
    return true;
  },
  report(v, path, problems, strict) {
    if (!Array.isArray(v)) {
      problems.push(`${path} must be a list`);
      return;
    }
    if (v.length < min) problems.push(`${path} must list at least ${min}`);
    v.forEach((item, i) => check.report(item, `${path}[${i}]`, problems, strict));
  },
});
/** A date or date-time (not a month: a month-only `to` would end on its 1st), as an instant; `undefined` otherwise. */
function periodInstant(v: unknown): number | undefined {
  const parsed = parseTime(v);
  return parsed && parsed.form !== 'month' ? parsed.instant : undefined;
}
const periodDate = leaf(
  (v) => periodInstant(v) !== undefined,
  (path) => `${path} must be a date (YYYY-MM-DD) or an ISO date-time with Z or an offset`,
);
const anyObject = leaf(isPlainObject, (path) => `${path} must be an object`);
const record = (fields: Readonly<Record<string, Check>>): Check => {
  const keys = Object.keys(fields);
  const checks = keys.map((key) => fields[key] as Check);
  return {
    ok(v, strict) {
      if (!isPlainObject(v)) return false;
      for (let i = 0; i < keys.length; i++) if (!(checks[i] as Check).ok(v[keys[i] as string], strict)) return false;
      if (strict) for (const key in v) if (Object.hasOwn(v, key) && !Object.hasOwn(fields, key)) return false;
      return true;
    },
    report(v, path, problems, strict) {
      if (!isPlainObject(v)) {
        problems.push(`${path} must be an object`);
        return;
      }
      for (const [key, check] of Object.entries(fields)) check.report(v[key], `${path}.${key}`, problems, strict);
      // Own fields only: `toString` or `__proto__` is not a field because every object inherits one.
      if (strict) for (const key of Object.keys(v)) if (!Object.hasOwn(fields, key)) problems.push(`${path}.${key} is not a known field`);
    },
  };
};

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const count = leaf(isCount, (path) => `${path} must be a whole number, 0 or more`);
const rangeFields = record({ min: count, max: count });
const range: Check = {
  ok: (v, strict) => rangeFields.ok(v, strict) && !((v as Range).min > (v as Range).max),
  report(v, path, problems, strict) {
    const before = problems.length;
    rangeFields.report(v, path, problems, strict);
    if (problems.length === before && isPlainObject(v) && (v.min as number) > (v.max as number)) {
      problems.push(`${path}.min must not exceed ${path}.max`);
    }
  },
};

const periodFields = record({ from: periodDate, to: periodDate });
const period: Check = {
  ok: (v, strict) => periodFields.ok(v, strict) && !isPeriodReversed(v as Period),
  report(v, path, problems, strict) {
    const before = problems.length;
    periodFields.report(v, path, problems, strict);
    if (problems.length === before && isPlainObject(v) && isPeriodReversed(v as unknown as Period)) {
      problems.push(`${path}.from must not be after ${path}.to`);
    }
  },
};
function isPeriodReversed(p: Period): boolean {
  return (periodInstant(p.from) as number) > (periodInstant(p.to) as number);
}

const actor = record({ id: actorId, name: text, kind: oneOf(ACTOR_KINDS), aliases: optional(list(text)) });
const person = record({ name: text, title: optional(text), actorId });
const delegation = record({ actorId, head: optional(person), members: optional(list(person)) });

/** A link the page and the CLI may draw: http or https, with a host. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !/^https?:\/\/[^\s/?#]/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** New sources link over http(s) only; reading back stays tolerant (what was stored is still read). */
const sourceUrl: Check = {
  ok: (v, strict) => isText(v) && (!strict || isHttpUrl(v)),
  report(v, path, problems, strict) {
    if (!isText(v)) problems.push(`${path} must be a non-empty string`);
    else if (strict && !isHttpUrl(v)) problems.push(`${path} must be an http(s) URL with its scheme, e.g. https://www.dawn.com/news/1950026`);
  },
};

const sourceShape = record({
  title: text,
  publisher: optional(text),
  url: optional(sourceUrl),
  publishedAt: optional(date),
  reliability: optional(oneOf(RELIABILITY_GRADES)),
  credibility: optional(oneOf(CREDIBILITY_GRADES)),
});

const sourceList = list(sourceShape);

const correctionChanges = record({
  occurredAt: optional(date),
  precision: optional(oneOf(PRECISIONS)),
  sources: optional(list(sourceShape)),
  cameo: optional(cameo),
  note: optional(text),
  occurrence: optional(entityId),
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
  TalksRoundScheduled: {
    roundId: entityId,
    label: text,
    format: optional(oneOf(ROUND_FORMATS)),
    venue: optional(text),
    hosts: optional(list(actorId)),
    plannedFor: date,
  },
  TalksRoundOpened: {
    roundId: entityId,
    label: optional(text),
    format: optional(oneOf(ROUND_FORMATS)),
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
    injured: optional(range),
    civilianFatalities: optional(range),
    description: optional(text),
  },
  CeasefireEnded: { ceasefireId: entityId, reason: oneOf(CEASEFIRE_END_REASONS), summary: optional(text) },
  IncidentReported: {
    incidentId: entityId,
    kind: oneOf(INCIDENT_KINDS),
    perpetrator: optional(actorId),
    allegedBy: optional(actorId),
    against: optional(actorId),
    blamedOn: optional(actorId),
    target: optional(text),
    place: optional(text),
    fatalities: optional(range),
    injured: optional(range),
    civilianFatalities: optional(range),
    period: optional(period),
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

/** A cross-field rule broken: the field it refuses (relative to `data`) and why, in words that start with that field. */
export interface CrossFieldProblem {
  readonly field: string;
  readonly problem: string;
}

/** A rule across fields of one type's data, read only once every field is well formed on its own. */
type CrossFieldRule = (data: Readonly<Record<string, unknown>>) => CrossFieldProblem | undefined;

/** Civilians are among the dead: `civilianFatalities.max` is not above the total's `max`, when both are given. */
const civiliansWithin =
  (total: string): CrossFieldRule =>
  (data) => {
    const civilians = data.civilianFatalities as Range | undefined;
    const all = data[total] as Range | undefined;
    if (!civilians || !all || civilians.max <= all.max) return undefined;
    return {
      field: 'civilianFatalities',
      problem: `civilianFatalities.max (${civilians.max}) must not exceed ${total}.max (${all.max}): the civilians are counted among them`,
    };
  };

const periodForCasualtyReports: CrossFieldRule = (data) => {
  const needed = data.kind === PERIOD_INCIDENT_KIND;
  if (needed && data.period === undefined) {
    return { field: 'period', problem: `period is required when kind is ${PERIOD_INCIDENT_KIND}: the span its counts cover` };
  }
  if (!needed && data.period !== undefined) {
    return { field: 'period', problem: `period is only for kind ${PERIOD_INCIDENT_KIND}, not ${String(data.kind)}` };
  }
  return undefined;
};

const CROSS_FIELD_RULES: { readonly [T in EventType]?: readonly CrossFieldRule[] } = {
  IncidentReported: [civiliansWithin('fatalities'), periodForCasualtyReports],
  CeasefireViolationReported: [civiliansWithin('casualties')],
};

function brokenRules(rules: readonly CrossFieldRule[], data: unknown): CrossFieldProblem[] {
  return rules.map((rule) => rule(data as Record<string, unknown>)).filter((p): p is CrossFieldProblem => p !== undefined);
}

/**
 * The cross-field rules `data` of `type` breaks, assuming each field is well
 * formed on its own (the edge checks fields first, then asks this, so the
 * rules are written once, here).
 */
export function crossFieldProblems(type: EventType, data: Readonly<Record<string, unknown>>): CrossFieldProblem[] {
  return brokenRules(CROSS_FIELD_RULES[type] ?? [], data);
}

/** The fields' checks, then (only when they pass) the type's cross-field rules. */
function dataShape(fields: Readonly<Record<string, Check>>, rules: readonly CrossFieldRule[] = []): Check {
  const fieldsCheck = record(fields);
  if (rules.length === 0) return fieldsCheck;
  return {
    ok: (v, strict) => fieldsCheck.ok(v, strict) && rules.every((rule) => rule(v as Record<string, unknown>) === undefined),
    report(v, path, problems, strict) {
      const before = problems.length;
      fieldsCheck.report(v, path, problems, strict);
      if (problems.length === before) problems.push(...brokenRules(rules, v).map(({ problem }) => `${path}.${problem}`));
    },
  };
}

const DATA_SHAPES: { readonly [T in EventType]: Check } = Object.fromEntries(
  Object.entries(SHAPES).map(([type, fields]) => [type, dataShape(fields, CROSS_FIELD_RULES[type as EventType])]),
) as { readonly [T in EventType]: Check };

/** What is wrong with `data` for `type`, in plain English; `[]` when it is well formed. */
export function eventDataProblems(type: EventType, data: unknown, options: ShapeOptions = {}): string[] {
  const strict = options.strict ?? true;
  const shape = DATA_SHAPES[type];
  if (shape.ok(data, strict)) return [];
  const problems: string[] = [];
  shape.report(data, 'data', problems, strict);
  return problems;
}

/** True when `data` is well formed for `type`: `eventDataProblems` would be `[]` (without building it). */
export function isEventDataWellFormed(type: EventType, data: unknown, options: ShapeOptions = {}): boolean {
  return DATA_SHAPES[type].ok(data, options.strict ?? true);
}

/** What is wrong with one source; `[]` when it is well formed. */
export function sourceProblems(source: unknown, path = 'source', options: ShapeOptions = {}): string[] {
  const strict = options.strict ?? true;
  if (sourceShape.ok(source, strict)) return [];
  const problems: string[] = [];
  sourceShape.report(source, path, problems, strict);
  return problems;
}

/** True when `sources` is a list of well-formed sources: `sourceProblems` would be `[]` for each. */
export function areSourcesWellFormed(sources: unknown, options: ShapeOptions = {}): boolean {
  return sourceList.ok(sources, options.strict ?? true);
}
