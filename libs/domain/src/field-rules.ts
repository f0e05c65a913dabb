/**
 * What a request must hold, field by field, as data: per catalogue field its
 * ordered checks, each with the message a user reads when it fails, and its
 * schema for the API reference. The edge turns each check into one
 * class-validator constraint and the schema into the OpenAPI property
 * (`apps/api/src/recording/dto`); nothing there knows a kind.
 *
 * A check passes values of the wrong type on to the type check (`isString`,
 * `isArray`, …) instead of failing itself, so a bad field gets one message
 * that says what is wrong with it, not five. `each` checks run on every item
 * of a list (or on the value itself when it is not one), as class-validator's
 * `each` does, and their messages say "each value in".
 */
import { CANONICAL_UUID } from '@parley/ids';
import { CAMEO_GOLDSTEIN } from './cameo-goldstein.generated';
import {
  DEVELOPMENT_TYPES,
  type FieldSpec,
  LIMITS,
  RECORDS,
  type RecordName,
  isDevelopmentType,
  recordFields,
} from './catalogue';
import { PRECISIONS, assertNever } from './events';
import {
  ACTOR_ID_PATTERN,
  CAMEO_PATTERN,
  ENTITY_ID_PATTERN,
  HTTP_URL_START,
  ENTITY_ID_RULE,
  EVENT_ID_PATTERN,
  NEGOTIATION_ID_PATTERN,
  isHttpUrl,
  isKnownCameoCode,
  isPlainObject,
} from './shape';
import {
  EARLIEST_OCCURRED_AT,
  OCCURRED_AT_FORMS,
  PUBLISHED_AT_FORMS,
  allowedPrecisions,
  isBeforeEarliest,
  parseTime,
  timeProblem,
  type TimeForm,
} from './time';

/** What a check sees: the field's name, its value, and the object holding it (for rules against a sibling). */
export interface RuleArgs {
  readonly property: string;
  readonly value: unknown;
  readonly object: Readonly<Record<string, unknown>>;
}

export interface FieldRule {
  /** The constraint's name (`isIn`, `isArray`, `isObject` are read by the edge when it words a missing or nested field). */
  readonly name: string;
  readonly test: (value: unknown, object: Readonly<Record<string, unknown>>) => boolean;
  readonly message: (args: RuleArgs) => string;
  /** Checked on every item of a list. */
  readonly each?: boolean;
}

/** A field's schema for the API reference (the options of an OpenAPI property). */
export type FieldSchema = Readonly<Record<string, unknown>>;

export interface EdgeField {
  readonly rules: readonly FieldRule[];
  readonly schema: FieldSchema;
  /** A nested shape validated with its own fields (one object, or a list of them). */
  readonly nested?: { readonly of: RecordName; readonly list: boolean };
}

/** Keys that must never reach an object's prototype machinery: `__proto__`, `prototype`, and every name of `Object.prototype`. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);
/** A field name inside a correction's `data`. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const SLUG_RULE =
  'lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 64 characters';
const DATE_PATTERN = '^\\d{4}-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?)?$';
const DAY_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$';

// ---------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------

const rule = (name: string, test: FieldRule['test'], message: FieldRule['message'], each = false): FieldRule => ({
  name,
  test: each ? (v, o) => (Array.isArray(v) ? v.every((item) => test(item, o)) : test(v, o)) : test,
  message,
  each,
});
/** `<field> <problem>`, with "each value in" for a check on items. */
const says =
  (problem: string, each = false) =>
  ({ property }: RuleArgs) =>
    `${each ? 'each value in ' : ''}${property} ${problem}`;

const isString = (each = false) => rule('isString', (v) => typeof v === 'string', says('must be a string', each), each);
const notBlank = (each = false) =>
  rule('notBlank', (v) => typeof v !== 'string' || v.trim().length > 0, says('must not be empty or blank', each), each);
const maxChars = (max: number, each = false) =>
  rule(
    'maxChars',
    (v) => typeof v !== 'string' || v.length <= max,
    ({ property, value }) =>
      each
        ? `each value in ${property} must be at most ${max} characters`
        : `${property} must be at most ${max} characters${typeof value === 'string' ? ` (it has ${value.length})` : ''}`,
    each,
  );
const matches = (name: string, re: RegExp, what: string, each = false) =>
  rule(name, (v) => typeof v !== 'string' || re.test(v), says(`must be ${what}`, each), each);
const actorId = (each = false) =>
  matches('isActorId', ACTOR_ID_PATTERN, `an actor id: ${SLUG_RULE} (e.g. afghan-taliban)`, each);
const entityId = (of: string, each = false) =>
  matches('isEntityId', ENTITY_ID_PATTERN, `${/^[aeiou]/.test(of) ? 'an' : 'a'} ${of} id: ${ENTITY_ID_RULE}`, each);
const isArray = rule('isArray', (v) => Array.isArray(v), says('must be an array'));
const arrayLength = (min: number, max: number) =>
  rule(
    'arrayLength',
    (v) => !Array.isArray(v) || (v.length >= min && v.length <= max),
    ({ property, value }) => {
      const n = Array.isArray(value) ? value.length : 0;
      if (n < min) return `${property} must contain at least ${min} ${min === 1 ? 'item' : 'items'}`;
      return `${property} must contain at most ${max} items (it has ${n})`;
    },
  );
const uniqueBy = (select: (item: unknown) => unknown, what: string) => {
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
  return rule(
    'uniqueBy',
    (v) => firstDuplicate(v) === undefined,
    ({ property, value }) => `${property} lists ${what} ${String(firstDuplicate(value)).slice(0, 120)} more than once`,
  );
};
const isObject = rule('isObject', isPlainOrInstance, says('must be an object'));
/** `sources: [[]]` would otherwise pass as an empty list of sources: items of a list of objects are objects. */
const noListItems = rule(
  'noListItems',
  (v) => !Array.isArray(v) || !v.some((item) => Array.isArray(item)),
  ({ property }) => `each item of ${property} must be an object, not a list`,
);
const isIn = (values: readonly (string | number)[], labels?: readonly string[]) =>
  rule(
    'isIn',
    (v) => (values as readonly unknown[]).includes(v),
    says(
      labels
        ? `must be one of ${values.map((v, i) => `${v} (${labels[i] ?? ''})`).join(', ')}`
        : `must be one of the following values: ${values.join(', ')}`,
    ),
  );
const wholeNumberIn = (values: readonly (string | number)[]) =>
  rule(
    'isInt',
    (v) => Number.isInteger(v),
    says(`must be a whole number from ${values[0]} to ${values[values.length - 1]}`),
  );

function dateIn(name: string, forms: readonly TimeForm[], earliest: boolean): FieldRule {
  const problem = (value: unknown): string | undefined => {
    const bad = timeProblem(value, forms);
    if (bad !== undefined || !earliest || !isBeforeEarliest(value)) return bad;
    return `${String(value)} is before ${EARLIEST_OCCURRED_AT}, the earliest date Parley records`;
  };
  return rule(
    name,
    (v) => problem(v) === undefined,
    ({ property, value }) => `${property} ${problem(value) ?? 'is not a valid date'}`,
  );
}

/** A development body's `type`: a development type; `NegotiationOpened` is told where it goes. */
export const DEVELOPMENT_TYPE_RULE: FieldRule = rule('isDevelopmentType', isDevelopmentType, ({ property, value }) =>
  value === 'NegotiationOpened'
    ? `${property} NegotiationOpened is not recorded here: open a negotiation with POST /negotiations`
    : `${property} must be one of the following values: ${DEVELOPMENT_TYPES.join(', ')}`,
);

/** Why `value` is not a safe free-form object of field names (a correction's `data`), or `undefined`. */
export function freeObjectProblem(value: unknown, maxKeys: number = LIMITS.correctionDataKeys): string | undefined {
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

/** A plain object (JSON's), not an array, a class instance or `null`. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isPlainOrInstance(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Rules against a sibling field: each runs only once both are otherwise well formed. */
function siblingRules(spec: FieldSpec): FieldRule[] {
  const rules: FieldRule[] = [];
  const { notBefore, notLessThan, fitsDateOf } = spec;
  if (notBefore !== undefined) {
    const instant = (value: unknown) => parseTime(value)?.instant;
    rules.push(
      rule(
        'isNotBefore',
        (v, o) => {
          const [end, start] = [instant(v), instant(o[notBefore])];
          return end === undefined || start === undefined || end >= start;
        },
        ({ property, value, object }) =>
          `${property} (${String(value)}) must not be before ${notBefore} (${String(object[notBefore])})`,
      ),
    );
  }
  if (notLessThan !== undefined) {
    rules.push(
      rule(
        'isNotLessThan',
        (v, o) => typeof v !== 'number' || typeof o[notLessThan] !== 'number' || v >= (o[notLessThan] as number),
        ({ property, value, object }) =>
          `${property} (${String(value)}) must not be less than ${notLessThan} (${String(object[notLessThan])})`,
      ),
    );
  }
  if (fitsDateOf !== undefined) {
    const allowed = (o: Readonly<Record<string, unknown>>): readonly string[] | undefined => {
      const date = o[fitsDateOf];
      return typeof date === 'string' && parseTime(date) ? allowedPrecisions(date) : undefined;
    };
    rules.push(
      rule(
        'fitsDateForm',
        (v, o) => {
          const ok = allowed(o);
          return (
            ok === undefined ||
            typeof v !== 'string' ||
            ok.includes(v) ||
            !(PRECISIONS as readonly string[]).includes(v)
          );
        },
        ({ property, value, object }) =>
          `${property} ${String(value)} does not fit ${fitsDateOf} ${String(object[fitsDateOf])}: use ${(allowed(object) ?? []).join(' or ')} (or leave precision out)`,
      ),
    );
  }
  return rules;
}

// ---------------------------------------------------------------------------
// Per kind: the checks and the schema
// ---------------------------------------------------------------------------

const CAMEO_CODES = Object.keys(CAMEO_GOLDSTEIN).length;
const string = (schema: FieldSchema = {}) => ({ type: 'string', ...schema });
/**
 * A case-insensitive pattern as JSON Schema takes one (no flags): each letter
 * outside a class as `[aA]`, each class with its letters' capitals added.
 */
export function caseless(pattern: RegExp): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const c = pattern.source[i]!;
    if (c === '\\') out += c + pattern.source[++i];
    else if (c === '[') [inClass, out] = [true, out + c];
    else if (c === ']') [inClass, out] = [false, out + c];
    else if (!/[a-z]/.test(c)) out += c;
    else if (!inClass) out += `[${c}${c.toUpperCase()}]`;
    else if (pattern.source[i + 1] === '-' && /[a-z]/.test(pattern.source[i + 2] ?? ''))
      [out, i] = [
        out + `${c}-${pattern.source[i + 2]}${c.toUpperCase()}-${pattern.source[i + 2]!.toUpperCase()}`,
        i + 2,
      ];
    else out += c + c.toUpperCase();
  }
  return out;
}

/** Text as `notBlank` takes it: something besides white space. */
const NOT_BLANK = '\\S';
/** A list of 0…`max` strings, each as `item` says (the checks' `each`). */
const list = (min: number, item: FieldSchema, schema: FieldSchema = {}) => ({
  type: 'array',
  items: string(item),
  minItems: min,
  maxItems: LIMITS.items,
  ...schema,
});

/**
 * The checks and schema of one catalogue field. `newEvent`: an `event` field
 * that names the event being written (a UUID in lowercase, so one id cannot be
 * stored under two spellings); ids that refer to stored events accept any case.
 */
export function edgeField(spec: FieldSpec, newEvent = false): EdgeField {
  const own = ((): Omit<EdgeField, 'schema'> & { schema: FieldSchema } => {
    switch (spec.kind) {
      case 'text':
        return {
          rules: [isString(), notBlank(), maxChars(spec.max)],
          schema: string({ maxLength: spec.max, minLength: 1, pattern: NOT_BLANK }),
        };
      case 'texts':
        return {
          rules: [isArray, arrayLength(spec.min ?? 0, LIMITS.items), isString(true), notBlank(true)].concat(
            maxChars(spec.max, true),
          ),
          schema: list(spec.min ?? 0, { maxLength: spec.max, minLength: 1, pattern: NOT_BLANK }),
        };
      case 'id':
        return { rules: [isString(), entityId(spec.of)], schema: string({ pattern: ENTITY_ID_PATTERN.source }) };
      case 'ids':
        return {
          rules: [
            isArray,
            arrayLength(spec.min ?? 0, LIMITS.items),
            isString(true),
            entityId(spec.of, true),
            uniqueBy((x) => x, `the ${spec.of}`),
          ],
          schema: list(spec.min ?? 0, { pattern: ENTITY_ID_PATTERN.source }, { uniqueItems: true }),
        };
      case 'actor':
        return { rules: [isString(), actorId()], schema: string({ pattern: ACTOR_ID_PATTERN.source }) };
      case 'actors':
        return {
          rules: [
            isArray,
            arrayLength(spec.min ?? 0, LIMITS.items),
            isString(true),
            actorId(true),
            uniqueBy((x) => x, 'the actor'),
          ],
          schema: list(spec.min ?? 0, { pattern: ACTOR_ID_PATTERN.source }, { uniqueItems: true }),
        };
      case 'negotiation':
        return {
          rules: [
            isString(),
            matches('isNegotiationId', NEGOTIATION_ID_PATTERN, `a negotiation id: ${SLUG_RULE} (e.g. pak-afghan-2025)`),
          ],
          schema: string({ pattern: NEGOTIATION_ID_PATTERN.source }),
        };
      case 'event':
        return newEvent
          ? {
              rules: [
                rule(
                  'isNewEventId',
                  (v) => typeof v === 'string' && CANONICAL_UUID.test(v),
                  ({ property, value }) =>
                    typeof value === 'string' && CANONICAL_UUID.test(value.toLowerCase())
                      ? `${property} must be written in lowercase: ${value.toLowerCase()}`
                      : `${property} must be a UUID in lowercase (e.g. 3b241101-e2bb-4255-8caf-4136c566a962)`,
                ),
              ],
              schema: string({ format: 'uuid', pattern: CANONICAL_UUID.source }),
            }
          : {
              rules: [
                rule(
                  'isEventRef',
                  (v) => typeof v === 'string' && EVENT_ID_PATTERN.test(v),
                  says('must be the UUID of an event (e.g. 3b241101-e2bb-4255-8caf-4136c566a962)'),
                ),
              ],
              schema: string({ format: 'uuid', pattern: caseless(EVENT_ID_PATTERN) }),
            };
      case 'enum': {
        const numeric = spec.values.every((v) => typeof v === 'number');
        return {
          rules: [...(numeric ? [wholeNumberIn(spec.values)] : []), isIn(spec.values, spec.labels)],
          schema: numeric ? { type: 'integer', enum: [...spec.values] } : { enum: [...spec.values] },
        };
      }
      case 'date':
        return spec.newForms
          ? dayOrInstant
          : { rules: [dateIn('isOccurredAt', OCCURRED_AT_FORMS, true)], schema: string({ pattern: DATE_PATTERN }) };
      case 'day':
        return dayOrInstant;
      case 'bool':
        return {
          rules: [rule('isBoolean', (v) => typeof v === 'boolean', says('must be a boolean value'))],
          schema: { type: 'boolean' },
        };
      case 'count':
        return {
          rules: [
            rule('isInt', (v) => Number.isInteger(v), says('must be an integer number')),
            rule('min', (v) => typeof v === 'number' && v >= 0, says('must not be less than 0')),
            rule(
              'max',
              (v) => typeof v === 'number' && v <= LIMITS.count,
              says(`must not be greater than ${LIMITS.count}`),
            ),
          ],
          schema: { type: 'integer', minimum: 0, maximum: LIMITS.count },
        };
      case 'url':
        return {
          rules: [
            isString(),
            maxChars(LIMITS.url),
            rule(
              'isUrl',
              (v) => typeof v === 'string' && isHttpUrl(v),
              says('must be an http(s) URL with its scheme, e.g. https://www.dawn.com/news/1950026'),
            ),
          ],
          schema: string({ format: 'uri', maxLength: LIMITS.url, pattern: caseless(HTTP_URL_START) }),
        };
      case 'cameo':
        return {
          rules: [
            isString(),
            matches('isCameoCode', CAMEO_PATTERN, 'a CAMEO event code of 2 to 4 digits (e.g. 138)'),
            rule(
              'isKnownCameoCode',
              (v) => typeof v !== 'string' || !CAMEO_PATTERN.test(v) || isKnownCameoCode(v),
              ({ property, value }) =>
                `${property} ${String(value)} is not in the shipped CAMEO table (${CAMEO_CODES} codes with a Goldstein weight, e.g. 0871, 138, 190): the escalation model could not weigh it`,
            ),
          ],
          schema: string({
            pattern: CAMEO_PATTERN.source,
            description: `${spec.description} One of the ${CAMEO_CODES} codes of the shipped CAMEO table (those with a Goldstein weight).`,
          }),
        };
      case 'record': {
        const keys = Object.keys(RECORDS[spec.of]);
        // An object whose fields are all optional must still name one of them (a correction must replace something).
        const namesSome = recordFields(spec.of).every(([, s]) => s.optional)
          ? [
              rule(
                'namesSomeField',
                (v) => !isPlainOrInstance(v) || keys.some((k) => v[k] !== undefined),
                says(`must name at least one field to replace: ${keys.join(', ')}`),
              ),
            ]
          : [];
        return {
          rules: [isObject, ...namesSome],
          schema: namesSome.length ? { minProperties: 1 } : {},
          nested: { of: spec.of, list: false },
        };
      }
      case 'records': {
        const [min, max, key] = [spec.min ?? 0, spec.max ?? LIMITS.items, spec.uniqueBy];
        const what = spec.of === 'Actor' ? 'the actor' : `a ${spec.of.toLowerCase()} of actor`;
        return {
          rules: [
            isArray,
            arrayLength(min, max),
            noListItems,
            ...(key === undefined ? [] : [uniqueBy((item) => (isPlainOrInstance(item) ? item[key] : undefined), what)]),
          ],
          schema: { isArray: true, minItems: min, maxItems: max },
          nested: { of: spec.of, list: true },
        };
      }
      case 'changes':
        return {
          rules: [
            rule(
              'isFreeObject',
              (v) => freeObjectProblem(v) === undefined,
              ({ property, value }) => `${property} ${freeObjectProblem(value) ?? 'is not valid'}`,
            ),
          ],
          schema: {
            type: 'object',
            additionalProperties: true,
            minProperties: 1,
            maxProperties: LIMITS.correctionDataKeys,
          },
        };
      default:
        return assertNever(spec, 'field kind');
    }
  })();
  return {
    ...own,
    // Sibling rules run after the field's own checks.
    rules: [...own.rules, ...siblingRules(spec)],
    schema: {
      description: spec.description,
      ...(spec.example === undefined ? {} : { example: spec.example }),
      ...own.schema,
    },
  };
}

const dayOrInstant = {
  rules: [dateIn('isPublishedAt', PUBLISHED_AT_FORMS, false)],
  schema: string({ pattern: DAY_PATTERN }),
};
