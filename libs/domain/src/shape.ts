/**
 * The shape of each event type's `data`, checked by the domain itself.
 *
 * Built from the catalogue (`catalogue.ts`), as the edge's validation is.
 * Requests are validated at the edge too (class-validator DTOs), but two paths
 * never meet a DTO: a correction's `changes.data` (its shape depends on the
 * corrected event's type, known only once the stream is loaded) and events read
 * back from a store or an import file. Both are checked here, with the same
 * table, so "well formed" means one thing.
 *
 * Business rules (references, lifecycles) are not here: see negotiation.ts.
 */
import { CANONICAL_UUID } from '@parley/ids';
import { type FieldSpec, type RecordName, RECORDS, fieldsOf, recordFields } from './catalogue';
import {
  ARMED_INCIDENT_KINDS,
  AUTHORED_INCIDENT_KINDS,
  assertNever,
  EVENT_TYPES,
  type EventType,
  PERIOD_INCIDENT_KIND,
  type Range,
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
export const ENTITY_ID_RULE =
  "letters, digits, '.', '_', ':' or '-' (no spaces), starting with a letter or digit, at most 100 characters";
/** Event ids are UUIDs (any version), in either case: `CANONICAL_UUID`, the one UUID pattern, case-insensitive. */
export const EVENT_ID_PATTERN = new RegExp(CANONICAL_UUID.source, 'i');
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
  /**
   * `ok` as a JavaScript expression over `value` (an expression without side
   * effects; `strict` is in scope), for `compiledOk`: the composite checks
   * spell their structure out so that each field's check is called from a
   * site of its own. Without it, a check compiles to a call of its `ok`.
   */
  emit?(value: string, code: Emitter): string;
}

/** What a check's `emit` may ask of the code being built (`compiledOk`). */
interface Emitter {
  /** A name the code can use for `value` (a check, a rule, a list of keys). */
  ref(value: unknown): string;
  /** A function `(v, strict) => boolean` with `body(v)` as its body, made once per `key`: its name. */
  fn(key: object, body: (v: string) => string): string;
}

/** `check`'s expression over `value`: its own `emit`, else a call of its `ok`. */
function emitted(check: Check, value: string, code: Emitter): string {
  return check.emit ? check.emit(value, code) : `${code.ref(check)}.ok(${value}, strict)`;
}

/**
 * `check.ok` compiled into one function of its own: the same verdict (it
 * calls the same leaf checks, in the same order, and stops at the same
 * first failure), but each field read and each check called from a site of
 * its own. `ok` goes through one loop for every shape, whose reads and
 * calls see every field of every type (megamorphic), and every stored event
 * read back is checked (`fromStoredEvent`). `shape.spec.ts` holds the two
 * to the same answers.
 */
function compiledOk(check: Check): (value: unknown, strict: boolean) => boolean {
  const refs: unknown[] = [];
  const fns: string[] = [];
  const named = new Map<object, string>();
  const code: Emitter = {
    ref(value) {
      const known = refs.indexOf(value);
      return `r${known === -1 ? refs.push(value) - 1 : known}`;
    },
    fn(key, body) {
      const known = named.get(key);
      if (known !== undefined) return known;
      const name = `f${named.size}`;
      // Named before its body is built: a shape may nest itself.
      named.set(key, name);
      fns.push(`function ${name}(v, strict) {\n${body('v')}\n}`);
      return name;
    },
  };
  const main = code.fn({}, (v) => `return ${emitted(check, v, code)};`);
  const names = refs.map((_, i) => `r${i}`);
  // Code built above from the checks' own structure: no input in it.
  const make = new Function(...names, `'use strict';\n${fns.join('\n')}\nreturn ${main};`) as (
    ...values: unknown[]
  ) => (value: unknown, strict: boolean) => boolean;
  return make(...refs);
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
const negotiationId = pattern(NEGOTIATION_ID_PATTERN, 'a negotiation id (a lower-case slug)');
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
  emit: (value, code) => `(${value} === undefined || ${emitted(check, value, code)})`,
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
  emit(value, code) {
    const name = code.fn(
      this,
      (v) =>
        `if (!Array.isArray(${v}) || ${v}.length < ${min}) return false;\n` +
        `for (let i = 0; i < ${v}.length; i++) if (!${emitted(check, `${v}[i]`, code)}) return false;\n` +
        'return true;',
    );
    return `${name}(${value}, strict)`;
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
      if (strict)
        for (const key of Object.keys(v))
          if (!Object.hasOwn(fields, key)) problems.push(`${path}.${key} is not a known field`);
    },
    emit(value, code) {
      const name = code.fn(this, (v) =>
        [
          `if (typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})) return false;`,
          ...keys.map(
            (key, i) => `if (!${emitted(checks[i] as Check, `${v}[${JSON.stringify(key)}]`, code)}) return false;`,
          ),
          `if (strict) for (const key in ${v}) if (Object.hasOwn(${v}, key) && !Object.hasOwn(${code.ref(fields)}, key)) return false;`,
          'return true;',
        ].join('\n'),
      );
      return `${name}(${value}, strict)`;
    },
  };
};

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const count = leaf(isCount, (path) => `${path} must be a whole number, 0 or more`);

/** A shape whose two fields must come in order, once each is well formed: the problem names them, or `undefined`. */
type OrderRule = (v: Record<string, unknown>, path: string) => string | undefined;
const ordered = (fields: Check, reversed: OrderRule): Check => ({
  ok: (v, strict) => fields.ok(v, strict) && reversed(v as Record<string, unknown>, '') === undefined,
  report(v, path, problems, strict) {
    const before = problems.length;
    fields.report(v, path, problems, strict);
    const problem = problems.length === before && isPlainObject(v) ? reversed(v, path) : undefined;
    if (problem) problems.push(problem);
  },
  emit: (value, code) => `(${emitted(fields, value, code)} && ${code.ref(reversed)}(${value}, '') === undefined)`,
});
const rangeReversed: OrderRule = (v, path) =>
  (v.min as number) > (v.max as number) ? `${path}.min must not exceed ${path}.max` : undefined;
const periodReversed: OrderRule = (v, path) =>
  (periodInstant(v.from) as number) > (periodInstant(v.to) as number)
    ? `${path}.from must not be after ${path}.to`
    : undefined;

/** The check of each nested shape, built from its catalogue fields (a range and a period add their order rule). */
const RECORD_CHECKS = {} as Record<RecordName, Check>;
/** Late-bound, so a shape may nest another whichever comes first in `RECORDS`. */
const nested = (name: RecordName): Check => ({
  ok: (v, strict) => RECORD_CHECKS[name].ok(v, strict),
  report: (v, path, problems, strict) => RECORD_CHECKS[name].report(v, path, problems, strict),
  emit: (value, code) => emitted(RECORD_CHECKS[name], value, code),
});

/** The domain's check for one catalogue field. Lengths are the edge's bounds; the domain checks form. */
function checkOf(spec: FieldSpec): Check {
  const check = ((): Check => {
    switch (spec.kind) {
      case 'text':
        return text;
      case 'url':
        return sourceUrl;
      case 'texts':
        return list(text, spec.min);
      case 'id':
        return entityId;
      case 'ids':
        return list(entityId, spec.min);
      case 'actor':
        return actorId;
      case 'actors':
        return list(actorId, spec.min);
      case 'negotiation':
        return negotiationId;
      case 'event':
        return eventId;
      case 'enum':
        return oneOf(spec.values);
      case 'date':
        return date;
      case 'day':
        return periodDate;
      case 'bool':
        return bool;
      case 'count':
        return count;
      case 'cameo':
        return cameo;
      case 'record':
        return nested(spec.of);
      case 'records':
        // A development left without a source breaks the rule `no-source` (negotiation.ts), not its shape.
        return list(nested(spec.of), spec.of === 'Source' ? 0 : spec.min);
      case 'changes':
        // Checked against the corrected event's type when the correction is decided.
        return anyObject;
      default:
        return assertNever(spec, 'field kind');
    }
  })();
  return spec.optional ? optional(check) : check;
}

const fieldChecks = (fields: readonly (readonly [string, FieldSpec])[]): Record<string, Check> =>
  Object.fromEntries(fields.map(([field, spec]) => [field, checkOf(spec)]));

/** A link the page and the CLI may draw: http or https, with a host. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  // Nearly every source's link: the URL parser accepts it, and is not run (≈ 0.5 µs each, twice per source of an import line).
  if (PLAIN_HTTP_URL.test(value) && !PUNYCODE_LABEL.test(value)) return true;
  if (!HTTP_URL_START.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * http(s) with a host of plain ASCII labels (letters, digits, '-'), the last
 * starting with a letter (so never read as an IPv4 address), and nothing after
 * it but a path, a query or a fragment (no port, no user): the URL parser
 * accepts every such link, whatever follows the host — unless a label is
 * punycode (`xn--`), which it decodes and may refuse. The parser decides every
 * other link. (trust.spec.ts holds the two to the same answers.)
 */
/** How every http(s) URL begins (a host after the scheme): the schema's pattern too. */
export const HTTP_URL_START = /^https?:\/\/[^\s/?#]/i;
const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#]|$)/i;
const PUNYCODE_LABEL = /xn--/i;

/** New sources link over http(s) only; reading back stays tolerant (what was stored is still read). */
const sourceUrl: Check = {
  ok: (v, strict) => isText(v) && (!strict || isHttpUrl(v)),
  report(v, path, problems, strict) {
    if (!isText(v)) problems.push(`${path} must be a non-empty string`);
    else if (strict && !isHttpUrl(v))
      problems.push(`${path} must be an http(s) URL with its scheme, e.g. https://www.dawn.com/news/1950026`);
  },
};

for (const name of Object.keys(RECORDS) as RecordName[]) {
  const fields = record(fieldChecks(recordFields(name)));
  RECORD_CHECKS[name] =
    name === 'Range' ? ordered(fields, rangeReversed) : name === 'Period' ? ordered(fields, periodReversed) : fields;
}

const sourceShape = RECORD_CHECKS.Source;
const sourceList = list(sourceShape);

/** Every field of every type, from the catalogue. */
const SHAPES = Object.fromEntries(EVENT_TYPES.map((type) => [type, fieldChecks(fieldsOf(type))])) as {
  readonly [T in EventType]: Readonly<Record<string, Check>>;
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
    return {
      field: 'period',
      problem: `period is required when kind is ${PERIOD_INCIDENT_KIND}: the span its counts cover`,
    };
  }
  if (!needed && data.period !== undefined) {
    return { field: 'period', problem: `period is only for kind ${PERIOD_INCIDENT_KIND}, not ${String(data.kind)}` };
  }
  return undefined;
};

/** A scale says how large an armed action was: refused on an incident that is no armed action (a closure, an attack by a group). */
const scaleForArmedAction: CrossFieldRule = (data) => {
  if (data.scale === undefined || (ARMED_INCIDENT_KINDS as readonly unknown[]).includes(data.kind)) return undefined;
  return {
    field: 'scale',
    problem: `scale is only for armed action (kind ${ARMED_INCIDENT_KINDS.join(', ')}), not ${String(data.kind)}`,
  };
};

/** A detention or a release names who holds or frees (`AUTHORED_INCIDENT_KINDS`): it is that party's act or nothing. */
const perpetratorForAuthoredKinds: CrossFieldRule = (data) => {
  if (data.perpetrator !== undefined || !(AUTHORED_INCIDENT_KINDS as readonly unknown[]).includes(data.kind))
    return undefined;
  return {
    field: 'perpetrator',
    problem: `perpetrator is required when kind is ${String(data.kind)}: the party that holds or frees them`,
  };
};

const CROSS_FIELD_RULES: { readonly [T in EventType]?: readonly CrossFieldRule[] } = {
  IncidentReported: [
    civiliansWithin('fatalities'),
    periodForCasualtyReports,
    scaleForArmedAction,
    perpetratorForAuthoredKinds,
  ],
  CeasefireViolationReported: [civiliansWithin('casualties')],
};

function brokenRules(rules: readonly CrossFieldRule[], data: unknown): CrossFieldProblem[] {
  return rules
    .map((rule) => rule(data as Record<string, unknown>))
    .filter((p): p is CrossFieldProblem => p !== undefined);
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
  const rulesHold = (v: unknown) => rules.every((rule) => rule(v as Record<string, unknown>) === undefined);
  return {
    ok: (v, strict) => fieldsCheck.ok(v, strict) && rulesHold(v),
    emit: (value, code) => `(${emitted(fieldsCheck, value, code)} && ${code.ref(rulesHold)}(${value}))`,
    report(v, path, problems, strict) {
      const before = problems.length;
      fieldsCheck.report(v, path, problems, strict);
      if (problems.length === before)
        problems.push(...brokenRules(rules, v).map(({ problem }) => `${path}.${problem}`));
    },
  };
}

const DATA_SHAPES: { readonly [T in EventType]: Check } = Object.fromEntries(
  Object.entries(SHAPES).map(([type, fields]) => [type, dataShape(fields, CROSS_FIELD_RULES[type as EventType])]),
) as { readonly [T in EventType]: Check };

type Verdict = (value: unknown, strict: boolean) => boolean;

/**
 * Each check's `ok`, compiled (`compiledOk`) when it is first asked for: each
 * entry starts as a stub that compiles the check and puts the compiled verdict
 * in its place. A process that checks a few types (a CLI command, one write)
 * does not compile every shape at start-up (≈ 5 ms for all of them), and a
 * verdict once compiled is called directly.
 */
function compiledOnFirstUse<K extends string>(checks: { readonly [P in K]: Check }): { readonly [P in K]: Verdict } {
  const verdicts = {} as { [P in K]: Verdict };
  for (const key of Object.keys(checks) as K[]) {
    verdicts[key] = (value, strict) => (verdicts[key] = compiledOk(checks[key]))(value, strict);
  }
  return verdicts;
}

/** `DATA_SHAPES[type].ok`, compiled. */
const DATA_VERDICTS = compiledOnFirstUse(DATA_SHAPES);
const SOURCE_VERDICTS = compiledOnFirstUse({ source: sourceShape, sources: sourceList });

/**
 * The checks as interpreted and as compiled, for the spec that holds them to
 * the same answers (`shape.spec.ts`); not part of the domain's API.
 */
export const SHAPE_VERDICTS_FOR_SPEC = {
  data: (type: EventType): { interpreted: Verdict; compiled: Verdict } => ({
    interpreted: (value, strict) => DATA_SHAPES[type].ok(value, strict),
    compiled: (value, strict) => DATA_VERDICTS[type](value, strict),
  }),
  source: {
    interpreted: (value: unknown, strict: boolean) => sourceShape.ok(value, strict),
    compiled: (value: unknown, strict: boolean) => SOURCE_VERDICTS.source(value, strict),
  },
  sources: {
    interpreted: (value: unknown, strict: boolean) => sourceList.ok(value, strict),
    compiled: (value: unknown, strict: boolean) => SOURCE_VERDICTS.sources(value, strict),
  },
} as const;

/**
 * Values an edge has checked against the catalogue, with checks that refuse
 * everything these shapes refuse (`apps/api/src/recording/dto`: its spec
 * "the edge never accepts what the domain refuses" proves it): a write is
 * validated once. Only the edge's own copies are vouched for; a command that
 * did not come through it (an import line, the CLI's file, a spec) carries
 * no proof and `decide` checks its shape itself.
 */
const VOUCHED = new WeakSet<object>();

/** Records that `value` (a development's `data`, or its list of sources) passed the edge's checks. */
export function vouchWellFormed(value: object): void {
  VOUCHED.add(value);
}

/** Whether `value` is one the edge vouched for (`vouchWellFormed`). */
export function isVouchedWellFormed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && VOUCHED.has(value);
}

/** What is wrong with `data` for `type`, in plain English; `[]` when it is well formed. */
export function eventDataProblems(type: EventType, data: unknown, options: ShapeOptions = {}): string[] {
  const strict = options.strict ?? true;
  const shape = DATA_SHAPES[type];
  if (DATA_VERDICTS[type](data, strict)) return [];
  const problems: string[] = [];
  shape.report(data, 'data', problems, strict);
  return problems;
}

/** True when `data` is well formed for `type`: `eventDataProblems` would be `[]` (without building it). */
export function isEventDataWellFormed(type: EventType, data: unknown, options: ShapeOptions = {}): boolean {
  return DATA_VERDICTS[type](data, options.strict ?? true);
}

/** What is wrong with one source; `[]` when it is well formed. */
export function sourceProblems(source: unknown, path = 'source', options: ShapeOptions = {}): string[] {
  const strict = options.strict ?? true;
  if (SOURCE_VERDICTS.source(source, strict)) return [];
  const problems: string[] = [];
  sourceShape.report(source, path, problems, strict);
  return problems;
}

/** True when `sources` is a list of well-formed sources: `sourceProblems` would be `[]` for each. */
export function areSourcesWellFormed(sources: unknown, options: ShapeOptions = {}): boolean {
  return SOURCE_VERDICTS.sources(sources, options.strict ?? true);
}
