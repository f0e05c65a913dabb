/**
 * The vocabulary of request validation for recording: limits, id patterns,
 * the date forms of `occurredAt`, and the field decorators the DTOs are built
 * from. Each field decorator bundles presence, type, bounds and the OpenAPI
 * description, so a DTO reads like the catalogue it mirrors.
 *
 * Custom validators pass values of the wrong type on to the type check
 * (`IsString`, `IsArray`, …) instead of failing themselves, so a bad field
 * gets one message that says what is wrong with it, not five.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  buildMessage,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import {
  ACTOR_ID_PATTERN,
  CAMEO_GOLDSTEIN,
  CAMEO_PATTERN,
  ENTITY_ID_PATTERN,
  ENTITY_ID_RULE,
  EVENT_ID_PATTERN,
  NEGOTIATION_ID_PATTERN,
  EARLIEST_OCCURRED_AT,
  allowedPrecisions,
  isKnownCameoCode,
  isBeforeEarliest,
  parseTime,
} from '@parley/domain';

// ---------------------------------------------------------------------------
// Limits and patterns
// ---------------------------------------------------------------------------

/** Bounds on what one request may carry. Generous for analysts, small enough that no field is a storage or rendering hazard. */
export const LIMITS = {
  /** Sentences: summaries, quotes, demand text, reasons, notes, provisions. */
  text: 4000,
  /** Names and short labels: people, titles, round labels, venues, places, channels, audiences. */
  name: 200,
  /** A source's title (headlines run long). */
  sourceTitle: 500,
  url: 2000,
  /** Items in any list inside `data` (actor ids, provisions, delegations, aliases). */
  items: 100,
  /** Sources per development. */
  sources: 20,
  /** Developments per batch. */
  batch: 500,
  /** Fields an `EventCorrected` may replace in the target's `data`. */
  correctionDataKeys: 50,
  /** Upper bound of a counted range (fatalities, casualties). */
  count: 10_000_000,
  /** Nesting levels a request body may have (the deepest real field is about 10). */
  depth: 20,
  /** Fields in any one object of a request body. */
  keysPerObject: 1000,
} as const;

// Id patterns are the domain's (`libs/domain/src/shape.ts`), so the edge and the
// domain agree on what an id is. One deliberate difference: an `eventId` a
// client supplies for a *new* event must be lowercase, so that one id cannot be
// stored under two spellings; ids that *refer* to stored events accept what the
// domain accepts.

/** Negotiation ids and actor ids: `pakistan`, `afghan-taliban`, `pak-afghan-talks-2025`. */
export const SLUG = ACTOR_ID_PATTERN;
/** Round, demand, ultimatum, ceasefire, incident and agreement ids: `istanbul-2`, `handover-ttp-leaders`. */
export const ENTITY_ID = ENTITY_ID_PATTERN;
/** A reference to a stored event: a UUID. */
export const EVENT_REF = EVENT_ID_PATTERN;
/** A new event's id: a UUID in lowercase. */
export const NEW_EVENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A CAMEO event code: 2 to 4 digits (`13`, `138`, `0871`). */
export const CAMEO = CAMEO_PATTERN;
/** A field name inside a correction's `data`. */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/**
 * Keys that must never reach an object's prototype machinery: `__proto__`,
 * `prototype`, and every name `Object.prototype` has (`constructor`,
 * `toString`, `valueOf`, `hasOwnProperty`, …). class-transformer skips a key
 * whose value on a fresh instance is a function, so without this a body with
 * `"toString": …` passed validation unreported and was stored as it came — an
 * own `toString` or `hasOwnProperty` that is not a function breaks any code
 * that later calls it on the stored data.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

const SLUG_RULE =
  'lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 64 characters';

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

export type DateForm = 'month' | 'day' | 'date-time';

/** Every form `occurredAt` (and planned dates, deadlines) may take. */
export const OCCURRED_AT_FORMS: readonly DateForm[] = ['month', 'day', 'date-time'];
/** A source's publication date, and the ends of a period a count covers: a day or an instant. */
export const PUBLISHED_AT_FORMS: readonly DateForm[] = ['day', 'date-time'];

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function describeForms(forms: readonly DateForm[]): string {
  const names = forms.map((f) =>
    f === 'month'
      ? 'YYYY-MM'
      : f === 'day'
        ? 'YYYY-MM-DD'
        : 'an ISO date-time with a zone (2025-10-15T18:00:00+05:00 or …Z)',
  );
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}

function checkYearMonthDay(text: string, y: string, m: string, d?: string): string | undefined {
  const year = Number(y);
  const month = Number(m);
  if (month < 1 || month > 12) return `${text} is not a calendar date: there is no month ${m}`;
  if (d === undefined) return undefined;
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${text} is not a calendar date: ${MONTH_NAMES[month - 1]} ${y} has ${last} days`;
  return undefined;
}

/**
 * Why `value` is not a date of one of `forms`, or `undefined` when it is.
 * What is accepted is exactly what the domain's `parseTime` accepts; this
 * only adds the reason. The text follows the field name:
 * `occurredAt 2025-02-30 is not a calendar date: February 2025 has 28 days`.
 */
export function dateProblem(value: unknown, forms: readonly DateForm[]): string | undefined {
  const parsed = parseTime(value);
  if (parsed && forms.includes(parsed.form)) return undefined;
  const expected = `must be a date: ${describeForms(forms)}`;
  if (typeof value !== 'string' || value.length > 40) return expected;
  if (parsed) return `${expected}; ${value} names only ${parsed.form === 'month' ? 'a month' : 'a day'}`;
  const month = MONTH_RE.exec(value) ?? DAY_RE.exec(value);
  if (month) return checkYearMonthDay(value, month[1]!, month[2]!, month[3]) ?? expected;
  const dt = DATE_TIME_RE.exec(value);
  if (!dt) {
    // A date-time without a zone is the commonest slip: say so.
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value))
      return `${value} has no time zone: add Z or an offset such as +05:00`;
    return expected;
  }
  const calendar = checkYearMonthDay(value, dt[1]!, dt[2]!, dt[3]!);
  if (calendar) return calendar;
  if (Number(dt[4]) > 23 || Number(dt[5]) > 59 || Number(dt[6] ?? 0) > 59) return `${value} is not a valid time of day`;
  if (dt[8] !== undefined) return `${value} has an impossible zone offset ${dt[8]}${dt[9]}:${dt[10]}`;
  return expected;
}

function DateValue(forms: readonly DateForm[], name: string, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      constraints: [forms],
      validator: {
        validate: (value: unknown) => dateProblem(value, forms) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'value'} ${dateProblem(args?.value, forms) ?? 'is not a valid date'}`,
      },
    },
    validationOptions,
  );
}

/** `YYYY-MM`, `YYYY-MM-DD`, or an ISO date-time with a zone, not before EARLIEST_OCCURRED_AT; impossible dates (`2025-02-30`) are refused. */
export function IsOccurredAt(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOccurredAt',
      constraints: [OCCURRED_AT_FORMS],
      validator: {
        validate: (value: unknown) => occurredAtProblem(value) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'value'} ${occurredAtProblem(args?.value) ?? 'is not a valid date'}`,
      },
    },
    validationOptions,
  );
}

function occurredAtProblem(value: unknown): string | undefined {
  const problem = dateProblem(value, OCCURRED_AT_FORMS);
  if (problem !== undefined) return problem;
  return isBeforeEarliest(value)
    ? `${String(value)} is before ${EARLIEST_OCCURRED_AT}, the earliest date Parley records`
    : undefined;
}

/** `YYYY-MM-DD` or an ISO date-time with a zone. */
export function IsPublishedAt(validationOptions?: ValidationOptions): PropertyDecorator {
  return DateValue(PUBLISHED_AT_FORMS, 'isPublishedAt', validationOptions);
}

/**
 * For `precision`: it must suit the form of the sibling date (a month-only
 * date cannot be `exact`; a date-time is not "known to the day"). Only checked
 * when both are otherwise valid and the date is present.
 */
export function FitsDateForm(dateProperty: string, validationOptions?: ValidationOptions): PropertyDecorator {
  const allowed = (args?: ValidationArguments): readonly string[] | undefined => {
    const date = (args?.object as Record<string, unknown> | undefined)?.[dateProperty];
    return typeof date === 'string' && parseTime(date) ? allowedPrecisions(date) : undefined;
  };
  return ValidateBy(
    {
      name: 'fitsDateForm',
      constraints: [dateProperty],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const ok = allowed(args);
          return (
            ok === undefined ||
            typeof value !== 'string' ||
            ok.includes(value) ||
            !['exact', 'day', 'month', 'approximate'].includes(value)
          );
        },
        defaultMessage: (args?: ValidationArguments) => {
          const date = String((args?.object as Record<string, unknown> | undefined)?.[dateProperty]);
          return `${args?.property ?? 'precision'} ${String(args?.value)} does not fit ${dateProperty} ${date}: use ${(allowed(args) ?? []).join(' or ')} (or leave precision out)`;
        },
      },
    },
    validationOptions,
  );
}

// ---------------------------------------------------------------------------
// Small validators (each passes values of the wrong type to the type check)
// ---------------------------------------------------------------------------

function Pattern(name: string, re: RegExp, rule: string, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      constraints: [re],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || re.test(value),
        defaultMessage: buildMessage((each) => `${each}$property must be ${rule}`, validationOptions),
      },
    },
    validationOptions,
  );
}

/** An actor id (slug). */
export function IsActorId(validationOptions?: ValidationOptions): PropertyDecorator {
  return Pattern('isActorId', SLUG, `an actor id: ${SLUG_RULE} (e.g. afghan-taliban)`, validationOptions);
}

export function IsNegotiationId(validationOptions?: ValidationOptions): PropertyDecorator {
  return Pattern(
    'isNegotiationId',
    NEGOTIATION_ID_PATTERN,
    `a negotiation id: ${SLUG_RULE} (e.g. pak-afghan-talks-2025)`,
    validationOptions,
  );
}

/** A round/demand/ultimatum/ceasefire/incident/agreement id. */
export function IsEntityId(what: string, validationOptions?: ValidationOptions): PropertyDecorator {
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  return Pattern('isEntityId', ENTITY_ID, `${article} ${what} id: ${ENTITY_ID_RULE}`, validationOptions);
}

/** A reference to a stored event (corrections, retractions). */
export function IsEventRef(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEventRef',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && EVENT_REF.test(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be the UUID of an event (e.g. 3b241101-e2bb-4255-8caf-4136c566a962)`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

/** The id of a new event: a UUID in lowercase. */
export function IsNewEventId(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNewEventId',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && NEW_EVENT_ID.test(value),
        defaultMessage: (args?: ValidationArguments) =>
          typeof args?.value === 'string' && NEW_EVENT_ID.test(args.value.toLowerCase())
            ? `${args.property} must be written in lowercase: ${args.value.toLowerCase()}`
            : `${args?.property ?? 'eventId'} must be a UUID in lowercase (e.g. 3b241101-e2bb-4255-8caf-4136c566a962)`,
      },
    },
    validationOptions,
  );
}

export function IsCameoCode(validationOptions?: ValidationOptions): PropertyDecorator {
  return Pattern('isCameoCode', CAMEO, 'a CAMEO event code of 2 to 4 digits (e.g. 138)', validationOptions);
}

/** A code of the shipped CAMEO table (the domain's); codes of the wrong form are left to `IsCameoCode`. */
export function IsKnownCameoCode(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isKnownCameoCode',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !CAMEO.test(value) || isKnownCameoCode(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'cameo'} ${String(args?.value)} is not in the shipped CAMEO table (${Object.keys(CAMEO_GOLDSTEIN).length} codes with a Goldstein weight, e.g. 0871, 138, 190): the escalation model could not weigh it`,
      },
    },
    validationOptions,
  );
}

export function NotBlank(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || value.trim().length > 0,
        defaultMessage: buildMessage((each) => `${each}$property must not be empty or blank`, validationOptions),
      },
    },
    validationOptions,
  );
}

export function MaxChars(max: number, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxChars',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || value.length <= max,
        defaultMessage: buildMessage((each, args) => {
          const length = typeof args?.value === 'string' ? ` (it has ${args.value.length})` : '';
          return `${each}$property must be at most ${max} characters${each ? '' : length}`;
        }, validationOptions),
      },
    },
    validationOptions,
  );
}

/** An array of `min`…`max` items; non-arrays are left to `IsArray`. */
export function ArrayLength(min: number, max: number, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'arrayLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => !Array.isArray(value) || (value.length >= min && value.length <= max),
        defaultMessage: (args?: ValidationArguments) => {
          const n = Array.isArray(args?.value) ? args.value.length : 0;
          const p = args?.property ?? 'value';
          if (n < min)
            return min === 1 ? `${p} must contain at least 1 item` : `${p} must contain at least ${min} items`;
          return `${p} must contain at most ${max} items (it has ${n})`;
        },
      },
    },
    validationOptions,
  );
}

/** No two items share a key (`select`); non-arrays are left to `IsArray`. */
export function UniqueBy(
  select: (item: unknown) => unknown,
  what: string,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  const firstDuplicate = (value: unknown): unknown => {
    if (!Array.isArray(value)) return undefined;
    const seen = new Set<unknown>();
    for (const item of value) {
      const key = select(item);
      if (key === undefined || key === null || typeof key === 'object') continue;
      if (seen.has(key)) return key;
      seen.add(key);
    }
    return undefined;
  };
  return ValidateBy(
    {
      name: 'uniqueBy',
      validator: {
        validate: (value: unknown) => firstDuplicate(value) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'value'} lists ${what} ${String(firstDuplicate(args?.value)).slice(0, 120)} more than once`,
      },
    },
    validationOptions,
  );
}

/** For the end of a period: not before the sibling date `property` (both read by the domain's `parseTime`). */
export function IsNotBefore(property: string, validationOptions?: ValidationOptions): PropertyDecorator {
  const instant = (value: unknown) => parseTime(value)?.instant;
  return ValidateBy(
    {
      name: 'isNotBefore',
      constraints: [property],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const end = instant(value);
          const start = instant((args?.object as Record<string, unknown> | undefined)?.[property]);
          return end === undefined || start === undefined || end >= start;
        },
        defaultMessage: (args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[property];
          return `${args?.property ?? 'value'} (${String(args?.value)}) must not be before ${property} (${String(other)})`;
        },
      },
    },
    validationOptions,
  );
}

/** For the `max` of a range: not less than the sibling `min`. */
export function IsNotLessThan(property: string, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotLessThan',
      constraints: [property],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[property];
          return typeof value !== 'number' || typeof other !== 'number' || value >= other;
        },
        defaultMessage: (args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[property];
          return `${args?.property ?? 'value'} (${String(args?.value)}) must not be less than ${property} (${String(other)})`;
        },
      },
    },
    validationOptions,
  );
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Why `value` is not a safe free-form object of at most `maxKeys` fields, or `undefined`. */
export function freeObjectProblem(value: unknown, maxKeys: number): string | undefined {
  if (!isPlainRecord(value)) return 'must be an object of field names and their new values';
  const keys = Object.keys(value);
  if (keys.length === 0) return 'must name at least one field';
  if (keys.length > maxKeys) return `must name at most ${maxKeys} fields (it has ${keys.length})`;
  const forbidden = keys.find((k) => FORBIDDEN_KEYS.has(k));
  if (forbidden !== undefined) return `must not contain the key "${forbidden}"`;
  const odd = keys.find((k) => !FIELD_NAME.test(k));
  if (odd !== undefined)
    return `has "${odd.slice(0, 64)}", which is not a field name (letters and digits, starting with a letter)`;
  return undefined;
}

/** A free-form object (a correction's `data`): plain, at most `maxKeys` field names, none that reach the prototype. */
export function IsFreeObject(maxKeys: number, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isFreeObject',
      constraints: [maxKeys],
      validator: {
        validate: (value: unknown) => freeObjectProblem(value, maxKeys) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'value'} ${freeObjectProblem(args?.value, maxKeys) ?? 'is not valid'}`,
      },
    },
    validationOptions,
  );
}

// ---------------------------------------------------------------------------
// Field decorators: presence + type + bounds + OpenAPI in one line
// ---------------------------------------------------------------------------

export interface FieldDoc {
  readonly description: string;
  readonly example?: unknown;
  /** Absent is fine; `null` is refused (leave the field out instead). */
  readonly optional?: boolean;
}

/** The field may be absent; when present it is validated, and `null` is refused (the catalogue has no nullable fields). */
export function OptionalField(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: unknown, value: unknown) => value !== undefined),
    IsDefined({ message: '$property must not be null: leave the field out instead' }),
  );
}

function presence(optional: boolean | undefined): PropertyDecorator[] {
  return optional ? [OptionalField()] : [IsDefined({ message: '$property is required' })];
}

function api(doc: FieldDoc, schema: ApiPropertyOptions): PropertyDecorator {
  const options = {
    description: doc.description,
    ...(doc.example === undefined ? {} : { example: doc.example }),
    ...schema,
  } as ApiPropertyOptions;
  return doc.optional ? ApiPropertyOptional(options) : ApiProperty(options);
}

/** Free text: a string, not blank, at most `max` characters (default: a sentence, 4000). */
export function TextField(doc: FieldDoc & { readonly max?: number }): PropertyDecorator {
  const max = doc.max ?? LIMITS.text;
  return applyDecorators(
    ...presence(doc.optional),
    IsString(),
    NotBlank(),
    MaxChars(max),
    api(doc, { type: String, maxLength: max, minLength: 1 }),
  );
}

/** A name or short label: at most 200 characters. */
export function NameField(doc: FieldDoc): PropertyDecorator {
  return TextField({ ...doc, max: LIMITS.name });
}

export function ActorIdField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    ...presence(doc.optional),
    IsString(),
    IsActorId(),
    api(doc, { type: String, pattern: SLUG.source }),
  );
}

export function EntityIdField(what: string, doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    ...presence(doc.optional),
    IsString(),
    IsEntityId(what),
    api(doc, { type: String, pattern: ENTITY_ID.source }),
  );
}

/** A reference to a stored event. */
export function EventRefField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(...presence(doc.optional), IsEventRef(), api(doc, { type: String, format: 'uuid' }));
}

/** The id of a new event (client-supplied, so a retry stores nothing new). */
export function NewEventIdField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    ...presence(doc.optional),
    IsNewEventId(),
    api(doc, { type: String, format: 'uuid', pattern: NEW_EVENT_ID.source }),
  );
}

export function EnumField(values: readonly (string | number)[], doc: FieldDoc): PropertyDecorator {
  return applyDecorators(...presence(doc.optional), IsIn(values), api(doc, { enum: [...values] }));
}

/** `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time with a zone. */
export function DateField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    ...presence(doc.optional),
    IsOccurredAt(),
    api(doc, {
      type: String,
      pattern: '^\\d{4}-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?)?$',
    }),
  );
}

/** A CAMEO code of the shipped table (`CAMEO_GOLDSTEIN` in `@parley/domain`). */
export function CameoField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    ...presence(doc.optional),
    IsString(),
    IsCameoCode(),
    IsKnownCameoCode(),
    api(
      {
        ...doc,
        description: `${doc.description} One of the ${Object.keys(CAMEO_GOLDSTEIN).length} codes of the shipped CAMEO table (those with a Goldstein weight).`,
      },
      { type: String, pattern: CAMEO.source },
    ),
  );
}

/** `YYYY-MM-DD` or an ISO date-time with a zone (no month: a period ends on a day). */
export function DayOrInstantField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    ...presence(doc.optional),
    IsPublishedAt(),
    api(doc, {
      type: String,
      pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
    }),
  );
}

export function BooleanField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(...presence(doc.optional), IsBoolean(), api(doc, { type: Boolean }));
}

/** A whole count, 0 … 10 000 000. */
export function CountField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    ...presence(doc.optional),
    IsInt(),
    Min(0),
    Max(LIMITS.count),
    api(doc, { type: 'integer', minimum: 0, maximum: LIMITS.count }),
  );
}

/** A list of distinct actor ids. */
export function ActorIdsField(doc: FieldDoc & { readonly min?: number }): PropertyDecorator {
  const min = doc.min ?? 0;
  return applyDecorators(
    ...presence(doc.optional),
    IsArrayOf(),
    ArrayLength(min, LIMITS.items),
    IsString({ each: true }),
    IsActorId({ each: true }),
    UniqueBy((x) => x, 'the actor'),
    api(doc, { type: String, isArray: true, minItems: min, maxItems: LIMITS.items, uniqueItems: true }),
  );
}

/** A list of distinct entity ids (e.g. demand ids). */
export function EntityIdsField(what: string, doc: FieldDoc & { readonly min?: number }): PropertyDecorator {
  const min = doc.min ?? 0;
  return applyDecorators(
    ...presence(doc.optional),
    IsArrayOf(),
    ArrayLength(min, LIMITS.items),
    IsString({ each: true }),
    IsEntityId(what, { each: true }),
    UniqueBy((x) => x, `the ${what}`),
    api(doc, { type: String, isArray: true, minItems: min, maxItems: LIMITS.items, uniqueItems: true }),
  );
}

/** A list of short texts or sentences. */
export function TextListField(doc: FieldDoc & { readonly min?: number; readonly max?: number }): PropertyDecorator {
  const min = doc.min ?? 0;
  const max = doc.max ?? LIMITS.text;
  return applyDecorators(
    ...presence(doc.optional),
    IsArrayOf(),
    ArrayLength(min, LIMITS.items),
    IsString({ each: true }),
    NotBlank({ each: true }),
    MaxChars(max, { each: true }),
    api(doc, { type: String, isArray: true, minItems: min, maxItems: LIMITS.items }),
  );
}

/** One nested object validated as `type()`. */
export function NestedField(type: () => new () => object, doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    ...presence(doc.optional),
    IsObject({ message: '$property must be an object' }),
    ValidateNested(),
    Type(type),
    api(doc, { type: lazy(type) }),
  );
}

/** A list of nested objects validated as `type()`; `uniqueKey` names the field no two items may share. */
export function NestedListField(
  type: () => new () => object,
  doc: FieldDoc & {
    readonly min?: number;
    readonly max?: number;
    readonly uniqueKey?: string;
    readonly uniqueWhat?: string;
  },
): PropertyDecorator {
  const min = doc.min ?? 0;
  const max = doc.max ?? LIMITS.items;
  const decorators = [
    ...presence(doc.optional),
    IsArrayOf(),
    ArrayLength(min, max),
    NoListItems(),
    ValidateNested({ each: true }),
    Type(type),
  ];
  const key = doc.uniqueKey;
  if (key !== undefined)
    decorators.push(UniqueBy((item) => (isPlainOrInstance(item) ? item[key] : undefined), doc.uniqueWhat ?? key));
  return applyDecorators(...decorators, api(doc, { type: lazy(type), isArray: true, minItems: min, maxItems: max }));
}

/** @nestjs/swagger recognises a lazy type only by the function's name being `type`. */
function lazy(resolve: () => new () => object): () => new () => object {
  return { type: () => resolve() }.type;
}

function isPlainOrInstance(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * ValidateNested({ each: true }) walks an item that is itself an array as more
 * items, so `sources: [[]]` passed as an empty list of sources and was only
 * refused later, by the domain, as a 422. Items of a list of objects are objects.
 */
function NoListItems(): PropertyDecorator {
  return ValidateBy({
    name: 'noListItems',
    validator: {
      validate: (value: unknown) => !Array.isArray(value) || !value.some((item) => Array.isArray(item)),
      defaultMessage: (args?: ValidationArguments) =>
        `each item of ${args?.property ?? 'the list'} must be an object, not a list`,
    },
  });
}

function IsArrayOf(): PropertyDecorator {
  return ValidateBy({
    name: 'isArray',
    validator: {
      validate: (value: unknown) => Array.isArray(value),
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'value'} must be an array`,
    },
  });
}
